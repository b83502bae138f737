"""Cursors are opaque round-trips of an offset; foreign cursors are a 422."""

from __future__ import annotations

import pytest
from fastapi.exceptions import RequestValidationError

from oncokg.api.pagination import decode_cursor, encode_cursor, page


@pytest.mark.parametrize("offset", [0, 1, 50, 99_999])
def test_pagination_cursor_round_trip(offset: int) -> None:
    assert decode_cursor(encode_cursor(offset)) == offset


@pytest.mark.parametrize("cursor", ["x", "bzE6LTE", "bzE6OTk5OTk5OQ", "%%%", "aGVsbG8"])
def test_pagination_foreign_cursor_is_invalid(cursor: str) -> None:
    with pytest.raises(RequestValidationError):
        decode_cursor(cursor)


def test_pagination_page_knows_if_more() -> None:
    more = page([1, 2, 3], offset=10, limit=2)
    assert more.data == [1, 2]
    assert more.next_cursor is not None
    assert decode_cursor(more.next_cursor) == 12
    last = page([1, 2], offset=10, limit=2)
    assert last.next_cursor is None

"""Cursor pagination: `{data, count, next_cursor}` pages with opaque cursors.

A cursor is the offset of the next page, base64url-encoded behind a version tag, so clients
treat it as opaque and the encoding can change (to keyset cursors, say) without breaking
them. Views fetch `limit + 1` items to learn whether a next page exists without counting.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from typing import Annotated, Generic, TypeVar

from fastapi import Query
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field

T = TypeVar("T")

_PREFIX = "o1:"
MAX_OFFSET = 100_000


class Page(BaseModel, Generic[T]):
    data: list[T]
    count: int = Field(description="number of items in this page")
    next_cursor: str | None = Field(
        default=None, description="pass as `cursor` to get the next page; null on the last page"
    )


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The offset a cursor stands for; 0 for none. A cursor this API did not make is a 422."""
    if not cursor:
        return 0
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        text = base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii")
        if not text.startswith(_PREFIX):
            raise ValueError(text)
        offset = int(text[len(_PREFIX) :])
        if not 0 <= offset <= MAX_OFFSET:
            raise ValueError(text)
    except (ValueError, UnicodeError, binascii.Error) as exc:
        raise RequestValidationError(
            [{"loc": ("query", "cursor"), "msg": "not a cursor from this API", "type": "value"}]
        ) from exc
    return offset


def page(items: Sequence[T], offset: int, limit: int) -> Page[T]:
    """A page from up to `limit + 1` items fetched at `offset`."""
    shown = list(items[:limit])
    more = len(items) > limit
    return Page(
        data=shown, count=len(shown), next_cursor=encode_cursor(offset + limit) if more else None
    )


CursorQuery = Annotated[
    str | None, Query(max_length=64, description="opaque cursor from a previous page")
]

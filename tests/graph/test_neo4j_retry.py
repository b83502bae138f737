"""Retrying a transient error on an auto-commit read (pure logic: the errors are the
driver's own classes, raised by a stand-in read)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from neo4j.exceptions import ClientError, TransientError

from oncokg.graph.neo4j_store import TRANSIENT_READ_TRIES, _retrying_transient


def _failing(errors: list[Exception]) -> tuple[list[int], Callable[[], str]]:
    calls: list[int] = []

    def read() -> str:
        calls.append(1)
        if errors:
            raise errors.pop(0)
        return "rows"

    return calls, read


def test_a_transient_error_is_read_again() -> None:
    calls, read = _failing([TransientError("busy"), TransientError("busy")])
    assert _retrying_transient(read) == "rows"
    assert len(calls) == 3


def test_a_transient_error_that_persists_is_raised_after_the_last_try() -> None:
    calls, read = _failing([TransientError("busy")] * 10)
    with pytest.raises(TransientError):
        _retrying_transient(read)
    assert len(calls) == TRANSIENT_READ_TRIES


def test_other_errors_are_not_retried() -> None:
    calls, read = _failing([ClientError("bad query")])
    with pytest.raises(ClientError):
        _retrying_transient(read)
    assert len(calls) == 1

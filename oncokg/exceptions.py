"""OncoKG's exceptions: one root, so callers can catch everything the package raises.

    OncoKGError
    ├── InputError            a document could not be read or parsed (names the input)
    │   └── ContractError     extraction JSON lacks or mistypes a field (names the field)
    └── StoreError            the graph store failed
        ├── StoreUnavailableError  the store cannot be reached now; retrying may work
        ├── NotFoundError          no node with the requested id
        └── QueryRefusedError      a read-only query is malformed or exceeded its limits
            └── QueryForbiddenError  it would write, administer or load files

Input and configuration errors are the caller's to fix; StoreUnavailableError is transient.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with control characters and lone surrogates escaped (`\\x1b`), so that a name
    taken from a file system or a request can neither rewrite a terminal line nor break an
    encoder."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class OncoKGError(Exception):
    """Root of every error OncoKG raises on purpose."""


class InputError(OncoKGError):
    """A document could not be read or parsed; `source` names the file or field."""

    def __init__(self, source: str, reason: str) -> None:
        source, reason = printable(source), printable(reason)
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        """Pickled by its two parts: errors come back from extraction worker processes (a
        pool, Dask), and the default, by the one message, cannot be unpickled."""
        return (type(self), (self.source, self.reason))


class ContractError(InputError, ValueError):
    """Extraction JSON (the `oncokg extract --format json` contract) lacks a field or
    mistypes it; `source` is the field's path (`edges[2].properties.evidence_start`). Also
    a ValueError, as `json.loads`'s errors are, so a reader takes both as "not an
    extraction"."""


class StoreError(OncoKGError):
    """The graph store failed."""


class StoreUnavailableError(StoreError):
    """The graph store cannot be reached now; the same call may succeed later."""


class NotFoundError(StoreError):
    """No node has the requested id."""


class QueryRefusedError(StoreError):
    """A read-only query tried to write, call a refused procedure or exceed its limits."""


class QueryForbiddenError(QueryRefusedError):
    """The query would write, administer, load files or call a procedure not on the list.
    (A malformed or over-long query is the caller's to fix; this one is a matter of
    permission, so the API answers 403.)"""

"""Read-only Cypher from users: a strict check of the text, then a read transaction.

Two layers, because either alone can be fooled. The check (`check_read_only`, pure) drops
string literals, quoted names and comments, then refuses any clause or procedure that can
write or administer; it knows nothing about the data, so it is tested on text alone. Then the
store runs what passed in a transaction that cannot write: Neo4j in a READ access-mode
session (the server refuses writes), LadybugDB in `BEGIN TRANSACTION READ ONLY`, always
rolled back. Each has a timeout and a row cap.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Final

from oncokg.exceptions import QueryForbiddenError, QueryRefusedError
from oncokg.graph.read_models import CypherResult

if TYPE_CHECKING:
    from oncokg.graph.store import GraphStore


MAX_QUERY_CHARS: Final = 20_000

# Clauses that change data or schema, load external data or switch database/transaction.
# LadybugDB adds COPY, LOAD (FROM/EXTENSION), INSTALL, ATTACH/DETACH, EXPORT/IMPORT, CHECKPOINT.
_FORBIDDEN_WORDS: Final = frozenset(
    {
        "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "FOREACH", "LOAD",
        "COPY", "INSTALL", "ATTACH", "EXPORT", "IMPORT", "CHECKPOINT", "ALTER", "RENAME",
        "GRANT", "DENY", "REVOKE", "SHOW", "START", "STOP", "TERMINATE", "ENABLE", "USE",
        "BEGIN", "COMMIT", "ROLLBACK", "PERIODIC", "FINISH",
    }
)  # fmt: skip

# Procedures that only read the catalogue. Anything else after CALL is refused, which also
# shuts out apoc.*, dbms.* and db.* procedures that write or administer.
ALLOWED_PROCEDURES: Final = frozenset(
    {
        # Neo4j
        "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
        "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.indexes",
        # LadybugDB
        "show_tables", "table_info", "show_connection", "show_functions", "db_version",
        "current_setting",
    }
)  # fmt: skip

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CALL_TARGET = re.compile(r"\bCALL\s*([A-Za-z_][A-Za-z0-9_.]*|\(|\{)", re.IGNORECASE)


def strip_literals(query: str) -> str:
    """The query with string literals and `quoted names` replaced by blanks of the same kind,
    and comments removed, so that words inside them cannot trigger (or hide) a clause.

    Raises QueryRefusedError for an unterminated string, name or comment."""
    out: list[str] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c in "'\"`":
            j = i + 1
            while j < n and query[j] != c:
                j += 2 if query[j] == "\\" and c != "`" else 1
            if j >= n:
                raise QueryRefusedError("unterminated string or quoted name in the query")
            out.append(" '' " if c != "`" else " `x` ")
            i = j + 1
        elif query.startswith("//", i):
            j = query.find("\n", i)
            i = n if j < 0 else j
        elif query.startswith("/*", i):
            j = query.find("*/", i + 2)
            if j < 0:
                raise QueryRefusedError("unterminated comment in the query")
            out.append(" ")
            i = j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def check_read_only(query: str) -> str:
    """The query, trimmed of a final `;`, when it is one read-only statement.

    Raises QueryForbiddenError for a write, admin, load or unlisted procedure call, and
    QueryRefusedError for an empty, over-long or multi-statement query."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryRefusedError(f"the query is longer than {MAX_QUERY_CHARS} characters")
    bare = strip_literals(query).strip()
    if bare.endswith(";"):
        bare = bare[:-1].rstrip()
        query = query.rstrip()[:-1]
    if not bare:
        raise QueryRefusedError("the query is empty")
    if ";" in bare:
        raise QueryRefusedError("one statement at a time")
    words = {word.upper() for word in _WORD.findall(bare)}
    forbidden = sorted(words & _FORBIDDEN_WORDS)
    if forbidden:
        raise QueryForbiddenError(
            f"read-only endpoint: {', '.join(forbidden)} is not allowed; it may write, "
            "administer or load data"
        )
    for match in _CALL_TARGET.finditer(bare):
        target = match.group(1)
        if target in ("(", "{"):
            continue  # a subquery: its clauses were checked with the rest of the text
        if target.lower() not in ALLOWED_PROCEDURES:
            raise QueryForbiddenError(f"procedure {target} is not on the read-only list")
    if re.search(r"\bCALL\b", bare, re.IGNORECASE) and not _CALL_TARGET.search(bare):
        raise QueryForbiddenError("CALL must name a listed procedure or open a subquery")
    return query.strip()


@dataclass(frozen=True)
class ReadOnlyLimits:
    timeout_s: float = 10.0
    max_rows: int = 1000


def to_json_value(value: Any) -> Any:
    """Values a driver returns, made JSON-safe: temporal types as ISO text, non-finite floats
    as text, bytes as hex, nested lists and maps recursively."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Mapping):
        return {str(k): to_json_value(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [to_json_value(v) for v in value]
    iso = getattr(value, "iso_format", None)  # neo4j.time types
    if callable(iso):
        return iso()
    return str(value)


def run_cypher(
    store: GraphStore,
    query: str,
    parameters: Mapping[str, Any] | None = None,
    limits: ReadOnlyLimits | None = None,
) -> CypherResult:
    """Check `query`, then run it in the store's read-only transaction with the limits."""
    checked = check_read_only(query)
    limits = limits or ReadOnlyLimits()
    columns, rows, truncated = store.run_read_only(
        checked, dict(parameters or {}), timeout_s=limits.timeout_s, max_rows=limits.max_rows
    )
    return CypherResult(
        columns=columns,
        rows=[{c: to_json_value(row.get(c)) for c in columns} for row in rows],
        truncated=truncated,
    )

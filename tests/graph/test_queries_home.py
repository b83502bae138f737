"""All Cypher lives in `oncokg/graph/queries/`: no other module of the package holds a string
with a Cypher clause (the catalogue's `.cypher` files are package data, read there)."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

from tests.conftest import REPO

HOME = REPO / "oncokg" / "graph" / "queries"
CLAUSE = re.compile(
    r"\b(?:OPTIONAL\s+)?MATCH\s*\(|\bMERGE\s*\(|\bUNWIND\s+[$\w\[]"
    r"|\bRETURN\s+(?:\w+\.\w|\d|\w+\(|\w+\s*(?:,|AS\b|$))"
    r"|\bDETACH\s+DELETE\b|\bCREATE\s+(?:CONSTRAINT|(?:TEXT\s+)?INDEX|NODE|REL)\b|\bCALL\s*\{"
)


def cypher_strings(path: Path) -> list[str]:
    """The string literals (docstrings and comments aside) of a module that hold a clause."""
    found = []
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    previous = None
    for token in tokens:
        is_docstring = previous in (None, tokenize.INDENT, tokenize.NEWLINE, tokenize.DEDENT)
        if token.type == tokenize.STRING and not is_docstring and CLAUSE.search(token.string):
            found.append(f"{path.relative_to(REPO)}:{token.start[0]}: {token.string[:60]}")
        if token.type not in (tokenize.NL, tokenize.COMMENT):
            previous = token.type
    return found


def test_queries_home_holds_every_cypher_statement() -> None:
    strays = [
        line
        for path in sorted((REPO / "oncokg").rglob("*.py"))
        if HOME not in path.parents
        for line in cypher_strings(path)
    ]
    assert not strays, "Cypher outside oncokg/graph/queries/:\n" + "\n".join(strays)


def test_queries_home_check_sees_a_clause() -> None:
    assert CLAUSE.search("UNWIND $rows AS row MERGE (n:X {id: row.id})")
    assert CLAUSE.search("MATCH (n) RETURN n")
    assert not CLAUSE.search("a graph to MATCH against, and RETURN to the caller")

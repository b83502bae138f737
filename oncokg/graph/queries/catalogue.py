"""The named analyst queries of `cypher/queries/` (package data, the files Browser users
run), read and parsed in one place for the API's views, the notebook client and the Browser
guide; and the reader of any fixed Cypher file."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any, Final


@cache
def read_cypher(name: str) -> str:
    """The text of `cypher/<name>.cypher`, e.g. "queries/target_landscape"."""
    return (files("oncokg.cypher") / f"{name}.cypher").read_text(encoding="utf-8")


def statements(text: str) -> list[str]:
    """Split a file of `;`-terminated statements, dropping `//` comment lines."""
    lines = [line for line in text.splitlines() if not line.strip().startswith("//")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


@cache
def named_query(name: str, dialect: str = "neo4j") -> str:
    """The statement of `cypher/queries/<name>.cypher`, or of its LadybugDB variant in
    `cypher/queries/ladybug/` when the dialect is "ladybug" and a variant exists."""
    base = files("oncokg.cypher.queries")
    variant = files("oncokg.cypher.queries.ladybug") / f"{name}.cypher"
    source = variant if dialect == "ladybug" and variant.is_file() else base / f"{name}.cypher"
    found = statements(source.read_text(encoding="utf-8"))
    if len(found) != 1:
        raise ValueError(f"queries/{name}.cypher must hold exactly one statement")
    return found[0]


_PARAM = re.compile(r":param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*$")


@dataclass(frozen=True)
class CatalogueQuery:
    """One named analyst query, described by the header comment of its file."""

    name: str
    question: str
    parameters: str
    example: dict[str, Any]
    text: str
    neo4j_only: str | None = None  # the reason, when the query does not run on LadybugDB
    header: list[str] = field(default_factory=list)

    @property
    def portable(self) -> bool:
        return self.neo4j_only is None


def parse_params(commands: Iterable[str]) -> dict[str, Any]:
    """The parameters set by Browser commands `:param name => value`, one per line (the form
    Browser evaluates server-side, so 25 stays an integer; `:params {limit: 25}` stores 25.0).
    Values in the catalogue are strings, numbers, booleans and null: JSON literals."""
    params: dict[str, Any] = {}
    for line in commands:
        for match in _PARAM.finditer(line):
            params[match.group(1)] = json.loads(match.group(2))
    return params


_SECTION = re.compile(r"^(Parameters|Rows|Example|Neo4j only):\s*(.*)$")


def parse_query(name: str, text: str) -> CatalogueQuery:
    """Read a catalogue file's header: `// name: question`, `// Parameters:`, `// Example:`
    with `:param name => value` lines, and an optional `// Neo4j only: reason`; a section runs
    on over the comment lines that follow it. A file without them is refused, so that every query in
    the catalogue documents how to call it."""
    header = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        header.append(line[2:].strip())
    if not header or not header[0].startswith(f"{name}:"):
        raise ValueError(f"queries/{name}.cypher must start with '// {name}: <question>'")
    sections: dict[str, list[str]] = {"question": [header[0].removeprefix(f"{name}:").strip()]}
    current = "question"
    for line in header[1:]:
        match = _SECTION.match(line)
        if match:
            current = match.group(1)
            sections[current] = [match.group(2)]
        else:
            sections[current].append(line)
    if "Example" not in sections or "Parameters" not in sections:
        raise ValueError(f"queries/{name}.cypher needs '// Parameters:' and '// Example:' lines")
    neo4j_only = sections.get("Neo4j only")
    return CatalogueQuery(
        name=name,
        question=" ".join(sections["question"]),
        parameters=" ".join(sections["Parameters"]),
        example=parse_params(sections["Example"]),
        text=text,
        neo4j_only=" ".join(neo4j_only) if neo4j_only else None,
        header=header,
    )


def catalogue() -> dict[str, CatalogueQuery]:
    """Every query in `cypher/queries/`, by name, in name order."""
    folder = files("oncokg.cypher.queries")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            name = entry.name.removesuffix(".cypher")
            found[name] = parse_query(name, entry.read_text(encoding="utf-8"))
    return found


# The Browser guide's opening query: the partner network at a glance.
PARTNER_NETWORK: Final = (
    "MATCH (o:Organization)-[r:COLLABORATES_WITH]-(p:Organization)\nRETURN o, r, p LIMIT 50"
)

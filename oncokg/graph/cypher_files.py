"""Reads the fixed Cypher shipped as package data (`cypher/` in the repository)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def read_cypher(name: str) -> str:
    """The text of `cypher/<name>.cypher`, e.g. "schema" or "queries/target_landscape"."""
    return (files("oncokg.cypher") / f"{name}.cypher").read_text(encoding="utf-8")


def statements(text: str) -> list[str]:
    """Split a file of `;`-terminated statements, dropping `//` comment lines."""
    lines = [line for line in text.splitlines() if not line.strip().startswith("//")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]

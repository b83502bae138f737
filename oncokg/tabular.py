"""Rows as spreadsheet cells, for the CSV of the API and the workbook of the client: nested
objects become `parent_child` columns, lists of values one cell joined with "; " (entities
by name), and cells a spreadsheet would run as a formula are defused.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic_core import to_json

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def flatten(item: Any, prefix: str = "") -> dict[str, str]:
    """One JSON item as flat, safe string cells."""
    if not isinstance(item, Mapping):
        return {prefix or "value": _cell(item)}
    cells: dict[str, str] = {}
    for key, value in item.items():
        column = f"{prefix}_{key}" if prefix else str(key)
        if isinstance(value, Mapping):
            cells.update(flatten(value, column))
        else:
            cells[column] = _cell(value)
    return cells


def _cell(value: Any) -> str:
    """A value as one cell: lists joined (entities by name), objects as JSON, text on one line
    and defused."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(
            _cell(v.get("name") or v.get("id")) if isinstance(v, Mapping) else _cell(v)
            for v in value
        )
    if isinstance(value, Mapping):
        return to_json(value).decode()
    return defuse(str(value).replace("\r\n", " ").replace("\n", " "))


def defuse(text: str) -> str:
    """Text a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading
    apostrophe; a sentence from a press release must stay a sentence."""
    return "'" + text if text.startswith(_FORMULA_START) else text

"""Rows as Arrow tables: what the embedded store's bulk copy (`COPY … FROM $rows`) reads."""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa

from oncokg.graph.merging import Row
from oncokg.schema import PropType

ARROW_TYPES: dict[PropType, pa.DataType] = {
    PropType.STRING: pa.string(),
    PropType.STRING_LIST: pa.list_(pa.string()),
    PropType.INT: pa.int64(),
    PropType.FLOAT: pa.float64(),
    PropType.FLOAT_LIST: pa.list_(pa.float64()),
}


def arrow_table(rows: Sequence[Row], columns: Sequence[tuple[str, PropType]]) -> pa.Table:
    """`rows` as a table of `columns` (name, type) in that order, which is what a copy goes
    by (not the names); a value a row lacks is null."""
    return pa.table(
        {
            name: pa.array([row.get(name) for row in rows], type=ARROW_TYPES[kind])
            for name, kind in columns
        }
    )

"""Lists as tables: every list route and view answers `?format=csv` with its page's rows, for
the spreadsheet an analyst wants to open.

A row is the JSON item flattened by `oncokg.tabular.flatten`. The next page's cursor
travels in the `X-Next-Cursor` header. JSON is written straight from the page too:
for data the store or a view already shaped as the route's model (search, neighbours,
landscapes), building the models first cost a fifth of a request's time; tests hold the
shapes to the declared models.
"""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any, Literal

from fastapi import Query, Response
from pydantic_core import to_json, to_jsonable_python

from oncokg.api.pagination import Page
from oncokg.tabular import flatten

Format = Literal["json", "csv"]
FormatQuery = Annotated[
    Format,
    Query(
        description="json (default), or csv: the page's rows as a table (next cursor in "
        "the X-Next-Cursor header)"
    ),
]


def respond(result: Page[Any], fmt: Format, name: str) -> Response:
    """The page as JSON, or as a CSV download named `name`.csv."""
    if fmt == "json":
        return Response(to_json(result), media_type="application/json")
    rows = [flatten(to_jsonable_python(item)) for item in result.data]
    columns = list(dict.fromkeys(column for row in rows for column in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    headers = {"Content-Disposition": f'attachment; filename="{name}.csv"'}
    if result.next_cursor:
        headers["X-Next-Cursor"] = result.next_cursor
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)

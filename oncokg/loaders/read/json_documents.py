"""JSON (one object or a list) and JSON Lines documents; a bad element is returned in
place as an `InputError` naming it."""

from __future__ import annotations

import json
from typing import Any

from oncokg.exceptions import InputError
from oncokg.extraction import Document
from oncokg.loaders.dates import normalise_date
from oncokg.loaders.read.text import ReadResult, clean_title, first_line, normalise_text, trim
from oncokg.schema import PRESS_RELEASE_KIND


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _optional_string(obj: dict[str, Any], field: str, source: str) -> str:
    value = obj.get(field)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(source, f"field '{field}' must be a string, got {_json_type(value)}")
    return value.strip()


def _json_date(value: object) -> str:
    if isinstance(value, str):
        return normalise_date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return normalise_date(str(value))
    return ""  # an unusable date is dropped, not an error


def _json_document(obj: object, source: str) -> Document:
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object, got {_json_type(obj)}")
    if "text" not in obj:
        raise InputError(source, "missing required field 'text'")
    raw_text = obj["text"]
    if not isinstance(raw_text, str):
        raise InputError(source, f"field 'text' must be a string, got {_json_type(raw_text)}")
    text = trim(normalise_text(raw_text, source))
    if not text:
        raise InputError(source, "field 'text' is empty")
    title = clean_title(normalise_text(_optional_string(obj, "title", source), source))
    return Document(
        text=text,
        title=title or clean_title(first_line(text)),
        url=normalise_text(_optional_string(obj, "url", source), source).strip(),
        published=_json_date(obj.get("published", obj.get("date"))),
        kind=normalise_text(_optional_string(obj, "kind", source), source) or PRESS_RELEASE_KIND,
        source=source,
    )


def parse_json(text: str, source: str) -> list[ReadResult]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            return parse_json_lines(text, source)  # JSON Lines under a .json name
        reason = f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise InputError(source, reason) from None
    except RecursionError:
        raise InputError(source, "malformed JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer beyond the interpreter's digit limit
        raise InputError(source, f"malformed JSON: {exc}") from None
    if isinstance(data, dict):
        return [_json_document(data, source)]
    if not isinstance(data, list):
        reason = f"expected a JSON object or a list of objects, got {_json_type(data)}"
        raise InputError(source, reason)
    if not data:
        raise InputError(source, "the JSON list holds no documents")
    results: list[ReadResult] = []
    for index, item in enumerate(data):
        try:
            results.append(_json_document(item, f"{source}[{index}]"))
        except InputError as error:
            results.append(error)
    return results


def parse_json_lines(text: str, source: str) -> list[ReadResult]:
    return [
        json_line(line, f"{source}:{number}")
        for number, line in enumerate(text.split("\n"), start=1)
        if line.strip()
    ]


def json_line(line: str, line_source: str) -> ReadResult:
    """One JSON Lines line as a Document, or the InputError that names it."""
    try:
        return _json_document(json.loads(line), line_source)
    except InputError as error:
        return error
    except json.JSONDecodeError as exc:
        return InputError(line_source, f"malformed JSON at column {exc.colno}: {exc.msg}")
    except RecursionError:
        return InputError(line_source, "malformed JSON: nested too deeply")
    except ValueError as exc:
        return InputError(line_source, f"malformed JSON: {exc}")

"""Read extractions back: JSON Lines of the `oncokg extract --format json` contract, a line
per document, as the distributed job writes them (`oncokg.distributed`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from oncokg.exceptions import InputError
from oncokg.extraction import Extraction


def iter_extractions(paths: Iterable[Path | str]) -> Iterator[Extraction | InputError]:
    """Extractions from `.jsonl` files and folders of them (walked in sorted order, so part
    files come back in the order they were written); a line that is not an extraction, or
    a file that cannot be read, is an InputError naming it, and the rest goes on."""
    for given in paths:
        path = Path(given)
        files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            yield from _lines(file)


def _lines(file: Path) -> Iterator[Extraction | InputError]:
    try:
        with file.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                where = f"{file}:{number}"
                try:
                    yield Extraction.from_json(json.loads(raw.decode("utf-8")))
                except (UnicodeDecodeError, ValueError) as exc:
                    yield InputError(where, f"not an extraction: {exc}")
    except OSError as exc:
        yield InputError(str(file), f"cannot read: {exc.strerror or exc}")

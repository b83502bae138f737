"""Files and folders: expansion of paths and globs, size-checked reads, JSON Lines
streamed a line at a time, and `iter_documents`."""

from __future__ import annotations

import codecs
import glob
import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Final

from oncokg.exceptions import InputError, printable
from oncokg.extraction import Document
from oncokg.loaders.read.json_documents import json_line
from oncokg.loaders.read.parse import binary_kind, parse_bytes
from oncokg.loaders.read.text import (
    MAX_DOCUMENT_BYTES,
    SUPPORTED_SUFFIXES,
    ReadResult,
    normalise_text,
)
from oncokg.loaders.read.web import is_url, read_url

logger = logging.getLogger(__name__)


_GLOB_CHARS_RE: Final = re.compile(r"[*?\[]")


def _walk(root: Path, *, recursive: bool) -> Iterator[Path | InputError]:
    """Supported files under `root`: each folder's files by name, then its sub-folders.

    Hidden entries are skipped, and so are links to folders (no cycles).
    """
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            yield InputError(source_name(folder), f"cannot list folder: {exc.strerror or exc}")
            continue
        subfolders: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if recursive:
                        subfolders.append(Path(entry.path))
                elif Path(entry.name).suffix.lower() not in SUPPORTED_SUFFIXES:
                    continue
                elif entry.is_file():
                    yield Path(entry.path)
                elif entry.is_symlink() and not os.path.exists(entry.path):
                    yield InputError(source_name(entry.path), "dangling link, skipped")
                elif not entry.is_dir():  # a FIFO, socket or device: never opened
                    yield InputError(source_name(entry.path), "not a regular file, skipped")
            except OSError as exc:
                yield InputError(source_name(entry.path), f"cannot read: {exc.strerror or exc}")
        stack.extend(reversed(subfolders))


def _expand(given: Path | str, *, recursive: bool) -> Iterator[Path | InputError]:
    """Each file that `given` (a file, a folder or a glob pattern) stands for, or an InputError."""
    if isinstance(given, str) and _GLOB_CHARS_RE.search(given) and not os.path.exists(given):
        matches = sorted(glob.glob(given, recursive=True))
        if not matches:
            yield InputError(given, "no files match this pattern")
        seen: set[Path] = set()
        for match in matches:
            for item in _expand(Path(match), recursive=recursive):
                if isinstance(item, Path):
                    if item in seen:
                        continue
                    seen.add(item)
                yield item
        return
    path = Path(given)
    if path.is_dir():
        yield from _walk(path, recursive=recursive)
    else:
        yield path


def source_name(path: Path | str) -> str:
    """A path as a printable, storable string: bytes that are not UTF-8 (kept by the OS as
    surrogate escapes, which no store can encode) become `\\xff`, and control characters
    (which could rewrite a terminal line) `\\x1b`; the escaping is the `backslashreplace`
    one, so the original name can be read back from it."""
    return printable(os.fsencode(path).decode("utf-8", "backslashreplace"))


def document_source(path: Path) -> str:
    """The source a document read from `path` is stored under: its absolute, resolved path,
    so that a changed file given later through another spelling of its path (relative,
    through a link) replaces what the earlier version stated."""
    try:
        return source_name(path.resolve())
    except (OSError, RuntimeError):  # a link loop, or a path the OS cannot resolve
        return source_name(path.absolute())


def _read_error(source: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(source, "no such file or folder")
    if isinstance(exc, PermissionError):
        return InputError(source, "permission denied")
    return InputError(source, f"cannot read: {exc.strerror or exc}")


def _read_file(path: Path, max_bytes: int) -> bytes:
    source = source_name(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(source, "is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(source, "not a regular file")
        if info.st_size > max_bytes:
            raise InputError(
                source, f"too large: {info.st_size} bytes, over the limit of {max_bytes}"
            )
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _read_error(source, exc) from None
    if len(raw) > max_bytes:
        raise InputError(source, f"too large: over the limit of {max_bytes} bytes")
    return raw


def _stream_json_lines(path: Path, max_bytes: int) -> Iterator[ReadResult]:
    """A JSON Lines file, a line at a time: memory follows the longest line, not the file,
    and the size limit applies to each line (one document), so a collection of any size
    streams through. Lines must be UTF-8, as JSON Lines requires."""
    source, stored = source_name(path), document_source(path)
    found = False
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise InputError(source, "not a regular file")
        with path.open("rb") as handle:
            for number, raw in enumerate(_capped_lines(handle, max_bytes), start=1):
                if number == 1 and raw is not None:
                    raw = raw.removeprefix(codecs.BOM_UTF8)
                    if what := binary_kind(raw):
                        raise InputError(source, f"binary content ({what}), not JSON Lines")
                if raw is None or raw.strip():
                    found = True
                    yield _raw_json_line(raw, f"{stored}:{number}", max_bytes)
    except InputError as error:
        yield error
    except OSError as exc:
        yield _read_error(source, exc)
    else:
        if not found:
            yield InputError(source, "empty input (no JSON Lines)")


def _capped_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of a binary file, without their newline; None for a line longer than
    `max_bytes` (the rest of it is skipped unread into memory)."""
    while line := handle.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(max_bytes)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line.rstrip(b"\r\n")


def _raw_json_line(raw: bytes | None, line_source: str, max_bytes: int) -> ReadResult:
    if raw is None:
        return InputError(line_source, f"too large: a line over the limit of {max_bytes} bytes")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(line_source, f"undecodable text: not UTF-8 at column {exc.start + 1}")
    try:
        return json_line(normalise_text(line, line_source), line_source)
    except InputError as error:
        return error


def _read_and_parse(path: Path, max_bytes: int) -> list[ReadResult]:
    source = source_name(path)
    suffix = path.suffix.lower()
    try:
        raw = _read_file(path, max_bytes)
        found = parse_bytes(
            raw, source, suffix if suffix in SUPPORTED_SUFFIXES else "", max_bytes=max_bytes
        )
        stored = document_source(path)
        return [
            replace(item, source=stored + item.source[len(source) :])
            if isinstance(item, Document)
            else item
            for item in found
        ]
    except InputError as error:
        return [error]
    except Exception as exc:  # a parser bug must not stop a batch: report it against the file
        logger.exception("unexpected error while reading %s", source)
        return [InputError(source, f"unexpected error: {type(exc).__name__}: {exc}")]


def iter_documents(
    paths: Iterable[Path | str] | Path | str,
    *,
    recursive: bool = True,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[ReadResult]:
    """Documents (or InputErrors) from files, folders, glob patterns and http(s) URLs (a
    page, a PDF or a feed: see `web`), in a stable order.

    Folders are walked (recursively unless told otherwise) in sorted order, skipping hidden
    entries and files whose suffix is not supported; a file named explicitly or matched by a
    glob is read whatever its suffix (its format is then sniffed). A missing path, a folder
    that cannot be listed, an unreadable or oversize file, or bad content yields an InputError
    naming it; nothing here raises for one bad input.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for given in paths:
        if is_url(given):
            yield from read_url(str(given), max_bytes=max_bytes)
            continue
        for item in _expand(given, recursive=recursive):
            if isinstance(item, InputError):
                yield item
            elif item.suffix.lower() == ".jsonl":
                yield from _stream_json_lines(item, max_bytes)
            else:
                yield from _read_and_parse(item, max_bytes)

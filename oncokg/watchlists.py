"""Watchlists: the entities an analyst follows, kept by name.

A watchlist is a user's preference, not a fact of the graph, so it lives beside the graph:
`watchlists.json` in the data folder, written whole through a temporary file (a crash never
leaves half a file). What is new about a watchlist is `views.watched_facts`; the CLI prints
it (`oncokg digest`) and the API serves it as an Atom feed.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from oncokg.exceptions import InputError, NotFoundError

WATCHLISTS_FILE: Final = "watchlists.json"
_NAME: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
MAX_ENTITIES: Final = 500


@dataclass(frozen=True)
class Watchlists:
    """The watchlists of one data folder."""

    folder: Path

    @property
    def path(self) -> Path:
        return self.folder / WATCHLISTS_FILE

    def all(self) -> dict[str, list[str]]:
        """Every watchlist, by name; none when the file does not exist yet."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise InputError(str(self.path), f"unreadable watchlists: {exc}") from None
        if not isinstance(data, dict):
            raise InputError(str(self.path), "watchlists must be a JSON object")
        return {str(k): [str(i) for i in v] for k, v in data.items() if isinstance(v, list)}

    def get(self, name: str) -> list[str]:
        found = self.all().get(name)
        if found is None:
            raise NotFoundError(f"no watchlist named {name!r}")
        return found

    def save(self, name: str, entity_ids: list[str]) -> list[str]:
        """Create or replace a watchlist; returns its entities, each once, in order."""
        if not _NAME.fullmatch(name):
            raise InputError("name", "a watchlist name is 1-64 letters, digits, '.', '_', '-'")
        entities = list(dict.fromkeys(e.strip() for e in entity_ids if e.strip()))
        if not entities or len(entities) > MAX_ENTITIES:
            raise InputError("entities", f"a watchlist holds 1 to {MAX_ENTITIES} entity ids")
        everything = {**self.all(), name: entities}
        self.folder.mkdir(parents=True, exist_ok=True)
        draft = self.path.with_suffix(".json.tmp")
        draft.write_text(json.dumps(everything, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(draft, self.path)
        return entities

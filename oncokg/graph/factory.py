"""Builds the configured store from settings; callers open it."""

from __future__ import annotations

from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.graph.store import GraphStore
from oncokg.settings import Settings


def make_store(settings: Settings) -> GraphStore:
    if settings.store == "neo4j":
        return Neo4jStore(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password.get_secret_value(),
            settings.neo4j_database,
        )
    return EmbeddedStore(settings.data_dir)

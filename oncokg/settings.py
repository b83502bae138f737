"""Typed settings from the environment (and an optional `.env` file).

Built by `get_settings()` when the CLI or the API starts, never at import time, so tests and
notebooks can construct their own `Settings(...)` without touching the process environment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

StoreKind = Literal["embedded", "neo4j"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ONCOKG_", env_file=".env", extra="ignore")

    store: StoreKind = "embedded"
    data_dir: Path = Path("oncokg-data")
    neo4j_uri: str = Field(
        "bolt://localhost:7687", validation_alias=AliasChoices("NEO4J_URI", "ONCOKG_NEO4J_URI")
    )
    neo4j_user: str = Field(
        "neo4j", validation_alias=AliasChoices("NEO4J_USER", "ONCOKG_NEO4J_USER")
    )
    neo4j_password: SecretStr = Field(
        SecretStr(""), validation_alias=AliasChoices("NEO4J_PASSWORD", "ONCOKG_NEO4J_PASSWORD")
    )
    neo4j_database: str = Field(
        "neo4j", validation_alias=AliasChoices("NEO4J_DATABASE", "ONCOKG_NEO4J_DATABASE")
    )
    api_key: SecretStr | None = None
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    batch_size: int = Field(500, ge=1)
    # the HTTP service
    cors_origins: str = Field("", description="comma-separated origins; empty: no CORS headers")
    max_body_bytes: int = Field(1024 * 1024, ge=1, description="larger request bodies get 413")
    request_timeout_s: float = Field(
        10.0, gt=0, le=600, description="every request answers within this (503 past it)"
    )
    cypher_timeout_s: float = Field(10.0, gt=0, le=300)
    cypher_max_rows: int = Field(1000, ge=1, le=100_000)
    workers: int | None = Field(
        None, ge=1, le=64, description="API processes for Neo4j (default: one per core, up to 4)"
    )

    @property
    def cors_origin_list(self) -> list[str]:
        return [origin.strip() for origin in self.cors_origins.split(",") if origin.strip()]

    @field_validator("api_key")
    @classmethod
    def refuse_placeholder_key(cls, value: SecretStr | None) -> SecretStr | None:
        """An empty or placeholder key would let anyone write; treat it as unset instead."""
        if value is None:
            return None
        secret = value.get_secret_value().strip()
        if not secret or secret.lower() in {"changeme", "changethis", "secret", "password"}:
            return None
        return value


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit overrides (from CLI flags) on top."""
    given = {key: value for key, value in overrides.items() if value is not None}
    return Settings(**given)  # type: ignore[arg-type]

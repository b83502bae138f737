"""Running the API under uvicorn, as `oncokg serve` and `oncokg bench api` both do.

The embedded store admits one process, so it is served by one. Neo4j is served by several
worker processes, one per core by default: a request spends most of its time in Python
(HTTP, decoding the driver's rows, JSON), which one process runs on one core at a time.
"""

from __future__ import annotations

import copy
import os
from typing import Any

import uvicorn
from pydantic import AliasChoices, SecretStr

from oncokg.api import dispatch
from oncokg.api.app import create_app
from oncokg.settings import Settings

MAX_DEFAULT_WORKERS = 4


def worker_count(settings: Settings) -> int:
    if settings.store == "embedded":
        return 1
    return settings.workers or min(MAX_DEFAULT_WORKERS, os.cpu_count() or 1)


def settings_environment(settings: Settings) -> dict[str, str]:
    """`settings` as the environment variables that rebuild them: worker processes start
    afresh and read their settings from the environment, CLI overrides included."""
    env = {}
    for name, field in Settings.model_fields.items():
        value = getattr(settings, name)
        if value is None:
            continue
        alias = field.validation_alias
        key = alias.choices[0] if isinstance(alias, AliasChoices) else f"ONCOKG_{name.upper()}"
        env[str(key)] = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
    return env


def log_config(level: str) -> dict[str, Any]:
    """uvicorn's logging, plus the `oncokg` loggers (the per-request timing line) on its
    handler. uvicorn's own access line is left off: the timing line says the same, and more."""
    config = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    config["loggers"]["oncokg"] = {
        "handlers": ["default"],
        "level": level.upper(),
        "propagate": False,
    }
    return config


def serve(settings: Settings, *, log_level: str = "info") -> None:
    workers = worker_count(settings)
    options: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "log_level": log_level,
        "log_config": log_config(log_level),
        "access_log": False,
    }
    if workers == 1:
        uvicorn.run(create_app(settings), **options)
        return
    os.environ.update(settings_environment(settings))  # what the workers build settings from
    if dispatch.supported():
        dispatch.run(APP_FACTORY, options, workers)
    else:
        uvicorn.run(APP_FACTORY, factory=True, workers=workers, **options)


APP_FACTORY = "oncokg.api.app:create_app"

"""Running the API under uvicorn, as `oncokg serve` and `oncokg bench api` both do.

The embedded store admits one process, so it is served by one. Neo4j is served by several
worker processes, one per core by default: a request spends most of its time in Python
(HTTP, decoding the driver's rows, JSON), which one process runs on one core at a time.
"""

from __future__ import annotations

import copy
import multiprocessing
import os
import signal
import socket
import threading
from typing import Any

import uvicorn
from pydantic import AliasChoices, SecretStr

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
    if not hasattr(socket, "SO_REUSEPORT"):
        uvicorn.run(APP_FACTORY, factory=True, workers=workers, **options)
        return
    _supervise([_start_worker(options) for _ in range(workers)])


APP_FACTORY = "oncokg.api.app:create_app"


def _start_worker(options: dict[str, Any]) -> multiprocessing.process.BaseProcess:
    process = multiprocessing.get_context("spawn").Process(target=_run_worker, args=(options,))
    process.start()
    return process


def _run_worker(options: dict[str, Any]) -> None:
    """One worker with a listening socket of its own on the shared port (SO_REUSEPORT), so
    the kernel spreads new connections evenly. With one socket shared by all (uvicorn's
    `--workers`), the first worker to wake accepts a whole burst of connections, and a
    client's keep-alive connections all land on one process while the others idle."""
    family, kind, proto, _, address = socket.getaddrinfo(
        options["host"], options["port"], type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    listener = socket.socket(family, kind, proto)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    listener.bind(address)
    config = uvicorn.Config(APP_FACTORY, factory=True, **options)
    uvicorn.Server(config).run(sockets=[listener])


def _supervise(workers: list[multiprocessing.process.BaseProcess]) -> None:
    """Wait until a signal asks to stop or a worker dies, then stop them all. A worker that
    died takes the service down (and the exit status says so) rather than leaving it at
    part strength unnoticed; a process manager restarts it."""
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    while not stop.is_set() and all(worker.is_alive() for worker in workers):
        stop.wait(0.5)
    for worker in workers:
        if worker.is_alive():
            worker.terminate()  # SIGTERM: uvicorn finishes the requests in flight
    for worker in workers:
        worker.join(timeout=30)
    if not stop.is_set():
        raise SystemExit("an API worker process died; the others were stopped")

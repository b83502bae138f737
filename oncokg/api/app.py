"""The FastAPI application factory."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response

from oncokg.api import problems
from oncokg.api.deps import StoreHolder
from oncokg.api.routes import health_router, router
from oncokg.settings import Settings, get_settings

log = logging.getLogger("oncokg.api")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    holder = StoreHolder(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        holder.close()

    app = FastAPI(
        title="OncoKG API",
        version="0.1.0",
        description="Molecules, targets, diseases and organisations from oncology press "
        "releases, each fact with its evidence sentences and documents.",
        lifespan=lifespan,
    )
    app.state.store_holder = holder
    app.state.settings = settings
    problems.install(app)
    app.include_router(health_router)
    app.include_router(router)

    @app.middleware("http")
    async def log_timing(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        elapsed_ms = (time.perf_counter() - started) * 1000
        log.info(
            "%s %s %d %.1fms", request.method, request.url.path, response.status_code, elapsed_ms
        )
        return response

    return app

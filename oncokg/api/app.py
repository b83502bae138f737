"""The FastAPI application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from oncokg.api import explorer, problems
from oncokg.api.deps import StoreHolder, freeze_heap, neighbour_reads, search_reads
from oncokg.api.limits import BodyLimitMiddleware, DeadlineMiddleware, TimingLogMiddleware
from oncokg.api.routes import health_router, router
from oncokg.settings import Settings, get_settings

log = logging.getLogger("oncokg.api")
# How long past its own timeout a Cypher query may take to be interrupted and answer 422
# before the request's deadline answers 503 for it.
CYPHER_MARGIN_S = 2.0


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    holder = StoreHolder(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        freeze_heap()
        yield
        holder.close()

    app = FastAPI(
        title="OncoKG API",
        version="0.1.0",
        description="Molecules, targets, diseases and organisations from oncology press "
        "releases, each fact with its evidence sentences and documents. Lists page with "
        "`limit` and an opaque `cursor` (pass back `next_cursor`); errors are RFC 9457 "
        "problem details.",
        lifespan=lifespan,
        docs_url=None,  # served by `explorer` from vendored files, so it works offline
        redoc_url=None,
    )
    app.state.store_holder = holder
    app.state.neighbour_reads = neighbour_reads(holder)
    app.state.search_reads = search_reads(holder)
    app.state.settings = settings
    problems.install(app)
    app.include_router(health_router)
    app.include_router(router)
    explorer.install(app)

    app.add_middleware(
        DeadlineMiddleware,
        seconds=settings.request_timeout_s,
        cypher_seconds=settings.cypher_timeout_s + CYPHER_MARGIN_S,
    )
    app.add_middleware(TimingLogMiddleware, logger=log)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    if settings.cors_origin_list:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origin_list,
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "Authorization", "X-API-Key"],
        )
    return app

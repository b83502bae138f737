"""A one-route app that answers with its process id, for the dispatch tests."""

from __future__ import annotations

import os

from fastapi import FastAPI


def create() -> FastAPI:
    app = FastAPI()

    @app.get("/")
    async def pid() -> dict[str, int]:
        return {"pid": os.getpid()}

    return app

"""Errors as RFC 9457 problem details (application/problem+json)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from oncokg.exceptions import (
    InputError,
    NotFoundError,
    QueryForbiddenError,
    QueryRefusedError,
    StoreError,
    StoreUnavailableError,
)

PROBLEM_JSON = "application/problem+json"
RETRY_AFTER_SECONDS = "5"

log = logging.getLogger("oncokg.api")


def problem(
    status: int,
    title: str,
    detail: str,
    headers: Mapping[str, str] | None = None,
    **extra: object,
) -> JSONResponse:
    all_headers = dict(headers or {})
    if status == 503:
        all_headers["Retry-After"] = RETRY_AFTER_SECONDS
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(
        body, status_code=status, media_type=PROBLEM_JSON, headers=all_headers or None
    )


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def install(app: FastAPI) -> None:
    """Map OncoKG's exceptions to problem responses; no stack trace or secret leaks out."""

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> JSONResponse:
        return problem(404, "Not Found", str(exc))

    @app.exception_handler(QueryForbiddenError)
    async def forbidden(request: Request, exc: QueryForbiddenError) -> JSONResponse:
        return problem(403, "Query forbidden", str(exc))

    @app.exception_handler(QueryRefusedError)
    async def refused(request: Request, exc: QueryRefusedError) -> JSONResponse:
        return problem(400, "Query refused", str(exc))

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> JSONResponse:
        return problem(422, "Unusable document", str(exc))

    @app.exception_handler(StoreUnavailableError)
    async def unavailable(request: Request, exc: StoreUnavailableError) -> JSONResponse:
        request.app.state.store_holder.reset()
        return problem(503, "Store unavailable", "the graph store cannot be reached; retry later")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error on %s %s: %s", request.method, request.url.path, exc)
        return problem(500, "Store error", "the graph store failed to answer this request")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return problem(exc.status_code, _phrase(exc.status_code), str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(err.get("loc", ())), "msg": err.get("msg", "")} for err in exc.errors()
        ]
        return problem(422, "Invalid request", "a parameter is missing or invalid", errors=errors)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return problem(500, "Internal Server Error", "an unexpected error occurred")

"""Errors as RFC 9457 problem details (application/problem+json)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from oncokg.exceptions import NotFoundError, QueryRefusedError, StoreError, StoreUnavailableError

PROBLEM_JSON = "application/problem+json"
RETRY_AFTER_SECONDS = "5"


def problem(status: int, title: str, detail: str, **extra: object) -> JSONResponse:
    headers = {"Retry-After": RETRY_AFTER_SECONDS} if status == 503 else None
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def install(app: FastAPI) -> None:
    """Map OncoKG's exceptions to problem responses; no stack trace or secret leaks out."""

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> JSONResponse:
        return problem(404, "Not Found", str(exc))

    @app.exception_handler(QueryRefusedError)
    async def refused(request: Request, exc: QueryRefusedError) -> JSONResponse:
        return problem(400, "Query refused", str(exc))

    @app.exception_handler(StoreUnavailableError)
    async def unavailable(request: Request, exc: StoreUnavailableError) -> JSONResponse:
        request.app.state.store_holder.reset()
        return problem(503, "Store unavailable", "the graph store cannot be reached; retry later")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return problem(500, "Store error", "the graph store failed to answer this request")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(err.get("loc", ())), "msg": err.get("msg", "")} for err in exc.errors()
        ]
        return problem(422, "Invalid request", "a parameter is missing or invalid", errors=errors)

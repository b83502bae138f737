"""Pure ASGI middleware: the request deadline, the request body size limit and the
per-request timing log line.

Pure ASGI rather than `@app.middleware("http")`, which wraps every request in a task group
and a streamed copy of the response: measurably slower, and it hides body errors in
exception groups."""

from __future__ import annotations

import asyncio
import logging
import time

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from oncokg.api.problems import problem


class _TooLarge(HTTPException):
    """An HTTPException so that FastAPI's body parsing passes it on as it is (it turns other
    errors into 400) and the problem handler answers 413 when a route read the body."""


class BodyLimitMiddleware:
    """413 problem for a body over `max_bytes`: at once when Content-Length says so, else as
    soon as the bytes read pass the limit (FastAPI's own `max_body_size` answers with a
    plain JSON error, not problem+json, hence this)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge(413, f"the request body is over {self.max_bytes} bytes")
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if started:
                raise
            await self._refuse(scope, receive, send)
        except ExceptionGroup as group:  # a middleware read the body in a task group
            too_large, rest = group.split(_TooLarge)
            if too_large is None or rest is not None or started:
                raise
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem(
            413, "Request too large", f"the request body is over {self.max_bytes} bytes"
        )
        await response(scope, receive, send)


class TimingLogMiddleware:
    """One log line per request: method, path, status and milliseconds."""

    def __init__(self, app: ASGIApp, logger: logging.Logger) -> None:
        self.app = app
        self.log = logger

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def record_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record_status)
        finally:
            elapsed_ms = (time.perf_counter() - started) * 1000
            self.log.info("%s %s %d %.1fms", scope["method"], scope["path"], status, elapsed_ms)


class DeadlineMiddleware:
    """Every request is answered within its deadline: a store that hangs (a frozen or
    partitioned Neo4j, a query the engine cannot interrupt) or a client that sends its body
    a byte at a time gets a 503 problem with Retry-After, not a request held for minutes.
    The Cypher route has its own, longer deadline: its query's timeout plus a margin, so
    that the query itself answers first when it can. The work already handed to a thread
    goes on there until the store lets go of it; the request does not wait for it."""

    def __init__(self, app: ASGIApp, seconds: float, cypher_seconds: float) -> None:
        self.app = app
        self.seconds = seconds
        self.cypher_seconds = cypher_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        seconds = self.cypher_seconds if scope["path"] == CYPHER_PATH else self.seconds
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await asyncio.wait_for(self.app(scope, receive, tracking_send), seconds)
        except TimeoutError:
            if started:  # the answer is on its way; nothing better to send
                return
            response = problem(
                503, "Service Unavailable", f"no answer within the deadline of {seconds:g} s"
            )
            await response(scope, receive, send)


CYPHER_PATH = "/v1/cypher"

"""The API key that guards writes. Reads are open; writes are refused while no key is set."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from oncokg.settings import Settings

_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="the ONCOKG_API_KEY")
_bearer = HTTPBearer(auto_error=False, description="the ONCOKG_API_KEY as a bearer token")


def require_api_key(
    request: Request,
    header_key: Annotated[str | None, Depends(_header)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """403 while the service has no key (writes disabled); 401 for a missing or wrong key.
    The comparison takes the same time whatever the key, so timing tells nothing."""
    settings: Settings = request.app.state.settings
    if settings.api_key is None:
        raise HTTPException(403, "writes are disabled: the service has no ONCOKG_API_KEY set")
    given = header_key or (bearer.credentials if bearer else None)
    expected = settings.api_key.get_secret_value()
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            401,
            "a valid API key is required (X-API-Key or Authorization: Bearer)",
            headers={"WWW-Authenticate": "Bearer"},
        )

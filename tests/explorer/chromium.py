"""Headless Chromium for browser tests, driven by Playwright's Python client.

Playwright cannot download its own browsers here (no internet at test time), so the tests use
the system Chromium (Debian's `chromium` package, or CHROMIUM_PATH). Without one the tests
skip, except under CI=true, where a missing browser is a broken setup and fails them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP localhost 127.0.0.1",  # our servers listen on IPv4 loopback
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests need Chromium and playwright under CI: {reason}")
    pytest.skip(reason)


def chromium_path() -> str | None:
    given = os.environ.get("CHROMIUM_PATH")
    if given:
        return given
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


_RUNNING: dict[str, Any] = {}


def _launch(executable: str) -> Any:
    """One Playwright and one Chromium per process: tests/cypher and tests/explorer each
    register the fixture, and two sync Playwright instances cannot share a thread."""
    if "browser" not in _RUNNING:
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
        _RUNNING["playwright"] = playwright
        _RUNNING["browser"] = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS
        )
    return _RUNNING["browser"]


def _shutdown() -> None:
    if "browser" in _RUNNING:
        _RUNNING.pop("browser").close()
        _RUNNING.pop("playwright").stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless Chromium, shared by the session's browser tests."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("playwright is not installed (pip install 'oncokg[browser]')")
    executable = chromium_path()
    if executable is None:
        _unavailable("no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)")
    try:
        yield _launch(str(executable))
    finally:
        _shutdown()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A page whose tests may wait on JavaScript predicates, which Playwright evaluates in
    a way the explorer's Content-Security-Policy forbids; `strict_page` keeps the policy."""
    context = browser.new_context(viewport={"width": 1440, "height": 900}, bypass_csp=True)
    opened = context.new_page()
    try:
        yield opened
    finally:
        context.close()


@pytest.fixture
def strict_page(browser: Any) -> Iterator[Any]:
    """A page under the explorer's own Content-Security-Policy."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    opened = context.new_page()
    try:
        yield opened
    finally:
        context.close()


def screenshot(page: Any, name: str) -> Path:
    """Save a full-page screenshot under test-artifacts/ (git-ignored) and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    return path

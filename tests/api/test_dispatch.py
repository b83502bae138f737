"""`api.dispatch`: real worker processes behind one socket, over real HTTP (no database:
each worker serves a tiny app that answers with its process id)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO, free_port, start_process

RUN = (
    "import sys; from oncokg.api import dispatch; "
    "dispatch.run('tests.api.pid_app:create', "
    "{'host': '127.0.0.1', 'port': int(sys.argv[1]), 'log_level': 'warning'}, 2)"
)


@pytest.fixture
def dealer() -> Iterator[tuple[subprocess.Popen[str], str]]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = start_process(
        [sys.executable, "-c", RUN, str(port)],
        cwd=REPO,
        ready=lambda _: len(_answering_pids(url)) == 2,  # both workers up
    )
    yield process, url
    if process.poll() is None:
        process.kill()
        process.wait(timeout=30)


def _answering_pids(url: str) -> set[int]:
    """The workers that answer a burst of fresh connections (one each, dealt in turn)."""
    pids = set()
    for _ in range(4):
        try:
            pids.add(httpx.get(url, timeout=5).json()["pid"])
        except httpx.TransportError:
            return set()
    return pids


def _alive(pid: int) -> bool:
    try:
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def test_keep_alive_connections_are_dealt_to_the_workers_in_turn(
    dealer: tuple[subprocess.Popen[str], str],
) -> None:
    _, url = dealer
    clients = [httpx.Client(base_url=url, timeout=10) for _ in range(8)]
    try:
        served_by = []
        for client in clients:  # each keeps its one connection for all its requests
            pids = {client.get("/").json()["pid"] for _ in range(3)}
            assert len(pids) == 1
            served_by.append(pids.pop())
    finally:
        for client in clients:
            client.close()
    assert sorted(Counter(served_by).values()) == [4, 4]
    assert served_by[0::2] == [served_by[0]] * 4  # alternating, not by luck


def test_sigterm_stops_the_workers_and_exits_cleanly(
    dealer: tuple[subprocess.Popen[str], str],
) -> None:
    process, url = dealer
    workers = _answering_pids(url)
    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 0, output
    assert not any(_alive(pid) for pid in workers)


def test_workers_exit_when_the_dealer_is_killed(
    dealer: tuple[subprocess.Popen[str], str],
) -> None:
    """SIGKILL leaves no time to stop them: they notice their channel closing."""
    process, url = dealer
    workers = _answering_pids(url)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def test_a_taken_port_is_a_one_line_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        finished = subprocess.run(
            [sys.executable, "-c", RUN, str(port)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert finished.returncode == 1
    assert finished.stderr.strip().splitlines() == [
        f"cannot listen on 127.0.0.1:{port}: [Errno 98] Address already in use"
    ]

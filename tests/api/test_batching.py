"""`Batcher`: concurrent requests share store calls; pure logic, with a fake fetch."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest

from oncokg.api.batching import Batcher


class SlowFetch:
    """Records each batch of keys; answers key * 10, and leaves out negative keys."""

    def __init__(self, delay: float = 0.05) -> None:
        self.delay = delay
        self.batches: list[list[int]] = []
        self.running = 0
        self.most_running = 0
        self._lock = threading.Lock()

    def __call__(self, keys: list[int]) -> dict[int, int]:
        with self._lock:
            self.batches.append(keys)
            self.running += 1
            self.most_running = max(self.most_running, self.running)
        time.sleep(self.delay)
        with self._lock:
            self.running -= 1
        return {key: key * 10 for key in keys if key >= 0}


T = TypeVar("T")


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run` on a thread of its own: the session's browser tests keep Playwright's
    event loop running on the main thread, where `asyncio.run` refuses to start."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


async def _gather(batcher: Batcher[int, int], keys: list[int]) -> list[int | None]:
    return list(await asyncio.gather(*(batcher.get(key) for key in keys)))


def test_batcher_alone_runs_at_once_with_its_own_key() -> None:
    fetch = SlowFetch(delay=0)
    batcher = Batcher(fetch)
    assert _run(_gather(batcher, [3])) == [30]
    assert fetch.batches == [[3]]


def test_batcher_coalesces_concurrent_requests_and_answers_each() -> None:
    fetch = SlowFetch()
    batcher = Batcher(fetch, max_running=1)
    keys = [*range(20), 5, 5, -1]
    answers = _run(_gather(batcher, keys))
    assert answers == [*(key * 10 for key in range(20)), 50, 50, None]
    # the first request starts a call alone; everything queued meanwhile shares the next
    assert fetch.batches[0] == [0]
    assert len(fetch.batches) == 2
    assert sorted(fetch.batches[1]) == sorted(set(keys) - {0})  # each key once


def test_batcher_limits_calls_in_flight_and_batch_size() -> None:
    fetch = SlowFetch()
    batcher = Batcher(fetch, max_running=2, max_batch=4)
    answers = _run(_gather(batcher, list(range(30))))
    assert answers == [key * 10 for key in range(30)]
    assert fetch.most_running == 2
    assert max(len(batch) for batch in fetch.batches) == 4


def test_batcher_raises_a_failed_call_in_every_request_of_the_batch() -> None:
    def failing(keys: list[int]) -> dict[int, int]:
        raise RuntimeError(f"store down for {len(keys)} keys")

    batcher = Batcher(failing)

    async def run() -> list[object]:
        return await asyncio.gather(*(batcher.get(k) for k in range(5)), return_exceptions=True)

    results = _run(run())
    assert all(isinstance(result, RuntimeError) for result in results)


def test_batcher_goes_on_after_a_request_is_cancelled() -> None:
    fetch = SlowFetch()
    batcher = Batcher(fetch, max_running=1)

    async def run() -> list[int | None]:
        first = asyncio.create_task(batcher.get(1))
        abandoned = asyncio.create_task(batcher.get(2))
        await asyncio.sleep(0)  # both queued; the first call is running
        abandoned.cancel()
        with pytest.raises(asyncio.CancelledError):
            await abandoned
        return [await first, await batcher.get(3)]

    assert _run(run()) == [10, 30]

"""Several uvicorn worker processes behind one listening socket, connections dealt in turn.

The parent accepts every connection and passes its descriptor to the next worker over a
Unix socket, round-robin, as Node's cluster module does. Left to the kernel, the split is
luck: with one shared socket the first worker to wake takes a whole burst, and with
SO_REUSEPORT the connections go by a hash of their addresses, so 32 of them split 19 to 13
as often as not. A client's keep-alive connections (a proxy's, a dashboard's) stay with the
worker that got them, so the busier worker's requests waited half as long again and made
the slowest 1 %.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import selectors
import signal
import socket
import threading
from collections.abc import Sequence
from typing import Any

import uvicorn

log = logging.getLogger("oncokg.api")

LISTEN_BACKLOG = 2048  # uvicorn's default


def supported() -> bool:
    """Descriptor passing needs Unix sockets (not on Windows)."""
    return hasattr(socket, "send_fds") and hasattr(socket, "AF_UNIX")


def run(app_factory: str, options: dict[str, Any], workers: int) -> None:
    """Serve `app_factory` (an import string) from `workers` processes on the host and port
    of `options` (uvicorn.Config keywords) until SIGINT or SIGTERM, or until a worker dies:
    then it stops them all, and exits non-zero if a worker died. A service at part strength
    would go unnoticed; a process manager restarts a whole one."""
    try:
        listener = _listen(options["host"], options["port"])
    except OSError as exc:  # the port taken, say: say so, as uvicorn does, not a traceback
        raise SystemExit(f"cannot listen on {options['host']}:{options['port']}: {exc}") from exc
    channels = [socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET) for _ in range(workers)]
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(target=_run_worker, args=(app_factory, options, theirs))
        for _, theirs in channels
    ]
    for process in processes:
        process.start()
    for _, theirs in channels:
        theirs.close()  # each worker has its own copy now
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        _deal(listener, [ours for ours, _ in channels], processes, stop)
    finally:
        listener.close()  # no new connections while the workers finish what they have
        for process in processes:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn finishes the requests in flight
        for process in processes:
            process.join(timeout=30)
    if not stop.is_set():
        raise SystemExit("an API worker process died; the others were stopped")


def _listen(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    listener = socket.socket(family, kind, proto)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(address)
    listener.listen(LISTEN_BACKLOG)
    listener.setblocking(False)
    return listener


def _deal(
    listener: socket.socket,
    channels: list[socket.socket],
    workers: Sequence[multiprocessing.process.BaseProcess],
    stop: threading.Event,
) -> None:
    """Hand each accepted connection to the next worker until `stop` or a worker's death."""
    turn = 0
    with selectors.DefaultSelector() as selector:
        selector.register(listener, selectors.EVENT_READ)
        while not stop.is_set() and all(worker.is_alive() for worker in workers):
            if not selector.select(timeout=0.5):
                continue
            try:
                connection, _ = listener.accept()
            except (BlockingIOError, ConnectionAbortedError):
                continue  # the client gave up before we got to it
            except OSError as exc:  # out of descriptors, say: a later accept may succeed
                log.warning("accepting a connection failed: %s", exc)
                stop.wait(0.05)
                continue
            with connection:  # the worker gets a copy; this one closes
                try:
                    socket.send_fds(channels[turn], [b"c"], [connection.fileno()])
                except OSError:  # that worker is gone; the loop's check stops the service
                    continue
            turn = (turn + 1) % len(channels)


def _run_worker(app_factory: str, options: dict[str, Any], channel: socket.socket) -> None:
    config = uvicorn.Config(app_factory, factory=True, **options)
    DealtServer(config, channel).run()


class DealtServer(uvicorn.Server):
    """A uvicorn server with no listening socket of its own: it serves the connections whose
    descriptors arrive on `channel`, and stops when the parent's end of it closes."""

    def __init__(self, config: uvicorn.Config, channel: socket.socket) -> None:
        super().__init__(config)
        self._channel = channel
        self._starting: set[asyncio.Task[None]] = set()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=[])
        if not self.started:
            return
        loop = asyncio.get_running_loop()

        def protocol() -> asyncio.Protocol:  # what uvicorn's startup gives its own servers
            return self.config.http_protocol_class(  # type: ignore[call-arg]
                config=self.config,
                server_state=self.server_state,
                app_state=self.lifespan.state,
                _loop=loop,
            )

        def receive() -> None:
            while True:
                try:
                    message, descriptors, _, _ = socket.recv_fds(self._channel, 1, 1)
                except BlockingIOError:
                    return
                if not message:  # the parent is gone
                    loop.remove_reader(self._channel.fileno())
                    self.should_exit = True
                    return
                for descriptor in descriptors:
                    task = loop.create_task(serve(socket.socket(fileno=descriptor)))
                    self._starting.add(task)  # referenced until done, so not collected
                    task.add_done_callback(self._starting.discard)

        async def serve(connection: socket.socket) -> None:
            try:
                await loop.connect_accepted_socket(protocol, connection)
            except OSError:  # the client left in between
                connection.close()

        self._channel.setblocking(False)
        loop.add_reader(self._channel.fileno(), receive)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        asyncio.get_running_loop().remove_reader(self._channel.fileno())
        await super().shutdown(sockets)

"""A real, throwaway Neo4j 5.26 community server for tests, built from Maven Central jars.

Why: integration tests need a real Neo4j, and this project has no Docker. Maven resolves the
server jars once (scripts/neo4j/pom.xml) into the git-ignored .cache/neo4j/lib; each start()
then gets a temporary home, free loopback ports and a generated password.

    python scripts/neo4j_local.py fetch    # download the jars once (later runs use the cache)
    python scripts/neo4j_local.py serve    # run one until Ctrl-C, print NEO4J_* exports

From Python (e.g. a pytest fixture)::

    with neo4j_local.start() as server:
        driver = GraphDatabase.driver(server.uri, auth=(server.user, server.password))
"""

import argparse
import atexit
import contextlib
import fcntl
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Self

SCRIPTS_DIR = Path(__file__).resolve().parent
POM = SCRIPTS_DIR / "neo4j" / "pom.xml"
DEFAULT_CACHE = SCRIPTS_DIR.parent / ".cache" / "neo4j"
MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
USER = "neo4j"  # the only user a fresh community server knows
BROWSER_JAR_PREFIX = "neo4j-browser-"
MIN_JAVA = 17
HASH_ITERATIONS = 1024  # what neo4j-admin's set-initial-password writes for SHA-256

# Flags from the 5.26 distribution's neo4j.conf that matter when we launch java ourselves, but
# tuned for a short-lived server on 2 cores: C1 only and the serial GC halve the CPU spent
# starting (about 22 s -> 11 s of CPU measured), and AlwaysPreTouch is left out.
FAST_START_FLAGS = ("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
# For benchmarks: the distribution's own choice, full JIT and G1, slower to start.
PEAK_FLAGS = ("-XX:+UseG1GC",)
JVM_FLAGS = (
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
)


class Neo4jLocalError(RuntimeError):
    """Fetching or starting the local Neo4j failed; the message says what to look at."""


class _PortTakenError(Neo4jLocalError):
    """Another process grabbed one of our ports between picking and binding; try new ones."""


# ---------------------------------------------------------------------------------------------
# fetch


def fetch(cache_dir: Path | None = None) -> Path:
    """Download the server jars with Maven once; later calls reuse them without network."""
    cache = (cache_dir or DEFAULT_CACHE).resolve()
    lib = cache / "lib"
    stamp = _pom_stamp()
    if _is_complete(cache, stamp):
        return lib
    cache.mkdir(parents=True, exist_ok=True)
    with _locked(cache / ".lock"):  # parallel test workers must not download twice
        if not _is_complete(cache, stamp):
            _download(cache, stamp)
    return lib


def _pom_stamp() -> str:
    """Hash of the pom: editing versions there invalidates the cache."""
    return hashlib.sha256(POM.read_bytes()).hexdigest()


def _marker(cache: Path) -> Path:
    return cache / "complete.json"


def _is_complete(cache: Path, stamp: str) -> bool:
    """True when the marker matches the pom and every jar it lists is still there."""
    try:
        marker = json.loads(_marker(cache).read_text())
    except (OSError, ValueError):
        return False
    jars = marker.get("jars") or []
    lib = cache / "lib"
    return marker.get("pom_sha256") == stamp and all((lib / jar).is_file() for jar in jars)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _download(cache: Path, stamp: str) -> None:
    """Copy the pom's runtime dependencies into lib/, via a partial folder so a crash is safe."""
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jLocalError("mvn not found on PATH: Maven is needed once to fetch Neo4j")
    partial = cache / "lib.partial"
    shutil.rmtree(partial, ignore_errors=True)
    command = [
        mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
        f"-DoutputDirectory={partial}", "-DincludeScope=runtime",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr)[-4000:]
        raise Neo4jLocalError(f"mvn failed ({result.returncode}) fetching Neo4j:\n{output}")
    jars = sorted(path.name for path in partial.glob("*.jar"))
    if not any(jar.startswith("neo4j-server-") for jar in jars):
        raise Neo4jLocalError(f"mvn finished but {partial} holds no neo4j-server jar")
    lib = cache / "lib"
    shutil.rmtree(lib, ignore_errors=True)
    partial.rename(lib)
    _marker(cache).write_text(json.dumps({"pom_sha256": stamp, "jars": jars}, indent=1))


# ---------------------------------------------------------------------------------------------
# java


def find_java() -> str:
    """The java executable from JAVA_HOME, else PATH; Neo4j 5.26 needs Java 17 or 21."""
    java_home = os.environ.get("JAVA_HOME")
    candidate = Path(java_home, "bin", "java") if java_home else None
    java = str(candidate) if candidate and candidate.is_file() else shutil.which("java")
    if java is None:
        raise Neo4jLocalError("java not found: set JAVA_HOME or put Java 17/21 on PATH")
    major = _java_major(java)
    if major < MIN_JAVA:
        raise Neo4jLocalError(f"{java} is Java {major}; Neo4j 5.26 needs Java 17 or 21")
    return java


def _java_major(java: str) -> int:
    """Major version from `java -version` ("17.0.15" -> 17, "1.8.0" -> 8)."""
    result = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    match = re.search(r'version "(\d+)(?:\.(\d+))?', result.stderr + result.stdout)
    if match is None:
        raise Neo4jLocalError(f"cannot read the Java version of {java}: {result.stderr.strip()}")
    first, second = int(match.group(1)), int(match.group(2) or 0)
    return second if first == 1 else first


# ---------------------------------------------------------------------------------------------
# server


@dataclass
class Neo4jServer:
    """One throwaway Neo4j: connection details, its temporary home and its java process."""

    uri: str
    http_url: str
    user: str
    password: str
    home: Path
    bolt_port: int
    http_port: int
    command: list[str] = field(repr=False)
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    watchdog: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def browser_url(self) -> str:
        """Neo4j Browser's page (served only when the browser jar is on the class path)."""
        return f"{self.http_url}/browser/"

    @property
    def log_file(self) -> Path:
        """The java process's stdout and stderr; Neo4j's own logs sit beside it."""
        return self.home / "logs" / "console.log"

    def is_running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def terminate(self, timeout: float = 60.0) -> None:
        """Shut Neo4j down cleanly (SIGTERM, SIGKILL after timeout); the data stays."""
        self._signal_and_wait(signal.SIGTERM, timeout)

    def kill(self) -> None:
        """Crash Neo4j (SIGKILL) for fault-injection tests; start_again() recovers the data."""
        self._signal_and_wait(signal.SIGKILL, 30.0)

    def start_again(self, timeout: float = 120.0) -> None:
        """Start the same home on the same ports after terminate() or kill()."""
        if self.is_running():
            raise Neo4jLocalError("start_again() needs the server stopped first")
        self.launch()
        _wait_until_up(self, timeout)

    def launch(self) -> None:
        """Spawn java, plus a watchdog that kills it should this Python die without stop()."""
        self.process = _launch(self.command, self.home)
        self.watchdog = _watch(self.process.pid)

    def stop(self) -> None:
        """Kill the process and delete the temporary home (no clean shutdown: nothing is kept)."""
        atexit.unregister(self.stop)
        try:
            self.kill()
        finally:
            shutil.rmtree(self.home, ignore_errors=True)

    def _signal_and_wait(self, sig: signal.Signals, timeout: float) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            _signal_group(process, sig)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                _signal_group(process, signal.SIGKILL)
                process.wait()
        watchdog, self.watchdog = self.watchdog, None
        if watchdog is not None and watchdog.stdin is not None:
            watchdog.stdin.close()  # EOF: it signals a group that is already gone, and exits
            watchdog.wait()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start(
    *,
    password: str | None = None,
    heap: str = "512m",
    browser: bool = True,
    page_cache: str = "64m",
    timeout: float = 120.0,
    cache_dir: Path | None = None,
    peak: bool = False,
) -> Neo4jServer:
    """Start a fresh Neo4j on free loopback ports, auth on, and wait until Bolt and HTTP answer.

    The caller owns the result: call stop() (or use it as a context manager). `peak` trades a
    slower start for full JIT compilation: for benchmarks, not tests.
    """
    lib = fetch(cache_dir)
    java = find_java()
    password = password or secrets.token_urlsafe(18)
    for _attempt in range(3):
        server = _prepare(
            java, lib, password, heap=heap, page_cache=page_cache, browser=browser, peak=peak
        )
        atexit.register(server.stop)  # no orphaned java if the caller forgets or crashes
        try:
            server.launch()
            _wait_until_up(server, timeout)
        except _PortTakenError:
            server.stop()
            continue
        except BaseException:
            server.stop()
            raise
        return server
    raise Neo4jLocalError("could not bind free loopback ports after 3 attempts")


def _prepare(
    java: str,
    lib: Path,
    password: str,
    *,
    heap: str,
    page_cache: str,
    browser: bool,
    peak: bool = False,
) -> Neo4jServer:
    """Create the temporary home (conf, auth, data, logs) and the java command line."""
    home = Path(tempfile.mkdtemp(prefix="oncokg-neo4j-"))
    for folder in ("conf", "data/dbms", "logs", "run", "import", "plugins"):
        (home / folder).mkdir(parents=True)
    bolt_port, http_port = _free_ports(2)
    conf = _config(bolt_port, http_port, heap=heap, page_cache=page_cache)
    (home / "conf" / "neo4j.conf").write_text(conf)
    _write_initial_password(home / "data" / "dbms" / "auth.ini", USER, password)
    jars = sorted(lib.glob("*.jar"))
    if not browser:
        jars = [jar for jar in jars if not jar.name.startswith(BROWSER_JAR_PREFIX)]
    command = [
        java, f"-Xms{heap}", f"-Xmx{heap}", *(PEAK_FLAGS if peak else FAST_START_FLAGS),
        *JVM_FLAGS,
        "-cp", os.pathsep.join(str(jar) for jar in jars),
        MAIN_CLASS, f"--home-dir={home}", f"--config-dir={home / 'conf'}",
    ]  # fmt: skip
    return Neo4jServer(
        uri=f"bolt://127.0.0.1:{bolt_port}",
        http_url=f"http://127.0.0.1:{http_port}",
        user=USER,
        password=password,
        home=home,
        bolt_port=bolt_port,
        http_port=http_port,
        command=command,
    )


def _free_ports(count: int) -> list[int]:
    """Ports the kernel says are free now; all sockets stay open until all are picked."""
    with contextlib.ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket()) for _ in range(count)]
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]


def _config(bolt_port: int, http_port: int, *, heap: str, page_cache: str) -> str:
    """neo4j.conf: loopback only, small memory, auth on, no usage reports."""
    lines = [
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{bolt_port}",
        f"server.http.listen_address=127.0.0.1:{http_port}",
        f"server.http.advertised_address=127.0.0.1:{http_port}",
        "server.https.enabled=false",
        f"server.memory.heap.initial_size={heap}",
        f"server.memory.heap.max_size={heap}",
        f"server.memory.pagecache.size={page_cache}",
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",
        "db.tx_log.preallocate=false",
        "db.tx_log.rotation.retention_policy=1 files",
        # Bolt's netty shutdown otherwise idles 5 s twice, making terminate() take 10 s+.
        "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
        "internal.dbms.bolt.netty_server_shutdown_timeout=2s",
    ]
    return "\n".join(lines) + "\n"


def _write_initial_password(path: Path, user: str, password: str) -> None:
    """Write the file `neo4j-admin dbms set-initial-password` writes, without a second JVM.

    The system database reads it on its first start and gives the user this password with
    no forced change. Format: user:SHA-256,<hash hex>,<salt hex>,<iterations>: where hash is
    SHA-256 over salt + password, re-hashed until `iterations` rounds (Shiro's SimpleHash).
    """
    salt = secrets.token_bytes(32)
    digest = hashlib.sha256(salt + password.encode()).digest()
    for _ in range(HASH_ITERATIONS - 1):
        digest = hashlib.sha256(digest).digest()
    credential = f"SHA-256,{digest.hex()},{salt.hex()},{HASH_ITERATIONS}"
    path.write_text(f"{user}:{credential}:\n")
    path.chmod(0o600)


def _launch(command: list[str], home: Path) -> subprocess.Popen[bytes]:
    """Start java in its own process group, output appended to logs/console.log."""
    with (home / "logs" / "console.log").open("ab") as log:
        return subprocess.Popen(
            command,
            cwd=home,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


# Reads stdin until EOF, which comes when the parent closes it or dies, then kills the group.
_WATCHDOG = """import os, signal, sys
sys.stdin.buffer.read()
try:
    os.killpg(int(sys.argv[1]), signal.SIGKILL)
except ProcessLookupError:
    pass
"""


def _watch(pgid: int) -> subprocess.Popen[bytes]:
    """A tiny process that kills java's group once our end of its stdin pipe closes."""
    return subprocess.Popen(
        [sys.executable, "-c", _WATCHDOG, str(pgid)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        start_new_session=True,  # a Ctrl-C in the terminal must not kill it before java
    )


def _signal_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)  # start_new_session: the group id is the java pid


def _wait_until_up(server: Neo4jServer, timeout: float) -> None:
    """Poll until Bolt runs a query and HTTP answers; raise with the log tail otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        process = server.process
        if process is None or process.poll() is not None:
            code = None if process is None else process.returncode
            tail = _log_tail(server.home)
            if "Address already in use" in tail:
                raise _PortTakenError(tail)
            raise Neo4jLocalError(f"Neo4j exited during startup (code {code}).\n{tail}")
        if _bolt_ready(server) and _http_ready(server.http_url):
            return
        if time.monotonic() > deadline:
            raise Neo4jLocalError(
                f"Neo4j did not answer on {server.uri} within {timeout:.0f} s.\n"
                + _log_tail(server.home)
            )
        time.sleep(0.25)


def _bolt_ready(server: Neo4jServer) -> bool:
    """True once Bolt accepts our password and the default database runs RETURN 1."""
    from neo4j import GraphDatabase  # imported late: `fetch` must work without the driver
    from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError

    if not _port_open(server.bolt_port):
        return False
    auth = (server.user, server.password)
    try:
        with GraphDatabase.driver(server.uri, auth=auth, connection_timeout=5) as driver:
            driver.execute_query("RETURN 1")
    except (ServiceUnavailable, SessionExpired, TransientError, OSError):
        return False
    return True


def _http_ready(http_url: str) -> bool:
    try:
        with urllib.request.urlopen(http_url + "/", timeout=5) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def _port_open(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        return True
    return False


def _log_tail(home: Path, lines: int = 40) -> str:
    """Last lines of the console, user and debug logs: what a startup failure leaves."""
    parts = []
    for name in ("console.log", "neo4j.log", "debug.log"):
        path = home / "logs" / name
        if path.is_file():
            text = path.read_text(errors="replace").splitlines()[-lines:]
            parts.append(f"--- {path} (last {len(text)} lines) ---\n" + "\n".join(text))
    return "\n".join(parts) or f"(no logs under {home / 'logs'})"


# ---------------------------------------------------------------------------------------------
# CLI


def main(argv: list[str] | None = None) -> int:
    """`fetch` downloads the jars; `serve` runs a server until Ctrl-C or SIGTERM."""
    args = _parser().parse_args(argv)
    if args.command == "fetch":
        began = time.monotonic()
        lib = fetch(args.cache_dir)
        jars = len(list(lib.glob("*.jar")))
        print(f"{jars} jars in {lib} ({time.monotonic() - began:.1f} s)")
        return 0
    return _serve(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache-dir", type=Path, default=None, help="default: .cache/neo4j")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("fetch", help="download the Neo4j jars into the cache")
    serve = commands.add_parser("serve", help="run a throwaway server until Ctrl-C")
    serve.add_argument("--password", default=None, help="default: a generated one")
    serve.add_argument("--heap", default="512m")
    serve.add_argument("--no-browser", action="store_true", help="leave Neo4j Browser out")
    serve.add_argument("--page-cache", default="64m")
    serve.add_argument("--peak", action="store_true", help="full JIT, for benchmarks")
    return parser


def _serve(args: argparse.Namespace) -> int:
    began = time.monotonic()
    server = start(
        password=args.password, heap=args.heap, browser=not args.no_browser,
        cache_dir=args.cache_dir, page_cache=args.page_cache, peak=args.peak,
    )  # fmt: skip
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # run the finally below
    try:
        print(f"# Neo4j up in {time.monotonic() - began:.1f} s; home {server.home}")
        print(f"export NEO4J_URI={server.uri}")
        print(f"export NEO4J_USER={server.user}")
        print(f"export NEO4J_PASSWORD={server.password}")
        print("export NEO4J_DATABASE=neo4j")
        if not args.no_browser:
            print(f"# Browser: {server.browser_url} (connect to {server.uri})")
        print("# Ctrl-C stops it and deletes its home.", flush=True)
        if server.process is not None:
            server.process.wait()
        return 1  # the server died on its own
    except KeyboardInterrupt:
        return 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())

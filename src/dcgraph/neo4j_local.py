"""The managed local Neo4j: Neo4j Community from Maven Central, run on the local JVM.

Nothing of the server is dcgraph's own: Maven fetches Neo4j's released jars once into a
cache folder, and the server starts through Neo4j's own entry point
(`org.neo4j.server.CommunityEntryPoint`) with a private home under the data folder. It
listens on 127.0.0.1 only, with authentication on and a generated password that only the
user can read.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dcgraph.errors import LocalNeo4jError
from dcgraph.settings import Settings

log = logging.getLogger(__name__)

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
MINIMUM_JAVA = 17
#: Java releases Neo4j 5.26 supports; newer ones are refused by the server at start.
SUPPORTED_JAVA = (17, 21)
#: The JVM flags the official distribution's neo4j.conf adds for the server, except the
#: collector: the parallel one instead of G1. The managed server serves one loader or analyst
#: on a small machine, where throughput matters more than pause times; on 2 cores a load
#: spends about a fifth less server CPU with it (G1's concurrent work competes with the
#: transaction and with the JIT compiler).
JVM_FLAGS = (
    "-XX:+UseParallelGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
)

POM_TEMPLATE = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dcgraph.local</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>{neo4j}</version>
  <packaging>pom</packaging>
  <description>Neo4j Community {neo4j}: the jars its distribution's lib/ has</description>
  <dependencies>
    <dependency>
      <groupId>org.neo4j.app</groupId><artifactId>neo4j-server</artifactId><version>{neo4j}</version>
    </dependency>
    <dependency>
      <groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>{neo4j}</version>
    </dependency>
    <dependency>
      <groupId>org.neo4j.client</groupId><artifactId>neo4j-browser</artifactId>
      <version>{browser}</version>
    </dependency>
  </dependencies>
</project>
"""


@dataclass(frozen=True)
class LocalStatus:
    """What `dcgraph neo4j status` reports."""

    running: bool
    pid: int | None
    bolt_uri: str
    http_url: str
    version: str | None
    provisioned: bool
    server_dir: Path
    home: Path
    data_bytes: int


@dataclass(frozen=True)
class StartResult:
    status: LocalStatus
    already_running: bool
    seconds: float


def java_major_version(java: str) -> int:
    """The major release of a java executable (8 for 1.8, 17 for 17.0.15)."""
    try:
        completed = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=60, check=False
        )
    except FileNotFoundError as exc:
        raise LocalNeo4jError(
            "Java not found: the local Neo4j needs Java 17 or 21",
            hint="install a JDK 17 (e.g. apt install openjdk-17-jre-headless) or set JAVA_HOME",
        ) from exc
    match = re.search(r'version "(\d+)(?:\.(\d+))?', completed.stderr + completed.stdout)
    if not match:
        raise LocalNeo4jError(f"could not read the version of {java}")
    major = int(match.group(1))
    if major == 1 and match.group(2):
        major = int(match.group(2))
    return major


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # As Neo4j's own listener does: connections in TIME_WAIT do not block the port.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise
    return True


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def folder_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += (Path(root) / name).stat().st_size
    return total


class LocalNeo4j:
    """One managed Neo4j: a provisioned server (cache) and a private home (data folder)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.server_dir = settings.cache_dir / f"neo4j-{settings.neo4j_version}"
        self.lib_dir = self.server_dir / "lib"
        self.home = settings.data_dir / "neo4j"
        self.conf_dir = self.home / "conf"
        self.logs_dir = self.home / "logs"
        self.run_dir = self.home / "run"
        self.password_file = self.home / "password"
        self.pid_file = self.run_dir / "neo4j.pid"
        self.console_log = self.logs_dir / "console.log"

    # --- addresses and credentials -------------------------------------------------------

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.settings.bolt_port}"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.http_port}"

    def password(self) -> str:
        """The generated password of the local `neo4j` user, created on first use."""
        if self.password_file.exists():
            return self.password_file.read_text(encoding="utf-8").strip()
        self.home.mkdir(parents=True, exist_ok=True)
        # Hex, not URL-safe base64: neo4j-admin reads a password that starts with "-" (one
        # in 64 of those) as an option and refuses to start the server.
        password = secrets.token_hex(24)
        # Created with the final mode so the password is never readable by others.
        fd = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(password + "\n")
        return password

    # --- provisioning ---------------------------------------------------------------------

    def java(self) -> str:
        """The java executable to run Neo4j with, checked to be a release Neo4j supports."""
        candidates: list[str] = []
        if self.settings.java:
            candidates.append(self.settings.java)
        if os.environ.get("JAVA_HOME"):
            candidates.append(str(Path(os.environ["JAVA_HOME"]) / "bin" / "java"))
        on_path = shutil.which("java")
        if on_path:
            candidates.append(on_path)
        if not candidates:
            raise LocalNeo4jError(
                "Java not found: the local Neo4j needs Java 17 or 21",
                hint="install a JDK 17 (e.g. apt install openjdk-17-jre-headless) "
                "or set JAVA_HOME / DCGRAPH_JAVA",
            )
        seen: list[str] = []
        for java in dict.fromkeys(candidates):
            major = java_major_version(java)
            if major in SUPPORTED_JAVA:
                return java
            seen.append(f"{java} is Java {major}")
        raise LocalNeo4jError(
            f"no supported Java found ({'; '.join(seen)}); "
            f"Neo4j {self.settings.neo4j_version} runs on Java 17 or 21",
            hint="install a JDK 17 or point DCGRAPH_JAVA at one",
        )

    @property
    def provisioned(self) -> bool:
        return (self.server_dir / ".complete").exists()

    def provision(self, announce: Callable[[str], None] | None = None) -> Path:
        """Fetch Neo4j's jars from Maven Central into the cache, once per version.
        `announce` hears about the download just before it starts (it takes a while)."""
        if self.provisioned:
            return self.lib_dir
        self.java()
        maven = shutil.which("mvn")
        if maven is None:
            raise LocalNeo4jError(
                "Maven (mvn) not found: dcgraph uses it once to fetch Neo4j from Maven Central",
                hint="install Maven 3.6+ (e.g. apt install maven) or set NEO4J_URI "
                "to a Neo4j of your own",
            )
        self.server_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".provision-", dir=self.server_dir.parent))
        try:
            pom = staging / "pom.xml"
            pom.write_text(
                POM_TEMPLATE.format(
                    neo4j=self.settings.neo4j_version, browser=self.settings.browser_version
                ),
                encoding="utf-8",
            )
            command = [
                maven,
                "-B",
                "-q",
                "-f",
                str(pom),
                "dependency:copy-dependencies",
                f"-DoutputDirectory={staging / 'lib'}",
                "-DincludeScope=runtime",
            ]
            message = f"Fetching Neo4j {self.settings.neo4j_version} from Maven Central (once)..."
            log.info(message)
            if announce is not None:
                announce(message)
            completed = subprocess.run(
                command, capture_output=True, text=True, timeout=1800, check=False
            )
            jars = list((staging / "lib").glob("*.jar"))
            if completed.returncode != 0 or not jars:
                output = (completed.stdout + completed.stderr).strip().splitlines()
                reason = next(
                    (line.strip() for line in output if "ERROR" in line), "no jars were fetched"
                )
                raise LocalNeo4jError(
                    f"download of Neo4j {self.settings.neo4j_version} from Maven Central "
                    f"failed: {reason[:300]}",
                    hint="check the network or the Maven mirror in ~/.m2/settings.xml",
                )
            (staging / ".complete").write_text(
                "\n".join(sorted(jar.name for jar in jars)) + "\n", encoding="utf-8"
            )
            try:
                staging.rename(self.server_dir)
            except OSError:
                # Another process provisioned the same version meanwhile; theirs is as good.
                if not self.provisioned:
                    raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return self.lib_dir

    # --- the server process ---------------------------------------------------------------

    def _config(self) -> str:
        settings = self.settings
        bolt, http = settings.bolt_port, settings.http_port
        lines = {
            "server.default_listen_address": "127.0.0.1",
            "server.default_advertised_address": "127.0.0.1",
            "server.bolt.listen_address": f"127.0.0.1:{bolt}",
            "server.bolt.advertised_address": f"127.0.0.1:{bolt}",
            "server.http.listen_address": f"127.0.0.1:{http}",
            "server.http.advertised_address": f"127.0.0.1:{http}",
            "server.http.enabled": "true",
            "server.https.enabled": "false",
            "dbms.security.auth_enabled": "true",
            "dbms.usage_report.enabled": "false",
            "server.memory.heap.initial_size": settings.heap_size,
            "server.memory.heap.max_size": settings.heap_size,
            "server.memory.pagecache.size": settings.pagecache_size,
            "server.directories.data": str(self.home / "data"),
            "server.directories.logs": str(self.logs_dir),
            "server.directories.run": str(self.run_dir),
            "server.directories.import": str(self.home / "import"),
            "server.directories.plugins": str(self.home / "plugins"),
            "server.directories.lib": str(self.lib_dir),
            # Logs are only needed for crash recovery here, and a day of nightly reloads or
            # benchmarks can write gigabytes; cap them by size rather than by age.
            "db.tx_log.rotation.retention_policy": "1G size",
            # Preallocated 256 MiB transaction logs would make an empty database 0.5 GiB.
            "db.tx_log.preallocate": "false",
        }
        header = "# Written by dcgraph at every start; edit dcgraph's settings instead.\n"
        return header + "".join(f"{key}={value}\n" for key, value in lines.items())

    def _prepare_home(self) -> None:
        for folder in (
            self.conf_dir,
            self.logs_dir,
            self.run_dir,
            self.home / "data",
            self.home / "import",
            self.home / "plugins",
        ):
            folder.mkdir(parents=True, exist_ok=True)
        (self.conf_dir / "neo4j.conf").write_text(self._config(), encoding="utf-8")

    def _java_environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env["NEO4J_HOME"] = str(self.home)
        env["NEO4J_CONF"] = str(self.conf_dir)
        return env

    def _set_initial_password(self, java: str) -> None:
        if (self.home / "data" / "dbms").exists():
            return  # the system database exists: its password was set at the first start
        completed = subprocess.run(
            [
                java,
                "-cp",
                f"{self.lib_dir}/*",
                ADMIN_TOOL,
                "dbms",
                "set-initial-password",
                self.password(),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            env=self._java_environment(),
            check=False,
        )
        if completed.returncode != 0:
            raise LocalNeo4jError(
                "setting the local Neo4j's initial password failed: "
                + (completed.stderr.strip().splitlines() or ["no output"])[-1]
            )

    def read_pid(self) -> int | None:
        """The pid of the running server, or None (a stale pid file is ignored)."""
        try:
            pid = int(self.pid_file.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            return None
        cmdline = Path(f"/proc/{pid}/cmdline")
        if cmdline.exists():
            arguments = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
            if ENTRY_POINT not in arguments or str(self.home) not in arguments:
                return None  # the pid was reused by another process
        return pid

    def start(self, announce: Callable[[str], None] | None = None) -> StartResult:
        """Start the server in the background and wait until Bolt answers."""
        began = time.monotonic()
        if self.read_pid() is not None:
            return StartResult(self.status(), already_running=True, seconds=0.0)
        for name, port in (("Bolt", self.settings.bolt_port), ("HTTP", self.settings.http_port)):
            if not port_is_free(port):
                setting = "DCGRAPH_BOLT_PORT" if name == "Bolt" else "DCGRAPH_HTTP_PORT"
                raise LocalNeo4jError(
                    f"port {port} ({name}) on 127.0.0.1 is already in use",
                    hint=f"stop what listens there or choose another port with {setting}",
                )
        java = self.java()
        self.provision(announce)
        self._prepare_home()
        self._set_initial_password(java)
        command = [
            java,
            f"-Xms{self.settings.heap_size}",
            f"-Xmx{self.settings.heap_size}",
            *JVM_FLAGS,
            "-cp",
            f"{self.lib_dir}/*",
            ENTRY_POINT,
            f"--home-dir={self.home}",
            f"--config-dir={self.conf_dir}",
        ]
        with self.console_log.open("ab") as console:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=subprocess.STDOUT,
                env=self._java_environment(),
                start_new_session=True,  # survives the CLI that started it
            )
        self.pid_file.write_text(f"{process.pid}\n", encoding="utf-8")
        try:
            self._wait_for_bolt(process)
        except BaseException:
            self._terminate(process.pid, timeout=30)
            self.pid_file.unlink(missing_ok=True)
            raise
        return StartResult(self.status(), already_running=False, seconds=time.monotonic() - began)

    def _wait_for_bolt(self, process: subprocess.Popen[bytes]) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable

        deadline = time.monotonic() + self.settings.start_timeout
        auth = ("neo4j", self.password())
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise LocalNeo4jError(
                    f"the local Neo4j exited during start (code {process.returncode}); "
                    f"last log lines:\n{self.logs(20)}"
                )
            try:
                with GraphDatabase.driver(self.bolt_uri, auth=auth) as driver:
                    driver.verify_connectivity()
                return
            except (ServiceUnavailable, OSError):
                time.sleep(0.5)
            except AuthError as exc:
                raise LocalNeo4jError(
                    f"the local Neo4j refused the password in {self.password_file}",
                    hint=f"delete {self.home} to start over with a fresh database",
                ) from exc
        raise LocalNeo4jError(
            f"the local Neo4j did not answer on {self.bolt_uri} within "
            f"{self.settings.start_timeout:.0f} s; last log lines:\n{self.logs(20)}",
            hint="raise DCGRAPH_START_TIMEOUT on a slow machine",
        )

    def _terminate(self, pid: int, timeout: float) -> bool:
        """SIGTERM (Neo4j's own clean shutdown), then SIGKILL after the timeout."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not _alive(pid):
                return True
            time.sleep(0.2)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        return False

    def stop(self, timeout: float = 120.0) -> bool:
        """Stop the server gracefully; False when it was not running."""
        pid = self.read_pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        clean = self._terminate(pid, timeout)
        self.pid_file.unlink(missing_ok=True)
        if not clean:
            log.warning("the local Neo4j did not stop within %.0f s and was killed", timeout)
        return True

    def kill(self) -> bool:
        """SIGKILL, as a crash would: used to show that loads survive one."""
        pid = self.read_pid()
        if pid is None:
            return False
        os.kill(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.05)
        self.pid_file.unlink(missing_ok=True)
        return True

    def server_version(self) -> str | None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        try:
            with GraphDatabase.driver(self.bolt_uri, auth=("neo4j", self.password())) as driver:
                records, _, _ = driver.execute_query(
                    "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
                    database_="system",
                )
                return str(records[0]["version"])
        except (Neo4jError, ServiceUnavailable, OSError):
            return None

    def status(self) -> LocalStatus:
        pid = self.read_pid()
        return LocalStatus(
            running=pid is not None,
            pid=pid,
            bolt_uri=self.bolt_uri,
            http_url=self.http_url,
            version=self.server_version() if pid is not None else None,
            provisioned=self.provisioned,
            server_dir=self.server_dir,
            home=self.home,
            data_bytes=folder_size(self.home / "data") if self.home.exists() else 0,
        )

    def logs(self, lines: int = 50) -> str:
        """The last lines of the server's own log (neo4j.log), else its console output."""
        for candidate in (self.logs_dir / "neo4j.log", self.console_log):
            if candidate.exists() and candidate.stat().st_size:
                return "\n".join(_tail(candidate, lines))
        return ""

    def ensure_running(self) -> None:
        """Start the server unless it runs already: the embedded default for newcomers."""
        if self.read_pid() is None:
            self.start()


def _alive(pid: int) -> bool:
    try:
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    if stat.exists():
        with contextlib.suppress(OSError):
            if stat.read_text().split(") ", 1)[1].startswith("Z"):
                return False  # a zombie has exited; only its parent has not reaped it
    return True


def _tail(path: Path, lines: int) -> Iterator[str]:
    with path.open("rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 64 * 1024))
        text = handle.read().decode("utf-8", errors="replace")
    yield from text.splitlines()[-lines:]

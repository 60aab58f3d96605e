"""The Neo4j server that diplograph provisions and runs for itself, and how to reach any server.

Layout under the diplograph home (``$DIPLOGRAPH_HOME``, else the nearest ``.diplograph`` folder
above the working directory, else ``./.diplograph``)::

    lib/                 Neo4j 5.26 Community jars, copied there by Maven from Maven Central
    neo4j/               the default instance (Bolt on 127.0.0.1:7687)
      conf/neo4j.conf    generated config
      data/ logs/ run/   the server's own directories
      password           generated initial password, readable by its owner only
      lib -> ../lib
    neo4j-test/          the instance the test suite uses (Bolt on 127.0.0.1:7688), so that running
                         the tests never touches the graph you built
    neo4j-bench/         the benchmarks' instance (7689)
    neo4j-fault/         the instance the store-fault tests stop and restart (7690)

When ``NEO4J_URI`` is set, that server is used instead and nothing is started.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

MAIN_CLASS = "org.neo4j.server.startup.Neo4jCommand"
ADMIN_CLASS = "org.neo4j.server.startup.Neo4jAdminCommand"
INSTANCE_PORTS = {"neo4j": 7687, "neo4j-test": 7688, "neo4j-bench": 7689, "neo4j-fault": 7690}
PORT_VARIABLES = {
    "neo4j": "DIPLOGRAPH_BOLT_PORT",
    "neo4j-test": "DIPLOGRAPH_TEST_BOLT_PORT",
    "neo4j-bench": "DIPLOGRAPH_BENCH_BOLT_PORT",
    # stopped and restarted by the store-fault tests, so that no other test loses its server
    "neo4j-fault": "DIPLOGRAPH_FAULT_BOLT_PORT",
}
DEFAULT_INSTANCE = "neo4j"
TEST_INSTANCE = "neo4j-test"


class ServerError(RuntimeError):
    """A one-line problem with the managed server, with what to do about it."""


@dataclass(frozen=True)
class Connection:
    """Where a Neo4j server is and how to log in (the password never appears in repr)."""

    uri: str
    user: str
    password: str
    database: str | None
    managed: bool

    def __repr__(self) -> str:
        return (
            f"Connection(uri={self.uri!r}, user={self.user!r}, database={self.database!r}, "
            f"managed={self.managed})"
        )


def generate_password() -> str:
    """A random password for a new instance. It never starts with "-": neo4j-admin would read
    such an argument as an option and refuse to set it (seen once in 64 installs)."""
    return "n" + secrets.token_urlsafe(18)


def home() -> Path:
    """The diplograph home folder (see module docstring)."""
    env = os.environ.get("DIPLOGRAPH_HOME")
    if env:
        return Path(env).expanduser().resolve()
    cwd = Path.cwd().resolve()
    for folder in (cwd, *cwd.parents):
        if (folder / ".diplograph").is_dir():
            return folder / ".diplograph"
    return cwd / ".diplograph"


def external_connection() -> Connection | None:
    """The server named by the NEO4J_* variables, the names the Neo4j tools use, if any."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    return Connection(
        uri=uri,
        user=os.environ.get("NEO4J_USERNAME", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD", ""),
        database=os.environ.get("NEO4J_DATABASE") or None,
        managed=False,
    )


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) != 0


class ManagedServer:
    """One local Neo4j instance under the diplograph home."""

    host = "127.0.0.1"

    def __init__(
        self,
        instance: str = DEFAULT_INSTANCE,
        root: Path | None = None,
        bolt_port: int | None = None,
        http_port: int | None = None,
    ) -> None:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", instance):
            raise ServerError(f"bad instance name {instance!r}: use lowercase letters, digits, '-'")
        self.instance = instance
        self.root = root or home()
        self.dir = self.root / instance
        self.port_variable = PORT_VARIABLES.get(instance)
        env_port = os.environ.get(self.port_variable) if self.port_variable else None
        self.bolt_port = bolt_port or int(env_port or INSTANCE_PORTS.get(instance, 7689))
        # HTTP stays off unless a port is asked for (DIPLOGRAPH_HTTP_PORT or http_port).
        env_http = os.environ.get("DIPLOGRAPH_HTTP_PORT") if instance == DEFAULT_INSTANCE else None
        self.http_port = http_port or (int(env_http) if env_http else None)

    # -- paths -------------------------------------------------------------------------------
    @property
    def lib(self) -> Path:
        return self.root / "lib"

    @property
    def conf(self) -> Path:
        return self.dir / "conf"

    @property
    def password_file(self) -> Path:
        return self.dir / "password"

    @property
    def log_file(self) -> Path:
        return self.dir / "logs" / "neo4j.log"

    @property
    def uri(self) -> str:
        return f"bolt://{self.host}:{self.bolt_port}"

    # -- install -----------------------------------------------------------------------------
    def installed(self) -> bool:
        return any(self.lib.glob("neo4j-server-*.jar")) and (self.conf / "neo4j.conf").exists()

    def install(self, quiet: bool = True) -> None:
        """Copy the Neo4j jars with Maven, write the config, set the initial password. Idempotent."""
        java = find_java()
        if not any(self.lib.glob("neo4j-server-*.jar")):
            mvn = shutil.which("mvn")
            if not mvn:
                raise ServerError(
                    "Maven (mvn) is not installed: install it (Debian: apt-get install maven) "
                    "or set NEO4J_URI to use a Neo4j server you already run"
                )
            self.lib.mkdir(parents=True, exist_ok=True)
            with resources.as_file(resources.files("diplograph.graph") / "runtime/pom.xml") as pom:
                cmd = [
                    mvn, "-B", "-f", str(pom), "dependency:copy-dependencies",
                    "-DincludeScope=runtime", f"-DoutputDirectory={self.lib}",
                ]  # fmt: skip
                if quiet:
                    cmd.insert(1, "-q")
                env = {**os.environ, "JAVA_HOME": str(Path(java).parent.parent)}
                proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
            if proc.returncode != 0:
                tail = " | ".join((proc.stdout + proc.stderr).strip().splitlines()[-3:])
                raise ServerError(f"Maven could not fetch Neo4j from Maven Central: {tail}")
        self._write_config()
        if not self.password_file.exists():
            password = generate_password()
            self._admin(java, "dbms", "set-initial-password", password)
            self.password_file.write_text(password + "\n")
            self.password_file.chmod(0o600)

    def _write_config(self) -> None:
        for sub in ("conf", "data", "logs", "run"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True)
        link = self.dir / "lib"
        if not link.exists():
            link.symlink_to(self.lib, target_is_directory=True)
        lines = [
            "# Written by `diplograph neo4j install`; rewritten on each install.",
            f"server.directories.data={self.dir / 'data'}",
            f"server.directories.logs={self.dir / 'logs'}",
            f"server.directories.run={self.dir / 'run'}",
            f"server.default_listen_address={self.host}",
            f"server.bolt.listen_address={self.host}:{self.bolt_port}",
            f"server.bolt.advertised_address={self.host}:{self.bolt_port}",
            "server.https.enabled=false",
            "server.memory.heap.initial_size=1g",
            "server.memory.heap.max_size=1g",
            "server.memory.pagecache.size=512m",
            "dbms.usage_report.enabled=false",
        ]
        if self.http_port:
            lines += [
                "server.http.enabled=true",
                f"server.http.listen_address={self.host}:{self.http_port}",
            ]
        else:
            lines.append("server.http.enabled=false")
        (self.conf / "neo4j.conf").write_text("\n".join(lines) + "\n")

    # -- run ---------------------------------------------------------------------------------
    def _env(self, java: str) -> dict[str, str]:
        return {
            **os.environ,
            "NEO4J_HOME": str(self.dir),
            "NEO4J_CONF": str(self.conf),
            "JAVA_HOME": str(Path(java).parent.parent),
        }

    def _launcher(self, java: str, main: str, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [java, "-cp", f"{self.lib}/*", main, *args]
        return subprocess.run(cmd, capture_output=True, text=True, env=self._env(java), timeout=180)

    def _admin(self, java: str, *args: str) -> None:
        proc = self._launcher(java, ADMIN_CLASS, *args)
        if proc.returncode != 0:
            raise ServerError(f"neo4j-admin {args[0]} {args[1]} failed: {_last_lines(proc)}")

    def pid(self) -> int | None:
        """The server's pid when it runs, from Neo4j's own pid file."""
        pid_file = self.dir / "run" / "neo4j.pid"
        try:
            pid = int(pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            return pid
        return pid

    def running(self) -> bool:
        return self.pid() is not None

    def start(self, timeout: float = 120.0) -> Connection:
        """Start the server in the background (once) and wait until Bolt answers."""
        if not self.running():
            if not _port_free(self.host, self.bolt_port):
                raise ServerError(
                    f"port {self.host}:{self.bolt_port} is taken by another process: stop it, "
                    f"set {self.port_variable or 'another bolt port'} to another port, or set NEO4J_URI "
                    "to use that server"
                )
            self.install()
            java = find_java()
            proc = self._launcher(java, MAIN_CLASS, "start")
            if proc.returncode != 0 and not self.running():
                raise ServerError(f"Neo4j did not start: {_last_lines(proc)} {self._log_tail()}")
        self._wait_for_bolt(timeout)
        return self.connection()

    def _wait_for_bolt(self, timeout: float) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable

        deadline = time.monotonic() + timeout
        conn = self.connection()
        last: Exception | None = None
        while time.monotonic() < deadline:
            if not self.running():
                raise ServerError(f"Neo4j stopped during start-up. {self._log_tail()}")
            try:
                with GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password)) as driver:
                    driver.verify_connectivity()
                return
            except AuthError as exc:
                raise ServerError(
                    f"Neo4j at {conn.uri} refused the password in {self.password_file}: the data "
                    f"folder predates it; remove {self.dir} and run `diplograph neo4j install`"
                ) from exc
            except (ServiceUnavailable, OSError) as exc:
                last = exc
                time.sleep(0.5)
        raise ServerError(
            f"Neo4j did not answer on {conn.uri} within {timeout:.0f}s ({last}). {self._log_tail()}"
        )

    def stop(self) -> bool:
        """Stop the server cleanly; False when it was not running."""
        if not self.running():
            return False
        proc = self._launcher(find_java(), MAIN_CLASS, "stop")
        if proc.returncode != 0 and self.running():
            raise ServerError(f"Neo4j did not stop: {_last_lines(proc)}")
        return True

    def connection(self) -> Connection:
        try:
            password = self.password_file.read_text().strip()
        except FileNotFoundError:
            raise ServerError(
                f"the managed Neo4j '{self.instance}' is not installed: run `diplograph neo4j install`"
            ) from None
        return Connection(self.uri, "neo4j", password, None, managed=True)

    def status(self) -> str:
        """One paragraph: where the server runs and how to connect."""
        if not self.installed():
            return f"Neo4j '{self.instance}' is not installed under {self.dir}: run `diplograph neo4j install`."
        pid = self.pid()
        state = f"running (pid {pid})" if pid else "stopped"
        return (
            f"Neo4j '{self.instance}' is {state}.\n"
            f"  bolt:     {self.uri}  (user neo4j, password in {self.password_file})\n"
            f"  home:     {self.dir}\n"
            f"  jars:     {self.lib}\n"
            f"  log:      {self.log_file}\n"
            f'  connect:  cypher-shell -a {self.uri} -u neo4j -p "$(cat {self.password_file})"'
        )

    def _log_tail(self, n: int = 5) -> str:
        for name in ("neo4j.log", "debug.log"):
            path = self.dir / "logs" / name
            if path.exists():
                lines = [ln for ln in path.read_text(errors="replace").splitlines() if ln.strip()]
                if lines:
                    return f"Last lines of {path}: " + " | ".join(lines[-n:])
        return f"(no log under {self.dir / 'logs'})"


def _last_lines(proc: subprocess.CompletedProcess[str], n: int = 3) -> str:
    lines = [ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.strip()]
    return " | ".join(lines[-n:]) or f"exit code {proc.returncode}"


def find_java() -> str:
    """A Java 17 or 21 runtime (what Neo4j 5.26 supports), preferring JAVA_HOME."""
    candidates: list[str] = []
    if os.environ.get("JAVA_HOME"):
        candidates.append(str(Path(os.environ["JAVA_HOME"]) / "bin" / "java"))
    candidates += sorted(str(p) for p in Path("/usr/lib/jvm").glob("*17*/bin/java"))
    candidates += sorted(str(p) for p in Path("/usr/lib/jvm").glob("*21*/bin/java"))
    if shutil.which("java"):
        candidates.append(shutil.which("java") or "java")
    seen = []
    for java in candidates:
        if java in seen or not Path(java).exists():
            continue
        seen.append(java)
        major = java_major(java)
        if major in (17, 21):
            return java
    raise ServerError(
        "Neo4j 5.26 needs Java 17 or 21 and none was found (checked JAVA_HOME, /usr/lib/jvm, PATH): "
        "install one (Debian: apt-get install openjdk-17-jre-headless) or set NEO4J_URI"
    )


def java_major(java: str) -> int | None:
    try:
        proc = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', proc.stderr + proc.stdout)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2)) if major == 1 and m.group(2) else major


def connection(instance: str = DEFAULT_INSTANCE) -> Connection:
    """The server to use: NEO4J_URI when set, else the managed instance (not started here)."""
    return external_connection() or ManagedServer(instance).connection()

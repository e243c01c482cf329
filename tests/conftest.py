"""Test fixtures: one live Neo4j for the whole session, an empty graph for each test.

Where the Neo4j comes from, in order:
1. `NEO4J_URI` (with `NEO4J_PASSWORD`) when set: your own server;
2. docker compose (pytest-docker with docker-compose.yml) when a Docker engine answers;
3. dcgraph's managed local Neo4j on free ports with a throwaway data folder.
When none can be had, every test that needs one errors with the reason: never a skip.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from dcgraph.database import ConnectionInfo, Graph
from dcgraph.errors import DcgraphError
from dcgraph.neo4j_local import LocalNeo4j, free_port
from dcgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "seeds-gold.jsonl"

# Rich output at a fixed width, so CLI output can be asserted exactly.
os.environ.setdefault("COLUMNS", "100")
os.environ["TERM"] = "dumb"


def private_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings for a private managed Neo4j: the machine's shared server cache, own data."""
    base = Settings(_env_file=None)  # type: ignore[call-arg]
    values: dict[str, object] = {
        "neo4j_uri": "",
        "data_dir": data_dir,
        "bolt_port": free_port(),
        "http_port": free_port(),
        "heap_size": os.environ.get("DCGRAPH_TEST_HEAP", "768m"),
        "pagecache_size": "256m",
    }
    return base.with_overrides(**{**values, **overrides})


@pytest.fixture(scope="session")
def make_local_neo4j(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[..., LocalNeo4j]]:
    """Makes private managed Neo4j servers on free ports; all are stopped at the end."""
    made: list[LocalNeo4j] = []

    def make(**overrides: object) -> LocalNeo4j:
        local = LocalNeo4j(private_settings(tmp_path_factory.mktemp("neo4j-data"), **overrides))
        made.append(local)
        return local

    yield make
    for local in made:
        local.stop(timeout=60)


def _docker_engine_answers() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        probe = subprocess.run(["docker", "info"], capture_output=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


@pytest.fixture(scope="session")
def docker_compose_file() -> str:
    return str(ROOT / "docker-compose.yml")


@pytest.fixture(scope="session")
def docker_compose_project_name() -> str:
    return f"dcgraph-tests-{os.getpid()}"


@pytest.fixture(scope="session")
def neo4j_connection(
    request: pytest.FixtureRequest, make_local_neo4j: Callable[..., LocalNeo4j]
) -> ConnectionInfo:
    """The session's live Neo4j (see the module docstring for where it comes from)."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        password = os.environ.get("NEO4J_PASSWORD")
        if not password:
            pytest.fail("NEO4J_URI is set for the tests but NEO4J_PASSWORD is not")
        return ConnectionInfo(
            uri=uri,
            username=os.environ.get("NEO4J_USERNAME", "neo4j"),
            password=SecretStr(password),
            database=os.environ.get("NEO4J_DATABASE", "neo4j"),
            managed=False,
        )
    if _docker_engine_answers():
        password = secrets.token_urlsafe(16)
        bolt = free_port()
        os.environ.update(
            NEO4J_PASSWORD=password, DCGRAPH_BOLT_PORT=str(bolt), DCGRAPH_HTTP_PORT=str(free_port())
        )
        services = request.getfixturevalue("docker_services")
        info = ConnectionInfo(
            f"bolt://127.0.0.1:{bolt}", "neo4j", SecretStr(password), "neo4j", managed=False
        )
        services.wait_until_responsive(timeout=180, pause=2, check=lambda: _answers(info))
        return info
    local = make_local_neo4j()
    try:
        local.start()
    except DcgraphError as exc:
        pytest.fail(f"no Neo4j for the tests: the managed local Neo4j failed to start: {exc}")
    return ConnectionInfo(
        uri=local.bolt_uri,
        username="neo4j",
        password=SecretStr(local.password()),
        database="neo4j",
        managed=True,
    )


def _answers(info: ConnectionInfo) -> bool:
    try:
        Graph.connect(info).close()
    except DcgraphError:
        return False
    return True


@pytest.fixture(scope="session")
def session_graph(neo4j_connection: ConnectionInfo) -> Iterator[Graph]:
    graph = Graph.connect(neo4j_connection)
    yield graph
    graph.close()


def wipe(graph: Graph) -> None:
    """Delete every node and relationship (constraints and indexes stay: they are idempotent)."""
    graph.autocommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")


@pytest.fixture
def graph(session_graph: Graph) -> Graph:
    """The live Neo4j, emptied before the test."""
    wipe(session_graph)
    return session_graph


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False

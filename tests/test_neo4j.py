"""The real Neo4j: the session's server and the managed local one (issue 2)."""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest
from pydantic import SecretStr

from dcgraph.database import ConnectionInfo, Graph
from dcgraph.errors import AuthenticationFailedError, LocalNeo4jError, Neo4jUnavailableError
from dcgraph.neo4j_local import LocalNeo4j, free_port


def test_write_then_read_back(graph: Graph) -> None:
    graph.write(
        "CREATE (:State {key: $key, name: $name, aliases: $aliases})",
        {"key": "EE", "name": "Estonia", "aliases": ["Eesti"]},
    )
    rows = graph.read(
        "MATCH (s:State {key: $key}) RETURN s.name AS name, s.aliases AS aliases", {"key": "EE"}
    )
    assert rows == [{"name": "Estonia", "aliases": ["Eesti"]}]


def test_each_test_starts_from_an_empty_graph(graph: Graph) -> None:
    assert graph.read("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]


def test_wrong_password_is_a_clear_error(neo4j_connection: ConnectionInfo) -> None:
    wrong = ConnectionInfo(
        uri=neo4j_connection.uri,
        username=neo4j_connection.username,
        password=SecretStr("not-the-password"),
        database=neo4j_connection.database,
        managed=False,
    )
    with pytest.raises(AuthenticationFailedError) as caught:
        Graph.connect(wrong)
    assert "refused the credentials" in str(caught.value)
    assert "not-the-password" not in str(caught.value)
    assert caught.value.hint and "NEO4J_PASSWORD" in caught.value.hint


def test_unreachable_neo4j_is_a_clear_error() -> None:
    info = ConnectionInfo(
        f"bolt://127.0.0.1:{free_port()}", "neo4j", SecretStr("x" * 8), "neo4j", managed=False
    )
    with pytest.raises(Neo4jUnavailableError, match=r"cannot reach Neo4j at bolt://127\.0\.0\.1"):
        Graph.connect(info)


@pytest.fixture(scope="module")
def local(make_local_neo4j: Callable[..., LocalNeo4j]) -> LocalNeo4j:
    """A managed local Neo4j of its own, whatever server the rest of the session uses."""
    server = make_local_neo4j()
    server.start()
    return server


def _local_graph(local: LocalNeo4j) -> Graph:
    return Graph.connect(
        ConnectionInfo(local.bolt_uri, "neo4j", SecretStr(local.password()), "neo4j", True)
    )


def test_local_neo4j_keeps_data_across_stop_and_start(local: LocalNeo4j) -> None:
    with _local_graph(local) as graph:
        graph.write("MERGE (:Organization {key: 'nato', name: 'NATO'})")
    assert local.stop()
    assert not local.status().running
    result = local.start()
    assert not result.already_running
    with _local_graph(local) as graph:
        assert graph.read("MATCH (o:Organization {key: 'nato'}) RETURN o.name AS name") == [
            {"name": "NATO"}
        ]


def test_second_start_says_it_is_running(local: LocalNeo4j) -> None:
    first = local.status()
    again = local.start()
    assert again.already_running
    assert again.status.pid == first.pid


def test_status_reports_version_pid_and_data(local: LocalNeo4j) -> None:
    status = local.status()
    assert status.running and status.pid
    assert status.version is not None and status.version.startswith("5.26.")
    assert status.bolt_uri == f"bolt://127.0.0.1:{local.settings.bolt_port}"
    assert status.data_bytes > 0


def test_password_file_is_private_and_auth_is_on(local: LocalNeo4j) -> None:
    assert local.password_file.stat().st_mode & 0o077 == 0
    wrong = ConnectionInfo(local.bolt_uri, "neo4j", SecretStr("neo4j"), "neo4j", True)
    with pytest.raises(AuthenticationFailedError):
        Graph.connect(wrong)


def _non_loopback_address() -> str | None:
    """An address of this machine that is not on the loopback interface, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: no packet is sent for UDP connect
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def _accepts(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def test_listens_on_loopback_only(local: LocalNeo4j) -> None:
    bolt, http = local.settings.bolt_port, local.settings.http_port
    assert _accepts("127.0.0.1", bolt) and _accepts("127.0.0.1", http)
    config = (local.conf_dir / "neo4j.conf").read_text()
    assert "server.default_listen_address=127.0.0.1" in config
    assert "dbms.security.auth_enabled=true" in config
    other = _non_loopback_address()
    assert other is not None, "this machine has no non-loopback address to test from"
    assert not _accepts(other, bolt)
    assert not _accepts(other, http)


def test_port_in_use_is_a_clear_error(make_local_neo4j: Callable[..., LocalNeo4j]) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        server = make_local_neo4j(bolt_port=port)
        with pytest.raises(LocalNeo4jError, match=f"port {port} \\(Bolt\\) .* already in use"):
            server.start()

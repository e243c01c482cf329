"""`dcgraph load`, `dcgraph forget` and `dcgraph bench load` as a user (or cron) runs them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from dcgraph.cli import app
from dcgraph.database import ConnectionInfo, Graph
from test_loading import hold_lock, sentences_extractor, write  # noqa: F401 (a fixture)

pytestmark = pytest.mark.neo4j


@pytest.fixture
def env(neo4j_connection: ConnectionInfo) -> dict[str, str | None]:
    """The environment of a user whose NEO4J_URI points at the test Neo4j."""
    return {
        "NEO4J_URI": neo4j_connection.uri,
        "NEO4J_USERNAME": neo4j_connection.username,
        "NEO4J_PASSWORD": neo4j_connection.password.get_secret_value(),
        "NEO4J_DATABASE": neo4j_connection.database,
        "COLUMNS": "100",
    }


def dcgraph(env: dict[str, str | None], *args: str) -> Result:
    return CliRunner().invoke(app, list(args), env=env)


@pytest.fixture
def docs(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    request.getfixturevalue("sentences_extractor")
    folder = tmp_path / "docs"
    write(folder, "a.txt", "Estonia cooperates with Israel.", date="2021-02-03")
    write(folder, "b.txt", "Latvia buys Harop from Israel (ordered).")
    return folder


def test_load_prints_a_summary_and_exits_0(
    graph: Graph, env: dict[str, str | None], docs: Path
) -> None:
    result = dcgraph(env, "load", str(docs))
    assert result.exit_code == 0, result.output
    assert "2 seen, 2 new, 0 changed, 0 unchanged, 0 failed, 0 removed" in result.stdout
    assert result.stderr == ""

    again = dcgraph(env, "load", str(docs))
    assert again.exit_code == 0
    assert "2 seen, 0 new, 0 changed, 2 unchanged" in again.stdout
    assert "0 created, 0 deleted" in again.stdout


def test_bad_input_gives_one_error_line_each_and_exit_3(
    graph: Graph, env: dict[str, str | None], docs: Path
) -> None:
    (docs / "binary.bin").write_bytes(b"\x00\x01 binary" * 40)
    (docs / "empty.txt").write_bytes(b"")
    write(docs, "explodes.txt", "EXPLODE now.")
    result = dcgraph(env, "load", str(docs))
    assert result.exit_code == 3, result.output
    errors = result.stderr.strip().splitlines()
    assert sorted(errors) == sorted(
        [
            f"error: {docs / 'binary.bin'}: binary file, not text",
            f"error: {docs / 'empty.txt'}: empty file",
            f"error: {docs / 'explodes.txt'}: extraction failed (RuntimeError: the extractor "
            "blew up)",
        ]
    )
    assert "5 seen, 2 new" in result.stdout
    count = graph.read("MATCH (d:Document) RETURN count(d) AS n")
    assert count == [{"n": 2}]


def test_json_summary_for_scripts(graph: Graph, env: dict[str, str | None], docs: Path) -> None:
    (docs / "empty.txt").write_bytes(b"")
    result = dcgraph(env, "load", str(docs), "--json", "--batch-size", "1", "--workers", "2")
    assert result.exit_code == 3
    summary = json.loads(result.stdout)
    assert summary["status"] == "partial"
    assert summary["documents_new"] == 2
    assert summary["failures"] == [{"path": str(docs / "empty.txt"), "problem": "empty file"}]
    assert summary["relationships_created"] > 0
    assert result.stderr.strip() == f"error: {docs / 'empty.txt'}: empty file"


def test_exit_1_when_every_input_fails(
    graph: Graph, env: dict[str, str | None], tmp_path: Path
) -> None:
    result = dcgraph(env, "load", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'nowhere'}: no such file or folder"


def test_prune_and_forget_from_the_command_line(
    graph: Graph, env: dict[str, str | None], docs: Path
) -> None:
    assert dcgraph(env, "load", str(docs)).exit_code == 0
    (docs / "b.txt").unlink()
    result = dcgraph(env, "load", str(docs), "--prune")
    assert result.exit_code == 0, result.output
    assert "1 removed" in result.stdout
    assert graph.read("MATCH ()-[r:PROCURES]->() RETURN r") == []

    result = dcgraph(env, "forget", str(docs / "a.txt"), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents_removed"] == 1
    assert graph.read("MATCH (d:Document) RETURN d") == []

    result = dcgraph(env, "forget", "0123456789abcdef")
    assert result.exit_code == 1
    assert "error: 0123456789abcdef: no such document in the graph" in result.stderr


def test_a_held_lock_is_one_clear_line_and_exit_1(
    graph: Graph, env: dict[str, str | None], docs: Path
) -> None:
    assert dcgraph(env, "load", str(docs)).exit_code == 0  # creates the schema
    hold_lock(graph, pid=os.getpid())
    result = dcgraph(env, "load", str(docs), "--wait", "0.5")
    assert result.exit_code == 1
    first, *rest = result.stderr.strip().splitlines()
    assert first.startswith("error: another load holds the database: `dcgraph load /elsewhere`")
    assert "(waited 0.5 s)" in first
    assert rest and rest[0].startswith("hint:")


def test_every_command_has_help(env: dict[str, str | None]) -> None:
    for command in (["load"], ["forget"], ["bench", "load"]):
        result = dcgraph(env, *command, "--help")
        assert result.exit_code == 0
        assert "Usage" in result.stdout


@pytest.mark.slow
def test_bench_load_prints_both_rates(graph: Graph, env: dict[str, str | None]) -> None:
    graph.write("CREATE (:State {key: 'XX', name: 'Somewhere'})")
    refused = dcgraph(env, "bench", "load", "--documents", "30", "--in-place")
    assert refused.exit_code == 1
    assert "is not empty" in refused.stderr

    result = dcgraph(
        env,
        "bench",
        "load",
        "--documents",
        "300",
        "--naive-documents",
        "10",
        "--in-place",
        "--wipe",
        "--json",
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["documents"] == 300 and figures["naive_documents"] == 10
    assert figures["batched_rate"] > 0 and figures["naive_rate"] > 0 and figures["ratio"] > 0
    assert figures["relationship_writes"] > figures["naive_relationship_writes"] > 0
    assert graph.read("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]  # it cleans up

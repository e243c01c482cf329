"""The query commands as a user runs them: output formats, errors, read-only, Browser."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from dcgraph.cli import app
from dcgraph.cli.query_commands import complete_parameter, complete_query_name
from dcgraph.database import ConnectionInfo, Graph
from dcgraph.neo4j_local import free_port
from dcgraph.queries import Registry, run_query
from test_queries import browser_reads
from test_queries_live import EE_ATTACHES, World, load_seeds

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def world(session_graph: Graph) -> Iterator[World]:
    load_seeds(session_graph)
    yield World(session_graph)


@pytest.fixture
def env(neo4j_connection: ConnectionInfo) -> dict[str, str | None]:
    """The environment of a user whose NEO4J_URI points at the test Neo4j, at 80 columns."""
    return {
        "NEO4J_URI": neo4j_connection.uri,
        "NEO4J_USERNAME": neo4j_connection.username,
        "NEO4J_PASSWORD": neo4j_connection.password.get_secret_value(),
        "NEO4J_DATABASE": neo4j_connection.database,
        "DCGRAPH_QUERIES_DIR": None,
        "COLUMNS": "80",
    }


def dcgraph(env: dict[str, str | None], *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), env=env, input=stdin)


def one_line(text: str) -> str:
    return " ".join(text.split())


# --- output formats ------------------------------------------------------------------------


def test_json_output_is_the_query_result(world: World, env: dict[str, str | None]) -> None:
    result = dcgraph(env, "query", "israeli-suppliers-to-baltics", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    expected = run_query(world.graph, world.registry.get("israeli-suppliers-to-baltics"))
    assert rows == expected.records()
    assert [(row["supplier"], row["recipient"]) for row in rows] == [
        (world.name("State:IL"), world.name("State:EE")),
        (world.name("State:IL"), world.name("State:LT")),
    ]
    assert rows[0]["sources"] == [world.doc("000")]
    assert rows[1]["sources"] == [world.doc("004")]


def test_csv_output_parses(world: World, env: dict[str, str | None]) -> None:
    result = dcgraph(env, "query", "attache-network", "-p", "state=Estonia", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["direction", "partner", "status", "sources"]
    assert sorted(row[1] for row in rows[1:]) == sorted(
        world.name(f"State:{key}") for key in EE_ATTACHES
    )
    assert all(row[3] == f"{world.doc('001')}; {world.doc('002')}" for row in rows[1:])


@pytest.mark.parametrize(
    ("query", "parameters"),
    [
        ("israeli-suppliers-to-baltics", []),
        ("attache-network", ["-p", "state=EE"]),
        ("weapons-of", ["-p", "state=Azerbaijan"]),
        ("evidence", ["-p", "a=Estonia", "-p", "b=Israel"]),
        ("timeline", ["-p", "state=EE"]),
        ("path", ["--param", "a=LT", "--param", "b=AZ"]),
    ],
)
def test_tables_fit_80_columns(
    world: World, env: dict[str, str | None], query: str, parameters: list[str]
) -> None:
    result = dcgraph(env, "query", query, *parameters)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) > 2
    assert max(len(line) for line in lines) <= 80
    assert "\x1b" not in result.stdout  # piped: plain text
    assert lines[0].startswith(world.registry.get(query).columns[0])


def test_the_table_of_attaches_has_nine_postings(world: World, env: dict[str, str | None]) -> None:
    result = dcgraph(env, "query", "attache-network", "-p", "state=EE")
    assert sum(line.startswith("sends to") for line in result.stdout.splitlines()) == 9
    flat = one_line(result.stdout)
    for key in EE_ATTACHES:
        assert world.name(f"State:{key}").split()[0] in flat


def test_an_empty_result_says_so(world: World, env: dict[str, str | None]) -> None:
    result = dcgraph(env, "query", "suppliers-of", "-p", "state=Israel")
    assert result.exit_code == 0
    assert "(no rows)" in result.stderr
    assert (
        json.loads(dcgraph(env, "query", "suppliers-of", "-p", "state=IL", "-f", "json").stdout)
        == []
    )


# --- errors a user meets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message", "hint"),
    [
        (["query", "suplliers-of"], "no query named 'suplliers-of'", "did you mean suppliers-of"),
        (
            ["query", "weapons-of"],
            "query weapons-of needs parameter state",
            "parameters of weapons-of: state (entity(State), required)",
        ),
        (
            ["query", "path", "-p", "a=EE", "-p", "b=AZ", "-p", "limit=all"],
            "'all' is not a whole number",
            "limit (int, default 10)",
        ),
        (
            ["query", "weapons-of", "-p", "country=EE"],
            "has no parameter 'country'",
            "parameters of weapons-of",
        ),
        (
            ["query", "weapons-of", "-p", "state=Estnia"],
            "no State called 'Estnia'",
            "did you mean Estonia (State:EE)",
        ),
        (["query", "weapons-of", "-p", "EE"], "'EE' is not name=value", "-p state=Estonia"),
        (["browse", "weapons-of"], "needs parameter state", "parameters of weapons-of"),
    ],
)
def test_mistakes_are_one_line_with_the_fix(
    world: World, env: dict[str, str | None], args: list[str], message: str, hint: str
) -> None:
    result = dcgraph(env, *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "Traceback" not in result.output
    error = one_line(result.stderr)
    assert error.startswith("error: ") and message in error
    assert f"hint: {hint}" in error or hint in error.partition("hint:")[2]


def test_unreachable_neo4j_names_the_uri_and_the_fix(env: dict[str, str | None]) -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"
    result = dcgraph({**env, "NEO4J_URI": uri}, "query", "attache-network", "-p", "state=EE")
    assert result.exit_code == 1
    error = one_line(result.stderr)
    assert f"error: cannot reach Neo4j at {uri}" in error
    assert "docker compose up -d" in error and "NEO4J_URI" in error


def test_wrong_password_is_a_clear_error(env: dict[str, str | None]) -> None:
    result = dcgraph({**env, "NEO4J_PASSWORD": "not-the-password"}, "cypher", "RETURN 1")
    assert result.exit_code == 1
    error = one_line(result.stderr)
    assert "refused the credentials" in error and "NEO4J_PASSWORD" in error
    assert "not-the-password" not in result.output


# --- ad-hoc Cypher, read-only --------------------------------------------------------------


def _fingerprint(graph: Graph) -> list[Any]:
    return graph.read(
        "MATCH (n) OPTIONAL MATCH (n)-[r]->() "
        "RETURN count(DISTINCT n) AS nodes, count(r) AS edges, "
        "collect(DISTINCT n.name)[..50] AS names"
    )


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE (:State {key: 'XX', name: 'Nowhere'})",
        "MATCH (s:State {key: 'EE'}) SET s.name = 'Changed' RETURN s",
        "MATCH (n) DETACH DELETE n",
        "MATCH (s:State {key: 'EE'}) REMOVE s:State",
    ],
)
def test_a_write_through_cypher_is_refused_and_changes_nothing(
    world: World, env: dict[str, str | None], statement: str
) -> None:
    before = _fingerprint(world.graph)
    result = dcgraph(env, "cypher", statement)
    assert result.exit_code == 1
    error = one_line(result.stderr)
    assert "refused: this query would write, and queries run read-only" in error
    assert "dcgraph load" in error
    assert _fingerprint(world.graph) == before


def test_adhoc_queries_with_typed_parameters(world: World, env: dict[str, str | None]) -> None:
    result = dcgraph(
        env,
        "cypher",
        "MATCH (s:State) WHERE s.key IN $keys RETURN s.key AS key ORDER BY key LIMIT $n",
        "-p",
        'keys=["EE", "IL", "AZ"]',
        "-p",
        "n=2",
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"key": "AZ"}, {"key": "EE"}]


def test_adhoc_query_from_standard_input(world: World, env: dict[str, str | None]) -> None:
    result = dcgraph(
        env,
        "cypher",
        "-",
        "-p",
        "k=EE",
        "-f",
        "csv",
        stdin="MATCH (s:State {key: $k}) RETURN s.name AS name;",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["name", world.name("State:EE")]


def test_nodes_in_adhoc_results(world: World, env: dict[str, str | None]) -> None:
    table = dcgraph(env, "cypher", "MATCH (s:State {key: 'EE'}) RETURN s")
    assert f"State:EE ({world.name('State:EE')})" in table.stdout
    rows = json.loads(
        dcgraph(env, "cypher", "MATCH (s:State {key: 'EE'}) RETURN s", "-f", "json").stdout
    )
    assert rows[0]["s"]["_labels"] == ["State"] and rows[0]["s"]["key"] == "EE"


# --- schema, catalogue, Browser ------------------------------------------------------------


def test_schema(world: World, env: dict[str, str | None]) -> None:
    result = dcgraph(env, "schema", "-f", "json")
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert set(schema) == {"labels", "relationships", "constraints", "indexes"}
    labels = {row["label"]: row["nodes"] for row in schema["labels"]}
    assert labels["Document"] == 5
    types = {row["type"]: row["relationships"] for row in schema["relationships"]}
    assert types["HOSTS_ATTACHE"] == 13
    assert any(row["on"] == ["State"] for row in schema["constraints"])
    table = dcgraph(env, "schema")
    assert table.exit_code == 0
    assert max(len(line) for line in table.stdout.splitlines()) <= 80
    rows = list(csv.reader(io.StringIO(dcgraph(env, "schema", "-f", "csv").stdout)))
    assert rows[0] == ["section", "name", "count", "details"]


def test_the_catalogue(env: dict[str, str | None]) -> None:
    result = dcgraph(env, "queries")
    assert result.exit_code == 0
    for name in Registry.load().names():
        assert name in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    listed = json.loads(dcgraph(env, "queries", "-f", "json").stdout)
    assert {row["name"] for row in listed} == set(Registry.load().names())
    detail = dcgraph(env, "queries", "path")
    assert "MATCH p = allShortestPaths" in detail.stdout
    assert "-p via_hubs (bool, default false)" in detail.stdout
    assert dcgraph(env, "queries", "paht").exit_code == 1


def test_user_queries_are_listed_and_run(
    world: World, env: dict[str, str | None], tmp_path: Path
) -> None:
    (tmp_path / "states-named.cypher").write_text(
        "// name: states-named\n"
        "// description: States whose name starts with a text.\n"
        '// param: prefix string required "The beginning of the name"\n'
        "// columns: state\n"
        "MATCH (s:State) WHERE s.name STARTS WITH $prefix RETURN s.name AS state ORDER BY state\n",
        encoding="utf-8",
    )
    mine = {**env, "DCGRAPH_QUERIES_DIR": str(tmp_path)}
    assert "states-named (yours)" in dcgraph(mine, "queries").stdout
    result = dcgraph(mine, "query", "states-named", "-p", "prefix=Esto", "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"state": world.name("State:EE")}]


def test_browse_prints_the_browser_url(
    world: World, env: dict[str, str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    result = dcgraph(
        {**env, "DCGRAPH_HTTP_PORT": "17474"},
        "browse",
        "suppliers-of",
        "-p",
        "state=Estonia",
        "--open",
    )
    assert result.exit_code == 0, result.output
    url = result.stdout.strip()
    assert opened == [url]
    host = re.sub(r"^\w+://", "", str(env["NEO4J_URI"])).split(":")[0]
    assert url.startswith(f"http://{host}:17474/browser/?")
    read = browser_reads(url)
    assert read["cmd"] == ["edit"]
    script = read["arg"][0]
    assert script.startswith(':param state => "EE";\n// dcgraph query suppliers-of: ')
    assert script.endswith(world.registry.get("suppliers-of").cypher)
    assert read["db"] == [env["NEO4J_DATABASE"]]
    assert "dcgraph.grass" in one_line(result.stderr)


def test_completion_of_query_names_and_parameters() -> None:
    assert ("suppliers-of", Registry.load().get("suppliers-of").description) in (
        complete_query_name("sup")
    )
    assert all(name.startswith("att") for name, _ in complete_query_name("att"))

    context = SimpleNamespace(params={"name": "path"})
    names = [name for name, _help in complete_parameter(context, "")]  # type: ignore[arg-type]
    assert names == ["a=", "b=", "via_hubs=", "limit="]

"""The query registry, parameters, output formats and Browser URLs.

Most tests need no database; the few that do use the emptied live Neo4j (`graph`) with a handful
of nodes written for the case at hand (resolution rules, the empty-graph error).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from typer.testing import CliRunner

from dcgraph.browser import (
    browser_base_url,
    browser_url,
    connect_url,
    cypher_literal,
    editor_script,
    query_url,
    style_path,
)
from dcgraph.cli import app
from dcgraph.database import ConnectionInfo, Graph
from dcgraph.errors import QueryError
from dcgraph.model import NODE_LABELS, RELATIONSHIP_TYPES
from dcgraph.output import cell_text, column_widths, render
from dcgraph.queries import (
    Query,
    QueryResult,
    Registry,
    adhoc_value,
    bind_parameters,
    canned_dir,
    cypher_parameters,
    describe_schema,
    parse_assignments,
    parse_query,
    replace_marked_block,
    resolve_entity,
    run_cypher,
    run_query,
)
from dcgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = {
    "israeli-suppliers-to-baltics",
    "suppliers-of",
    "customers-of",
    "weapons-of",
    "attache-network",
    "cooperation-partners",
    "evidence",
    "path",
    "timeline",
}


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


def query_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.cypher"
    path.write_text(text, encoding="utf-8")
    return path


# --- the canned query files ----------------------------------------------------------------


def test_canned_queries_come_from_the_repository_folder_in_a_checkout() -> None:
    assert canned_dir() == ROOT / "cypher"


def test_installed_queries_come_from_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "dcgraph"
    (package / "cypher").mkdir(parents=True)
    monkeypatch.setattr("dcgraph.queries.__file__", str(package / "queries.py"))
    assert canned_dir() == package / "cypher"  # the wheel's force-included dcgraph/cypher


def test_the_required_queries_exist(registry: Registry) -> None:
    assert set(registry.names()) >= REQUIRED
    assert all(query.origin == "canned" for query in registry)


@pytest.mark.parametrize("path", sorted((ROOT / "cypher").glob("*.cypher")), ids=lambda p: p.stem)
def test_every_query_file_has_a_valid_header(path: Path) -> None:
    query = parse_query(path.read_text(encoding="utf-8"), path)
    assert query.name == path.stem
    assert cypher_parameters(query.cypher) == {p.name for p in query.parameters}
    assert query.description.endswith(".")
    assert query.columns
    for parameter in query.parameters:
        assert parameter.help[0].isupper(), parameter
    # Every canned query can travel to Neo4j Browser in a URL (no `&` or `#`).
    values = {p.name: p.default if p.default is not None else "X" for p in query.parameters}
    assert "&" not in editor_script(query, values) and "#" not in editor_script(query, values)


# --- header errors -------------------------------------------------------------------------

GOOD_HEADER = (
    "// name: sample\n"
    "// description: A sample.\n"
    '// param: state entity(State) required "The state"\n'
    "// columns: name\n"
)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("// description: x.\n// columns: a\nRETURN 1 AS a", "exactly one `// name:`"),
        (
            GOOD_HEADER.replace("name: sample", "name: other") + "MATCH (s {key: $state}) "
            "RETURN s.name AS name",
            "its file is 'sample.cypher'",
        ),
        (
            GOOD_HEADER + "MATCH (s {key: $state}) WHERE s.x = $other RETURN s.name AS name",
            "uses $other",
        ),
        (GOOD_HEADER + "MATCH (s) RETURN s.name AS name", "never uses it"),
        (
            GOOD_HEADER.replace("entity(State)", "entity(Person)") + "MATCH (s {key: $state}) "
            "RETURN s.name AS name",
            "unknown label 'Person'",
        ),
        (
            GOOD_HEADER.replace("entity(State)", "number") + "RETURN $state AS name",
            "unknown type 'number'",
        ),
        (
            GOOD_HEADER.replace("required", "default=EE required") + "RETURN $state AS name",
            "needs 4 parts",
        ),
        (
            GOOD_HEADER.replace("required", "maybe") + "RETURN $state AS name",
            "should be required, optional or default=VALUE",
        ),
        (
            GOOD_HEADER.replace("// columns: name", "// colums: name") + "RETURN $state AS name",
            "is not `// key: value`",
        ),
        (GOOD_HEADER + "RETURN $state AS name; RETURN 2 AS name", "one statement per file"),
        (
            GOOD_HEADER.replace('"The state"', '"The state') + "RETURN $state AS name",
            "cannot read param line",
        ),
        (
            GOOD_HEADER.replace("columns: name", "columns: name, name") + "RETURN $state AS name",
            "declared twice",
        ),
        (
            '// name: sample\n// description: A sample.\n// param: limit int default=many "Rows"\n'
            "// columns: n\nRETURN $limit AS n",
            "is not a whole number",
        ),
    ],
)
def test_a_bad_header_is_a_clear_error(tmp_path: Path, text: str, problem: str) -> None:
    path = query_file(tmp_path, "sample", text)
    with pytest.raises(QueryError) as caught:
        parse_query(text, path)
    assert problem in str(caught.value)
    assert str(path) in str(caught.value)


def test_strings_and_comments_are_not_parameters() -> None:
    cypher = "MATCH (s {key: $key}) // $comment\nWHERE s.name <> '$text' AND s.x = \"$y\" RETURN s"
    assert cypher_parameters(cypher) == {"key"}


def test_free_comments_follow_the_header(tmp_path: Path) -> None:
    text = GOOD_HEADER + "//\n// Notes: anything, even a: colon.\nRETURN $state AS name"
    query = parse_query(text, query_file(tmp_path, "sample", text))
    assert query.cypher.startswith("//\n// Notes")


# --- the registry --------------------------------------------------------------------------


def test_user_queries_join_the_catalogue(tmp_path: Path) -> None:
    text = GOOD_HEADER.replace("sample", "my-query") + "RETURN $state AS name"
    query_file(tmp_path, "my-query", text)
    registry = Registry.load(tmp_path)
    assert registry.get("my-query").origin == "user"
    assert registry.names()[-1] == "my-query"  # canned first, then the user's
    assert set(registry.names()) >= REQUIRED


def test_a_user_query_cannot_shadow_a_canned_one(tmp_path: Path) -> None:
    text = GOOD_HEADER.replace("sample", "suppliers-of") + "RETURN $state AS name"
    path = query_file(tmp_path, "suppliers-of", text)
    with pytest.raises(QueryError) as caught:
        Registry.load(tmp_path)
    assert str(path) in str(caught.value)
    assert "already exists (canned" in str(caught.value)
    assert caught.value.hint and "rename" in caught.value.hint


def test_a_missing_user_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="does not exist") as caught:
        Registry.load(tmp_path / "nowhere")
    assert caught.value.hint and "DCGRAPH_QUERIES_DIR" in caught.value.hint


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [("supplier-of", "suppliers-of"), ("attache", "attache-network"), ("timelin", "timeline")],
)
def test_an_unknown_query_suggests_close_names(
    registry: Registry, name: str, suggestion: str
) -> None:
    with pytest.raises(QueryError, match=f"no query named '{name}'") as caught:
        registry.get(name)
    assert caught.value.hint and suggestion in caught.value.hint


def test_catalogue_markdown_lists_every_query(registry: Registry) -> None:
    text = registry.catalogue_markdown()
    for query in registry:
        assert f"### `{query.name}`" in text
        assert query.description in text


def test_replace_marked_block() -> None:
    text = "intro\n<!-- x:start -->\nold\n<!-- x:end -->\noutro\n"
    assert replace_marked_block(text, "x", "new\n") == (
        "intro\n<!-- x:start -->\nnew\n<!-- x:end -->\noutro\n"
    )
    assert replace_marked_block("intro\n", "x", "new\n") == (
        "intro\n\n<!-- x:start -->\nnew\n<!-- x:end -->\n"
    )


# --- parameters ----------------------------------------------------------------------------


def test_parameters_are_typed_and_defaults_filled(registry: Registry) -> None:
    path = registry.get("path")
    assert bind_parameters(path, {"a": "EE", "b": "AZ", "via_hubs": "yes", "limit": "3"}) == {
        "a": "EE",
        "b": "AZ",
        "via_hubs": True,
        "limit": 3,
    }
    assert bind_parameters(path, {"a": "EE", "b": "AZ"})["limit"] == 10
    baltics = registry.get("israeli-suppliers-to-baltics")
    assert bind_parameters(baltics, {}) == {"supplier": "IL", "region": "baltic-states"}
    systems = registry.get("systems-by-category")
    assert bind_parameters(systems, {})["category"] is None
    assert bind_parameters(systems, {"category": "UAVs"})["category"] == "uav"
    assert bind_parameters(systems, {"category": "Anti tank missiles"})["category"] == (
        "anti-tank-missile"
    )


@pytest.mark.parametrize(
    ("query", "given", "message"),
    [
        ("suppliers-of", {}, "query suppliers-of needs parameter state"),
        ("suppliers-of", {"country": "EE"}, "query suppliers-of has no parameter 'country'"),
        ("path", {"a": "EE", "b": "AZ", "limit": "ten"}, "'ten' is not a whole number"),
        ("path", {"a": "EE", "b": "AZ", "via_hubs": "maybe"}, "'maybe' is not true or false"),
        ("suppliers-of", {"state": "  "}, "it is empty"),
        ("systems-by-category", {"category": "lasers"}, "'lasers' is not a weapon category"),
    ],
)
def test_parameter_mistakes_list_the_parameters(
    registry: Registry, query: str, given: dict[str, Any], message: str
) -> None:
    with pytest.raises(QueryError) as caught:
        bind_parameters(registry.get(query), given)
    assert message in str(caught.value)
    assert caught.value.hint and caught.value.hint.startswith(f"parameters of {query}:")
    for parameter in registry.get(query).parameters:
        assert parameter.name in caught.value.hint


def test_assignments() -> None:
    assert parse_assignments(["state=EE", "name=a=b", "empty="]) == {
        "state": "EE",
        "name": "a=b",
        "empty": "",
    }
    with pytest.raises(QueryError, match="is not name=value"):
        parse_assignments(["state"])
    with pytest.raises(QueryError, match="given twice"):
        parse_assignments(["a=1", "a=2"])
    assert adhoc_value("5") == 5
    assert adhoc_value("true") is True
    assert adhoc_value('["a", 1]') == ["a", 1]
    assert adhoc_value("EE") == "EE"
    assert adhoc_value("007") == "007"


# --- output --------------------------------------------------------------------------------

SAMPLE = QueryResult(
    columns=["supplier", "items", "sources", "count", "flag"],
    rows=[
        [
            "Israel Aerospace Industries",
            ["loitering munitions", "unmanned aerial vehicles", "Barak-8"],
            ["seeds/003_b7c04a60a6f93145.txt", "reference"],
            3,
            True,
        ],
        ['Elbit, "Systems"', [], ["seeds/003_b7c04a60a6f93145.txt"], 1.5, None],
    ],
)


def test_json_output_parses() -> None:
    assert json.loads(render(SAMPLE, "json")) == [
        dict(zip(SAMPLE.columns, row, strict=True)) for row in SAMPLE.rows
    ]


def test_csv_output_parses() -> None:
    rows = list(csv.reader(io.StringIO(render(SAMPLE, "csv"))))
    assert rows[0] == SAMPLE.columns
    assert rows[1] == [
        "Israel Aerospace Industries",
        "loitering munitions; unmanned aerial vehicles; Barak-8",
        "seeds/003_b7c04a60a6f93145.txt; reference",
        "3",
        "true",
    ]
    assert rows[2] == ['Elbit, "Systems"', "", "seeds/003_b7c04a60a6f93145.txt", "1.5", ""]


def _visible(text: str) -> list[str]:
    return re.sub(r"\x1b\[[0-9;]*m", "", text).splitlines()


@pytest.mark.parametrize("plain", [True, False])
@pytest.mark.parametrize("width", [80, 60, 120])
def test_tables_fit_the_width_and_lose_nothing(plain: bool, width: int) -> None:
    lines = _visible(render(SAMPLE, "table", plain=plain, width=width))
    assert max(len(line) for line in lines) <= width
    # Wrapping and folding move characters to other lines, never drop one.
    rule = next(i for i, line in enumerate(lines) if set(line.strip()) <= {"-", "─", " "})
    shown = sum(len("".join(line.split())) for line in lines[rule + 1 :])
    cells = sum(len("".join(cell_text(value).split())) for row in SAMPLE.rows for value in row)
    assert shown == cells


def test_plain_tables_are_ascii_without_colours() -> None:
    text = render(SAMPLE, "table", plain=True, width=80)
    assert "\x1b" not in text
    assert all(ord(char) < 128 for char in text.replace("\n", ""))
    assert text.splitlines()[1].lstrip().startswith("---")


def test_rich_tables_have_colour_on_a_terminal() -> None:
    assert "\x1b[" in render(SAMPLE, "table", plain=False, width=80)


def test_a_long_path_stays_whole_when_the_width_allows() -> None:
    result = QueryResult(["partner", "sources"], [["Denmark", ["seeds/002_843b7252436dd7df.txt"]]])
    assert "seeds/002_843b7252436dd7df.txt" in render(result, "table", plain=True, width=80)


def test_column_widths_share_the_width() -> None:
    path = "seeds/000_ef3b1e2f295c35aa.txt"
    widths = column_widths(["a", "b"], [[path, "y " * 40]], 60)
    assert sum(widths) <= 60 and widths[0] == len(path)  # a path stays whole
    widths = column_widths(["a", "b"], [["x" * 70, "y " * 40]], 60)
    assert sum(widths) <= 60 and widths[1] >= 20  # a very long word folds instead
    assert column_widths(["a"], [["short"]], 60) == [5]


def test_cells() -> None:
    node = {"_labels": ["State"], "key": "EE", "name": "Estonia"}
    assert cell_text(node) == "State:EE (Estonia)"
    assert cell_text({"_type": "SUPPLIES", "_start": "IL", "_end": "EE"}) == "IL -SUPPLIES-> EE"
    assert cell_text([1, 2.5, None, False]) == "1, 2.5, , false"
    assert cell_text(5e9) == "5000000000"
    assert cell_text(0.123456789) == "0.123456789"
    assert cell_text({"a": 1}) == '{"a": 1}'


# --- Neo4j Browser -------------------------------------------------------------------------


def browser_reads(url: str) -> dict[str, list[str]]:
    """What Neo4j Browser takes from its URL: it replaces `+` by spaces, decodes the whole
    URL once, and matches `[?&]name=([^&#]*)` (neo4j-browser: populateEditorFromUrlEpic)."""
    decoded = unquote(url.replace("+", " "))
    found: dict[str, list[str]] = {}
    for name, value in re.findall(r"[?&](\w+)=([^&#]*)", decoded):
        found.setdefault(name, []).append(value)
    return found


def test_browser_url_carries_the_script_intact(registry: Registry) -> None:
    query = registry.get("path")
    values = {"a": "EE", "b": 'Côte d\'Ivoire "x" 100% + more', "via_hubs": False, "limit": 5}
    script = editor_script(query, values)
    url = browser_url(
        "http://127.0.0.1:7474/browser/",
        script,
        dbms="bolt://neo4j@127.0.0.1:7687",
        database="neo4j",
    )
    read = browser_reads(url)
    assert read["cmd"] == ["edit"]
    assert read["arg"] == [script]
    assert read["db"] == ["neo4j"]
    assert read["dbms"] == ["bolt://neo4j@127.0.0.1:7687"]
    lines = script.splitlines()
    assert lines[:4] == [
        ':param a => "EE";',
        ':param b => "Côte d\'Ivoire \\"x\\" 100% + more";',
        ":param via_hubs => false;",
        ":param limit => 5;",
    ]
    assert lines[4].startswith("// dcgraph query path: ")
    assert script.endswith(query.cypher)
    assert " " not in url and "\n" not in url


def test_browser_refuses_what_its_url_handling_would_cut(registry: Registry) -> None:
    script = editor_script(registry.get("suppliers-of"), {"state": "AT&T"})
    with pytest.raises(QueryError, match="cuts URL arguments at '&'"):
        browser_url("http://127.0.0.1:7474/browser/", script)


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        (None, "null"),
        (True, "true"),
        (3, "3"),
        (2.5, "2.5"),
        ("it's", '"it\'s"'),
        (["a", 1], '["a", 1]'),
        ({"k": "v"}, '{`k`: "v"}'),
    ],
)
def test_cypher_literals(value: Any, literal: str) -> None:
    assert cypher_literal(value) == literal


def test_browser_addresses() -> None:
    managed = Settings(_env_file=None, neo4j_uri="", http_port=17474, bolt_port=17687)  # type: ignore[call-arg]
    assert browser_base_url(managed) == "http://127.0.0.1:17474/browser/"
    assert connect_url(managed) == "bolt://neo4j@127.0.0.1:17687"
    own = Settings(_env_file=None, neo4j_uri="neo4j://db.example:7687", neo4j_username="ana")  # type: ignore[call-arg]
    assert browser_base_url(own) == "http://db.example:7474/browser/"
    assert connect_url(own) == "neo4j://ana@db.example:7687"
    aura = Settings(_env_file=None, neo4j_uri="neo4j+s://abc.databases.neo4j.io")  # type: ignore[call-arg]
    assert browser_base_url(aura) == "https://browser.neo4j.io/"


def test_query_url_for_the_managed_neo4j(registry: Registry) -> None:
    settings = Settings(_env_file=None, neo4j_uri="", http_port=17474, bolt_port=17687)  # type: ignore[call-arg]
    url = query_url(settings, registry.get("attache-network"), {"state": "EE"})
    assert url.startswith("http://127.0.0.1:17474/browser/?dbms=")
    assert browser_reads(url)["arg"][0].startswith(':param state => "EE";\n')


def test_the_style_sheet_styles_every_label_and_type() -> None:
    text = style_path().read_text(encoding="utf-8")
    for label in NODE_LABELS:
        assert f"node.{label} {{" in text
    for rel_type in RELATIONSHIP_TYPES:
        assert f"relationship.{rel_type} {{" in text
    assert text.count("{") == text.count("}")


# --- on the live Neo4j ---------------------------------------------------------------------


@pytest.mark.neo4j
def test_an_empty_graph_says_to_load_the_seeds(graph: Graph, registry: Registry) -> None:
    with pytest.raises(QueryError, match="the graph is empty") as caught:
        run_query(graph, registry.get("attache-network"), {"state": "EE"})
    assert caught.value.hint and "dcgraph load seeds/" in caught.value.hint
    report = describe_schema(graph)
    assert {row[0]: row[1] for row in report.labels.rows}["Document"] == 0


@pytest.mark.neo4j
def test_the_cli_on_an_empty_graph_says_to_load_the_seeds(
    graph: Graph, neo4j_connection: ConnectionInfo
) -> None:
    env = {
        "NEO4J_URI": neo4j_connection.uri,
        "NEO4J_USERNAME": neo4j_connection.username,
        "NEO4J_PASSWORD": neo4j_connection.password.get_secret_value(),
        "NEO4J_DATABASE": neo4j_connection.database,
    }
    runner = CliRunner()
    result = runner.invoke(app, ["query", "attache-network", "-p", "state=EE"], env=env)
    assert result.exit_code == 1
    error = " ".join(result.stderr.split())
    assert "error: the graph is empty" in error and "dcgraph load seeds/" in error
    schema = runner.invoke(app, ["schema"], env=env)
    assert schema.exit_code == 0
    assert "dcgraph load seeds/" in " ".join(schema.stderr.split())


def _write_nodes(graph: Graph) -> None:
    states = [
        {"key": "GE", "name": "Georgia", "aliases": ["Sakartvelo"]},
        {"key": "TR", "name": "Türkiye", "aliases": ["Turkey"]},
        {"key": "EE", "name": "Estonia", "aliases": []},
    ]
    graph.write(
        "UNWIND $rows AS row MERGE (n:State {key: row.key}) "
        "SET n.name = row.name, n.aliases = row.aliases",
        {"rows": states},
    )
    graph.write(
        "MERGE (n:Organization {key: 'georgia-legion'}) "
        "SET n.name = 'Georgian Legion', n.aliases = ['Georgia']"
    )


@pytest.mark.neo4j
def test_resolution_rules(graph: Graph) -> None:
    _write_nodes(graph)
    assert resolve_entity(graph, "turkiye", ("State",)).key == "TR"  # accents and case
    assert resolve_entity(graph, "TURKEY", ("State",)).key == "TR"  # alias
    assert resolve_entity(graph, "ge", ()).key == "GE"  # a key beats names
    assert resolve_entity(graph, "Georgia", ("State",)).key == "GE"
    assert resolve_entity(graph, "Organization:georgia-legion", ()).label == "Organization"
    with pytest.raises(QueryError, match="'Georgia' is ambiguous") as caught:
        resolve_entity(graph, "Georgia", ())
    assert "Georgia (State:GE)" in str(caught.value)
    assert "Georgian Legion (Organization:georgia-legion)" in str(caught.value)
    assert caught.value.hint and "Organization:georgia-legion" in caught.value.hint
    with pytest.raises(QueryError, match="no Company called 'Elbit'"):
        resolve_entity(graph, "Elbit", ("Company",))
    with pytest.raises(QueryError, match="this parameter takes State"):
        resolve_entity(graph, "Organization:georgia-legion", ("State",))


@pytest.mark.neo4j
def test_adhoc_statements_need_their_parameters(graph: Graph) -> None:
    with pytest.raises(QueryError, match=r"uses \$key but no value is given"):
        run_cypher(graph, "MATCH (n {key: $key}) RETURN n")
    with pytest.raises(QueryError, match="empty"):
        run_cypher(graph, "  ;")
    assert run_cypher(graph, "RETURN $x + 1 AS y;", {"x": 1}).rows == [[2]]


def test_query_models_forbid_extra_fields(registry: Registry) -> None:
    data = registry.get("path").model_dump()
    data["surprise"] = 1
    with pytest.raises(ValueError, match="surprise"):
        Query.model_validate(data)

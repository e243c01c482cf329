"""`dcgraph queries`, `query`, `cypher`, `schema` and `browse`: asking the graph questions."""

from __future__ import annotations

import logging
import sys
import webbrowser
from enum import Enum, StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from dcgraph.browser import query_url, style_path
from dcgraph.cli.common import err, errors_as_messages, graph_of, settings_of
from dcgraph.errors import QueryError
from dcgraph.output import is_terminal, render
from dcgraph.queries import (
    QueryResult,
    Registry,
    adhoc_value,
    bind_parameters,
    describe_schema,
    parse_assignments,
    prepare,
    replace_marked_block,
    run_cypher,
    run_query,
)
from dcgraph.settings import Settings

log = logging.getLogger(__name__)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class CatalogueFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


def _registry(ctx: typer.Context) -> Registry:
    return Registry.load(settings_of(ctx).queries_dir)


def complete_query_name(incomplete: str) -> list[tuple[str, str]]:
    """Shell completion: the query names that start with what is typed, with descriptions."""
    try:
        registry = Registry.load(Settings().queries_dir)
    except Exception:  # completion must never fail loudly
        return []
    return [(q.name, q.description) for q in registry if q.name.startswith(incomplete)]


def complete_parameter(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Shell completion for `-p`: the chosen query's parameter names, as `name=`."""
    try:
        query = Registry.load(Settings().queries_dir).get(str(ctx.params.get("name")))
    except Exception:
        return []
    return [(f"{p.name}=", p.help) for p in query.parameters if f"{p.name}=".startswith(incomplete)]


NameArgument = Annotated[
    str,
    typer.Argument(
        help="The query's name (`dcgraph queries` lists them).",
        autocompletion=complete_query_name,
        metavar="NAME",
        show_default=False,
    ),
]
ParamOption = Annotated[
    list[str] | None,
    typer.Option(
        "--param",
        "-p",
        help="A parameter as name=value; repeat for more (-p state=Estonia -p limit=5).",
        autocompletion=complete_parameter,
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        help="table (rich on a terminal, plain text when piped), json or csv.",
        case_sensitive=False,
    ),
]


def _quiet_driver_notifications() -> None:
    """Neo4j's notices ("property key does not exist") are noise for analysts; -vv shows them."""
    if not logging.getLogger().isEnabledFor(logging.DEBUG):
        logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)


def _emit(result: QueryResult, output_format: str | Enum, title: str | None = None) -> None:
    output_format = output_format.value if isinstance(output_format, Enum) else output_format
    text = render(result, output_format, plain=not is_terminal(sys.stdout), title=title)
    typer.echo(text, nl=False)
    if output_format == "table" and not result.rows:
        err.print("(no rows)", highlight=False)


def queries(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(
            help="Show this query in full: parameters, columns and its Cypher.",
            autocompletion=complete_query_name,
            metavar="NAME",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        CatalogueFormat,
        typer.Option(
            "--format",
            "-f",
            help="table, json, csv, or markdown (the README's catalogue).",
            case_sensitive=False,
        ),
    ] = CatalogueFormat.table,
    readme: Annotated[
        Path | None,
        typer.Option(
            help="Rewrite the catalogue of canned queries between the "
            "<!-- queries:start/end --> markers of this README.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """List the canned queries (and your own, from DCGRAPH_QUERIES_DIR) with descriptions."""
    if readme is not None:
        text = readme.read_text(encoding="utf-8") if readme.exists() else ""
        block = Registry.load().readme_block()
        readme.write_text(replace_marked_block(text, "queries", block), encoding="utf-8")
        err.print(f"query catalogue written to {readme}", highlight=False)
        return
    registry = _registry(ctx)
    if name is not None:
        query = registry.get(name)
        typer.echo(f"{query.name} ({query.origin}, {query.path})\n{query.description}\n")
        for parameter in query.parameters:
            typer.echo(f"  -p {parameter.describe()}")
        typer.echo(f"columns: {', '.join(query.columns)}")
        for example in query.examples:
            typer.echo(f"example: {example}")
        typer.echo(f"\n{query.cypher}")
        return
    if output_format is CatalogueFormat.markdown:
        typer.echo(registry.catalogue_markdown(), nl=False)
        return
    if output_format is not CatalogueFormat.table:
        rows = registry.catalogue()
        columns = ["name", "origin", "description", "parameters", "columns"]
        _emit(QueryResult(columns, [[row[c] for c in columns] for row in rows]), output_format)
        return
    result = QueryResult(
        columns=["name", "parameters", "description"],
        rows=[
            [
                q.name + (" (yours)" if q.origin == "user" else ""),
                [p.short_text for p in q.parameters],
                q.description,
            ]
            for q in registry
        ],
    )
    _emit(result, "table")
    err.print("`dcgraph queries NAME` shows one in full", highlight=False)


def query(
    ctx: typer.Context,
    name: NameArgument,
    param: ParamOption = None,
    output_format: FormatOption = Format.table,
) -> None:
    """Run a canned query, read-only: `dcgraph query suppliers-of -p state=Estonia`."""
    registry = _registry(ctx)
    chosen = registry.get(name)
    given = parse_assignments(param)
    bind_parameters(chosen, given)  # parameter mistakes before any connection attempt
    _quiet_driver_notifications()
    with graph_of(ctx) as graph:
        result = run_query(graph, chosen, given)
    for parameter, entity in result.entities.items():
        log.info("%s = %s", parameter, entity)
    _emit(result, output_format.value)


def cypher(
    ctx: typer.Context,
    statement: Annotated[
        str,
        typer.Argument(
            help="One Cypher statement; `-` reads it from standard input.",
            metavar="STATEMENT",
            show_default=False,
        ),
    ],
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="A parameter as name=value (JSON values are typed: 5, true, [1,2]).",
            show_default=False,
        ),
    ] = None,
    output_format: FormatOption = Format.table,
) -> None:
    """Run an ad-hoc Cypher statement in a read-only transaction (writes are refused)."""
    text = sys.stdin.read() if statement == "-" else statement
    parameters = {key: adhoc_value(value) for key, value in parse_assignments(param).items()}
    _quiet_driver_notifications()
    with graph_of(ctx) as graph:
        result = run_cypher(graph, text, parameters)
    _emit(result, output_format.value)


def schema(ctx: typer.Context, output_format: FormatOption = Format.table) -> None:
    """Show labels and relationship types with counts, constraints and indexes."""
    _quiet_driver_notifications()
    with graph_of(ctx) as graph:
        report = describe_schema(graph)
    sections = report.sections()
    if output_format is Format.json:
        payload: dict[str, Any] = {name: part.records() for name, part in sections.items()}
        import json

        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    elif output_format is Format.csv:
        combined = QueryResult(
            columns=["section", "name", "count", "details"],
            rows=[
                [name, row[0], row[1] if name in ("labels", "relationships") else None, row[2:]]
                for name, part in sections.items()
                for row in part.rows
            ],
        )
        _emit(combined, "csv")
    else:
        for name, part in sections.items():
            _emit(part, "table", title=name)
    if report.labels.rows and all(
        count == 0 for label, count, _ in report.labels.rows if label == "Document"
    ):
        err.print("the graph has no documents yet; load some: `dcgraph load seeds/`")


def browse(
    ctx: typer.Context,
    name: NameArgument,
    param: ParamOption = None,
    open_: Annotated[
        bool, typer.Option("--open", help="Also open the URL in your web browser.")
    ] = False,
) -> None:
    """Print the Neo4j Browser URL with a query and its parameters filled in."""
    settings = settings_of(ctx)
    chosen = _registry(ctx).get(name)
    given = parse_assignments(param)
    bind_parameters(chosen, given)
    _quiet_driver_notifications()
    with graph_of(ctx) as graph:
        parameters, _entities = prepare(graph, chosen, given)
    url = query_url(settings, chosen, parameters)
    typer.echo(url)
    err.print(
        "In Browser: log in, then press Run (the parameters are set by the `:param` lines). "
        f"Colours: drag {style_path()} onto Browser's `:style` panel once.",
        highlight=False,
        soft_wrap=True,
    )
    if open_ and not webbrowser.open(url):
        raise QueryError("no web browser could be opened", hint="copy the URL above instead")


COMMANDS = (queries, query, cypher, schema, browse)


def register(app: typer.Typer) -> None:
    """Add the query commands to the root app."""
    for command in COMMANDS:
        app.command(name=command.__name__)(errors_as_messages(command))

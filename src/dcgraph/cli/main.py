"""The root `dcgraph` command: global options, and each command group registered once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dcgraph import __version__
from dcgraph.cli.bench_commands import bench_app
from dcgraph.cli.common import setup_logging
from dcgraph.cli.extract_commands import eval_command, extract
from dcgraph.cli.load_commands import forget, load
from dcgraph.cli.neo4j_commands import doctor, neo4j_app
from dcgraph.cli.query_commands import register as register_query_commands

app = typer.Typer(
    name="dcgraph",
    help="Turn defence-cooperation reporting into a Neo4j graph that analysts can question.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dcgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    uri: Annotated[
        str | None,
        typer.Option(
            help="Bolt URI of your own Neo4j (env NEO4J_URI; default: the managed local one)."
        ),
    ] = None,
    username: Annotated[str | None, typer.Option(help="Neo4j user (env NEO4J_USERNAME).")] = None,
    database: Annotated[
        str | None, typer.Option(help="Neo4j database (env NEO4J_DATABASE).")
    ] = None,
    data_dir: Annotated[
        Path | None,
        typer.Option(help="Data folder of the managed Neo4j (env DCGRAPH_DATA_DIR)."),
    ] = None,
    verbose: Annotated[
        int, typer.Option("--verbose", "-v", count=True, help="More log output (-vv: debug).")
    ] = 0,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Password: NEO4J_PASSWORD in the environment or .env; never an option, so it stays out
    of shell history and process lists."""
    setup_logging(verbose)
    ctx.obj = {
        "overrides": {
            "neo4j_uri": uri,
            "neo4j_username": username,
            "neo4j_database": database,
            "data_dir": data_dir,
        }
    }


app.add_typer(neo4j_app, name="neo4j")
app.add_typer(bench_app, name="bench")
app.command()(doctor)
app.command()(extract)
app.command("eval")(eval_command)
register_query_commands(app)
app.command()(load)
app.command()(forget)

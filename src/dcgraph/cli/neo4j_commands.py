"""`dcgraph neo4j ...` and `dcgraph doctor`: the managed local Neo4j and health checks."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from dcgraph.cli.common import ExitCode, err, errors_as_messages, human_bytes, out, settings_of
from dcgraph.doctor import run_checks
from dcgraph.neo4j_local import LocalNeo4j

neo4j_app = typer.Typer(
    help="Run the local Neo4j that dcgraph manages (no Docker needed).", no_args_is_help=True
)


def _local(ctx: typer.Context) -> LocalNeo4j:
    return LocalNeo4j(settings_of(ctx))


@neo4j_app.command()
@errors_as_messages
def start(ctx: typer.Context) -> None:
    """Provision Neo4j from Maven Central if needed, start it and wait until Bolt answers."""
    local = _local(ctx)
    result = local.start(announce=lambda message: err.print(message, highlight=False))
    status = result.status
    if result.already_running:
        out.print(f"Neo4j is already running (pid {status.pid}) at {status.bolt_uri}")
        return
    out.print(
        f"Neo4j {status.version} started in {result.seconds:.1f} s (pid {status.pid})\n"
        f"  Bolt:    {status.bolt_uri}\n  Browser: {status.http_url}/browser/\n"
        f"  user neo4j, password in {local.password_file}"
    )


@neo4j_app.command()
@errors_as_messages
def stop(ctx: typer.Context) -> None:
    """Stop the local Neo4j gracefully."""
    if _local(ctx).stop():
        out.print("Neo4j stopped")
    else:
        out.print("Neo4j was not running")


@neo4j_app.command()
@errors_as_messages
def status(ctx: typer.Context) -> None:
    """Show whether the local Neo4j runs, where, which version, and its data size."""
    state = _local(ctx).status()
    table = Table(show_header=False, box=None)
    table.add_row("state", "[green]running[/]" if state.running else "[yellow]stopped[/]")
    table.add_row("pid", str(state.pid or "-"))
    table.add_row("Bolt URI", state.bolt_uri)
    table.add_row("Browser", f"{state.http_url}/browser/")
    table.add_row("version", state.version or "-")
    table.add_row("provisioned", str(state.server_dir) if state.provisioned else "no")
    table.add_row("home", str(state.home))
    table.add_row("data size", human_bytes(state.data_bytes))
    out.print(table)
    if not state.running:
        raise typer.Exit(code=int(ExitCode.ERROR))


@neo4j_app.command()
@errors_as_messages
def logs(
    ctx: typer.Context,
    lines: Annotated[int, typer.Option("--lines", "-n", help="How many lines.")] = 50,
) -> None:
    """Print the last lines of the local Neo4j's log."""
    text = _local(ctx).logs(lines)
    if text:
        typer.echo(text)
    else:
        err.print("no log yet: the local Neo4j has never started")


@neo4j_app.command()
@errors_as_messages
def provision(ctx: typer.Context) -> None:
    """Fetch Neo4j from Maven Central into the cache without starting it."""
    local = _local(ctx)
    lib = local.provision(announce=lambda message: err.print(message, highlight=False))
    size = sum(jar.stat().st_size for jar in lib.glob("*.jar"))
    out.print(f"Neo4j {local.settings.neo4j_version} provisioned in {lib} ({human_bytes(size)})")


@errors_as_messages
def doctor(ctx: typer.Context) -> None:
    """Check Java, Maven and the Neo4j connection, and say how to fix what fails."""
    checks = run_checks(settings_of(ctx))
    for check in checks:
        mark = "[green]ok[/]  " if check.ok else "[red]FAIL[/]"
        out.print(f"{mark} {check.name}: {check.detail}", highlight=False)
        if not check.ok and check.fix:
            out.print(f"     fix: {check.fix}", highlight=False)
    if not all(check.ok for check in checks):
        raise typer.Exit(code=int(ExitCode.ERROR))

"""What every command shares: consoles, settings from options, errors as one line, exit codes."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.logging import RichHandler

from dcgraph.database import Graph, open_graph
from dcgraph.errors import DcgraphError
from dcgraph.settings import Settings

P = ParamSpec("P")
R = TypeVar("R")

#: Results go to standard output; messages, progress and errors to standard error.
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class ExitCode(IntEnum):
    """What dcgraph's exit status means (documented in the README for cron jobs)."""

    OK = 0
    ERROR = 1  # nothing was done: bad settings, Neo4j unreachable, refused query...
    USAGE = 2  # the command line itself was wrong (click's own code)
    PARTIAL = 3  # the command ran, but some inputs failed (each was reported)


def fail(message: str, hint: str | None = None, code: ExitCode = ExitCode.ERROR) -> typer.Exit:
    """Print one error line (and the fix, when there is one); return the Exit to raise."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    if hint:
        err.print(f"[dim]hint:[/] {hint}", highlight=False)
    return typer.Exit(code=int(code))


def errors_as_messages(command: Callable[P, R]) -> Callable[P, R]:
    """Turn dcgraph's exceptions into one line on standard error and exit code 1."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except DcgraphError as exc:
            first_line, _, rest = str(exc).partition("\n")
            exit_ = fail(first_line, exc.hint)
            if rest and logging.getLogger().isEnabledFor(logging.INFO):
                err.print(rest, highlight=False, markup=False)
            raise exit_ from exc

    return wrapper


def setup_logging(verbose: int) -> None:
    """The library logs through `logging`; only the CLI decides where that goes."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(
        level=level,
        format="%(message)s",
        datefmt="[%X]",
        handlers=[RichHandler(console=err, show_path=False, rich_tracebacks=False)],
        force=True,
    )
    logging.getLogger("neo4j").setLevel(max(level, logging.WARNING))


def settings_of(ctx: typer.Context) -> Settings:
    """The settings of this run: environment and .env, with the global options on top."""
    obj = ctx.find_root().obj
    if obj is None:
        obj = {}
    settings = obj.get("settings")
    if settings is None:
        settings = Settings().with_overrides(**obj.get("overrides", {}))
        obj["settings"] = settings
        ctx.find_root().obj = obj
    return settings


@contextmanager
def graph_of(ctx: typer.Context, *, start_local: bool = True) -> Iterator[Graph]:
    """An open connection for one command; closed when the command ends."""
    graph = open_graph(settings_of(ctx), start_local=start_local)
    try:
        yield graph
    finally:
        graph.close()


def human_bytes(size: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GiB"


def echo_json(payload: Any) -> None:
    """Print JSON for scripts: plain, one document, no colours."""
    import json

    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2, default=str))

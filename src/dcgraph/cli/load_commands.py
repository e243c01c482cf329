"""`dcgraph load` and `dcgraph forget`: the loader's commands, a thin shell over `loading`."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from dcgraph.cli.common import (
    ExitCode,
    echo_json,
    err,
    errors_as_messages,
    graph_of,
    out,
    settings_of,
)
from dcgraph.loading import LoadProgress, LoadSummary, load_paths
from dcgraph.loading import forget as forget_documents

Wait = Annotated[
    float,
    typer.Option(
        min=0, help="Seconds to wait for another load to finish before giving up (default 0)."
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print the summary as JSON, for scripts.")]

PHASES = {
    "scanning": "Hashing files",
    "loading": "Loading documents",
    "pruning": "Pruning removed files",
    "forgetting": "Forgetting documents",
    "naive": "Naive loader (benchmark)",
}


@contextmanager
def progress_bar(enabled: bool) -> Iterator[Callable[[LoadProgress], None]]:
    """A progress bar on standard error, fed by the library's progress callback."""
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not enabled,
    )
    tasks: dict[str, TaskID] = {}

    def update(event: LoadProgress) -> None:
        if event.phase not in tasks:
            tasks[event.phase] = progress.add_task(PHASES[event.phase], total=event.total)
        progress.update(tasks[event.phase], completed=event.done, total=event.total)

    with progress:
        yield update


def report(summary: LoadSummary, as_json: bool) -> None:
    """Print the summary (a table, or JSON) and each failure as one `error:` line."""
    for failure in summary.failures:
        err.print(
            f"[bold red]error:[/] {escape(failure.path)}: {escape(failure.problem)}",
            highlight=False,
        )
    if as_json:
        echo_json(summary.model_dump(mode="json"))
        return
    table = Table(title=f"{summary.kind} {summary.run}: {summary.status}", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    documents = (
        f"{summary.documents_seen} seen, {summary.documents_new} new, "
        f"{summary.documents_changed} changed, {summary.documents_unchanged} unchanged, "
        f"{summary.documents_failed} failed, {summary.documents_removed} removed"
    )
    table.add_row("documents", documents)
    table.add_row("nodes", f"{summary.nodes_created} created, {summary.nodes_deleted} deleted")
    table.add_row(
        "relationships",
        f"{summary.relationships_created} created, {summary.relationships_deleted} deleted",
    )
    if summary.kind == "load":
        table.add_row("reference data", "loaded" if summary.reference_loaded else "up to date")
    table.add_row("time", f"{summary.seconds:.1f} s")
    out.print(table)


def exit_code(summary: LoadSummary) -> ExitCode:
    """0 when every input went in; 3 when some failed; 1 when every one of them failed."""
    if not summary.failures:
        return ExitCode.OK
    if summary.documents_failed >= summary.documents_seen:
        return ExitCode.ERROR
    return ExitCode.PARTIAL


def quiet_extraction_tracebacks() -> None:
    """A document whose extraction fails is reported as one `error:` line; the traceback the
    extractor logs with it is for `-v` only."""
    if not logging.getLogger().isEnabledFor(logging.INFO):
        logging.getLogger("dcgraph.extraction").setLevel(logging.CRITICAL)


@errors_as_messages
def load(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of documents.")],
    prune: Annotated[
        bool,
        typer.Option(
            help="Remove documents whose files are gone from the given folders, and every "
            "fact only they supported."
        ),
    ] = False,
    reextract: Annotated[
        bool,
        typer.Option(
            help="Extract and rewrite unchanged documents too: after upgrading dcgraph or "
            "changing DCGRAPH_MIN_CONFIDENCE."
        ),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Extraction processes (env DCGRAPH_WORKERS)."),
    ] = None,
    batch_size: Annotated[
        int | None,
        typer.Option(min=1, help="Rows per write statement (env DCGRAPH_BATCH_SIZE)."),
    ] = None,
    wait: Wait = 0.0,
    as_json: AsJson = False,
) -> None:
    """Load documents into Neo4j: new and changed ones are extracted and written, unchanged
    ones skipped; run it again at any time (cron: see the README)."""
    settings = settings_of(ctx)
    quiet_extraction_tracebacks()
    with graph_of(ctx) as graph, progress_bar(not as_json and err.is_terminal) as progress:
        summary = load_paths(
            graph,
            paths,
            prune=prune,
            workers=workers or settings.workers,
            batch_size=batch_size or settings.batch_size,
            wait=wait,
            lock_timeout=settings.lock_timeout,
            max_bytes=settings.max_document_bytes,
            min_confidence=settings.min_confidence,
            reextract=reextract,
            progress=progress,
        )
    report(summary, as_json)
    raise typer.Exit(code=int(exit_code(summary)))


@errors_as_messages
def forget(
    ctx: typer.Context,
    documents: Annotated[
        list[str], typer.Argument(help="Document keys, or the paths they were loaded from.")
    ],
    wait: Wait = 0.0,
    as_json: AsJson = False,
) -> None:
    """Remove documents from the graph, with their evidence and every fact only they
    supported (the files stay; loading their folder again brings them back)."""
    settings = settings_of(ctx)
    with graph_of(ctx) as graph, progress_bar(not as_json and err.is_terminal) as progress:
        summary = forget_documents(
            graph,
            documents,
            wait=wait,
            lock_timeout=settings.lock_timeout,
            batch_size=settings.batch_size,
            progress=progress,
        )
    report(summary, as_json)
    raise typer.Exit(code=int(exit_code(summary)))

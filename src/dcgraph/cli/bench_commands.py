"""`dcgraph bench ...`: benchmarks that print figures measured side by side in one run."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from dcgraph.bench_extract import run_extract_benchmark
from dcgraph.cli.common import err, errors_as_messages, out

bench_app = typer.Typer(help="Measure extraction and loading speed.", no_args_is_help=True)


@bench_app.command("extract")
@errors_as_messages
def bench_extract(
    megabytes: Annotated[
        float, typer.Option(help="Size of the generated corpus, in MB of text.")
    ] = 20.0,
    workers: Annotated[int, typer.Option(min=1, help="Processes of the parallel run.")] = 2,
    corpus: Annotated[
        Path | None,
        typer.Option(help="Keep the generated corpus here (reused when big enough)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Extraction throughput in MB/s, one process and several, over one generated corpus."""
    with tempfile.TemporaryDirectory(prefix="dcgraph-bench-") as scratch:
        folder = corpus or Path(scratch)
        err.print(f"Generating at least {megabytes:.0f} MB of documents in {folder} ...")
        result = run_extract_benchmark(folder, megabytes=megabytes, workers=workers)
    if as_json:
        typer.echo(json.dumps(result.as_dict(), indent=2))
        return
    table = Table(title=f"Extraction: {result.documents} documents, {result.megabytes} MB")
    for column in ("processes", "seconds", "MB/s", "documents", "facts", "failed"):
        table.add_column(column, justify="right")
    for run in result.runs:
        table.add_row(
            str(run.workers),
            f"{run.seconds:.1f}",
            f"{run.megabytes_per_second:.2f}",
            str(run.documents),
            str(run.facts),
            str(run.failures),
        )
    out.print(table)
    out.print(
        f"speed-up with {result.runs[-1].workers} processes: {result.speedup:.2f}x "
        f"(gazetteers built in {result.setup_seconds:.1f} s, not counted)"
    )

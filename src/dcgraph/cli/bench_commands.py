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
    for column in ("build", "processes", "seconds", "MB/s", "documents", "facts", "failed"):
        table.add_column(column, justify="right")
    for run in result.runs:
        table.add_row(
            run.build,
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
    if result.compiled_gain is not None:
        out.print(f"compiled against source, one process: {result.compiled_gain:.2f}x")
    else:
        out.print("build: Python source (DCGRAPH_COMPILE=1 pip install . compiles it)")


@bench_app.command("load")
@errors_as_messages
def bench_load(
    ctx: typer.Context,
    documents: Annotated[int, typer.Option(min=1, help="Documents in the corpus.")] = 10_000,
    batch_size: Annotated[
        int | None,
        typer.Option(min=1, help="Rows per write statement (env DCGRAPH_BATCH_SIZE)."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the generated corpus.")] = 0,
    generated: Annotated[
        bool,
        typer.Option(
            "--generated",
            help="Extract a generated text corpus (slow) instead of synthetic extractions.",
        ),
    ] = False,
    naive_documents: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Time the naive loader on only the first N documents (it writes about 350 "
            "relationships/s: the whole corpus takes minutes).",
        ),
    ] = None,
    in_place: Annotated[
        bool,
        typer.Option(
            help="Use the configured Neo4j instead of a throwaway one (it must be empty)."
        ),
    ] = False,
    wipe: Annotated[
        bool, typer.Option(help="With --in-place: empty the configured database first.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Relationships written per second by the batched loader and by a naive one-statement-
    per-fact loader, over the same corpus, each into an empty database (write phase only)."""
    from dcgraph import bench_load as bench
    from dcgraph.cli.common import graph_of, settings_of
    from dcgraph.cli.load_commands import progress_bar

    settings = settings_of(ctx)
    err.print(f"Preparing {documents} documents ...")
    if generated:
        extractions = bench.corpus_extractions(documents, seed=seed, workers=settings.workers)
        corpus = f"generated ({len(extractions)} extracted)"
    else:
        extractions = bench.synthetic_extractions(documents, seed=seed)
        corpus = "synthetic extractions"
    if in_place:
        database = graph_of(ctx)
    else:
        err.print("Starting a throwaway Neo4j for the benchmark ...")
        database = bench.throwaway_neo4j(settings)
    with database as graph, progress_bar(not as_json and err.is_terminal) as progress:
        if in_place and not wipe:
            bench.require_empty(graph)
        result = bench.run_benchmark(
            graph,
            extractions,
            corpus=corpus,
            batch_size=batch_size or settings.batch_size,
            naive_documents=naive_documents,
            progress=progress,
        )
    if as_json:
        typer.echo(json.dumps(result.model_dump(mode="json"), indent=2))
        return
    table = Table(
        title=f"Loading {result.documents} documents ({result.corpus}), "
        f"{result.relationship_writes} relationship writes, batch size {result.batch_size}"
    )
    for column in ("loader", "documents", "seconds", "relationships/s", "relationships"):
        table.add_column(column, justify="right")
    table.add_row(
        "batched, first pass",
        str(result.documents),
        f"{result.first_pass_seconds:.1f}",
        f"{result.first_pass_rate:,.0f}",
        "",
    )
    table.add_row(
        "batched",
        str(result.documents),
        f"{result.batched_seconds:.1f}",
        f"{result.batched_rate:,.0f}",
        str(result.batched_relationships),
    )
    table.add_row(
        "naive",
        str(result.naive_documents),
        f"{result.naive_seconds:.1f}",
        f"{result.naive_rate:,.0f}",
        str(result.naive_relationships),
    )
    out.print(table)
    codec = "Rust" if result.rust_codec else "pure Python (install neo4j-rust-ext)"
    out.print(f"batched / naive: {result.ratio:.1f}x  (Neo4j {result.neo4j}, Bolt codec {codec})")

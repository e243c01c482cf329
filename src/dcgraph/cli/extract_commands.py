"""`dcgraph extract` and `dcgraph eval`: extraction without touching Neo4j."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from dcgraph.cli.common import ExitCode, err, errors_as_messages, out, settings_of
from dcgraph.errors import DocumentError
from dcgraph.evaluation import evaluate, load_gold
from dcgraph.extraction import extract_paths, json_lines
from dcgraph.model import Extraction
from dcgraph.settings import Settings


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


Paths = Annotated[list[Path], typer.Argument(help="Files or folders of documents.")]
Workers = Annotated[
    int | None, typer.Option("--workers", "-w", min=1, help="Processes (env DCGRAPH_WORKERS).")
]


def _extract_all(
    paths: list[Path], workers: int | None, settings: Settings
) -> tuple[list[Extraction], int]:
    """Extractions of every readable document; each failure reported as one line."""
    extractions: list[Extraction] = []
    failed = 0
    for outcome in extract_paths(
        paths,
        workers=workers or settings.workers,
        max_bytes=settings.max_document_bytes,
        min_confidence=settings.min_confidence,
    ):
        if isinstance(outcome, DocumentError):
            err.print(f"[bold red]error:[/] {outcome}", highlight=False)
            failed += 1
        else:
            extractions.append(outcome)
    return extractions, failed


@errors_as_messages
def extract(
    ctx: typer.Context,
    paths: Paths,
    output_format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="jsonl (SCHEMA.md) or a table.")
    ] = ExtractFormat.jsonl,
    workers: Workers = None,
    with_reference: Annotated[
        bool, typer.Option(help="Also print reference facts (home states, makers, regions).")
    ] = False,
) -> None:
    """Extract nodes and facts from documents and print them, without touching Neo4j."""
    settings = settings_of(ctx)
    extractions, failed = _extract_all(paths, workers, settings)
    if output_format is ExtractFormat.jsonl:
        for line in json_lines(extractions, with_reference=with_reference):
            typer.echo(line)
    else:
        table = Table("fact", "evidence", show_lines=True, expand=True)
        for extraction in extractions:
            for edge in extraction.edges:
                properties = ", ".join(f"{k}={v}" for k, v in edge.properties.items())
                fact = f"{edge.start} -[{edge.type}]-> {edge.end}"
                if edge.confidence is not None:
                    fact += f"\nconfidence={edge.confidence:.3f}"
                if properties:
                    fact += f"\n{properties}"
                sentence = edge.evidence[0].sentence if edge.evidence else ""
                table.add_row(fact, f"{extraction.document.path}: {sentence[:160]}")
        out.print(table)
    if failed:
        raise typer.Exit(code=int(ExitCode.PARTIAL))


@errors_as_messages
def eval_command(
    ctx: typer.Context,
    gold: Annotated[Path, typer.Argument(help="Gold facts, one JSON object per line.")],
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Documents the gold is about (default: seeds/)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    workers: Workers = None,
) -> None:
    """Score extraction against gold facts: precision, recall and F1 per relationship type."""
    settings = settings_of(ctx)
    facts = load_gold(gold)
    extractions, failed = _extract_all(paths or [Path("seeds")], workers, settings)
    result = evaluate(facts, extractions)
    if as_json:
        typer.echo(json.dumps(result.as_dict(), indent=2))
    else:
        table = Table(
            "type",
            "precision",
            "recall",
            "F1",
            "gold",
            "found",
            title=(f"{result.documents} documents"),
        )
        for score in [*result.per_type, result.micro]:
            table.add_row(
                score.type,
                f"{score.precision:.3f}",
                f"{score.recall:.3f}",
                f"{score.f1:.3f}",
                str(score.support),
                str(score.true_positives + score.false_positives),
                style="bold" if score.type == "micro" else None,
            )
        out.print(table)
        for name, (agree, compared) in result.property_agreement.items():
            out.print(f"{name} agreement on matched facts: {agree}/{compared}")
        for fact in result.misses:
            out.print(f"[red]miss[/]  {escape(str(fact))}", highlight=False)
        for fact in result.extras:
            out.print(f"[yellow]extra[/] {escape(str(fact))}", highlight=False)
    if failed:
        raise typer.Exit(code=int(ExitCode.PARTIAL))

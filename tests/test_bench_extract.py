"""`dcgraph bench extract` on the source build: figures for one process and several over
one generated corpus (the compiled build's side-by-side run is in test_compiled_build)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dcgraph.cli.main import app


def test_bench_extract_prints_one_and_two_process_figures(tmp_path: Path) -> None:
    command = ["bench", "extract", "--json", "--megabytes", "0.2", "--workers", "2"]
    result = CliRunner().invoke(app, [*command, "--corpus", str(tmp_path)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert [(run["build"], run["workers"]) for run in figures["runs"]] == [
        ("source", 1),
        ("source", 2),
    ]
    assert figures["compiled_modules"] == []
    assert figures["compiled_gain"] is None
    assert figures["megabytes"] >= 0.2
    runs = figures["runs"]
    assert runs[0]["facts"] == runs[1]["facts"] > 0
    assert all(run["failures"] == 0 and run["megabytes_per_second"] > 0 for run in runs)

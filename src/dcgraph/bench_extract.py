"""`dcgraph bench extract`: extraction throughput in MB of text per second, one process and
several, measured side by side over one generated corpus. Where the installed build is
compiled (hatch_build.py), the Python source is measured beside it, on one process, in a
child process that imports the source (`DCGRAPH_PURE_PYTHON=1`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from dcgraph.build import PURE_PYTHON_VARIABLE, compiled_modules
from dcgraph.corpus import generate_corpus
from dcgraph.errors import DcgraphError, DocumentError
from dcgraph.extraction import Outcome, extract_file, extract_files, extraction_pool, warm_up


@dataclass(frozen=True)
class ExtractRun:
    #: "compiled" or "source"
    build: str
    workers: int
    seconds: float
    megabytes_per_second: float
    documents: int
    facts: int
    failures: int


@dataclass(frozen=True)
class ExtractBenchmark:
    documents: int
    megabytes: float
    setup_seconds: float
    runs: tuple[ExtractRun, ...]
    #: The dcgraph modules the running build has compiled (none for the source).
    compiled_modules: tuple[str, ...] = ()

    @property
    def speedup(self) -> float:
        """The most processes' rate against one process's, of the running build."""
        own = [run for run in self.runs if run.build == self.runs[0].build]
        return own[-1].megabytes_per_second / own[0].megabytes_per_second

    @property
    def compiled_gain(self) -> float | None:
        """One compiled process's rate against one source process's, where both ran."""
        single = {run.build: run for run in self.runs if run.workers == 1}
        if "compiled" not in single or "source" not in single:
            return None
        return single["compiled"].megabytes_per_second / single["source"].megabytes_per_second

    def as_dict(self) -> dict[str, object]:
        gain = self.compiled_gain
        return {
            **asdict(self),
            "speedup": round(self.speedup, 2),
            "compiled_gain": None if gain is None else round(gain, 2),
        }


def _run(files: list[Path], workers: int, megabytes: float, build: str) -> ExtractRun:
    if workers > 1:
        with extraction_pool(workers) as pool:
            # Start every worker and let it build its gazetteers before the clock starts.
            list(pool.map(_ready, range(workers * 4)))
            began = time.perf_counter()
            outcomes = pool.map(extract_file, files, chunksize=16)
            return _tally(outcomes, began, workers, megabytes, build)
    began = time.perf_counter()
    return _tally(extract_files(files), began, 1, megabytes, build)


def _source_run(folder: Path, megabytes: float) -> ExtractRun:
    """One process of the Python source over the same corpus, in a child process (a module
    imported compiled cannot be imported again from source in this one)."""
    command = [sys.executable, "-m", "dcgraph", "bench", "extract", "--json"]
    command += ["--corpus", str(folder), "--megabytes", str(megabytes), "--workers", "1"]
    done = subprocess.run(
        command,
        env={**os.environ, PURE_PYTHON_VARIABLE: "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise DcgraphError(f"the source build's benchmark failed: {last}")
    child = json.loads(done.stdout)
    if child["compiled_modules"]:
        raise DcgraphError(f"the source build imported compiled {child['compiled_modules']}")
    return ExtractRun(**child["runs"][0])


def _ready(_: int) -> bool:
    return True


def _tally(
    outcomes: Iterable[Outcome], began: float, workers: int, megabytes: float, build: str
) -> ExtractRun:
    facts = failures = documents = 0
    for outcome in outcomes:
        if isinstance(outcome, DocumentError):
            failures += 1
        else:
            documents += 1
            facts += len(outcome.edges)
    seconds = time.perf_counter() - began
    return ExtractRun(
        build, workers, round(seconds, 2), round(megabytes / seconds, 3), documents, facts, failures
    )


def run_extract_benchmark(
    folder: Path, megabytes: float = 20.0, workers: int = 2, seed: int = 0
) -> ExtractBenchmark:
    """Generate at least `megabytes` of text in `folder`, then extract it with 1 and with
    `workers` processes; a compiled build also has the source extract it on 1 process."""
    folder.mkdir(parents=True, exist_ok=True)
    files = sorted(folder.glob("*.txt"))
    size = sum(path.stat().st_size for path in files)
    if size < megabytes * 1e6:
        generate_corpus(folder, megabytes=megabytes, seed=seed)
        files = sorted(folder.glob("*.txt"))
        size = sum(path.stat().st_size for path in files)
    began = time.perf_counter()
    warm_up()
    setup = time.perf_counter() - began
    total = size / 1e6
    compiled = tuple(compiled_modules())
    build = "compiled" if compiled else "source"
    runs = [_run(files, 1, total, build)]
    if compiled:
        runs.append(_source_run(folder, megabytes))
    if workers > 1:
        runs.append(_run(files, workers, total, build))
    return ExtractBenchmark(len(files), round(total, 2), round(setup, 2), tuple(runs), compiled)

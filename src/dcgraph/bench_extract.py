"""`dcgraph bench extract`: extraction throughput in MB of text per second, one process and
several, measured side by side over one generated corpus."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from dcgraph.corpus import generate_corpus
from dcgraph.errors import DocumentError
from dcgraph.extraction import Outcome, extract_file, extract_files, extraction_pool, warm_up


@dataclass(frozen=True)
class ExtractRun:
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

    @property
    def speedup(self) -> float:
        return self.runs[-1].megabytes_per_second / self.runs[0].megabytes_per_second

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "speedup": round(self.speedup, 2)}


def _run(files: list[Path], workers: int, megabytes: float) -> ExtractRun:
    if workers > 1:
        with extraction_pool(workers) as pool:
            # Start every worker and let it build its gazetteers before the clock starts.
            list(pool.map(_ready, range(workers * 4)))
            began = time.perf_counter()
            outcomes = pool.map(extract_file, files, chunksize=16)
            return _tally(outcomes, began, workers, megabytes)
    began = time.perf_counter()
    return _tally(extract_files(files), began, 1, megabytes)


def _ready(_: int) -> bool:
    return True


def _tally(outcomes: Iterable[Outcome], began: float, workers: int, megabytes: float) -> ExtractRun:
    facts = failures = documents = 0
    for outcome in outcomes:
        if isinstance(outcome, DocumentError):
            failures += 1
        else:
            documents += 1
            facts += len(outcome.edges)
    seconds = time.perf_counter() - began
    return ExtractRun(
        workers, round(seconds, 2), round(megabytes / seconds, 3), documents, facts, failures
    )


def run_extract_benchmark(
    folder: Path, megabytes: float = 20.0, workers: int = 2, seed: int = 0
) -> ExtractBenchmark:
    """Generate at least `megabytes` of text in `folder`, then extract it with 1 and with
    `workers` processes."""
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
    runs = [_run(files, 1, total)]
    if workers > 1:
        runs.append(_run(files, workers, total))
    return ExtractBenchmark(len(files), round(total, 2), round(setup, 2), tuple(runs))

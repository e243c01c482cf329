"""Documents in, nodes and facts out: the extraction pipeline and its parallel driver."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from dcgraph.documents import DEFAULT_MAX_BYTES, SourceDocument, discover, read_document
from dcgraph.errors import DocumentError
from dcgraph.model import Extraction

log = logging.getLogger(__name__)

Outcome = Extraction | DocumentError


def extract(source: SourceDocument) -> Extraction:
    """The entities and facts one document states, each fact with its evidence."""
    return Extraction(document=source.info, nodes=(source.info.as_node(),))


def extract_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Outcome:
    """Read and extract one file; a problem with it comes back as a DocumentError."""
    try:
        return extract(read_document(path, max_bytes=max_bytes))
    except DocumentError as exc:
        return exc
    except Exception as exc:  # one bad document must not stop a batch
        log.exception("extraction failed on %s", path)
        return DocumentError(str(path), f"extraction failed ({type(exc).__name__}: {exc})")


def extract_paths(
    paths: Iterable[str | Path], *, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Outcome]:
    """Extract every document under the paths, in order; errors are items, not exceptions."""
    found: list[Path] = []
    for item in discover(paths):
        if isinstance(item, DocumentError):
            yield item
        else:
            found.append(item)
    if workers <= 1 or len(found) <= 1:
        for path in found:
            yield extract_file(path, max_bytes)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(extract_file, found, [max_bytes] * len(found), chunksize=8)

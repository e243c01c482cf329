"""A stable hash of the graph's content, to show that loads are idempotent and crash-safe.

It covers every node (labels, properties) and every relationship (type, endpoint labels and
keys, properties), in a canonical order, and leaves out what legitimately differs between
two loads of the same documents: the time a document was loaded, the run log and the lock.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from dcgraph import statements as q
from dcgraph.database import Graph

#: Per label, the properties whose values say when something happened, not what the graph says.
VOLATILE_PROPERTIES: dict[str, frozenset[str]] = {"Document": frozenset({"loaded_at"})}


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _stable(labels: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    volatile: set[str] = set()
    for label in labels:
        volatile |= VOLATILE_PROPERTIES.get(label, frozenset())
    return {key: value for key, value in properties.items() if key not in volatile}


def graph_lines(graph: Graph) -> list[str]:
    """One canonical line per node and relationship, sorted: what the fingerprint hashes.
    Also handy in tests, where a set difference of two of these says what changed."""
    from dcgraph.loading import read_rows

    lines: list[str] = []
    for row in read_rows(graph, q.FINGERPRINT_NODES):
        labels = sorted(row["labels"])
        lines.append(_canonical(["node", labels, _stable(labels, row["properties"])]))
    for row in read_rows(graph, q.FINGERPRINT_RELATIONSHIPS):
        if set(row["start_labels"]) & {q.LOAD_RUN, q.LOAD_LOCK} or set(row["end_labels"]) & {
            q.LOAD_RUN,
            q.LOAD_LOCK,
        }:
            continue
        lines.append(
            _canonical(
                [
                    "relationship",
                    row["type"],
                    sorted(row["start_labels"]),
                    row["start"],
                    sorted(row["end_labels"]),
                    row["end"],
                    row["properties"],
                ]
            )
        )
    lines.sort()
    return lines


def fingerprint(graph: Graph) -> str:
    """SHA-256 over the graph's canonical lines: equal graphs, equal fingerprints."""
    digest = hashlib.sha256()
    for line in graph_lines(graph):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()

"""Loading extraction results into Neo4j: batched, idempotent, incremental, with provenance.

How the graph is kept true (the storage contract the queries rely on):

* A fact is one relationship per (type, start, end). Each document that states it adds a
  *claim* to it: `claims` holds one JSON string `{"doc", "date", "properties"}` per source, in
  load order (reference data first), and `evidence`, `evidence_docs`, `evidence_spans` are
  parallel lists of the sentences, their documents and their "start-end" offsets. Everything
  else on the relationship is derived from the claims: `sources` (["reference"] first, then the
  documents), `first_seen` (earliest document date), list properties (`items`, `domains`,
  `delivery_years`) as the sorted union, single-valued ones (`status`, `supplier`,
  `quantity`, ...) from the most recent document that gives a value (by date, then load order;
  "unknown" and absent values give way to any real one), with the date each came from kept in
  `claims_latest`.
* A fact that only gains claims (the usual case) is appended to: its new claims and evidence
  are added in Cypher and its derived values set from `claims_latest` and the stored lists, so
  a fact stated by thousands of documents is never shipped back and forth whole. Removing or
  replacing a document strips its claims and evidence from the facts it supported (listed in
  the Document's `fact_ids`, so no scan is needed) and recomputes them from the claims; a fact
  left without claims is deleted, and so is an entity left without any relationship (unless it
  is reference data).
* A Document is keyed by a hash of its text. It records the files it was read from
  (`source_paths` with the parallel `source_sha256`), so a rerun hashes each file and skips
  the unchanged ones before any extraction; identical text at two paths is one Document.
* Each batch of documents is written in one managed transaction (retried by the driver on
  transient errors), together with the Documents' hashes: a crash leaves whole batches or
  nothing, and the rerun picks up exactly what is missing. While one batch is written, the
  next is staged (`Pipeline`); commits keep the staging order, so the graph depends only on
  the order of the documents, never on batch boundaries or on where a crash fell.
* One load at a time: a `LoadLock` node taken atomically, kept alive by a heartbeat, checked
  again at the start of every batch transaction (a fence), and counted as abandoned when its
  heartbeat is older than the lock timeout or its process is gone.

The library never prints: progress goes to a callback, the outcome is a `LoadSummary`."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import logging
import os
import socket
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar

from neo4j import READ_ACCESS, ManagedTransaction, Session
from neo4j.exceptions import AuthError, ClientError
from pydantic import BaseModel, ConfigDict, Field

from dcgraph import __version__
from dcgraph import statements as q
from dcgraph.database import READ_ONLY_CODES, Graph, counters_of, neo4j_errors
from dcgraph.documents import DEFAULT_MAX_BYTES, discover
from dcgraph.errors import DatabaseError, DocumentError, LoadLockedError
from dcgraph.model import (
    NODE_LABELS,
    REFERENCE_SOURCE,
    RELATIONSHIPS,
    DocumentInfo,
    Edge,
    Extraction,
    Node,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

LOCK_KEY = "load"
REFERENCE_STATE_KEY = "reference"
#: The counters a load reports; properties_set is kept for the run log only.
DATA_COUNTERS = (
    "nodes_created",
    "nodes_deleted",
    "relationships_created",
    "relationships_deleted",
    "properties_set",
)

#: (type, start label, start key, end label, end key): what makes two statements one fact.
Identity = tuple[str, str, str, str, str]
NodeId = tuple[str, str]


class DatabaseRefusal(DatabaseError):
    """Neo4j rejected the data of a batch (not a connection or permission problem)."""


class StaleMemory(Exception):
    """A fact the writer remembered (by element id and state) is no longer as it was: someone
    else changed the graph during the load. The transaction is rolled back and written again
    from what the graph holds."""


# --- results -------------------------------------------------------------------------------


class LoadFailure(BaseModel):
    """One input that could not be loaded, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str
    problem: str


class LoadSummary(BaseModel):
    """What one `load` (or `forget`) did; also stored as the run's `LoadRun` node."""

    model_config = ConfigDict(extra="forbid")

    run: str
    kind: Literal["load", "forget"] = "load"
    status: Literal["ok", "partial", "failed"] = "ok"
    started_at: str
    finished_at: str = ""
    seconds: float = 0.0
    documents_seen: int = 0
    documents_new: int = 0
    documents_changed: int = 0
    documents_unchanged: int = 0
    documents_failed: int = 0
    documents_removed: int = 0
    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0
    reference_loaded: bool = False
    dcgraph_version: str = __version__
    failures: list[LoadFailure] = Field(default_factory=list)


@dataclass(frozen=True)
class LoadProgress:
    """Where a load is: `done` of `total` items of the current phase."""

    phase: Literal["scanning", "loading", "pruning", "forgetting", "naive"]
    done: int
    total: int
    path: str | None = None


ProgressCallback = Callable[[LoadProgress], None]


# --- sessions ------------------------------------------------------------------------------


@contextlib.contextmanager
def session_of(graph: Graph, *, read: bool = False) -> Iterator[Session]:
    """A session for the loader's own transactions, with Neo4j's errors in dcgraph's words.

    Server notifications are off: "label does not exist yet" and the like are expected while
    a graph fills up, and the driver would log each one as a warning.
    """
    with (
        neo4j_errors(graph.info),
        graph.driver.session(
            database=graph.database,
            default_access_mode=READ_ACCESS if read else "WRITE",
            notifications_min_severity="OFF",
            # Results are consumed whole anyway; the default 1000-record pages cost round trips.
            fetch_size=-1,
        ) as session,
    ):
        yield session


def read_rows(
    graph: Graph, cypher: str, parameters: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
        return tx.run(q._query(cypher), parameters or {}).data()

    with session_of(graph, read=True) as session:
        return session.execute_read(work)


def _write(graph: Graph, cypher: str, parameters: dict[str, Any] | None = None) -> None:
    def work(tx: ManagedTransaction) -> None:
        tx.run(q._query(cypher), parameters or {}).consume()

    with session_of(graph) as session:
        session.execute_write(work)


def _count(counters: Counter[str], summary: Any) -> None:
    counters.update(
        {k: v for k, v in counters_of(summary.counters).items() if k in DATA_COUNTERS and v}
    )


class _QuietList(list[Any]):
    """A parameter list that prints short. The driver formats every statement's parameters
    for a debug log line even when debug logging is off: for a batch's rows that is
    megabytes of text built and thrown away. It is sent as the list it is."""

    def __repr__(self) -> str:
        return f"<{len(self)} items>"


class _QuietDict(dict[str, Any]):
    """A parameter map that prints short (see `_QuietList`)."""

    def __repr__(self) -> str:
        return f"<{len(self)} entries>"


def _quiet(parameters: dict[str, Any]) -> dict[str, Any]:
    return {
        name: _QuietList(value)
        if isinstance(value, list)
        else _QuietDict(value)
        if isinstance(value, dict)
        else value
        for name, value in parameters.items()
    }


def _run(tx: ManagedTransaction, cypher: str, counters: Counter[str], **parameters: Any) -> None:
    _count(counters, tx.run(q._query(cypher), _quiet(parameters)).consume())


def _run_returning(
    tx: ManagedTransaction, cypher: str, counters: Counter[str], **parameters: Any
) -> list[Any]:
    result = tx.run(q._query(cypher), _quiet(parameters))
    records = list(result)
    _count(counters, result.consume())
    return records


def _collected(
    tx: ManagedTransaction,
    cypher: str,
    counters: Counter[str] | None = None,
    **parameters: Any,
) -> list[dict[str, Any]]:
    """The `rows` list of a statement that collects its results into one record."""
    result = tx.run(q._query(cypher), _quiet(parameters))
    record = result.single(strict=True)
    if counters is not None:
        _count(counters, result.consume())
    return list(record["rows"])


# --- schema --------------------------------------------------------------------------------


def ensure_schema(graph: Graph, *, timeout: float = 300.0) -> None:
    """Key constraints for every label and the indexes queries need; idempotent."""
    statements = [
        *(q.key_constraint(label) for label in (*NODE_LABELS, *q.BOOKKEEPING_LABELS)),
        *(q.node_index(label, property_) for label, property_ in q.NODE_INDEXES),
        q.ENTITY_NAMES_INDEX,
    ]
    with session_of(graph) as session:
        for statement in statements:
            session.run(statement).consume()
        # New indexes build in the background; loading before they are online would scan.
        session.run(q.AWAIT_INDEXES, seconds=int(timeout)).consume()


# --- facts and claims ----------------------------------------------------------------------


def identity_of(edge: Edge) -> Identity:
    return (edge.type, edge.start.label, edge.start.key, edge.end.label, edge.end.key)


def fact_id(identity: Identity) -> str:
    """A fact's identity as one string, as Documents list the facts they support."""
    type_, start_label, start_key, end_label, end_key = identity
    return f"{type_}|{start_label}:{start_key}|{end_label}:{end_key}"


def parse_fact_id(text: str) -> Identity:
    type_, start, end = text.split("|")
    start_label, start_key = start.split(":", 1)
    end_label, end_key = end.split(":", 1)
    return (type_, start_label, start_key, end_label, end_key)


@dataclass(frozen=True)
class Claim:
    """What one source says about one fact."""

    doc: str
    date: str | None
    properties: dict[str, Any]
    #: The JSON it is stored as, once known (popular facts are read back batch after batch).
    text: str | None = field(default=None, compare=False, repr=False)
    #: The confidence model's probability for the fact as this source states it; None when
    #: unknown (not in the JSON: stored in the fact's `source_confidences`).
    confidence: float | None = None

    def dumps(self) -> str:
        if self.text is not None:
            return self.text
        # Written out by hand (this runs once per fact a document states): the same text as
        # json.dumps(sort_keys=True) gives; keys and dates need no escaping.
        properties = _to_json(self.properties) if self.properties else "{}"
        date = f'"date":"{self.date}",' if self.date else ""
        text = f'{{{date}"doc":"{self.doc}","properties":{properties}}}'
        object.__setattr__(self, "text", text)
        return text

    @staticmethod
    @functools.lru_cache(maxsize=1 << 17)
    def loads(text: str) -> Claim:
        payload = json.loads(text)
        return Claim(payload["doc"], payload.get("date"), payload.get("properties", {}), text)


#: A source's entry in `source_confidences` where its confidence is unknown (Neo4j lists
#: cannot hold nulls): a document loaded by an older dcgraph, or a fact no model scored.
UNKNOWN_CONFIDENCE = -1.0


def claim_confidence(claim: Claim) -> float | None:
    """How confident a source is of the fact: the reference data fully, a document as its
    extraction scored the fact."""
    return 1.0 if claim.doc == REFERENCE_SOURCE else claim.confidence


def source_confidences(claims: Sequence[Claim]) -> list[float]:
    """The `source_confidences` entries of these claims (sources in the same order)."""
    values = (claim_confidence(claim) for claim in claims)
    return [UNKNOWN_CONFIDENCE if value is None else value for value in values]


def highest_confidence(claims: Sequence[Claim]) -> float | None:
    """A fact's `confidence`: the highest any of its sources gives it (None: none known)."""
    known = [value for value in map(claim_confidence, claims) if value is not None]
    return max(known) if known else None


_to_json = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode

#: (document key, sentence, "start-end")
EvidenceRow = tuple[str, str, str]


def _is_list_property(field_default: Any) -> bool:
    return isinstance(field_default, tuple)


def combine_properties(type_: str, first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """One document states a fact twice: lists unite, the later single value wins."""
    lists = set(_list_fields(type_))
    combined = dict(first)
    for name, value in second.items():
        if name in lists:
            combined[name] = sorted({*(combined.get(name) or ()), *(value or ())})
        elif _is_value(value):
            combined[name] = value
    return combined


def _is_value(value: Any) -> bool:
    # "unknown" says nothing: any real value from an older claim beats it.
    return value is not None and value != "unknown"


@functools.cache
def _scalar_fields(type_: str) -> tuple[tuple[str, Any], ...]:
    fields = RELATIONSHIPS[type_].properties.model_fields
    return tuple((n, f.default) for n, f in fields.items() if not _is_list_property(f.default))


@functools.cache
def _list_fields(type_: str) -> tuple[str, ...]:
    fields = RELATIONSHIPS[type_].properties.model_fields
    return tuple(name for name, info in fields.items() if _is_list_property(info.default))


def claim_properties(type_: str, properties: dict[str, Any]) -> dict[str, Any]:
    """A claim's properties as the document states them. `Edge.properties` leaves defaults
    out; a default that is a real statement ("active" for an attaché) is put back, so that it
    can outrank an older "planned"."""
    claimed = dict(properties)
    for name, default in _scalar_fields(type_):
        if name not in claimed and _is_value(default):
            claimed[name] = default
    return claimed


@functools.cache
def keeps_claims(type_: str) -> bool:
    """Whether facts of this type store `claims`. Only types with properties of their own
    need them: for the others (MEMBER_OF, PART_OF, ...) a claim says no more than which
    document states the fact and when, and `sources` and the Documents' dates say that."""
    return bool(RELATIONSHIPS[type_].properties.model_fields)


def derived_properties(type_: str, claims: Sequence[Claim]) -> dict[str, Any]:
    """The type's own properties, `first_seen` and `confidence` (the highest of its sources';
    reference data counts as 1) of a fact with these claims (in load order):
    lists are the sorted union; a single value comes from the most recent claim that gives
    one (by date, then load order; undated and reference claims count as oldest). Which claim
    that was is kept in `claims_latest` (its date per property) for appending later."""
    properties: dict[str, Any] = {}
    for name in _list_fields(type_):
        values: set[Any] = set()
        for claim in claims:
            values.update(claim.properties.get(name) or ())
        properties[name] = sorted(values)
    scalars = _scalar_fields(type_)
    if scalars:
        latest: dict[str, str] = {}
        for name, default in scalars:
            best: tuple[str, int] | None = None
            for position, claim in enumerate(claims):
                value = claim.properties.get(name)
                rank = (claim.date or "", position)
                if _is_value(value) and (best is None or rank >= best):
                    best = rank
                    properties[name] = value
            if best is None:
                if default is not None:
                    properties[name] = default
            else:
                latest[name] = best[0]
        properties["claims_latest"] = _to_json(latest)
    dates = [claim.date for claim in claims if claim.date and claim.doc != REFERENCE_SOURCE]
    if dates:
        properties["first_seen"] = min(dates)
    confidence = highest_confidence(claims)
    if confidence is not None:
        properties["confidence"] = confidence
    return properties


@functools.cache
def derived_names(type_: str) -> tuple[str, ...]:
    """Every property `derived_properties` can give a fact of this type."""
    scalars = tuple(name for name, _ in _scalar_fields(type_))
    latest = ("claims_latest",) if scalars else ()
    return (*_list_fields(type_), *scalars, *latest, "first_seen", "confidence")


@functools.cache
def fact_names(type_: str) -> tuple[str, ...]:
    """Every property `fact_properties` can give a fact of this type."""
    claims = ("claims",) if keeps_claims(type_) else ()
    return (
        *derived_names(type_),
        "sources",
        "source_confidences",
        "evidence",
        "evidence_docs",
        "evidence_spans",
        *claims,
    )


def fact_properties(
    type_: str, claims: Sequence[Claim], evidence: Sequence[EvidenceRow]
) -> dict[str, Any]:
    """The complete property map of a fact, derived from its claims (see the module doc)."""
    properties = derived_properties(type_, claims)
    documents = [claim for claim in claims if claim.doc != REFERENCE_SOURCE]
    reference = [claim for claim in claims if claim.doc == REFERENCE_SOURCE][:1]
    properties["sources"] = [claim.doc for claim in (*reference, *documents)]
    properties["source_confidences"] = source_confidences([*reference, *documents])
    properties["evidence"] = [sentence for _, sentence, _ in evidence]
    properties["evidence_docs"] = [doc for doc, _, _ in evidence]
    properties["evidence_spans"] = [span for _, _, span in evidence]
    if keeps_claims(type_):
        properties["claims"] = [claim.dumps() for claim in claims]
    return properties


#: What appending claims to a fact needs of it (`statements.APPEND_READ`): derived values only.
APPEND_STATE: tuple[str, ...] = (
    "first_seen",
    "confidence",
    "claims_latest",
    "items",
    "domains",
    "delivery_years",
)


def append_state(properties: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a fact's properties that `appended_fact` reads, as a graph read gives it."""
    return {name: properties[name] for name in APPEND_STATE if properties.get(name) is not None}


@dataclass
class StoredFact:
    """A fact relationship as it is in the graph (normally one per identity)."""

    ids: list[str]
    properties: dict[str, Any]
    extra_claims: list[Claim] = field(default_factory=list)
    extra_evidence: list[EvidenceRow] = field(default_factory=list)

    def claims(self, date_of: Callable[[str], str | None] = lambda doc: None) -> list[Claim]:
        """Its claims in load order. A type without properties stores none (`keeps_claims`):
        each source claims the bare fact as of its document's date (`date_of`)."""
        texts = self.properties.get("claims")
        sources = self.properties.get("sources") or ()
        if texts is None:
            own = [
                Claim(doc, None if doc == REFERENCE_SOURCE else date_of(doc), {}) for doc in sources
            ]
        else:
            own = [Claim.loads(text) for text in texts]
        # Each source's confidence, from the list parallel to `sources` (absent on facts an
        # older dcgraph stored: unknown).
        scores = self.properties.get("source_confidences") or ()
        confidence_of = {
            doc: score
            for doc, score in zip(sources, scores, strict=False)
            if score is not None and score >= 0
        }
        own = [
            claim
            if confidence_of.get(claim.doc) == claim.confidence
            else dataclasses.replace(claim, confidence=confidence_of.get(claim.doc))
            for claim in own
        ]
        return own + self.extra_claims

    def evidence(self) -> list[EvidenceRow]:
        own = zip(
            self.properties.get("evidence_docs") or (),
            self.properties.get("evidence") or (),
            self.properties.get("evidence_spans") or (),
            strict=False,
        )
        return [*own, *self.extra_evidence]


# --- documents -----------------------------------------------------------------------------


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class DocRecord:
    """A Document as stored: its properties, and the files it was read from."""

    key: str
    properties: dict[str, Any]

    @property
    def paths(self) -> dict[str, str]:
        return dict(
            zip(
                self.properties.get("source_paths") or (),
                self.properties.get("source_sha256") or (),
                strict=False,
            )
        )

    @property
    def fact_ids(self) -> list[str]:
        return list(self.properties.get("fact_ids") or ())

    def with_paths(self, paths: dict[str, str]) -> DocRecord:
        properties = dict(self.properties)
        ordered = sorted(paths)
        properties["source_paths"] = ordered
        properties["source_sha256"] = [paths[path] for path in ordered]
        if properties.get("source_path") not in paths and ordered:
            # The file `path` named is gone; name one that is still there.
            properties["source_path"] = ordered[0]
            properties["path"] = ordered[0]
        return DocRecord(self.key, properties)


#: Every property `document_properties` gives a Document.
DOCUMENT_PROPERTIES: tuple[str, ...] = (
    "key",
    "name",
    "aliases",
    "path",
    "title",
    "date",
    "language",
    "sha256",
    "characters",
    "loaded_at",
    "source_path",
    "source_paths",
    "source_sha256",
    "fact_ids",
)
_DOCUMENT_PROPERTY_SET = frozenset(DOCUMENT_PROPERTIES)
_ENTITY_LABEL_SET = frozenset(q.ENTITY_LABELS)


def document_properties(
    info: DocumentInfo,
    *,
    source: str,
    paths: dict[str, str],
    fact_ids: Iterable[str],
    loaded_at: str,
) -> dict[str, Any]:
    ordered = sorted(paths)
    properties: dict[str, Any] = {
        "key": info.key,
        "name": info.title or info.path,
        "aliases": [],
        "path": info.path,
        "title": info.title,
        "date": info.date,
        "language": info.language,
        "sha256": info.sha256,
        "characters": info.characters,
        "loaded_at": loaded_at,
        "source_path": source,
        "source_paths": ordered,
        "source_sha256": [paths[path] for path in ordered],
        "fact_ids": sorted(set(fact_ids)),
    }
    return {key: value for key, value in properties.items() if value is not None}


class DocumentIndex:
    """The committed state of every Document: what the loader compares files against."""

    def __init__(self, records: dict[str, DocRecord]) -> None:
        self.records = records
        self.by_path: dict[str, str] = {}
        for record in records.values():
            for path in record.paths:
                self.by_path[path] = record.key

    @classmethod
    def read(cls, graph: Graph) -> DocumentIndex:
        rows = read_rows(graph, q.READ_DOCUMENTS)
        return cls({row["key"]: DocRecord(row["key"], row["properties"]) for row in rows})

    def sha_at(self, path: str) -> str | None:
        key = self.by_path.get(path)
        return None if key is None else self.records[key].paths.get(path)

    def apply(self, plan: Plan) -> None:
        for key, record in plan.staged.items():
            old = self.records.pop(key, None)
            if old is not None:
                for path in old.paths:
                    if self.by_path.get(path) == key:
                        del self.by_path[path]
            if record is not None:
                self.records[key] = record
                for path in record.paths:
                    self.by_path[path] = key


def node_row(node: Node) -> dict[str, Any]:
    properties = {key: value for key, value in node.properties.items() if value is not None}
    properties["name"] = node.name
    return {"key": node.key, "aliases": list(dict.fromkeys(node.aliases)), "properties": properties}


def _merge_node_rows(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    # As the graph does: the first writer's values stay, missing ones are filled, aliases unite.
    return {
        "key": first["key"],
        "aliases": list(dict.fromkeys([*first["aliases"], *second["aliases"]])),
        "properties": {**second["properties"], **first["properties"]},
    }


# --- a batch: what one transaction changes --------------------------------------------------


@dataclass
class Plan:
    """The changes of one transaction, staged against the committed DocumentIndex."""

    index: DocumentIndex
    #: The batch still being written while this one is staged: its changes count as made.
    parent: Plan | None = None
    loaded_at: str = field(default_factory=now_iso)
    staged: dict[str, DocRecord | None] = field(default_factory=dict)
    staged_paths: dict[str, str | None] = field(default_factory=dict)
    #: Documents whose claims and mentions are replaced by the ones staged here.
    rewritten: set[str] = field(default_factory=set)
    #: Documents deleted (last file gone, forgotten, or replaced by a new text).
    removed: set[str] = field(default_factory=set)
    #: The removed documents that count as removed (pruned or forgotten, not replaced).
    gone: set[str] = field(default_factory=set)
    claims: dict[str, dict[Identity, tuple[Claim, list[EvidenceRow]]]] = field(default_factory=dict)
    #: Per document, what it mentions: label -> keys.
    mentions: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    nodes: dict[NodeId, dict[str, Any]] = field(default_factory=dict)
    reference_nodes: dict[NodeId, dict[str, Any]] = field(default_factory=dict)
    #: Reference facts: identities whose reference claim is recomputed, and the new claims.
    reference_affected: set[Identity] = field(default_factory=set)
    reference_claims: dict[Identity, Claim] = field(default_factory=dict)
    orphan_candidates: set[NodeId] = field(default_factory=set)
    load_state: dict[str, Any] | None = None
    #: Rows per statement group (documents, each fact type, mentions and entities per label,
    #: facts to recompute): a batch is full when one of its statements would pass batch_size.
    #: A row is what the statement's UNWIND takes: a document's mentions of one label are one
    #: row (with their keys), an entity staged by several documents is one row.
    rows: Counter[tuple[str, str]] = field(default_factory=Counter)
    _node_sources: dict[NodeId, Node] = field(default_factory=dict, repr=False)
    #: Facts no one has stated before, with their complete properties, worked out while the
    #: batch before this one was being written (`prepare`).
    prepared: dict[Identity, dict[str, Any]] = field(default_factory=dict, repr=False)
    #: Facts that only gain claims and whose stored state this run knows: the change
    #: (`appended_fact`), worked out in `prepare` too, and the state it was worked out from.
    appends: dict[Identity, dict[str, Any]] = field(default_factory=dict, repr=False)
    bases: dict[Identity, dict[str, Any]] = field(default_factory=dict, repr=False)
    #: The `append_state` each fact created or appended to in `prepare` has once this is in.
    states: dict[Identity, dict[str, Any]] = field(default_factory=dict, repr=False)

    def record(self, key: str) -> DocRecord | None:
        if key in self.staged:
            return self.staged[key]
        if self.parent is not None and key in self.parent.staged:
            return self.parent.staged[key]
        return self.index.records.get(key)

    def key_at(self, path: str) -> str | None:
        if path in self.staged_paths:
            return self.staged_paths[path]
        if self.parent is not None and path in self.parent.staged_paths:
            return self.parent.staged_paths[path]
        return self.index.by_path.get(path)

    def sha_at(self, path: str) -> str | None:
        """The hash of the file at `path` as the graph will have it once this batch is in."""
        key = self.key_at(path)
        record = None if key is None else self.record(key)
        return None if record is None else record.paths.get(path)

    @property
    def size(self) -> int:
        """The rows of its largest statement: what `batch_size` bounds."""
        return max(self.rows.values(), default=0)

    @property
    def empty(self) -> bool:
        return not (
            self.staged
            or self.nodes
            or self.reference_nodes
            or self.reference_affected
            or self.load_state
        )

    # -- staging ---------------------------------------------------------------------------

    def add_extraction(self, extraction: Extraction, source: str) -> None:
        """Stage one document read from the file `source` (an absolute path)."""
        info = extraction.document
        key = info.key
        previous = self.key_at(source)
        if previous is not None and previous != key:
            self.detach(source, previous, replaced=True)
        record = self.record(key)
        if record is not None and previous != key:
            # The same text, already loaded from another file: only the file list grows.
            self.staged[key] = record.with_paths({**record.paths, source: info.sha256})
            self.staged_paths[source] = key
            self.rows["document", ""] += 1
            return
        paths = {**(record.paths if record is not None else {}), source: info.sha256}
        claims = self._claims_of(extraction)
        self.claims[key] = claims
        self.mentions[key] = self._mentions_of(extraction)
        for node in extraction.nodes:
            node_id = (node.label, node.key)
            if node.label == "Document" or self._node_sources.get(node_id) is node:
                continue  # the same entity object was staged already (reference nodes are)
            self._node_sources[node_id] = node
            row = node_row(node)
            known = self.nodes.get(node_id)
            if known is None:
                self.nodes[node_id] = row
                self.rows["entity", node.label] += 1
            else:
                self.nodes[node_id] = _merge_node_rows(known, row)
        self.staged[key] = DocRecord(
            key,
            document_properties(
                info,
                source=source,
                paths=paths,
                fact_ids=(fact_id(identity) for identity in claims),
                loaded_at=self.loaded_at,
            ),
        )
        self.staged_paths[source] = key
        self.rewritten.add(key)
        rows = self.rows
        rows["document", ""] += 1
        for identity in claims:
            rows["fact", identity[0]] += 1
        for label in self.mentions[key]:
            rows["mention", label] += 1  # one row per document, with the keys it mentions

    def detach(self, path: str, key: str | None = None, *, replaced: bool = False) -> None:
        """The file at `path` no longer holds document `key`; a document without files goes
        (counted as removed unless a new version of it `replaced` it)."""
        key = key or self.key_at(path)
        if key is None:
            return
        record = self.record(key)
        self.staged_paths[path] = None
        if record is None:
            return
        remaining = {p: sha for p, sha in record.paths.items() if p != path}
        if remaining:
            self.staged[key] = record.with_paths(remaining)
        else:
            self.remove(key, replaced=replaced)
        self.rows["document", ""] += 1

    def remove(self, key: str, *, replaced: bool = False) -> None:
        """Delete a document, its claims and its mentions."""
        record = self.record(key)
        if record is not None:
            for path in record.paths:
                if self.key_at(path) == key:
                    self.staged_paths[path] = None
        self.staged[key] = None
        self.claims.pop(key, None)
        self.mentions.pop(key, None)
        self.rewritten.discard(key)
        self.removed.add(key)
        if not replaced:
            self.gone.add(key)
        committed = self.index.records.get(key)
        self.rows["document", ""] += 1
        self.rows["recompute", ""] += len(committed.fact_ids) if committed else 0

    def _claims_of(self, extraction: Extraction) -> dict[Identity, tuple[Claim, list[EvidenceRow]]]:
        info = extraction.document
        claims: dict[Identity, tuple[Claim, list[EvidenceRow]]] = {}
        for edge in extraction.edges:
            if edge.type == "MENTIONS" or edge.is_reference:
                continue  # mentions are handled apart; reference facts come from reference data
            identity = identity_of(edge)
            evidence = [
                (info.key, item.sentence, f"{item.start}-{item.end}")
                for item in edge.evidence
                if item.doc == info.key
            ]
            if len(evidence) < len(edge.evidence):
                log.debug("%s: evidence from other documents ignored on %s", info.path, edge.type)
            known = claims.get(identity)
            if known is None:
                claimed = claim_properties(edge.type, edge.properties)
                claims[identity] = (
                    Claim(info.key, info.date, claimed, confidence=edge.confidence),
                    evidence,
                )
            else:
                merged = combine_properties(
                    edge.type, known[0].properties, claim_properties(edge.type, edge.properties)
                )
                scores = [c for c in (known[0].confidence, edge.confidence) if c is not None]
                claims[identity] = (
                    Claim(info.key, info.date, merged, confidence=max(scores, default=None)),
                    list(dict.fromkeys([*known[1], *evidence])),
                )
        return claims

    @staticmethod
    def _mentions_of(extraction: Extraction) -> dict[str, list[str]]:
        # What a document mentions: its entities, what it says it mentions, and both ends of
        # every fact it states (a fact about X mentions X).
        mentioned: dict[NodeId, None] = {}
        for node in extraction.nodes:
            mentioned[(node.label, node.key)] = None
        for ref in extraction.mentions:
            mentioned[(ref.label, ref.key)] = None
        for edge in extraction.edges:
            if edge.type != "MENTIONS":
                mentioned[(edge.start.label, edge.start.key)] = None
            mentioned[(edge.end.label, edge.end.key)] = None
        by_label: dict[str, list[str]] = {}
        for label, key in mentioned:
            if label != "Document":
                by_label.setdefault(label, []).append(key)
        return by_label

    # -- what the transaction touches ------------------------------------------------------

    def additions(self) -> dict[Identity, list[tuple[Claim, list[EvidenceRow]]]]:
        """The claims this batch adds, per fact, in staging order."""
        found: dict[Identity, list[tuple[Claim, list[EvidenceRow]]]] = defaultdict(list)
        for claims in self.claims.values():
            for identity, claim in claims.items():
                found[identity].append(claim)
        return found

    def prepare(
        self, known_facts: Set[Identity], states: Mapping[Identity, dict[str, Any]]
    ) -> None:
        """Work out ahead of the transaction, in the staging thread while the batch before is
        written, the new facts (neither in the graph nor in the batch in flight) and the
        appends to facts whose state this run knows (`states`: what it committed; or what the
        batch in flight will leave). The transaction uses an append only if the state it was
        worked out from is still the committed one (`apply_plan`)."""
        parent_states: Mapping[Identity, dict[str, Any]] = {}
        in_flight: set[Identity] = set()
        if self.parent is not None:
            parent_states = self.parent.states
            for claims in self.parent.claims.values():
                in_flight.update(claims)
            in_flight.update(self.parent.affected()[0])
        _, appended = self.affected()
        for identity, added in self.additions().items():
            if identity not in appended:
                continue
            state = parent_states.get(identity)
            if state is None:
                if identity in in_flight:
                    continue  # the batch in flight changes it: decided once that is in
                if identity in known_facts:
                    state = states.get(identity)
                    if state is None:
                        continue  # stored before this run: read in the transaction
            if state is None:
                evidence = [row for _, rows in added for row in rows]
                if len(evidence) > 1:
                    evidence = list(dict.fromkeys(evidence))
                properties = fact_properties(identity[0], [c for c, _ in added], evidence)
                self.prepared[identity] = {
                    "start": identity[2],
                    "end": identity[4],
                    "properties": properties,
                }
                self.states[identity] = append_state(properties)
                continue
            change = appended_fact(identity[0], StoredFact([], state), added)
            self.appends[identity] = change
            self.bases[identity] = state
            self.states[identity] = {**state, **append_state(change["properties"])}

    def stripped_sources(self) -> set[str]:
        """Sources whose committed claims go: deleted and rewritten documents."""
        return (self.removed | self.rewritten) & set(self.index.records)

    def affected(self) -> tuple[set[Identity], set[Identity]]:
        """The facts this batch touches: those that lose claims (rewritten whole), and those
        that only gain some (appended to)."""
        rewritten: set[Identity] = set(self.reference_affected)
        for key in self.stripped_sources():
            rewritten.update(parse_fact_id(text) for text in self.index.records[key].fact_ids)
        appended: set[Identity] = set()
        for claims in self.claims.values():
            appended.update(claims)
        return rewritten, appended - rewritten


# --- writing a plan ------------------------------------------------------------------------


def _group(items: Iterable[tuple[tuple[str, ...], T]]) -> dict[tuple[str, ...], list[T]]:
    groups: dict[tuple[str, ...], list[T]] = defaultdict(list)
    for group, item in items:
        groups[group].append(item)
    return groups


def _read_facts(
    tx: ManagedTransaction,
    identities: Iterable[Identity],
    *,
    whole: bool,
    element_ids: dict[Identity, str],
    date_of: Callable[[str], str | None] = lambda doc: None,
) -> dict[Identity, StoredFact]:
    """The facts as stored; without `whole`, only what an append needs, so a fact stated by
    thousands of documents is not shipped back each time.

    Facts whose element id this run has seen are read by id; the others by their endpoints
    (between two busy entities that walks many relationships, so it is done once per run)."""
    stored: dict[Identity, StoredFact] = {}

    def keep(identity: Identity, element_id: str, properties: dict[str, Any]) -> None:
        fact = StoredFact([element_id], {k: v for k, v in properties.items() if v is not None})
        known = stored.get(identity)
        if known is None:
            stored[identity] = fact
        elif element_id not in known.ids:
            # A duplicate (this loader never makes one): its claims join the first's, and
            # it is deleted when the first is rewritten.
            known.ids.append(element_id)
            known.extra_claims.extend(fact.claims(date_of))
            known.extra_evidence.extend(fact.evidence())

    by_endpoints: list[Identity] = []
    by_id: dict[str, list[str]] = defaultdict(list)
    for identity in identities:
        element_id = element_ids.get(identity)
        if element_id is None:
            by_endpoints.append(identity)
        else:
            by_id[identity[0]].append(element_id)
    for type_, ids in by_id.items():
        statement = q.read_facts_by_id(type_, whole=whole)
        found: set[Identity] = set()
        for record in _collected(tx, statement, ids=ids):
            identity = (
                record["type"],
                record["start_label"],
                record["start"],
                record["end_label"],
                record["end"],
            )
            if element_ids.get(identity) == record["id"]:
                keep(identity, record["id"], record["properties"])
                found.add(identity)
        # An id that no longer names the fact (deleted behind this run's back): look it up.
        by_endpoints.extend(
            i for i in identities if i[0] == type_ and i in element_ids and i not in found
        )
    groups = _group(
        ((type_, sl, el), {"start": sk, "end": ek}) for type_, sl, sk, el, ek in by_endpoints
    )
    for (type_, start_label, end_label), rows in groups.items():
        statement = q.read_facts(type_, start_label, end_label, whole=whole)
        for record in _collected(tx, statement, rows=rows):
            identity = (type_, start_label, record["start"], end_label, record["end"])
            keep(identity, record["id"], record["properties"])
    return stored


def appended_fact(
    type_: str, fact: StoredFact, additions: Sequence[tuple[Claim, list[EvidenceRow]]]
) -> dict[str, Any]:
    """The change to a stored fact that only gains claims (from documents that come later in
    load order than all its claims): the claims and evidence to append, and the derived
    properties to set. It gives what `fact_properties` over all the claims would, from the
    stored derived values alone: lists unite, `first_seen` is the earlier date, `confidence`
    the higher, and a new
    claim's value replaces a stored one when its date is not older than `claims_latest` says
    the stored one's is."""
    new = [claim for claim, _ in additions]
    derived = derived_properties(type_, new)
    for name in _list_fields(type_):
        derived[name] = sorted({*derived[name], *(fact.properties.get(name) or ())})
    dates = [d for d in (derived.get("first_seen"), fact.properties.get("first_seen")) if d]
    if dates:
        derived["first_seen"] = min(dates)
    if "claims_latest" in derived:
        stored = json.loads(fact.properties.get("claims_latest") or "{}")
        fresh = json.loads(derived["claims_latest"])
        for name, default in _scalar_fields(type_):
            if name in stored and (name not in fresh or fresh[name] < stored[name]):
                # The stored value stands (the graph keeps it: nothing to set).
                fresh[name] = stored[name]
                derived.pop(name, None)
            elif name not in fresh and name not in stored and default is not None:
                derived.pop(name, None)  # the default is stored already
        derived["claims_latest"] = _to_json(fresh)
    stored_confidence = fact.properties.get("confidence")
    if stored_confidence is not None and stored_confidence >= derived.get("confidence", -1.0):
        derived.pop("confidence", None)  # the stored one stands
    evidence = [row for _, rows in additions for row in rows]
    change = {
        "sources": [claim.doc for claim in new],
        "source_confidences": source_confidences(new),
        "evidence": [sentence for _, sentence, _ in evidence],
        "evidence_docs": [doc for doc, _, _ in evidence],
        "evidence_spans": [span for _, _, span in evidence],
        "properties": derived,
    }
    if keeps_claims(type_):
        change["claims"] = [claim.dumps() for claim in new]
    return change


def _names(rows: Iterable[dict[str, Any]], expected: tuple[str, ...]) -> tuple[str, ...]:
    """The property names a statement writing these rows must list: the ones expected, and
    any other a row has (the statements write only what they list)."""
    known = set(expected)
    extra = {name for row in rows for name in row["properties"] if name not in known}
    return (*expected, *sorted(extra))


def _append_row(identity: Identity, element_id: str, change: dict[str, Any]) -> dict[str, Any]:
    return {**change, "id": element_id, "start": identity[2], "end": identity[4]}


@dataclass
class Applied:
    """What one committed plan changed, for the writer's memory of the graph."""

    counters: Counter[str] = field(default_factory=Counter)
    created: set[Identity] = field(default_factory=set)
    deleted: set[Identity] = field(default_factory=set)
    orphans_deleted: set[NodeId] = field(default_factory=set)
    element_ids: dict[Identity, str] = field(default_factory=dict)
    #: The `append_state` of every fact written, as committed.
    states: dict[Identity, dict[str, Any]] = field(default_factory=dict)


def apply_plan(
    tx: ManagedTransaction,
    plan: Plan,
    *,
    fence: Callable[[ManagedTransaction], None] | None,
    protected: frozenset[NodeId],
    known_facts: Set[Identity],
    element_ids: dict[Identity, str],
    nodes: dict[NodeId, dict[str, Any]],
    states: Mapping[Identity, dict[str, Any]] | None = None,
) -> Applied:
    """Write one plan in one transaction.

    `known_facts` are the facts the graph holds (every one is listed by a Document or the
    reference state), so only those are read back (by element id where this run saw it); the
    others are created outright. A fact that only gains claims is not read at all when this
    run wrote it already: `states` holds what an append needs of it, as committed. `nodes`
    are the entity rows worth writing (the writer leaves out those that would change nothing).
    """
    states = states if states is not None else {}
    applied = Applied()
    counters = applied.counters
    if fence is not None:
        fence(tx)
    rewritten, appended = plan.affected()
    committed_documents = plan.index.records

    def date_of(doc: str) -> str | None:
        record = committed_documents.get(doc)
        return None if record is None else record.properties.get("date")

    stored = _read_facts(
        tx, rewritten & known_facts, whole=True, element_ids=element_ids, date_of=date_of
    )
    unknown = {i for i in appended & known_facts if i not in states or i not in element_ids}
    growing = _read_facts(tx, unknown, whole=False, element_ids=element_ids)
    for identity, read in [*stored.items(), *growing.items()]:
        applied.element_ids[identity] = read.ids[0]
    stripped = plan.stripped_sources()
    orphans: set[NodeId] = set(plan.orphan_candidates)

    # Documents that go: their mentioned entities may become orphans.
    in_graph = sorted(key for key in plan.removed if key in committed_documents)
    if in_graph:
        for record in tx.run(q.DOCUMENT_MENTIONS, keys=in_graph):
            orphans.add((record["label"], record["key"]))
        _run(tx, q.DELETE_DOCUMENTS, counters, keys=in_graph)

    # Entities before anything that points at them; reference ones first, as authorities.
    for (label,), rows in _group(((k[0],), row) for k, row in plan.reference_nodes.items()).items():
        _run(tx, q.merge_reference_entities(label), counters, rows=rows)
    for (label,), rows in _group(((k[0],), row) for k, row in nodes.items()).items():
        _run(tx, q.merge_entities(label), counters, rows=rows)

    # A Document not in the graph is created with its mentions, without looking for either
    # (one as staged always qualifies; any other goes the general way).
    fresh: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    merged_mentions: list[str] = []
    for key, staged in plan.staged.items():
        if staged is None:
            continue
        mentioned = plan.mentions.get(key, {})
        if (
            key not in committed_documents
            and staged.properties.keys() <= _DOCUMENT_PROPERTY_SET
            and mentioned.keys() <= _ENTITY_LABEL_SET
        ):
            fresh.append({"properties": staged.properties, "mentions": mentioned})
        else:
            documents.append({"key": key, "properties": staged.properties})
            if key in plan.mentions:
                merged_mentions.append(key)
    if fresh:
        _run(tx, q.create_documents(DOCUMENT_PROPERTIES), counters, rows=fresh)
    if documents:
        _run(tx, q.UPSERT_DOCUMENTS, counters, rows=documents)

    # Mentions of the other documents: a rewritten one keeps those it still has and loses
    # the others.
    stale_rows = [
        {
            "doc": key,
            "keep": [
                f"{label}:{k}" for label, keys in plan.mentions.get(key, {}).items() for k in keys
            ],
        }
        for key in sorted(plan.rewritten)
        if key in committed_documents
    ]
    if stale_rows:
        for record in _run_returning(tx, q.DELETE_STALE_MENTIONS, counters, rows=stale_rows):
            orphans.add((record["label"], record["key"]))
    mention_rows = _group(
        ((label,), {"doc": doc, "keys": keys})
        for doc in merged_mentions
        for label, keys in plan.mentions[doc].items()
    )
    for (label,), rows in mention_rows.items():
        _run(tx, q.merge_mentions(label), counters, rows=rows)

    # Facts: strip the claims of replaced and deleted sources, add the new ones, recompute.
    additions = plan.additions()
    creates: list[tuple[tuple[str, ...], dict[str, Any]]] = []
    updates: dict[str, dict[str, Any]] = {}
    appends: list[tuple[tuple[str, ...], dict[str, Any]]] = []
    deletes: list[str] = []
    for identity in appended:
        prepared = plan.prepared.get(identity)
        if prepared is not None and identity not in known_facts:
            creates.append(((identity[0], identity[1], identity[3]), prepared))
            applied.created.add(identity)
            applied.states[identity] = plan.states[identity]
            continue
        state = states.get(identity)
        element_id = element_ids.get(identity)
        if state is not None and element_id is not None:
            if plan.bases.get(identity) is state:  # worked out from what is committed
                change, after = plan.appends[identity], plan.states[identity]
            else:
                change = appended_fact(identity[0], StoredFact([], state), additions[identity])
                after = {**state, **append_state(change["properties"])}
            appends.append(
                ((identity[0], identity[1], identity[3]), _append_row(identity, element_id, change))
            )
            applied.states[identity] = after
            continue
        fact = growing.get(identity)
        if fact is not None and len(fact.ids) == 1:
            change = appended_fact(identity[0], fact, additions[identity])
            row = _append_row(identity, fact.ids[0], change)
            appends.append(((identity[0], identity[1], identity[3]), row))
            applied.states[identity] = {
                **append_state(fact.properties),
                **append_state(change["properties"]),
            }
        elif fact is not None:  # duplicates to fold: rewrite it whole
            rewritten.add(identity)
            stored.update(_read_facts(tx, [identity], whole=True, element_ids={}, date_of=date_of))
        else:
            rewritten.add(identity)  # new: created below
    for identity in rewritten:
        fact = stored.get(identity)
        type_, start_label, start_key, end_label, end_key = identity
        if fact is None:
            claims: list[Claim] = []
            evidence: list[EvidenceRow] = []
        else:
            claims = [c for c in fact.claims(date_of) if c.doc not in stripped]
            evidence = [row for row in fact.evidence() if row[0] not in stripped]
        if identity in plan.reference_affected:
            claims = [c for c in claims if c.doc != REFERENCE_SOURCE]
            reference = plan.reference_claims.get(identity)
            if reference is not None:
                claims.insert(0, reference)
        for claim, claim_rows in additions.get(identity, ()):
            if fact is not None:
                claims = [c for c in claims if c.doc != claim.doc]
                evidence = [row for row in evidence if row[0] != claim.doc]
            claims.append(claim)
            evidence.extend(claim_rows)
        if not claims:
            if fact is not None:
                deletes.extend(fact.ids)
                applied.deleted.add(identity)
                orphans.update({(start_label, start_key), (end_label, end_key)})
            continue
        if len(evidence) > 1:
            evidence = list(dict.fromkeys(evidence))
        properties = fact_properties(type_, claims, evidence)
        applied.states[identity] = append_state(properties)
        if fact is None:
            row = {"start": start_key, "end": end_key, "properties": properties}
            creates.append(((type_, start_label, end_label), row))
            applied.created.add(identity)
            continue
        if properties != fact.properties:
            updates[fact.ids[0]] = properties
        deletes.extend(fact.ids[1:])
    if deletes:
        _run(tx, q.DELETE_FACTS, counters, ids=deletes)
    if updates:
        _run(tx, q.UPDATE_FACTS, counters, ids=list(updates), properties=updates)
    for (type_, start_label, end_label), rows in _group(appends).items():
        statement = q.append_facts(
            type_,
            start_label,
            end_label,
            claims=keeps_claims(type_),
            derived=_names(rows, derived_names(type_)),
        )
        result = tx.run(statement, rows=_QuietList(rows))
        if result.single(strict=True)["appended"] != len(rows):
            raise StaleMemory("a fact this run wrote changed behind its back")
        _count(counters, result.consume())
    for (type_, start_label, end_label), rows in _group(creates).items():
        statement = q.create_facts(type_, start_label, end_label, _names(rows, fact_names(type_)))
        for created in _collected(tx, statement, counters, rows=rows):
            identity = (type_, start_label, created["start"], end_label, created["end"])
            applied.element_ids[identity] = created["id"]

    # Entities left without any relationship go, unless they are reference data.
    for (label,), keys in _group(((n[0],), n[1]) for n in orphans - protected).items():
        if label == "Document":
            continue
        for record in _run_returning(tx, q.delete_orphans(label), counters, keys=sorted(keys)):
            applied.orphans_deleted.add((label, record["key"]))

    if plan.load_state is not None:
        tx.run(q.WRITE_LOAD_STATE, key=REFERENCE_STATE_KEY, **plan.load_state).consume()
    return applied


# --- the load lock -------------------------------------------------------------------------


def _boot_id() -> str:
    # Tells a process that died from one that belongs to an earlier boot of the same host.
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def _process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # it exists, owned by someone else
    return False


@dataclass(frozen=True)
class LockHolder:
    """Who holds the load lock, as the lock node says."""

    owner: str
    pid: int | None
    host: str | None
    run: str | None
    command: str | None
    acquired_at: str | None
    idle: float | None

    def describe(self) -> str:
        who = f"pid {self.pid} on {self.host}" if self.pid else "an unknown process"
        since = f" since {self.acquired_at}" if self.acquired_at else ""
        beat = f", last heartbeat {self.idle:.0f} s ago" if self.idle is not None else ""
        what = f"`{self.command}` " if self.command else ""
        return f"{what}(run {self.run}, {who}{since}{beat})"


class LoadLock:
    """The database-wide lock that lets one load (or forget) run at a time.

    The lock is a `LoadLock {key: 'load'}` node. Taking it is one write transaction that
    locks the node, reads the holder and takes over when there is none, its heartbeat is
    older than `timeout` seconds, or its process is gone (same host and boot). While held, a
    thread renews the heartbeat; every batch transaction checks ownership first (`fence`), so
    a loader whose lock was taken over after it hung stops before writing anything more.
    """

    def __init__(
        self,
        graph: Graph,
        *,
        run: str,
        command: str,
        timeout: float,
        wait: float = 0.0,
        poll: float = 0.5,
    ) -> None:
        self.graph = graph
        self.run = run
        self.command = command
        self.timeout = timeout
        self.wait = wait
        self.poll = poll
        self.owner = uuid.uuid4().hex
        self.host = socket.gethostname()
        self.boot = _boot_id()
        self.lost = False
        self.taken_over: LockHolder | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- taking and giving back ------------------------------------------------------------

    def _abandoned(self, holder: LockHolder, boot: str | None) -> bool:
        if holder.idle is None or holder.idle > self.timeout:
            return True
        same_machine = holder.host == self.host and boot == self.boot and bool(self.boot)
        return same_machine and holder.pid is not None and _process_gone(holder.pid)

    def try_acquire(self) -> LockHolder | None:
        """Take the lock if it is free or abandoned; otherwise return who holds it."""

        def work(tx: ManagedTransaction) -> LockHolder | None:
            record = tx.run(q.INSPECT_LOCK, key=LOCK_KEY).single(strict=True)
            if record["owner"] is not None:
                holder = LockHolder(
                    owner=record["owner"],
                    pid=record["pid"],
                    host=record["host"],
                    run=record["run"],
                    command=record["command"],
                    acquired_at=record["acquired_at"],
                    idle=None if record["idle"] is None else float(record["idle"]),
                )
                if not self._abandoned(holder, record["boot"]):
                    return holder
                if holder.run:
                    tx.run(q.MARK_RUN_INTERRUPTED, key=holder.run).consume()
                self.taken_over = holder
            tx.run(
                q.TAKE_LOCK,
                key=LOCK_KEY,
                owner=self.owner,
                pid=os.getpid(),
                host=self.host,
                boot=self.boot,
                run=self.run,
                command=self.command,
            ).consume()
            return None

        with session_of(self.graph) as session:
            return session.execute_write(work)

    def acquire(self) -> None:
        deadline = time.monotonic() + self.wait
        while True:
            holder = self.try_acquire()
            if holder is None:
                if self.taken_over is not None:
                    log.warning(
                        "took over the load lock of %s: it was abandoned",
                        self.taken_over.describe(),
                    )
                self._start_heartbeat()
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                waited = f" (waited {self.wait:g} s)" if self.wait else ""
                raise LoadLockedError(
                    f"another load holds the database: {holder.describe()}{waited}",
                    hint="wait for it to finish or retry with --wait SECONDS; a crashed load's "
                    f"lock counts as abandoned after {self.timeout:g} s (DCGRAPH_LOCK_TIMEOUT)",
                )
            time.sleep(min(self.poll, remaining))

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        try:
            _write(self.graph, q.RELEASE_LOCK, {"key": LOCK_KEY, "owner": self.owner})
        except Exception:  # the load's own outcome matters more; the lock will go stale
            log.warning(
                "could not release the load lock; it counts as abandoned after %g s",
                self.timeout,
                exc_info=log.isEnabledFor(logging.DEBUG),
            )

    def __enter__(self) -> LoadLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    # -- while held ------------------------------------------------------------------------

    def fence(self, tx: ManagedTransaction) -> None:
        """Inside a batch transaction: renew the heartbeat, or stop if the lock was lost."""
        held = tx.run(q.HEARTBEAT, key=LOCK_KEY, owner=self.owner).single(strict=True)["held"]
        if not held:
            self.lost = True
            raise LoadLockedError(
                "this load lost the database lock to another one (it was silent longer than "
                f"{self.timeout:g} s); what it wrote so far stays, rerun it to finish",
            )

    def _start_heartbeat(self) -> None:
        interval = max(0.2, min(self.timeout / 3, 60.0))

        def beat() -> None:
            while not self._stop.wait(interval):
                try:
                    rows = read_rows_write(self.graph, q.HEARTBEAT, key=LOCK_KEY, owner=self.owner)
                except Exception:  # Neo4j away for a moment: the next beat or batch will tell
                    log.debug("load lock heartbeat failed", exc_info=True)
                    continue
                if not rows or not rows[0]["held"]:
                    self.lost = True
                    return

        self._thread = threading.Thread(target=beat, name="dcgraph-load-lock", daemon=True)
        self._thread.start()


def read_rows_write(graph: Graph, cypher: str, **parameters: Any) -> list[dict[str, Any]]:
    """Run one writing statement in a retried write transaction and return its rows."""

    def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
        return tx.run(q._query(cypher), parameters).data()

    with session_of(graph) as session:
        return session.execute_write(work)


# --- reference data ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReferenceSet:
    """dcgraph's reference nodes and facts, as the loader uses them."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    @property
    def node_ids(self) -> frozenset[NodeId]:
        return frozenset((node.label, node.key) for node in self.nodes)

    def digest(self) -> str:
        payload = [node.model_dump(mode="json") for node in self.nodes] + [
            edge.model_dump(mode="json") for edge in self.edges
        ]
        text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_reference_set() -> ReferenceSet:
    """The reference data shipped with dcgraph (regions, home states, makers, ...)."""
    from dcgraph.reference import load_reference

    data = load_reference()
    return ReferenceSet(tuple(data.nodes()), tuple(data.edges()))


def _node_id(text: str) -> NodeId:
    label, key = text.split(":", 1)
    return (label, key)


# --- the writer ----------------------------------------------------------------------------


class Writer:
    """Turns staged plans into transactions and keeps the DocumentIndex in step."""

    def __init__(
        self,
        graph: Graph,
        *,
        lock: LoadLock | None,
        batch_size: int,
        protected: frozenset[NodeId] = frozenset(),
    ) -> None:
        self.graph = graph
        self.lock = lock
        self.batch_size = batch_size
        self.protected = protected
        self.index = DocumentIndex.read(graph)
        self.counters: Counter[str] = Counter()
        self.removed_documents = 0
        #: Facts the graph holds: listed by a Document, or by the reference state.
        self.known_facts: set[Identity] = {
            parse_fact_id(text)
            for record in self.index.records.values()
            for text in record.fact_ids
        }
        state = read_rows(graph, q.READ_LOAD_STATE, {"key": REFERENCE_STATE_KEY})
        if state:
            self.known_facts.update(parse_fact_id(text) for text in state[0]["fact_ids"] or ())
        #: Element ids of the facts this run created or read: read again by id, not endpoints.
        self.element_ids: dict[Identity, str] = {}
        #: What appending to a fact needs (`append_state`), for the facts this run wrote: the
        #: one loader holding the lock is the only writer, so they need not be read back.
        self.states: dict[Identity, dict[str, Any]] = {}
        #: Entities written by this run: their property names and aliases. Writing one again
        #: only matters when a document brings a property or alias it does not have yet.
        self.entities: dict[NodeId, tuple[set[str], set[str]]] = {}

    def new_plan(self) -> Plan:
        return Plan(self.index)

    def commit(self, plan: Plan) -> None:
        if plan.empty:
            return
        fence = self.lock.fence if self.lock is not None else None
        nodes = {node: row for node, row in plan.nodes.items() if self._adds(node, row)}

        def work(tx: ManagedTransaction) -> Applied:
            return apply_plan(
                tx,
                plan,
                fence=fence,
                protected=self.protected,
                known_facts=self.known_facts,
                element_ids=self.element_ids,
                nodes=nodes,
                states=self.states,
            )

        with session_of(self.graph) as session:
            try:
                try:
                    applied = session.execute_write(work)
                except StaleMemory:
                    log.warning("the graph changed during the load; reading the facts again")
                    self.states.clear()
                    self.element_ids.clear()
                    applied = session.execute_write(work)
            except ClientError as exc:
                if isinstance(exc, AuthError) or exc.code in READ_ONLY_CODES:
                    raise
                raise DatabaseRefusal(f"{exc.code}: {exc.message}") from exc
        self.counters.update(applied.counters)
        self.removed_documents += len(plan.gone & set(self.index.records))
        self.index.apply(plan)
        self.known_facts |= applied.created
        self.known_facts -= applied.deleted
        self.element_ids.update(applied.element_ids)
        self.states.update(applied.states)
        for identity in applied.deleted:
            self.element_ids.pop(identity, None)
            self.states.pop(identity, None)
        for node, row in [*plan.reference_nodes.items(), *nodes.items()]:
            names, aliases = self.entities.setdefault(node, (set(), set()))
            names.update(row["properties"])
            aliases.update(row["aliases"])
        for node in applied.orphans_deleted:
            self.entities.pop(node, None)

    def _adds(self, node: NodeId, row: dict[str, Any]) -> bool:
        known = self.entities.get(node)
        if known is None:
            return True
        return not (known[0].issuperset(row["properties"]) and known[1].issuperset(row["aliases"]))

    # -- reference data --------------------------------------------------------------------

    def sync_reference(self, reference: ReferenceSet) -> bool:
        """Bring the reference nodes and facts up to date; False when they already were."""
        self.protected = self.protected | reference.node_ids
        digest = reference.digest()
        rows = read_rows(self.graph, q.READ_LOAD_STATE, {"key": REFERENCE_STATE_KEY})
        state = rows[0] if rows else {}
        if state.get("digest") == digest:
            return False
        claims = {
            identity_of(edge): Claim(
                REFERENCE_SOURCE, None, claim_properties(edge.type, edge.properties)
            )
            for edge in reference.edges
        }
        old = {parse_fact_id(text) for text in state.get("fact_ids") or ()}
        old_nodes = {_node_id(text) for text in state.get("node_ids") or ()}
        for start in range(0, len(reference.nodes), self.batch_size):
            plan = self.new_plan()
            for node in reference.nodes[start : start + self.batch_size]:
                plan.reference_nodes[(node.label, node.key)] = node_row(node)
            self.commit(plan)
        identities = sorted(set(claims) | old)
        chunks = [
            identities[i : i + self.batch_size] for i in range(0, len(identities), self.batch_size)
        ] or [[]]
        for number, chunk in enumerate(chunks, start=1):
            plan = self.new_plan()
            plan.reference_affected = set(chunk)
            plan.reference_claims = {i: claims[i] for i in chunk if i in claims}
            if number == len(chunks):
                # Reference entities dropped from the data go if nothing else holds them.
                plan.orphan_candidates = old_nodes - reference.node_ids
                plan.load_state = {
                    "digest": digest,
                    "fact_ids": sorted(fact_id(i) for i in claims),
                    "node_ids": sorted(f"{label}:{key}" for label, key in reference.node_ids),
                }
            self.commit(plan)
        return True

    def protect_known_reference(self) -> None:
        """Without reference loading, still never delete what earlier loads marked reference."""
        rows = read_rows(self.graph, q.READ_LOAD_STATE, {"key": REFERENCE_STATE_KEY})
        if rows:
            self.protected = self.protected | {
                _node_id(text) for text in rows[0].get("node_ids") or ()
            }


# --- the run log ---------------------------------------------------------------------------


def _new_run_key() -> str:
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


class RunLog:
    """The `LoadRun` node of one load or forget: written at the start, completed at the end."""

    def __init__(self, kind: Literal["load", "forget"], arguments: Sequence[str]) -> None:
        self.summary = LoadSummary(run=_new_run_key(), kind=kind, started_at=now_iso())
        self.arguments = list(arguments)
        self._began = time.monotonic()

    def start(self, graph: Graph, **extra: Any) -> None:
        properties = {
            "kind": self.summary.kind,
            "status": "running",
            "started_at": self.summary.started_at,
            "arguments": self.arguments,
            "dcgraph_version": __version__,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            **extra,
        }
        _write(graph, q.START_RUN, {"key": self.summary.run, "properties": properties})

    def finish(self, graph: Graph, writer: Writer | None, *, failed: bool = False) -> LoadSummary:
        summary = self.summary
        if writer is not None:
            for name in DATA_COUNTERS:
                setattr(summary, name, writer.counters.get(name, 0))
        summary.documents_failed = len(summary.failures)
        summary.finished_at = now_iso()
        summary.seconds = round(time.monotonic() - self._began, 3)
        summary.status = "failed" if failed else "partial" if summary.failures else "ok"
        properties = summary.model_dump(exclude={"run", "failures"})
        properties["failures"] = [f"{f.path}: {f.problem}" for f in summary.failures[:1000]]
        try:
            _write(graph, q.FINISH_RUN, {"key": summary.run, "properties": properties})
        except Exception:
            if not failed:
                raise
            log.debug("could not record the failed run", exc_info=True)
        return summary


# --- one load or forget: schema, lock, run log, writer -----------------------------------


class Operation:
    """The frame of every load and forget: schema first, then the lock, the run log, reference
    data, and at the end the summary written to the run log, whatever happened."""

    def __init__(
        self,
        graph: Graph,
        kind: Literal["load", "forget"],
        arguments: Sequence[str],
        *,
        batch_size: int,
        wait: float,
        lock_timeout: float,
        reference: bool,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.graph = graph
        self.run = RunLog(kind, arguments)
        self.summary = self.run.summary
        self.batch_size = batch_size
        self.reference = reference
        self.details = details or {}
        self.lock = LoadLock(
            graph,
            run=self.summary.run,
            command=f"dcgraph {kind} " + " ".join(arguments),
            timeout=lock_timeout,
            wait=wait,
        )
        self._writer: Writer | None = None

    @property
    def writer(self) -> Writer:
        assert self._writer is not None, "used outside its with block"
        return self._writer

    def __enter__(self) -> Operation:
        ensure_schema(self.graph)
        self.lock.acquire()
        try:
            self.run.start(self.graph, **self.details)
            self._writer = Writer(self.graph, lock=self.lock, batch_size=self.batch_size)
            if self.reference:
                self.summary.reference_loaded = self._writer.sync_reference(load_reference_set())
            else:
                self._writer.protect_known_reference()
        except BaseException:
            self._close(failed=True)
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        self._close(failed=exc_type is not None)

    def _close(self, *, failed: bool) -> None:
        try:
            if self._writer is not None:
                self.summary.documents_removed = self._writer.removed_documents
            if failed:
                with contextlib.suppress(Exception):
                    self.run.finish(self.graph, self._writer, failed=True)
            else:
                self.run.finish(self.graph, self._writer)
        finally:
            self.lock.release()


# --- writing extractions in batches --------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    extraction: Extraction
    source: str  # the file it came from (absolute), or the document's path without files
    is_new: bool
    problem: str = ""  # why Neo4j refused it, when it did


class Pipeline:
    """Writes batches in a background thread while the next one is staged.

    Staging (and extraction, with one worker) is Python work; a commit is mostly Neo4j's. With
    one batch in flight at a time the two overlap, and the order of commits is the order of
    staging. The next batch is staged on top of the one in flight (`Plan.parent`); if Neo4j
    refused part of that one, the next is staged again against what really got in.
    """

    def __init__(self, writer: Writer, summary: LoadSummary) -> None:
        self.writer = writer
        self.summary = summary
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dcgraph-writer")
        self.in_flight: tuple[Future[list[_Item]], Plan] | None = None

    def new_plan(self) -> Plan:
        return Plan(self.writer.index, parent=self.in_flight[1] if self.in_flight else None)

    def submit(self, plan: Plan, items: list[_Item]) -> None:
        plan.prepare(self.writer.known_facts, self.writer.states)
        if self._wait():
            plan = self.restage(items)
            plan.prepare(self.writer.known_facts, self.writer.states)
        plan.parent = None
        if plan.empty:
            return
        self.in_flight = (self.pool.submit(_commit_batch, self.writer, plan, items), plan)

    def restage(self, items: list[_Item]) -> Plan:
        plan = Plan(self.writer.index)
        for item in items:
            plan.add_extraction(item.extraction, item.source)
        return plan

    def _wait(self) -> bool:
        """Wait for the batch in flight; True when Neo4j refused some of its documents."""
        if self.in_flight is None:
            return False
        future, _ = self.in_flight
        self.in_flight = None
        refused = future.result()
        for item in refused:
            _refused(self.summary, item)
        return bool(refused)

    def close(self) -> None:
        try:
            self._wait()
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)


def write_extractions(
    writer: Writer,
    outcomes: Iterable[Extraction | DocumentError],
    summary: LoadSummary,
    *,
    sources: dict[str, tuple[str, bool]] | None = None,
    progress: ProgressCallback | None = None,
    total: int = 0,
) -> None:
    """Stage and commit extraction outcomes in batches; failures go into the summary.

    `sources` maps each document's path (as extraction reports it) to its file's absolute
    path and whether that file is new; without it, the document's path stands for its file
    and a document whose path and hash are already in the graph is skipped.
    """
    pipeline = Pipeline(writer, summary)
    try:
        plan = pipeline.new_plan()
        items: list[_Item] = []
        for done, outcome in enumerate(outcomes, start=1):
            if isinstance(outcome, DocumentError):
                shown = outcome.path
                summary.failures.append(LoadFailure(path=shown, problem=outcome.problem))
                _report(progress, LoadProgress("loading", done, total, shown))
                continue
            shown = outcome.document.path
            if sources is None:
                source = shown
                known = plan.sha_at(source)
                summary.documents_seen += 1
                if known == outcome.document.sha256:
                    summary.documents_unchanged += 1
                    _report(progress, LoadProgress("loading", done, total, shown))
                    continue
                is_new = known is None
            elif shown in sources:
                source, is_new = sources[shown]
            else:
                summary.failures.append(
                    LoadFailure(path=shown, problem="extraction named an unexpected file")
                )
                _report(progress, LoadProgress("loading", done, total, shown))
                continue
            plan.add_extraction(outcome, source)
            items.append(_Item(outcome, source, is_new))
            if is_new:
                summary.documents_new += 1
            else:
                summary.documents_changed += 1
            if plan.size >= writer.batch_size:
                pipeline.submit(plan, items)
                plan, items = pipeline.new_plan(), []
            _report(progress, LoadProgress("loading", done, total, shown))
        pipeline.submit(plan, items)
    finally:
        pipeline.close()


def _commit_batch(writer: Writer, plan: Plan, items: list[_Item]) -> list[_Item]:
    """Write one batch; if Neo4j refuses its data, write its documents one by one instead,
    so that one bad document is reported and the others still load. Returns the refused."""
    try:
        writer.commit(plan)
    except DatabaseRefusal as exc:
        if len(items) == 1:
            return [dataclasses.replace(items[0], problem=str(exc))]
        log.info("Neo4j refused a batch (%s); loading its documents one by one", exc)
        refused: list[_Item] = []
        for item in items:
            single = writer.new_plan()
            single.add_extraction(item.extraction, item.source)
            try:
                writer.commit(single)
            except DatabaseRefusal as refusal:
                refused.append(dataclasses.replace(item, problem=str(refusal)))
        return refused
    return []


def _refused(summary: LoadSummary, item: _Item) -> None:
    summary.failures.append(
        LoadFailure(
            path=item.extraction.document.path, problem=f"Neo4j refused it ({item.problem})"
        )
    )
    # It was counted as new or changed when staged; it is neither.
    if item.is_new:
        summary.documents_new -= 1
    else:
        summary.documents_changed -= 1


def _remove_in_batches(
    writer: Writer,
    targets: Sequence[str],
    progress: ProgressCallback | None,
    phase: Literal["pruning", "forgetting"],
    *,
    by_path: bool,
) -> None:
    plan = writer.new_plan()
    for done, target in enumerate(targets, start=1):
        if by_path:
            plan.detach(target)
        else:
            plan.remove(target)
        if plan.size >= writer.batch_size:
            writer.commit(plan)
            plan = writer.new_plan()
        _report(progress, LoadProgress(phase, done, len(targets), target))
    writer.commit(plan)


def _report(progress: ProgressCallback | None, event: LoadProgress) -> None:
    if progress is not None:
        progress(event)


# --- the public operations -----------------------------------------------------------------


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of a file's bytes, or None when it cannot be read (extraction will say why)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def load_paths(
    graph: Graph,
    paths: Sequence[str | Path],
    *,
    prune: bool = False,
    workers: int = 1,
    batch_size: int = 2000,
    wait: float = 0.0,
    lock_timeout: float = 600.0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    min_confidence: float | None = None,
    reextract: bool = False,
    reference: bool = True,
    progress: ProgressCallback | None = None,
) -> LoadSummary:
    """Load the documents under `paths`: new and changed files are extracted and written,
    unchanged ones skipped before extraction (with `reextract`, extracted and rewritten too:
    after an upgrade of the rules or a new `min_confidence`); with `prune`, documents whose
    files are gone from the given folders are removed, with every fact that only they
    supported."""
    from dcgraph.extraction import extract_paths

    given = [Path(path) for path in paths]
    details = {
        "prune": prune,
        "reextract": reextract,
        "workers": workers,
        "batch_size": batch_size,
    }
    with Operation(
        graph,
        "load",
        [str(path) for path in given],
        batch_size=batch_size,
        wait=wait,
        lock_timeout=lock_timeout,
        reference=reference,
        details=details,
    ) as operation:
        writer, summary = operation.writer, operation.summary

        # Which files there are, and which of them changed (by the hash of their bytes).
        files: dict[str, Path] = {}  # absolute path -> the path as found
        for item in discover(given):
            if isinstance(item, DocumentError):
                summary.documents_seen += 1
                summary.failures.append(LoadFailure(path=item.path, problem=item.problem))
                continue
            absolute = str(item.resolve())
            if absolute not in files:  # a file named twice is loaded once
                summary.documents_seen += 1
                files[absolute] = item
        todo: dict[str, tuple[str, bool]] = {}  # path as found -> (absolute path, is new)
        for number, (absolute, found) in enumerate(files.items(), start=1):
            known = writer.index.sha_at(absolute)
            if known is not None and not reextract and known == file_sha256(found):
                summary.documents_unchanged += 1
            else:
                todo[str(found)] = (absolute, known is None)
            if number % 500 == 0 or number == len(files):
                _report(progress, LoadProgress("scanning", number, len(files)))

        outcomes = extract_paths(
            [files[absolute] for absolute, _ in todo.values()],
            workers=workers,
            max_bytes=max_bytes,
            min_confidence=min_confidence,
        )
        write_extractions(
            writer, outcomes, summary, sources=todo, progress=progress, total=len(todo)
        )

        if prune:
            # Only below folders that exist: a mistyped or unmounted folder prunes nothing.
            roots = [path.resolve() for path in given if path.is_dir()]
            gone = [
                path
                for path in sorted(writer.index.by_path)
                if path not in files and any(Path(path).is_relative_to(root) for root in roots)
            ]
            _remove_in_batches(writer, gone, progress, "pruning", by_path=True)
    return operation.summary


def load_extractions(
    graph: Graph,
    extractions: Iterable[Extraction],
    *,
    batch_size: int = 2000,
    wait: float = 0.0,
    lock_timeout: float = 600.0,
    reference: bool = False,
    progress: ProgressCallback | None = None,
    total: int = 0,
) -> LoadSummary:
    """Load documents that were extracted already (the write phase of `load_paths` alone).
    Each document's path stands for its file: one whose path and hash are in the graph is
    skipped, one whose path holds a new text replaces the old."""
    with Operation(
        graph,
        "load",
        ["<extractions>"],
        batch_size=batch_size,
        wait=wait,
        lock_timeout=lock_timeout,
        reference=reference,
        details={"batch_size": batch_size},
    ) as operation:
        write_extractions(
            operation.writer, extractions, operation.summary, progress=progress, total=total
        )
    return operation.summary


def find_document(index: DocumentIndex, given: str) -> str | None:
    """The key of the document `given` names: its key, a file it was read from, or its path."""
    if given in index.records:
        return given
    absolute = str(Path(given).expanduser().resolve())
    if absolute in index.by_path:
        return index.by_path[absolute]
    for record in index.records.values():
        if record.properties.get("path") == given:
            return record.key
    return None


def forget(
    graph: Graph,
    documents: str | Sequence[str],
    *,
    wait: float = 0.0,
    lock_timeout: float = 600.0,
    batch_size: int = 2000,
    progress: ProgressCallback | None = None,
) -> LoadSummary:
    """Remove documents (by key or by the path they were loaded from) with their mentions,
    their evidence, and every fact no other source supports. The files are not touched: a
    later load of their folder brings them back."""
    given = [documents] if isinstance(documents, str) else list(documents)
    with Operation(
        graph,
        "forget",
        given,
        batch_size=batch_size,
        wait=wait,
        lock_timeout=lock_timeout,
        reference=False,
    ) as operation:
        summary = operation.summary
        keys: list[str] = []
        for name in given:
            summary.documents_seen += 1
            key = find_document(operation.writer.index, name)
            if key is None:
                summary.failures.append(
                    LoadFailure(
                        path=name,
                        problem="no such document in the graph (give its key or the path "
                        "it was loaded from)",
                    )
                )
            elif key not in keys:
                keys.append(key)
        _remove_in_batches(operation.writer, keys, progress, "forgetting", by_path=False)
    return operation.summary

"""`dcgraph bench load`: how fast the batched loader writes, against a naive loader.

Both loaders get the same documents, already extracted, and write them into an empty
database; only the writing is timed. The batched loader is `loading.load_extractions` (the
write phase of `dcgraph load`, with claims, evidence, mentions and the lock). The naive one
sends one auto-commit statement per node, per fact and per mention: MERGE both ends, MERGE
the relationship, SET its properties.

Rates count relationship writes: one per fact a document states plus one per entity it
mentions, the same number for both loaders, so the ratio is the ratio of their times.

The documents are synthetic extractions built from the reference data (`synthetic_
extractions`): the write path does not care where an Extraction came from, and building
them takes seconds where extracting 10,000 texts takes minutes. `corpus_extractions`
extracts a `dcgraph.corpus` corpus instead, for a run on real extractor output.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import random
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, SecretStr

from dcgraph import statements as q
from dcgraph.database import ConnectionInfo, Graph
from dcgraph.errors import DcgraphError
from dcgraph.loading import (
    LoadProgress,
    ProgressCallback,
    ensure_schema,
    load_extractions,
    read_rows,
    session_of,
)
from dcgraph.model import (
    REFERENCE_SOURCE,
    DocumentInfo,
    Edge,
    Evidence,
    Extraction,
    Node,
    NodeRef,
)
from dcgraph.settings import Settings

#: Relative frequency of each kind of fact in the synthetic documents.
FACT_MIX: tuple[tuple[str, float], ...] = (
    ("PROCURES", 0.30),
    ("SUPPLIES", 0.15),
    ("COOPERATES_WITH", 0.20),
    ("HOSTS_ATTACHE", 0.10),
    ("MEMBER_OF", 0.10),
    ("MANUFACTURES", 0.05),
    ("PART_OF", 0.10),
)
#: How much more often popular entities appear than rare ones (rank ** -exponent).
ZIPF_EXPONENT = 0.9
#: Documents loaded by each loader and wiped before timing, so that the JVM runs compiled code
#: (the naive loader takes ~20 statements a document: a few documents warm it up). A freshly
#: started server keeps compiling for longer than that: the batched loader's first whole pass
#: is timed and shown apart ("first pass"), and its rate and ratio come from a second pass,
#: as a server that has been up for a while (the one cron reloads into) runs it.
WARMUP_DOCUMENTS = 200
NAIVE_WARMUP_DOCUMENTS = 20
STATUSES = ("delivered", "ordered", "planned", "cancelled", "unknown")
DOMAINS = ("training", "procurement", "exercises", "operations", "cyber", "air-surveillance")


class BenchResult(BaseModel):
    """The figures of one benchmark run."""

    model_config = ConfigDict(extra="forbid")

    corpus: str
    documents: int
    batch_size: int
    relationship_writes: int
    first_pass_seconds: float
    first_pass_rate: float
    batched_seconds: float
    batched_rate: float
    batched_relationships: int
    naive_documents: int
    naive_relationship_writes: int
    naive_seconds: float
    naive_rate: float
    naive_relationships: int
    ratio: float
    neo4j: str
    rust_codec: bool


# --- the documents -------------------------------------------------------------------------


class _Story:
    """One synthetic document being written: its text, entities and facts."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.parts: list[str] = []
        self.length = 0
        self.used: dict[NodeRef, Node] = {}
        self.edges: dict[tuple[str, NodeRef, NodeRef], Edge] = {}

    def sentence(self, text: str) -> Evidence:
        start = self.length
        self.parts.append(text)
        self.length += len(text) + 1
        return Evidence(doc=self.key, path="", sentence=text, start=start, end=start + len(text))

    def fact(self, kind: str, start: Node, end: Node, sentence: str, **properties: Any) -> None:
        if start.ref == end.ref:
            return
        self.used[start.ref] = start
        self.used[end.ref] = end
        edge = Edge(
            type=kind,
            start=start.ref,
            end=end.ref,
            properties=properties,
            evidence=(self.sentence(sentence),),
        )
        self.edges.setdefault(edge.identity, edge)


def synthetic_extractions(documents: int, seed: int = 0) -> list[Extraction]:
    """`documents` extractions of about eight facts each over the reference data's entities,
    popular entities far more often than rare ones (as in the news), so many facts are stated
    by several documents and merge."""
    from dcgraph.reference import load_reference

    reference = load_reference()
    rng = random.Random(seed)
    by_label: dict[str, list[Node]] = {}
    for node in reference.nodes():
        by_label.setdefault(node.label, []).append(node)
    # Zipf-like popularity: a few states and systems appear in most stories.
    weights = {
        label: [1 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(items))]
        for label, items in by_label.items()
    }
    for items in by_label.values():
        rng.shuffle(items)
    companies = [n for n in by_label["Company"] if n.properties.get("state")]

    def pick(label: str) -> Node:
        return rng.choices(by_label[label], weights[label])[0]

    kinds = [kind for kind, _ in FACT_MIX]
    shares = [share for _, share in FACT_MIX]
    extractions: list[Extraction] = []
    for number in range(documents):
        story = _Story(hashlib.sha256(f"synthetic-{seed}-{number}".encode()).hexdigest()[:16])
        for kind in rng.choices(kinds, shares, k=rng.randint(5, 11)):
            a, b = pick("State"), pick("State")
            if kind == "PROCURES":
                weapon = pick("WeaponSystem")
                story.fact(
                    kind,
                    a,
                    weapon,
                    f"{a.name} has acquired {weapon.name} systems.",
                    status=rng.choice(STATUSES),
                    supplier=rng.choice([b.key, None]),
                    quantity=rng.choice([None, rng.randint(1, 400)]),
                    order_year=rng.choice([None, rng.randint(2000, 2025)]),
                )
            elif kind == "SUPPLIES":
                supplier = rng.choice([b, rng.choice(companies)])
                item = pick("WeaponSystem")
                story.fact(
                    kind,
                    supplier,
                    a,
                    f"{supplier.name} supplied {item.name} to {a.name}.",
                    items=[item.key],
                )
            elif kind == "COOPERATES_WITH":
                story.fact(
                    kind,
                    a,
                    b,
                    f"{a.name} and {b.name} deepen their defence cooperation.",
                    domains=rng.sample(DOMAINS, rng.randint(0, 2)),
                )
            elif kind == "HOSTS_ATTACHE":
                story.fact(
                    kind,
                    a,
                    b,
                    f"{b.name} has a defence attaché in {a.name}.",
                    status=rng.choice(("active", "planned")),
                )
            elif kind == "MEMBER_OF":
                org = pick("Organization")
                story.fact(kind, a, org, f"{a.name} is a member of {org.name}.")
            elif kind == "MANUFACTURES":
                company, weapon = rng.choice(companies), pick("WeaponSystem")
                story.fact(kind, company, weapon, f"{company.name} makes the {weapon.name}.")
            else:  # PART_OF
                ministry = reference.ministry_node(a.key, "defence")
                story.fact(kind, ministry, a, f"The {ministry.name} said so on Monday.")
        for _ in range(rng.randint(1, 4)):  # entities mentioned without a fact
            node = pick(rng.choice(("State", "Organization", "WeaponSystem")))
            story.used[node.ref] = node
        body = " ".join(story.parts)
        info = DocumentInfo(
            key=story.key,
            path=f"synthetic/{number:06d}.txt",
            title=f"Synthetic story {number}",
            date=f"{rng.randint(2010, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            language=rng.choice(("en", "et")),
            sha256=hashlib.sha256(body.encode()).hexdigest(),
            characters=len(body),
        )
        extractions.append(
            Extraction(
                document=info,
                nodes=(info.as_node(), *story.used.values()),
                edges=tuple(story.edges.values()),
                mentions=tuple(story.used),
            )
        )
    return extractions


def corpus_extractions(documents: int, seed: int = 0, workers: int = 1) -> list[Extraction]:
    """Extractions of a generated corpus (`dcgraph.corpus`): real extractor output, slow."""
    from dcgraph.corpus import generate_corpus
    from dcgraph.extraction import extract_paths

    with tempfile.TemporaryDirectory(prefix="dcgraph-corpus-") as folder:
        generate_corpus(Path(folder), documents, seed=seed)
        return [
            outcome
            for outcome in extract_paths([folder], workers=workers)
            if isinstance(outcome, Extraction)
        ]


def relationship_writes(extractions: list[Extraction]) -> int:
    """Facts stated plus entities mentioned: what both loaders are asked to write."""
    total = 0
    for extraction in extractions:
        mentioned = {ref for ref in extraction.mentions if ref.label != "Document"}
        for edge in extraction.edges:
            if edge.type != "MENTIONS" and edge.sources != (REFERENCE_SOURCE,):
                total += 1
                mentioned |= {edge.start, edge.end}
        total += len(mentioned)
    return total


# --- the two loaders -----------------------------------------------------------------------


def naive_load(
    graph: Graph, extractions: list[Extraction], progress: ProgressCallback | None = None
) -> None:
    """The baseline: one auto-commit statement per node, per fact and per mention."""
    with session_of(graph) as session:
        for done, extraction in enumerate(extractions, start=1):
            document = extraction.document
            for node in extraction.nodes:
                properties = {k: v for k, v in node.properties.items() if v is not None}
                session.run(
                    q.naive_node(node.label),
                    key=node.key,
                    name=node.name,
                    aliases=list(node.aliases),
                    properties=properties,
                ).consume()
            mentioned = {ref for ref in extraction.mentions if ref.label != "Document"}
            for edge in extraction.edges:
                if edge.type == "MENTIONS" or edge.sources == (REFERENCE_SOURCE,):
                    continue
                mentioned |= {edge.start, edge.end}
                session.run(
                    q.naive_fact(edge.type, edge.start.label, edge.end.label),
                    start=edge.start.key,
                    end=edge.end.key,
                    properties=edge.properties,
                    doc=[document.key],
                    sentences=[item.sentence for item in edge.evidence],
                ).consume()
            for ref in sorted(mentioned, key=str):
                session.run(q.naive_mention(ref.label), doc=document.key, key=ref.key).consume()
            if progress is not None and (done % 20 == 0 or done == len(extractions)):
                progress(LoadProgress("naive", done, len(extractions)))


def wipe(graph: Graph) -> None:
    with session_of(graph) as session:
        session.run(q.WIPE).consume()


def relationship_count(graph: Graph) -> int:
    return sum(row["count"] for row in read_rows(graph, q.COUNT_RELATIONSHIPS))


def rust_codec() -> bool:
    """Whether the driver packs Bolt messages with the neo4j-rust-ext extension."""
    from neo4j._codec.packstream import v1

    return getattr(v1, "_rust_pack", None) is not None


def run_benchmark(
    graph: Graph,
    extractions: list[Extraction],
    *,
    corpus: str,
    batch_size: int,
    naive_documents: int | None = None,
    progress: ProgressCallback | None = None,
) -> BenchResult:
    """Time both loaders over the same extractions, each into an emptied database.

    Both first load a few documents that are then wiped, so that neither pays for the JVM
    compiling Neo4j's code. With `naive_documents`, the naive loader is timed on only the
    first documents of the corpus (its rate is steady; the whole corpus takes long).

    The corpus sits in memory whole, which a real load never holds (`dcgraph load` streams
    the extractions): it is moved out of the garbage collector's sight for the run, so that
    neither loader pays for scanning it again and again."""
    gc.collect()
    gc.freeze()
    try:
        return _run_benchmark(
            graph,
            extractions,
            corpus=corpus,
            batch_size=batch_size,
            naive_documents=naive_documents,
            progress=progress,
        )
    finally:
        gc.unfreeze()


def _run_benchmark(
    graph: Graph,
    extractions: list[Extraction],
    *,
    corpus: str,
    batch_size: int,
    naive_documents: int | None,
    progress: ProgressCallback | None,
) -> BenchResult:
    wipe(graph)
    ensure_schema(graph)
    load_extractions(graph, extractions[:WARMUP_DOCUMENTS], batch_size=batch_size)
    wipe(graph)
    naive_load(graph, extractions[:NAIVE_WARMUP_DOCUMENTS])
    wipe(graph)

    writes = relationship_writes(extractions)
    began = time.perf_counter()
    load_extractions(
        graph, extractions, batch_size=batch_size, total=len(extractions), progress=progress
    )
    first_pass = time.perf_counter() - began
    wipe(graph)
    began = time.perf_counter()
    load_extractions(
        graph, extractions, batch_size=batch_size, total=len(extractions), progress=progress
    )
    batched = time.perf_counter() - began
    batched_relationships = relationship_count(graph)

    wipe(graph)
    sample = extractions[:naive_documents] if naive_documents else extractions
    sample_writes = relationship_writes(sample)
    began = time.perf_counter()
    naive_load(graph, sample, progress)
    naive = time.perf_counter() - began
    naive_relationships = relationship_count(graph)
    wipe(graph)
    batched_rate = writes / batched
    naive_rate = sample_writes / naive
    return BenchResult(
        corpus=corpus,
        documents=len(extractions),
        batch_size=batch_size,
        relationship_writes=writes,
        first_pass_seconds=round(first_pass, 3),
        first_pass_rate=round(writes / first_pass, 1),
        batched_seconds=round(batched, 3),
        batched_rate=round(batched_rate, 1),
        batched_relationships=batched_relationships,
        naive_documents=len(sample),
        naive_relationship_writes=sample_writes,
        naive_seconds=round(naive, 3),
        naive_rate=round(naive_rate, 1),
        naive_relationships=naive_relationships,
        ratio=round(batched_rate / naive_rate, 2),
        neo4j=graph.server_version(),
        rust_codec=rust_codec(),
    )


# --- where it runs -------------------------------------------------------------------------


@contextlib.contextmanager
def throwaway_neo4j(settings: Settings) -> Iterator[Graph]:
    """A private managed Neo4j in a temporary folder on free ports, deleted afterwards: the
    benchmark empties its database, which must never be the user's."""
    from dcgraph.neo4j_local import LocalNeo4j, free_port

    folder = Path(tempfile.mkdtemp(prefix="dcgraph-bench-"))
    local = LocalNeo4j(
        settings.with_overrides(
            neo4j_uri="", data_dir=folder, bolt_port=free_port(), http_port=free_port()
        )
    )
    try:
        local.start()
        info = ConnectionInfo(
            local.bolt_uri, "neo4j", SecretStr(local.password()), "neo4j", managed=True
        )
        with Graph.connect(info) as graph:
            yield graph
    finally:
        local.stop(timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


def require_empty(graph: Graph) -> None:
    """Refuse to benchmark in a database that holds anything (the benchmark wipes it)."""
    rows = read_rows(graph, q.ANY_NODE)
    if rows:
        raise DcgraphError(
            f"the database at {graph.info.uri} is not empty, and the benchmark deletes "
            "everything in it",
            hint="run without --in-place (a throwaway Neo4j is used), or add --wipe",
        )

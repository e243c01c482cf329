"""Documents in, nodes and facts out: the extraction pipeline and its parallel driver."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from dcgraph.confidence import DocumentContext, fact_model
from dcgraph.documents import DEFAULT_MAX_BYTES, SourceDocument, discover, read_document
from dcgraph.errors import DocumentError
from dcgraph.lexicon import cues
from dcgraph.model import (
    RELATIONSHIPS,
    Edge,
    Evidence,
    Extraction,
    Node,
    NodeRef,
    canonical_order,
    node_ref,
)
from dcgraph.recognition import gazetteer
from dcgraph.reference import OrganizationEntry, ReferenceData, WeaponEntry, load_reference
from dcgraph.relations import STATUS_RANK, Claim, DocumentReader
from dcgraph.text import sentences

log = logging.getLogger(__name__)

Outcome = Extraction | DocumentError


def extract(
    source: SourceDocument,
    reference: ReferenceData | None = None,
    *,
    min_confidence: float | None = None,
) -> Extraction:
    """The entities and facts one document states, each fact with its evidence. Facts the
    confidence model scores below `min_confidence` (None: the model's own threshold; 0:
    keep all) are left out."""
    reference = reference or load_reference()
    reader, context = read_facts(source, reference)
    edges = fact_model().keep(context, min_confidence)
    refs: dict[NodeRef, None] = {}
    for edge in edges:
        refs[edge.start] = None
        refs[edge.end] = None
    mentions = [ref for ref in reader.mentioned if ref.label != "Document"]
    for ref in mentions:
        refs[ref] = None
    nodes = [source.info.as_node()]
    # Most refs are the reference data's own nodes: looked up here directly, node_for
    # serves the others.
    known = reference_nodes(reference)
    for ref in refs:
        node = known.get(ref) if ref.label != "Ministry" else None
        if node is None:
            node = node_for(
                ref,
                reference,
                reader.open_companies,
                reader.open_weapons,
                reader.open_organizations,
            )
        nodes.append(node)
    # Every part is a validated model already (validating an Extraction would run each
    # edge's and node's validators once more, to the same result): only the check that
    # joins them is left to run.
    extraction = Extraction.model_construct(
        document=source.info,
        nodes=tuple(nodes),
        edges=tuple(edges),
        mentions=tuple(mentions),
    )
    extraction.check_edges_join_known_nodes()
    return extraction


def read_facts(
    source: SourceDocument, reference: ReferenceData
) -> tuple[DocumentReader, DocumentContext]:
    """Every fact the rules find in a document, with what the confidence model reads."""
    language = source.info.language if source.info.language in ("en", "et") else "en"
    reader = DocumentReader(reference, gazetteer(language), language)
    reader.read(sentences(source.text, language))
    edges, rules = merge_claims(reader.claims, source)
    return reader, DocumentContext(language, reader.mentioned, edges, rules)


def merge_claims(
    claims: list[Claim], source: SourceDocument
) -> tuple[list[Edge], dict[tuple[str, NodeRef, NodeRef], frozenset[str]]]:
    """One edge per fact, with every sentence that states it as evidence, and which rules
    read each fact (keyed like `Edge.identity`)."""
    merged: dict[tuple[str, NodeRef, NodeRef], dict[str, Any]] = {}
    # One Evidence per sentence object, shared by the facts it states, built when first needed.
    evidence_of: dict[int, Evidence] = {}
    for claim in claims:
        start, end = claim.start, claim.end
        if RELATIONSHIPS[claim.type].symmetric:
            start, end = canonical_order(start, end)
        slot = merged.setdefault(
            (claim.type, start, end),
            # Statuses counted in a plain dict: a Counter costs more to make than its counting
            # saves, for the one or two claims most facts have.
            {"properties": {}, "evidence": {}, "statuses": {}, "rules": set()},
        )
        slot["rules"].add(claim.rule)
        _merge_properties(slot["properties"], claim.properties)
        sentence = claim.sentence
        if claim.properties.get("status") is not None:
            # Counted once a sentence: a sentence that names the system twice ("147 F-35s,
            # 105 F-35As and 42 F-35Bs") states its stage once.
            status = str(claim.properties["status"])
            said = slot.setdefault("said", set())
            if (status, sentence.start) not in said:
                said.add((status, sentence.start))
                statuses = slot["statuses"]
                statuses[status] = statuses.get(status, 0) + 1
                if claim.type == "PROCURES" and status in ("ordered", "delivered"):
                    slot.setdefault("stages", []).append((status, claim))
        if sentence.start not in slot["evidence"]:
            evidence = evidence_of.get(id(sentence))
            if evidence is None:
                evidence = evidence_of[id(sentence)] = Evidence(
                    doc=source.info.key,
                    path=source.path,
                    sentence=sentence.text,
                    start=sentence.start,
                    end=sentence.end,
                )
            slot["evidence"][sentence.start] = evidence
    language = source.info.language if source.info.language in ("en", "et") else "en"
    published = source.info.date or ""
    year = int(published[:4]) if published[:4].isdigit() else None
    for (kind, _, _), slot in merged.items():
        if slot["statuses"]:
            statuses = slot["statuses"]
            if "ordered" in statuses and "delivered" in statuses:
                statuses = _without_earlier_fleet(statuses, slot["stages"], language, year)
            slot["properties"]["status"] = document_status(kind, statuses)
    _attach_items(merged)
    edges = []
    # Every piece of evidence is this document's: the sources an edge would derive from it.
    sources = (source.info.key,)
    for (kind, start, end), slot in merged.items():
        by_offset = slot["evidence"]
        in_text_order = tuple(map(by_offset.__getitem__, sorted(by_offset)))
        edges.append(
            Edge(
                type=kind,
                start=start,
                end=end,
                properties=slot["properties"],
                evidence=in_text_order,
                sources=sources,
            )
        )
    rules = {identity: frozenset(slot["rules"]) for identity, slot in merged.items()}
    return edges, rules


def document_status(kind: str, statuses: Mapping[str, int]) -> str:
    """The status of a fact its sentences give in different stages. A cancelled procurement
    is cancelled; otherwise the stage most sentences state wins, the later stage on a tie:
    a story about a new order that recalls an earlier batch delivered ("already flies 36
    Rafales") is about the order. "unknown" counts only when no sentence names a stage.
    An attaché post is active if any sentence says so."""
    if kind != "PROCURES":
        return "active" if "active" in statuses else max(statuses, key=statuses.__getitem__)
    if "cancelled" in statuses:
        return "cancelled"
    stated = {status: count for status, count in statuses.items() if status != "unknown"}
    if not stated:
        return "unknown"
    return max(stated, key=lambda status: (stated[status], STATUS_RANK.get(status, 0)))


#: Rules that read a delivery of the units of an order told just before.
ORDER_FOLLOWUP_RULES = frozenset({"delivery_of_last_order", "class_delivery_of_last_order"})


def _without_earlier_fleet(
    statuses: dict[str, int],
    stages: list[tuple[str, Claim]],
    language: str,
    year: int | None,
) -> dict[str, int]:
    """The statuses without the deliveries that came before the order the document reports.
    The line takes the latest event: "currently flies second-hand F-16s ... agreed to buy a
    further 32" is the order, while "ordered 48 in 2022; the first arrived in 2023" is
    delivered. A delivery is earlier when its years precede the order's (or, for an order
    without a year, the document's), or when it has no year and is told as the fleet in use
    ("already", "juba", "since")."""
    order_years: list[int] = []
    for status, claim in stages:
        order_year = claim.properties.get("order_year")
        if status == "ordered" and isinstance(order_year, int):
            order_years.append(order_year)
    latest_order = max(order_years, default=year)
    in_use = cues("status.in_use", language)
    for status, claim in stages:
        if status != "delivered":
            continue
        if claim.rule in ORDER_FOLLOWUP_RULES:
            # "ordered Krabs in several batches since 2016. Over a hundred of them are in
            # service now": the order's own units came, however the text tells it
            return statuses
        years = claim.properties.get("delivery_years")
        if isinstance(years, list) and years:
            if latest_order is None or max(years) >= latest_order:
                return statuses
        elif not in_use.any_in(claim.sentence.joined.split()):
            return statuses
    return {status: count for status, count in statuses.items() if status != "delivered"}


def _merge_properties(into: dict[str, Any], new: dict[str, Any]) -> None:
    for name, value in new.items():
        if value is None or value == [] or name == "status":
            continue
        if isinstance(value, list):
            merged = list(into.get(name, []))
            merged.extend(item for item in value if item not in merged)
            into[name] = merged
        else:
            into.setdefault(name, value)


def _attach_items(merged: dict[tuple[str, NodeRef, NodeRef], dict[str, Any]]) -> None:
    """A SUPPLIES fact lists what the document says the recipient got from that supplier."""
    for (kind, start, end), slot in merged.items():
        if kind != "PROCURES":
            continue
        supplier = slot["properties"].get("supplier")
        if supplier is None:
            continue
        label = "State" if len(supplier) == 2 and supplier.isupper() else "Company"
        key = ("SUPPLIES", node_ref(label, supplier), start)
        if key in merged:
            items = merged[key]["properties"].setdefault("items", [])
            if end.key not in items:
                items.append(end.key)


def node_for(
    ref: NodeRef,
    reference: ReferenceData,
    open_companies: dict[str, str],
    open_weapons: Mapping[str, WeaponEntry] | None = None,
    open_organizations: Mapping[str, OrganizationEntry] | None = None,
) -> Node:
    """The node an edge or mention points at: the reference data's own node where it has one,
    else one for a company, system or organisation the document named that the reference
    does not know."""
    if ref.label == "Ministry":
        return _ministry_node(ref, reference)
    node = reference_nodes(reference).get(ref)
    if node is not None:
        return node
    if ref.label == "Company":
        return Node(label="Company", key=ref.key, name=open_companies.get(ref.key, ref.key))
    if ref.label == "WeaponSystem" and open_weapons and ref.key in open_weapons:
        weapon = open_weapons[ref.key]
        return Node(
            label="WeaponSystem",
            key=ref.key,
            name=weapon.name,
            properties={"category": weapon.category},
        )
    if ref.label == "Organization" and open_organizations and ref.key in open_organizations:
        organization = open_organizations[ref.key]
        return Node(
            label="Organization",
            key=ref.key,
            name=organization.name,
            properties={"kind": organization.kind},
        )
    raise ValueError(f"no node for {ref}")


_REFERENCE_NODES: dict[int, dict[NodeRef, Node]] = {}


def reference_nodes(reference: ReferenceData) -> dict[NodeRef, Node]:
    """The reference data's nodes by ref, built once per reference object."""
    nodes = _REFERENCE_NODES.get(id(reference))
    if nodes is None:
        nodes = _REFERENCE_NODES[id(reference)] = {node.ref: node for node in reference.nodes()}
    return nodes


#: Ministry nodes by reference object (kept, so that its id is not reused) and ref.
_MINISTRY_NODES: dict[int, tuple[ReferenceData, dict[NodeRef, Node]]] = {}


def _ministry_node(ref: NodeRef, reference: ReferenceData) -> Node:
    """A Ministry node, built once per reference object: documents name the same few often."""
    cached = _MINISTRY_NODES.get(id(reference))
    if cached is None or cached[0] is not reference:
        cached = _MINISTRY_NODES[id(reference)] = (reference, {})
    node = cached[1].get(ref)
    if node is None:
        state, portfolio = reference.ministry_of_key(ref.key)
        node = cached[1][ref] = reference.ministry_node(state, portfolio)
    return node


def extract_file(
    path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, min_confidence: float | None = None
) -> Outcome:
    """Read and extract one file; a problem with it comes back as a DocumentError."""
    try:
        return extract(read_document(path, max_bytes=max_bytes), min_confidence=min_confidence)
    except DocumentError as exc:
        return exc
    except Exception as exc:  # one bad document must not stop a batch
        log.debug("extraction failed on %s", path, exc_info=True)
        return DocumentError(str(path), f"extraction failed ({type(exc).__name__}: {exc})")


def extract_paths(
    paths: Iterable[str | Path],
    *,
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    min_confidence: float | None = None,
) -> Iterator[Outcome]:
    """Extract every document under the paths, in order; errors are items, not exceptions."""
    found: list[Path] = []
    for item in discover(paths):
        if isinstance(item, DocumentError):
            yield item
        else:
            found.append(item)
    yield from extract_files(
        found, workers=workers, max_bytes=max_bytes, min_confidence=min_confidence
    )


def extract_files(
    files: list[Path],
    *,
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    min_confidence: float | None = None,
) -> Iterator[Outcome]:
    if workers <= 1 or len(files) <= 1:
        for path in files:
            yield extract_file(path, max_bytes, min_confidence)
        return
    with extraction_pool(workers) as pool:
        count = len(files)
        yield from pool.map(
            extract_file, files, [max_bytes] * count, [min_confidence] * count, chunksize=8
        )


#: New objects between two collections of the youngest generation, in a warmed-up process.
GC_THRESHOLD = 5000


def warm_up() -> None:
    """Build what every extraction needs (reference data, gazetteers, cue indexes) once."""
    from dcgraph.lexicon import cue_index
    from dcgraph.relations import build_tables

    for language in ("en", "et"):
        gazetteer(language)
        cue_index(language)
        cue_index(language, raw=True)
    # Tables of the reference data built on first use, which the first document to need
    # them would otherwise pay for (the systems' variant stems take a tenth of a second, the
    # words of their names a twentieth).
    reference = load_reference()
    reference_nodes(reference)
    build_tables(reference)
    fact_model().word_weights()
    # What is built so far lives as long as the process: keep the garbage collector from
    # walking it again on every full collection.
    gc.freeze()
    # Extraction makes no reference cycles (over the 20 MB bench corpus the collector found
    # nothing to free), yet at the default threshold (700 new objects) it ran ~5,900 times
    # over the objects of the document at hand: collect 7 times less often.
    youngest, *older = gc.get_threshold()
    gc.set_threshold(max(youngest, GC_THRESHOLD), *older)


def extraction_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes that are ready to extract as soon as they start."""
    return ProcessPoolExecutor(max_workers=workers, initializer=warm_up)


def json_lines(
    extractions: Iterable[Extraction],
    *,
    with_reference: bool = False,
    reference: ReferenceData | None = None,
) -> Iterator[str]:
    """`dcgraph extract --format jsonl`: every node once, then every edge, one per line."""
    nodes: dict[NodeRef, Node] = {}
    edges: list[Edge] = []
    for extraction in extractions:
        for node in extraction.nodes:
            nodes.setdefault(node.ref, node)
        edges.extend(extraction.edges)
    if with_reference:
        reference = reference or load_reference()
        for edge in reference.edges():
            if edge.start in nodes or edge.end in nodes:
                edges.append(edge)
                for end in (edge.start, edge.end):
                    if end not in nodes:
                        nodes[end] = node_for(end, reference, {})
    for node in nodes.values():
        yield node.model_dump_json()
    for edge in edges:
        yield edge.model_dump_json(exclude={"sources"} if not edge.is_reference else None)

"""The loader on the real Neo4j: idempotence, incremental reloads, provenance, prune, forget,
bad input, the lock (issue 4).

Tests that need facts use `sentences_extractor`, a small test double of
`dcgraph.extraction.extract` that reads sentences such as "Estonia buys Harop from Israel
(ordered)." exactly; the database is always the real one. The seed tests use the real
extractor and hold whatever it finds.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dcgraph import extraction, statements
from dcgraph.database import Graph
from dcgraph.documents import SourceDocument
from dcgraph.errors import LoadLockedError, SchemaViolation
from dcgraph.fingerprint import fingerprint, graph_lines
from dcgraph.loading import (
    Claim,
    StoredFact,
    appended_fact,
    ensure_schema,
    fact_properties,
    forget,
    load_extractions,
    load_paths,
)
from dcgraph.model import NODE_LABELS, Edge, Evidence, Extraction, Node

pytestmark = pytest.mark.neo4j

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# --- a test double of the extractor ----------------------------------------------------------

STATES = {
    "Estonia": "EE",
    "Israel": "IL",
    "Latvia": "LV",
    "Lithuania": "LT",
    "Poland": "PL",
    "Germany": "DE",
    "Finland": "FI",
    "Sweden": "SE",
}
WEAPONS = {
    "Harop": ("harop", "loitering-munition"),
    "Barak": ("barak-8", "air-defence-system"),
    "Lora": ("lora", "ballistic-missile"),
}
ORGANIZATIONS = {"NATO": "nato", "EU": "eu"}
_SENTENCE = re.compile(r"[^.\n]+\.")
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("SUPPLIES", re.compile(r"(?P<a>\w+) supplies (?P<b>\w+)(?: with (?P<w>\w+))?\.")),
    (
        "PROCURES",
        re.compile(r"(?P<a>\w+) buys (?P<w>\w+)(?: from (?P<b>\w+))?(?: \((?P<status>\w+)\))?\."),
    ),
    (
        "COOPERATES_WITH",
        re.compile(r"(?P<a>\w+) cooperates with (?P<b>\w+)(?: on (?P<d>[\w-]+))?\."),
    ),
    (
        "HOSTS_ATTACHE",
        re.compile(r"(?P<a>\w+) hosts an attaché of (?P<b>\w+)(?: \((?P<status>\w+)\))?\."),
    ),
    ("MEMBER_OF", re.compile(r"(?P<a>\w+) is a member of (?P<o>\w+)\.")),
    ("MENTION", re.compile(r"(?P<a>\w+) is mentioned\.")),
)


def _node(name: str) -> Node:
    if name in STATES:
        return Node(label="State", key=STATES[name], name=name)
    if name in WEAPONS:
        key, category = WEAPONS[name]
        return Node(label="WeaponSystem", key=key, name=name, properties={"category": category})
    return Node(label="Organization", key=ORGANIZATIONS[name], name=name)


def sentences_extract(
    source: SourceDocument, reference: object = None, *, min_confidence: float | None = None
) -> Extraction:
    """Facts from sentences of a fixed shape, with their exact offsets as evidence."""
    if "EXPLODE" in source.text:
        raise RuntimeError("the extractor blew up")
    info = source.info
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    for match in _SENTENCE.finditer(source.text):
        text = match.group().strip()
        start = match.start() + match.group().index(text)
        evidence = Evidence(
            doc=info.key, path=info.path, sentence=text, start=start, end=start + len(text)
        )
        for kind, rule in _RULES:
            found = rule.fullmatch(text)
            if not found:
                continue
            parts = {k: v for k, v in found.groupdict().items() if v}
            for name in ("a", "b", "w", "o"):
                if name in parts:
                    nodes[parts[name]] = _node(parts[name])
            if kind == "MENTION":
                break
            a = nodes[parts["a"]]
            if kind == "SUPPLIES":
                end, props = nodes[parts["b"]], {"items": [nodes[parts["w"]].key]}
                if "w" not in parts:
                    props = {}
            elif kind == "PROCURES":
                end = nodes[parts["w"]]
                props = {"status": parts.get("status", "unknown")}
                if "b" in parts:
                    props["supplier"] = STATES[parts["b"]]
            elif kind == "COOPERATES_WITH":
                end, props = nodes[parts["b"]], {"domains": [parts["d"]] if "d" in parts else []}
            elif kind == "HOSTS_ATTACHE":
                end, props = nodes[parts["b"]], {"status": parts.get("status", "active")}
            else:
                end, props = nodes[parts["o"]], {}
            edges.append(
                Edge(type=kind, start=a.ref, end=end.ref, properties=props, evidence=(evidence,))
            )
            break
    return Extraction(
        document=info,
        nodes=(info.as_node(), *nodes.values()),
        edges=tuple(edges),
        mentions=tuple(node.ref for node in nodes.values()),
    )


@pytest.fixture
def sentences_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extraction, "extract", sentences_extract)


def write(folder: Path, name: str, *sentences: str, date: str | None = None) -> Path:
    """A document of the given sentences (one a line), with a publication date if given."""
    folder.mkdir(parents=True, exist_ok=True)
    head = [f"Published: {date}"] if date else []
    path = folder / name
    path.write_text("\n".join([*head, *sentences]) + "\n", encoding="utf-8")
    return path


# --- looking at the graph ----------------------------------------------------------------------

FactId = tuple[str, str, str]


def facts(graph: Graph) -> dict[FactId, dict[str, Any]]:
    """Every relationship but MENTIONS, by (type, start key, end key), with its properties."""
    rows = graph.read(
        "MATCH (a)-[r]->(b) WHERE type(r) <> 'MENTIONS' "
        "RETURN type(r) AS type, a.key AS start, b.key AS end, properties(r) AS properties"
    )
    found: dict[FactId, dict[str, Any]] = {}
    for row in rows:
        identity = (row["type"], row["start"], row["end"])
        assert identity not in found, f"duplicate relationship {identity}"
        found[identity] = row["properties"]
    return found


def document_key(graph: Graph, name: str) -> str:
    rows = graph.read(
        "MATCH (d:Document) WHERE any(p IN d.source_paths WHERE p ENDS WITH $name) "
        "RETURN d.key AS key",
        {"name": "/" + name},
    )
    assert len(rows) == 1, rows
    return str(rows[0]["key"])


def mentions(graph: Graph, key: str) -> set[str]:
    rows = graph.read(
        "MATCH (:Document {key: $key})-[:MENTIONS]->(n) RETURN n.key AS key", {"key": key}
    )
    return {row["key"] for row in rows}


def copy_seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


# --- schema ----------------------------------------------------------------------------------


def test_ensure_schema_creates_key_constraints_and_indexes(graph: Graph) -> None:
    ensure_schema(graph)
    ensure_schema(graph)  # idempotent
    constraints = graph.read(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
        "WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties AS properties"
    )
    unique = {row["label"] for row in constraints if row["properties"] == ["key"]}
    assert set(NODE_LABELS) | {"LoadRun", "LoadLock", "LoadState"} <= unique
    indexes = {
        (row["label"], tuple(row["properties"]))
        for row in graph.read(
            "SHOW INDEXES YIELD type, labelsOrTypes, properties, state "
            "WHERE type IN ['RANGE', 'FULLTEXT'] AND state = 'ONLINE' "
            "RETURN labelsOrTypes[0] AS label, properties"
        )
    }
    assert ("Document", ("sha256",)) in indexes
    assert ("Document", ("path",)) in indexes
    assert ("State", ("name",)) in indexes
    assert ("State", ("name", "aliases")) in indexes  # the full-text name index


def test_statements_refuse_labels_outside_the_contract() -> None:
    with pytest.raises(SchemaViolation):
        statements.merge_entities("Person")
    with pytest.raises(SchemaViolation):
        statements.create_facts("LIKES", "State", "State", ["sources"])
    with pytest.raises(SchemaViolation):
        statements.create_facts("PROCURES", "State", "WeaponSystem", ["status}) DETACH DELETE (a"])
    with pytest.raises(SchemaViolation):
        statements.merge_entities("State) DETACH DELETE (n")


# --- idempotence and incremental reloads on the seeds (real extractor) ------------------------


@pytest.mark.slow
def test_loading_the_seeds_twice_changes_nothing(graph: Graph, tmp_path: Path) -> None:
    seeds = copy_seeds(tmp_path)
    first = load_paths(graph, [seeds])
    assert first.failures == []
    assert (first.documents_seen, first.documents_new) == (5, 5)
    assert first.relationships_created > 0 and first.reference_loaded
    before = fingerprint(graph)

    second = load_paths(graph, [seeds])
    assert (second.documents_unchanged, second.documents_new, second.documents_changed) == (
        5,
        0,
        0,
    )
    counters = ("nodes_created", "nodes_deleted", "relationships_created")
    assert all(getattr(second, name) == 0 for name in (*counters, "relationships_deleted"))
    assert not second.reference_loaded
    assert fingerprint(graph) == before


@pytest.mark.slow
def test_editing_one_seed_changes_only_its_facts(graph: Graph, tmp_path: Path) -> None:
    seeds = copy_seeds(tmp_path)
    load_paths(graph, [seeds])
    edited = sorted(seeds.glob("*.txt"))[1]
    old_key = document_key(graph, edited.name)
    before_facts = facts(graph)
    before = set(graph_lines(graph))

    edited.write_text(edited.read_text(encoding="utf-8") + "\nEnd of article.\n", "utf-8")
    summary = load_paths(graph, [seeds])
    assert (summary.documents_changed, summary.documents_unchanged) == (1, 4)
    new_key = document_key(graph, edited.name)
    assert new_key != old_key  # the text changed, so did its key
    after = set(graph_lines(graph))

    # Whatever changed names the edited document (its old or its new version) ...
    for line in before ^ after:
        assert old_key in line or new_key in line, line
    # ... and the facts are the same facts, now sourced from the new version.
    after_facts = facts(graph)
    assert after_facts.keys() == before_facts.keys()
    for identity, properties in after_facts.items():
        old_sources = before_facts[identity]["sources"]
        assert properties["sources"] == [s for s in old_sources if s != old_key] + [new_key] * (
            old_key in old_sources
        ), identity
    assert graph.read("MATCH (d:Document {key: $k}) RETURN d", {"k": old_key}) == []


@pytest.mark.slow
def test_prune_removes_exactly_the_facts_only_the_deleted_seed_supported(
    graph: Graph, tmp_path: Path
) -> None:
    seeds = copy_seeds(tmp_path)
    load_paths(graph, [seeds])
    gone = sorted(seeds.glob("*.txt"))[3]
    key = document_key(graph, gone.name)
    before = facts(graph)
    assert any(key in p["sources"] for p in before.values()), "the seed supports some facts"

    gone.unlink()
    unpruned = load_paths(graph, [seeds])
    assert unpruned.documents_removed == 0 and facts(graph) == before  # no --prune: kept

    summary = load_paths(graph, [seeds], prune=True)
    assert summary.documents_removed == 1
    expected = {
        identity: [s for s in properties["sources"] if s != key]
        for identity, properties in before.items()
        if properties["sources"] != [key]
    }
    after = facts(graph)
    assert {identity: p["sources"] for identity, p in after.items()} == expected
    for properties in after.values():
        assert key not in properties.get("evidence_docs", [])
    assert graph.read("MATCH (d:Document {key: $k}) RETURN d", {"k": key}) == []


# --- provenance and merging (test double of the extractor) ---------------------------------


def test_two_documents_stating_one_fact_make_one_edge(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    docs = tmp_path / "docs"
    write(docs, "a.txt", "Estonia buys Harop from Israel (ordered).", date="2020-03-01")
    write(docs, "b.txt", "Filler text first.", "Estonia buys Harop (delivered).", date="2023-06-30")
    summary = load_paths(graph, [docs], reference=False)
    assert summary.documents_new == 2 and summary.failures == []
    a, b = document_key(graph, "a.txt"), document_key(graph, "b.txt")

    edge = facts(graph)["PROCURES", "EE", "harop"]
    assert edge["sources"] == [a, b]
    assert edge["evidence"] == [
        "Estonia buys Harop from Israel (ordered).",
        "Estonia buys Harop (delivered).",
    ]
    assert edge["evidence_docs"] == [a, b]
    text_b = (docs / "b.txt").read_text(encoding="utf-8")
    start = text_b.index("Estonia buys")
    assert edge["evidence_spans"][1] == f"{start}-{start + len('Estonia buys Harop (delivered).')}"
    assert edge["first_seen"] == "2020-03-01"
    assert edge["status"] == "delivered"  # from the most recent document
    assert edge["supplier"] == "IL"  # only the older one names the supplier
    assert [json.loads(c)["doc"] for c in edge["claims"]] == [a, b]
    assert mentions(graph, a) == {"EE", "harop", "IL"}


def test_the_most_recent_document_wins_whatever_the_load_order(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    newer = write(
        tmp_path / "1", "new.txt", "Latvia hosts an attaché of Poland.", date="2024-01-01"
    )
    older = write(
        tmp_path / "2", "old.txt", "Latvia hosts an attaché of Poland (planned).", date="2019-01-01"
    )
    load_paths(graph, [newer], reference=False)
    load_paths(graph, [older], reference=False)
    edge = facts(graph)["HOSTS_ATTACHE", "LV", "PL"]
    assert edge["status"] == "active"  # 2024 says active, 2019 said planned
    assert edge["first_seen"] == "2019-01-01"
    assert len(edge["sources"]) == 2


def test_symmetric_cooperation_is_one_edge_whichever_way_it_is_stated(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    docs = tmp_path / "docs"
    write(docs, "a.txt", "Israel cooperates with Estonia on training.")
    write(docs, "b.txt", "Estonia cooperates with Israel on procurement.")
    load_paths(graph, [docs], reference=False)
    cooperation = {k: v for k, v in facts(graph).items() if k[0] == "COOPERATES_WITH"}
    assert list(cooperation) == [("COOPERATES_WITH", "EE", "IL")]
    assert cooperation["COOPERATES_WITH", "EE", "IL"]["domains"] == ["procurement", "training"]


def test_a_changed_document_replaces_its_old_facts_and_evidence(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    docs = tmp_path / "docs"
    changing = write(docs, "a.txt", "Estonia buys Harop.", "Estonia cooperates with Latvia.")
    write(docs, "b.txt", "Estonia cooperates with Latvia.", "Sweden is mentioned.")
    load_paths(graph, [docs], reference=False)
    old_key = document_key(graph, "a.txt")

    write(docs, "a.txt", "Estonia buys Barak.", "Estonia cooperates with Latvia.")
    summary = load_paths(graph, [docs], reference=False)
    assert (summary.documents_changed, summary.documents_unchanged) == (1, 1)
    new_key = document_key(graph, "a.txt")
    found = facts(graph)
    assert ("PROCURES", "EE", "harop") not in found
    assert found["PROCURES", "EE", "barak-8"]["sources"] == [new_key]
    cooperation = found["COOPERATES_WITH", "EE", "LV"]
    b = document_key(graph, "b.txt")
    assert cooperation["sources"] == [b, new_key]
    assert old_key not in cooperation["evidence_docs"]
    # Harop lost its last relationship (it is not reference data here), so it went too.
    assert graph.read("MATCH (w:WeaponSystem {key: 'harop'}) RETURN w") == []
    assert changing.exists()


def test_reextract_rewrites_unchanged_documents_with_the_extraction_of_today(
    graph: Graph, tmp_path: Path
) -> None:
    """An unchanged file is skipped, whatever the extraction would give now; `reextract`
    rewrites it with today's (here: a confidence cut that keeps no fact)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "000_ef3b1e2f295c35aa.txt", docs)
    load_paths(graph, [docs], reference=False, min_confidence=0)
    before = facts(graph)
    assert ("PROCURES", "EE", "generic-machine-gun") in before

    skipped = load_paths(graph, [docs], reference=False, min_confidence=1)
    assert (skipped.documents_unchanged, skipped.documents_changed) == (1, 0)
    assert facts(graph) == before

    redone = load_paths(graph, [docs], reference=False, min_confidence=1, reextract=True)
    assert (redone.documents_unchanged, redone.documents_changed) == (0, 1)
    assert redone.failures == []
    assert facts(graph) == {}
    assert graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"] == 1


def test_prune_keeps_facts_supported_elsewhere(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    docs = tmp_path / "docs"
    write(docs, "a.txt", "Estonia cooperates with Israel.", "Latvia buys Harop.")
    write(docs, "b.txt", "Estonia cooperates with Israel.")
    write(docs, "c.txt", "Finland is a member of EU.")
    load_paths(graph, [docs], reference=False)
    a, b = document_key(graph, "a.txt"), document_key(graph, "b.txt")
    before = facts(graph)

    (docs / "a.txt").unlink()
    summary = load_paths(graph, [docs], prune=True, reference=False)
    assert summary.documents_removed == 1
    after = facts(graph)
    assert set(before) - set(after) == {("PROCURES", "LV", "harop")}
    assert after["COOPERATES_WITH", "EE", "IL"]["sources"] == [b]
    assert after["COOPERATES_WITH", "EE", "IL"]["evidence_docs"] == [b]
    assert after["MEMBER_OF", "FI", "eu"] == before["MEMBER_OF", "FI", "eu"]
    assert graph.read("MATCH (s:State {key: 'LV'}) RETURN s") == []  # orphan, not reference
    assert graph.read("MATCH (d:Document {key: $a}) RETURN d", {"a": a}) == []


def test_prune_never_touches_folders_that_are_not_there(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    docs = tmp_path / "docs"
    write(docs, "a.txt", "Estonia cooperates with Israel.")
    load_paths(graph, [docs], reference=False)
    summary = load_paths(graph, [tmp_path / "typo"], prune=True, reference=False)
    assert summary.documents_removed == 0
    assert summary.failures[0].problem == "no such file or folder"
    assert len(facts(graph)) == 1


def test_identical_text_at_two_paths_is_one_document(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    docs = tmp_path / "docs"
    write(docs, "a.txt", "Estonia cooperates with Israel.")
    shutil.copy(docs / "a.txt", docs / "copy.txt")
    summary = load_paths(graph, [docs], reference=False)
    assert summary.documents_new == 2
    rows = graph.read("MATCH (d:Document) RETURN d.key AS key, d.source_paths AS paths")
    assert len(rows) == 1 and len(rows[0]["paths"]) == 2
    assert facts(graph)["COOPERATES_WITH", "EE", "IL"]["sources"] == [rows[0]["key"]]

    (docs / "a.txt").unlink()
    load_paths(graph, [docs], prune=True, reference=False)
    rows = graph.read("MATCH (d:Document) RETURN d.source_paths AS paths, d.path AS path")
    assert rows == [{"paths": [str((docs / "copy.txt").resolve())], "path": rows[0]["path"]}]
    assert rows[0]["path"].endswith("copy.txt")
    assert len(facts(graph)) == 1

    (docs / "copy.txt").unlink()
    summary = load_paths(graph, [docs], prune=True, reference=False)
    assert summary.documents_removed == 1
    assert graph.read("MATCH (n) WHERE NOT n:LoadRun AND NOT n:LoadLock RETURN n") == []


def test_forget_by_key_and_by_path(graph: Graph, tmp_path: Path, sentences_extractor: None) -> None:
    docs = tmp_path / "docs"
    write(docs, "a.txt", "Estonia cooperates with Israel.", "Latvia buys Lora.")
    write(docs, "b.txt", "Estonia cooperates with Israel.")
    write(docs, "c.txt", "Poland supplies Lithuania with Harop.")
    load_paths(graph, [docs], reference=False)
    a, b = document_key(graph, "a.txt"), document_key(graph, "b.txt")

    summary = forget(graph, a)
    assert (summary.documents_removed, summary.failures) == (1, [])
    found = facts(graph)
    assert ("PROCURES", "LV", "lora") not in found
    assert found["COOPERATES_WITH", "EE", "IL"]["sources"] == [b]

    summary = forget(graph, [str(docs / "c.txt"), "0123456789abcdef"])
    assert summary.documents_removed == 1
    assert [f.path for f in summary.failures] == ["0123456789abcdef"]
    assert set(facts(graph)) == {("COOPERATES_WITH", "EE", "IL")}

    # The files stay: loading the folder brings the forgotten documents back.
    summary = load_paths(graph, [docs], reference=False)
    assert (summary.documents_new, summary.documents_unchanged) == (2, 1)
    assert ("PROCURES", "LV", "lora") in facts(graph)


# --- bad input --------------------------------------------------------------------------------


def test_bad_input_is_reported_per_file_and_the_rest_loads(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    docs = tmp_path / "docs"
    write(docs, "good.txt", "Estonia cooperates with Israel.")
    write(docs, "also-good.txt", "Latvia buys Harop.")
    (docs / "binary.bin").write_bytes(b"\x00\x01\x02\x03 not text" * 50)
    (docs / "empty.txt").write_bytes(b"")
    write(docs, "explodes.txt", "EXPLODE here.")
    write(docs, "huge.txt", "Estonia cooperates with Poland. " * 200)
    unreadable = Path("/proc/self/mem")  # a regular file that no one can read from the start
    summary = load_paths(
        graph, [docs, unreadable, tmp_path / "missing.txt"], reference=False, max_bytes=4000
    )
    problems = {Path(f.path).name: f.problem for f in summary.failures}
    assert problems.keys() == {
        "binary.bin",
        "empty.txt",
        "explodes.txt",
        "huge.txt",
        "mem",
        "missing.txt",
    }
    assert problems["binary.bin"] == "binary file, not text"
    assert problems["empty.txt"] == "empty file"
    assert "the extractor blew up" in problems["explodes.txt"]
    assert problems["huge.txt"].startswith("too large")
    assert problems["mem"].startswith("cannot be read")
    assert problems["missing.txt"] == "no such file or folder"
    assert (summary.documents_new, summary.documents_failed, summary.status) == (2, 6, "partial")
    assert set(facts(graph)) == {("COOPERATES_WITH", "EE", "IL"), ("PROCURES", "LV", "harop")}

    # What loaded stays when a file that loaded before turns bad.
    (docs / "good.txt").write_bytes(b"\x00\x00binary now")
    summary = load_paths(graph, [docs], reference=False)
    assert "good.txt" in {Path(f.path).name for f in summary.failures}
    assert ("COOPERATES_WITH", "EE", "IL") in facts(graph)


# --- reference data ----------------------------------------------------------------------------


def a_reference_home() -> tuple[Node, Node]:
    """A company and its home state, as the reference data has them."""
    from dcgraph.reference import load_reference

    reference = load_reference()
    based_in = next(e for e in reference.edges() if e.type == "BASED_IN")
    nodes = {node.ref: node for node in reference.nodes()}
    return nodes[based_in.start], nodes[based_in.end]


def stating_home(
    company: Node, state: Node, *, confidence: float | None = None
) -> Callable[..., Extraction]:
    """An extractor that finds one fact in every document: the company is based in the state
    (a reference fact), stated by the whole text, with this confidence."""

    def states_home(
        source: SourceDocument, reference: object = None, *, min_confidence: float | None = None
    ) -> Extraction:
        sentence = source.text.strip()
        evidence = Evidence(
            doc=source.info.key, path=source.path, sentence=sentence, start=0, end=len(sentence)
        )
        edge = Edge(
            type="BASED_IN",
            start=company.ref,
            end=state.ref,
            evidence=(evidence,),
            confidence=confidence,
        )
        return Extraction(
            document=source.info, nodes=(source.info.as_node(), company, state), edges=(edge,)
        )

    return states_home


def test_reference_facts_are_marked_and_merge_with_documents(
    graph: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    company, state = a_reference_home()
    monkeypatch.setattr(extraction, "extract", stating_home(company, state))
    write(tmp_path, "a.txt", f"{company.name} is based in {state.name}.")
    summary = load_paths(graph, [tmp_path])
    assert summary.reference_loaded
    key = document_key(graph, "a.txt")
    found = facts(graph)
    identity = ("BASED_IN", company.key, state.key)
    assert found[identity]["sources"] == ["reference", key]
    assert found[identity]["evidence_docs"] == [key]
    others = [p for i, p in found.items() if i != identity and i[0] == "BASED_IN"]
    assert others and all(p["sources"] == ["reference"] for p in others)
    assert all(p["evidence"] == [] for p in others)

    forget(graph, key)
    assert facts(graph)[identity]["sources"] == ["reference"]  # reference facts stay
    assert graph.read("MATCH (c:Company {key: $k}) RETURN c", {"k": company.key}) != []


# --- confidence ------------------------------------------------------------------------------


def test_a_loaded_seed_carries_the_confidence_its_extraction_gives(
    graph: Graph, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    seed = shutil.copy(SEEDS / "000_ef3b1e2f295c35aa.txt", docs)
    load_paths(graph, [docs], reference=False, min_confidence=0)
    key = document_key(graph, "000_ef3b1e2f295c35aa.txt")
    from dcgraph.documents import read_document

    extracted = {
        (e.type, e.start.key, e.end.key): e.confidence
        for e in extraction.extract(read_document(seed), min_confidence=0).edges
    }
    found = facts(graph)
    assert found.keys() == extracted.keys()
    assert len(set(extracted.values())) > 1, "facts scored alike test little"
    for identity, properties in found.items():
        assert properties["confidence"] == extracted[identity], identity
        assert properties["sources"] == [key]
        assert properties["source_confidences"] == [extracted[identity]]


#: Confidence the `scored_extractor` gives every fact of a file, by file name.
SCORES: dict[str, float | None] = {}


@pytest.fixture
def scored_extractor(monkeypatch: pytest.MonkeyPatch) -> dict[str, float | None]:
    """`sentences_extract`, with every fact of a file scored as `SCORES` says."""

    def scored(
        source: SourceDocument, reference: object = None, *, min_confidence: float | None = None
    ) -> Extraction:
        found = sentences_extract(source, reference, min_confidence=min_confidence)
        score = SCORES[Path(source.path).name]
        edges = tuple(edge.model_copy(update={"confidence": score}) for edge in found.edges)
        return found.model_copy(update={"edges": edges})

    SCORES.clear()
    monkeypatch.setattr(extraction, "extract", scored)
    return SCORES


def confidence_of(graph: Graph, identity: FactId) -> tuple[float | None, list[float] | None]:
    properties = facts(graph)[identity]
    return properties.get("confidence"), properties.get("source_confidences")


def test_a_fact_carries_the_highest_confidence_of_its_current_sources(
    graph: Graph, tmp_path: Path, scored_extractor: dict[str, float | None]
) -> None:
    docs = tmp_path / "docs"
    fact = ("COOPERATES_WITH", "EE", "IL")
    scored_extractor.update({"a.txt": 0.6, "b.txt": 0.9, "c.txt": 0.4})
    write(docs, "a.txt", "Estonia cooperates with Israel.")
    load_paths(graph, [docs], reference=False)
    assert confidence_of(graph, fact) == (0.6, [0.6])
    # A second document, loaded later: appended to the fact.
    write(docs, "b.txt", "Israel cooperates with Estonia on training.")
    load_paths(graph, [docs], reference=False)
    assert confidence_of(graph, fact) == (0.9, [0.6, 0.9])
    # A third, less sure: the highest stays.
    write(docs, "c.txt", "Estonia cooperates with Israel on cyber.")
    load_paths(graph, [docs], reference=False)
    assert confidence_of(graph, fact) == (0.9, [0.6, 0.9, 0.4])

    # Replacing the surest document by a less sure version lowers the fact to the others'.
    scored_extractor["b.txt"] = 0.5
    write(docs, "b.txt", "Israel cooperates with Estonia on exercises.")
    summary = load_paths(graph, [docs], reference=False)
    assert summary.documents_changed == 1
    assert confidence_of(graph, fact) == (0.6, [0.6, 0.4, 0.5])
    # Removing the surest left: the next.
    (docs / "a.txt").unlink()
    load_paths(graph, [docs], reference=False, prune=True)
    assert confidence_of(graph, fact) == (0.5, [0.4, 0.5])
    forget(graph, document_key(graph, "b.txt"))
    assert confidence_of(graph, fact) == (0.4, [0.4])


def test_documents_loaded_together_give_the_highest_too(
    graph: Graph, tmp_path: Path, scored_extractor: dict[str, float | None]
) -> None:
    docs = tmp_path / "docs"
    scored_extractor.update({"a.txt": 0.35, "b.txt": 0.72, "c.txt": None})
    write(docs, "a.txt", "Latvia buys Harop from Israel (ordered).")
    write(docs, "b.txt", "Latvia buys Harop (delivered).")
    write(docs, "c.txt", "Latvia buys Harop.", "Finland is a member of EU.")
    load_paths(graph, [docs], reference=False)
    # A source without a known confidence (-1 in the list) does not count.
    assert confidence_of(graph, ("PROCURES", "LV", "harop")) == (0.72, [0.35, 0.72, -1.0])
    assert confidence_of(graph, ("MEMBER_OF", "FI", "eu")) == (None, [-1.0])
    # Re-extracting rewrites each fact with today's scores.
    scored_extractor.update({"a.txt": 0.95, "b.txt": 0.5, "c.txt": 0.8})
    load_paths(graph, [docs], reference=False, reextract=True)
    assert confidence_of(graph, ("PROCURES", "LV", "harop")) == (0.95, [0.95, 0.5, 0.8])
    assert confidence_of(graph, ("MEMBER_OF", "FI", "eu")) == (0.8, [0.8])


def test_a_fact_stored_without_confidences_by_an_older_dcgraph_still_loads(
    graph: Graph, tmp_path: Path, scored_extractor: dict[str, float | None]
) -> None:
    docs = tmp_path / "docs"
    scored_extractor.update({"a.txt": 0.6, "b.txt": 0.7, "c.txt": 0.3})
    write(docs, "a.txt", "Estonia cooperates with Israel.", "Finland is a member of EU.")
    load_paths(graph, [docs], reference=False)
    graph.write("MATCH ()-[r]->() REMOVE r.confidence, r.source_confidences")
    write(docs, "b.txt", "Israel cooperates with Estonia.", "Finland is a member of EU.")
    load_paths(graph, [docs], reference=False)
    for fact in (("COOPERATES_WITH", "EE", "IL"), ("MEMBER_OF", "FI", "eu")):
        assert confidence_of(graph, fact) == (0.7, [-1.0, 0.7])
    (docs / "b.txt").unlink()
    load_paths(graph, [docs], reference=False, prune=True)
    for fact in (("COOPERATES_WITH", "EE", "IL"), ("MEMBER_OF", "FI", "eu")):
        assert confidence_of(graph, fact) == (None, [-1.0])
    # Rewritten whole (the older dcgraph's document replaced): everything known again.
    write(docs, "a.txt", "Estonia cooperates with Israel.", "Finland is a member of EU.", "")
    scored_extractor["a.txt"] = 0.3
    load_paths(graph, [docs], reference=False)
    for fact in (("COOPERATES_WITH", "EE", "IL"), ("MEMBER_OF", "FI", "eu")):
        assert confidence_of(graph, fact) == (0.3, [0.3])


def test_reference_facts_have_confidence_1(
    graph: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    company, state = a_reference_home()
    docs = tmp_path / "docs"
    docs.mkdir()
    load_paths(graph, [docs])
    found = facts(graph)
    assert found and all(
        p["confidence"] == 1.0 and p["source_confidences"] == [1.0] for p in found.values()
    )

    # A document stating a reference fact less surely leaves it at 1.
    monkeypatch.setattr(extraction, "extract", stating_home(company, state, confidence=0.45))
    write(docs, "a.txt", f"{company.name} is based in {state.name}.")
    load_paths(graph, [docs])
    key = document_key(graph, "a.txt")
    identity = ("BASED_IN", company.key, state.key)
    properties = facts(graph)[identity]
    assert properties["sources"] == ["reference", key]
    assert (properties["confidence"], properties["source_confidences"]) == (1.0, [1.0, 0.45])
    forget(graph, key)
    properties = facts(graph)[identity]
    assert (properties["confidence"], properties["source_confidences"]) == (1.0, [1.0])


# --- the run log and the fingerprint -----------------------------------------------------------


def test_each_load_writes_a_run_log(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    write(tmp_path, "a.txt", "Estonia cooperates with Israel.")
    summary = load_paths(graph, [tmp_path], reference=False)
    rows = graph.read("MATCH (r:LoadRun) RETURN properties(r) AS run")
    assert len(rows) == 1
    run = rows[0]["run"]
    assert run["key"] == summary.run and run["status"] == "ok" and run["kind"] == "load"
    assert (
        run["documents_new"] == 1 and run["relationships_created"] == summary.relationships_created
    )
    assert run["dcgraph_version"] == summary.dcgraph_version
    assert run["started_at"] <= run["finished_at"]
    assert graph.read("MATCH (l:LoadLock) RETURN l.owner AS owner") == [{"owner": None}]


def test_the_fingerprint_ignores_load_times_and_run_logs(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    write(tmp_path, "a.txt", "Estonia cooperates with Israel.")
    load_paths(graph, [tmp_path], reference=False)
    before = fingerprint(graph)
    graph.write("MATCH (d:Document) SET d.loaded_at = 'another time'")
    graph.write("CREATE (:LoadRun {key: 'another-run'})")
    assert fingerprint(graph) == before
    graph.write("MATCH ()-[r:COOPERATES_WITH]->() SET r.domains = ['cyber']")
    assert fingerprint(graph) != before


def test_loading_extractions_directly_is_idempotent(graph: Graph) -> None:
    from dcgraph.bench_load import synthetic_extractions

    corpus = synthetic_extractions(300, seed=7)
    first = load_extractions(graph, corpus, batch_size=200)
    assert first.documents_new == 300
    before = fingerprint(graph)
    second = load_extractions(graph, corpus, batch_size=50)
    assert second.documents_unchanged == 300 and second.relationships_created == 0
    assert fingerprint(graph) == before


def test_batch_size_does_not_change_the_graph(graph: Graph) -> None:
    from dcgraph.bench_load import synthetic_extractions

    corpus = synthetic_extractions(200, seed=3)
    load_extractions(graph, corpus, batch_size=10_000)
    whole = fingerprint(graph)
    graph.autocommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
    load_extractions(graph, corpus, batch_size=7)
    assert fingerprint(graph) == whole
    duplicates = graph.read(
        "MATCH (a)-[r]->(b) WITH type(r) AS t, a, b, count(r) AS n WHERE n > 1 RETURN count(*) AS d"
    )
    assert duplicates == [{"d": 0}]


# --- claims: appending gives what recomputing gives ---------------------------------------------

_DATES = st.one_of(
    st.none(), st.sampled_from(["2019-05-01", "2020-01-01", "2020-01-02", "2024-12-31"])
)
_PROCURES = st.fixed_dictionaries(
    {},
    optional={
        "status": st.sampled_from(["delivered", "ordered", "planned", "cancelled", "unknown"]),
        "supplier": st.sampled_from(["IL", "US", "israel-aerospace-industries"]),
        "quantity": st.integers(1, 500),
        "delivery_years": st.lists(st.integers(2000, 2030), max_size=3),
    },
)


_CONFIDENCES = st.one_of(st.none(), st.integers(0, 1000).map(lambda n: n / 1000))
_CLAIMS = st.tuples(_DATES, _PROCURES, _CONFIDENCES)


@settings(max_examples=200, deadline=None)
@given(
    stored=st.lists(_CLAIMS, min_size=1, max_size=6),
    added=st.lists(_CLAIMS, min_size=1, max_size=4),
)
def test_appending_claims_gives_what_recomputing_gives(
    stored: list[tuple[str | None, dict[str, Any], float | None]],
    added: list[tuple[str | None, dict[str, Any], float | None]],
) -> None:
    def claims(
        items: list[tuple[str | None, dict[str, Any], float | None]], prefix: str
    ) -> list[Claim]:
        return [Claim(f"{prefix}{i:015x}", d, p, confidence=c) for i, (d, p, c) in enumerate(items)]

    old, new = claims(stored, "a"), claims(added, "b")
    evidence = [(c.doc, "s", "0-1") for c in old]
    fact = StoredFact(["id"], fact_properties("PROCURES", old, evidence))
    change = appended_fact("PROCURES", fact, [(c, [(c.doc, "t", "1-2")]) for c in new])
    appended = {**fact.properties, **change["properties"]}
    for name in (
        "claims",
        "sources",
        "source_confidences",
        "evidence",
        "evidence_docs",
        "evidence_spans",
    ):
        appended[name] = fact.properties[name] + change[name]
    everything = fact_properties(
        "PROCURES", old + new, evidence + [(c.doc, "t", "1-2") for c in new]
    )
    assert appended == everything
    known = [c for _, _, c in stored + added if c is not None]
    assert everything.get("confidence") == (max(known) if known else None)
    # What the graph would read back gives each source its own confidence again.
    assert [c.confidence for c in StoredFact(["id"], everything).claims()] == [
        c for _, _, c in stored + added
    ]


# --- one load at a time -----------------------------------------------------------------------


def hold_lock(graph: Graph, *, pid: int, idle: int = 0, host: str | None = None) -> None:
    boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    graph.write(
        "MERGE (l:LoadLock {key: 'load'}) "
        "SET l.owner = 'other-owner', l.pid = $pid, l.host = $host, l.boot = $boot, "
        "l.run = 'other-run', l.command = 'dcgraph load /elsewhere', "
        "l.acquired_at = '2026-01-01T00:00:00Z', "
        "l.heartbeat = datetime() - duration({seconds: $idle})",
        {"pid": pid, "host": host or socket.gethostname(), "boot": boot, "idle": idle},
    )
    graph.write("MERGE (r:LoadRun {key: 'other-run'}) SET r.status = 'running'")


def test_a_second_load_while_the_lock_is_held_fails_with_the_holder(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    write(tmp_path, "a.txt", "Estonia cooperates with Israel.")
    ensure_schema(graph)
    hold_lock(graph, pid=os.getpid())  # alive: this very process
    with pytest.raises(LoadLockedError) as caught:
        load_paths(graph, [tmp_path], reference=False)
    message = str(caught.value)
    assert "another load holds the database" in message
    assert f"pid {os.getpid()} on {socket.gethostname()}" in message
    assert "dcgraph load /elsewhere" in message and "\n" not in message
    assert caught.value.hint and "--wait" in caught.value.hint

    began = time.monotonic()
    with pytest.raises(LoadLockedError, match="waited 1 s"):
        load_paths(graph, [tmp_path], reference=False, wait=1.0)
    assert time.monotonic() - began >= 1.0
    assert graph.read("MATCH (d:Document) RETURN d") == []  # nothing was written


def test_a_stale_lock_is_taken_over(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    write(tmp_path, "a.txt", "Estonia cooperates with Israel.")
    ensure_schema(graph)
    hold_lock(graph, pid=os.getpid(), idle=120, host="elsewhere")
    summary = load_paths(graph, [tmp_path], reference=False, lock_timeout=60)
    assert summary.documents_new == 1
    status = graph.read("MATCH (r:LoadRun {key: 'other-run'}) RETURN r.status AS status")
    assert status == [{"status": "interrupted"}]


def test_a_lock_whose_process_is_gone_is_taken_over_at_once(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    write(tmp_path, "a.txt", "Estonia cooperates with Israel.")
    ensure_schema(graph)
    hold_lock(graph, pid=2**22 + 12345)  # no such process on this host
    summary = load_paths(graph, [tmp_path], reference=False, lock_timeout=3600)
    assert summary.documents_new == 1


def test_a_load_that_lost_its_lock_stops_writing(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    for number in range(30):
        write(
            tmp_path,
            f"{number:02d}.txt",
            f"Estonia cooperates with {list(STATES)[number % 7 + 1]}.",
        )

    def steal(event: Any) -> None:
        if event.phase == "loading" and event.done == 10:
            graph.write("MATCH (l:LoadLock) SET l.owner = 'thief'")

    with pytest.raises(LoadLockedError, match="lost the database lock"):
        load_paths(graph, [tmp_path], reference=False, batch_size=2, progress=steal)
    loaded = graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
    assert 0 < loaded < 30


def test_concurrent_loads_wait_for_each_other_and_never_duplicate(
    graph: Graph, tmp_path: Path, sentences_extractor: None
) -> None:
    for number in range(60):
        state = list(STATES)[number % 7 + 1]
        write(
            tmp_path,
            f"{number:02d}.txt",
            f"Estonia cooperates with {state}.",
            f"{state} buys Lora.",
        )
    results: list[Any] = []

    def run() -> None:
        try:
            results.append(load_paths(graph, [tmp_path], reference=False, batch_size=5, wait=60))
        except Exception as exc:  # collected and checked below
            results.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(not isinstance(r, Exception) for r in results), results
    assert sorted(r.documents_new for r in results) == [0, 60]
    together = fingerprint(graph)
    facts(graph)  # asserts there are no duplicate relationships

    graph.autocommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
    load_paths(graph, [tmp_path], reference=False)
    assert fingerprint(graph) == together


def test_an_empty_folder_loads_nothing_and_is_fine(graph: Graph, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    summary = load_paths(graph, [tmp_path / "empty"], reference=False)
    assert (summary.documents_seen, summary.status) == (0, "ok")


def test_an_organisation_the_reference_lacks_loads_with_its_name_and_kind(
    graph: Graph, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    write(docs, "coalition.txt", "Norway joined the Maritime Security Coalition in 2024.")
    load_paths(graph, [docs], reference=False, min_confidence=0)
    rows = graph.read(
        "MATCH (s:State)-[:MEMBER_OF]->(o:Organization {key: $key}) "
        "RETURN s.key AS state, o.name AS name, o.kind AS kind",
        {"key": "maritime-security-coalition"},
    )
    assert rows == [
        {"state": "NO", "name": "Maritime Security Coalition", "kind": "international-organisation"}
    ]

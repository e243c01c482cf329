"""Measuring extraction against gold facts: precision, recall and F1 per relationship type.

A fact is identified by its document, type and endpoints (undirected for symmetric types)
and, where the gold gives one, its `status`: a planned attaché post is not an active one.
Other properties (supplier, domains) are scored separately as agreement on matched facts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from dcgraph.errors import DcgraphError
from dcgraph.model import RELATIONSHIPS, Edge, Extraction, slugify
from dcgraph.reference import ReferenceData, load_reference

#: Relationship types that extraction is scored on.
SCORED_TYPES = tuple(t for t in RELATIONSHIPS if t not in ("MENTIONS", "IN_REGION"))
#: Properties that belong to a fact's identity when the gold gives them.
IDENTITY_PROPERTIES = {"PROCURES": "status", "HOSTS_ATTACHE": "status"}


class GoldFact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc: str
    type: str
    start: str
    end: str
    properties: dict[str, object] = {}


@dataclass(frozen=True, order=True)
class FactKey:
    doc: str
    type: str
    start: str
    end: str
    status: str | None = None

    def __str__(self) -> str:
        arrow = "--" if RELATIONSHIPS[self.type].symmetric else "->"
        status = f" [{self.status}]" if self.status else ""
        return f"{self.doc}: {self.start} {arrow}{self.type}{arrow} {self.end}{status}"


@dataclass
class TypeScore:
    type: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.true_positives + self.false_negatives

    def as_dict(self) -> dict[str, object]:
        return {
            "type": self.type,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
        }


@dataclass
class Evaluation:
    per_type: list[TypeScore]
    micro: TypeScore
    misses: list[FactKey]
    extras: list[FactKey]
    documents: int
    property_agreement: dict[str, tuple[int, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "micro": self.micro.as_dict(),
            "per_type": [score.as_dict() for score in self.per_type],
            "misses": [str(fact) for fact in self.misses],
            "extras": [str(fact) for fact in self.extras],
            "property_agreement": {
                name: {"agree": agree, "compared": compared}
                for name, (agree, compared) in self.property_agreement.items()
            },
        }


def load_gold(path: str | Path) -> list[GoldFact]:
    facts = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DcgraphError(f"{path}: cannot read the gold file ({exc.strerror})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            facts.append(GoldFact.model_validate(json.loads(line)))
        except (ValueError, TypeError) as exc:
            raise DcgraphError(f"{path}:{number}: not a gold fact ({exc})") from exc
    return facts


class NameResolver:
    """Turns the gold's `Label:name|alternative` into node keys, through the reference data."""

    def __init__(self, reference: ReferenceData) -> None:
        self.by_label: dict[str, dict[str, str]] = {}
        tables = {
            "Company": reference.companies.values(),
            "WeaponSystem": reference.weapons.values(),
            "Organization": reference.organizations.values(),
            "Region": reference.regions.values(),
        }
        for label, entries in tables.items():
            names: dict[str, str] = {}
            for entry in entries:
                for name in (entry.name, *entry.aliases, *getattr(entry, "names_et", ())):
                    names.setdefault(name.casefold(), entry.key)
                names.setdefault(entry.key, entry.key)
            self.by_label[label] = names

    def resolve(self, text: str) -> str:
        """The most likely key: the first alternative the reference data knows."""
        return self.candidates(text)[0]

    def candidates(self, text: str) -> list[str]:
        """Every key the gold's `Label:name|alternative` may mean, most likely first."""
        label, _, names = text.partition(":")
        alternatives = [name.strip() for name in names.split("|") if name.strip()]
        if label in ("State", "Ministry") or names.startswith("generic-"):
            return [f"{label}:{name}" for name in alternatives]
        table = self.by_label.get(label, {})
        keys = [table[name.casefold()] for name in alternatives if name.casefold() in table]
        # A name the reference does not know may be extracted under any of its spellings.
        keys = keys or [slugify(name) for name in alternatives]
        return [f"{label}:{key}" for key in dict.fromkeys(keys)]


def _key(doc: str, kind: str, start: str, end: str, status: object | None) -> FactKey:
    # Symmetric facts in canonical_order's order, on the "Label:key" strings' two parts.
    if RELATIONSHIPS[kind].symmetric and tuple(end.split(":", 1)) < tuple(start.split(":", 1)):
        start, end = end, start
    return FactKey(doc, kind, start, end, str(status) if status is not None else None)


def gold_keys(
    facts: Iterable[GoldFact], resolver: NameResolver
) -> list[tuple[GoldFact, list[FactKey]]]:
    """Each gold fact with the keys it may match (its alternatives' combinations)."""
    result = []
    for fact in facts:
        status_name = IDENTITY_PROPERTIES.get(fact.type)
        status = fact.properties.get(status_name) if status_name else None
        keys = [
            _key(fact.doc, fact.type, start, end, status)
            for start in resolver.candidates(fact.start)
            for end in resolver.candidates(fact.end)
        ]
        result.append((fact, list(dict.fromkeys(keys))))
    return result


def status_scored(candidates: list[tuple[GoldFact, list[FactKey]]]) -> set[tuple[str, str]]:
    """The (document, type) pairs whose gold gives a status: there it is part of a fact."""
    return {(keys[0].doc, keys[0].type) for _, keys in candidates if keys[0].status}


def extracted_keys(
    extractions: Iterable[Extraction], gold_statuses: set[tuple[str, str]]
) -> dict[FactKey, Edge]:
    """Document facts as keys; status joins the key where the gold scores it."""
    keys: dict[FactKey, Edge] = {}
    for extraction in extractions:
        doc = Path(extraction.document.path).name
        for edge in extraction.edges:
            if edge.type not in SCORED_TYPES or edge.is_reference:
                continue
            status_name = IDENTITY_PROPERTIES.get(edge.type)
            status = edge.properties.get(status_name) if status_name else None
            if (doc, edge.type) not in gold_statuses:
                status = None
            keys[_key(doc, edge.type, str(edge.start), str(edge.end), status)] = edge
    return keys


def evaluate(
    gold: list[GoldFact], extractions: list[Extraction], reference: ReferenceData | None = None
) -> Evaluation:
    """Score the extractions of the gold's documents (documents without gold are skipped)."""
    resolver = NameResolver(reference or load_reference())
    gold_docs = {fact.doc for fact in gold}
    scored = [e for e in extractions if Path(e.document.path).name in gold_docs]
    gold_facts = [fact for fact in gold if fact.doc in {Path(e.document.path).name for e in scored}]
    candidates = gold_keys(gold_facts, resolver)
    found = extracted_keys(scored, status_scored(candidates))
    scores = {kind: TypeScore(kind) for kind in SCORED_TYPES}
    expected: dict[FactKey, GoldFact] = {}
    misses: list[FactKey] = []
    for fact, keys in candidates:
        hit = next((key for key in keys if key in found and key not in expected), None)
        if hit is not None:
            expected[hit] = fact
            scores[fact.type].true_positives += 1
        elif not any(key in expected or key in misses for key in keys):
            # (a fact the gold lists twice counts once)
            misses.append(keys[0])
            scores[fact.type].false_negatives += 1
    for key in found:
        if key not in expected:
            scores[key.type].false_positives += 1
    micro = TypeScore("micro")
    for score in scores.values():
        micro.true_positives += score.true_positives
        micro.false_positives += score.false_positives
        micro.false_negatives += score.false_negatives
    agreement = _property_agreement(expected, found)
    return Evaluation(
        per_type=[score for score in scores.values() if score.support or score.false_positives],
        micro=micro,
        misses=sorted(misses),
        extras=sorted(key for key in found if key not in expected),
        documents=len(scored),
        property_agreement=agreement,
    )


def _property_agreement(
    expected: dict[FactKey, GoldFact], found: dict[FactKey, Edge]
) -> dict[str, tuple[int, int]]:
    """How often matched facts agree on supplier and domains, where the gold gives them."""
    tallies: dict[str, list[int]] = {}
    for key, fact in expected.items():
        edge = found.get(key)
        if edge is None:
            continue
        for name in ("supplier", "domains"):
            if name not in fact.properties:
                continue
            wanted = fact.properties[name]
            got = edge.properties.get(name)
            if name == "supplier":
                agree = str(got) == str(wanted)
            else:
                agree = sorted(map(str, got or [])) == sorted(map(str, wanted))  # type: ignore[call-overload]
            tally = tallies.setdefault(name, [0, 0])
            tally[0] += int(agree)
            tally[1] += 1
    return {name: (agree, total) for name, (agree, total) in tallies.items()}

"""How likely a fact the rules found is one a careful reader would list: a logistic model
over what the document says around the fact, trained on the annotated sets.

The rules each read one way of saying a thing; what they get wrong shows in features no
single rule sees: a procurement whose only evidence is one list sentence, a supplier the
text mentions once, a fact among many of the same kind from one sentence. The model weighs
those (`scripts/train_confidence.py` fits it; `data/confidence.json` holds its weights),
and extraction keeps the facts it scores at least the threshold, 0.5 (the training script
says why).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import repeat
from operator import attrgetter
from typing import Generic, TypeVar

from dcgraph.model import Edge, Evidence, NodeRef
from dcgraph.text import Sentence

_WORD = re.compile(r"\w+")
#: Where a piece of evidence, or a sentence, starts (through map, in C: no generator per fact).
_START = attrgetter("start")
#: Evidence sentences whose words are features: the first few say what the fact is.
EVIDENCE_SENTENCES = 3
#: The rules of a fact no rule is recorded for, and the default weight of every unknown word
#: (an endless iterator, which map draws from only as many times as it has words): made once,
#: not once per fact.
_NO_RULES: frozenset[str] = frozenset()
_ZEROS = repeat(0.0)


@dataclass(frozen=True)
class DocumentContext:
    """What the model reads of the document beside the fact itself."""

    language: str
    #: The sentences that name each entity, in text order (the reader's own lists).
    mentioned: Mapping[NodeRef, Sequence[Sentence]]
    edges: Sequence[Edge]
    #: Which rules read each fact, by `Edge.identity`.
    rules: Mapping[tuple[str, NodeRef, NodeRef], frozenset[str]] = field(default_factory=dict)
    #: Where the sentences that name each entity start, made when first asked for.
    _naming_starts: dict[NodeRef, frozenset[int]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def naming_starts(self, ref: NodeRef) -> frozenset[int]:
        """Where the sentences that name an entity start."""
        starts = self._naming_starts.get(ref)
        if starts is None:
            starts = self._naming_starts[ref] = frozenset(map(_START, self.mentioned.get(ref, ())))
        return starts


def features(edge: Edge, context: DocumentContext, counts: _EdgeCounts) -> dict[str, float]:
    """The model's inputs for one fact, each prefixed with the fact's type: the fact's
    shape and place in the document (value 1), and the words of its evidence."""
    found = dict.fromkeys(shape_features(edge, context, counts), 1.0)
    found.update(word_features(edge.type, edge.evidence))
    return found


def shape_features(edge: Edge, context: DocumentContext, counts: _EdgeCounts) -> list[str]:
    """What the fact is and where it sits: its endpoints, status and evidence, whether the
    title names its ends and whether one is the document's most named state."""
    return [
        *fact_features(_fact_shape(edge, context.language)),
        *reading_features(edge, context),
        *node_features(edge.type, "s", edge.start, context, counts),
        *node_features(edge.type, "e", edge.end, context, counts),
    ]


def reading_features(edge: Edge, context: DocumentContext) -> list[str]:
    """How the fact was read: by which rules, and whether a sentence of its evidence names
    both ends (rules that join sentences, or take the maker from the reference data, give
    facts no single sentence states)."""
    return reading_shape_features(_reading_shape(edge, context))


#: How a fact was read, reduced to what reading_features reads: (type, rules, whether one
#: sentence names both ends). Few values recur across documents.
ReadingShape = tuple[str, frozenset[str], bool]


def _reading_shape(edge: Edge, context: DocumentContext) -> ReadingShape:
    return _shape_of_reading(
        edge.type, edge.start, edge.end, tuple(map(_START, edge.evidence)), context
    )


def _shape_of_reading(
    kind: str, start: NodeRef, end: NodeRef, starts: tuple[int, ...], context: DocumentContext
) -> ReadingShape:
    """_reading_shape of a fact given by its parts (`starts`: where its evidence starts)."""
    rules = context.rules.get((kind, start, end), _NO_RULES)
    naming_both = context.naming_starts(start) & context.naming_starts(end)
    return (kind, rules, bool(naming_both) and not naming_both.isdisjoint(starts))


def reading_shape_features(shape: ReadingShape) -> list[str]:
    kind, rules, both = shape
    prefix = f"T={kind}|"
    names = [f"{prefix}rule={rule}" for rule in sorted(rules)]
    names.append(f"{prefix}cosent={int(both)}")
    return names


#: A fact's own features reduced to a few values (many facts share them).
FactShape = tuple[str, str, str, int, str, str, object, bool, bool, bool]


def _fact_shape(edge: Edge, language: str) -> FactShape:
    return _shape_of_fact(
        edge.type,
        edge.start,
        edge.end,
        tuple(map(_START, edge.evidence)),
        edge.properties,
        language,
    )


def _shape_of_fact(
    kind: str,
    start: NodeRef,
    end: NodeRef,
    starts: tuple[int, ...],
    properties: Mapping[str, object],
    language: str,
) -> FactShape:
    """_fact_shape of a fact given by its parts (`starts`: where its evidence starts)."""
    # Python 3.11's min and max parse their arguments through the generic (slow) parser on
    # every call: the caps on the counts here and in _node_shape are spelt out.
    first = min(starts) if starts else 0
    count = len(starts)
    return (
        kind,
        start.label,
        end.label,
        count if count < 4 else 4,
        language,
        "0" if first < 200 else "early" if first < 1000 else "late",
        properties.get("status"),
        "supplier" in properties,
        bool(properties.get("items")),
        end.key.startswith("generic-"),
    )


def fact_features(shape: FactShape) -> list[str]:
    kind, start_label, end_label, evidence, language, position, status = shape[:7]
    supplier, items, generic = shape[7:]
    prefix = f"T={kind}|"
    names = [
        f"T={kind}",
        f"{prefix}L={start_label}>{end_label}",
        f"{prefix}nev={evidence}",
        f"{prefix}lang={language}",
        f"{prefix}firstpos={position}",
    ]
    if status:
        names.append(f"{prefix}st={status}")
    if supplier:
        names.append(f"{prefix}hassupplier")
    if items:
        names.append(f"{prefix}hasitems")
    if generic:
        names.append(f"{prefix}generic")
    return names


def node_features(
    kind: str, side: str, node: NodeRef, context: DocumentContext, counts: _EdgeCounts
) -> list[str]:
    """How the document treats one end of a fact: whether its title names it, and whether
    it is the state the document names most. (How many facts share or touch the end and how
    many sentences name it were features once: leave-one-set-out F1 rose by 0.002 without
    them, the words of the evidence saying the same in a way that carries across documents.)"""
    return node_shape_features(_node_shape(kind, side, node, context, counts))


#: One end of a fact reduced to what node_features reads of it: (type, side, named in the
#: title, the most named state). Few values recur across documents.
NodeShape = tuple[str, str, bool, bool]


def _node_shape(
    kind: str, side: str, node: NodeRef, context: DocumentContext, counts: _EdgeCounts
) -> NodeShape:
    sentences = context.mentioned.get(node, ())
    return (
        kind,
        side,
        bool(sentences) and sentences[0].index == 0,
        node.label == "State" and bool(sentences) and len(sentences) == counts.most_named,
    )


def node_shape_features(shape: NodeShape) -> list[str]:
    kind, side, in_title, focal = shape
    prefix = f"T={kind}|"
    names: list[str] = []
    if in_title:
        names.append(f"{prefix}title{side}")
    if focal:
        names.append(f"{prefix}{'start' if side == 's' else 'end'}focal")
    return names


def word_features(kind: str, evidence: Sequence[Evidence]) -> dict[str, float]:
    """The words of the first evidence sentences, together weighing as much as one feature
    of length 1 (a long sentence's words each say less)."""
    words = {
        word
        for item in evidence[:EVIDENCE_SENTENCES]
        for word in _WORD.findall(item.sentence.lower())
    }
    if not words:
        return {}
    weight = 1.0 / math.sqrt(len(words))
    return {f"T={kind}|w={word}": weight for word in words}


@dataclass(frozen=True)
class _EdgeCounts:
    """Counts over a document that every fact's features read."""

    #: How many sentences name the state the document names most.
    most_named: int

    @classmethod
    def of(cls, context: DocumentContext) -> _EdgeCounts:
        # No default=0 for max: see _shape_of_fact.
        named = [len(s) for ref, s in context.mentioned.items() if ref.label == "State"]
        return cls(max(named) if named else 0)


def feature_rows(context: DocumentContext) -> list[dict[str, float]]:
    """The features of every fact of a document, in the order of `context.edges`."""
    counts = _EdgeCounts.of(context)
    return [features(edge, context, counts) for edge in context.edges]


_Shape = TypeVar("_Shape", bound=Hashable)


#: Shapes kept at most per kind: few recur in practice; the table is emptied if ever it fills.
SHAPES_KEPT = 50_000


# A plain class, not a dataclass: mypyc compiles a generic class only when it is a plain one.
class _ShapeScores(Generic[_Shape]):
    """The summed weights of the features of each shape of one kind seen so far."""

    def __init__(self, features_of: Callable[[_Shape], list[str]]) -> None:
        self.features_of = features_of
        self.scores: dict[_Shape, float] = {}

    def of(self, shape: _Shape, weight: Callable[[str, float], float]) -> float:
        score = self.scores.get(shape)
        if score is None:
            if len(self.scores) >= SHAPES_KEPT:
                self.scores.clear()
            score = self.scores[shape] = sum(weight(name, 0.0) for name in self.features_of(shape))
        return score


@dataclass(frozen=True)
class FactModel:
    """Logistic regression weights by feature name."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    about: Mapping[str, object]
    #: Bias plus the weights of a fact's own features, by its shape (few shapes recur).
    _fact_scores: dict[FactShape, float] = field(default_factory=dict, compare=False, repr=False)
    #: The summed weights of one end's node features, by its shape.
    _node_scores: _ShapeScores[NodeShape] = field(
        default_factory=lambda: _ShapeScores(node_shape_features), compare=False, repr=False
    )
    #: The summed weights of a fact's reading features, by its shape.
    _reading_scores: _ShapeScores[ReadingShape] = field(
        default_factory=lambda: _ShapeScores(reading_shape_features), compare=False, repr=False
    )
    #: The word features' weights by type and word.
    _words: dict[str, dict[str, float]] = field(default_factory=dict, compare=False, repr=False)

    def probability(self, row: Mapping[str, float]) -> float:
        get = self.weights.get
        return _logistic(self.bias + sum(value * get(name, 0.0) for name, value in row.items()))

    def keep(self, context: DocumentContext, threshold: float | None = None) -> list[Edge]:
        """The document's facts that score at least the threshold (all of them at 0), each
        with its `confidence` set: `probability` of their `features` (rounded to 3
        decimals), summed in parts that facts share (the few shapes of a fact, of its ends
        and of its reading; a document's sentences' words), since extraction scores every
        fact it finds. Each part is summed term by term as `probability` sums it."""
        cut = self.threshold if threshold is None else threshold
        counts = _EdgeCounts.of(context)
        get = self.weights.get
        word_weights = self.word_weights()
        node_scores, reading_scores = self._node_scores, self._reading_scores
        # Facts share their evidence: each sentence is split into words once, and facts of
        # one type with the same first evidence sentences share their words' score.
        words_of: dict[int, set[str]] = {}
        word_scores: dict[tuple[str, tuple[int, ...]], float] = {}
        end_scores: dict[tuple[str, str, int], float] = {}
        kept = []
        for edge in context.edges:
            # An edge's fields read once each, into locals (a pydantic model's attribute costs
            # more than a local): the parts below read them over and over.
            kind, start, end = edge.type, edge.start, edge.end
            evidence = edge.evidence
            starts = tuple(map(_START, evidence))
            shape = _shape_of_fact(kind, start, end, starts, edge.properties, context.language)
            score = self._fact_scores.get(shape)
            if score is None:
                score = self._fact_scores[shape] = self.bias + sum(
                    get(name, 0.0) for name in fact_features(shape)
                )
            # An end's score depends on the type, the side and the node alone: a document's
            # facts share their ends (one buyer of several systems), scored once each. (The
            # refs outlive the loop, so their ids name them.)
            for side, node in (("s", start), ("e", end)):
                end_key = (kind, side, id(node))
                end_score = end_scores.get(end_key)
                if end_score is None:
                    end_score = end_scores[end_key] = node_scores.of(
                        _node_shape(kind, side, node, context, counts), get
                    )
                score += end_score
            score += reading_scores.of(_shape_of_reading(kind, start, end, starts, context), get)
            first_starts = starts[:EVIDENCE_SENTENCES]
            words_key = (kind, first_starts)
            word_score = word_scores.get(words_key)
            if word_score is None:
                words: set[str] = set()
                for item, item_start in zip(evidence, first_starts, strict=False):
                    found = words_of.get(item_start)
                    if found is None:
                        found = words_of[item_start] = set(_WORD.findall(item.sentence.lower()))
                    words |= found
                weights = word_weights.get(kind, {})
                word_score = word_scores[words_key] = (
                    sum(map(weights.get, words, _ZEROS)) / math.sqrt(len(words)) if words else 0.0
                )
            score += word_score
            probability = _logistic(score)
            if probability >= cut or cut <= 0:
                # The edge is this document's own, made for this scoring: set in place
                # (a copy per fact would cost extraction time).
                object.__setattr__(edge, "confidence", round(probability, 3))
                kept.append(edge)
        return kept

    def word_weights(self) -> dict[str, dict[str, float]]:
        """The word features' weights by type and word, built once (`warm_up` builds them)."""
        if not self._words:
            for name, weight in self.weights.items():
                head, marker, word = name.partition("|w=")
                if marker:
                    self._words.setdefault(head.removeprefix("T="), {})[word] = weight
        return self._words

    def as_json(self) -> str:
        return json.dumps(
            {
                "about": dict(self.about),
                "threshold": self.threshold,
                "bias": round(self.bias, 4),
                "weights": {name: round(w, 4) for name, w in sorted(self.weights.items())},
            },
            ensure_ascii=False,
            indent=0,
        )


def _logistic(score: float) -> float:
    # The bounds spelt out, not max(-30.0, min(30.0, score)): see _shape_of_fact. (Each
    # test is false for NaN, as in min and max, which keep their first argument then.)
    bounded = score if score < 30.0 else 30.0
    return 1.0 / (1.0 + math.exp(-(bounded if bounded > -30.0 else -30.0)))


@cache
def fact_model() -> FactModel:
    """The shipped model (`data/confidence.json`)."""
    data = json.loads(files("dcgraph.data").joinpath("confidence.json").read_text("utf-8"))
    return FactModel(
        weights=data["weights"],
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        about=data.get("about", {}),
    )

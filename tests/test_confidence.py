"""The confidence model: the shipped weights fit the rules as they are, and its threshold
is a knob that keeps every fact at 0 and none at 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dcgraph.confidence import fact_model, feature_rows
from dcgraph.documents import parse_document, read_document
from dcgraph.extraction import extract, read_facts
from dcgraph.reference import load_reference

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def test_the_shipped_model_fits_the_rules_as_they_are() -> None:
    """Rules changed without a refit leave the model reading output it was not fitted on."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_confidence.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_the_threshold_keeps_every_rule_fact_at_0_and_none_at_1(path: Path) -> None:
    source = read_document(path)
    _, context = read_facts(source, load_reference())
    everything = {(e.type, e.start, e.end) for e in context.edges}
    assert everything, "a seed with no facts tests nothing"
    kept_all = {(e.type, e.start, e.end) for e in extract(source, min_confidence=0).edges}
    kept_default = {(e.type, e.start, e.end) for e in extract(source).edges}
    kept_none = [e for e in extract(source, min_confidence=1).edges if not e.is_reference]
    assert kept_all == everything
    assert kept_default <= everything
    assert kept_none == []


def test_probabilities_are_probabilities_and_the_rules_are_mostly_trusted() -> None:
    model = fact_model()
    assert 0 < model.threshold < 1
    scores = []
    for path in SEEDS:
        _, context = read_facts(read_document(path), load_reference())
        scores += [model.probability(row) for row in feature_rows(context)]
    assert all(0.0 < p < 1.0 for p in scores)
    # The seeds are the rules' best-read texts: nearly all their facts clear the threshold.
    assert sum(p >= model.threshold for p in scores) >= 0.9 * len(scores)


@pytest.mark.parametrize(
    "path",
    [*SEEDS, *sorted((ROOT / "tests" / "devset7" / "docs").glob("*.txt"))[:6]],
    ids=lambda p: p.name,
)
def test_extraction_keeps_the_facts_the_model_scores_at_the_threshold(path: Path) -> None:
    """`keep` sums the weights in shared parts for speed: it must decide as the model
    does on the features it was fitted on."""
    model = fact_model()
    _, context = read_facts(read_document(path), load_reference())
    rows = feature_rows(context)
    probabilities = {
        edge.identity: model.probability(row) for edge, row in zip(context.edges, rows, strict=True)
    }
    expected = [edge for edge in context.edges if probabilities[edge.identity] >= model.threshold]
    kept = model.keep(context)
    assert [edge.identity for edge in kept] == [edge.identity for edge in expected]
    # Each kept fact carries the model's probability, also when the threshold keeps all.
    assert [edge.confidence for edge in kept] == [
        round(probabilities[edge.identity], 3) for edge in expected
    ]
    everything = model.keep(context, 0)
    assert [edge.identity for edge in everything] == [edge.identity for edge in context.edges]
    assert [edge.confidence for edge in everything] == [
        round(probabilities[edge.identity], 3) for edge in context.edges
    ]


def test_the_model_reads_which_rule_found_a_fact_and_whether_one_sentence_states_it() -> None:
    text = (
        "Poland ordered 96 AH-64E Apache helicopters from Boeing in 2023. Lithuania received "
        "JLTV vehicles in 2022. The order was Oshkosh Defense's first in the Baltics."
    )
    _, context = read_facts(parse_document(text.encode(), "read.txt"), load_reference())
    rows = {
        (edge.type, edge.start.key, edge.end.key): row
        for edge, row in zip(context.edges, feature_rows(context), strict=True)
    }
    together = rows[("MANUFACTURES", "boeing", "ah-64-apache")]
    apart = rows[("MANUFACTURES", "oshkosh-defense", "jltv")]
    assert "T=MANUFACTURES|cosent=1" in together
    assert "T=MANUFACTURES|rule=manufacturers" in together
    assert "T=MANUFACTURES|cosent=0" in apart
    assert "T=MANUFACTURES|rule=makers_named_apart" in apart

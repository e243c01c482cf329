"""Extraction (issue 3): quality against gold, provenance, the contract, bad input."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from typer.testing import CliRunner

from conftest import GOLD, SEEDS
from dcgraph.cli import app
from dcgraph.confidence import fact_model
from dcgraph.documents import parse_document, read_document
from dcgraph.errors import DocumentError
from dcgraph.evaluation import evaluate, load_gold
from dcgraph.extraction import extract, extract_paths, json_lines
from dcgraph.model import Edge, Evidence, NodeRef

DEVSET = Path(__file__).resolve().parent / "devset"
HELDOUT = Path(__file__).resolve().parent.parent / "heldout"
DEVSET2 = Path(__file__).resolve().parent / "devset2"
DEVSET3 = Path(__file__).resolve().parent / "devset3"
DEVSET4 = Path(__file__).resolve().parent / "devset4"
DEVSET5 = Path(__file__).resolve().parent / "devset5"
DEVSET6 = Path(__file__).resolve().parent / "devset6"
DEVSET7 = Path(__file__).resolve().parent / "devset7"
DEVSET8 = Path(__file__).resolve().parent / "devset8"
DEVSET9 = Path(__file__).resolve().parent / "devset9"
DEVSET10 = Path(__file__).resolve().parent / "devset10"
DEVSET11 = Path(__file__).resolve().parent / "devset11"
DEVSET12 = Path(__file__).resolve().parent / "devset12"
DEVSET13 = Path(__file__).resolve().parent / "devset13"
DEVSET14 = Path(__file__).resolve().parent / "devset14"
DEVSET15 = Path(__file__).resolve().parent / "devset15"
DEVSET16 = Path(__file__).resolve().parent / "devset16"


@pytest.fixture(scope="module")
def seed_extractions() -> list:
    outcomes = list(extract_paths([SEEDS]))
    assert all(not isinstance(o, DocumentError) for o in outcomes)
    return outcomes


# --- quality -----------------------------------------------------------------------------


def test_seeds_meet_the_gold(seed_extractions: list) -> None:
    result = evaluate(load_gold(GOLD), seed_extractions)
    assert result.documents == 5
    assert result.micro.f1 >= 0.95, result.as_dict()
    for score in result.per_type:
        assert score.f1 >= 0.85, f"{score.type}: {score.as_dict()}"


#: Development sets (folder, documents, micro F1 floor): rules were tuned on their misses and
#: the confidence model fitted on them, so the floors guard against regressions, a few points
#: below the measured figures (issue 3's notes). Quality on unseen text is measured on
#: tests/blind, devset12, devset14 and devset16, which no rule was tuned on and no model
#: fitted on.
DEVELOPMENT_SETS = [
    (DEVSET, 24, 0.86),  # measured 0.948
    (HELDOUT, 16, 0.84),  # measured 0.943 (0.653 when it was still unseen)
    (DEVSET2, 20, 0.81),  # measured 0.918 (0.654 when first run)
    (DEVSET3, 20, 0.84),  # measured 0.940 (0.592 when first run)
    (DEVSET4, 20, 0.80),  # measured 0.913 (0.636 when first run)
    (DEVSET5, 20, 0.81),  # measured 0.934 (0.687 when first run)
    (DEVSET6, 20, 0.84),  # measured 0.940 (0.735 when first run)
    (DEVSET7, 20, 0.76),  # measured 0.888 (0.664 first run, 0.682 before tuning on it)
    (DEVSET8, 20, 0.78),  # measured 0.909 (0.653 first run, 0.658 before tuning on it)
    (DEVSET9, 20, 0.76),  # measured 0.892 (0.635 first run, 0.671 before tuning on it)
    # devset11's cooperation and membership misses were seen once; its other misses were read
    # while tuning: a development set now
    (DEVSET11, 20, 0.75),  # measured 0.881 (0.709 first run at 3f66b17)
    # devset10 was held out until devset12 was written; tuned on since
    (DEVSET10, 20, 0.79),  # measured 0.906 (0.676 first run, 0.715 before tuning on it)
    # devset13 was scored once before any tuning (0.667 at 0f18a8b), then tuned on
    (DEVSET13, 20, 0.77),  # measured 0.882
    # devset15 (memberships and cooperation) was scored once before any tuning, then tuned on
    (DEVSET15, 20, 0.74),  # measured 0.841 (0.519 first run at 65d9295)
    # devset12 is held out like tests/blind (its misses are not read): a floor only
    (DEVSET12, 20, 0.69),  # measured 0.777 (0.701 first run at 7fc56d6; 0.702 at 0852f2a)
    (DEVSET14, 20, 0.70),  # held out too: 0.768 (0.734 on its first run at 1d8602f)
    (DEVSET16, 16, 0.64),  # held out too: 0.728 (0.690 on its first run at 5a4ac5a)
]


@pytest.mark.parametrize(
    ("folder", "documents", "floor"),
    DEVELOPMENT_SETS,
    ids=[folder.name for folder, _, _ in DEVELOPMENT_SETS],
)
def test_development_sets_do_not_regress(folder: Path, documents: int, floor: float) -> None:
    extractions = [o for o in extract_paths([folder / "docs"]) if not isinstance(o, DocumentError)]
    result = evaluate(load_gold(folder / "gold.jsonl"), extractions)
    assert result.documents == documents
    assert result.micro.f1 >= floor, result.as_dict()
    assert result.micro.precision >= floor, result.as_dict()


def test_every_fact_points_at_its_sentence(seed_extractions: list) -> None:
    for extraction in seed_extractions:
        text = read_document(extraction.document.path).text
        assert extraction.edges
        for edge in extraction.edges:
            for evidence in edge.evidence:
                assert evidence.doc == extraction.document.key
                assert text[evidence.start : evidence.end] == evidence.sentence


def test_estonian_inflected_names_resolve() -> None:
    text = (
        "Eestil on kahepoolsed kaitsealased suhted paljude riikidega. "
        "Eesti kaitseatašeed resideerivad Ameerika Ühendriikides, Prantsusmaal ja Soomes. "
        "Koostöö Poolaga toimub peamiselt õppuste vormis."
    )
    source = parse_document(text.encode(), "inflected.txt")
    # What the rules read, not what the model keeps: the cooperation, stated once in a
    # three-sentence text, scores about the threshold.
    extraction = extract(source, min_confidence=0)
    facts = {(e.type, e.start.key, e.end.key) for e in extraction.edges}
    for host in ("US", "FR", "FI"):
        assert ("HOSTS_ATTACHE", host, "EE") in facts
    assert ("COOPERATES_WITH", "EE", "PL") in facts


def test_city_alone_makes_no_state_fact() -> None:
    source = parse_document(
        b"TEL AVIV, March 3. The weather in Baku was fine and markets were calm.", "city.txt"
    )
    assert extract(source).edges == ()


def test_planned_procurement_and_quantities() -> None:
    source = parse_document(
        b"Latvia plans to buy 12 CAESAR howitzers from France.\n"
        b"In 2023 Lithuania ordered 44 Leopard 2A8 tanks worth EUR 950 million.",
        "status.txt",
    )
    procures = {
        e.start.key + ":" + e.end.key: e.properties
        for e in extract(source).edges
        if e.type == "PROCURES"
    }
    caesar = procures["LV:caesar"]
    assert caesar["status"] == "planned" and caesar["supplier"] == "FR"
    assert caesar["quantity"] == 12
    leopard = procures["LT:leopard-2"]
    assert leopard["status"] == "ordered"
    assert leopard["quantity"] == 44 and leopard["order_year"] == 2023
    assert leopard["value"] == 950_000_000 and leopard["currency"] == "EUR"


def test_a_name_that_begins_like_a_currency_is_no_sum() -> None:
    """ "20 Eurofighters" is a quantity, not 20 euros; "EUR 1.2 billion" after it is the sum."""
    source = parse_document(
        b"Spain ordered 20 Eurofighters from Airbus in 2022.\n"
        b"Austria ordered 15 Eurofighters for EUR 1.2 billion in 2003.",
        "eurofighters.txt",
    )
    procures = {
        e.start.key: e.properties
        for e in extract(source, min_confidence=0).edges
        if e.type == "PROCURES"
    }
    assert procures["ES"]["quantity"] == 20
    assert "value" not in procures["ES"] and "currency" not in procures["ES"]
    assert procures["AT"]["value"] == 1_200_000_000 and procures["AT"]["currency"] == "EUR"


# --- the contract ------------------------------------------------------------------------


def test_invalid_facts_cannot_be_built() -> None:
    evidence = Evidence(doc="abcdef12", path="x.txt", sentence="s", start=0, end=1)
    with pytest.raises(ValidationError, match="cannot join"):
        Edge(
            type="SUPPLIES",
            start=NodeRef(label="State", key="IL"),
            end=NodeRef(label="WeaponSystem", key="harop"),
            evidence=[evidence],
        )
    with pytest.raises(ValidationError, match="needs evidence"):
        Edge(
            type="HOSTS_ATTACHE",
            start=NodeRef(label="State", key="FI"),
            end=NodeRef(label="State", key="EE"),
        )
    with pytest.raises(ValidationError):
        Edge(
            type="NOT_A_TYPE",
            start=NodeRef(label="State", key="FI"),  # type: ignore[arg-type]
            end=NodeRef(label="State", key="EE"),
            evidence=[evidence],
        )
    with pytest.raises(ValidationError, match="not a valid State key"):
        NodeRef(label="State", key="Estonia")


def test_a_fact_carries_a_confidence_between_0_and_1_and_a_reference_fact_none() -> None:
    evidence = Evidence(doc="abcdef12", path="x.txt", sentence="s", start=0, end=1)
    ends = {"start": NodeRef(label="State", key="FI"), "end": NodeRef(label="State", key="EE")}
    fact = Edge(type="HOSTS_ATTACHE", **ends, evidence=[evidence], confidence=0.734)
    assert fact.confidence == 0.734
    assert Edge(type="HOSTS_ATTACHE", **ends, evidence=[evidence]).confidence is None
    for wrong in (-0.01, 1.01, "sure"):
        with pytest.raises(ValidationError):
            Edge(type="HOSTS_ATTACHE", **ends, evidence=[evidence], confidence=wrong)
    company = {
        "start": NodeRef(label="Company", key="elbit-systems"),
        "end": NodeRef(label="State", key="IL"),
    }
    assert Edge(type="BASED_IN", **company, sources=["reference"]).confidence is None
    with pytest.raises(ValidationError, match="no model confidence"):
        Edge(type="BASED_IN", **company, sources=["reference"], confidence=0.9)


def test_every_extracted_fact_has_its_confidence_also_when_all_are_kept() -> None:
    source = read_document(sorted(SEEDS.glob("*.txt"))[0])
    kept = extract(source).edges
    everything = extract(source, min_confidence=0).edges
    assert kept and len(everything) >= len(kept)
    for edge in everything:
        assert edge.confidence is not None and 0.0 <= edge.confidence <= 1.0
        assert edge.confidence == round(edge.confidence, 3)
    scores = {e.identity: e.confidence for e in everything}
    assert all(scores[e.identity] == e.confidence for e in kept)
    # The threshold is the model's: what it keeps scores at least that, what it drops less.
    threshold = fact_model().threshold
    dropped = [e for e in everything if e.identity not in {k.identity for k in kept}]
    assert all(e.confidence >= round(threshold, 3) for e in kept)
    assert all(e.confidence <= round(threshold, 3) for e in dropped)


def test_jsonl_prints_nodes_then_edges(seed_extractions: list) -> None:
    lines = [json.loads(line) for line in json_lines(seed_extractions)]
    kinds = [line["kind"] for line in lines]
    assert kinds == sorted(kinds, key=lambda kind: kind != "node")
    edge = next(line for line in lines if line["kind"] == "edge")
    assert set(edge) == {"kind", "type", "start", "end", "properties", "confidence", "evidence"}
    document_edges = [line for line in lines if line["kind"] == "edge"]
    confidences = [line["confidence"] for line in document_edges]
    assert all(isinstance(c, float) and 0.0 <= c <= 1.0 for c in confidences)
    assert len(set(confidences)) > 1, "every fact scored alike: the model's output is lost"
    # Edge lines follow the documents' facts in order, each with its document's score.
    assert confidences == [e.confidence for x in seed_extractions for e in x.edges]
    assert set(edge["evidence"][0]) == {"doc", "path", "sentence", "start", "end"}
    with_reference = [
        json.loads(line) for line in json_lines(seed_extractions, with_reference=True)
    ]
    reference = [
        line
        for line in with_reference
        if line["kind"] == "edge" and line.get("sources") == ["reference"]
    ]
    assert reference and all(line["evidence"] == [] for line in reference)
    assert all(line["confidence"] is None for line in reference)


# --- bad input ---------------------------------------------------------------------------


@pytest.fixture
def bad_batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.bin").write_bytes(bytes(range(256)) * 64)
    (folder / "c_latin1.txt").write_bytes(
        "Estonia bought Mistral missiles from France, the ministry said. Café.".encode("latin-1")
    )
    big = folder / "d_big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: nothing is really written
    (folder / "e_dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "f_good.txt").write_text(
        "Lithuania has acquired NASAMS air defence systems from Norway.", encoding="utf-8"
    )
    return folder


def test_bad_input_is_reported_per_file(bad_batch: Path) -> None:
    outcomes = {
        Path(o.path if isinstance(o, DocumentError) else o.document.path).name: o
        for o in extract_paths([bad_batch])
    }
    assert str(outcomes["a_empty.txt"]).endswith("empty file")
    assert str(outcomes["b_binary.bin"]).endswith("binary file, not text")
    assert "too large" in str(outcomes["d_big.txt"])
    assert "no such file" in str(outcomes["e_dangling.txt"])
    latin = outcomes["c_latin1.txt"]
    assert not isinstance(latin, DocumentError)
    assert "Café" in read_document(bad_batch / "c_latin1.txt").text
    good = outcomes["f_good.txt"]
    assert any(e.type == "PROCURES" and e.end.key == "nasams" for e in good.edges)


def test_cli_reports_each_failure_on_one_line_and_exits_3(bad_batch: Path) -> None:
    missing = bad_batch / "missing-folder"
    result = CliRunner().invoke(
        app,
        ["extract", str(bad_batch), str(missing), "--format", "jsonl"],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 5
    assert any("missing-folder: no such file or folder" in line for line in errors)
    edges = [json.loads(line) for line in result.stdout.splitlines() if '"edge"' in line]
    assert any(edge["end"]["key"] == "nasams" for edge in edges)


def test_unreadable_file_is_an_error(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome = next(iter(extract_paths([fifo])))
    assert isinstance(outcome, DocumentError)
    assert "not a regular file" in str(outcome)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=0, max_size=600))
def test_extraction_never_raises_on_arbitrary_text(text: str) -> None:
    try:
        source = parse_document(text.encode("utf-8", "surrogatepass"), "fuzz.txt")
    except DocumentError:
        return
    extraction = extract(source)
    for edge in extraction.edges:
        for evidence in edge.evidence:
            assert source.text[evidence.start : evidence.end] == evidence.sentence


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_reading_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    with contextlib.suppress(DocumentError):
        extract(parse_document(raw, "fuzz.bin"))


NEWSY = st.lists(
    st.sampled_from(
        [
            "Estonia",
            "Eesti",
            "Israel",
            "Iisraelist",
            "acquired",
            "from",
            "Harop",
            "and",
            "loitering munitions",
            "cooperation with",
            "Soomega",
            "kaitseatašeed",
            "NATO",
            "member",
            "Ministry of Defence",
            "Israeli-made",
            ",",
            ".",
            "IAI",
            "supplied",
            "to",
            "Azerbaijan",
            "planned",
            "ostis",
            "Lõuna-Koreast",
            "K9",
            "attaché",
            "in",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(NEWSY)
@example("Israeli-made and Estonia and")  # a list that ends the text: no subject after "and"
@example("supplied and Estonia ,")
def test_extraction_never_raises_on_genre_shaped_noise(text: str) -> None:
    try:
        source = parse_document(text.encode(), "noise.txt")
    except DocumentError:
        return
    extract(source)


def test_eval_lists_misses_and_extras_with_their_status(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text("Estonia plans to buy NASAMS air defence systems.\n")
    gold = tmp_path / "gold.jsonl"
    fact = {
        "doc": "plan.txt",
        "type": "PROCURES",
        "start": "State:EE",
        "end": "WeaponSystem:NASAMS",
        "properties": {"status": "ordered"},
    }
    gold.write_text(json.dumps(fact) + "\n")
    result = CliRunner().invoke(app, ["eval", str(gold), str(docs)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "miss  plan.txt: State:EE ->PROCURES-> WeaponSystem:nasams [ordered]" in result.stdout
    assert "extra plan.txt: State:EE ->PROCURES-> WeaponSystem:nasams [planned]" in result.stdout

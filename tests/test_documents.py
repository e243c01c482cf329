"""Reading documents: encodings, HTML, metadata, stable keys, sentences and tokens."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEEDS
from dcgraph.documents import discover, document_key, parse_date, parse_document, read_document
from dcgraph.errors import DocumentError
from dcgraph.text import normalise_word, sentences, split_sentences


@pytest.mark.parametrize(
    ("name", "title", "date", "language"),
    [
        ("000_ef3b1e2f295c35aa.txt", None, "2025-11-24", "en"),
        ("001_6a8e247c17c387b0.txt", "International Cooperation", "2014-05-31", "en"),
        ("002_843b7252436dd7df.txt", "Kahepoolne kaitsekoostöö", "2021-11-04", "et"),
        (
            "003_b7c04a60a6f93145.txt",
            "Israeli Defense Minister Visits Azerbaijan, Focuses on Expanding Mutual Relationship",
            "2023-07-15",
            "en",
        ),
        (
            "004_4bb17c862b350b24.txt",
            "Lithuania plans defence attaché appointment in Israel",
            None,
            "en",
        ),
    ],
)
def test_seed_metadata(name: str, title: str | None, date: str | None, language: str) -> None:
    info = read_document(SEEDS / name).info
    assert (info.title, info.date, info.language) == (title, date, language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-11-24", "2025-11-24"),
        ("31 May 2014", "2014-05-31"),
        ("4. November 2021", "2021-11-04"),
        ("July 15, 2023", "2023-07-15"),
        ("15.06.2021", "2021-06-15"),
        ("4. novembril 2021", "2021-11-04"),
        ("November 2021", None),
    ],
)
def test_dates_in_english_and_estonian(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_key_is_a_hash_of_the_normalised_text(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    two = tmp_path / "two.txt"
    one.write_text("Estonia buys\nhowitzers.", encoding="utf-8")
    two.write_text("Estonia  buys howitzers.\r\n", encoding="utf-8")
    assert read_document(one).info.key == read_document(two).info.key
    assert read_document(one).info.sha256 != read_document(two).info.sha256
    assert document_key("Estonia buys howitzers.") == read_document(one).info.key


def test_html_main_text_and_metadata() -> None:
    html = (
        "<html><head><title>Estonia buys howitzers</title>"
        '<meta property="article:published_time" content="2024-03-01"></head><body>'
        "<nav>Home | News | Contact</nav><article><h1>Estonia buys howitzers</h1>"
        "<p>Estonia has ordered twelve K9 howitzers from South Korea, the Estonian Centre for "
        "Defence Investment said on Friday. The first deliveries are expected next year.</p>"
        "<p>The contract is worth 46 million euros and includes training.</p></article>"
        "<footer>Cookies help us deliver our services.</footer></body></html>"
    )
    document = parse_document(html.encode(), "page.html")
    assert document.format == "html"
    assert document.info.title == "Estonia buys howitzers"
    assert document.info.date == "2024-03-01"
    assert "ordered twelve K9 howitzers" in document.text
    assert "Cookies" not in document.text


def test_utf16_and_cp1252_decode() -> None:
    text = "Eesti ostis Iisraelist “Blue Spear” raketid."
    assert parse_document(text.encode("utf-16"), "u16.txt").text == text
    assert parse_document(text.encode("cp1252", "replace"), "w.txt").text.startswith("Eesti")


def test_empty_and_binary_are_errors() -> None:
    with pytest.raises(DocumentError, match="empty file"):
        parse_document(b"   \n", "blank.txt")
    with pytest.raises(DocumentError, match="binary"):
        parse_document(b"\x00\x01\x02" * 100, "blob.bin")


def test_discover_reports_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "b.txt").write_text("x", encoding="utf-8")
    found = list(discover([tmp_path, tmp_path / "nope"]))
    assert found[0] == tmp_path / "a.txt"
    assert isinstance(found[1], DocumentError) and "no such file" in str(found[1])
    assert len(found) == 2


def test_sentences_keep_offsets_and_know_abbreviations() -> None:
    text = "Gen. Smith met Mr. Jones in the U.S. on Monday. Viimati uuendatud: 4. November 2021"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Gen. Smith met Mr. Jones in the U.S. on Monday.",
        "Viimati uuendatud: 4. November 2021",
    ]


def test_estonian_lemmas_bring_inflected_names_home() -> None:
    assert normalise_word("Ühendriikidega", "et") == normalise_word("Ühendriigid", "et")
    assert normalise_word("Prantsusmaal", "et") == normalise_word("Prantsusmaa", "et")
    assert normalise_word("Poolaga", "et") == normalise_word("Poola", "et")
    assert normalise_word("droone", "et") == "droon"  # simplemma does not know it
    tokens = sentences("Israeli-made “suicide” drones", "en")[0].tokens
    assert [t.norm for t in tokens] == ["israeli", "make", "suicide", "drone"]
    assert tokens[1].joined_before

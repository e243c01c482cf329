"""Reading source documents: files and folders, plain text and HTML, any encoding.

A document's text is what evidence offsets point into: the decoded file for plain text,
the main text that trafilatura extracts for HTML. Its key is a hash of the normalised
text, so the same article saved twice is one document.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dcgraph.errors import DocumentError
from dcgraph.model import DocumentInfo

log = logging.getLogger(__name__)

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
#: Files a folder walk skips: not documents, or not meant for reading.
SKIPPED_SUFFIXES = frozenset({".pyc", ".gold", ".jsonl", ".json", ".yaml", ".yml", ".grass"})
DEFAULT_MAX_BYTES = 20_000_000
#: How far into a document its metadata (title, date lines) is looked for.
HEAD_CHARS = 3000
TAIL_CHARS = 1500


@dataclass(frozen=True)
class SourceDocument:
    """A document read from disk: its text and what is known about it."""

    path: str
    resolved: Path
    text: str
    info: DocumentInfo
    format: str  # "text" or "html"


def discover(paths: Iterable[str | Path]) -> Iterator[Path | DocumentError]:
    """The files under the given paths, in a stable order; a missing path is an error item."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if any(part.startswith(".") for part in relative.parts):
                    continue
                if child.suffix.lower() in SKIPPED_SUFFIXES or child.is_dir():
                    continue
                if child.is_file():
                    yield child
                elif child.is_symlink() and not child.exists():
                    yield DocumentError(str(child), "no such file (a broken link)")
                else:
                    yield DocumentError(str(child), "not a regular file")
        elif path.is_file():
            yield path
        elif path.exists():
            yield DocumentError(str(path), "not a regular file")
        else:
            yield DocumentError(str(path), "no such file or folder")


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDocument:
    """Read, decode and describe one document; DocumentError says what is wrong with it."""
    shown = str(path)
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise DocumentError(
                shown,
                f"too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB, "
                "set by DCGRAPH_MAX_DOCUMENT_MB)",
            )
        raw = file.read_bytes()
    except PermissionError as exc:
        raise DocumentError(shown, "permission denied") from exc
    except IsADirectoryError as exc:
        raise DocumentError(shown, "is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise DocumentError(shown, "no such file or folder") from exc
    except OSError as exc:
        raise DocumentError(shown, f"cannot be read ({exc.strerror or exc})") from exc
    return parse_document(raw, shown, resolved=file.resolve())


def parse_document(raw: bytes, path: str, *, resolved: Path | None = None) -> SourceDocument:
    """Describe a document from its bytes (the part of `read_document` that needs no disk)."""
    if not raw.strip():
        raise DocumentError(path, "empty file")
    text = decode(raw, path)
    is_html = Path(path).suffix.lower() in HTML_SUFFIXES or _looks_like_html(text)
    title: str | None = None
    published: str | None = None
    if is_html:
        text, title, published = _html_main_text(text, path)
    if not text.strip():
        raise DocumentError(path, "no text in it")
    language = detect_language(text)
    info = DocumentInfo(
        key=document_key(text),
        path=path,
        title=title or guess_title(text),
        date=published or find_date(text, language),
        language=language,
        sha256=hashlib.sha256(raw).hexdigest(),
        characters=len(text),
    )
    return SourceDocument(
        path=path,
        resolved=resolved or Path(path).resolve(),
        text=text,
        info=info,
        format="html" if is_html else "text",
    )


# --- decoding ------------------------------------------------------------------------------


def decode(raw: bytes, path: str) -> str:
    """Unicode text from bytes: UTF-8 (with or without BOM), UTF-16 by BOM, else detected."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if _is_binary(raw):
        raise DocumentError(path, "binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[: 1024 * 1024]).best()
    if best is not None and best.encoding:
        try:
            return raw.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            log.debug("%s: detected %s but it does not decode", path, best.encoding)
    # Western European single-byte text is the likeliest remaining case; cp1252 never fails
    # on the bytes that matter and keeps curly quotes that latin-1 would turn into controls.
    return raw.decode("cp1252", errors="replace")


_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in (9, 10, 12, 13, 27))


def _is_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) * 0.05


# --- HTML ----------------------------------------------------------------------------------


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _html_main_text(html: str, path: str) -> tuple[str, str | None, str | None]:
    import trafilatura

    main = trafilatura.extract(
        html, include_comments=False, include_tables=True, favor_recall=True, deduplicate=True
    )
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title if metadata is not None else None
    published = metadata.date if metadata is not None else None
    if not main:
        raise DocumentError(path, "HTML page without a main text")
    if title and not main.lstrip().startswith(title):
        main = f"{title}\n\n{main}"
    if published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        published = None
    return main, title, published


# --- metadata ------------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """The form a document's key is computed from: NFC, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def document_key(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the document's language (from its first few thousand characters)."""
    import py3langid

    sample = text[:400]
    if sum(map(str.isalpha, sample)) < 20:
        return None
    language, _score = py3langid.classify(sample)
    return str(language)


_BOILERPLATE = re.compile(r"\b(logo|menu|cookies?|subscribe|share|print|none)\b", re.IGNORECASE)
_DATE_LINE = re.compile(
    r"^\s*(last\s+update[d]?|updated|published|date|viimati\s+uuendatud|avaldatud|kuupäev)\b",
    re.IGNORECASE,
)


def guess_title(text: str) -> str | None:
    """The first short line that reads like a headline, if the text starts with one."""
    for line in text[:HEAD_CHARS].splitlines()[:12]:
        candidate = line.strip()
        if not candidate:
            continue
        words = candidate.split()
        if len(candidate) > 200:
            return None  # the text starts with a paragraph, not a headline
        if (
            len(words) < 2
            or candidate.endswith((".", ":", ";"))
            or _DATE_LINE.match(candidate)
            or _BOILERPLATE.search(candidate)
            or candidate.lower().startswith("by ")
        ):
            continue
        return candidate
    return None


_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|september|oktoober|november|"
    r"detsember"
)
_DATE_VALUE = (
    r"(\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}\.?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}\.\d{1,2}\.\d{4})"
)
#: Labelled dates, most telling first: publication, then a byline, then the last update.
_DATE_PATTERNS = (
    re.compile(rf"\b(?:published|avaldatud|date|kuupäev)\s*:?\s*{_DATE_VALUE}", re.IGNORECASE),
    re.compile(rf"^\s*by\s+[^\n]{{1,80}}?\s{_DATE_VALUE}", re.IGNORECASE | re.MULTILINE),
    re.compile(
        rf"\b(?:last\s+updated?|updated|viimati\s+uuendatud|uuendatud)\s*:?\s*(?:on\s+)?"
        rf"{_DATE_VALUE}",
        re.IGNORECASE,
    ),
    re.compile(rf"^\s*{_DATE_VALUE}\s*$", re.IGNORECASE | re.MULTILINE),
)


def find_date(text: str, language: str | None = None) -> str | None:
    """The document's date as ISO 8601, when its head or foot gives one."""
    margins = text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(margins):
            parsed = parse_date(match.group(1), language)
            if parsed is not None:
                return parsed
    return None


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "jaanuar", "jaan"),
            ("february", "feb", "veebruar", "veebr"),
            ("march", "mar", "märts"),
            ("april", "apr", "aprill"),
            ("may", "mai"),
            ("june", "jun", "juuni"),
            ("july", "jul", "juuli"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct", "oktoober", "okt"),
            ("november", "nov"),
            ("december", "dec", "detsember", "dets"),
        ),
        start=1,
    )
    for name in names
}
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _month_number(word: str) -> int | None:
    """A month by its name, also inflected in Estonian ("novembril", "mais")."""
    word = word.lower()
    if word in _MONTH_NUMBERS:
        return _MONTH_NUMBERS[word]
    for name, number in _MONTH_NUMBERS.items():
        # Estonian endings may change the stem's last letters: "november" -> "novembril".
        if len(name) >= 5 and word[:5] == name[:5] and abs(len(word) - len(name)) <= 3:
            return number
        if len(name) == 3 and word.startswith(name) and len(word) <= 5:
            return number
    return None


def _quick_date(value: str) -> date | None:
    """The common shapes of dates in news, without dateparser's cost."""
    text = value.strip()
    for pattern, order in (
        (_ISO_DATE, "ymd"),
        (_NUMERIC_DATE, "dmy"),
        (_DAY_MONTH_YEAR, "dMy"),
        (_MONTH_DAY_YEAR, "Mdy"),
    ):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = _month_number(parts["M"]) if "M" in parts else int(parts["m"])
        if month is None:
            return None
        try:
            return date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            return None
    return None


def parse_date(value: str, language: str | None = None) -> str | None:
    """ISO date of a date string in English or Estonian; None when it is not a full date."""
    quick = _quick_date(value)
    if quick is not None:
        if not (1900 <= quick.year <= date.today().year + 1):
            return None
        return quick.isoformat()
    import dateparser

    languages = (
        ["en", "et"]
        if language not in ("en", "et")
        else [language, "et" if language == "en" else "en"]
    )
    parsed = dateparser.parse(
        value,
        languages=languages,
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"},
    )
    if parsed is None or not (1900 <= parsed.year <= date.today().year + 1):
        return None
    return parsed.date().isoformat()

"""Reading source documents: files and folders, plain text and HTML, any encoding.

A document's text is what evidence offsets point into: the decoded file for plain text,
the main text that trafilatura extracts for HTML. Its key is a hash of the normalised
text, so the same article saved twice is one document.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from dcgraph.errors import DocumentError
from dcgraph.model import DocumentInfo

log = logging.getLogger(__name__)

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
#: Files a folder walk skips: not documents, or not meant for reading.
SKIPPED_SUFFIXES = frozenset({".pyc", ".gold", ".jsonl", ".json", ".yaml", ".yml", ".grass"})
DEFAULT_MAX_BYTES = 20_000_000
#: How far into a document its metadata (title, date lines) is looked for.
HEAD_CHARS = 1500
TAIL_CHARS = 600


@dataclass(frozen=True)
class SourceDocument:
    """A document read from disk: its text and what is known about it."""

    path: str
    #: `path` made absolute when the document was read; `resolved` follows its links.
    absolute: Path
    text: str
    info: DocumentInfo
    format: str  # "text" or "html"

    @cached_property
    def resolved(self) -> Path:
        # Resolved when first asked for, not for every document read: following links costs
        # a system call per folder of the path, and extraction never asks.
        return self.absolute.resolve()


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
    try:
        raw = _read_bytes(shown, max_bytes)
    except PermissionError as exc:
        raise DocumentError(shown, "permission denied") from exc
    except IsADirectoryError as exc:
        raise DocumentError(shown, "is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise DocumentError(shown, "no such file or folder") from exc
    except OSError as exc:
        raise DocumentError(shown, f"cannot be read ({exc.strerror or exc})") from exc
    return parse_document(raw, shown)


def _read_bytes(path: str, max_bytes: int) -> bytes:
    """A file's bytes, unless it holds more than `max_bytes`. Read through its descriptor,
    its size taken from the open file: a third of the cost of a stat and Path.read_bytes,
    whose file object and buffer a whole-file read does not need. A file that cannot be
    opened is looked at as a stat would: one too large says so, readable or not."""
    try:
        descriptor = os.open(path, os.O_RDONLY | _O_BINARY)
    except OSError:
        _check_size(path, Path(path).stat().st_size, max_bytes)
        raise
    try:
        status = os.fstat(descriptor)
        _check_size(path, status.st_size, max_bytes)
        first = os.read(descriptor, status.st_size + 1)
        if len(first) <= status.st_size and stat.S_ISREG(status.st_mode):
            return first  # a regular file's short read is its end
        # Up to the end, however long: a file may be longer than it said (or say 0, as the
        # files of /proc do).
        parts = [first]
        while parts[-1]:
            parts.append(os.read(descriptor, _READ_CHUNK))
        return b"".join(parts)
    finally:
        os.close(descriptor)


_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows would translate line ends without it
_READ_CHUNK = 1 << 16


def _check_size(path: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise DocumentError(
            path,
            f"too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB, "
            "set by DCGRAPH_MAX_DOCUMENT_MB)",
        )


def parse_document(raw: bytes, path: str) -> SourceDocument:
    """Describe a document from its bytes (the part of `read_document` that needs no disk)."""
    if not raw.strip():
        raise DocumentError(path, "empty file")
    text = decode(raw, path)
    location = Path(path)
    is_html = location.suffix.lower() in HTML_SUFFIXES or _looks_like_html(text)
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
        absolute=location.absolute(),
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
    if "<" not in text[:1024]:
        return False  # every test below needs a tag: spare plain text the lower-casing
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


#: Function words that settle English against Estonian without a statistical model
#: ("on" is both: "is" in Estonian).
_FUNCTION_WORDS = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "was",
            "for",
            "with",
            "that",
            "by",
            "from",
            "has",
            "have",
            "are",
            "its",
        ]
    ),
    "et": frozenset(
        [
            "ja",
            "on",
            "ning",
            "et",
            "ei",
            "ka",
            "oli",
            "mis",
            "kui",
            "see",
            "kes",
            "oma",
            "ta",
            "nad",
            "aga",
            "ole",
            "olid",
            "olnud",
            "kuid",
            "või",
            "samuti",
            "kas",
            "juba",
            "veel",
            "üle",
            "pärast",
            "koos",
            "kaudu",
            "poolt",
            "seda",
            "selle",
            "nende",
            "siis",
            "nii",
            "pole",
            "ainult",
        ]
    ),
}
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the document's language, from its first few hundred characters.
    English and Estonian are told apart by their function words when these clearly agree;
    anything else goes to py3langid's model."""
    sample = text[:1200]
    # No word spans whitespace, and a piece of letters only is one word: only the other
    # pieces need the (costly, Unicode-aware) pattern.
    words: list[str] = []
    for piece in sample.lower().split():
        if piece.isalpha():
            words.append(piece)
        else:
            words.extend(_WORD.findall(piece))
    if len(words) < 4:
        return None
    # map() and sum() count in C; a generator would run a Python step per word.
    english = sum(map(_FUNCTION_WORDS["en"].__contains__, words))
    estonian = sum(map(_FUNCTION_WORDS["et"].__contains__, words))
    if english >= 5 and english >= 4 * max(estonian, 1):
        return "en"
    # Finnish shares "ja", "on", "ei" and ä, ö: õ and ü are Estonian's own.
    if estonian >= 4 and estonian >= 4 * max(english, 1) and any(ch in sample for ch in "õüÕÜ"):
        return "et"
    import py3langid

    language, _score = py3langid.classify(sample[:600])
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
    r"|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|\d{4}\.\d{1,2}\.\d{1,2})"
)
_ANY_DATE = re.compile(_DATE_VALUE, re.IGNORECASE)
#: Every date _ANY_DATE knows has four digits in a row: lines without them are skipped.
#: (Spelt out rather than "\d{4}": a pattern that opens with a character set lets the regex
#: engine skip ahead in C instead of trying a match at every character.)
_YEAR_DIGITS = re.compile(r"\d\d\d\d")
#: What each kind of date in _DATE_VALUE must contain: a digit joined to a digit by "-" or "."
#: (the numeric forms), or a month name after a day or before one (matched on lower-cased
#: text, without _ANY_DATE's costly case-insensitive alternation at every character).
_NUMERIC_DATE_HINT = re.compile(r"\d[-.]\d")
_DAY_MONTH_HINT = re.compile(rf"\d\.?\s+(?:{_MONTHS})")
_MONTH_DAY_HINT = re.compile(rf"(?:{_MONTHS})\.?\s+\d")
#: Characters that case-insensitive matching equates with a month's letters but lower() does
#: not turn into them ("ſ" is an "s", "ı" and "İ" are an "i").
_CASE_FOLD_ODDITIES = re.compile("[İıſ]")
_PUBLISHED_LABEL = re.compile(r"\b(published|avaldatud|date|kuupäev)\s*:?\s*$", re.IGNORECASE)
_UPDATED_LABEL = re.compile(
    r"\b(last\s+updated?|updated|viimati\s+uuendatud|uuendatud)\s*:?\s*(on\s+)?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\s*by\s+\S", re.IGNORECASE)
#: What may stand beside a date on a line of its own: a time, a time zone, separators.
_DATE_LINE_REST = re.compile(
    r"^[\s,|–—-]*(\d{1,2}[:.]\d{2}(\s*[AP]M)?)?[\s,]*(\((UTC|GMT)[^)]*\))?\s*$", re.IGNORECASE
)
_WEEKDAY = re.compile(
    r"^\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday|esmaspäev|teisipäev|"
    r"kolmapäev|neljapäev|reede|laupäev|pühapäev),?\s*$",
    re.IGNORECASE,
)
#: A dateline: "APA, Baku, 19 June 2024 – Armenia has ...", "RIIA, 30. jaanuar 2023 (BNS)".
_DATELINE_BEFORE = re.compile(r"^\s*[A-ZÄÖÜÕ][\w. ]{1,30},(\s*[A-ZÄÖÜÕ][\w. ]{1,30},)?\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(\(\w+\))?\s*[–—-]")


def find_date(text: str, language: str | None = None) -> str | None:
    """The document's date as ISO 8601, when its head or foot gives one: a publication
    label, then a byline, then a last-update label, then a date on a line of its own. Dates
    inside sentences are events, not the document's date."""
    margins = text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]
    best: tuple[int, int, str] | None = None
    offset = 0
    for line in margins.split("\n"):
        # Labels, bylines and datelines open their line: look only at a line's head. (A line
        # shorter than a year, most often an empty one between paragraphs, holds no date.)
        if len(line) >= 4:
            head = line[:140]
            if _YEAR_DIGITS.search(head) and _may_hold_date(head):
                for match in _ANY_DATE.finditer(head):
                    best = _better_date(best, match, line, offset, language)
        offset += len(line) + 1
    return best[2] if best else None


def _may_hold_date(head: str) -> bool:
    """False when _ANY_DATE cannot match: most lines with a year in them hold no full date."""
    if _NUMERIC_DATE_HINT.search(head) or _CASE_FOLD_ODDITIES.search(head):
        return True
    lower = head.lower()
    return bool(_DAY_MONTH_HINT.search(lower) or _MONTH_DAY_HINT.search(lower))


def _date_rank(before: str, after: str) -> int | None:
    """How telling a date's place on its line is (lower is better); None: not the
    document's date at all."""
    if _PUBLISHED_LABEL.search(before):
        return 0
    if _BYLINE.match(before) and len(before) <= 90:
        return 1
    if _UPDATED_LABEL.search(before):
        return 2
    if (_DATE_LINE_REST.match(before) or _WEEKDAY.match(before)) and _DATE_LINE_REST.match(after):
        return 3
    if _DATELINE_BEFORE.match(before) and _DATELINE_AFTER.match(after):
        return 4
    return None


def _better_date(
    best: tuple[int, int, str] | None,
    match: re.Match[str],
    line: str,
    offset: int,
    language: str | None,
) -> tuple[int, int, str] | None:
    """The better of `best` and this date: by rank, then by position in the text."""
    rank = _date_rank(line[: match.start()], line[match.end() :])
    position = offset + match.start()
    if rank is None or (best is not None and (rank, position) >= best[:2]):
        return best
    parsed = parse_date(match.group(1), language)
    return (rank, position, parsed) if parsed is not None else best


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
_DOTTED_ISO_DATE = re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})")


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
        (_DOTTED_ISO_DATE, "ymd"),
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

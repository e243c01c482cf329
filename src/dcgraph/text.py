"""Sentences, tokens and normalised word forms, with character offsets into the source text.

Matching works on normalised forms: lower-cased lemmas (simplemma), so that an inflected
Estonian name ("Ameerika Ühendriikidega") or an English plural ("anti-tank missiles") meets
the dictionary form a gazetteer lists. Hyphens and quotes are not tokens of the normalised
stream, so "Barak-8" equals "Barak 8" and "“suicide” drones" equals "suicide drones".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import TypeVar

import simplemma

#: Languages with a lemmatiser wired in; others are matched on lower-cased surface forms.
LEMMATISED = frozenset({"en", "et"})

_TOKEN = re.compile(
    r"""(?P<word>[^\W_]+(?:[.](?=[^\W\d_]\.)[^\W\d_])*)   # words, and U.S.-style initials
      |(?P<poss>['’]s\b)                                 # English possessive
      |(?P<punct>[^\w\s])""",
    re.VERBOSE,
)

#: Characters that join words without separating them in the normalised stream.
JOINERS = frozenset("-‐‑‒–")
QUOTES = frozenset("\"'“”„‘’«»")

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "cmdr",
        "brig",
        "st",
        "no",
        "nr",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "inc",
        "ltd",
        "corp",
        "co",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "approx",
        "est",
        "dept",
        "gov",
        "sen",
        "rep",
        "pt",
        "nt",
        "jne",
        "vt",
        "lk",
        "pr",
        "hr",
        "mrs.",
        "a.k.a",
        "p.s",
    ]
)
# "[.!?…][.!?…]*" rather than "[.!?…]+": a pattern that opens with a character set lets the
# regex engine skip ahead to the next candidate in C instead of trying a match at every character.
_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*(?=\s+)")
_OPENERS = "\"'“‘«(["
_MONTH_AFTER = re.compile(
    r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jaan|veebr|märts|aprill|mai|juuni|"
    r"juuli|dets|okt)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Token:
    """One token: its surface text, offsets in the document, and its normalised form."""

    text: str
    start: int
    end: int
    norm: str
    kind: str  # "word", "poss" or "punct"
    joined_before: bool = False  # a hyphen joined it to the previous word ("Israeli-made")

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_upper(self) -> bool:
        letters = [ch for ch in self.text if ch.isalpha()]
        return bool(letters) and all(ch.isupper() for ch in letters)

    @property
    def lower(self) -> str:
        return self.text.lower()


#: A token as a plain tuple: (text, start, end, norm, kind, joined_before).
Row = tuple[str, int, int, str, str, bool]


@dataclass(slots=True)
class Sentence:
    """A sentence (or a headline, a list item) and its tokens; offsets are the document's."""

    index: int
    start: int
    end: int
    text: str
    #: The tokens as rows, with offsets from the sentence's start.
    rows: tuple[Row, ...] = ()
    #: The normalised forms as the gazetteer and the cue index match them: " w1 w2 ... ".
    joined: str = " "
    _tokens: list[Token] | None = field(default=None, compare=False, repr=False)

    @property
    def tokens(self) -> list[Token]:
        """The tokens, made when first asked for: most sentences name nothing, and the
        gazetteer tells so from `joined` alone, so their Token objects are never needed."""
        tokens = self._tokens
        if tokens is None:
            start = self.start
            tokens = self._tokens = [
                Token(surface, first + start, last + start, norm, kind, joined)
                for surface, first, last, norm, kind, joined in self.rows
            ]
        return tokens


def added_to_lemma(token: Token) -> str:
    """What a word's lower-cased form adds after the part it shares with its lemma:
    "jaapani" adds "i" to "jaapan", "projektides" adds "ides" to "projekt"."""
    lower = token.text.lower()
    shared = 0
    for letter, lemma_letter in zip(lower, token.norm, strict=False):
        if letter != lemma_letter:
            break
        shared += 1
    return lower[shared:]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: line breaks end sentences, and so do . ! ? before a capital or digit."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        if line:
            cursor = 0
            for end_match in _SENTENCE_END.finditer(line):
                end = end_match.end()
                # The next word's first character: the rest of the line is copied only when
                # the few characters after the end are all spaces.
                ahead = line[end : end + 8]
                rest = ahead.lstrip()
                if not rest:
                    ahead = line[end:]
                    rest = ahead.lstrip()
                    if not rest:
                        continue
                first = rest[0]
                if not (first.isupper() or first.isdigit() or first in _OPENERS or first in "•–—-"):
                    continue
                if _is_abbreviation(line, end_match.start()):
                    continue
                spans.append((line_start + cursor, line_start + end))
                # The next sentence starts after the spaces, which _trim would strip.
                cursor = end + len(ahead) - len(rest)
            spans.append((line_start + cursor, line_start + len(line)))
        line_start += len(line) + 1
    trimmed: list[tuple[int, int]] = []
    for start, end in spans:
        # Most spans need no trimming: only those that do pay for the call.
        if text[start].isspace() or text[start] in _BULLETS or text[end - 1].isspace():
            span = _trim(text, start, end)
            if span is not None:
                trimmed.append(span)
        else:
            trimmed.append((start, end))
    return trimmed


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    # The word usually follows a space; when anything else stands between, walk back over it
    # (a regex anchored at the end would try every start in the line).
    start = line.rfind(" ", 0, dot) + 1
    if not line[start:dot].replace(".", "").replace("_", "").isalnum():
        start = dot
        while start > 0 and (line[start - 1].isalnum() or line[start - 1] in "_."):
            start -= 1
        if start > 0 and line[start - 1] == "-":
            return False  # an Estonian case ending after a hyphen: "SKT-st.", "NATO-st."
    if start == dot:
        return False
    word = line[start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    if len(word) <= 2 and word.isdecimal():  # what r"\d{1,2}" matches
        # A day before its month ("4. November 2021"), as Estonian writes dates.
        return _MONTH_AFTER.match(line, dot + 1) is not None
    return len(word) == 1 and word.isalpha()  # an initial: "J. Smith"


_BULLETS = "•·▪◦"


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in _BULLETS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


@lru_cache(maxsize=500_000)
def normalise_word(word: str, language: str) -> str:
    """The lower-cased lemma of one word, the same for a text and for a gazetteer entry."""
    word = unicodedata.normalize("NFC", word)
    if any(ch.isdigit() for ch in word):
        if len(word) >= 2 and word[-1] == "s" and word[-2].isdigit():
            return word[:-1].lower()  # a plural designation: "MiG-29s", "T-72s"
        if len(word) >= 4 and word[-1] == "s" and word[-2].isupper() and word[-3].isdigit():
            return word[:-1].lower()  # "F-35As", "AH-64Es"
        return word.lower()
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return word.lower()  # an acronym: never a lemma ("US" is not "us")
    if len(word) >= 3 and word[-1] == "s" and word[:-1].isupper():
        return word[:-1].lower()  # plural acronym: "UAVs"
    if language == "en":
        return simplemma.lemmatize(word.lower(), lang="en").lower()
    if language == "et":
        # Estonian lemmas depend on case: "Rootsis" -> "Rootsi", but "rootsis" -> "roots".
        lemma = simplemma.lemmatize(word, lang="et")
        if lemma == word and not simplemma.is_known(word, lang="et"):
            return estonian_stem(word.lower())
        if (
            not word.lower().startswith(lemma.lower())
            and lemma.lower() not in estonian_vocabulary()
        ):
            # simplemma guesses a foreign stem for some words dcgraph's names and cues are
            # made of ("üheksikusse" -> "üheksikk", "üheksik" -> "üks"): a known word, or
            # one plus a case ending, wins ("Eurofighteri" -> "Eurofightera").
            stem = estonian_stem(word.lower())
            if stem in estonian_vocabulary():
                return stem
        if lemma.endswith("nu") and word.endswith("nud"):
            # simplemma leaves many past participles at "-nu" ("osalenud" -> "osalenu"):
            # the verb is the participle's stem plus "-ma" ("osalema").
            verb = word[:-3].lower() + "ma"
            if simplemma.is_known(verb, lang="et"):
                return verb
        lower = word.lower()
        if len(lemma) + 1 < len(word) and lower.startswith(lemma.lower()):
            # simplemma cuts a class word or a system's or company's name down to a shorter
            # word it knows ("miinitõrjelaeva" -> "miinitõrje", "Jaguari" -> "jagu"): the
            # longer word the form is made of wins, when it is two or more letters longer
            # (one letter more is a stem vowel before an ending: "Tšehhisse" is "Tšehh") and
            # what follows it is as short as a case ending ("destroyed" is no "dest").
            stem = estonian_stem(lower)
            if len(lemma) + 1 < len(stem) >= len(lower) - 4 and stem in estonian_name_vocabulary():
                return stem
        return lemma.lower()
    return word.lower()


def estonian_stem(word: str) -> str:
    """An inflected word simplemma does not know ("õhuseires", "droone"): the longest known
    dictionary word of dcgraph's own vocabulary that it starts with, plus a case ending."""
    vocabulary = estonian_vocabulary()
    if word in vocabulary:
        return word
    for cut in range(1, min(6, len(word) - 3) + 1):
        if word[:-cut] in vocabulary:
            return word[:-cut]
    return word


@lru_cache(maxsize=1)
def estonian_vocabulary() -> frozenset[str]:
    """Estonian dictionary words dcgraph's lexicon and reference data use."""
    from dcgraph.lexicon import raw_lexicon
    from dcgraph.reference import load_reference

    words: set[str] = set()

    def collect(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                # Case endings are no words ("dele" would make "delegation" one).
                if key != "en" and key != "estonian_name_endings":
                    collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)
        elif isinstance(node, str):
            words.update(re.findall(r"[^\W\d_]{4,}", node.lower()))

    collect(raw_lexicon())
    reference = load_reference()
    for weapon_class in reference.weapon_classes.values():
        collect(list(weapon_class.terms_et))
    for portfolio in reference.portfolios.values():
        collect(list(portfolio.terms_et))
    for state in reference.states.values():
        collect(list(state.names_et))
        collect(list(state.cities))  # "Ankaras" is in Ankara, not an Anka drone
    # Names of companies, systems and organisations take Estonian case endings too:
    # "Otokari Arma", "Carl-Gustafi granaadiheitjad", "Baykari droonid".
    for entries in (reference.companies, reference.weapons, reference.organizations):
        for entry in entries.values():
            collect([entry.name, *entry.aliases, *getattr(entry, "names_et", ())])
    words.update(reference.estonian_forms)
    return frozenset(words)


@lru_cache(maxsize=1)
def estonian_name_vocabulary() -> frozenset[str]:
    """The words of Estonian weapon class terms and of systems' and companies' names: the
    longer words simplemma may cut down to a shorter one it knows."""
    from dcgraph.reference import load_reference

    reference = load_reference()
    phrases = [term for c in reference.weapon_classes.values() for term in c.terms_et]
    for entries in (reference.companies, reference.weapons):
        for entry in entries.values():
            phrases.extend((entry.name, *entry.aliases, *getattr(entry, "names_et", ())))
    words = {word for phrase in phrases for word in re.findall(r"[^\W\d_]{4,}", phrase.lower())}
    return frozenset(words | set(reference.estonian_forms))


#: What a surface string is, by language: its norm, its kind, and whether the normalised
#: stream drops it (1: a joiner, 2: a quote). The regex group a string matches depends on the
#: string alone, so this is worked out once per distinct string rather than per token.
_SURFACES: dict[str, dict[str, tuple[str, str, int]]] = {}


def _surface(surface: str, kind: str, language: str) -> tuple[str, str, int]:
    if kind == "word":
        return normalise_word(surface, language), kind, 0
    if kind == "poss":
        return "'s", kind, 0
    return surface, kind, 1 if surface in JOINERS else 2 if surface in QUOTES else 0


def tokenize(text: str, start: int, end: int, language: str) -> list[Token]:
    """Tokens of text[start:end] with document offsets; hyphens and quotes are dropped."""
    return [Token(*row) for row in token_rows(text, start, end, language)]


def token_rows(text: str, start: int, end: int, language: str) -> list[Row]:
    """What `tokenize` gives, as tuples: cheaper to make than Token objects."""
    language = language if language in LEMMATISED else "xx"
    known = _SURFACES.get(language)
    if known is None:
        known = _SURFACES[language] = {}
    tokens: list[Row] = []
    append = tokens.append
    joined_at = -1  # where a word must start to be joined to the previous one by a hyphen
    last_end = -1  # where the last kept token ends
    find = text.find
    position = start
    # No token spans whitespace, so the text is cut at whitespace first (in C) and only the
    # pieces that are not a bare word, or a word and one mark ("said,"), go through _TOKEN:
    # the regex costs several times what these checks do, on most of the text.
    for piece in text[start:end].split():
        begin = find(piece, position, end)
        position = stop = begin + len(piece)
        if piece.isalnum():
            info = known.get(piece)
            if info is None:
                info = known[piece] = _surface(piece, "word", language)
            append((piece, begin, stop, info[0], "word", begin == joined_at))
            last_end = stop
            continue
        mark = piece[-1]
        word = piece[:-1]
        if word.isalnum() and not mark.isalnum() and mark != "_":
            info = known.get(word)
            if info is None:
                info = known[word] = _surface(word, "word", language)
            append((word, begin, stop - 1, info[0], "word", begin == joined_at))
            last_end = stop - 1
            info = known.get(mark)
            if info is None:
                info = known[mark] = _surface(mark, "punct", language)
            norm, kind, dropped = info
            if dropped:  # a quote, or a hyphen that joins the word to the next
                if dropped == 1:
                    joined_at = stop
                continue
            append((mark, stop - 1, stop, norm, kind, False))
            last_end = stop
            continue
        for match in _TOKEN.finditer(text, begin, stop):
            surface = match.group()
            info = known.get(surface)
            if info is None:
                info = known[surface] = _surface(surface, match.lastgroup or "punct", language)
            norm, kind, dropped = info
            first, last = match.span()
            if dropped == 2 or (dropped == 1 and first == last_end):
                if dropped == 1:
                    joined_at = last
                continue
            append((surface, first, last, norm, kind, first == joined_at))
            last_end = last
    return tokens


#: Sentences, word sequences and the like seen before, in the bounded caches below: news
#: repeats its boilerplate, so a sentence's tokens, names and cues are worth keeping.
SEEN_LIMIT = 20_000
_Key = TypeVar("_Key", bound=Hashable)
_Value = TypeVar("_Value")


def remembered(cache: dict[_Key, _Value], key: _Key, make: Callable[[], _Value]) -> _Value:
    """`cache[key]`, made first if missing; the cache is emptied when it holds SEEN_LIMIT
    entries, so memory stays bounded however long a process runs."""
    value = cache.get(key)
    if value is None:
        value = make()
        if len(cache) >= SEEN_LIMIT:
            cache.clear()
        cache[key] = value
    return value


#: Tokens of sentences already seen, by language and text, with offsets into the sentence,
#: and their joined normalised forms: news repeats its boilerplate ("The ministry did not
#: disclose further details."), and a sentence's tokens depend on its own text alone (no
#: token spans whitespace, and a sentence is cut where whitespace follows). Cleared when
#: full, so memory stays bounded.
_SENTENCE_TOKENS: dict[tuple[str, str], tuple[tuple[Row, ...], str]] = {}
_NORM_OF_ROW = itemgetter(3)


def sentences(text: str, language: str | None) -> list[Sentence]:
    language = language or "en"
    mode = language if language in LEMMATISED else "xx"
    cache = _SENTENCE_TOKENS
    result = []
    for index, (start, end) in enumerate(split_sentences(text)):
        sentence_text = text[start:end]
        key = (sentence_text, mode)
        known = cache.get(key)
        if known is None:
            # Not through `remembered`: a first sighting keeps the rows it just made.
            rows = tuple(token_rows(sentence_text, 0, end - start, mode))
            known = (rows, " " + " ".join(map(_NORM_OF_ROW, rows)) + " ")
            if len(cache) >= SEEN_LIMIT:
                cache.clear()
            cache[key] = known
        result.append(Sentence(index, start, end, sentence_text, *known))
    return result


def normalise_phrase(phrase: str, language: str) -> tuple[str, ...]:
    """A gazetteer entry's normalised token sequence, as text tokens are normalised."""
    # Rows rather than tokens: a gazetteer normalises some 30,000 phrases as it is built.
    return tuple(map(_NORM_OF_ROW, token_rows(phrase, 0, len(phrase), language)))

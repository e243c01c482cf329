"""The cue lexicon of relation extraction (data/lexicon.yaml), normalised for matching."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from dcgraph.text import normalise_phrase, tokenize


@dataclass(frozen=True)
class CueSet:
    """Cue phrases of one kind in one language, as normalised token sequences."""

    single: frozenset[str]
    multi: dict[str, tuple[tuple[str, ...], ...]]  # by first word, longest first
    heads: frozenset[str]  # Estonian compound heads ("koostöö" matches "kaitsekoostöö")
    #: The words a cue can start with, but for compounds: positions and any_in call
    #: matches_at only where one stands (or a word long enough to end in a head).
    starts: frozenset[str] = field(init=False, repr=False, compare=False)

    #: Whether a word ends in one of the heads, by word: the test cuts the word at every
    #: place, and the same words come again and again.
    _compounds: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", self.single | frozenset(self.multi))

    def matches_at(self, norms: list[str], index: int) -> int:
        """Length in tokens of the cue starting at `index`, or 0."""
        word = norms[index]
        if word in self.starts:
            for phrase in self.multi.get(word, ()):
                if tuple(norms[index : index + len(phrase)]) == phrase:
                    return len(phrase)
            if word in self.single:
                return 1
        # Most words start no cue: only a compound's head is left to look for.
        if self.heads and len(word) > 5 and self._is_compound(word):
            return 1
        return 0

    def _is_compound(self, word: str) -> bool:
        """Whether a word ends in a head: Estonian compounds put the head last ("kaitse" +
        "koostöö")."""
        found = self._compounds.get(word)
        if found is None:
            if len(self._compounds) >= 50_000:
                self._compounds.clear()  # bounded, however many words a process sees
            found = self._compounds[word] = any(
                word[cut:] in self.heads for cut in range(1, len(word) - 4)
            )
        return found

    def positions(self, norms: list[str]) -> list[int]:
        starts, compounds = self.starts, bool(self.heads)
        return [
            index
            for index, word in enumerate(norms)
            if (word in starts or (compounds and len(word) > 5)) and self.matches_at(norms, index)
        ]

    def any_in(self, norms: list[str], start: int = 0, end: int | None = None) -> bool:
        stop = len(norms) if end is None else min(end, len(norms))
        starts, compounds = self.starts, bool(self.heads)
        for index in range(max(0, start), stop):
            word = norms[index]
            if (word in starts or (compounds and len(word) > 5)) and self.matches_at(norms, index):
                return True
        return False


#: Cue kinds matched on surface words, where tense and mood matter ("acquired" is done,
#: "acquiring" is not; Estonian "pole" is not every "on").
RAW_PATHS = frozenset(
    {
        "status.cancelled",
        "status.planned",
        "status.ordered",
        "status.intent",
        "status.delivered",
        "negation",
        "attache_planned",
        "attache_active",
        "attache_awaiting",
        "delivery_words",
    }
)


def surface_phrase(phrase: str) -> tuple[str, ...]:
    """A phrase as lower-cased surface words, split the way text is tokenised."""
    return tuple(token.text.lower() for token in tokenize(phrase, 0, len(phrase), "xx"))


def _cue_set(phrases: list[str], language: str, raw_only: bool = False) -> CueSet:
    single: set[str] = set()
    multi: list[tuple[str, ...]] = []
    heads: set[str] = set()
    for phrase in phrases:
        text = str(phrase).lstrip("-")
        raw = surface_phrase(text)
        normalised = raw if raw_only else normalise_phrase(text, language)
        for words in {normalised, raw}:
            if len(words) == 1:
                single.add(words[0])
            elif words:
                multi.append(words)
        if not raw_only and language == "et" and len(normalised) == 1 and len(normalised[0]) >= 5:
            heads.add(normalised[0])
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(set(multi), key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    return CueSet(
        frozenset(single),
        {word: tuple(phrases) for word, phrases in by_first.items()},
        frozenset(heads),
    )


@cache
def raw_lexicon() -> dict[str, Any]:
    text = files("dcgraph.data").joinpath("lexicon.yaml").read_text(encoding="utf-8")
    return dict(yaml.safe_load(text))


@cache
def cues(path: str, language: str) -> CueSet:
    """The cue set at a dotted path of the lexicon, e.g. `cues("status.planned", "en")`."""
    node: Any = raw_lexicon()
    for part in path.split("."):
        node = node[part]
    language = language if language in ("en", "et") else "en"
    phrases = node.get(language, []) if isinstance(node, dict) else node
    return _cue_set(list(phrases), language, raw_only=path in RAW_PATHS)


@cache
def word_list(name: str) -> frozenset[str]:
    """A plain word list of the lexicon's `word_lists`, matched against normalised words."""
    return frozenset(str(word) for word in raw_lexicon()["word_lists"][name])


@cache
def company_suffixes() -> frozenset[str]:
    return frozenset(str(word) for word in raw_lexicon()["company_suffixes"])


@cache
def company_name_ends() -> frozenset[str]:
    """Words that end a company's name wherever it stands (legal forms, industry words)."""
    return frozenset(str(word) for word in raw_lexicon()["company_name_ends"])


#: Cue kinds a sentence is scanned for, all in one pass.
CUE_PATHS = (
    "acquire",
    "supply",
    "use",
    "made",
    "produce",
    "arms",
    "status.cancelled",
    "status.planned",
    "status.ordered",
    "status.delivered",
    "negation",
    "attache_planned",
    "attache_active",
    "attache_awaiting",
    "cooperation.strong",
    "cooperation.weak",
    "cooperation.context",
    "attache",
    "posting",
    "membership",
    "company_nouns",
    "state_actor_nouns",
    "multilateral_modifiers",
    "joint_action",
    "deal_nouns",
    "status.intent",
    "delivery_words",
    "adversarial",
    "pair_anaphora",
    "participation",
    "selection",
    "rejected_after",
    "rejected_before",
    "considered_alternative",
    "elliptic_join",
    "withdrawal",
    "licence",
    "arrival",
    "composition",
    "delivery_followup",
    "contract_winning",
)


class CueIndex:
    """Every cue kind of one language in one Aho-Corasick automaton, so a sentence is
    scanned once, in C. Whole-word phrases are keyed " w1 w2 "; Estonian compound heads
    "head " (no leading space), so they match the end of a longer word."""

    def __init__(self, phrases: dict[tuple[str, ...], set[str]], heads: dict[str, set[str]]):
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        entries: dict[str, tuple[bool, set[str]]] = {}
        for phrase, kinds in phrases.items():
            key = " " + " ".join(phrase) + " "
            entries.setdefault(key, (False, set()))[1].update(kinds)
        for head, kinds in heads.items():
            entries.setdefault(head + " ", (True, set()))[1].update(kinds)
        for key, (is_head, kinds) in entries.items():
            # How many spaces of the joined words lie between a match's first word and the
            # end of the match: its spaces but the last, and one more for a head, which
            # starts inside its word.
            back = key.count(" ") - 1 + is_head
            self.automaton.add_word(key, (len(key), is_head, back, tuple(sorted(kinds))))
        self.empty = not entries
        if not self.empty:
            self.automaton.make_automaton()

    def scan(self, words: list[str], joined: str | None = None) -> dict[str, tuple[int, ...]]:
        """Positions (token indexes) where each kind of cue starts, in order. `joined` is
        the words as " w1 w2 ... ", for a caller that has them so already. (A sentence's
        cues are kept by its reader, SentenceView.cue_positions, for its next sighting.)"""
        if self.empty or not words:
            return {}
        if joined is None:
            joined = " " + " ".join(words) + " "
        # Every space separates two words unless a word holds one: then the spaces before a
        # match count the words before it, with no table of offsets to build. Matches come
        # in the order of their ends, so the spaces are counted on from the last match's.
        plain = joined.count(" ") == len(words) + 1
        spaces = counted = 0
        found: dict[str, list[int]] = {}
        starts: dict[int, int] | None = None
        ends: dict[int, int] = {}
        for end, (length, is_head, back, kinds) in self.automaton.iter(joined):
            index: int | None
            if plain:
                spaces += joined.count(" ", counted, end)
                counted = end
                index = spaces - back
            else:
                if starts is None:
                    starts, ends = _word_offsets(words)
                index = ends.get(end) if is_head else starts.get(end - length + 2)
                if index is None:
                    continue
            for kind in kinds:
                positions = found.get(kind)
                if positions is None:
                    found[kind] = [index]
                elif index not in positions:
                    positions.append(index)
        return {kind: tuple(sorted(positions)) for kind, positions in found.items()}


def _word_offsets(words: list[str]) -> tuple[dict[int, int], dict[int, int]]:
    """Index of the word that starts at each offset of the joined words, and that ends at each
    space."""
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    position = 1
    for index, word in enumerate(words):
        starts[position] = index
        position += len(word)
        ends[position] = index
        position += 1
    return starts, ends


@cache
def domain_paths() -> tuple[str, ...]:
    return tuple(f"domains.{name}" for name in raw_lexicon()["domains"])


@cache
def cue_index(language: str, raw: bool = False) -> CueIndex:
    """The one-pass index of the lemma-matched cue kinds, or (raw) the surface-matched ones."""
    language = language if language in ("en", "et") else "en"
    phrases: dict[tuple[str, ...], set[str]] = {}
    heads: dict[str, set[str]] = {}
    paths = (*CUE_PATHS, *domain_paths())
    for path in (p for p in paths if (p in RAW_PATHS) == raw):
        cue_set = cues(path, language)
        for word in cue_set.single:
            phrases.setdefault((word,), set()).add(path)
        for group in cue_set.multi.values():
            for phrase in group:
                phrases.setdefault(phrase, set()).add(path)
        for head in cue_set.heads:
            heads.setdefault(head, set()).add(path)
    return CueIndex(phrases, heads)

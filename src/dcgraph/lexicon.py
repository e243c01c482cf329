"""The cue lexicon of relation extraction (data/lexicon.yaml), normalised for matching."""

from __future__ import annotations

from dataclasses import dataclass
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

    def matches_at(self, norms: list[str], index: int) -> int:
        """Length in tokens of the cue starting at `index`, or 0."""
        word = norms[index]
        for phrase in self.multi.get(word, ()):
            if tuple(norms[index : index + len(phrase)]) == phrase:
                return len(phrase)
        if word in self.single:
            return 1
        if self.heads and len(word) > 5:
            # Estonian compounds put the head last: "kaitse" + "koostöö".
            for cut in range(1, len(word) - 4):
                if word[cut:] in self.heads:
                    return 1
        return 0

    def positions(self, norms: list[str]) -> list[int]:
        return [index for index in range(len(norms)) if self.matches_at(norms, index)]

    def any_in(self, norms: list[str], start: int = 0, end: int | None = None) -> bool:
        stop = len(norms) if end is None else min(end, len(norms))
        return any(self.matches_at(norms, index) for index in range(max(0, start), stop))


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
        for variant in {normalised, raw}:
            if len(variant) == 1:
                single.add(variant[0])
            elif variant:
                multi.append(variant)
        if not raw_only and language == "et" and len(normalised) == 1 and len(normalised[0]) >= 5:
            heads.add(normalised[0])
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(set(multi), key=len, reverse=True):
        by_first.setdefault(phrase[0], []).append(phrase)
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
def company_suffixes() -> frozenset[str]:
    return frozenset(str(word) for word in raw_lexicon()["company_suffixes"])


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
)


@dataclass(frozen=True)
class CueIndex:
    """Every cue kind of one language in one table, so a sentence is scanned once."""

    single: dict[str, tuple[str, ...]]
    multi: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    heads: dict[str, tuple[str, ...]]

    def scan(self, norms: list[str]) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}

        def add(kind: str, index: int) -> None:
            positions = found.setdefault(kind, [])
            if not positions or positions[-1] != index:
                positions.append(index)

        single, multi, heads = self.single, self.multi, self.heads
        for index, word in enumerate(norms):
            for kind in single.get(word, ()):
                add(kind, index)
            for phrase, kind in multi.get(word, ()):
                if tuple(norms[index : index + len(phrase)]) == phrase:
                    add(kind, index)
            if heads and len(word) > 5:
                for cut in range(1, len(word) - 4):
                    for kind in heads.get(word[cut:], ()):
                        add(kind, index)
        return found


def domain_paths() -> tuple[str, ...]:
    return tuple(f"domains.{name}" for name in raw_lexicon()["domains"])


@cache
def cue_index(language: str, raw: bool = False) -> CueIndex:
    """The one-pass table of the lemma-matched cue kinds, or (raw) the surface-matched ones."""
    language = language if language in ("en", "et") else "en"
    single: dict[str, list[str]] = {}
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    heads: dict[str, list[str]] = {}
    paths = (*CUE_PATHS, *domain_paths())
    for path in (p for p in paths if (p in RAW_PATHS) == raw):
        cue_set = cues(path, language)
        for word in cue_set.single:
            single.setdefault(word, []).append(path)
        for first, phrases in cue_set.multi.items():
            multi.setdefault(first, []).extend((phrase, path) for phrase in phrases)
        for head in cue_set.heads:
            heads.setdefault(head, []).append(path)
    return CueIndex(
        {word: tuple(kinds) for word, kinds in single.items()},
        {word: tuple(entries) for word, entries in multi.items()},
        {word: tuple(kinds) for word, kinds in heads.items()},
    )

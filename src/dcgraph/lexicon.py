"""The cue lexicon of relation extraction (data/lexicon.yaml), normalised for matching."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from dcgraph.text import normalise_phrase


@dataclass(frozen=True)
class CueSet:
    """Cue phrases of one kind in one language, as normalised token sequences."""

    single: frozenset[str]
    multi: tuple[tuple[str, ...], ...]
    heads: frozenset[str]  # Estonian compound heads ("koostöö" matches "kaitsekoostöö")

    def matches_at(self, norms: list[str], index: int) -> int:
        """Length in tokens of the cue starting at `index`, or 0."""
        for phrase in self.multi:
            if tuple(norms[index : index + len(phrase)]) == phrase:
                return len(phrase)
        word = norms[index]
        if word in self.single:
            return 1
        if self.heads and any(word.endswith(head) for head in self.heads):
            return 1
        return 0

    def positions(self, norms: list[str]) -> list[int]:
        return [index for index in range(len(norms)) if self.matches_at(norms, index)]

    def any_in(self, norms: list[str], start: int = 0, end: int | None = None) -> bool:
        stop = len(norms) if end is None else min(end, len(norms))
        return any(self.matches_at(norms, index) for index in range(max(0, start), stop))


def _cue_set(phrases: list[str], language: str) -> CueSet:
    single: set[str] = set()
    multi: list[tuple[str, ...]] = []
    heads: set[str] = set()
    for phrase in phrases:
        text = str(phrase).lstrip("-")
        normalised = normalise_phrase(text, language)
        raw = tuple(text.lower().split())
        for variant in {normalised, raw}:
            if len(variant) == 1:
                single.add(variant[0])
            elif variant:
                multi.append(variant)
        if language == "et" and len(normalised) == 1 and len(normalised[0]) >= 5:
            heads.add(normalised[0])
    multi.sort(key=len, reverse=True)
    return CueSet(frozenset(single), tuple(multi), frozenset(heads))


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
    return _cue_set(list(phrases), language)


@cache
def domain_cues(language: str) -> tuple[tuple[str, CueSet], ...]:
    language = language if language in ("en", "et") else "en"
    return tuple(
        (domain, _cue_set(list(by_language.get(language, [])), language))
        for domain, by_language in raw_lexicon()["domains"].items()
    )


@cache
def company_suffixes() -> frozenset[str]:
    return frozenset(str(word) for word in raw_lexicon()["company_suffixes"])

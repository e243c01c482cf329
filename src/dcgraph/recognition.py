"""Entity recognition: one Aho-Corasick automaton over normalised tokens, per language.

The gazetteer holds every name dcgraph's reference data knows (states with their English and
Estonian names, demonyms and cities; organisations; regions; companies; weapon systems;
generic weapon classes; ministries by portfolio), each normalised the way text is. A
sentence's tokens are joined into one normalised string and matched in a single pass; the
longest match wins where matches overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter

import ahocorasick

from dcgraph.lexicon import company_suffixes, raw_lexicon, word_list
from dcgraph.reference import ReferenceData, is_case_sensitive, load_reference
from dcgraph.text import (
    Sentence,
    Token,
    added_to_lemma,
    normalise_phrase,
    normalise_word,
    remembered,
)

#: Which kind wins when two matches cover exactly the same tokens.
KIND_PRIORITY = {
    "non_entity": 0,
    "weapon": 1,
    "company": 2,
    "organization": 3,
    "region": 4,
    "portfolio": 5,
    "state": 6,
    "demonym": 7,
    "weapon_class": 8,
    "city": 9,
}

#: Names that are foreign proper nouns in an Estonian text (see `Gazetteer._add`).
PROPER_NAME_KINDS = frozenset({"company", "weapon", "organization"})

#: Estonian case endings, longest first, and the role they usually give a name.
ESTONIAN_CASES = (
    ("sse", "illative"),
    ("ga", "comitative"),
    ("st", "elative"),
    ("lt", "ablative"),
    ("le", "allative"),
    ("ks", "translative"),
    ("na", "essive"),
    ("ni", "terminative"),
    ("ta", "abessive"),
    ("s", "inessive"),
    ("l", "adessive"),
)


@cache
def _transliteration() -> tuple[frozenset[str], re.Pattern[str], dict[str, str]]:
    """The lexicon's Estonian transliteration: the states it applies to, a pattern of the
    English letters (longest first) and the Estonian letters for each."""
    table = raw_lexicon()["estonian_transliteration"]
    letters = {str(english): str(estonian) for english, estonian in table["letters"]}
    pattern = re.compile("|".join(map(re.escape, letters)), re.IGNORECASE)
    return frozenset(table["states"]), pattern, letters


def _estonian_transliterations(names: Iterable[str]) -> list[str]:
    """The names as Estonian transliterates Russian ("Yak-130" -> "Jak-130", "Kinzhal" ->
    "Kinžal"), where that differs; the case of each replaced letter is kept."""

    _, transliterated, estonian_letters = _transliteration()

    def estonian(match: re.Match[str]) -> str:
        english = match.group()
        letters = estonian_letters[english.lower()]
        return letters[0].upper() + letters[1:] if english[0].isupper() else letters

    variants = []
    for name in names:
        variant = transliterated.sub(estonian, name)
        if variant != name:
            variants.append(variant)
    return variants


#: Case endings written after a hyphen on abbreviations ("USA-st", "NATO-ga", "ELi").
HYPHENATED_CASES = {ending: case for ending, case in ESTONIAN_CASES} | {
    "sse": "illative",
    "le": "allative",
    "lt": "ablative",
    "st": "elative",
    "s": "inessive",
    "l": "adessive",
    "ga": "comitative",
    "iga": "comitative",
    "ist": "elative",
    "ile": "allative",
    "ilt": "ablative",
    "is": "inessive",
    "il": "adessive",
    "isse": "illative",
    "ks": "translative",
    "na": "essive",
    "ni": "terminative",
    "ta": "abessive",
}


@dataclass(frozen=True)
class Entry:
    """One name in the gazetteer."""

    kind: str
    target: str  # a key: ISO2, slug, category or portfolio slug
    case: str  # "any", "title" or "exact"
    surface: tuple[str, ...]  # the name's own word forms, for the exact-case check
    state: str | None = None  # demonyms, cities and state-specific ministries


#: Entries by what they are made from (kind, target, phrase, default case, state, case
#: sensitivity), shared by the gazetteers of both languages.
_ENTRIES: dict[tuple[str, str, str, str, str | None, bool], Entry] = {}


# Slots: no dictionary per mention (a document makes many), fewer objects for the garbage
# collector to walk.
@dataclass(slots=True)
class Mention:
    """A recognised name in a sentence: token span, what it is, and what surrounds it."""

    kind: str
    target: str
    first: int  # index of the first token
    last: int  # index after the last token
    start: int  # document offsets
    end: int
    text: str
    state: str | None = None
    possessive: bool = False
    case: str | None = None  # Estonian case of the last word, when inflected
    consumed: bool = False  # absorbed into another mention (a ministry's state, ...)
    states: tuple[str, ...] = ()  # for ministries named for several states at once
    hints: dict[str, str] = field(default_factory=dict)

    @property
    def acts_as_state(self) -> str | None:
        """The state this mention stands for in a state-level fact, if any."""
        if self.kind in ("state", "demonym"):
            return self.state
        if self.kind == "ministry":
            return self.state
        return None


class Gazetteer:
    """All names of the reference data, normalised for one language, in one automaton."""

    def __init__(self, reference: ReferenceData, language: str) -> None:
        self.language = language
        self.reference = reference
        self.automaton = ahocorasick.Automaton()
        self._entries: dict[str, list[Entry]] = {}
        self.class_phrases: dict[tuple[str, ...], str] = {}
        #: Spans found in sentences seen before, by text and normalised forms. A span holds
        #: its entry's index in `_entry_list`, not the entry: a tuple of ints and strings only
        #: is one the garbage collector stops tracking, and this cache is most of what
        #: outlives a document (with entries in it, every full collection walked it).
        self._found: dict[tuple[str, str], tuple[tuple[int, int, int], ...]] = {}
        self._entry_list: list[Entry] = []
        self._one_word_names: list[tuple[str, Entry]] = []
        self._companies: dict[str, int] | None = None
        for phrase, entry in self._names(reference):
            self._add(phrase, entry)
        self._add_class_names(reference)
        self._add_inflected_names()
        if language == "et":
            self._add_inflected_state_names(reference)
            self._add_short_illatives()
        self._add_designation_variants()
        # By id: every entry lives as long as the automaton that holds it.
        index_of: dict[int, int] = {}
        # By the list's id too: a designation's variants share one list of entries (most
        # keys are variants), and every list lives as long as `_entries`.
        matched_of: dict[int, tuple[tuple[Entry, int, int], ...]] = {}
        add_word = self.automaton.add_word
        for key, entries in self._entries.items():
            matched = matched_of.get(id(entries))
            if matched is None:
                rows = []
                for entry in entries:
                    index = index_of.get(id(entry))
                    if index is None:
                        index = index_of[id(entry)] = len(self._entry_list)
                        self._entry_list.append(entry)
                    rows.append((entry, index, KIND_PRIORITY[entry.kind]))
                matched = matched_of[id(entries)] = tuple(rows)
            # The value carries the key's length and word count (where a match began) and
            # each entry with its index in `_entry_list` and its kind's priority: what
            # _spans keeps and sorts by, looked up once here rather than per match.
            add_word(key, (len(key), key.count(" ") - 1, matched))
        self.automaton.make_automaton()

    def _add(self, phrase: str, entry: Entry) -> None:
        normalised = normalise_phrase(phrase, self.language)
        # No letter or digit in any word (what `_WORD_PIECE` finds is what str.isalnum tells).
        if not normalised or not _WORD_PIECE.search("".join(normalised)):
            return
        self._add_key(normalised, entry)
        if self.language == "en" and entry.kind == "weapon" and phrase[-1:].isalpha():
            # "Eurofighters", "Gripens": English plurals of names lemmatisers do not know.
            plural = normalise_phrase(phrase + "s", self.language)
            if plural != normalised:
                self._add_key(plural, entry)
        if self.language == "et" and entry.kind == "demonym" and phrase[:1].islower():
            # Text capitalises these adjectives, and simplemma lemmatises the two spellings
            # apart: "Briti sõdurid" reads "briti", the lower-case "briti" reads "britt".
            capitalised = normalise_phrase(phrase[:1].upper() + phrase[1:], self.language)
            if capitalised != normalised:
                self._add_key(capitalised, entry)
        if self.language == "et" and entry.kind == "weapon" and "class" in normalised:
            # "Sandowni-klassi miinijahtija": Estonian writes a ship class "-klass".
            self._add_key(tuple("klass" if w == "class" else w for w in normalised), entry)
        if self.language == "et" and entry.kind in PROPER_NAME_KINDS:
            # A foreign name can read as an Estonian word ("Saab": "saama", to get) while its
            # inflected forms do not ("Saabi" -> "saab"): its plain spelling is a key too.
            surface = normalise_phrase(phrase, "xx")
            if surface != normalised:
                self._add_key(surface, entry)
            if (
                entry.kind != "organization"
                and len(phrase) >= 4
                and phrase.isalpha()
                and phrase[0].isupper()
                and phrase[1:].islower()
            ):
                self._one_word_names.append((phrase, entry))
        if (
            self.language == "et"
            and entry.kind == "portfolio"
            and entry.state is not None
            and len(phrase) >= 4
            and phrase.isalpha()
            and phrase.islower()
        ):
            # "Pentagoni teatel": a state's one-word name for its own body is a proper name,
            # whose case forms simplemma does not know (the forms match capitalised only)
            self._one_word_names.append((phrase.capitalize(), entry))

    def _add_inflected_names(self) -> None:
        """ "Krabi", "Jaguari": simplemma reads some case forms of a foreign one-word name as
        another word ("krabi", crab; "jagu"), so the name's own key misses them. The lemma of
        each such form becomes a key of the name, matched only where the text spells the name
        with its capital and an ending (`_case_fits`); a key that already names something
        (a city, a word of another name) keeps its meaning."""
        endings = sorted(word_list("estonian_name_endings"))
        made: dict[str, list[Entry]] = {}
        for phrase, entry in self._one_word_names:
            own = normalise_word(phrase, self.language)
            exact = Entry(entry.kind, entry.target, "exact", (phrase,), entry.state)
            for ending in endings:
                # One word of letters: its one token's normalised form, without the tokeniser.
                normalised = normalise_word(phrase + ending, self.language)
                key = f" {normalised} "
                if normalised == own or key in self._entries:
                    continue
                bucket = made.setdefault(key, [])
                if exact not in bucket:
                    bucket.append(exact)
        self._entries.update(made)
        self._one_word_names = []

    def _add_class_names(self, reference: ReferenceData) -> None:
        """ "The Archer class": a class of ships is named without the kind of ship its entry
        is named with ("Archer-class submarine")."""
        for weapon in reference.weapons.values():
            for name in (weapon.name, *weapon.aliases):
                match = _CLASS_NAME.match(name)
                if match is None:
                    continue
                ship = match.group(1)
                bare = normalise_phrase(f"{ship} class", self.language)
                named = self._entries.get(" " + " ".join(bare) + " ", ())
                if not any(entry.kind == "weapon" for entry in named):
                    self._add(f"{ship} class", Entry("weapon", weapon.key, "title", (ship,)))

    def _add_inflected_state_names(self, reference: ReferenceData) -> None:
        """ "Sveitsist", "Tšehhisse", "Uus-Meremaale": simplemma reads some case forms of a
        state's Estonian name as another lemma ("sveitsi", "tšehh", "meremaal") than the
        name's own, so its key misses them. As in `_add_inflected_names`, the lemma of each
        form of the name's last word becomes a key of the state, matched only where the text
        spells the name with its capital and an ending; a key may name other things too,
        whose own spelling check tells them apart ("Kataris" is not "Katmandu")."""
        endings = sorted(word_list("estonian_state_endings"))
        for state in reference.states.values():
            for phrase in state.names_et:
                words = tuple(_WORD_PIECE.findall(phrase))
                if not words or not phrase[:1].isupper() or not words[-1][1:].islower():
                    continue  # abbreviations ("AÜE") take their endings after a hyphen
                own = normalise_phrase(phrase, self.language)
                exact = Entry("state", state.key, "exact", words, state.key)
                for ending in endings:
                    normalised = normalise_phrase(phrase + ending, self.language)
                    if normalised == own or len(normalised) != len(words):
                        continue
                    key = " " + " ".join(normalised) + " "
                    bucket = self._entries.setdefault(key, [])
                    if not any(e.state == state.key for e in bucket):
                        bucket.append(exact)

    def _add_short_illatives(self) -> None:
        """ "akrediteeritud ka Leetu": a state's short illative that its name's key misses
        becomes a key of the state, matched where the text spells that form."""
        for form, name in raw_lexicon()["estonian_short_illatives"].items():
            form, name = str(form), str(name)
            key = " " + " ".join(normalise_phrase(form, self.language)) + " "
            own = " " + " ".join(normalise_phrase(name, self.language)) + " "
            if key in self._entries:
                continue  # "Iraaki" reads as "Iraak" already
            states = [e for e in self._entries.get(own, ()) if e.kind == "state"]
            if states:
                self._entries[key] = [
                    Entry("state", e.target, "exact", tuple(_WORD_PIECE.findall(form)), e.state)
                    for e in states[:1]
                ]

    def state_of_word(self, norm: str) -> str | None:
        """The state one normalised word names on its own ("german", "hollandi", "finland"),
        if it names exactly one: the parts of "German-Netherlands Corps"."""
        states = {
            entry.state
            for entry in self._entries.get(f" {norm} ", ())
            if entry.kind in ("state", "demonym") and entry.state
        }
        return states.pop() if len(states) == 1 else None

    def _add_designation_variants(self) -> None:
        """ "P-3B", "C-130H", "Su-30MKA": a variant letter after a known designation that ends
        in its number names the same system, unless the reference data lists the variant as
        a system of its own."""
        endings = [suffix + " " for suffix in sorted(word_list("variant_suffixes"))]
        add = self._entries.setdefault
        for key, entries in list(self._entries.items()):
            # Keys are " w1 w2 ": most do not end in a digit, and are passed over unsplit.
            if not key[-2:-1].isdigit():
                continue
            words = key.split()
            weapons = [e for e in entries if e.kind == "weapon"]
            if len(words) < 2 or not words[-1].isdigit() or len(weapons) != 1:
                continue
            stem = key[:-1]
            for ending in endings:
                add(stem + ending, weapons)

    def _add_key(self, normalised: tuple[str, ...], entry: Entry) -> None:
        key = " " + " ".join(normalised) + " "
        bucket = self._entries.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        if entry.kind == "weapon_class":
            self.class_phrases.setdefault(normalised, entry.target)

    def _names(self, reference: ReferenceData) -> Iterable[tuple[str, Entry]]:
        def entry(
            kind: str,
            target: str,
            phrase: str,
            *,
            default: str = "title",
            state: str | None = None,
            sensitive: bool = False,
        ) -> tuple[str, Entry]:
            # Both languages' gazetteers list mostly the same names: an entry is made once.
            key = (kind, target, phrase, default, state, sensitive)
            made = _ENTRIES.get(key)
            if made is None:
                words = tuple(_WORD_PIECE.findall(phrase))
                case = "exact" if is_case_sensitive(phrase, sensitive) else default
                if case == "title" and phrase[:1].islower():
                    case = "any"  # a name the reference writes lower-case: "droonikoalitsioon"
                made = _ENTRIES[key] = Entry(kind, target, case, words, state)
            return phrase, made

        for state in reference.states.values():
            # Estonian names in English text are English words: "Island" (Iceland), "Islands".
            names_et = state.names_et if self.language == "et" else ()
            for name in (state.name, *state.aliases, *names_et):
                yield entry("state", state.key, name, state=state.key)
            for demonym in state.demonyms_en:
                yield entry("demonym", state.key, demonym, state=state.key)
            for adjective in state.adjectives_et:
                yield entry("demonym", state.key, adjective, default="any", state=state.key)
            for city in state.cities:
                yield entry("city", state.key, city, state=state.key)
        for organization in reference.organizations.values():
            sensitive = bool(getattr(organization, "case_sensitive", False))
            for name in (organization.name, *organization.aliases, *organization.names_et):
                yield entry("organization", organization.key, name, sensitive=sensitive)
        for region in reference.regions.values():
            for name in (region.name, *region.aliases, *region.names_et):
                yield entry("region", region.key, name)
        for company in reference.companies.values():
            sensitive = bool(getattr(company, "case_sensitive", False))
            for name in (company.name, *company.aliases, *getattr(company, "names_et", ())):
                for spelling in _legal_form_variants(name):
                    yield entry(
                        "company", company.key, spelling, sensitive=sensitive, state=company.state
                    )
        for weapon in reference.weapons.values():
            sensitive = bool(getattr(weapon, "case_sensitive", False))
            names = (weapon.name, *weapon.aliases)
            if self.language == "et":
                names = (*names, *weapon.names_et)
                if weapon.origin in _transliteration()[0]:
                    names = (*names, *_estonian_transliterations(names))
            for name in names:
                yield entry("weapon", weapon.key, name, sensitive=sensitive)
        for category, weapon_class in reference.weapon_classes.items():
            for term in (*weapon_class.terms_en, *weapon_class.terms_et):
                yield entry("weapon_class", category, term, default="any")
        for portfolio in reference.portfolios.values():
            for term in (*portfolio.terms_en, *portfolio.terms_et):
                yield entry("portfolio", portfolio.slug, term, default="any")
        for special in reference.state_specific_portfolios():
            for term in (*special.terms_en, *special.terms_et):
                yield entry("portfolio", special.slug, term, default="any", state=special.state)
        # "his Azerbaijani counterpart": the ministry of the portfolio last named.
        for term in ("counterpart", "ametikaaslane", "kolleeg"):
            yield entry("portfolio", "counterpart", term, default="any")
        for name in raw_lexicon().get("non_entities", []):
            yield entry("non_entity", "-", str(name))

    def find(self, sentence: Sentence) -> list[Mention]:
        """The names in one sentence, longest first where they overlap."""
        if not sentence.rows:
            return []
        joined = sentence.joined
        # Which names a sentence holds depends on its text and normalised forms alone: a
        # sentence seen before (boilerplate) reuses its spans, with fresh mentions.
        key = (sentence.text, joined)
        spans = self._found.get(key)
        if spans is None:
            spans = remembered(self._found, key, lambda: self._spans(sentence, joined))
        if not spans:
            return []  # most sentences: their Token objects are not made at all
        entries = self._entry_list
        return [self._mention(sentence, first, last, entries[i]) for first, last, i in spans]

    def _spans(self, sentence: Sentence, joined: str) -> tuple[tuple[int, int, int], ...]:
        """Token spans and entries of the names in a sentence, in text order."""
        # A match starts at the space before its first token, so the spaces before it count
        # the tokens before it, unless a normalised form holds a space of its own.
        plain = joined.count(" ") == len(sentence.rows) + 1
        token_at: dict[int, int] | None = None
        # (-length, kind priority, first token, order found, last token, entry index, entry):
        # sorted as tuples, longest first, then by kind and place, else in the order found.
        candidates: list[tuple[int, int, int, int, int, int, Entry]] = []
        append = candidates.append
        # Companies a name may start with, by first token: "Patria AMV" names Patria too.
        companies_at: dict[int, list[tuple[int, int, Entry]]] = {}
        tokens: list[Token] = []
        for end_index, (key_length, words, entries) in self.automaton.iter(joined):
            if not tokens:
                tokens = sentence.tokens  # only once a name may be there
            begin = end_index - key_length + 1
            if plain:
                first: int | None = joined.count(" ", 0, begin)
            else:
                if token_at is None:
                    token_at = _token_starts(tokens)
                first = token_at.get(begin)
            if first is None:
                continue
            last = first + words
            for entry, index, priority in entries:
                case = entry.case
                if priority == _COMPANY_PRIORITY:
                    # Its case is checked only where a system's name starts with it.
                    companies_at.setdefault(first, []).append((last, index, entry))
                if case == "any":
                    append((-words, priority, first, len(candidates), last, index, entry))
                elif case == "title" and tokens[first].kind == "word":
                    # _case_fits's test of the first word, without its list of the words.
                    initial = tokens[first].text[:1]
                    if (initial.isupper() or initial.isdigit()) and _spelling_fits(
                        tokens[first].text, entry.surface
                    ):
                        append((-words, priority, first, len(candidates), last, index, entry))
                elif _case_fits(entry, tokens[first:last]):
                    append((-words, priority, first, len(candidates), last, index, entry))
        if not candidates:
            return ()
        if len(candidates) > 1:
            candidates.sort()
        taken = [False] * len(tokens)
        spans: list[tuple[int, int, int]] = []
        for _, _, first, _, last, index, entry in candidates:
            if any(taken[first:last]):
                continue
            for position in range(first, last):
                taken[position] = True
            kind = entry.kind
            if kind == "non_entity":
                continue
            if kind == "weapon" and first in companies_at:
                maker = self._maker_prefix(companies_at[first], entry, tokens, first, last)
                if maker is not None:
                    spans.append((first, maker[0], maker[1]))
                    first = maker[0]
            if (kind == "state" or kind == "demonym") and _is_person_name(tokens, first, last):
                continue
            if kind == "weapon" and first > 0 and tokens[first - 1].text in _SHIP_PREFIXES:
                continue  # "RSS Archer" is a ship, not the Archer howitzer
            spans.append((first, last, index))
        if len(spans) > 1:
            spans.sort(key=_FIRST)
        return tuple(spans)

    def _maker_prefix(
        self,
        companies: list[tuple[int, int, Entry]],
        weapon: Entry,
        tokens: list[Token],
        first: int,
        last: int,
    ) -> tuple[int, int] | None:
        """ "Patria AMV", "Rafael Spike", "Airbusi C295": a system's name that starts with its
        maker's (or the maker's parent's) names the maker too, where the rest is a name of the
        system on its own ("Saab 105", "Patria 6x6" are not). The end of the maker's name and
        the entry index of the maker, if the name starts so."""
        system = self.reference.weapons.get(weapon.target)
        if system is None or not system.manufacturers:
            return None
        for end, index, company in companies:
            rest = " " + " ".join(token.norm for token in tokens[end:last]) + " "
            if end >= last or not any(
                other.kind == "weapon" and other.target == weapon.target
                for other in self._entries.get(rest, ())
            ):
                continue
            if not _case_fits(company, tokens[first:end]):
                continue
            if company.target in system.manufacturers:
                return end, index
            owned = [
                maker
                for maker in system.manufacturers
                if (entry := self.reference.companies.get(maker)) and entry.parent == company.target
            ]
            if len(owned) == 1:
                subsidiary = self._company_index().get(owned[0])
                if subsidiary is not None:
                    return end, subsidiary
        return None

    def _company_index(self) -> dict[str, int]:
        """An index in `_entry_list` of an entry naming each company."""
        if self._companies is None:
            self._companies = {}
            for index, entry in enumerate(self._entry_list):
                if entry.kind == "company":
                    self._companies.setdefault(entry.target, index)
        return self._companies

    def _mention(self, sentence: Sentence, first: int, last: int, entry: Entry) -> Mention:
        tokens = sentence.tokens
        start, end = tokens[first].start, tokens[last - 1].end
        text = sentence.text[start - sentence.start : end - sentence.start]
        # Positional: a third of the cost of keywords, for one mention of every name found.
        mention = Mention(entry.kind, entry.target, first, last, start, end, text, entry.state)
        if last < len(tokens) and tokens[last].kind == "poss":
            mention.possessive = True
        if self.language == "et":
            mention.case = estonian_case(tokens[last - 1])
            if mention.case is None and entry.kind == "state" and entry.case == "exact":
                # "Uus-Meremaale": a form whose lemma is not the name's own ("meremaal") adds
                # nothing to its lemma, but its ending follows the name's spelling
                # (`_add_inflected_state_names`).
                ending = _ending_after(tokens[last - 1].text, entry.surface[-1])
                mention.case = HYPHENATED_CASES.get(ending) if ending else None
            if last < len(tokens) and tokens[last].joined_before:
                # "USA-st", "NATO-ga", "HIMARS-i": the case ending follows a hyphen.
                mention.case = HYPHENATED_CASES.get(tokens[last].lower, mention.case)
        return mention


_FIRST = itemgetter(0)
_COMPANY_PRIORITY = KIND_PRIORITY["company"]
_SHIP_PREFIXES = word_list("ship_prefixes")


def _ending_after(text: str, name: str) -> str:
    """What a word adds to a name it starts with ("Sveitsist", "Sveits": "ist"), else ""."""
    lower = text.lower()
    return lower[len(name) :] if lower.startswith(name.lower()) else ""


def _token_starts(tokens: list[Token]) -> dict[int, int]:
    """Token index by the offset of the space before it in the joined normalised forms."""
    token_at: dict[int, int] = {}
    position = 1
    for index, token in enumerate(tokens):
        token_at[position - 1] = index
        position += len(token.norm) + 1
    return token_at


_WORD_PIECE = re.compile(r"[^\W_]+")

#: The first ship's name a class is named for: "Rajah Sulayman-class OPV", "Kilo class".
_CLASS_NAME = re.compile(r"([A-Z][\w' ]*?[\w'])[- ]class\b")


def _spelling_fits(text: str, surface: tuple[str, ...]) -> bool:
    """Whether a capitalised word spells the name it lemmatises to, but for an ending: "Soomes"
    is Finland's, while "Oma" (own) reads as the lemma of "Omani", "Abi" (help) as that of
    "Abidjan", "Kataris" (in Qatar) as that of "Katmandu" and "Limas" as that of "Limassol".
    A long name may change a consonant of its last syllable ("Ühendriigid" -> "Ühendriikidest")
    in a form no shorter than itself."""
    if not surface:
        return True
    name = surface[0].lower()
    lower = text.lower()
    if lower.startswith(name[: len(name) - 1 or 1]):
        return True
    return len(name) >= 8 and len(lower) >= len(name) and lower.startswith(name[:-3])


def _case_fits(entry: Entry, tokens: list[Token]) -> bool:
    if entry.case == "any":
        return True
    words = [token for token in tokens if token.kind == "word"]
    if not words:
        return False
    if entry.case == "title":
        first = words[0].text
        return first[:1].isupper() or first[:1].isdigit()
    surface = tuple(word.text for word in words)
    if surface == entry.surface:
        return True
    if any("." in text for text in surface):
        # "U.S." is one token "U.S" and a full stop; the entry's surface is ("U", "S").
        surface = tuple(piece for text in surface for piece in _WORD_PIECE.findall(text))
        if surface == entry.surface:
            return True
    # Estonian case endings follow the exact name: "Javelini", "HIMARS-i" (a separate token),
    # plural ones too: "Typhoonidega", "Gripenitesse".
    return len(surface) == len(entry.surface) and all(
        text.startswith(name) and len(text) - len(name) <= 6
        for text, name in zip(surface, entry.surface, strict=True)
    )


_TITLES = frozenset(
    [
        "minister",
        "president",
        "secretary",
        "chief",
        "general",
        "gen",
        "ambassador",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prime",
        "premier",
        "spokesman",
        "spokesperson",
        "commander",
        "admiral",
        "colonel",
        "col",
        "lieutenant",
    ]
)


def _is_person_name(tokens: list[Token], first: int, last: int) -> bool:
    """ "Defense Minister Israel Katz": a state's name used as a person's first name."""
    if first == 0 or last >= len(tokens):
        return False
    before, after = tokens[first - 1], tokens[last]
    return (
        before.norm in _TITLES
        and after.kind == "word"
        and after.is_title
        and not after.is_upper
        and after.norm not in ("'s",)
    )


@cache
def _short_illatives() -> dict[str, str]:
    """Short illatives of state names that lemmatising misses, lower-cased, and the names."""
    table = raw_lexicon()["estonian_short_illatives"]
    return {str(form).lower(): str(name) for form, name in table.items()}


def estonian_case(token: Token) -> str | None:
    """The case an inflected Estonian name carries ("Soomega": comitative), else None."""
    lower = token.text.lower()
    if lower in _short_illatives() and not token.is_upper:
        return "illative"  # "Leetu", "Türki", "Iraaki"
    if lower == token.norm or token.is_upper:
        return None
    # Only what the word adds to its lemma can be a case ending: "Jaapani" is "Jaapan" + "i"
    # (genitive), not a terminative in "-ni".
    added = len(added_to_lemma(token))
    for ending, case in ESTONIAN_CASES:
        if lower.endswith(ending) and len(lower) > len(ending) + 2 and added >= len(ending):
            return case
        if ending == "sse" and lower == token.norm + "se" and token.norm.endswith("s"):
            return case  # "Egiptusse": the lemma "Egiptus" lends the ending its first "s"
    # The short illative doubles the stem's last consonant: "Läti" -> "Lätti" (to Latvia).
    if (
        len(lower) >= 4
        and lower[-1] in "aeiuõäöü"
        and lower[-2] == lower[-3]
        and lower[-2] not in "aeiouõäöü"
        and lower[:-2] + lower[-1] == token.norm
    ):
        return "illative"
    return None


#: A legal form written out or short: "Hindustan Aeronautics Limited" is also "... Ltd".
_LEGAL_FORMS = (("Limited", "Ltd"), ("Corporation", "Corp"), ("Incorporated", "Inc"))


def _legal_form_variants(name: str) -> list[str]:
    """The name, and the name with its legal form written the other way: a shorter company's
    name must not win inside a longer one's ("Hindustan Aeronautics Ltd." is not the
    Israeli "Aeronautics Ltd")."""
    spellings = [name]
    stem, _, last = name.rpartition(" ")
    for long, short in _LEGAL_FORMS:
        if stem and last == long:
            spellings.append(f"{stem} {short}")
        elif stem and last.rstrip(".") == short:
            spellings.append(f"{stem} {long}")
    return spellings


@cache
def gazetteer(language: str) -> Gazetteer:
    """The gazetteer of one language, built once per process."""
    language = language if language in ("en", "et") else "en"
    return Gazetteer(load_reference(), language)


def looks_like_company_name(tokens: list[Token], first: int) -> int:
    """Length of an unknown capitalised name ending in a corporate word ("Meteor Aerospace")."""
    suffixes = company_suffixes()
    index = first
    while (
        index < len(tokens)
        and tokens[index].kind == "word"
        and (tokens[index].is_title or tokens[index].is_upper)
    ):
        index += 1
        if tokens[index - 1].text in suffixes and index - first >= 2:
            return index - first
    return 0

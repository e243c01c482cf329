"""A generated corpus of defence-cooperation news for benchmarks: English and Estonian
documents written from sentence templates over the reference data (states, companies,
systems), with filler paragraphs in between, so extraction and loading meet text of the
genre's shape and size. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from dcgraph.reference import (
    CompanyEntry,
    ReferenceData,
    StateEntry,
    WeaponClassEntry,
    WeaponEntry,
    load_reference,
)

ENGLISH_FACTS = (
    "{a} has acquired {n} {weapon} {klass} from {b}, the {a_dem} Ministry of Defence said.",
    "{a_dem} forces deployed the {b_dem}-made {weapon} during the exercise near the border.",
    "In {year}, {b} supplied {klass} and {klass2} to {a}, according to SIPRI data.",
    "{a} and {b} signed a memorandum of understanding on defence cooperation in {domain}.",
    "{a} is deepening its defence cooperation with {b} as part of a wider strategy.",
    "{a_dem} defence attachés have been appointed to {b}, {c} and {d}.",
    "{a} plans to open a defence attaché post at its embassy in {b}.",
    "As a NATO member, {a} takes part in allied exercises every year.",
    "{company}, the {company_dem} defence company, will deliver {weapon} systems to {a} "
    "under a contract worth €{money} million signed in {year}.",
    "{a} ordered {n} {weapon} {klass} from {company} in {year}.",
    "{a} decided to cancel the purchase of {weapon} from {b} after the tender failed.",
    "The defence ministers of {a} and {b} discussed joint procurement and training.",
)
ESTONIAN_FACTS = (
    "{a_nom} soetas {b_gen}st {n} {klass_et}, teatas kaitseministeerium.",
    "{a_nom} ja {b_nom} allkirjastasid kaitsekoostöö memorandumi.",
    "{a_gen} kaitseatašeed resideerivad {b_gen}s, {c_gen}s ja {d_gen}s.",
    "Koostöö {b_gen}ga toimub peamiselt õppuste ja väljaõppe vormis.",
    "{a_nom} plaanib osta {b_gen}st {weapon} süsteemi.",
    "{a_gen} kaitsevägi sai kätte {b_gen} toodetud {weapon} {klass_et}.",
    "{a_nom} osaleb NATO õppustel koos {b_gen}ga.",
)
#: Sentences of the genre that state no fact: quotes, context, budgets, schedules.
FILLER_EN = (
    "Officials stressed that the decision followed a long review of the country's needs.",
    "The budget for the coming year foresees a further increase in spending.",
    "Analysts said the move reflected the changed security situation in the region.",
    "The parliament is expected to discuss the plan in the autumn session.",
    "Several experts warned that deliveries could take years to complete.",
    "The minister thanked the soldiers and their families for their service.",
    "The announcement came a day after a meeting of the national security council.",
    "Critics in the opposition questioned whether the money could be better spent.",
    "The ministry did not disclose further details, citing security considerations.",
    "A spokesperson said more information would be published in the coming weeks.",
    "The government has pledged to keep defence spending above three percent of GDP.",
    "Training of the first crews is scheduled to begin early next year.",
    "Local media reported that the contract had been under negotiation since spring.",
    "The chief of defence said the army was modernising faster than at any time since 1991.",
)
FILLER_ET = (
    "Ametnike sõnul eelnes otsusele pikk analüüs ja läbirääkimised.",
    "Järgmise aasta eelarve näeb ette kulutuste edasist kasvu.",
    "Analüütikute hinnangul peegeldab samm muutunud julgeolekuolukorda.",
    "Riigikogu arutab kava sügisistungjärgul.",
    "Ministeerium täpsemaid üksikasju julgeolekukaalutlustel ei avaldanud.",
    "Esimeste meeskondade väljaõpe algab eeldatavasti järgmise aasta alguses.",
    "Opositsioon seadis kahtluse alla, kas raha oleks saanud kasutada otstarbekamalt.",
    "Kaitseväe juhataja sõnul on moderniseerimise tempo viimaste aastate kiireim.",
    "Pressiesindaja lubas lähinädalatel rohkem teavet avaldada.",
    "Valitsus on lubanud hoida kaitsekulud üle kolme protsendi SKP-st.",
)
DOMAINS = (
    "training",
    "cyber defence",
    "air surveillance",
    "procurement",
    "exercises",
    "the defence industry",
)
ESTONIAN_CLASSES = (
    "kuulipildujat",
    "tankitõrjeraketti",
    "droone",
    "haubitsat",
    "õhutõrjesüsteemi",
    "soomukit",
)


@dataclass(frozen=True)
class CorpusStats:
    documents: int
    bytes: int


def generate_corpus(
    folder: Path,
    documents: int | None = None,
    seed: int = 0,
    reference: ReferenceData | None = None,
    paragraphs: tuple[int, int] = (4, 8),
    megabytes: float | None = None,
) -> CorpusStats:
    """Write `documents` text files into `folder` (created if needed), or as many as make
    `megabytes` of text."""
    if documents is None and megabytes is None:
        raise ValueError("say how many documents or how many megabytes")
    reference = reference or load_reference()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    states = [s for s in reference.states.values() if s.demonyms_en and s.adjectives_et]
    vowel_states = [s for s in states if s.names_et and s.names_et[0][-1] in "aeiuõäöü"]
    weapons = [w for w in reference.weapons.values()]
    companies = [c for c in reference.companies.values() if c.state]
    classes = list(reference.weapon_classes.values())
    total = 0
    number = 0
    while (documents is not None and number < documents) or (
        documents is None and megabytes is not None and total < megabytes * 1e6
    ):
        estonian = rng.random() < 0.35
        lines: list[str] = []
        filler = FILLER_ET if estonian else FILLER_EN
        for _ in range(rng.randint(*paragraphs)):
            # About one fact in four sentences, as in the seed documents (5 facts per KB).
            sentences = [
                _fact(rng, estonian, states, vowel_states, weapons, companies, classes, reference)
            ]
            sentences.extend(rng.sample(filler, rng.randint(2, 4)))
            rng.shuffle(sentences)
            lines.append(" ".join(sentences))
        title = _title(rng, estonian, states)
        year = rng.randint(2015, 2025)
        footer = (
            f"Viimati uuendatud: {rng.randint(1, 28)}. mai {year}"
            if estonian
            else f"Last updated: {rng.randint(1, 28)} May {year}"
        )
        text = "\n\n".join([title, *lines, footer]) + "\n"
        path = folder / f"{number:06d}.txt"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
        number += 1
    return CorpusStats(documents=number, bytes=total)


def _title(rng: random.Random, estonian: bool, states: list[StateEntry]) -> str:
    a, b = rng.sample(states, 2)
    if estonian:
        return f"{a.names_et[0]} ja {b.names_et[0]} arutasid kaitsekoostööd"
    return f"{a.name} and {b.name} discuss defence cooperation"


def _fact(
    rng: random.Random,
    estonian: bool,
    states: list[StateEntry],
    vowel_states: list[StateEntry],
    weapons: list[WeaponEntry],
    companies: list[CompanyEntry],
    classes: list[WeaponClassEntry],
    reference: ReferenceData,
) -> str:
    if estonian:
        a, b, c, d = rng.sample(vowel_states, 4)
        weapon = rng.choice(weapons)
        template = rng.choice(ESTONIAN_FACTS)
        return template.format(
            a_nom=a.names_et[0],
            b_nom=b.names_et[0],
            a_gen=a.names_et[0],
            b_gen=b.names_et[0],
            c_gen=c.names_et[0],
            d_gen=d.names_et[0],
            n=rng.randint(2, 40),
            klass_et=rng.choice(ESTONIAN_CLASSES),
            weapon=weapon.name,
        )
    a, b, c, d = rng.sample(states, 4)
    weapon = rng.choice(weapons)
    company = rng.choice(companies)
    klass, klass2 = rng.sample(classes, 2)
    company_state = reference.states.get(company.state) if company.state else None
    return rng.choice(ENGLISH_FACTS).format(
        a=a.name,
        b=b.name,
        c=c.name,
        d=d.name,
        a_dem=a.demonyms_en[0],
        b_dem=b.demonyms_en[0],
        n=rng.randint(2, 60),
        weapon=weapon.name,
        klass=_plural(klass.terms_en[0]),
        klass2=_plural(klass2.terms_en[0]),
        year=rng.randint(2010, 2025),
        domain=rng.choice(DOMAINS),
        company=company.name,
        company_dem=company_state.demonyms_en[0]
        if company_state and company_state.demonyms_en
        else "foreign",
        money=rng.randint(5, 900),
    )


def _plural(term: str) -> str:
    if term.isupper():
        return term + "s"
    if term.endswith(("s", "x")):
        return term
    if term.endswith("y"):
        return term[:-1] + "ies"
    return term + "s"

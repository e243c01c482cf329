"""Build src/dcgraph/data/states.json from well-kept sources plus a small curated file.

Sources, in order of trust:
  * src/dcgraph/data/curated/states.yaml: hand-checked names, Estonian forms, cities, and the
    list of ISO 3166-1 entries that are not sovereign states;
  * pycountry: the ISO 3166-1 list, English names and official names, and the Estonian names
    from its gettext translations (iso-codes);
  * CLDR through babel: English and Estonian short display names;
  * countryinfo: demonyms, capitals and alternative English spellings;
  * countrynames: only to warn when an English alias does not map back to its state.

Run from the repository root with the project venv:
    .venv/bin/python scripts/build_states.py [--check]
`--check` exits non-zero when states.json differs from what the sources give.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import babel
import countrynames
import pycountry
from countryinfo import CountryInfo

from dcgraph.reference import parse_yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "dcgraph" / "data"
CURATED = DATA / "curated" / "states.yaml"
OUTPUT = DATA / "states.json"
UN_MEMBERS = 193

_VOWELS = "aeiouõäöüy"


def dedupe(items: list[str], drop: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Items in order, whitespace-normalised, without repeats (ignoring case) or dropped ones."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in items:
        item = " ".join(raw.split())
        if not item or item in drop or item.casefold() in seen:
            continue
        seen.add(item.casefold())
        out.append(item)
    return out


def split_parenthesised(name: str) -> list[str]:
    """'Lõuna-Korea (Korea Vabariik)' -> ['Lõuna-Korea', 'Korea Vabariik']."""
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    return [match.group(1), match.group(2)] if match else [name]


def english_vocabulary() -> set[str]:
    """Words used in English country names: the filter for countryinfo's alternative spellings,
    which mix English and native names."""
    words: set[str] = set()
    english = babel.Locale("en").territories
    names = [*english.values()]
    for country in pycountry.countries:
        names += [
            country.name,
            getattr(country, "official_name", ""),
            getattr(country, "common_name", ""),
        ]
    for name in names:
        words.update(w.lower() for w in re.split(r"[\s\-]+", name) if w)
    return words


def looks_english(name: str, vocabulary: set[str]) -> bool:
    if not re.fullmatch(r"[A-Za-z .'\-]+", name):
        return False
    return all(w.lower() in vocabulary for w in re.split(r"[\s\-]+", name) if w)


def estonian_adjectives(name_et: str) -> list[str]:
    """The genitive of an Estonian country name, used as an adjective ('iisraeli relvad').

    Only the regular cases are derived; anything needing consonant gradation or a multi-word
    name is left to the curated file (and reported), so no wrong form is invented."""
    low = name_et.lower()
    if " " in low:  # 'Sri Lanka', 'Costa Rica': a vowel-final last word keeps its form
        last = low.rsplit(" ", 1)[1]
        regular = last[-1] in _VOWELS and " ja " not in low and last not in ("vabariik",)
        return [low] if regular else []
    if low.endswith(("id", "ed")) and len(low) > 4:  # plural names (Maldiivid): curate
        return []
    if low[-1] in _VOWELS:
        return [low]
    if low[-1] == "s" and low[-2] in _VOWELS:  # Egiptus -> egiptuse, Honduras -> hondurase
        return [low + "e"]
    if low[-1] in "nlrmsšdh":
        return [low + "i"]
    return []


def build() -> dict[str, Any]:
    curated = parse_yaml(CURATED.read_text(encoding="utf-8"))
    non_sovereign = set(curated["non_sovereign"])
    non_un = set(curated["non_un_states"])
    with_article = set(curated["definite_article"])
    bad_cities = set(curated["ambiguous_cities"])
    overrides: dict[str, dict[str, Any]] = curated["states"]

    et = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["et"])
    cldr_en = babel.Locale("en").territories
    cldr_et = babel.Locale("et").territories
    info: dict[str, dict[str, Any]] = {}
    # countryinfo has a few codes twice (GB also as Wales, PS with an empty record): keep the
    # record that has a demonym and the largest population.
    for record in CountryInfo.all().values():
        code = (record.get("ISO") or {}).get("alpha2")
        rank = (bool(record.get("demonym")), record.get("population") or 0)
        if code and (code not in info or rank > info[code]["_rank"]):
            info[code] = {**record, "_rank": rank}
    vocabulary = english_vocabulary()

    records: dict[str, dict[str, Any]] = {}
    for country in pycountry.countries:
        if country.alpha_2 in non_sovereign:
            continue
        records[country.alpha_2] = {
            "names": [
                getattr(country, "common_name", None),
                country.name,
                getattr(country, "official_name", None),
            ],
            "names_et": [et.gettext(country.name)]
            + ([et.gettext(country.official_name)] if hasattr(country, "official_name") else []),
        }
    for key, extra in curated["extra"].items():
        records[key] = {"names": [extra["official_name"]], "names_et": [], "extra": extra}

    expected = UN_MEMBERS + len(non_un)
    if len(records) != expected:
        raise SystemExit(f"expected {expected} sovereign states, got {len(records)}")

    warnings: list[str] = []
    states = []
    for key in sorted(records):
        rec = records[key]
        over = overrides.get(key, {})
        drop = set(over.get("drop", []))
        drop_et = set(over.get("drop_et", []))
        ci = info.get(key, {})
        extra = rec.get("extra", {})

        cldr_name = cldr_en.get(key)
        name = (
            over.get("name")
            or (cldr_name if cldr_name and "&" not in cldr_name else None)
            or next(n for n in rec["names"] if n)
        )
        state_names = [n for n in rec["names"] if n]
        alt = [a for a in ci.get("altSpellings", []) if looks_english(a.strip(), vocabulary)]
        aliases = [
            a
            for a in dedupe(
                [
                    *over.get("aliases", []),
                    *state_names,
                    *([cldr_name] if cldr_name else []),
                    *([ci["name"]] if ci.get("name") else []),
                    *alt,
                ],
                drop | {name},
            )
            if not re.search(r"[,(&]| - ", a)
            and not a.startswith("the ")
            and (len(a) > 3 or a in over.get("aliases", []))
        ]

        derived_et = [
            p
            for n in ([cldr_et[key]] if key in cldr_et else []) + rec["names_et"]
            for p in split_parenthesised(n)
        ]
        names_et = dedupe([*over.get("names_et", []), *derived_et], drop_et)

        demonyms = dedupe(
            [
                *over.get("demonyms_en", []),
                *(d.strip() for d in (ci.get("demonym") or extra.get("demonym") or "").split(",")),
            ],
            drop,
        )

        if "adjectives_et" in over:
            adjectives = dedupe(over["adjectives_et"], drop_et)
        else:
            adjectives = dedupe(estonian_adjectives(names_et[0]), drop_et) if names_et else []
            if not adjectives:
                warnings.append(f"{key}: no Estonian adjective derived from {names_et[:1]}")

        if "cities" in over:
            cities = list(over["cities"])
        else:
            capital = ci.get("capital") or extra.get("capital")
            cities = [capital] if capital else []
        state_strings = {name, *aliases}
        cities = dedupe([c for c in cities if c not in bad_cities and c not in state_strings], drop)
        capital_names = [c for c in over.get("capital", cities[:1]) if c in cities]
        if "capital" in over and len(capital_names) != len(over["capital"]):
            warnings.append(f"{key}: a capital spelling is not among the cities")

        for alias in [name, *aliases]:
            code = countrynames.to_code(alias, fuzzy=False)
            if code is not None and code != key:
                warnings.append(f"{key}: countrynames maps alias {alias!r} to {code}")

        entry: dict[str, Any] = {
            "key": key,
            "name": name,
            "aliases": aliases,
            "names_et": names_et,
            "demonyms_en": demonyms,
            "adjectives_et": adjectives,
            "cities": cities,
            "capital": capital_names,
        }
        if key in with_article:
            entry["definite_article"] = True
        if over.get("case_sensitive"):
            entry["case_sensitive"] = True
        states.append(entry)

    for message in warnings:
        print(f"warning: {message}", file=sys.stderr)
    return {
        "generated_by": "scripts/build_states.py",
        "sources": {
            "curated": "src/dcgraph/data/curated/states.yaml",
            "pycountry": version("pycountry"),
            "babel (CLDR)": version("babel"),
            "countryinfo": version("countryinfo"),
            "countrynames": version("countrynames"),
        },
        "states": states,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail if states.json is not what the sources give"
    )
    args = parser.parse_args()
    text = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is out of date; run scripts/build_states.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

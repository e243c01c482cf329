"""The shipped reference data: complete, consistent, and right on the facts that matter."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest
import simplemma

from dcgraph import model
from dcgraph.errors import ReferenceDataError
from dcgraph.reference import (
    NamedEntry,
    ReferenceData,
    StateEntry,
    is_case_sensitive,
    load_reference,
    parse_yaml,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).resolve().parent / "seeds-gold.jsonl"
SEEDS = ROOT / "seeds"
DATA_FILES = [
    "states.json",
    "organizations.yaml",
    "regions.yaml",
    "companies.yaml",
    "weapons.yaml",
    "weapon_classes.yaml",
    "portfolios.yaml",
    "ambiguous.yaml",
]


@pytest.fixture(scope="module")
def ref() -> ReferenceData:
    return load_reference()


def owners(entries: dict[str, NamedEntry], *fields: str) -> dict[str, set[str]]:
    """Case-folded string -> keys of the entries that list it in one of `fields`."""
    out: dict[str, set[str]] = defaultdict(set)
    for entry in entries.values():
        for field in fields:
            value = getattr(entry, field)
            for text in (value,) if isinstance(value, str) else value:
                out[text.casefold()].add(entry.key)
    return out


# --- size and shape ----------------------------------------------------------------------------


def test_counts(ref: ReferenceData) -> None:
    assert len(ref.states) >= 190
    assert len(ref.companies) >= 80
    assert len(ref.weapons) >= 180
    assert len(ref.organizations) >= 40
    assert len(ref.regions) >= 20


def test_states_are_the_sovereign_states(ref: ReferenceData) -> None:
    # 193 UN members, the two observer states, Taiwan and Kosovo.
    assert len(ref.states) == 197
    assert {"VA", "PS", "TW", "XK"} <= set(ref.states)
    for territory in ("PR", "GU", "AQ", "GL", "HK", "MO", "FO", "EH", "NC", "BM"):
        assert territory not in ref.states


def test_every_category_has_systems_and_class_terms(ref: ReferenceData) -> None:
    used = {weapon.category for weapon in ref.weapons.values()}
    for category in model.WEAPON_CATEGORIES:
        klass = ref.weapon_classes[category]
        assert klass.terms_en and klass.terms_et, category
        if category != "other":
            assert category in used, f"no weapon system of category {category}"


def test_keys_are_slugs_of_names(ref: ReferenceData) -> None:
    exceptions = {
        "meteor-missile",  # "Meteor" alone would clash with Meteor Aerospace
        "fabryka-broni-lucznik",  # model.slugify drops the "Ł" of "Łucznik"
        "t-155-firtina",  # model.slugify drops the dotless "ı" of "Fırtına"
        "ejder-yalcin",  # ... and of "Yalçın"
        "wisla",  # model.slugify drops the "Ł" of "Wisła"
        "bumar-labedy",  # ... and of "Łabędy"
    }
    for entries in (ref.companies, ref.weapons):
        for key, entry in entries.items():
            if key not in exceptions:
                assert key == model.slugify(entry.name), key
    for entries in (ref.organizations, ref.regions):
        for key in entries:
            assert model.KEY_PATTERNS["Organization"].match(key), key


# --- states ------------------------------------------------------------------------------------

ESTONIAN_NAMES = {
    "EE": ["Eesti"],
    "IL": ["Iisrael"],
    "US": ["Ameerika Ühendriigid", "USA"],
    "GB": ["Suurbritannia", "Ühendkuningriik"],
    "FI": ["Soome"],
    "FR": ["Prantsusmaa"],
    "DE": ["Saksamaa"],
    "PL": ["Poola"],
    "RU": ["Venemaa"],
    "SE": ["Rootsi"],
    "DK": ["Taani"],
    "NO": ["Norra"],
    "LT": ["Leedu"],
    "LV": ["Läti"],
    "AZ": ["Aserbaidžaan"],
    "AM": ["Armeenia"],
    "GE": ["Gruusia", "Georgia"],
    "UA": ["Ukraina"],
    "TR": ["Türgi"],
    "KR": ["Lõuna-Korea"],
    "IR": ["Iraan"],
    "CZ": ["Tšehhi"],
    "NL": ["Holland", "Madalmaad"],
}


@pytest.mark.parametrize(("key", "names"), sorted(ESTONIAN_NAMES.items()))
def test_estonian_names(ref: ReferenceData, key: str, names: list[str]) -> None:
    assert set(names) <= set(ref.states[key].names_et)


ENGLISH_NAMES = {
    "US": ("United States", ["USA", "U.S.", "US", "United States of America", "America"]),
    "GB": ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"]),
    "RU": ("Russia", ["Russian Federation"]),
    "TR": ("Turkey", ["Türkiye"]),
    "IR": ("Iran", ["Islamic Republic of Iran"]),
    "KR": ("South Korea", ["Republic of Korea"]),
    "SY": ("Syria", []),
    "MD": ("Moldova", []),
    "CZ": ("Czechia", ["Czech Republic"]),
    "AZ": ("Azerbaijan", ["Republic of Azerbaijan"]),
}


@pytest.mark.parametrize(("key", "expected"), sorted(ENGLISH_NAMES.items()))
def test_english_names(ref: ReferenceData, key: str, expected: tuple[str, list[str]]) -> None:
    name, aliases = expected
    assert ref.states[key].name == name
    assert set(aliases) <= set(ref.states[key].aliases)


def test_state_names_in_the_estonian_seed_lemmatise_to_estonian_names(ref: ReferenceData) -> None:
    """The inflected state names of seed 002, lemmatised, are Estonian names of the states."""
    names = owners(ref.states, "names_et")
    text = (SEEDS / "002_843b7252436dd7df.txt").read_text(encoding="utf-8")
    expected = {
        "Ameerika Ühendriikides": "US",
        "Georgias": "GE",
        "Poolas": "PL",
        "Prantsusmaal": "FR",
        "Rootsis": "SE",
        "Soomes": "FI",
        "Saksamaal": "DE",
        "Suurbritannias": "GB",
        "Venemaal": "RU",
        "Norraga": "NO",
        "Taaniga": "DK",
        "Ukrainale": "UA",
    }
    for inflected, key in expected.items():
        assert inflected in text
        lemma = " ".join(simplemma.lemmatize(w, lang="et") for w in inflected.split())
        assert names.get(lemma.casefold()) == {key}, inflected


@pytest.mark.parametrize(
    ("demonym", "key"),
    [
        ("Israeli", "IL"),
        ("Azeri", "AZ"),
        ("Azerbaijani", "AZ"),
        ("Estonian", "EE"),
        ("British", "GB"),
        ("American", "US"),
        ("Lithuanian", "LT"),
        ("Russian", "RU"),
        ("Finnish", "FI"),
        ("Polish", "PL"),
        ("South Korean", "KR"),
        ("Turkish", "TR"),
    ],
)
def test_demonyms(ref: ReferenceData, demonym: str, key: str) -> None:
    assert owners(ref.states, "demonyms_en")[demonym.casefold()] == {key}


@pytest.mark.parametrize(
    ("adjective", "key"),
    [
        ("iisraeli", "IL"),
        ("eesti", "EE"),
        ("soome", "FI"),
        ("leedu", "LT"),
        ("ameerika", "US"),
        ("vene", "RU"),
        ("briti", "GB"),
        ("saksa", "DE"),
        ("prantsuse", "FR"),
        ("poola", "PL"),
        ("rootsi", "SE"),
        ("taani", "DK"),
        ("norra", "NO"),
        ("läti", "LV"),
        ("ukraina", "UA"),
        ("gruusia", "GE"),
        ("aserbaidžaani", "AZ"),
        ("armeenia", "AM"),
        ("türgi", "TR"),
        ("lõuna-korea", "KR"),
    ],
)
def test_estonian_adjectives(ref: ReferenceData, adjective: str, key: str) -> None:
    assert owners(ref.states, "adjectives_et")[adjective] == {key}


def test_adjectives_are_lower_case(ref: ReferenceData) -> None:
    for state in ref.states.values():
        for adjective in state.adjectives_et:
            assert adjective == adjective.lower(), (state.key, adjective)


@pytest.mark.parametrize(
    ("city", "key"),
    [
        ("Baku", "AZ"),
        ("Bakuu", "AZ"),
        ("Tel Aviv", "IL"),
        ("Jerusalem", "IL"),
        ("Jeruusalemm", "IL"),
        ("Tallinn", "EE"),
        ("Tartu", "EE"),
        ("Washington", "US"),
        ("Paris", "FR"),
        ("Pariis", "FR"),
        ("Riga", "LV"),
        ("Vilnius", "LT"),
        ("Kyiv", "UA"),
    ],
)
def test_cities(ref: ReferenceData, city: str, key: str) -> None:
    assert owners(ref.states, "cities")[city.casefold()] == {key}


def test_no_ambiguous_capitals(ref: ReferenceData) -> None:
    cities = owners(ref.states, "cities")
    for word in ("victoria", "male", "kingston", "tripoli", "georgetown", "praia", "nassau"):
        assert word not in cities


def test_common_word_state_names_are_case_sensitive(ref: ReferenceData) -> None:
    for key in ("TR", "CN", "JO", "TD", "GN", "TG"):
        assert ref.states[key].case_sensitive, key


# --- organisations and regions -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "name", "english", "estonian"),
    [
        (
            "nato",
            "NATO",
            ["North Atlantic Treaty Organization"],
            ["NATO", "Põhja-Atlandi Lepingu Organisatsioon", "Põhja-Atlandi Allianss"],
        ),
        ("eu", "European Union", ["EU"], ["Euroopa Liit", "EL"]),
        ("osce", None, ["OSCE"], ["OSCE", "Euroopa Julgeoleku- ja Koostööorganisatsioon", "ENKO"]),
        (
            "nordic-battlegroup",
            "Nordic Battlegroup",
            ["EU Nordic Battlegroup", "NBG"],
            ["Põhjala lahingugrupp", "Euroopa Liidu Põhjala lahingugrupp"],
        ),
        (
            "nato-ccdcoe",
            None,
            ["CCDCOE"],
            ["NATO küberkaitse koostöö keskus", "NATO küberkaitse kompetentsikeskus"],
        ),
        ("baltic-defence-college", None, [], ["Balti Kaitsekolledž"]),
        ("nato-response-force", None, [], ["NATO kiirreageerimisjõud"]),
        ("kfor", None, ["KFOR"], []),
        ("isaf", None, ["ISAF"], []),
        ("sipri", None, ["SIPRI"], []),
    ],
)
def test_organizations(
    ref: ReferenceData, key: str, name: str | None, english: list[str], estonian: list[str]
) -> None:
    org = ref.organizations[key]
    if name:
        assert org.name == name
    assert set(english) <= set(org.aliases)
    assert set(estonian) <= set(org.names_et)


def test_sipri_is_a_research_institute(ref: ReferenceData) -> None:
    assert ref.organizations["sipri"].kind == "research-institute"
    assert ref.organizations["nato"].kind == "alliance"


@pytest.mark.parametrize(
    ("key", "members", "estonian"),
    [
        ("baltic-states", {"EE", "LV", "LT"}, ["Balti riigid", "Baltimaad"]),
        ("nordic-countries", {"DK", "FI", "IS", "NO", "SE"}, ["Põhjamaad", "Põhjala riigid"]),
        ("scandinavia", {"DK", "NO", "SE"}, ["Skandinaavia"]),
        ("nordic-baltic", {"DK", "EE", "FI", "IS", "LV", "LT", "NO", "SE"}, []),
        ("south-caucasus", {"AM", "AZ", "GE"}, ["Lõuna-Kaukaasia"]),
        ("central-asia", {"KZ", "KG", "TJ", "TM", "UZ"}, ["Kesk-Aasia"]),
        (
            "western-balkans",
            {"AL", "BA", "ME", "MK", "RS", "XK"},
            ["Lääne-Balkan", "Lääne-Balkani riigid"],
        ),
        ("north-america", None, ["Põhja-Ameerika"]),
        ("middle-east", None, ["Lähis-Ida"]),
    ],
)
def test_regions(
    ref: ReferenceData, key: str, members: set[str] | None, estonian: list[str]
) -> None:
    region = ref.regions[key]
    if members is not None:
        assert set(region.members) == members
    assert set(estonian) <= set(region.names_et)


def test_region_members_are_states(ref: ReferenceData) -> None:
    for region in ref.regions.values():
        assert region.members and set(region.members) <= set(ref.states), region.key


# --- companies and weapons ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "state", "aliases"),
    [
        ("israel-aerospace-industries", "IL", ["IAI"]),
        ("elbit-systems", "IL", ["Elbit"]),
        ("rafael-advanced-defense-systems", "IL", ["Rafael"]),
        ("israel-weapon-industries", "IL", ["IWI"]),
        ("meteor-aerospace", "IL", []),
        ("caspian-shipbuilding-company", "AZ", ["Caspian Ship Building Company"]),
        ("caspian-meteor", "AZ", []),
        ("azad-systems", "AZ", []),
        ("milrem-robotics", "EE", []),
        ("krauss-maffei-wegmann", "DE", ["KMW"]),
        ("knds-france", "FR", ["Nexter"]),
        ("bae-systems-hagglunds", "SE", ["Hägglunds"]),
        ("turkish-aerospace", "TR", ["TUSAŞ", "TAI"]),
    ],
)
def test_companies(ref: ReferenceData, key: str, state: str, aliases: list[str]) -> None:
    company = ref.companies[key]
    assert company.state == state
    assert set(aliases) <= set(company.aliases)


def test_caspian_meteor_is_a_joint_venture(ref: ReferenceData) -> None:
    venture = ref.companies["caspian-meteor"]
    assert venture.kind == "joint-venture"
    assert set(venture.partners) == {"meteor-aerospace", "caspian-shipbuilding-company"}


def test_meteor_alone_names_no_company(ref: ReferenceData) -> None:
    assert "meteor" not in owners(ref.companies, "name", "aliases", "names_et")
    assert ref.weapons["meteor-missile"].name == "Meteor"


@pytest.mark.parametrize(
    ("key", "category", "maker", "origin"),
    [
        ("harop", "loitering-munition", "israel-aerospace-industries", "IL"),
        ("barak-8", "air-defence-system", "israel-aerospace-industries", "IL"),
        ("lora", "ballistic-missile", "israel-aerospace-industries", "IL"),
        ("iskander", "ballistic-missile", "kbm", "RU"),
        ("spike", "anti-tank-missile", "rafael-advanced-defense-systems", "IL"),
        ("blue-spear", "anti-ship-missile", "israel-aerospace-industries", "IL"),
        ("negev", "machine-gun", "israel-weapon-industries", "IL"),
        ("elm-2084", "radar", "elta-systems", "IL"),
        ("nasams", "air-defence-system", "kongsberg-defence-aerospace", "NO"),
        ("cv90", "armoured-vehicle", "bae-systems-hagglunds", "SE"),
        ("k9-thunder", "artillery", "hanwha-aerospace", "KR"),
        ("himars", "rocket-launcher", "lockheed-martin", "US"),
        # counter-drone systems are air defence, as Drone Dome is
        ("marduk-shark", "air-defence-system", "marduk-technologies", "EE"),
        ("mark-i", "air-defence-system", "frankenburg-technologies", "EE"),
    ],
)
def test_weapon_facts(ref: ReferenceData, key: str, category: str, maker: str, origin: str) -> None:
    weapon = ref.weapons[key]
    assert weapon.category == category
    assert maker in weapon.manufacturers
    assert weapon.origin == origin


CATEGORIES = {
    "loitering-munition": [
        "harop",
        "harpy",
        "skystriker",
        "hero-120",
        "switchblade",
        "lancet",
        "shahed-136",
    ],
    "air-defence-system": [
        "barak-8",
        "iron-dome",
        "patriot",
        "nasams",
        "s-400",
        "iris-t-slm",
        "piorun",
        "mistral",
        "stinger",
    ],
    "ballistic-missile": ["lora", "iskander", "atacms", "fateh-110"],
    "anti-tank-missile": ["spike", "javelin", "nlaw", "kornet", "tow"],
    "anti-ship-missile": ["nsm", "harpoon", "blue-spear", "gabriel-v", "exocet", "sea-breaker"],
    "armoured-vehicle": ["cv90", "leopard-2", "patria-6x6", "m1-abrams", "k2-black-panther"],
    "artillery": ["caesar", "k9-thunder", "pzh-2000", "atmos", "archer", "krab"],
    "rocket-launcher": ["himars", "puls", "m270", "k239-chunmoo"],
    "aircraft": ["f-16", "f-35", "gripen", "rafale", "eurofighter-typhoon"],
    "uav": ["orbiter-2", "hermes-900", "heron", "bayraktar-tb2"],
    "radar": ["elm-2084", "green-pine", "ground-master-400"],
    "machine-gun": ["negev", "fn-mag", "fn-minimi", "m2-browning", "pkm"],
    "small-arms": ["galil-ace", "tavor", "hk416", "r-20-rahe", "ak-74"],
    "cruise-missile": ["kalibr", "tomahawk", "storm-shadow", "taurus-kepd-350"],
    "guided-missile": ["meteor-missile", "aim-120-amraam", "gmlrs"],
}


@pytest.mark.parametrize(("category", "keys"), sorted(CATEGORIES.items()))
def test_weapon_categories(ref: ReferenceData, category: str, keys: list[str]) -> None:
    for key in keys:
        assert ref.weapons[key].category == category, key


def test_common_word_weapons_are_case_sensitive(ref: ReferenceData) -> None:
    for key in (
        "spike",
        "harpoon",
        "javelin",
        "stinger",
        "patriot",
        "tor",
        "buk",
        "meteor-missile",
        "piorun",
        "krab",
        "archer",
        "boxer",
        "lancet",
        "kornet",
        "negev",
        "r-20-rahe",
        "taurus-kepd-350",
        "f-a-18-hornet",
        "c-130",
        "jackal",
        "foxhound",
        "grom",
        "orbiter",
        "otokar-arma",
        "narew",
        "wisla",
        "pilica",
        "cvr-t",
    ):
        assert ref.weapons[key].case_sensitive, key


def test_common_words_alone_name_no_weapon(ref: ReferenceData) -> None:
    # animals, a surname and words that several systems share: only longer designations count
    names = owners(ref.weapons, "name", "aliases")
    for word in ("puma", "lynx", "bushmaster", "warrior", "spartan", "rak", "mag", "protector"):
        assert word not in names, word


def test_weapon_aliases_are_not_class_terms(ref: ReferenceData) -> None:
    terms = {t.casefold() for c in ref.weapon_classes.values() for t in (*c.terms_en, *c.terms_et)}
    for weapon in ref.weapons.values():
        for name in (weapon.name, *weapon.aliases):
            assert name.casefold() not in terms, (weapon.key, name)


def test_manufacturers_and_parents_exist(ref: ReferenceData) -> None:
    for weapon in ref.weapons.values():
        assert set(weapon.manufacturers) <= set(ref.companies), weapon.key
        assert weapon.origin in ref.states, weapon.key
    for company in ref.companies.values():
        assert company.state in ref.states, company.key
        assert company.parent is None or company.parent in ref.companies, company.key
        assert set(company.partners) <= set(ref.companies), company.key


# --- names are unambiguous within a label ------------------------------------------------------


def test_no_name_is_shared_within_a_label_unless_allowed(ref: ReferenceData) -> None:
    allowed = (
        parse_yaml(
            resources.files("dcgraph.data").joinpath("ambiguous.yaml").read_text(encoding="utf-8")
        )
        or {}
    )
    fields = {
        "State": (
            ref.states,
            ("name", "aliases", "names_et", "demonyms_en", "adjectives_et", "cities"),
        ),
        "Organization": (ref.organizations, ("name", "aliases", "names_et")),
        "Region": (ref.regions, ("name", "aliases", "names_et")),
        "Company": (ref.companies, ("name", "aliases", "names_et")),
        "WeaponSystem": (ref.weapons, ("name", "aliases", "names_et")),
    }
    for label, (entries, names) in fields.items():
        ok = {n.casefold() for n in allowed.get(label, {})}
        shared = {t: k for t, k in owners(entries, *names).items() if len(k) > 1}
        assert set(shared) <= ok, {t: sorted(k) for t, k in shared.items() if t not in ok}
        assert ok <= set(shared), "ambiguous.yaml lists names that are not shared"


def test_congo_is_listed_as_ambiguous(ref: ReferenceData) -> None:
    assert ref.shared_names("State")["congo"] == {"CD", "CG"}
    assert "congo" in ref.ambiguous["State"]


# --- case sensitivity --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flag", "expected"),
    [
        ("EU", False, True),
        ("NATO", False, True),
        ("Nato", False, False),
        ("U.S.", False, True),
        ("F-16", False, True),
        ("MoD", False, True),
        ("eFP", False, True),
        ("MiG-29", False, True),
        ("Harop", False, False),
        ("Spike", True, True),
        ("machine gun", False, False),
        ("Lockheed Martin", False, False),
        ("9K720", False, True),
        ("2S7", False, True),
        ("BAAINBw", False, True),
        ("BrahMos", False, False),
        ("SkyStriker", False, False),
        ("FPV drone", False, False),
    ],
)
def test_is_case_sensitive(text: str, flag: bool, expected: bool) -> None:
    assert is_case_sensitive(text, flag) is expected


def test_surface_forms_mark_demonyms_and_cities_case_sensitive(ref: ReferenceData) -> None:
    forms = {(f.key, f.text, f.role): f for f in ref.surface_forms()}
    assert forms[("PL", "Polish", "demonym")].case_sensitive
    assert forms[("AZ", "Baku", "city")].case_sensitive
    assert not forms[("EE", "Estonia", "name")].case_sensitive
    assert forms[("eu", "EU", "alias")].case_sensitive
    assert not forms[("nato", "Nato", "alias")].case_sensitive


# --- weapon classes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "category"),
    [
        ("machine gun", "machine-gun"),
        ("anti-tank missile", "anti-tank-missile"),
        ("naval missile", "naval-missile"),
        ("loitering munition", "loitering-munition"),
        ("unmanned aerial vehicle", "uav"),
        ("UAV", "uav"),
        ("drone", "uav"),
        ("suicide drone", "loitering-munition"),
        ("kamikaze drone", "loitering-munition"),
        ("guided missile", "guided-missile"),
        ("ballistic missile", "ballistic-missile"),
        ("air defense system", "air-defence-system"),
        ("ATGM", "anti-tank-missile"),
        ("howitzer", "artillery"),
        ("MLRS", "rocket-launcher"),
        ("tank", "armoured-vehicle"),
        ("radar", "radar"),
        ("assault rifle", "small-arms"),
        ("frigate", "naval-vessel"),
        ("turboprop", "aircraft"),
        ("turboprop trainer", "aircraft"),
        ("kuulipilduja", "machine-gun"),
        ("tankitõrjerakett", "anti-tank-missile"),
        ("laevatõrjerakett", "anti-ship-missile"),
        ("tiirlev laskemoon", "loitering-munition"),
        ("droon", "uav"),
        ("ballistiline rakett", "ballistic-missile"),
        ("haubits", "artillery"),
        ("õhutõrjesüsteem", "air-defence-system"),
        ("mitmikraketiheitja", "rocket-launcher"),
        ("lahingusoomuk", "armoured-vehicle"),
        ("luuresoomuk", "armoured-vehicle"),
        ("soomusauto", "armoured-vehicle"),
        ("miinitõrjelaev", "naval-vessel"),
        ("ründekopter", "aircraft"),
        ("transpordikopter", "aircraft"),
        ("luurelennuk", "aircraft"),
        ("tankerlennuk", "aircraft"),
    ],
)
def test_class_terms(ref: ReferenceData, term: str, category: str) -> None:
    homes = [c for c, e in ref.weapon_classes.items() if term in (*e.terms_en, *e.terms_et)]
    assert homes == [category]


def test_terms_are_lower_case_but_for_abbreviations(ref: ReferenceData) -> None:
    terms = [t for e in ref.weapon_classes.values() for t in (*e.terms_en, *e.terms_et)]
    terms += [t for p in ref.portfolios.values() for t in (*p.terms_en, *p.terms_et)]
    terms += [t for s in ref.state_specific_portfolios() for t in s.terms]
    for term in terms:
        for word in term.split():
            assert word == word.lower() or is_case_sensitive(word), (term, word)


def test_estonian_class_terms_are_lemmas(ref: ReferenceData) -> None:
    """Every word of an Estonian term lemmatises to itself, or its forms are in the data."""
    for entry in ref.weapon_classes.values():
        for term in entry.terms_et:
            for word in term.split():
                if word in ref.estonian_forms:
                    continue
                lemma = simplemma.lemmatize(word, lang="et")
                assert lemma.casefold() == word.casefold(), (term, word, lemma)


def test_estonian_forms_have_five_principal_parts(ref: ReferenceData) -> None:
    for word, forms in ref.estonian_forms.items():
        assert len(forms) in (0, 5), word
        for form in forms:
            assert form.startswith(word[:3]), (word, form)


@pytest.mark.parametrize(
    ("inflected", "lemma"),
    [
        ("kuulipildujaid", "kuulipilduja"),
        ("tankitõrjerakette", "tankitõrjerakett"),
        ("laevatõrjerakette", "laevatõrjerakett"),
        ("haubitsaid", "haubits"),
        ("raskekuulipildujaid", "raskekuulipilduja"),
        ("soomukeid", "soomuk"),
        ("õhutõrjesüsteeme", "õhutõrjesüsteem"),
        ("tiibrakette", "tiibrakett"),
    ],
)
def test_simplemma_lemmatises_inflected_class_terms(inflected: str, lemma: str) -> None:
    assert simplemma.lemmatize(inflected, lang="et") == lemma


def test_droon_forms_cover_what_simplemma_misses(ref: ReferenceData) -> None:
    assert simplemma.lemmatize("droone", lang="et") != "droon"  # why the forms are needed
    assert "droone" in ref.estonian_forms["droon"]
    assert "ründedroone" in ref.estonian_forms["ründedroon"]


# --- portfolios and ministries -----------------------------------------------------------------


def test_ministry_keys_and_names(ref: ReferenceData) -> None:
    assert ref.ministry_key("EE", "defence") == "EE-defence"
    assert ref.ministry_key("AZ", "state-border-service") == "AZ-state-border-service"
    assert ref.ministry_name("EE", "defence") == "Ministry of Defence of Estonia"
    assert ref.ministry_name("IL", "foreign-affairs") == "Ministry of Foreign Affairs of Israel"
    assert ref.ministry_name("AZ", "state-border-service") == "State Border Service of Azerbaijan"
    assert ref.ministry_name("GB", "defence") == "Ministry of Defence of the United Kingdom"
    assert ref.ministry_name("US", "defence") == "United States Department of Defense"
    with pytest.raises(KeyError):
        ref.ministry_key("EE", "war")
    with pytest.raises(KeyError):
        ref.ministry_key("XX", "defence")


def test_every_ministry_key_is_valid(ref: ReferenceData) -> None:
    for state in ref.states:
        for slug in ref.portfolios:
            node = ref.ministry_node(state, slug)
            assert model.KEY_PATTERNS["Ministry"].match(node.key)


@pytest.mark.parametrize(
    ("term", "slug"),
    [
        ("defence minister", "defence"),
        ("ministry of defense", "defence"),
        ("kaitseministeerium", "defence"),
        ("kaitseminister", "defence"),
        ("foreign minister", "foreign-affairs"),
        ("välisministeerium", "foreign-affairs"),
        ("state border service", "state-border-service"),
        ("siseministeerium", "interior"),
        ("piirivalveteenistus", "state-border-service"),
    ],
)
def test_portfolio_terms(ref: ReferenceData, term: str, slug: str) -> None:
    assert [p.slug for p in ref.portfolios.values() if term in (*p.terms_en, *p.terms_et)] == [slug]


def test_state_specific_terms(ref: ReferenceData) -> None:
    pentagon = [(s.state, s.slug) for s in ref.state_specific_portfolios() if "pentagon" in s.terms]
    assert pentagon == [("US", "defence")]
    ecdi = ref.state_portfolio("EE", "centre-for-defence-investment")
    assert ecdi is not None and "RKIK" in ecdi.terms_et


def _name_without_state(name: str, state: str, ref: ReferenceData) -> str:
    """A body's name without its state, as SCHEMA.md keys it: no trailing "(ABBR)", no
    " of <State>" or " <State>" at the end, no leading demonym, and no "Ministry of" before a
    ministry's own function. A state's name that opens a body's name is part of it: "Korea
    Trade-Investment Promotion Agency", "Israel Missile Defense Organization"."""
    entry = ref.states[state]
    names = sorted({entry.name, entry.name_in_phrase, *entry.aliases}, key=len, reverse=True)
    name = re.sub(r" \([^()]+\)$", "", name)
    for own in names:
        for suffix in (f" of {own}", f" {own}"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
                break
        else:
            continue
        break
    for prefix in sorted(entry.demonyms_en, key=len, reverse=True):
        if name.startswith(prefix + " "):
            name = name[len(prefix) + 1 :]
            break
    return re.sub(r"^Ministry (?:of|for) (?:the )?", "", name)


def test_state_specific_keys_are_slugs_of_names_without_the_state(ref: ReferenceData) -> None:
    checked = 0
    for own in ref.state_specific_portfolios():
        agency = ref.portfolios[own.slug].kind == "agency"
        if own.name is None or (own.key is None and not agency):
            continue  # a ministry keeps its function's key whatever its name (SCHEMA.md)
        expected = model.slugify(_name_without_state(own.name, own.state, ref))
        assert (own.key or own.slug) == expected, (own.state, own.slug, own.name)
        checked += 1
    assert checked > 50


def test_one_body_per_state_and_portfolio(ref: ReferenceData) -> None:
    # Terms name a (state, portfolio) and the key is the first entry's: a second body of one
    # state in one portfolio would be merged into the first.
    seen: set[tuple[str, str]] = set()
    for own in ref.state_specific_portfolios():
        assert (own.state, own.slug) not in seen, (own.state, own.slug)
        seen.add((own.state, own.slug))


@pytest.mark.parametrize(
    ("state", "slug", "key"),
    [
        ("NO", "defence-materiel-agency", "NO-defence-materiel-agency"),
        ("CH", "defence-materiel-agency", "CH-federal-office-for-defence-procurement"),
        ("UA", "defence-materiel-agency", "UA-defence-procurement-agency"),
        ("SG", "defence-materiel-agency", "SG-defence-science-and-technology-agency"),
        ("AE", "defence-materiel-agency", "AE-tawazun-council"),
        ("PT", "defence-materiel-agency", "PT-directorate-general-for-national-defence-resources"),
        ("AU", "defence-research-agency", "AU-defence-science-and-technology-group"),
        ("PK", "defence-production", "PK-defence-production"),
        ("UA", "digital-transformation", "UA-digital-transformation"),
        ("LT", "state-border-service", "LT-state-border-guard-service"),
        ("US", "missile-defence-agency", "US-missile-defense-agency"),
        ("PL", "interior", "PL-interior"),
        ("NO", "justice", "NO-justice"),
        ("ZA", "defence-materiel-agency", "ZA-armscor"),
    ],
)
def test_agency_and_ministry_keys(ref: ReferenceData, state: str, slug: str, key: str) -> None:
    assert ref.ministry_key(state, slug) == key


# --- graph output ------------------------------------------------------------------------------


def test_nodes(ref: ReferenceData) -> None:
    nodes = ref.nodes()
    keys = [(n.label, n.key) for n in nodes]
    assert len(keys) == len(set(keys))
    by_key = {(n.label, n.key): n for n in nodes}
    estonia = by_key[("State", "EE")]
    assert estonia.name == "Estonia"
    assert "Eesti" in estonia.aliases and "Estonia" not in estonia.aliases
    harop = by_key[("WeaponSystem", "harop")]
    assert harop.properties == {"category": "loitering-munition", "origin": "IL"}
    assert by_key[("Company", "elbit-systems")].properties["state"] == "IL"
    for category in model.WEAPON_CATEGORIES:
        generic = by_key[("WeaponSystem", model.generic_weapon_key(category))]
        assert generic.properties == {"category": category, "generic": True}
        assert generic.name.endswith("(generic)")
    assert by_key[("WeaponSystem", "generic-machine-gun")].name == "Machine guns (generic)"


def test_edges_are_valid_reference_facts(ref: ReferenceData) -> None:
    nodes = {n.ref for n in ref.nodes()}
    edges = ref.edges()
    assert {e.type for e in edges} == {"BASED_IN", "MANUFACTURES", "IN_REGION"}
    for edge in edges:
        again = model.Edge.model_validate(edge.model_dump())
        assert again == edge
        assert edge.is_reference and not edge.evidence
        assert edge.start in nodes and edge.end in nodes
    facts = {(e.type, e.start.key, e.end.key) for e in edges}
    assert ("BASED_IN", "israel-aerospace-industries", "IL") in facts
    assert ("MANUFACTURES", "israel-aerospace-industries", "barak-8") in facts
    assert ("IN_REGION", "EE", "baltic-states") in facts


# --- the gold facts' names resolve ---------------------------------------------------------------


def test_gold_names_resolve(ref: ReferenceData) -> None:
    names = {
        "Company": owners(ref.companies, "name", "aliases"),
        "WeaponSystem": owners(ref.weapons, "name", "aliases"),
        "Organization": owners(ref.organizations, "name", "aliases"),
        "Region": owners(ref.regions, "name", "aliases"),
    }
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        for end in (fact["start"], fact["end"]):
            label, value = end.split(":", 1)
            if label == "State":
                assert value in ref.states, end
            elif label == "Ministry":
                state, slug = value.split("-", 1)
                assert ref.ministry_key(state, slug) == value
            elif value.startswith("generic-"):
                assert value.removeprefix("generic-") in model.WEAPON_CATEGORIES, end
            else:
                keys = set().union(
                    *(names[label].get(v.casefold(), set()) for v in value.split("|"))
                )
                assert len(keys) == 1, (end, keys)


# --- the data files ------------------------------------------------------------------------------


def test_state_entries_round_trip(ref: ReferenceData) -> None:
    raw = json.loads(resources.files("dcgraph.data").joinpath("states.json").read_text("utf-8"))
    assert raw["generated_by"] == "scripts/build_states.py"
    assert [StateEntry.model_validate(s) for s in raw["states"]] == list(ref.states.values())


def test_data_files_ship_in_the_package() -> None:
    package = resources.files("dcgraph.data")
    for name in DATA_FILES:
        assert package.joinpath(name).is_file(), name


def test_loads_from_the_installed_package(tmp_path: Path) -> None:
    """A fresh interpreter outside the source tree finds and loads the data."""
    code = (
        "from dcgraph.reference import load_reference; d = load_reference(); "
        "print(len(d.states), len(d.weapons))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    states, weapons = map(int, done.stdout.split())
    assert states == 197 and weapons >= 180


def test_norway_stays_a_string() -> None:
    assert parse_yaml("members: [DK, NO, SE]\nflag: true") == {
        "members": ["DK", "NO", "SE"],
        "flag": True,
    }


def test_broken_data_is_reported_with_file_and_entry(ref: ReferenceData) -> None:
    from dcgraph import reference

    bad = ref.weapons["harop"].model_copy(update={"manufacturers": ("no-such-company",)})
    broken = ref.model_copy(update={"weapons": {**ref.weapons, "harop": bad}})
    with pytest.raises(ReferenceDataError, match=r"weapons\.yaml: entry 'harop'.*no-such-company"):
        reference._check_references(broken)
    with pytest.raises(ReferenceDataError, match=r"regions\.yaml: entry 'x'.*"):
        reference._parse(
            reference.RegionEntry,
            [{"key": "x", "name": "X", "members": "EE", "bogus": 1}],
            "regions.yaml",
        )


def test_no_stray_whitespace_or_empty_names(ref: ReferenceData) -> None:
    for entries in (ref.states, ref.organizations, ref.regions, ref.companies, ref.weapons):
        for entry in entries.values():
            for text in (entry.name, *entry.aliases, *entry.names_et):
                assert text and text == " ".join(text.split()) and not re.search(r"[,;]$", text)


@pytest.mark.parametrize(
    ("language", "text", "kind", "key"),
    [
        # Systems, companies and organisations defence news names, in the forms it uses.
        ("en", "The air force flew Hawk 208 jets.", "weapon", "bae-hawk"),
        (
            "en",
            "It retired its Tiger armed reconnaissance helicopters.",
            "weapon",
            "eurocopter-tiger",
        ),
        ("en", "Canada buys CC-330 Husky tankers.", "weapon", "a330-mrtt"),
        (
            "en",
            "Two Bartolomeu Dias-class frigates serve on.",
            "weapon",
            "karel-doorman-class-frigate",
        ),
        ("en", "A Büffel armoured recovery vehicle arrived.", "weapon", "bergepanzer-3-buffel"),
        ("en", "The navy retired its Super Étendard jets.", "weapon", "super-etendard-modernise"),
        ("en", "The Euro Hawk was cancelled.", "weapon", "euro-hawk"),
        ("en", "It operates an OPV 190 Mk II.", "weapon", "opv-190"),
        ("en", "Three Agosta 90B boats remain.", "weapon", "agosta-90b"),
        ("en", "The Hai Kun began sea trials.", "weapon", "hai-kun-class-submarine"),
        (
            "en",
            "Three Kondor II-class vessels patrol the coast.",
            "weapon",
            "kondor-ii-class-minesweeper",
        ),
        ("en", "Ukraine received Penguin C drones.", "weapon", "penguin-c"),
        ("et", "Läti ostis AtlasPRO droone.", "weapon", "atlaspro"),
        ("et", "Threod ehitab seiredroone KX-4 LE Titan.", "weapon", "kx-4-le-titan"),
        ("et", "Soome andis Leopard 2R tanke.", "weapon", "leopard-2r"),
        ("et", "Rootsi loobus Hawk-rakettidest.", "weapon", "mim-23-hawk"),
        ("en", "The design came from the Spanish company CASA.", "company", "casa"),
        ("en", "Sandock-Austral built the Ratel.", "company", "sandock-austral"),
        ("en", "The order went to COMLOG.", "company", "comlog"),
        ("en", "The yard of Astilleros Cardama in Vigo.", "company", "astilleros-cardama"),
        ("en", "Martifer owns the shipyard.", "company", "martifer"),
        (
            "en",
            "Rotterdamsche Droogdok Maatschappij built them.",
            "company",
            "rotterdamsche-droogdok-maatschappij",
        ),
        ("et", "Hispaania Instalaza tarnib granaadiheitjaid.", "company", "instalaza"),
        (
            "et",
            "Ühisettevõte Rheinmetall Defence Lietuva ehitab tehast.",
            "company",
            "rheinmetall-defence-lietuva",
        ),
        (
            "et",
            "Soomukid valmivad ühisettevõttes Rheinmetall Algérie.",
            "company",
            "rheinmetall-algerie",
        ),
        ("et", "Laevatehas SIMA ehitab fregati.", "company", "sima"),
        ("et", "Lepingu sai konsortsium PGZ-Miecznik.", "company", "pgz-miecznik"),
        ("et", "Riia firma Atlas Dynamics teeb droone.", "company", "atlas-dynamics"),
        (
            "en",
            "Bahrain signed the Comprehensive Security Integration and Prosperity Agreement.",
            "organization",
            "comprehensive-security-integration-and-prosperity-agreement",
        ),
        (
            "et",
            "Eestlased teenisid Soome-Iiri pataljonis.",
            "organization",
            "finnish-irish-battalion",
        ),
        (
            "et",
            "Katar on Pärsia Lahe Araabia Riikide Koostöönõukogu liige.",
            "organization",
            "gulf-cooperation-council",
        ),
        (
            "et",
            "Eesti ühines ISIS-e vastase ülemaailmse koalitsiooniga.",
            "organization",
            "global-coalition-to-defeat-isis",
        ),
        (
            "et",
            "Visegradi riikide lahingugrupp oli valmiduses.",
            "organization",
            "visegrad-battlegroup",
        ),
        (
            "en",
            "Australia is a member of the drone capability coalition for Ukraine.",
            "organization",
            "drone-coalition",
        ),
        ("en", "The drone coalition met in Riga.", "organization", "drone-coalition"),
        ("et", "Norra osaleb Põhjala kaitsekoostöös.", "organization", "nordefco"),
        (
            "et",
            "Soome osaleb suurtükikoalitsioonis.",
            "organization",
            "artillery-coalition",
        ),
        (
            "et",
            "Lennuk kuulub Belgia-Luksemburgi ühisüksusesse.",
            "organization",
            "belgian-luxembourg-binational-a400m-unit",
        ),
        ("en", "Chile retired its Adelaide-class frigates.", "weapon", "adelaide-class-frigate"),
        ("en", "Two Lekiu-class frigates escorted them.", "weapon", "lekiu-class-frigate"),
        ("en", "Pakistan launched a Jinnah-class frigate.", "weapon", "jinnah-class-frigate"),
        ("en", "The army tested the Kurganets-25 IFV.", "weapon", "kurganets-25"),
        ("en", "An Akula-class submarine surfaced.", "weapon", "akula-class-submarine"),
        ("en", "An Oscar II-class submarine sailed.", "weapon", "oscar-class-submarine"),
        ("en", "Astilleros Armón will build the ship.", "company", "astilleros-armon"),
        ("en", "Astilleros Gondán launched a patrol boat.", "company", "astilleros-gondan"),
        ("en", "Khulna Shipyard delivered a corvette.", "company", "khulna-shipyard"),
        ("et", "Laev ehitatakse Aleksandria laevatehases.", "company", "alexandria-shipyard"),
        ("et", "Venemaa tulistas Tsirkoone.", "weapon", "zircon"),
        ("et", "Venemaa kasutas raketti Kinžal ja lennukeid Jak-130.", "weapon", "yak-130"),
        # simplemma reads these case forms of one-word names as other words
        ("et", "Poola andis Ukrainale 18 Krabi.", "weapon", "krab"),
        ("et", "Krabid jõudsid rindele.", "weapon", "krab"),
        ("et", "Belgia tellis 60 Jaguari lahingusoomukit.", "weapon_class", "armoured-vehicle"),
        # ... and these case forms of states' names as another lemma than the name's own
        ("et", "Prantsusmaa tarnis Tšehhisse haubitsaid.", "state", "CZ"),
        ("et", "Saksamaa ostis Sveitsist soomukeid.", "state", "CH"),
        ("et", "Singapur sõlmis lepingu Uus-Meremaaga.", "state", "NZ"),
        ("et", "Lennukid jõudsid Kuveitisse.", "state", "KW"),
        ("et", "Peruu laevatehas asub Limas.", "city", "PE"),
        # a system's name that starts with its maker's names the maker too
        ("en", "Croatia operates Patria AMV vehicles.", "company", "patria"),
        ("en", "Croatia operates Patria AMV vehicles.", "weapon", "patria-amv"),
        ("et", "Kasahstan kasutab Airbusi C295 lennukeid.", "company", "airbus-defence-and-space"),
        # a class of ships without the kind of ship its entry names
        ("en", "The boats replace the Archer class.", "weapon", "vastergotland-class-submarine"),
    ],
)
def test_names_news_uses_are_recognised(language: str, text: str, kind: str, key: str) -> None:
    from dcgraph.recognition import gazetteer
    from dcgraph.text import sentences

    found = {
        (mention.kind, mention.target)
        for sentence in sentences(text, language)
        for mention in gazetteer(language).find(sentence)
    }
    assert (kind, key) in found, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the lower-case word is the common noun the inflected name reads as ("krabi", crab)
        ("Kalurid püüdsid krabi.", "weapon"),
        ("Kalurid püüdsid krabisid.", "weapon"),
    ],
)
def test_inflected_names_need_the_names_capital(text: str, kind: str) -> None:
    from dcgraph.recognition import gazetteer
    from dcgraph.text import sentences

    found = {
        mention.kind
        for sentence in sentences(text, "et")
        for mention in gazetteer("et").find(sentence)
    }
    assert kind not in found, found


@pytest.mark.parametrize(
    ("language", "text", "kind", "key"),
    [
        # a capitalised word is a name only where it spells it: "Kataris" (in Qatar) reads as
        # the lemma of "Katmandu", "Limas" (in Lima) as that of "Limassol"
        ("et", "USA baas asub Kataris.", "city", "NP"),
        ("et", "Peruu laevatehas asub Limas.", "city", "CY"),
        # "Saab 105", "Patria 6x6": what follows the maker is no name of the system alone
        ("en", "Austria replaces its Saab 105 jets.", "company", "saab"),
        ("en", "Latvia received Patria 6x6 vehicles.", "company", "patria"),
        # a system's name after a navy's prefix is a ship's
        ("en", "RSS Archer sailed from Karlskrona.", "weapon", "archer"),
    ],
)
def test_words_that_do_not_spell_a_name_are_not_it(
    language: str, text: str, kind: str, key: str
) -> None:
    from dcgraph.recognition import gazetteer
    from dcgraph.text import sentences

    found = {
        (mention.kind, mention.target)
        for sentence in sentences(text, language)
        for mention in gazetteer(language).find(sentence)
    }
    assert (kind, key) not in found, found


@pytest.mark.parametrize(
    ("word", "norm"),
    [
        # simplemma cuts these into a shorter word it knows ("jagu", "miinitõrje", "lahing")
        ("Jaguari", "jaguar"),
        ("miinitõrjelaeva", "miinitõrjelaev"),
        ("lahingutanki", "lahingutank"),
        # one letter more is a stem vowel, a longer tail no case ending
        ("riiklikule", "riiklik"),
        ("Tšehhisse", "tšehh"),
        ("tellinud", "tellima"),
    ],
)
def test_estonian_forms_of_class_words_and_names_keep_the_longer_word(word: str, norm: str) -> None:
    from dcgraph.text import normalise_word

    assert normalise_word(word, "et") == norm

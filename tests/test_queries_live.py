"""Every canned query on the real Neo4j loaded with the five seeds: exact rows from the gold.

The graph is built by the real pipeline (`dcgraph.loading.load_paths` over `seeds/`). The
expected rows are written from what the seed documents say (tests/seeds-gold.jsonl). Entity
display names, document paths and dates are looked up in the graph (they are the extractor's
and the document reader's, not facts); facts that dcgraph's reference data adds (a company's
home state, a system's maker, memberships) are read from the graph's reference edges
(`sources` containing "reference") and added where a query would show them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import GOLD, SEEDS, wipe
from dcgraph.database import Graph
from dcgraph.errors import QueryError, WriteRefusedError
from dcgraph.model import NODE_LABELS, slugify
from dcgraph.queries import Registry, describe_schema, resolve_entity, run_cypher, run_query

pytestmark = pytest.mark.neo4j

REFERENCE = "reference"
GENERIC_EE = (
    "WeaponSystem:generic-machine-gun",
    "WeaponSystem:generic-naval-missile",
    "WeaponSystem:generic-anti-tank-missile",
    "WeaponSystem:generic-loitering-munition",
)
AZ_FROM_ISRAEL = (
    "WeaponSystem:generic-loitering-munition",
    "WeaponSystem:generic-uav",
    "WeaponSystem:generic-guided-missile",
    "WeaponSystem:generic-ballistic-missile",
    "WeaponSystem:Harop|IAI Harop",
    "WeaponSystem:LORA|LORA missile",
)
IAI = "Company:Israel Aerospace Industries|IAI"
ELBIT = "Company:Elbit Systems|Elbit"
RAFAEL = "Company:Rafael Advanced Defense Systems|Rafael"
BARAK = "WeaponSystem:Barak-8|Barak 8|Barak-MX"
EE_ATTACHES = ("FI", "FR", "GE", "DE", "PL", "RU", "SE", "GB", "US")


def load_seeds(graph: Graph) -> None:
    """The seeds through the real pipeline: schema first, then the documents."""
    from dcgraph.loading import ensure_schema, load_paths

    wipe(graph)
    ensure_schema(graph)
    load_paths(graph, [SEEDS])


class World:
    """What the tests look up in the loaded graph: names, document paths and dates,
    reference edges. Gold references look like `State:EE` or `Company:Elbit Systems|Elbit`."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.registry = Registry.load()
        self._nodes: dict[str, list[dict[str, Any]]] = {}
        documents = graph.read("MATCH (d:Document) RETURN d.path AS path, d.date AS date")
        self.paths: dict[str, str] = {}
        self.dates: dict[str, str | None] = {}
        for row in documents:
            number = Path(row["path"]).name[:3]
            self.paths[number] = row["path"]
            self.dates[number] = None if row["date"] is None else str(row["date"])
        self.gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]

    # --- entities -----------------------------------------------------------------------

    def node(self, ref: str) -> dict[str, Any]:
        label, _, spec = ref.partition(":")
        assert label in NODE_LABELS, ref
        if label not in self._nodes:
            self._nodes[label] = self.graph.read(
                f"MATCH (n:{label}) RETURN n.key AS key, n.name AS name, "
                "coalesce(n.aliases, []) AS aliases, n.category AS category, n.state AS state"
            )
        for alternative in spec.split("|"):
            for row in self._nodes[label]:
                spellings = [row["name"], *row["aliases"]]
                if (
                    alternative == row["key"]
                    or slugify(alternative) == row["key"]
                    or alternative.lower() in (s.lower() for s in spellings)
                ):
                    return row
        raise AssertionError(f"{ref} is not in the graph")

    def key(self, ref: str) -> str:
        return str(self.node(ref)["key"])

    def name(self, ref: str) -> str:
        return str(self.node(ref)["name"])

    def names(self, *refs: str) -> list[str]:
        return sorted({self.name(ref) for ref in refs})

    # --- documents ----------------------------------------------------------------------

    def doc(self, number: str) -> str:
        return self.paths[number]

    def docs(self, *numbers: str, reference: bool = False) -> list[str]:
        found = {self.doc(number) for number in numbers}
        return sorted(found | ({REFERENCE} if reference else set()))

    # --- reference facts ----------------------------------------------------------------

    def reference_edges(self, rel_type: str) -> set[tuple[str, str]]:
        """(start key, end key) of the edges of a type that reference data states."""
        rows = self.graph.read(
            "MATCH (a)-[r]->(b) WHERE type(r) = $type AND $reference IN coalesce(r.sources, []) "
            "RETURN a.key AS a, b.key AS b",
            {"type": rel_type, "reference": REFERENCE},
        )
        return {(row["a"], row["b"]) for row in rows}

    def makers(self, system: str, *gold_makers: str) -> list[str]:
        """The makers of a system: the gold's, and those of reference MANUFACTURES edges."""
        key = self.key(system)
        names = {self.name(maker) for maker in gold_makers}
        for company, made in self.reference_edges("MANUFACTURES"):
            if made == key:
                names.add(self.name(f"Company:{company}"))
        return sorted(names)

    # --- what the gold leaves open ------------------------------------------------------

    def edge(self, rel_type: str, start: str, end: str) -> dict[str, Any]:
        """The properties of a fact edge (either direction), for what the gold does not pin."""
        rows = self.graph.read(
            "MATCH (a {key: $a})-[r]-(b {key: $b}) WHERE type(r) = $type RETURN properties(r) AS p",
            {"a": self.key(start), "b": self.key(end), "type": rel_type},
        )
        assert rows, f"no {rel_type} between {start} and {end} in the graph"
        return dict(rows[0]["p"])

    def supplied(self, supplier: str, recipient: str, *procured: str) -> list[str]:
        """Item names of a supply: the systems the recipient PROCURES from the supplier (gold)
        and the SUPPLIES edge's own `items`, which the gold leaves open."""
        keys = {self.key(system) for system in procured}
        keys |= set(self.edge("SUPPLIES", supplier, recipient).get("items") or [])
        return sorted({self.name(f"WeaponSystem:{key}") for key in keys})

    def domains(self, a: str, b: str) -> list[str]:
        """A cooperation's domains as the graph holds them: the query must report them as
        stored. How well extraction finds domains is scored by `dcgraph eval` (domain
        agreement), not here."""
        return sorted(self.edge("COOPERATES_WITH", a, b).get("domains") or [])

    # --- running ------------------------------------------------------------------------

    def rows(self, query: str, **parameters: Any) -> list[list[Any]]:
        result = run_query(self.graph, self.registry.get(query), parameters)
        assert result.columns == list(self.registry.get(query).columns)
        return result.rows


@pytest.fixture(scope="module")
def world(session_graph: Graph) -> Iterator[World]:
    load_seeds(session_graph)
    yield World(session_graph)


def by_name(rows: list[list[Any]], *columns: int) -> list[list[Any]]:
    return sorted(rows, key=lambda row: tuple(row[c] for c in columns))


# --- suppliers and customers ---------------------------------------------------------------


def test_israeli_suppliers_to_baltics(world: World) -> None:
    israel = world.name("State:IL")
    assert world.rows("israeli-suppliers-to-baltics") == [
        [israel, "State", world.name("State:EE"), world.names(*GENERIC_EE), world.docs("000")],
        [israel, "State", world.name("State:LT"), [], world.docs("004")],
    ]


def test_israeli_suppliers_to_another_region_include_companies(world: World) -> None:
    rows = world.rows("israeli-suppliers-to-baltics", supplier="Israel", region="South Caucasus")
    azerbaijan = world.name("State:AZ")
    assert rows == by_name(
        [
            [
                world.name("State:IL"),
                "State",
                azerbaijan,
                world.supplied("State:IL", "State:AZ", *AZ_FROM_ISRAEL),
                world.docs("003"),
            ],
            [
                world.name(IAI),
                "Company",
                azerbaijan,
                world.supplied(IAI, "State:AZ", BARAK),
                world.docs("003"),
            ],
            [
                world.name(ELBIT),
                "Company",
                azerbaijan,
                world.supplied(ELBIT, "State:AZ"),
                world.docs("003"),
            ],
            [
                world.name(RAFAEL),
                "Company",
                azerbaijan,
                world.supplied(RAFAEL, "State:AZ"),
                world.docs("003"),
            ],
        ],
        2,
        0,
    )


def test_suppliers_of(world: World) -> None:
    assert world.rows("suppliers-of", state="Azerbaijan") == by_name(
        [
            [
                world.name("State:IL"),
                "State",
                world.supplied("State:IL", "State:AZ", *AZ_FROM_ISRAEL),
                world.docs("003"),
            ],
            [world.name(IAI), "Company", world.supplied(IAI, "State:AZ", BARAK), world.docs("003")],
            [world.name(ELBIT), "Company", world.supplied(ELBIT, "State:AZ"), world.docs("003")],
            [world.name(RAFAEL), "Company", world.supplied(RAFAEL, "State:AZ"), world.docs("003")],
        ],
        0,
    )
    assert world.rows("suppliers-of", state="EE") == [
        [
            world.name("State:IL"),
            "State",
            world.supplied("State:IL", "State:EE", *GENERIC_EE),
            world.docs("000"),
        ]
    ]
    assert world.rows("suppliers-of", state="armenia") == [
        [
            world.name("State:RU"),
            "State",
            world.supplied("State:RU", "State:AM", "WeaponSystem:Iskander|9K720 Iskander"),
            world.docs("003"),
        ]
    ]
    assert world.rows("suppliers-of", state="Israel") == []


def test_customers_of_a_state_include_its_companies(world: World) -> None:
    israel, azerbaijan = world.name("State:IL"), world.name("State:AZ")
    assert world.rows("customers-of", supplier="Israel") == by_name(
        [
            [
                azerbaijan,
                israel,
                world.supplied("State:IL", "State:AZ", *AZ_FROM_ISRAEL),
                world.docs("003"),
            ],
            [
                azerbaijan,
                world.name(IAI),
                world.supplied(IAI, "State:AZ", BARAK),
                world.docs("003"),
            ],
            [azerbaijan, world.name(ELBIT), world.supplied(ELBIT, "State:AZ"), world.docs("003")],
            [azerbaijan, world.name(RAFAEL), world.supplied(RAFAEL, "State:AZ"), world.docs("003")],
            [
                world.name("State:EE"),
                israel,
                world.supplied("State:IL", "State:EE", *GENERIC_EE),
                world.docs("000"),
            ],
            [
                world.name("State:LT"),
                israel,
                world.supplied("State:IL", "State:LT"),
                world.docs("004"),
            ],
        ],
        0,
        1,
    )


def test_customers_of_a_company_by_its_alias(world: World) -> None:
    assert world.rows("customers-of", supplier="IAI") == [
        [
            world.name("State:AZ"),
            world.name(IAI),
            world.supplied(IAI, "State:AZ", BARAK),
            world.docs("003"),
        ]
    ]


def test_top_suppliers(world: World) -> None:
    ones = by_name(
        [
            [world.name(company), "Company", 1, [world.name("State:AZ")]]
            for company in (IAI, ELBIT, RAFAEL)
        ]
        + [[world.name("State:RU"), "State", 1, [world.name("State:AM")]]],
        0,
    )
    israel = [world.name("State:IL"), "State", 3, world.names("State:AZ", "State:EE", "State:LT")]
    assert world.rows("top-suppliers") == [israel, *ones]
    assert world.rows("top-suppliers", limit=2) == [israel, ones[0]]


# --- weapons -------------------------------------------------------------------------------


def test_weapons_of_azerbaijan(world: World) -> None:
    israel = world.name("State:IL")
    expected = [
        [
            world.name(system),
            world.node(system)["category"],
            "delivered",
            israel,
            world.makers(system),
            world.docs("003"),
        ]
        for system in AZ_FROM_ISRAEL
    ]
    expected.append(
        [
            world.name(BARAK),
            world.node(BARAK)["category"],
            "delivered",
            world.name(IAI),
            world.makers(BARAK, IAI),
            world.docs("003"),
        ]
    )
    assert world.rows("weapons-of", state="AZ") == by_name(expected, 0, 3)


def test_weapons_of_estonia_are_the_generic_classes(world: World) -> None:
    rows = world.rows("weapons-of", state="Estonia")
    assert rows == by_name(
        [
            [
                world.name(system),
                system.removeprefix("WeaponSystem:generic-"),
                "delivered",
                world.name("State:IL"),
                world.makers(system),
                world.docs("000"),
            ]
            for system in GENERIC_EE
        ],
        0,
    )


def test_systems_by_category(world: World) -> None:
    harop = "WeaponSystem:Harop|IAI Harop"
    generic = "WeaponSystem:generic-loitering-munition"
    azerbaijan, estonia = world.name("State:AZ"), world.name("State:EE")
    expected = by_name(
        [
            [
                "loitering-munition",
                world.name(harop),
                world.makers(harop),
                [f"{azerbaijan} (delivered)"],
            ],
            [
                "loitering-munition",
                world.name(generic),
                world.makers(generic),
                sorted([f"{azerbaijan} (delivered)", f"{estonia} (delivered)"]),
            ],
        ],
        1,
    )
    assert world.rows("systems-by-category", category="loitering-munition") == expected
    # Categories are normalised: plural, spaces, capitals.
    assert world.rows("systems-by-category", category="Loitering munitions") == expected
    # The reference catalogue adds systems no seed speaks of, never fewer.
    everything = world.rows("systems-by-category", category="loitering-munition", reference=True)
    assert all(row in everything for row in expected)


def test_systems_by_category_lists_what_the_documents_speak_of(world: World) -> None:
    systems = {fact["end"] for fact in world.gold if fact["end"].startswith("WeaponSystem:")}
    expected = [
        [
            world.node(system)["category"],
            world.name(system),
            world.makers(
                system,
                *(
                    fact["start"]
                    for fact in world.gold
                    if fact["type"] == "MANUFACTURES" and fact["end"] == system
                ),
            ),
            sorted(
                {
                    f"{world.name(fact['start'])} ({fact['properties']['status']})"
                    for fact in world.gold
                    if fact["type"] == "PROCURES" and fact["end"] == system
                }
            ),
        ]
        for system in systems
    ]
    assert world.rows("systems-by-category") == by_name(expected, 0, 1)


# --- attachés, cooperation, memberships ----------------------------------------------------


def test_attache_network_of_estonia_is_nine_postings(world: World) -> None:
    assert world.rows("attache-network", state="EE") == by_name(
        [
            ["sends to", world.name(f"State:{host}"), "active", world.docs("001", "002")]
            for host in EE_ATTACHES
        ],
        1,
    )


def test_attache_network_of_israel_hosts_four(world: World) -> None:
    assert world.rows("attache-network", state="Israel") == by_name(
        [
            ["hosts from", world.name("State:LT"), "planned", world.docs("004")],
            ["hosts from", world.name("State:US"), "active", world.docs("004")],
            ["hosts from", world.name("State:DE"), "active", world.docs("004")],
            ["hosts from", world.name("State:PL"), "active", world.docs("004")],
        ],
        1,
    )


def test_attache_network_both_ways(world: World) -> None:
    assert world.rows("attache-network", state="United States") == [
        ["hosts from", world.name("State:EE"), "active", world.docs("001", "002")],
        ["sends to", world.name("State:IL"), "active", world.docs("004")],
    ]
    assert world.rows("attache-network", state="LT") == [
        ["sends to", world.name("State:IL"), "planned", world.docs("004")]
    ]


def test_cooperation_partners_of_estonia_through_its_ministry_too(world: World) -> None:
    own = world.key("Ministry:EE-defence")
    expected = []
    for partner in ("FI", "SE", "DK", "NO", "US", "GB", "DE", "FR", "PL"):
        ministries = (
            [f"{own} - {world.key(f'Ministry:{partner}-defence')}"]
            if partner in ("PL", "US")
            else []
        )
        domains = world.domains("State:EE", f"State:{partner}")
        if ministries:
            domains = sorted(
                {*domains, *world.domains("Ministry:EE-defence", f"Ministry:{partner}-defence")}
            )
        expected.append([world.name(f"State:{partner}"), domains, ministries, world.docs("002")])
    expected.append(
        [world.name("State:IL"), ["defence-industry", "procurement"], [], world.docs("000")]
    )
    assert world.rows("cooperation-partners", state="Estonia") == by_name(expected, 0)


def test_cooperation_partners_of_israel(world: World) -> None:
    assert world.rows("cooperation-partners", state="IL") == by_name(
        [
            [world.name("State:AZ"), world.domains("State:IL", "State:AZ"), [], world.docs("003")],
            [world.name("State:EE"), ["defence-industry", "procurement"], [], world.docs("000")],
            [world.name("State:LT"), world.domains("State:IL", "State:LT"), [], world.docs("004")],
        ],
        0,
    )


def _memberships(world: World) -> dict[tuple[str, str], set[str]]:
    """(state key, organisation key) -> sources, from the gold and the reference edges."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for fact in world.gold:
        if fact["type"] == "MEMBER_OF":
            pair = (world.key(fact["start"]), world.key(fact["end"]))
            found[pair].add(world.doc(fact["doc"][:3]))
    for pair in world.reference_edges("MEMBER_OF"):
        found[pair].add(REFERENCE)
    return found


def test_members_of(world: World) -> None:
    memberships = _memberships(world)
    for organization in (
        "Organization:NATO|North Atlantic Treaty Organization",
        "Organization:Nordic Battlegroup|EU Nordic Battlegroup",
    ):
        key = world.key(organization)
        expected = [
            [world.name(f"State:{state}"), sorted(sources)]
            for (state, org), sources in memberships.items()
            if org == key
        ]
        assert world.rows("members-of", organization=key) == by_name(expected, 0)
    nbg = world.key("Organization:Nordic Battlegroup|EU Nordic Battlegroup")
    assert {state for state, org in memberships if org == nbg} >= {"EE", "FI", "SE", "NO"}


def test_memberships_of_estonia(world: World) -> None:
    expected = [
        [world.name(f"Organization:{org}"), sorted(sources)]
        for (state, org), sources in _memberships(world).items()
        if state == "EE"
    ]
    rows = world.rows("memberships", state="EE")
    assert rows == by_name(expected, 0)
    assert len(rows) >= 3  # NATO, the EU and the Nordic Battlegroup


def test_companies_of_israel(world: World) -> None:
    based = {pair for pair in world.reference_edges("BASED_IN") if pair[1] == "IL"}
    gold = {
        IAI: ([BARAK], ["State:AZ"]),
        ELBIT: ([], ["State:AZ"]),
        RAFAEL: ([], ["State:AZ"]),
        "Company:Meteor Aerospace": ([], []),
    }
    expected = []
    keys = set()
    for company, (makes, customers) in gold.items():
        key = world.key(company)
        keys.add(key)
        made = {world.name(system) for system in makes}
        made |= {
            world.name(f"WeaponSystem:{system}")
            for maker, system in world.reference_edges("MANUFACTURES")
            if maker == key
        }
        expected.append(
            [
                world.name(company),
                sorted(made),
                world.names(*customers),
                world.docs("003", reference=(key, "IL") in based),
            ]
        )
    for key, _state in based:
        if key not in keys:  # companies that only reference data places in Israel
            made = sorted(
                world.name(f"WeaponSystem:{system}")
                for maker, system in world.reference_edges("MANUFACTURES")
                if maker == key
            )
            expected.append([world.name(f"Company:{key}"), made, [], [REFERENCE]])
    assert world.rows("companies-of", state="Israel") == by_name(expected, 0)


# --- evidence, paths, timelines, documents -------------------------------------------------


def _document_text(path: str) -> str:
    return (SEEDS / Path(path).name).read_text(encoding="utf-8")


def test_evidence_between_estonia_and_israel(world: World) -> None:
    estonia, israel = world.name("State:EE"), world.name("State:IL")
    first, second = sorted([estonia, israel])
    expected = {
        (f"{first} COOPERATES_WITH {second} [defence-industry, procurement]", world.doc("000")),
        (f"{israel} SUPPLIES {estonia}", world.doc("000")),
    } | {
        (f"{estonia} PROCURES {world.name(system)} [delivered, from {israel}]", world.doc("000"))
        for system in GENERIC_EE
    }
    rows = world.rows("evidence", a="Estonia", b="Israel")
    assert {(fact, document) for fact, _confidence, _sentence, document in rows} == expected
    assert rows == sorted(rows, key=lambda row: (row[0], row[3], row[2]))
    for _fact, confidence, sentence, document in rows:
        assert sentence and sentence in _document_text(document)
        assert isinstance(confidence, float) and 0.0 <= confidence <= 1.0
    assert world.rows("evidence", a="IL", b="EE") == rows


def test_evidence_shows_each_facts_confidence_and_filters_by_it(world: World) -> None:
    rows = world.rows("evidence", a="Estonia", b="Israel")
    stored = {
        row["confidence"]
        for row in world.graph.read(
            "MATCH (:State {key: 'EE'})-[r]-(:State {key: 'IL'}) RETURN r.confidence AS confidence"
        )
    }
    assert {confidence for _, confidence, _, _ in rows} >= stored
    scores = sorted({confidence for _, confidence, _, _ in rows})
    assert len(scores) > 1, "facts scored alike test little"
    cut = scores[len(scores) // 2]
    kept = world.rows("evidence", a="Estonia", b="Israel", min_confidence=cut)
    assert kept == [row for row in rows if row[1] >= cut]
    assert world.rows("evidence", a="Estonia", b="Israel", min_confidence=0) == rows
    assert world.rows("evidence", a="Estonia", b="Israel", min_confidence=1.0) == [
        row for row in rows if row[1] == 1.0
    ]


def test_evidence_of_a_maker_and_its_system(world: World) -> None:
    barak, iai = world.name(BARAK), world.name(IAI)
    rows = world.rows("evidence", a="barak 8", b="IAI")
    expected = {
        (f"{iai} MANUFACTURES {barak}", world.doc("003")),
        (f"{world.name('State:AZ')} PROCURES {barak} [delivered, from {iai}]", world.doc("003")),
    }
    if (world.key(IAI), world.key(BARAK)) in world.reference_edges("MANUFACTURES"):
        expected.add((f"{iai} MANUFACTURES {barak}", REFERENCE))  # reference data says so too
    assert {(fact, document) for fact, _confidence, _sentence, document in rows} == expected
    for _fact, confidence, sentence, document in rows:
        if document == REFERENCE:
            assert sentence is None and confidence == 1.0
        else:
            assert sentence and sentence in _document_text(document)


def test_evidence_of_a_reference_fact_names_reference(world: World) -> None:
    region = world.key("Region:baltic-states")
    assert world.rows("evidence", a="EE", b=region) == [
        [
            f"{world.name('State:EE')} IN_REGION {world.name('Region:baltic-states')}",
            1.0,
            None,
            REFERENCE,
        ]
    ]


def test_path_from_lithuania_to_azerbaijan_goes_through_israel(world: World) -> None:
    lithuania, israel, azerbaijan = (world.name(f"State:{k}") for k in ("LT", "IL", "AZ"))
    first, second = sorted([azerbaijan, israel])
    assert world.rows("path", a="Lithuania", b="Azerbaijan") == [
        [
            2,
            f"{lithuania} - {israel} - {azerbaijan}",
            sorted(
                [
                    f"{israel} HOSTS_ATTACHE {lithuania}",
                    f"{israel} SUPPLIES {lithuania}",
                    " COOPERATES_WITH ".join(sorted([israel, lithuania])),
                ]
            )
            + sorted([f"{first} COOPERATES_WITH {second}", f"{israel} SUPPLIES {azerbaijan}"]),
            world.docs("003", "004"),
        ]
    ]


def test_path_leaves_out_hubs_unless_asked(world: World) -> None:
    estonia, israel, azerbaijan = (world.name(f"State:{k}") for k in ("EE", "IL", "AZ"))
    through_israel = [
        2,
        f"{estonia} - {israel} - {azerbaijan}",
        sorted(
            [" COOPERATES_WITH ".join(sorted([estonia, israel])), f"{israel} SUPPLIES {estonia}"]
        )
        + sorted(
            [
                " COOPERATES_WITH ".join(sorted([azerbaijan, israel])),
                f"{israel} SUPPLIES {azerbaijan}",
            ]
        ),
        world.docs("000", "003"),
    ]
    assert world.rows("path", a="EE", b="AZ") == [through_israel]
    munitions = world.name("WeaponSystem:generic-loitering-munition")
    with_hubs = world.rows("path", a="EE", b="AZ", via_hubs=True)
    assert through_israel in with_hubs
    assert [
        2,
        f"{estonia} - {munitions} - {azerbaijan}",
        [f"{estonia} PROCURES {munitions}", f"{azerbaijan} PROCURES {munitions}"],
        world.docs("000", "003"),
    ] in with_hubs
    assert world.rows("path", a="EE", b="AZ", via_hubs=True, limit=1) == with_hubs[:1]


def _gold_timeline(world: World, state: str) -> list[list[Any]]:
    """The timeline query's rows, computed from the gold facts of the seeds."""
    facts: dict[tuple[str, str, str], dict[str, Any]] = {}
    for fact in world.gold:
        start, end, rel_type = fact["start"], fact["end"], fact["type"]
        involved = f"State:{state}" in (start, end) or any(
            ref.startswith(f"Ministry:{state}-") for ref in (start, end)
        )
        if not involved or rel_type in ("PART_OF", "IN_REGION"):
            continue
        names = [world.name(start), world.name(end)]
        if rel_type == "COOPERATES_WITH":
            names.sort()
        entry = facts.setdefault((rel_type, *names), {"docs": set(), "properties": {}})
        entry["docs"].add(fact["doc"][:3])
        entry["refs"] = (start, end)
        entry["properties"].update(fact["properties"])
    rows = []
    for (rel_type, first, second), entry in facts.items():
        text = f"{first} {rel_type} {second}"
        properties = entry["properties"]
        if rel_type == "PROCURES":
            supplier = properties["supplier"]
            label = "State" if len(supplier) == 2 else "Company"
            text += f" [{properties['status']}, from {world.name(f'{label}:{supplier}')}]"
        elif rel_type == "HOSTS_ATTACHE":
            text += f" [{properties['status']}]"
        elif rel_type == "COOPERATES_WITH":
            domains = world.domains(*entry["refs"])
            text += f" [{', '.join(domains)}]" if domains else ""
        dates = [world.dates[d] for d in entry["docs"] if world.dates[d] is not None]
        rows.append([min(dates) if dates else None, text, world.docs(*entry["docs"])])
    return rows


def test_timeline_of_estonia(world: World) -> None:
    expected = [row for row in _gold_timeline(world, "EE") if row[0] is not None]
    assert len(expected) == 29
    assert world.rows("timeline", state="Estonia") == sorted(expected, key=lambda r: (r[0], r[1]))


def test_timeline_of_lithuania_is_undated(world: World) -> None:
    expected = _gold_timeline(world, "LT")
    if all(row[0] is None for row in expected):  # the Lithuanian article carries no date
        assert world.rows("timeline", state="LT") == []
    undated = world.rows("timeline", state="LT", undated=True)
    assert undated == sorted(expected, key=lambda r: (r[0] is None, r[0] or "", r[1]))


def test_documents_about(world: World) -> None:
    details = {
        Path(row["path"]).name[:3]: row
        for row in world.graph.read(
            "MATCH (d:Document) RETURN d.path AS path, d.date AS date, d.title AS title, "
            "d.language AS language"
        )
    }

    def expected(entity: str) -> list[list[Any]]:
        """One row per document with gold facts of the entity: newest first, undated last."""
        facts: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        for fact in world.gold:
            if entity in (fact["start"], fact["end"]):
                facts[fact["doc"][:3]].add((fact["type"], fact["start"], fact["end"]))
        rows = [
            [
                details[n]["date"],
                details[n]["path"],
                details[n]["title"],
                details[n]["language"],
                len(found),
            ]
            for n, found in facts.items()
        ]
        rows.sort(key=lambda row: row[1])
        rows.sort(key=lambda row: row[0] or "", reverse=True)
        rows.sort(key=lambda row: row[0] is None)
        return rows

    for entity, name in ((IAI, "IAI"), ("State:EE", "Estonia"), ("State:AZ", "AZ")):
        rows = world.rows("documents-about", entity=name)
        want = expected(entity)
        # Documents may mention an entity without stating a fact about it: those say 0.
        assert [row for row in rows if row[4] or row[1] in {w[1] for w in want}] == want
        assert all(row[4] == 0 for row in rows if row not in want)
    assert world.rows("documents-about", entity="IAI")[0][4] == 3  # SUPPLIES, BASED_IN, MAKES


# --- every query, entities, read-only ------------------------------------------------------


EXAMPLES: dict[str, dict[str, Any]] = {
    "israeli-suppliers-to-baltics": {},
    "suppliers-of": {"state": "EE"},
    "customers-of": {"supplier": "IL"},
    "weapons-of": {"state": "AZ"},
    "attache-network": {"state": "EE"},
    "cooperation-partners": {"state": "EE"},
    "evidence": {"a": "EE", "b": "IL"},
    "path": {"a": "EE", "b": "AZ"},
    "timeline": {"state": "EE"},
    "members-of": {"organization": "NATO"},
    "memberships": {"state": "EE"},
    "documents-about": {"entity": "EE"},
    "companies-of": {"state": "IL"},
    "systems-by-category": {},
    "top-suppliers": {},
}


def test_every_canned_query_runs_and_returns_its_declared_columns(world: World) -> None:
    canned = [query for query in world.registry if query.origin == "canned"]
    assert {query.name for query in canned} == set(EXAMPLES)
    for query in canned:
        result = run_query(world.graph, query, EXAMPLES[query.name])
        assert result.columns == list(query.columns), query.name
        assert result.rows, f"{query.name} returned nothing on the seeds"
        json.dumps(result.rows)  # plain values only


@pytest.mark.parametrize(
    ("text", "labels", "ref"),
    [
        ("Estonia", ("State",), "State:EE"),
        ("ee", ("State",), "State:EE"),
        ("ESTONIA", (), "State:EE"),
        ("State:EE", (), "State:EE"),
        ("Israel Aerospace Industries", ("State", "Company"), IAI),
        ("IAI", (), IAI),
        ("israel aerospace industries", ("Company",), IAI),
        ("Rafael", ("State", "Company"), RAFAEL),
        ("baltic-states", ("Region",), "Region:baltic-states"),
    ],
)
def test_entities_by_key_name_or_alias(
    world: World, text: str, labels: tuple[str, ...], ref: str
) -> None:
    entity = resolve_entity(world.graph, text, labels)
    assert (entity.label, entity.key) == (ref.split(":")[0], world.key(ref))


def test_barak_without_hyphen_finds_barak_8(world: World) -> None:
    assert resolve_entity(world.graph, "barak 8", ("WeaponSystem",)).key == world.key(BARAK)


def test_unknown_entity_suggests_close_names(world: World) -> None:
    with pytest.raises(QueryError) as caught:
        run_query(world.graph, world.registry.get("weapons-of"), {"state": "Estnia"})
    assert "no State called 'Estnia'" in str(caught.value)
    assert caught.value.hint and "Estonia (State:EE)" in caught.value.hint


def test_entity_of_the_wrong_label_is_refused(world: World) -> None:
    with pytest.raises(QueryError, match="is a Company"):
        run_query(world.graph, world.registry.get("weapons-of"), {"state": "Company:elbit-systems"})
    with pytest.raises(QueryError, match="no State called 'IAI'"):
        run_query(world.graph, world.registry.get("weapons-of"), {"state": "IAI"})


def _counts(graph: Graph) -> tuple[int, int, list[str]]:
    nodes = graph.read("MATCH (n) RETURN count(n) AS n")[0]["n"]
    edges = graph.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    names = [
        row["name"] for row in graph.read("MATCH (s:State) RETURN s.name AS name ORDER BY name")
    ]
    return nodes, edges, names


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE (:State {key: 'XX', name: 'Nowhere'})",
        "MATCH (s:State {key: 'EE'}) SET s.name = 'Changed'",
        "MATCH (s:State {key: 'EE'}) DETACH DELETE s",
        "MERGE (s:State {key: 'EE'}) ON MATCH SET s.hacked = true",
        "MATCH (n) DETACH DELETE n",
        "CREATE INDEX dcgraph_test_index IF NOT EXISTS FOR (n:State) ON (n.name)",
    ],
)
def test_writes_are_refused_and_change_nothing(world: World, statement: str) -> None:
    before = _counts(world.graph)
    with pytest.raises(WriteRefusedError, match="refused"):
        run_cypher(world.graph, statement)
    assert _counts(world.graph) == before
    indexes = world.graph.read("SHOW INDEXES YIELD name RETURN collect(name) AS names")
    assert "dcgraph_test_index" not in indexes[0]["names"]


def test_adhoc_parameters_are_parameters(world: World) -> None:
    result = run_cypher(
        world.graph,
        "MATCH (s:State {key: $key}) RETURN s.name AS name, $key AS given",
        {"key": "EE' OR 1=1 //"},
    )
    assert result.rows == []
    result = run_cypher(world.graph, "MATCH (s:State {key: $key}) RETURN s", {"key": "EE"})
    assert result.columns == ["s"]
    node = result.rows[0][0]
    assert node["_labels"] == ["State"] and node["key"] == "EE"


def test_schema_lists_contract_labels_types_and_constraints(world: World) -> None:
    report = describe_schema(world.graph)
    labels = {row[0]: row[1] for row in report.labels.rows}
    assert {
        "State",
        "Ministry",
        "Company",
        "WeaponSystem",
        "Organization",
        "Region",
        "Document",
    } <= set(labels)
    assert labels["Document"] == 5
    assert labels["State"] >= len({"EE", "IL", "AZ", "LT", "AM", "RU", *EE_ATTACHES})
    types = {row[0]: row[1] for row in report.relationships.rows}
    assert types["HOSTS_ATTACHE"] == 13
    assert types["MENTIONS"] > 0
    constrained = {tuple(row[2]) for row in report.constraints.rows}
    assert ("State",) in constrained and ("Document",) in constrained

"""Every Cypher statement the loader runs, in one place.

Values always travel as parameters. Labels, relationship types and property names cannot be
parameters in Cypher (they decide the plan and the indexes used), so the templates below take
them through the `for_*` functions, which check each against the graph contract
(`model.NODE_LABELS`, `model.RELATIONSHIP_TYPES`) or a fixed list before formatting.

The statements a load batch runs open with `CYPHER replan=skip`. Their plans rest on the key
constraints and on element ids alone, so statistics cannot make them better; but a graph that
grows from empty during a load changes its statistics enough to have each one planned again,
and its code compiled again by the JVM, several times a load (a few seconds of server CPU).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import LiteralString, cast

from dcgraph.errors import SchemaViolation
from dcgraph.model import NODE_LABELS, RELATIONSHIP_TYPES

#: Labels of the loader's own bookkeeping: not part of the graph contract, left out of the
#: fingerprint where their values are volatile.
LOAD_RUN = "LoadRun"
LOAD_LOCK = "LoadLock"
LOAD_STATE = "LoadState"
BOOKKEEPING_LABELS: tuple[str, ...] = (LOAD_RUN, LOAD_LOCK, LOAD_STATE)
ENTITY_LABELS: tuple[str, ...] = tuple(label for label in NODE_LABELS if label != "Document")

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _label(label: str, allowed: tuple[str, ...] = NODE_LABELS) -> str:
    if label not in allowed:
        raise SchemaViolation(f"{label!r} is not a node label of the graph contract")
    return label


def _type(type_: str) -> str:
    if type_ not in RELATIONSHIP_TYPES:
        raise SchemaViolation(f"{type_!r} is not a relationship type of the graph contract")
    return type_


def _identifier(name: str) -> str:
    if not _IDENTIFIER.match(name):
        raise SchemaViolation(f"{name!r} is not a plain property or index name")
    return name


def _query(text: str) -> LiteralString:
    # The driver's typing wants LiteralString; the text is a checked template, never data.
    return cast(LiteralString, text)


# --- schema ----------------------------------------------------------------------------------

KEY_CONSTRAINT = "CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE"
NODE_INDEX = "CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{property})"
#: Name lookups by any spelling: `CALL db.index.fulltext.queryNodes('entity_names', $text)`.
ENTITY_NAMES_INDEX = (
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS "
    "FOR (n:State|Ministry|Company|WeaponSystem|Organization|Region) ON EACH [n.name, n.aliases]"
)
AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)"

#: The indexes beyond the key constraints: what the canned queries and the loader look up.
NODE_INDEXES: tuple[tuple[str, str], ...] = (
    *((label, "name") for label in ENTITY_LABELS),
    ("Ministry", "state"),
    ("Company", "state"),
    ("WeaponSystem", "category"),
    ("Document", "path"),
    ("Document", "sha256"),
    ("Document", "date"),
    (LOAD_RUN, "started_at"),
)


def key_constraint(label: str) -> LiteralString:
    checked = _label(label, NODE_LABELS + BOOKKEEPING_LABELS)
    return _query(KEY_CONSTRAINT.format(name=f"{checked.lower()}_key", label=checked))


def node_index(label: str, property_: str) -> LiteralString:
    checked = _label(label, NODE_LABELS + BOOKKEEPING_LABELS)
    name = _identifier(property_)
    return _query(NODE_INDEX.format(name=f"{checked.lower()}_{name}", label=checked, property=name))


# --- documents -------------------------------------------------------------------------------

#: Everything the loader needs to decide what is new, changed or gone, for every document.
READ_DOCUMENTS = "MATCH (d:Document) RETURN d.key AS key, properties(d) AS properties"

#: `row.properties` is the document's complete property map (key included): stale ones go.
UPSERT_DOCUMENTS = """
CYPHER replan=skip
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
SET d = row.properties
"""

DOCUMENT_MENTIONS = """
CYPHER replan=skip
UNWIND $keys AS key
MATCH (:Document {key: key})-[:MENTIONS]->(n)
RETURN DISTINCT labels(n)[0] AS label, n.key AS key
"""

DELETE_DOCUMENTS = """
CYPHER replan=skip
UNWIND $keys AS key
MATCH (d:Document {key: key})
DETACH DELETE d
"""

#: Drop a rewritten document's MENTIONS that its new version no longer has (`row.keep` holds
#: "Label:key" strings); returns the entities that lost one, which may now be orphans.
DELETE_STALE_MENTIONS = """
CYPHER replan=skip
UNWIND $rows AS row
MATCH (:Document {key: row.doc})-[m:MENTIONS]->(n)
WHERE NOT (labels(n)[0] + ':' + n.key) IN row.keep
DELETE m
RETURN labels(n)[0] AS label, n.key AS key
"""

#: One row per document and label: `row.keys` are the entities of that label it mentions.
MERGE_MENTIONS = """
CYPHER replan=skip
UNWIND $rows AS row
MATCH (d:Document {{key: row.doc}})
UNWIND row.keys AS key
MATCH (n:{label} {{key: key}})
MERGE (d)-[:MENTIONS]->(n)
"""

#: Documents the graph does not hold (the load lock keeps other writers out), with their
#: mentions: created without looking for existing ones. `{properties}` names every property
#: a new Document can have; `row.mentions` maps entity labels to the keys the document
#: mentions. Properties in the CREATE and one subquery per label keep the plan free of Eager
#: (all rows buffered before any is written).
CREATE_DOCUMENTS = """
CYPHER replan=skip
UNWIND $rows AS row
CREATE (d:Document {{{properties}}})
WITH d, row
{mentions}"""
CREATE_DOCUMENT_MENTIONS = """CALL (d, row) {{
  UNWIND row.mentions.{label} AS key
  MATCH (n:{label} {{key: key}})
  CREATE (d)-[:MENTIONS]->(n)
}}
"""


def merge_mentions(label: str) -> LiteralString:
    return _query(MERGE_MENTIONS.format(label=_label(label, ENTITY_LABELS)))


# --- entities --------------------------------------------------------------------------------

#: Entities found in documents: the first writer's name and properties stay (a property the
#: node lacks is filled in), aliases are the union of all.
MERGE_ENTITIES = """
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:{label} {{key: row.key}})
WITH n, row, properties(n) AS old
WITH n, row, old, coalesce(old.aliases, []) AS old_aliases
SET n += row.properties
SET n += old
SET n.aliases = old_aliases + [a IN row.aliases WHERE NOT a IN old_aliases]
"""

#: Reference entities are authoritative: their name and properties overwrite what documents
#: gave; aliases found in documents are kept after the reference ones.
MERGE_REFERENCE_ENTITIES = """
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:{label} {{key: row.key}})
WITH n, row, coalesce(n.aliases, []) AS old_aliases
SET n += row.properties
SET n.aliases = row.aliases + [a IN old_aliases WHERE NOT a IN row.aliases]
"""

#: Entities that lost their last relationship go, unless they are reference data (the caller
#: leaves those out of `$keys`).
DELETE_ORPHANS = """
CYPHER replan=skip
UNWIND $keys AS key
MATCH (n:{label} {{key: key}})
WHERE NOT EXISTS {{ (n)--() }}
DELETE n
RETURN key
"""


def create_documents(properties: Sequence[str]) -> LiteralString:
    """Create new Documents (properties among `properties`) and their mentions of entities
    of any label."""
    listed = ", ".join(f"{_identifier(name)}: row.properties.{name}" for name in properties)
    mentions = "".join(CREATE_DOCUMENT_MENTIONS.format(label=label) for label in ENTITY_LABELS)
    return _query(CREATE_DOCUMENTS.format(properties=listed, mentions=mentions))


def merge_entities(label: str) -> LiteralString:
    return _query(MERGE_ENTITIES.format(label=_label(label, ENTITY_LABELS)))


def merge_reference_entities(label: str) -> LiteralString:
    return _query(MERGE_REFERENCE_ENTITIES.format(label=_label(label, ENTITY_LABELS)))


def delete_orphans(label: str) -> LiteralString:
    return _query(DELETE_ORPHANS.format(label=_label(label, ENTITY_LABELS)))


# --- facts -----------------------------------------------------------------------------------

#: The statements below that return many rows return them as one list (`rows`): one Bolt
#: record instead of thousands.
#:
#: The current state of the facts a batch touches. The subquery makes the planner check the
#: relationship between two bound nodes from the side with fewer relationships (Expand(Into)).
READ_FACTS = """
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:{start} {{key: row.start}}), (b:{end} {{key: row.end}})
CALL (a, b) {{
  MATCH (a)-[r:{type}]->(b)
  RETURN r
}}
RETURN collect({{start: row.start, end: row.end, id: elementId(r), properties: {returned}}}) AS rows
"""
#: What an append needs of a fact: its derived values, never its (long) claims and evidence.
APPEND_READ = "r {.first_seen, .confidence, .claims_latest, .items, .domains, .delivery_years}"

READ_FACTS_BY_ID = """
CYPHER replan=skip
MATCH (a)-[r:{type}]->(b)
WHERE elementId(r) IN $ids
RETURN collect({{id: elementId(r), type: type(r), start_label: labels(a)[0], start: a.key,
                 end_label: labels(b)[0], end: b.key, properties: {returned}}}) AS rows
"""

#: `{properties}` names every property a fact of the type can have (`row.properties` has
#: no others): set in the CREATE, without a SET that makes the planner buffer all rows
#: (Eager) for fear it changes what a later row reads.
CREATE_FACTS = """
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:{start} {{key: row.start}}), (b:{end} {{key: row.end}})
CREATE (a)-[r:{type} {{{properties}}}]->(b)
RETURN collect({{start: row.start, end: row.end, id: elementId(r)}}) AS rows
"""

#: `$properties` maps each relationship's element id to its complete new property map.
UPDATE_FACTS = """
CYPHER replan=skip
MATCH ()-[r]->()
WHERE elementId(r) IN $ids
SET r = $properties[elementId(r)]
"""

#: A fact that gains claims from new documents: the new claims and evidence are appended,
#: derived properties set. The loader may know the fact's element id from an earlier
#: transaction of its run, so the relationship found must still be that fact (type and
#: endpoints); `appended` tells how many were, and the loader starts over when one was not.
#: Types without properties keep no `claims` (one stored by an older dcgraph goes). A fact
#: stored by an older dcgraph has no `source_confidences`: its sources count as unknown (-1).
#:
#: The relationship is found by its element id, then its endpoints checked: matching the
#: endpoints by key first would walk all relationships of a popular entity. `{derived}`
#: names the derived properties a fact of the type can have; one `row.properties` leaves out
#: keep their stored value. All in one SET, as a second one (or `+=`) makes the planner
#: buffer all rows first (Eager).
APPEND_FACTS = """
CYPHER replan=skip
UNWIND $rows AS row
MATCH ()-[r:{type}]->()
WHERE elementId(r) = row.id
WITH row, r, startNode(r) AS a, endNode(r) AS b
WHERE a:{start} AND a.key = row.start AND b:{end} AND b.key = row.end
SET {claims},
    r.source_confidences = coalesce(r.source_confidences, [s IN coalesce(r.sources, []) | -1.0])
        + row.source_confidences,
    r.sources = coalesce(r.sources, []) + row.sources,
    r.evidence = coalesce(r.evidence, []) + row.evidence,
    r.evidence_docs = coalesce(r.evidence_docs, []) + row.evidence_docs,
    r.evidence_spans = coalesce(r.evidence_spans, []) + row.evidence_spans{derived}
RETURN count(r) AS appended
"""
APPEND_CLAIMS = "r.claims = coalesce(r.claims, []) + row.claims"
REMOVE_CLAIMS = "r.claims = null"
APPEND_DERIVED = ",\n    r.{name} = coalesce(row.properties.{name}, r.{name})"

DELETE_FACTS = """
CYPHER replan=skip
MATCH ()-[r]->()
WHERE elementId(r) IN $ids
DELETE r
"""


def read_facts(type_: str, start: str, end: str, *, whole: bool = True) -> LiteralString:
    """Read facts by their endpoints: whole, or only what an append needs."""
    returned = "properties(r)" if whole else APPEND_READ
    return _query(
        READ_FACTS.format(
            type=_type(type_), start=_label(start), end=_label(end), returned=returned
        )
    )


def read_facts_by_id(type_: str, *, whole: bool = True) -> LiteralString:
    returned = "properties(r)" if whole else APPEND_READ
    return _query(READ_FACTS_BY_ID.format(type=_type(type_), returned=returned))


def append_facts(
    type_: str, start: str, end: str, *, claims: bool, derived: Sequence[str]
) -> LiteralString:
    """Append to facts whose derived properties are among `derived`."""
    return _query(
        APPEND_FACTS.format(
            type=_type(type_),
            start=_label(start),
            end=_label(end),
            claims=APPEND_CLAIMS if claims else REMOVE_CLAIMS,
            derived="".join(APPEND_DERIVED.format(name=_identifier(name)) for name in derived),
        )
    )


def create_facts(type_: str, start: str, end: str, properties: Sequence[str]) -> LiteralString:
    """Create facts whose properties are among `properties`."""
    listed = ", ".join(f"{_identifier(name)}: row.properties.{name}" for name in properties)
    return _query(
        CREATE_FACTS.format(
            type=_type(type_), start=_label(start), end=_label(end), properties=listed
        )
    )


# --- reference data --------------------------------------------------------------------------

READ_LOAD_STATE = """
MATCH (s:LoadState {key: $key})
RETURN s.digest AS digest, s.fact_ids AS fact_ids, s.node_ids AS node_ids
"""

WRITE_LOAD_STATE = """
MERGE (s:LoadState {key: $key})
SET s.digest = $digest, s.fact_ids = $fact_ids, s.node_ids = $node_ids
"""

# --- run log ---------------------------------------------------------------------------------

START_RUN = """
MERGE (r:LoadRun {key: $key})
SET r += $properties
"""

FINISH_RUN = """
MATCH (r:LoadRun {key: $key})
SET r += $properties
"""

#: A run whose lock was taken over after it went stale did not finish: say so in the log.
MARK_RUN_INTERRUPTED = """
MATCH (r:LoadRun {key: $key})
WHERE r.status = 'running'
SET r.status = 'interrupted'
"""

# --- the load lock ---------------------------------------------------------------------------

#: Writing a property takes the node's write lock until the transaction ends, so the holder
#: read after it is the committed one and no second loader can decide "free" at the same time.
INSPECT_LOCK = """
MERGE (l:LoadLock {key: $key})
SET l.inspected = true
REMOVE l.inspected
RETURN l.owner AS owner, l.pid AS pid, l.host AS host, l.boot AS boot, l.run AS run,
       l.command AS command, l.acquired_at AS acquired_at,
       CASE WHEN l.heartbeat IS NULL THEN null
            ELSE duration.inSeconds(l.heartbeat, datetime()).seconds END AS idle
"""

TAKE_LOCK = """
MATCH (l:LoadLock {key: $key})
SET l.owner = $owner, l.pid = $pid, l.host = $host, l.boot = $boot, l.run = $run,
    l.command = $command, l.acquired_at = toString(datetime()), l.heartbeat = datetime()
"""

#: Also the fence at the start of every batch: a loader that lost its lock (taken over after
#: it went silent too long) writes nothing more.
HEARTBEAT = """
CYPHER replan=skip
MATCH (l:LoadLock {key: $key})
WHERE l.owner = $owner
SET l.heartbeat = datetime()
RETURN count(l) AS held
"""

RELEASE_LOCK = """
MATCH (l:LoadLock {key: $key})
WHERE l.owner = $owner
REMOVE l.owner, l.pid, l.host, l.boot, l.run, l.command, l.acquired_at, l.heartbeat
SET l.released_at = toString(datetime())
"""

# --- whole-graph reads and maintenance ------------------------------------------------------

FINGERPRINT_NODES = """
MATCH (n)
WHERE NOT n:LoadRun AND NOT n:LoadLock
RETURN labels(n) AS labels, properties(n) AS properties
"""

FINGERPRINT_RELATIONSHIPS = """
MATCH (a)-[r]->(b)
RETURN type(r) AS type, labels(a) AS start_labels, a.key AS start,
       labels(b) AS end_labels, b.key AS end, properties(r) AS properties
"""

COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS count"
ANY_NODE = "MATCH (n) RETURN n.key AS key LIMIT 1"

#: Empties the database in bounded transactions (auto-commit: `IN TRANSACTIONS` needs it).
WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"

# --- the naive loader (benchmark baseline only) ---------------------------------------------

NAIVE_NODE = """
MERGE (n:{label} {{key: $key}})
SET n.name = $name, n.aliases = $aliases, n += $properties
"""

NAIVE_FACT = """
MERGE (a:{start} {{key: $start}})
MERGE (b:{end} {{key: $end}})
MERGE (a)-[r:{type}]->(b)
SET r += $properties,
    r.sources = coalesce(r.sources, []) + $doc,
    r.evidence = coalesce(r.evidence, []) + $sentences
"""

NAIVE_MENTION = """
MERGE (d:Document {{key: $doc}})
MERGE (n:{label} {{key: $key}})
MERGE (d)-[:MENTIONS]->(n)
"""


def naive_node(label: str) -> LiteralString:
    return _query(NAIVE_NODE.format(label=_label(label)))


def naive_fact(type_: str, start: str, end: str) -> LiteralString:
    return _query(NAIVE_FACT.format(type=_type(type_), start=_label(start), end=_label(end)))


def naive_mention(label: str) -> LiteralString:
    return _query(NAIVE_MENTION.format(label=_label(label, ENTITY_LABELS)))

"""The graph contract (SCHEMA.md) as pydantic models and one registry of relationship types.

Everything that enters the graph or leaves `dcgraph extract` is one of these models, so an
edge between the wrong labels, an unknown property or a fact without evidence cannot exist.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

NodeLabel = Literal[
    "State", "Ministry", "Company", "WeaponSystem", "Organization", "Region", "Document"
]
RelationshipType = Literal[
    "SUPPLIES",
    "PROCURES",
    "MANUFACTURES",
    "BASED_IN",
    "COOPERATES_WITH",
    "HOSTS_ATTACHE",
    "MEMBER_OF",
    "PART_OF",
    "IN_REGION",
    "MENTIONS",
]
WeaponCategory = Literal[
    "aircraft",
    "air-defence-system",
    "anti-ship-missile",
    "anti-tank-missile",
    "armoured-vehicle",
    "artillery",
    "ballistic-missile",
    "cruise-missile",
    "guided-missile",
    "loitering-munition",
    "machine-gun",
    "naval-missile",
    "naval-vessel",
    "radar",
    "rocket-launcher",
    "small-arms",
    "uav",
    "other",
]
ProcurementStatus = Literal["delivered", "ordered", "planned", "cancelled", "unknown"]
AttacheStatus = Literal["active", "planned"]

NODE_LABELS: tuple[str, ...] = get_args(NodeLabel)
RELATIONSHIP_TYPES: tuple[str, ...] = get_args(RelationshipType)
WEAPON_CATEGORIES: tuple[str, ...] = get_args(WeaponCategory)

#: The `sources` value of facts that come from dcgraph's own reference data.
REFERENCE_SOURCE = "reference"

_ISO2 = re.compile(r"^[A-Z]{2}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MINISTRY = re.compile(r"^[A-Z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
_DOCUMENT = re.compile(r"^[0-9a-f]{8,64}$")

KEY_PATTERNS: dict[str, re.Pattern[str]] = {
    "State": _ISO2,
    "Ministry": _MINISTRY,
    "Company": _SLUG,
    "WeaponSystem": _SLUG,
    "Organization": _SLUG,
    "Region": _SLUG,
    "Document": _DOCUMENT,
}


def slugify(text: str) -> str:
    """The slug dcgraph uses for keys: ASCII, lower case, words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def generic_weapon_key(category: str) -> str:
    """Key of the generic node that stands for a whole class of weapons."""
    return f"generic-{category}"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NodeRef(Strict):
    """Points at a node by label and key, as edges and gold facts do."""

    label: NodeLabel
    key: str

    # A field validator, not a model one: pydantic runs a model's "after" validators again
    # on every instance passed into another model (each edge's two ends, every edge
    # extracted), its field validators only when the fields themselves are validated.
    @field_validator("key")
    @classmethod
    def _key_fits_label(cls, key: str, info: ValidationInfo) -> str:
        label = info.data.get("label")  # absent when the label itself is invalid
        if label is not None and not KEY_PATTERNS[label].match(key):
            raise ValueError(f"{key!r} is not a valid {label} key")
        return key

    def __str__(self) -> str:
        return f"{self.label}:{self.key}"

    # Refs are dictionary keys everywhere in extraction and loading: hash and compare them
    # by their two fields directly rather than through pydantic's generic machinery.
    def __hash__(self) -> int:
        # The key alone: no tuple to build, and two labels seldom share a key.
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, NodeRef):
            return self.label == other.label and self.key == other.key
        return NotImplemented


@lru_cache(maxsize=200_000)
def node_ref(label: str, key: str) -> NodeRef:
    """A NodeRef, validated once per distinct label and key (extraction makes many)."""
    return NodeRef(label=label, key=key)


PropertyValue = str | int | float | bool | list[str] | list[int] | None


class Node(Strict):
    kind: Literal["node"] = "node"
    label: NodeLabel
    key: str
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    properties: dict[str, PropertyValue] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _key_fits_label(self) -> Node:
        node_ref(self.label, self.key)
        return self

    @property
    def ref(self) -> NodeRef:
        return node_ref(self.label, self.key)


class Evidence(Strict):
    """The sentence that states a fact: which document, and where in its text."""

    doc: str = Field(min_length=1)
    path: str
    sentence: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int

    # A field validator for the reason NodeRef's is one: evidence is passed into every edge.
    @field_validator("end")
    @classmethod
    def _span_is_sane(cls, end: int, info: ValidationInfo) -> int:
        start = info.data.get("start")  # absent when the start itself is invalid
        if start is not None and end <= start:
            raise ValueError("evidence end must lie after its start")
        return end


# --- properties of each relationship type ------------------------------------------------


class NoProperties(Strict):
    pass


class SuppliesProperties(Strict):
    items: tuple[str, ...] = ()


class ProcuresProperties(Strict):
    status: ProcurementStatus = "unknown"
    supplier: str | None = None
    quantity: int | None = Field(default=None, ge=1)
    order_year: int | None = Field(default=None, ge=1900, le=2100)
    delivery_years: tuple[int, ...] = ()
    value: float | None = Field(default=None, gt=0)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")


class CooperatesProperties(Strict):
    domains: tuple[str, ...] = ()


class AttacheProperties(Strict):
    status: AttacheStatus = "active"


class RelationshipSpec(Strict):
    """What one relationship type joins and which properties it carries."""

    start: frozenset[str]
    end: frozenset[str]
    symmetric: bool = False
    properties: type[Strict] = NoProperties
    description: str


RELATIONSHIPS: dict[str, RelationshipSpec] = {
    "SUPPLIES": RelationshipSpec(
        start=frozenset({"State", "Company"}),
        end=frozenset({"State"}),
        properties=SuppliesProperties,
        description="arms flow from supplier to recipient",
    ),
    "PROCURES": RelationshipSpec(
        start=frozenset({"State"}),
        end=frozenset({"WeaponSystem"}),
        properties=ProcuresProperties,
        description="the state acquired, ordered or plans to acquire the system",
    ),
    "MANUFACTURES": RelationshipSpec(
        start=frozenset({"Company"}),
        end=frozenset({"WeaponSystem"}),
        description="the company makes the system",
    ),
    "BASED_IN": RelationshipSpec(
        start=frozenset({"Company"}),
        end=frozenset({"State"}),
        description="the company's home state",
    ),
    "COOPERATES_WITH": RelationshipSpec(
        start=frozenset({"State", "Ministry"}),
        end=frozenset({"State", "Ministry"}),
        symmetric=True,
        properties=CooperatesProperties,
        description="defence cooperation (symmetric)",
    ),
    "HOSTS_ATTACHE": RelationshipSpec(
        start=frozenset({"State"}),
        end=frozenset({"State"}),
        properties=AttacheProperties,
        description="the host state has a defence attaché of the sender state",
    ),
    "MEMBER_OF": RelationshipSpec(
        start=frozenset({"State"}),
        end=frozenset({"Organization"}),
        description="the state is a member of the organisation",
    ),
    "PART_OF": RelationshipSpec(
        start=frozenset({"Ministry"}),
        end=frozenset({"State"}),
        description="the ministry or agency belongs to the state",
    ),
    "IN_REGION": RelationshipSpec(
        start=frozenset({"State"}),
        end=frozenset({"Region"}),
        description="the state lies in the region (reference data)",
    ),
    "MENTIONS": RelationshipSpec(
        start=frozenset({"Document"}),
        end=frozenset(set(NODE_LABELS) - {"Document"}),
        description="the document mentions the entity",
    ),
}


def canonical_order(start: NodeRef, end: NodeRef) -> tuple[NodeRef, NodeRef]:
    """Symmetric facts are stored once, with their endpoints in one fixed order."""
    return (start, end) if (start.label, start.key) <= (end.label, end.key) else (end, start)


class Edge(Strict):
    """A fact between two nodes, with the sentences that state it."""

    kind: Literal["edge"] = "edge"
    type: RelationshipType
    start: NodeRef
    end: NodeRef
    properties: dict[str, Any] = Field(default_factory=dict)
    #: The confidence model's probability that a careful reader lists the fact (3 decimals);
    #: None for reference facts and for facts no model scored.
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    evidence: tuple[Evidence, ...] = ()
    #: `["reference"]` for facts from dcgraph's reference data, else the evidence documents.
    sources: tuple[str, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _derive_sources(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("sources") and data.get("evidence"):
            docs = []
            for item in data["evidence"]:
                doc = item.doc if isinstance(item, Evidence) else item.get("doc")
                if doc not in docs:
                    docs.append(doc)
            data = {**data, "sources": tuple(docs)}
        return data

    @model_validator(mode="after")
    def _fits_contract(self) -> Edge:
        spec = RELATIONSHIPS[self.type]
        if self.start.label not in spec.start or self.end.label not in spec.end:
            raise ValueError(f"{self.type} cannot join {self.start.label} to {self.end.label}")
        is_reference = self.sources == (REFERENCE_SOURCE,)
        if is_reference and self.evidence:
            raise ValueError("reference facts carry no document evidence")
        if is_reference and self.confidence is not None:
            raise ValueError("reference facts carry no model confidence")
        if not is_reference and not self.evidence and self.type != "MENTIONS":
            raise ValueError(f"a {self.type} fact needs evidence or the source 'reference'")
        object.__setattr__(self, "properties", _normalised_properties(self.type, self.properties))
        if spec.symmetric:
            start, end = canonical_order(self.start, self.end)
            object.__setattr__(self, "start", start)
            object.__setattr__(self, "end", end)
        return self

    @property
    def is_reference(self) -> bool:
        return self.sources == (REFERENCE_SOURCE,)

    @property
    def identity(self) -> tuple[str, NodeRef, NodeRef]:
        """Two edges with the same identity are the same fact and merge in the graph."""
        return (self.type, self.start, self.end)


def _normalised_properties(type_: str, properties: dict[str, Any]) -> dict[str, Any]:
    """A fact's properties validated and normalised through its type's own model."""
    key = _properties_key(type_, properties)
    if key is None:
        return _validate_properties(type_, properties)
    known = _VALIDATED_PROPERTIES.get(key)
    if known is None:
        if len(_VALIDATED_PROPERTIES) >= _VALIDATED_PROPERTIES_LIMIT:
            _VALIDATED_PROPERTIES.clear()
        normalised = _validate_properties(type_, properties)
        known = _VALIDATED_PROPERTIES[key] = tuple(
            (name, tuple(value) if isinstance(value, list) else value)
            for name, value in normalised.items()
        )
    # Every fact gets its own dict and lists, as a fresh validation would give it.
    return {name: list(value) if isinstance(value, tuple) else value for name, value in known}


def _validate_properties(type_: str, properties: dict[str, Any]) -> dict[str, Any]:
    validated = RELATIONSHIPS[type_].properties.model_validate(properties)
    # Statuses stay even at their default; empty lists say nothing and are dropped.
    return {
        key: list(value) if isinstance(value, tuple) else value
        for key, value in validated.model_dump(exclude_none=True).items()
        if value != () and (key in properties or key == "status")
    }


#: Properties already validated, by type and value: many facts share their properties, and
#: every edge is validated again inside its Extraction. Only valid properties get here, so an
#: invalid one is still refused each time.
_VALIDATED_PROPERTIES: dict[tuple[object, ...], tuple[tuple[str, object], ...]] = {}
_VALIDATED_PROPERTIES_LIMIT = 50_000
_SCALARS = (str, int, float, bool, type(None))


def _properties_key(type_: str, properties: dict[str, Any]) -> tuple[object, ...] | None:
    """A hashable key for properties of plain values; types are part of it because 1, 1.0
    and True are equal but need not validate alike, and floats go by repr (0.0 and -0.0,
    NaN). None when a value is anything else."""
    key: list[object] = [type_]
    for name, value in properties.items():
        kind = type(value)
        if kind in _SCALARS:
            key.append((name, kind, repr(value) if kind is float else value))
        elif kind is list or kind is tuple:
            items = tuple(
                (type(item), repr(item) if type(item) is float else item) for item in value
            )
            if not all(item_kind in _SCALARS for item_kind, _ in items):
                return None
            key.append((name, kind, items))
        else:
            return None
    return tuple(key)


class DocumentInfo(Strict):
    """What dcgraph knows about one source document."""

    key: str
    path: str
    title: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    language: str | None = None
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    characters: int = Field(ge=0)

    @field_validator("key")
    @classmethod
    def _key_shape(cls, value: str) -> str:
        NodeRef(label="Document", key=value)
        return value

    def as_node(self) -> Node:
        properties: dict[str, PropertyValue] = {
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "language": self.language,
            "sha256": self.sha256,
        }
        return Node(
            label="Document",
            key=self.key,
            name=self.title or self.path,
            properties={k: v for k, v in properties.items() if v is not None},
        )


class Extraction(Strict):
    """Everything extracted from one document: its entities, its facts, what it mentions."""

    document: DocumentInfo
    nodes: tuple[Node, ...] = ()
    edges: tuple[Edge, ...] = ()
    mentions: tuple[NodeRef, ...] = ()

    @model_validator(mode="after")
    def _edges_join_known_nodes(self) -> Extraction:
        return self.check_edges_join_known_nodes()

    def check_edges_join_known_nodes(self) -> Extraction:
        """Every edge's ends are among the nodes (also for an Extraction built of parts that
        are validated already, with `model_construct`)."""
        # Labels and keys as plain pairs: no NodeRef to look up per node, nor to hash.
        known = {(node.label, node.key) for node in self.nodes}
        for edge in self.edges:
            for end in (edge.start, edge.end):
                if (end.label, end.key) not in known:
                    raise ValueError(f"{edge.type} edge points at {end}, which is not a node")
        return self

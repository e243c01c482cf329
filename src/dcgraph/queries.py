"""Canned Cypher queries: files with a header, a registry, typed parameters, entity names.

Each query lives in its own `.cypher` file whose first lines are a header of `//` comments:

    // name: suppliers-of
    // description: Who supplies arms to a state, with the items and the source documents.
    // param: state entity(State) required "The recipient state: key or name (EE, Estonia)"
    // param: limit int default=10 "How many rows at most"
    // columns: supplier, supplier_type, items, sources
    // example: dcgraph query suppliers-of -p state=Estonia
    //
    // Free comments follow an empty `//` line; the header ends there or at the first code.

`param:` takes a name, a type (`string`, `int`, `float`, `bool`, `category` (a weapon
category), `entity` or `entity(Label|Label...)`), then `required`, `optional` (null when not
given) or `default=VALUE`, then the help text in quotes. The registry checks that the `$names`
the Cypher uses are exactly the declared parameters. Entity parameters are given by key, name
or alias, case-insensitively ("Estonia", "EE", "State:EE", "IAI"); they are resolved against
the graph and reach the Cypher as the entity's key.

Canned queries ship with dcgraph (the repository's `cypher/` folder, installed as
`dcgraph/cypher`); users add their own in `DCGRAPH_QUERIES_DIR`. A user query may not take the
name of a canned one: that is an error naming the file, never a silent override.
"""

from __future__ import annotations

import difflib
import json
import math
import re
import shlex
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from dcgraph.database import Graph
from dcgraph.errors import QueryError, SchemaViolation
from dcgraph.model import NODE_LABELS, RELATIONSHIPS, WEAPON_CATEGORIES, slugify

ParamType = Literal["string", "int", "float", "bool", "category", "entity"]
ParamValue = str | int | float | bool | None

#: Labels an entity parameter may name: every node label of the contract except documents.
ENTITY_LABELS: tuple[str, ...] = tuple(label for label in NODE_LABELS if label != "Document")

_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_HEADER_LINE = re.compile(r"^//\s?(?:(?P<key>[a-z]+):\s*(?P<value>.*?))?\s*$")
_TYPE = re.compile(r"^(?P<base>[a-z]+)(?:\((?P<labels>[A-Za-z|]+)\))?$")
_HEADER_KEYS = ("name", "description", "param", "columns", "example")
_TRUE = frozenset({"true", "yes", "y", "1", "on"})
_FALSE = frozenset({"false", "no", "n", "0", "off"})


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QueryParameter(Strict):
    """One parameter of a query, as its header declares it."""

    name: str = Field(pattern=_IDENTIFIER.pattern)
    type: ParamType
    #: For entity parameters: the labels the entity may have (all entity labels when empty).
    labels: tuple[str, ...] = ()
    required: bool = False
    default: ParamValue = None
    help: str = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> QueryParameter:
        if self.labels and self.type != "entity":
            raise ValueError("only entity parameters take labels")
        unknown = [label for label in self.labels if label not in ENTITY_LABELS]
        if unknown:
            raise ValueError(
                f"unknown label {unknown[0]!r} (entity labels: {', '.join(ENTITY_LABELS)})"
            )
        if self.required and self.default is not None:
            raise ValueError("a required parameter has no default")
        if self.default is not None:
            object.__setattr__(self, "default", convert_value(self, self.default))
        return self

    @property
    def type_text(self) -> str:
        """The type as the header writes it: `int`, `entity(State|Company)`."""
        return f"entity({'|'.join(self.labels)})" if self.labels else self.type

    @property
    def entity_labels(self) -> tuple[str, ...]:
        return self.labels or ENTITY_LABELS

    @property
    def default_text(self) -> str:
        """How the catalogue shows what happens when the parameter is not given."""
        if self.required:
            return "required"
        if self.default is None:
            return "optional"
        if isinstance(self.default, bool):
            return f"default {str(self.default).lower()}"
        return f"default {self.default}"

    @property
    def short_text(self) -> str:
        """`state` when required, `limit=10` with a default, `[category]` when optional."""
        if self.required:
            return self.name
        if self.default is None:
            return f"[{self.name}]"
        value = str(self.default).lower() if isinstance(self.default, bool) else self.default
        return f"{self.name}={value}"

    def describe(self) -> str:
        """One line: `state (entity(State), required): The recipient state ...`."""
        return f"{self.name} ({self.type_text}, {self.default_text}): {self.help}"


class Query(Strict):
    """A query file: its header and its Cypher."""

    name: str = Field(pattern=_NAME.pattern)
    description: str = Field(min_length=1, max_length=120)
    parameters: tuple[QueryParameter, ...] = ()
    columns: tuple[str, ...] = Field(min_length=1)
    examples: tuple[str, ...] = ()
    cypher: str = Field(min_length=1)
    path: Path
    origin: Literal["canned", "user"] = "canned"

    @model_validator(mode="after")
    def _consistent(self) -> Query:
        names = [parameter.name for parameter in self.parameters]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"parameter {duplicates[0]!r} is declared twice")
        bad_columns = [column for column in self.columns if not _IDENTIFIER.match(column)]
        if bad_columns:
            raise ValueError(f"column {bad_columns[0]!r} is not a plain identifier")
        if len(set(self.columns)) != len(self.columns):
            raise ValueError("a column is declared twice")
        used = cypher_parameters(self.cypher)
        undeclared = sorted(used - set(names))
        if undeclared:
            raise ValueError(f"the Cypher uses ${undeclared[0]}, which the header does not declare")
        unused = sorted(set(names) - used)
        if unused:
            raise ValueError(f"parameter {unused[0]!r} is declared but the Cypher never uses it")
        return self

    def parameter(self, name: str) -> QueryParameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def usage(self) -> str:
        """`dcgraph query suppliers-of -p state=...`: the required parameters spelled out."""
        parts = [f"dcgraph query {self.name}"]
        parts += [f"-p {p.name}=..." for p in self.parameters if p.required]
        return " ".join(parts)

    def parameters_text(self) -> str:
        """The parameter list for error hints, on one line."""
        if not self.parameters:
            return f"{self.name} takes no parameters"
        return f"parameters of {self.name}: " + "; ".join(p.describe() for p in self.parameters)


# --- parsing query files -----------------------------------------------------------------


def strip_strings_and_comments(cypher: str) -> str:
    """The Cypher with string literals, quoted names and comments blanked out."""
    pattern = re.compile(
        r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?\*/""", re.DOTALL
    )
    return pattern.sub(lambda match: " " * len(match.group(0)), cypher)


def cypher_parameters(cypher: str) -> set[str]:
    """The `$names` a Cypher statement uses (not counting strings and comments)."""
    code = strip_strings_and_comments(cypher)
    names = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", code))
    names |= set(re.findall(r"\$`([^`]+)`", cypher))
    return names


def _parse_parameter(text: str) -> QueryParameter:
    try:
        tokens = shlex.split(text)
    except ValueError as exc:
        raise ValueError(f"cannot read param line {text!r}: {exc}") from exc
    if len(tokens) != 4:
        raise ValueError(
            f'param line {text!r} needs 4 parts: name type required|optional|default=VALUE "help"'
        )
    name, type_text, presence, help_text = tokens
    match = _TYPE.match(type_text)
    if not match or match.group("base") not in get_args(ParamType):
        raise ValueError(
            f"parameter {name!r}: unknown type {type_text!r} "
            "(string, int, float, bool, category, entity, entity(Label|Label))"
        )
    base, labels = match.group("base"), match.group("labels")
    values: dict[str, Any] = {
        "name": name,
        "type": base,
        "labels": tuple(labels.split("|")) if labels else (),
        "help": help_text,
    }
    if presence == "required":
        values["required"] = True
    elif presence.startswith("default="):
        values["default"] = presence.removeprefix("default=")
    elif presence != "optional":
        raise ValueError(
            f"parameter {name!r}: {presence!r} should be required, optional or default=VALUE"
        )
    return QueryParameter(**values)


def parse_query(text: str, path: Path, origin: Literal["canned", "user"] = "canned") -> Query:
    """Read one query file; QueryError says what is wrong with its header."""
    header: dict[str, list[str]] = {key: [] for key in _HEADER_KEYS}
    lines = text.splitlines()
    body_start = len(lines)
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("//") or not stripped.removeprefix("//").strip():
            body_start = number  # the header ends at the first code line or empty `//`
            break
        match = _HEADER_LINE.match(stripped)
        if match is None or (match.group("key") and match.group("key") not in _HEADER_KEYS):
            raise QueryError(
                f"{path}:{number + 1}: header line {stripped!r} is not `// key: value` "
                f"(keys: {', '.join(_HEADER_KEYS)})"
            )
        if match.group("key"):
            header[match.group("key")].append(match.group("value"))
    cypher = "\n".join(lines[body_start:]).strip().rstrip(";").strip()
    try:
        for key in ("name", "description", "columns"):
            if len(header[key]) != 1:
                raise ValueError(f"the header needs exactly one `// {key}:` line")
        name = header["name"][0]
        if name != path.stem:
            raise ValueError(f"the query is named {name!r} but its file is {path.name!r}")
        if ";" in strip_strings_and_comments(cypher):
            raise ValueError("one statement per file: the Cypher has a `;` in it")
        return Query(
            name=name,
            description=header["description"][0],
            parameters=tuple(_parse_parameter(item) for item in header["param"]),
            columns=tuple(c.strip() for c in header["columns"][0].split(",") if c.strip()),
            examples=tuple(header["example"]),
            cypher=cypher,
            path=path,
            origin=origin,
        )
    except ValidationError as exc:
        problem = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or 'header'}: "
            f"{error['msg'].removeprefix('Value error, ')}"
            for error in exc.errors()
        )
        raise QueryError(f"{path}: {problem}") from exc
    except ValueError as exc:
        raise QueryError(f"{path}: {exc}") from exc


def canned_dir() -> Path:
    """Where the canned queries are: the installed package's `dcgraph/cypher`, or the
    repository's top-level `cypher/` in a source checkout or editable install."""
    installed = Path(__file__).resolve().parent / "cypher"
    if installed.is_dir():
        return installed
    checkout = Path(__file__).resolve().parents[2] / "cypher"
    if checkout.is_dir():
        return checkout
    raise QueryError(
        f"the canned queries are missing: neither {installed} nor {checkout} exists",
        hint="reinstall dcgraph (`pip install --force-reinstall dcgraph`)",
    )


def load_folder(folder: Path, origin: Literal["canned", "user"]) -> list[Query]:
    if not folder.is_dir():
        raise QueryError(
            f"the queries folder {folder} does not exist",
            hint="create it, or point DCGRAPH_QUERIES_DIR at your folder of .cypher files",
        )
    queries = []
    for path in sorted(folder.glob("*.cypher")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot be read ({exc})") from exc
        queries.append(parse_query(text, path, origin))
    return queries


class Registry:
    """The queries dcgraph knows: the canned ones and the user's own."""

    def __init__(self, queries: list[Query]) -> None:
        self._queries: dict[str, Query] = {}
        for query in queries:
            existing = self._queries.get(query.name)
            if existing is not None:
                raise QueryError(
                    f"{query.path}: a query named {query.name!r} already exists "
                    f"({existing.origin}, {existing.path})",
                    hint="rename your query file and its `// name:` line",
                )
            self._queries[query.name] = query

    @classmethod
    def load(cls, user_dir: Path | None = None, canned: Path | None = None) -> Registry:
        """The canned queries and, when given, the user's folder of queries."""
        queries = load_folder(canned or canned_dir(), "canned")
        if user_dir is not None:
            queries += load_folder(Path(user_dir).expanduser(), "user")
        return cls(queries)

    def __iter__(self) -> Iterator[Query]:
        return iter(sorted(self._queries.values(), key=lambda q: (q.origin != "canned", q.name)))

    def __len__(self) -> int:
        return len(self._queries)

    def __contains__(self, name: object) -> bool:
        return name in self._queries

    def names(self) -> list[str]:
        return [query.name for query in self]

    def get(self, name: str) -> Query:
        query = self._queries.get(name)
        if query is not None:
            return query
        close = difflib.get_close_matches(name, list(self._queries), n=3, cutoff=0.5)
        close += [n for n in self._queries if name and name in n and n not in close][:3]
        hint = (
            f"did you mean {' or '.join(close[:3])}? (`dcgraph queries` lists them all)"
            if close
            else "`dcgraph queries` lists them all"
        )
        raise QueryError(f"no query named {name!r}", hint=hint)

    def catalogue(self) -> list[dict[str, Any]]:
        """One row per query: name, origin, description, parameters, columns."""
        return [
            {
                "name": query.name,
                "origin": query.origin,
                "description": query.description,
                "parameters": [p.describe() for p in query.parameters],
                "columns": list(query.columns),
            }
            for query in self
        ]

    def readme_block(self) -> str:
        """The README's catalogue block: a note on where it comes from, then the catalogue."""
        note = (
            "<!-- Generated from the headers of cypher/*.cypher by "
            "`dcgraph queries --readme README.md`; tests/test_docs.py checks it. -->\n\n"
        )
        return note + self.catalogue_markdown()

    def catalogue_markdown(self) -> str:
        """The README's query catalogue (`dcgraph queries --format markdown`)."""
        out: list[str] = []
        for query in self:
            out.append(f"### `{query.name}`\n")
            out.append(f"{query.description}\n")
            if query.parameters:
                out.append("| parameter | type | default | meaning |")
                out.append("| --- | --- | --- | --- |")
                for p in query.parameters:
                    cells = [f"`{p.name}`", p.type_text, p.default_text.removeprefix("default ")]
                    cells.append(p.help)
                    # A `|` inside a cell (entity(State|Company)) would split the table.
                    out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
                out.append("")
            out.append(f"Columns: {', '.join(f'`{c}`' for c in query.columns)}\n")
            for example in query.examples:
                out.append(f"    {example}")
            if query.examples:
                out.append("")
        return "\n".join(out).rstrip() + "\n"


def replace_marked_block(text: str, marker: str, content: str) -> str:
    """`text` with what lies between `<!-- marker:start -->` and `<!-- marker:end -->`
    replaced by `content`; the markers and the block are appended when absent."""
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    block = f"{start}\n{content.rstrip()}\n{end}"
    if start in text and end in text:
        before, _, rest = text.partition(start)
        _, _, after = rest.partition(end)
        return before + block + after
    return text.rstrip("\n") + "\n\n" + block + "\n"


def marked_block(text: str, marker: str) -> str | None:
    """What lies between the markers (without them), or None when they are missing."""
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    if start not in text or end not in text:
        return None
    return text.partition(start)[2].partition(end)[0].strip("\n") + "\n"


# --- parameter values --------------------------------------------------------------------


def convert_value(parameter: QueryParameter, value: Any) -> ParamValue:
    """A parameter value in its declared type; ValueError says why it does not fit."""
    kind = parameter.type
    if value is None:
        return None
    if kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValueError(f"{value!r} is not true or false")
    if kind == "int":
        if isinstance(value, bool):
            raise ValueError(f"{value!r} is not a whole number")
        try:
            return int(str(value).strip())
        except ValueError:
            raise ValueError(f"{value!r} is not a whole number") from None
    if kind == "float":
        try:
            number = float(str(value).strip())
        except ValueError:
            raise ValueError(f"{value!r} is not a number") from None
        if not math.isfinite(number):
            raise ValueError(f"{value!r} is not a finite number")
        return number
    text = str(value).strip()
    if not text:
        raise ValueError("it is empty")
    if kind == "category":
        slug = slugify(text)
        for candidate in (slug, slug.removesuffix("s"), slug.removesuffix("es")):
            if candidate in WEAPON_CATEGORIES:
                return candidate
        close = difflib.get_close_matches(slug, WEAPON_CATEGORIES, n=3, cutoff=0.5)
        suggestion = f"; did you mean {' or '.join(close)}?" if close else ""
        raise ValueError(
            f"{text!r} is not a weapon category{suggestion} "
            f"(categories: {', '.join(WEAPON_CATEGORIES)})"
        )
    return text


def bind_parameters(query: Query, given: Mapping[str, Any]) -> dict[str, ParamValue]:
    """The query's parameter values: given ones converted to their types, defaults filled in.

    Entity parameters stay text here; `resolve_parameters` turns them into keys.
    """
    values: dict[str, ParamValue] = {}
    for name in given:
        if query.parameter(name) is None:
            raise QueryError(
                f"query {query.name} has no parameter {name!r}", hint=query.parameters_text()
            )
    for parameter in query.parameters:
        if parameter.name in given and given[parameter.name] is not None:
            try:
                values[parameter.name] = convert_value(parameter, given[parameter.name])
            except ValueError as exc:
                raise QueryError(
                    f"parameter {parameter.name} of query {query.name} "
                    f"({parameter.type_text}): {exc}",
                    hint=query.parameters_text(),
                ) from exc
        elif parameter.required:
            raise QueryError(
                f"query {query.name} needs parameter {parameter.name} (usage: {query.usage()})",
                hint=query.parameters_text(),
            )
        else:
            values[parameter.name] = parameter.default
    return values


def parse_assignments(items: list[str] | tuple[str, ...] | None) -> dict[str, str]:
    """`["state=EE", "limit=5"]` as a dict; QueryError for an item without `=`."""
    result: dict[str, str] = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise QueryError(
                f"parameter {item!r} is not name=value", hint="for example: -p state=Estonia"
            )
        if name in result:
            raise QueryError(f"parameter {name!r} is given twice")
        result[name] = value
    return result


def adhoc_value(text: str) -> Any:
    """An ad-hoc query's parameter: JSON when it reads as JSON (5, true, [1, 2], "x"), else
    the text itself."""
    try:
        return json.loads(text)
    except ValueError:
        return text


# --- entities ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    """A node an entity parameter named."""

    label: str
    key: str
    name: str

    def __str__(self) -> str:
        return f"{self.name} ({self.label}:{self.key})"


def _normalise(text: str) -> str:
    return slugify(text)


def _candidates_cypher(labels: tuple[str, ...], exact: bool) -> str:
    """A UNION of one MATCH per label; the labels are checked against the contract first."""
    for label in labels:
        if label not in NODE_LABELS:
            raise SchemaViolation(f"unknown label {label!r}")
    condition = (
        " WHERE toLower(n.key) = $q OR toLower(n.name) = $q"
        " OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $q)"
        if exact
        else ""
    )
    parts = [
        f"MATCH (n:{label}){condition} RETURN '{label}' AS label, n.key AS key, "
        "coalesce(n.name, n.key) AS name, coalesce(n.aliases, []) AS aliases"
        for label in labels
    ]
    return " UNION ALL ".join(parts)


def _split_label(text: str, labels: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """`State:EE` names the label explicitly; `Estonia` leaves it to the allowed labels."""
    prefix, sep, rest = text.partition(":")
    if not sep:
        return text, labels
    label = next((known for known in NODE_LABELS if known.lower() == prefix.strip().lower()), None)
    if label is None:
        return text, labels
    if label not in labels:
        raise QueryError(
            f"{text!r} is a {label}, but this parameter takes {' or '.join(labels)}",
        )
    return rest.strip(), (label,)


def _ambiguity(text: str, hits: list[Entity]) -> QueryError:
    listed = ", ".join(str(hit) for hit in hits[:6])
    example = f"{hits[0].label}:{hits[0].key}"
    return QueryError(
        f"{text!r} is ambiguous: {listed}",
        hint=f"give the key with its label, for example {example}",
    )


def resolve_entity(graph: Graph, text: str, labels: tuple[str, ...] = ()) -> Entity:
    """The node a user means by a key, name or alias (case-insensitive, `Label:key` allowed).

    Tiers, first that matches wins: key; name or alias; the same text ignoring case, accents,
    spaces and punctuation ("Barak 8" = "barak-8"). More than one node in the winning tier is
    an ambiguity; none at all is an error with the closest names.
    """
    allowed = labels or ENTITY_LABELS
    wanted, allowed = _split_label(text.strip(), allowed)
    query = wanted.lower()
    rows = graph.read(_candidates_cypher(allowed, exact=True), {"q": query})
    entities = {(r["label"], r["key"]): Entity(r["label"], r["key"], r["name"]) for r in rows}
    by_key = [e for (label, key), e in entities.items() if key.lower() == query]
    for tier in (by_key, list(entities.values())):
        if len(tier) == 1:
            return tier[0]
        if len(tier) > 1:
            raise _ambiguity(text, sorted(tier, key=lambda e: (e.label, e.key)))
    rows = graph.read(_candidates_cypher(allowed, exact=False))
    target = _normalise(wanted)
    similar: dict[tuple[str, str], Entity] = {}
    spellings: dict[str, set[tuple[str, str]]] = {}
    for row in rows:
        entity = Entity(row["label"], row["key"], row["name"])
        for spelling in (row["key"], row["name"], *row["aliases"]):
            normalised = _normalise(str(spelling))
            spellings.setdefault(normalised, set()).add((entity.label, entity.key))
            if normalised and normalised == target:
                similar[(entity.label, entity.key)] = entity
    if len(similar) == 1:
        return next(iter(similar.values()))
    if similar:
        raise _ambiguity(text, sorted(similar.values(), key=lambda e: (e.label, e.key)))
    kinds = " or ".join(allowed) if len(allowed) <= 3 else "entity"
    if not rows:
        raise QueryError(
            f"no {kinds} called {wanted!r}: the graph has no {kinds} at all",
            hint="load documents first: `dcgraph load seeds/`",
        )
    names = {(r["label"], r["key"]): Entity(r["label"], r["key"], r["name"]) for r in rows}
    close: list[Entity] = []
    for spelling in difflib.get_close_matches(target, list(spellings), n=8, cutoff=0.6):
        for ref in sorted(spellings[spelling]):
            if names[ref] not in close:
                close.append(names[ref])
    hint = (
        f"did you mean {', '.join(str(entity) for entity in close[:4])}?"
        if close
        else f"`dcgraph cypher 'MATCH (n:{allowed[0]}) RETURN n.key, n.name'` lists them"
    )
    raise QueryError(f"no {kinds} called {wanted!r} in the graph", hint=hint)


def resolve_parameters(
    graph: Graph, query: Query, values: Mapping[str, ParamValue]
) -> tuple[dict[str, ParamValue], dict[str, Entity]]:
    """The values with each entity parameter's text replaced by the entity's key."""
    resolved = dict(values)
    entities: dict[str, Entity] = {}
    for parameter in query.parameters:
        value = values.get(parameter.name)
        if parameter.type != "entity" or value is None:
            continue
        try:
            entity = resolve_entity(graph, str(value), parameter.entity_labels)
        except QueryError as exc:
            raise QueryError(f"parameter {parameter.name}: {exc}", hint=exc.hint) from exc
        entities[parameter.name] = entity
        resolved[parameter.name] = entity.key
    return resolved, entities


# --- running -----------------------------------------------------------------------------


@dataclass
class QueryResult:
    """What a query returned: column names and rows of plain values (JSON-ready)."""

    columns: list[str]
    rows: list[list[Any]]
    query: str | None = None
    parameters: dict[str, Any] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def plain(value: Any) -> Any:
    """A driver value as plain Python: nodes, relationships and paths as dicts, times as ISO."""
    from neo4j.graph import Node, Path, Relationship

    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **plain(dict(value))}
    if isinstance(value, Relationship):
        start, end = value.start_node, value.end_node
        return {
            "_type": value.type,
            "_start": plain(start.get("key")) if start is not None else None,
            "_end": plain(end.get("key")) if end is not None else None,
            **plain(dict(value)),
        }
    if isinstance(value, Path):
        return {
            "_nodes": [plain(node) for node in value.nodes],
            "_relationships": [plain(rel) for rel in value.relationships],
        }
    if isinstance(value, bytes | bytearray):
        return bytes(value).hex()
    iso = getattr(value, "iso_format", None)
    if callable(iso):
        return iso()
    return str(value)


def graph_is_empty(graph: Graph) -> bool:
    """True when no document was ever loaded (reference data alone is not an analysis)."""
    return graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"] == 0


def require_data(graph: Graph) -> None:
    if graph_is_empty(graph):
        raise QueryError(
            "the graph is empty: no documents are loaded",
            hint="load some first: `dcgraph load seeds/`",
        )


def prepare(
    graph: Graph, query: Query, given: Mapping[str, Any]
) -> tuple[dict[str, ParamValue], dict[str, Entity]]:
    """Check the parameters, make sure there is data, resolve entities to keys."""
    values = bind_parameters(query, given)
    require_data(graph)
    return resolve_parameters(graph, query, values)


def run_query(graph: Graph, query: Query, given: Mapping[str, Any] | None = None) -> QueryResult:
    """Run a canned or user query in a read transaction."""
    parameters, entities = prepare(graph, query, given or {})
    columns, rows = graph.read_records(query.cypher, parameters)
    return QueryResult(
        columns=columns,
        rows=[[plain(value) for value in row] for row in rows],
        query=query.name,
        parameters=parameters,
        entities=entities,
    )


def run_cypher(
    graph: Graph, cypher: str, parameters: Mapping[str, Any] | None = None
) -> QueryResult:
    """Run an ad-hoc statement in a read transaction: Neo4j refuses any write in it."""
    text = cypher.strip().rstrip(";").strip()
    if not text:
        raise QueryError("the Cypher statement is empty")
    used = cypher_parameters(text)
    given = dict(parameters or {})
    missing = sorted(used - set(given))
    if missing:
        raise QueryError(
            f"the statement uses ${missing[0]} but no value is given",
            hint=f"add -p {missing[0]}=VALUE",
        )
    columns, rows = graph.read_records(text, given)
    return QueryResult(columns, [[plain(value) for value in row] for row in rows], None, given)


# --- the schema --------------------------------------------------------------------------


def _quoted(name: str) -> str:
    """A label or type from the database itself, as a quoted Cypher name."""
    return "`" + name.replace("`", "``") + "`"


@dataclass
class SchemaReport:
    """What `dcgraph schema` shows: labels, relationship types, constraints and indexes."""

    labels: QueryResult
    relationships: QueryResult
    constraints: QueryResult
    indexes: QueryResult

    def sections(self) -> dict[str, QueryResult]:
        return {
            "labels": self.labels,
            "relationships": self.relationships,
            "constraints": self.constraints,
            "indexes": self.indexes,
        }


def describe_schema(graph: Graph) -> SchemaReport:
    """Labels and relationship types with their counts (the contract's, even when absent),
    constraints and indexes."""
    present_labels = [r["label"] for r in graph.read("CALL db.labels() YIELD label RETURN label")]
    labels = list(NODE_LABELS) + sorted(set(present_labels) - set(NODE_LABELS))
    label_counts = {
        label: graph.read(f"MATCH (n:{_quoted(label)}) RETURN count(n) AS n")[0]["n"]
        for label in labels
    }
    present_types = [
        r["type"]
        for r in graph.read(
            "CALL db.relationshipTypes() YIELD relationshipType AS type RETURN type"
        )
    ]
    types = list(RELATIONSHIPS) + sorted(set(present_types) - set(RELATIONSHIPS))
    type_counts = {
        rel_type: graph.read(f"MATCH ()-[r:{_quoted(rel_type)}]->() RETURN count(r) AS n")[0]["n"]
        for rel_type in types
    }

    def joins(rel_type: str) -> str:
        spec = RELATIONSHIPS.get(rel_type)
        if spec is None:
            return ""
        arrow = "<->" if spec.symmetric else "->"
        start = "|".join(sorted(spec.start)) if len(spec.start) < 4 else "any"
        end = "|".join(sorted(spec.end)) if len(spec.end) < 4 else "any"
        return f"{start} {arrow} {end}"

    constraints = graph.read(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
        "RETURN name, type, labelsOrTypes, properties ORDER BY name"
    )
    indexes = graph.read(
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state "
        "RETURN name, type, labelsOrTypes, properties, state ORDER BY name"
    )
    return SchemaReport(
        labels=QueryResult(
            ["label", "nodes", "in_contract"],
            [[label, label_counts[label], label in NODE_LABELS] for label in labels],
        ),
        relationships=QueryResult(
            ["type", "relationships", "joins"],
            [[rel_type, type_counts[rel_type], joins(rel_type)] for rel_type in types],
        ),
        constraints=QueryResult(
            ["name", "type", "on", "properties"],
            [
                [r["name"], r["type"], plain(r["labelsOrTypes"]), plain(r["properties"])]
                for r in constraints
            ],
        ),
        indexes=QueryResult(
            ["name", "type", "on", "properties", "state"],
            [
                [
                    r["name"],
                    r["type"],
                    plain(r["labelsOrTypes"]),
                    plain(r["properties"]),
                    r["state"],
                ]
                for r in indexes
            ],
        ),
    )

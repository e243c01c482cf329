"""Neo4j Browser hand-off: the URL that opens Browser with a query and its parameters ready.

Browser reads two URL parameters at start (Neo4j Browser manual, "Browser URL parameters"):
`dbms` pre-fills the connection form (`bolt://user@host:port`) and `db` the database;
`cmd=edit&arg=<text>` puts a text into the editor. The text here is a small script for
Browser's multi-statement editor: one `:param name => value;` line per parameter (`:param` is
one of the two client commands Browser allows among statements), then the query itself. The
analyst presses Run once; the parameters are set and the query runs with them, exactly as
dcgraph would run it, with values passed as parameters, never pasted into the Cypher.

Browser decodes the whole URL once and then splits it at `&` and `#`, so a text with either
character cannot travel in the URL; `browser_url` refuses such a text rather than send a
truncated query.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from dcgraph.errors import QueryError
from dcgraph.queries import Query
from dcgraph.settings import Settings

#: Characters that cut a Browser URL argument short (Browser splits its decoded URL at them).
UNSAFE_IN_URL = ("&", "#")


def style_path() -> Path:
    """The Neo4j Browser style sheet (GraSS) for dcgraph's labels, shipped with the package."""
    return Path(__file__).resolve().parent / "data" / "dcgraph.grass"


def cypher_literal(value: Any) -> str:
    """A parameter value as a Cypher literal for Browser's `:param name => literal`."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise QueryError(f"{value!r} cannot be a Browser parameter")
        return repr(value)
    if isinstance(value, str):
        # A JSON string is a valid Cypher string literal (\" \\ \n \uXXXX are Cypher escapes).
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(item) for item in value) + "]"
    if isinstance(value, Mapping):
        items = ", ".join(f"`{key}`: {cypher_literal(item)}" for key, item in value.items())
        return "{" + items + "}"
    raise QueryError(f"{value!r} cannot be a Browser parameter")


def editor_script(query: Query, parameters: Mapping[str, Any]) -> str:
    """What goes into Browser's editor: `:param` lines, then the query under a comment."""
    lines = [
        f":param {name} => {cypher_literal(parameters.get(name))};"
        for name in (p.name for p in query.parameters)
    ]
    lines.append(f"// dcgraph query {query.name}: {query.description}")
    lines.append(query.cypher)
    return "\n".join(lines)


def browser_base_url(settings: Settings) -> str:
    """Where Neo4j Browser is: the managed Neo4j's own, else the Neo4j at NEO4J_URI's host
    on the HTTP port (DCGRAPH_HTTP_PORT), or Neo4j's hosted Browser for encrypted URIs."""
    if settings.managed or not settings.neo4j_uri:
        return f"http://127.0.0.1:{settings.http_port}/browser/"
    parts = urlsplit(settings.neo4j_uri)
    if parts.scheme.endswith(("+s", "+ssc")):
        return "https://browser.neo4j.io/"
    host = parts.hostname or "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{settings.http_port}/browser/"


def connect_url(settings: Settings) -> str:
    """The `dbms` value that pre-fills Browser's connection form: `bolt://user@host:port`."""
    uri = (
        f"bolt://127.0.0.1:{settings.bolt_port}"
        if settings.managed or not settings.neo4j_uri
        else settings.neo4j_uri
    )
    parts = urlsplit(uri)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return f"{parts.scheme}://{settings.neo4j_username}@{netloc}"


def browser_url(
    base: str,
    script: str,
    *,
    dbms: str | None = None,
    database: str | None = None,
) -> str:
    """The Browser URL that connects to `dbms`/`database` and puts `script` in the editor."""
    unsafe = [char for char in UNSAFE_IN_URL if char in script]
    if unsafe:
        raise QueryError(
            f"Neo4j Browser cuts URL arguments at {unsafe[0]!r}, and this query or a "
            "parameter value contains one",
            hint="paste the query into Browser yourself (`dcgraph queries NAME` prints it)",
        )
    arguments: list[tuple[str, str]] = []
    if dbms:
        arguments.append(("dbms", dbms))
    if database:
        arguments.append(("db", database))
    arguments += [("cmd", "edit"), ("arg", script)]
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in arguments)
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}{query}"


def query_url(settings: Settings, query: Query, parameters: Mapping[str, Any]) -> str:
    """The Browser URL for a query with its (resolved) parameter values."""
    return browser_url(
        browser_base_url(settings),
        editor_script(query, parameters),
        dbms=connect_url(settings),
        database=settings.neo4j_database,
    )

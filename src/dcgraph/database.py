"""Connections to Neo4j: which one to use, opening it, and Neo4j's errors in dcgraph's words."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, LiteralString, cast

from neo4j import READ_ACCESS, Driver, GraphDatabase, ManagedTransaction, Query
from neo4j.exceptions import (
    AuthError,
    ClientError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)
from neo4j.exceptions import (
    ConfigurationError as DriverConfigurationError,
)
from pydantic import SecretStr

from dcgraph.errors import (
    AuthenticationFailedError,
    ConfigurationError,
    DatabaseError,
    Neo4jUnavailableError,
    WriteRefusedError,
)
from dcgraph.settings import Settings

#: Server error codes that mean "this statement would write and the transaction is read-only".
READ_ONLY_CODES = frozenset(
    {
        "Neo.ClientError.Statement.AccessMode",
        "Neo.ClientError.Security.Forbidden",
        "Neo.ClientError.Transaction.ForbiddenDueToTransactionType",
    }
)


@dataclass(frozen=True)
class ConnectionInfo:
    """Where a Neo4j is and how to log in; the password never shows in repr or logs."""

    uri: str
    username: str
    password: SecretStr
    database: str
    managed: bool

    @property
    def http_url(self) -> str | None:
        """Neo4j Browser's address, when it can be derived from the Bolt URI."""
        host = self.uri.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0]
        return f"http://{host}:7474" if host else None


def connection_info(settings: Settings, *, start_local: bool = True) -> ConnectionInfo:
    """The Neo4j to use: `NEO4J_URI` if given, else the managed local one (started if asked)."""
    if settings.managed:
        from dcgraph.neo4j_local import LocalNeo4j

        local = LocalNeo4j(settings)
        if start_local:
            local.ensure_running()
        password = settings.neo4j_password or SecretStr(local.password())
        return ConnectionInfo(
            uri=local.bolt_uri,
            username=settings.neo4j_username,
            password=password,
            database=settings.neo4j_database,
            managed=True,
        )
    if settings.neo4j_password is None:
        raise ConfigurationError(
            f"NEO4J_URI is {settings.neo4j_uri} but NEO4J_PASSWORD is not set",
            hint="set NEO4J_PASSWORD in the environment or in .env",
        )
    return ConnectionInfo(
        uri=cast(str, settings.neo4j_uri),
        username=settings.neo4j_username,
        password=settings.neo4j_password,
        database=settings.neo4j_database,
        managed=False,
    )


@contextlib.contextmanager
def neo4j_errors(info: ConnectionInfo) -> Iterator[None]:
    """Turn the driver's exceptions into dcgraph's, each with what to do about it."""
    try:
        yield
    except AuthError as exc:
        raise AuthenticationFailedError(
            f"Neo4j at {info.uri} refused the credentials of user {info.username!r}",
            hint="check NEO4J_USERNAME and NEO4J_PASSWORD (or .env)",
        ) from exc
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        hint = (
            "run `dcgraph neo4j start`, or `dcgraph doctor` to see why it does not answer"
            if info.managed
            else "start it (`docker compose up -d`), check NEO4J_URI, "
            "or unset NEO4J_URI to use dcgraph's own local Neo4j"
        )
        raise Neo4jUnavailableError(f"cannot reach Neo4j at {info.uri}", hint=hint) from exc
    except DriverConfigurationError as exc:
        raise ConfigurationError(f"invalid Neo4j address {info.uri!r}: {exc}") from exc
    except ClientError as exc:
        if exc.code in READ_ONLY_CODES:
            raise WriteRefusedError(
                "refused: this query would write, and queries run read-only",
                hint="use `dcgraph load` to change the graph",
            ) from exc
        raise DatabaseError(f"Neo4j rejected the query: {exc.message}") from exc
    except Neo4jError as exc:
        raise DatabaseError(f"Neo4j failed: {exc.code}: {exc.message}") from exc


class Graph:
    """An open connection to one database: the handle the library's functions take."""

    def __init__(self, driver: Driver, info: ConnectionInfo) -> None:
        self.driver = driver
        self.info = info
        self.database = info.database

    @classmethod
    def connect(cls, info: ConnectionInfo) -> Graph:
        with neo4j_errors(info):
            driver = GraphDatabase.driver(
                info.uri,
                auth=(info.username, info.password.get_secret_value()),
                user_agent="dcgraph",
            )
            try:
                driver.verify_connectivity()
                driver.verify_authentication()
            except BaseException:
                driver.close()
                raise
        return cls(driver, info)

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def read(self, cypher: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a query in a read transaction: Neo4j itself refuses any write in it."""

        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return tx.run(cast(LiteralString, cypher), parameters or {}).data()

        with (
            neo4j_errors(self.info),
            self.driver.session(database=self.database, default_access_mode=READ_ACCESS) as session,
        ):
            return session.execute_read(work)

    def read_records(
        self, cypher: str, parameters: dict[str, Any] | None = None
    ) -> tuple[list[str], list[list[Any]]]:
        """Like `read`, keeping the column order and the raw values (nodes, paths)."""

        def work(tx: ManagedTransaction) -> tuple[list[str], list[list[Any]]]:
            result = tx.run(cast(LiteralString, cypher), parameters or {})
            keys = list(result.keys())
            return keys, [list(record.values()) for record in result]

        with (
            neo4j_errors(self.info),
            self.driver.session(database=self.database, default_access_mode=READ_ACCESS) as session,
        ):
            return session.execute_read(work)

    def write(self, cypher: str, parameters: dict[str, Any] | None = None) -> dict[str, int]:
        """Run one statement in a retried write transaction; returns the update counters."""

        def work(tx: ManagedTransaction) -> dict[str, int]:
            summary = tx.run(cast(LiteralString, cypher), parameters or {}).consume()
            return counters_of(summary.counters)

        with neo4j_errors(self.info), self.driver.session(database=self.database) as session:
            return session.execute_write(work)

    def autocommit(self, cypher: str, parameters: dict[str, Any] | None = None) -> dict[str, int]:
        """Run one statement in an auto-commit transaction, as `CALL { } IN TRANSACTIONS` needs."""
        with neo4j_errors(self.info), self.driver.session(database=self.database) as session:
            summary = session.run(Query(cast(LiteralString, cypher)), parameters or {}).consume()
            return counters_of(summary.counters)

    def server_version(self) -> str:
        records = self.read(
            "CALL dbms.components() YIELD name, versions, edition "
            "RETURN name, versions[0] AS version, edition"
        )
        return f"{records[0]['version']} {records[0]['edition']}"


COUNTER_NAMES = (
    "nodes_created",
    "nodes_deleted",
    "relationships_created",
    "relationships_deleted",
    "properties_set",
    "labels_added",
    "constraints_added",
    "indexes_added",
)


def counters_of(counters: Any) -> dict[str, int]:
    return {name: int(getattr(counters, name)) for name in COUNTER_NAMES}


def open_graph(settings: Settings, *, start_local: bool = True) -> Graph:
    """Resolve the connection from the settings and open it."""
    return Graph.connect(connection_info(settings, start_local=start_local))

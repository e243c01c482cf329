"""The exceptions dcgraph raises. The CLI turns each into one line of text and an exit code."""

from __future__ import annotations


class DcgraphError(Exception):
    """Root of every error dcgraph raises on purpose."""

    #: What the user can do about it; the CLI prints it after the message.
    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class ConfigurationError(DcgraphError):
    """A setting is missing or invalid."""


class DocumentError(DcgraphError):
    """A document could not be read or understood."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        # Worker processes send these back to the parent: pickle by the two fields.
        return (type(self), (self.path, self.problem))


class SchemaViolation(DcgraphError):
    """A label, relationship type or property is outside the graph contract."""


class ReferenceDataError(DcgraphError):
    """The shipped reference data is inconsistent."""


class DatabaseError(DcgraphError):
    """Talking to Neo4j failed."""


class Neo4jUnavailableError(DatabaseError):
    """No Neo4j answers at the configured address."""


class AuthenticationFailedError(DatabaseError):
    """Neo4j refused the credentials."""


class WriteRefusedError(DatabaseError):
    """A query tried to write where only reading is allowed."""


class LoadLockedError(DatabaseError):
    """Another load holds the database's load lock."""


class LocalNeo4jError(DcgraphError):
    """The managed local Neo4j could not be provisioned, started or stopped."""


class QueryError(DcgraphError):
    """A canned or ad-hoc query could not be found, parameterised or run."""

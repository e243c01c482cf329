"""Configuration: environment variables, a `.env` file, then CLI options on top.

Neo4j's connection settings use the names Neo4j's own tools use (`NEO4J_URI`,
`NEO4J_USERNAME`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`); dcgraph's own settings start with
`DCGRAPH_`. Without `NEO4J_URI`, dcgraph uses the local Neo4j it manages itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from platformdirs import user_cache_path, user_data_path
from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: The Neo4j release the managed local server runs: the 5.26 LTS line, which runs on Java 17.
DEFAULT_NEO4J_VERSION = "5.26.30"
#: Neo4j Browser is released separately from the server; this is its newest Maven release.
DEFAULT_BROWSER_VERSION = "5.24.0"


def _env(name: str) -> Any:
    return AliasChoices(name, name.lower())


class Settings(BaseSettings):
    """Every setting dcgraph reads, resolved once per command."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
        frozen=True,
    )

    neo4j_uri: str | None = Field(
        default=None,
        validation_alias=_env("NEO4J_URI"),
        description="Bolt URI of your own Neo4j; unset means the managed local Neo4j.",
    )
    neo4j_username: str = Field(default="neo4j", validation_alias=_env("NEO4J_USERNAME"))
    neo4j_password: SecretStr | None = Field(
        default=None,
        validation_alias=_env("NEO4J_PASSWORD"),
        description="Unset with the managed local Neo4j: its generated password is used.",
    )
    neo4j_database: str = Field(default="neo4j", validation_alias=_env("NEO4J_DATABASE"))

    cache_dir: Path = Field(
        default_factory=lambda: user_cache_path("dcgraph"),
        validation_alias=_env("DCGRAPH_CACHE_DIR"),
        description="Where the Neo4j server is provisioned (shared by all data folders).",
    )
    data_dir: Path = Field(
        default_factory=lambda: user_data_path("dcgraph"),
        validation_alias=_env("DCGRAPH_DATA_DIR"),
        description="Where the managed Neo4j keeps its configuration, data, logs and password.",
    )
    neo4j_version: str = Field(
        default=DEFAULT_NEO4J_VERSION, validation_alias=_env("DCGRAPH_NEO4J_VERSION")
    )
    browser_version: str = Field(
        default=DEFAULT_BROWSER_VERSION, validation_alias=_env("DCGRAPH_BROWSER_VERSION")
    )
    bolt_port: int = Field(default=7687, ge=1, le=65535, validation_alias=_env("DCGRAPH_BOLT_PORT"))
    http_port: int = Field(default=7474, ge=1, le=65535, validation_alias=_env("DCGRAPH_HTTP_PORT"))
    #: 2g: a loader batch's transaction state fits without back-to-back collections.
    heap_size: str = Field(default="2g", validation_alias=_env("DCGRAPH_NEO4J_HEAP"))
    pagecache_size: str = Field(default="512m", validation_alias=_env("DCGRAPH_NEO4J_PAGECACHE"))
    java: str | None = Field(
        default=None,
        validation_alias=_env("DCGRAPH_JAVA"),
        description="The java executable for the managed Neo4j (default: JAVA_HOME, then PATH).",
    )
    start_timeout: float = Field(
        default=120.0, gt=0, validation_alias=_env("DCGRAPH_START_TIMEOUT")
    )

    queries_dir: Path | None = Field(
        default=None,
        validation_alias=_env("DCGRAPH_QUERIES_DIR"),
        description="A folder of your own .cypher queries, listed beside the canned ones.",
    )
    batch_size: int = Field(default=5000, ge=1, validation_alias=_env("DCGRAPH_BATCH_SIZE"))
    max_document_mb: float = Field(
        default=20.0,
        gt=0,
        validation_alias=_env("DCGRAPH_MAX_DOCUMENT_MB"),
        description="Larger files are reported as errors rather than read.",
    )
    workers: int = Field(default=1, ge=1, validation_alias=_env("DCGRAPH_WORKERS"))
    min_confidence: float | None = Field(
        default=None,
        ge=0,
        le=1,
        validation_alias=_env("DCGRAPH_MIN_CONFIDENCE"),
        description="Facts the confidence model scores lower are left out (unset: the "
        "model's threshold; 0: every fact the rules find).",
    )
    lock_timeout: float = Field(
        default=600.0,
        ge=0,
        validation_alias=_env("DCGRAPH_LOCK_TIMEOUT"),
        description="Seconds after which another load's lock counts as abandoned.",
    )

    @field_validator("neo4j_uri")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return value or None

    @property
    def managed(self) -> bool:
        """True when dcgraph runs the Neo4j itself (no `NEO4J_URI` given)."""
        return self.neo4j_uri is None

    @property
    def max_document_bytes(self) -> int:
        return int(self.max_document_mb * 1_000_000)

    def with_overrides(self, **overrides: Any) -> Settings:
        """These settings with CLI options applied; `None` means "not given"."""
        given = {key: value for key, value in overrides.items() if value is not None}
        if not given:
            return self
        # Validate again so that CLI values get the same checks and types as the environment's.
        return type(self)(**{**self.model_dump(), **given})


def load_settings(**overrides: Any) -> Settings:
    return Settings().with_overrides(**overrides)

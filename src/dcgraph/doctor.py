"""`dcgraph doctor`: check what dcgraph needs and say what to do about each failure."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

from dcgraph.database import Graph, connection_info
from dcgraph.errors import DcgraphError
from dcgraph.neo4j_local import LocalNeo4j, java_major_version
from dcgraph.settings import Settings


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str | None = None


def check_java(settings: Settings) -> Check:
    try:
        java = LocalNeo4j(settings).java()
    except DcgraphError as exc:
        return Check("Java", False, str(exc), exc.hint)
    return Check("Java", True, f"{java} (Java {java_major_version(java)})")


def check_maven(settings: Settings) -> Check:
    local = LocalNeo4j(settings)
    if local.provisioned:
        return Check("Maven", True, f"not needed: Neo4j is provisioned in {local.server_dir}")
    maven = shutil.which("mvn")
    if maven is None:
        return Check(
            "Maven",
            False,
            "mvn not found; it is needed once, to fetch Neo4j from Maven Central",
            "install Maven 3.6+ (e.g. apt install maven), or set NEO4J_URI to your own Neo4j",
        )
    completed = subprocess.run(
        [maven, "-v"], capture_output=True, text=True, timeout=60, check=False
    )
    first = (completed.stdout.splitlines() or ["mvn"])[0]
    return Check("Maven", completed.returncode == 0, f"{maven}: {first.strip()}")


def check_database(settings: Settings) -> list[Check]:
    """Reachability, server version and authentication of the configured Neo4j."""
    try:
        info = connection_info(settings, start_local=False)
    except DcgraphError as exc:
        return [Check("Neo4j", False, str(exc), exc.hint)]
    where = f"{info.uri} ({'managed local' if info.managed else 'NEO4J_URI'})"
    try:
        with Graph.connect(info) as graph:
            version = graph.server_version()
    except DcgraphError as exc:
        return [Check("Neo4j", False, f"{where}: {exc}", exc.hint)]
    return [
        Check("Neo4j reachable", True, where),
        Check(
            "Neo4j version",
            version.startswith("5."),
            version,
            None if version.startswith("5.") else "dcgraph is tested with Neo4j 5.26",
        ),
        Check("Authentication", True, f"logged in as {info.username!r}"),
    ]


def run_checks(settings: Settings) -> list[Check]:
    checks = [check_java(settings)]
    if settings.managed:
        checks.append(check_maven(settings))
    checks.extend(check_database(settings))
    return checks

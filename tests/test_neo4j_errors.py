"""The managed Neo4j's errors a user meets: each one line, each with what to do."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dcgraph.cli import app
from dcgraph.errors import LocalNeo4jError
from dcgraph.neo4j_local import LocalNeo4j, free_port, java_major_version
from dcgraph.settings import Settings


def _script(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def _settings(tmp_path: Path, **overrides: object) -> Settings:
    base = Settings(_env_file=None)  # type: ignore[call-arg]
    values: dict[str, object] = {
        "neo4j_uri": "",
        "cache_dir": tmp_path / "cache",
        "data_dir": tmp_path / "data",
    }
    return base.with_overrides(**{**values, **overrides})


def test_old_java_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    java = _script(tmp_path, "java", "echo 'openjdk version \"11.0.2\" 2019-01-15' >&2")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert java_major_version(str(java)) == 11
    with pytest.raises(LocalNeo4jError, match=r"no supported Java found .*Java 11"):
        LocalNeo4j(_settings(tmp_path)).java()


def test_missing_java_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LocalNeo4jError, match="Java not found") as caught:
        LocalNeo4j(_settings(tmp_path)).java()
    assert caught.value.hint and "JAVA_HOME" in caught.value.hint


def test_missing_maven_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_java = LocalNeo4j(_settings(tmp_path)).java()
    monkeypatch.setenv("PATH", str(tmp_path))  # java given explicitly, no mvn anywhere
    local = LocalNeo4j(_settings(tmp_path, java=real_java))
    with pytest.raises(LocalNeo4jError, match=r"Maven \(mvn\) not found"):
        local.provision()


def test_failed_download_is_one_line(tmp_path: Path) -> None:
    local = LocalNeo4j(_settings(tmp_path, neo4j_version="5.26.999"))
    with pytest.raises(LocalNeo4jError) as caught:
        local.provision()
    message = str(caught.value)
    assert message.startswith("download of Neo4j 5.26.999 from Maven Central failed")
    assert "\n" not in message
    assert not local.provisioned
    assert not list((tmp_path / "cache").glob(".provision-*"))  # nothing half-made is left


def test_cli_prints_the_error_and_its_fix(tmp_path: Path) -> None:
    env = {
        "PATH": str(tmp_path),
        "JAVA_HOME": "",
        "DCGRAPH_BOLT_PORT": str(free_port()),
        "DCGRAPH_HTTP_PORT": str(free_port()),
        "DCGRAPH_CACHE_DIR": str(tmp_path / "cache"),
        "DCGRAPH_DATA_DIR": str(tmp_path / "data"),
        "NEO4J_URI": "",
        "COLUMNS": "200",
    }
    result = CliRunner().invoke(app, ["neo4j", "start"], env=env)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("error: Java not found")
    assert lines[1].startswith("hint:")
    assert "Traceback" not in result.output


def test_status_of_a_stopped_server(tmp_path: Path) -> None:
    env = {
        "DCGRAPH_CACHE_DIR": str(tmp_path / "cache"),
        "DCGRAPH_DATA_DIR": str(tmp_path / "data"),
        "COLUMNS": "200",
        "NEO4J_URI": "",
    }
    result = CliRunner().invoke(app, ["neo4j", "status"], env=env)
    assert result.exit_code == 1
    assert "stopped" in result.stdout
    assert re.search(r"provisioned\s+no", result.stdout)


def test_password_is_never_printed(tmp_path: Path) -> None:
    local = LocalNeo4j(_settings(tmp_path))
    password = local.password()
    assert oct(local.password_file.stat().st_mode & 0o777) == "0o600"
    env = {
        "DCGRAPH_CACHE_DIR": str(tmp_path / "cache"),
        "DCGRAPH_DATA_DIR": str(tmp_path / "data"),
        "NEO4J_URI": "",
        "COLUMNS": "200",
    }
    for command in (["neo4j", "status"], ["doctor"]):
        result = CliRunner().invoke(app, command, env=env)
        assert password not in result.output

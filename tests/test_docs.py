"""Documentation that cannot go stale: every command has help, the README's query catalogue is
what the query headers say, and the Browser section is there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import typer.main
from typer.testing import CliRunner

from dcgraph.cli import app
from dcgraph.queries import Registry, marked_block

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def _commands() -> Iterator[tuple[str, object]]:
    root = typer.main.get_command(app)

    def walk(command: object, path: str) -> Iterator[tuple[str, object]]:
        yield path, command
        for name, child in sorted(getattr(command, "commands", {}).items()):
            yield from walk(child, f"{path} {name}")

    yield from walk(root, "dcgraph")


def test_every_command_has_help_text() -> None:
    missing = [
        path
        for path, command in _commands()
        if not (getattr(command, "help", None) or getattr(command, "short_help", None))
    ]
    assert missing == []


def test_every_option_and_argument_has_help_text() -> None:
    missing = []
    for path, command in _commands():
        for parameter in getattr(command, "params", []):
            if parameter.name in ("help",):
                continue
            if not getattr(parameter, "help", None):
                missing.append(f"{path} {parameter.name}")
    query_commands = ("queries", "query", "cypher", "schema", "browse")
    assert [m for m in missing if m.split()[1] in query_commands] == []


def test_the_query_commands_are_registered() -> None:
    names = {path.split()[-1] for path, _ in _commands()}
    assert {"queries", "query", "cypher", "schema", "browse"} <= names


def test_readme_query_catalogue_is_current() -> None:
    block = marked_block(README.read_text(encoding="utf-8"), "queries")
    assert block is not None, "README.md lacks the <!-- queries:start/end --> markers"
    assert block == Registry.load().readme_block(), (
        "the README's query catalogue is stale: run `dcgraph queries --readme README.md`"
    )


def test_readme_has_the_browser_section() -> None:
    block = marked_block(README.read_text(encoding="utf-8"), "browser")
    assert block is not None, "README.md lacks the <!-- browser:start/end --> markers"
    for needed in ("dcgraph browse", "--open", "dcgraph.grass", ":style", ":param", "cmd=edit"):
        assert needed in block, needed


def test_the_readme_catalogue_is_regenerated_by_a_command(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Title\n\n<!-- queries:start -->\nold\n<!-- queries:end -->\n\nEnd.\n")
    result = CliRunner().invoke(app, ["queries", "--readme", str(readme)])
    assert result.exit_code == 0, result.output
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# Title\n\n<!-- queries:start -->\n<!-- Generated")
    assert text.endswith("<!-- queries:end -->\n\nEnd.\n")
    assert marked_block(text, "queries") == Registry.load().readme_block()

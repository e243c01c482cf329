"""The compiled build (hatch_build.py, `DCGRAPH_COMPILE=1`) extracts exactly what the
pure-Python source does: mypyc compiles the type-checked modules to C, and a value that
breaks a module's annotations would raise there, or a native class behave otherwise."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _compiled_modules() -> tuple[str, ...]:
    """hatch_build.COMPILED_MODULES, read without importing hatchling."""
    tree = ast.parse((ROOT / "hatch_build.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "COMPILED_MODULES"
            for target in node.targets
        ):
            return tuple(ast.literal_eval(node.value))
    raise AssertionError("hatch_build.py lists no COMPILED_MODULES")


COMPILED_MODULES = _compiled_modules()

pytestmark = pytest.mark.slow

#: English and Estonian documents, read by the default and the rules-only extraction.
FOLDERS = ["seeds", "tests/devset/docs", "tests/devset3/docs", "heldout/docs"]


def _run(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def compiled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The compiled wheel, built from this checkout and unpacked into a folder of its own."""
    work = tmp_path_factory.mktemp("compiled")
    build_env = {**os.environ, "DCGRAPH_COMPILE": "1"}
    _run(["-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(work), str(ROOT)], build_env)
    (wheel,) = work.glob("dcgraph-*.whl")
    assert not wheel.name.endswith("-none-any.whl"), f"{wheel.name} is not platform-specific"
    site = work / "site"
    _run(
        ["-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
        {**os.environ},
    )
    return site


@pytest.fixture
def compiled_env(compiled_site: Path) -> dict[str, str]:
    """The environment of a process that imports dcgraph from the compiled wheel."""
    return {**os.environ, "PYTHONPATH": str(compiled_site)}


def test_the_wheel_holds_a_compiled_module_for_each_listed(
    compiled_site: Path, compiled_env: dict[str, str]
) -> None:
    imported = _run(
        [
            "-c",
            "import importlib, sys\n"
            f"for name in {COMPILED_MODULES!r}:\n"
            "    print(importlib.import_module('dcgraph.' + name).__file__)",
        ],
        compiled_env,
    ).split()
    assert len(imported) == len(COMPILED_MODULES)
    for path in imported:
        assert path.startswith(str(compiled_site)), path
        assert path.endswith(".so") or path.endswith(".pyd"), f"{path} is not compiled"


@pytest.mark.parametrize("min_confidence", [None, "0"], ids=["default", "rules-only"])
def test_compiled_extraction_is_identical_to_the_source(
    compiled_site: Path, min_confidence: str | None
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DCGRAPH_MIN_CONFIDENCE")}
    if min_confidence is not None:
        env["DCGRAPH_MIN_CONFIDENCE"] = min_confidence
    command = ["-m", "dcgraph", "extract", *FOLDERS, "--format", "jsonl"]
    source = _run(command, env)
    compiled = _run(command, {**env, "PYTHONPATH": str(compiled_site)})
    assert source.count('"kind":"edge"') > 500  # the folders' facts, not an empty run
    assert compiled == source


def test_pure_python_switch_imports_the_source_beside_the_compiled(
    compiled_site: Path, compiled_env: dict[str, str]
) -> None:
    env = {**compiled_env, "DCGRAPH_PURE_PYTHON": "1"}
    printed = _run(
        [
            "-c",
            "import dcgraph.relations as r, dcgraph.build as b\n"
            "print(r.__file__)\nprint(b.compiled_modules())",
        ],
        env,
    ).splitlines()
    assert printed[0].startswith(str(compiled_site)) and printed[0].endswith(".py")
    assert printed[1] == "[]"


def test_bench_extract_measures_compiled_and_source_side_by_side(
    compiled_env: dict[str, str], tmp_path: Path
) -> None:
    command = ["-m", "dcgraph", "bench", "extract", "--json", "--megabytes", "0.3"]
    result = json.loads(_run([*command, "--workers", "2", "--corpus", str(tmp_path)], compiled_env))
    assert [(run["build"], run["workers"]) for run in result["runs"]] == [
        ("compiled", 1),
        ("source", 1),
        ("compiled", 2),
    ]
    assert set(result["compiled_modules"]) == {f"dcgraph.{name}" for name in COMPILED_MODULES}
    # the same corpus read by both builds: the same facts, none failing
    assert len({run["facts"] for run in result["runs"]}) == 1
    assert result["runs"][0]["facts"] > 0
    assert all(run["failures"] == 0 for run in result["runs"])
    assert result["compiled_gain"] > 0


def test_compiled_extraction_never_raises_on_arbitrary_text(compiled_env: dict[str, str]) -> None:
    """The property tests, run on the compiled modules: a value that breaks an annotation
    raises TypeError there, where the source would have let it pass."""
    tests = "tests/test_extraction.py"
    selected = " or ".join(
        (
            "test_extraction_never_raises_on_arbitrary_text",
            "test_reading_never_raises_on_arbitrary_bytes",
            "test_extraction_never_raises_on_genre_shaped_noise",
        )
    )
    # The compiled modules are imported first, so the tests' own imports reuse them.
    script = (
        "import sys, pytest, dcgraph.relations, dcgraph.extraction\n"
        "assert dcgraph.relations.__file__.endswith(('.so', '.pyd')), dcgraph.relations.__file__\n"
        f"sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', {tests!r}, '-k', {selected!r}]))"
    )
    output = _run(["-c", script], compiled_env)
    assert "3 passed" in output, output[-2000:]

"""Which build of dcgraph is running: the compiled modules of a `DCGRAPH_COMPILE=1` wheel
(hatch_build.py), or the Python source. `DCGRAPH_PURE_PYTHON=1` runs the source even where
compiled modules are installed beside it, so one installation can measure both
(`dcgraph bench extract`) or tell whether a difference comes from the compiler."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import (
    EXTENSION_SUFFIXES,
    SOURCE_SUFFIXES,
    FileFinder,
    ModuleSpec,
    SourceFileLoader,
)
from types import ModuleType

#: Set to 1 to import every dcgraph module from its Python source.
PURE_PYTHON_VARIABLE = "DCGRAPH_PURE_PYTHON"


class _SourceFirst(MetaPathFinder):
    """Finds dcgraph's modules among their folders' .py files only, before the standard
    finder would take a compiled extension of the same name."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if not fullname.startswith("dcgraph.") or not path:
            return None
        for folder in path:
            spec = FileFinder(folder, (SourceFileLoader, SOURCE_SUFFIXES)).find_spec(
                fullname, target
            )
            if spec is not None:
                return spec
        return None


def prefer_source() -> None:
    """Import dcgraph's modules from source from now on (modules already imported stay)."""
    if not any(isinstance(finder, _SourceFirst) for finder in sys.meta_path):
        sys.meta_path.insert(0, _SourceFirst())


def pure_python_requested() -> bool:
    return os.environ.get(PURE_PYTHON_VARIABLE) == "1"


def compiled_modules() -> list[str]:
    """The dcgraph modules imported so far from compiled extensions, by name."""
    return sorted(
        name
        for name, module in list(sys.modules.items())
        if (name == "dcgraph" or name.startswith("dcgraph."))
        and str(getattr(module, "__file__", "") or "").endswith(tuple(EXTENSION_SUFFIXES))
    )

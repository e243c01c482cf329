"""dcgraph: turn defence-cooperation reporting into a Neo4j graph that analysts can question."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dcgraph")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

from dcgraph import build as _build

if _build.pure_python_requested():
    _build.prefer_source()

"""The `dcgraph` command line: a thin shell over the library."""

from dcgraph.cli.main import app

__all__ = ["app"]

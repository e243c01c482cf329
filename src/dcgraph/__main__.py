from dcgraph.cli import app

app(prog_name="dcgraph")

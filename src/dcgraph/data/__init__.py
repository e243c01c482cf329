"""Reference data files shipped with dcgraph; read them through dcgraph.reference."""

// name: weapons-of
// description: The weapon systems a state acquired, ordered or plans, with maker, status and supplier.
// param: state entity(State) required "The state: key or name (AZ, Azerbaijan)"
// columns: system, category, status, supplier, makers, sources
// example: dcgraph query weapons-of -p state=AZ
MATCH (:State {key: $state})-[p:PROCURES]->(w:WeaponSystem)
OPTIONAL MATCH (supplier:State|Company {key: p.supplier})
RETURN w.name AS system,
       w.category AS category,
       coalesce(p.status, 'unknown') AS status,
       coalesce(supplier.name, p.supplier) AS supplier,
       COLLECT {
         MATCH (m:Company)-[:MANUFACTURES]->(w) RETURN DISTINCT m.name AS maker ORDER BY maker
       } AS makers,
       COLLECT {
         UNWIND coalesce(p.sources, []) AS k
         OPTIONAL MATCH (d:Document {key: k})
         RETURN DISTINCT coalesce(d.path, k) AS source ORDER BY source
       } AS sources
ORDER BY system, supplier

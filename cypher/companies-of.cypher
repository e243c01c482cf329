// name: companies-of
// description: The defence companies based in a state, what they make and whom they supply.
// param: state entity(State) required "The state: key or name (IL, Israel)"
// columns: company, makes, supplies_to, sources
// example: dcgraph query companies-of -p state=Israel
MATCH (c:Company)-[b:BASED_IN]->(:State {key: $state})
RETURN c.name AS company,
       COLLECT {
         MATCH (c)-[:MANUFACTURES]->(w:WeaponSystem) RETURN DISTINCT w.name AS system ORDER BY system
       } AS makes,
       COLLECT {
         MATCH (s:State)
         WHERE EXISTS { (c)-[:SUPPLIES]->(s) }
            OR EXISTS { (s)-[p:PROCURES]->(:WeaponSystem) WHERE p.supplier = c.key }
         RETURN s.name AS customer ORDER BY customer
       } AS supplies_to,
       COLLECT {
         UNWIND coalesce(b.sources, []) AS k
         OPTIONAL MATCH (d:Document {key: k})
         RETURN DISTINCT coalesce(d.path, k) AS source ORDER BY source
       } AS sources
ORDER BY company

// name: customers-of
// description: Which states a state or company supplies arms to (a state's companies included).
// param: supplier entity(State|Company) required "The supplier: a state or a company (IL, Israel, IAI)"
// columns: customer, supplier, items, sources
// example: dcgraph query customers-of -p supplier=Israel
// example: dcgraph query customers-of -p supplier=IAI
//
// For a state, its own supplies and those of the companies BASED_IN it, each on its own row.
MATCH (x:State|Company {key: $supplier})
MATCH (s:State|Company)
WHERE s = x OR (x:State AND EXISTS { (s:Company)-[:BASED_IN]->(x) })
UNWIND COLLECT {
  MATCH (s)-[:SUPPLIES]->(c:State) RETURN c
  UNION
  MATCH (c:State)-[p:PROCURES]->(:WeaponSystem) WHERE p.supplier = s.key RETURN c
} AS customer
OPTIONAL MATCH (s)-[r:SUPPLIES]->(customer)
WITH s, customer, r,
     COLLECT {
       MATCH (customer)-[p:PROCURES]->(:WeaponSystem) WHERE p.supplier = s.key RETURN p
     } AS procured
WITH s, customer,
     coalesce(r.items, []) + [p IN procured | endNode(p).key] AS item_keys,
     coalesce(r.sources, []) + reduce(acc = [], p IN procured | acc + coalesce(p.sources, []))
       AS source_keys
RETURN customer.name AS customer,
       s.name AS supplier,
       COLLECT {
         UNWIND item_keys AS k
         OPTIONAL MATCH (w:WeaponSystem {key: k})
         RETURN DISTINCT coalesce(w.name, k) AS item ORDER BY item
       } AS items,
       COLLECT {
         UNWIND source_keys AS k
         OPTIONAL MATCH (d:Document {key: k})
         RETURN DISTINCT coalesce(d.path, k) AS source ORDER BY source
       } AS sources
ORDER BY customer, supplier

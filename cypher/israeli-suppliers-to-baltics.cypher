// name: israeli-suppliers-to-baltics
// description: A state and its companies supplying arms to the states of a region, with items and sources.
// param: supplier entity(State) default=IL "The supplying state; its companies (BASED_IN it) count too"
// param: region entity(Region) default=baltic-states "The region whose states receive the arms"
// columns: supplier, supplier_type, recipient, items, sources
// example: dcgraph query israeli-suppliers-to-baltics
// example: dcgraph query israeli-suppliers-to-baltics -p supplier=Russia -p region=south-caucasus
//
// A supply is a SUPPLIES edge, or a PROCURES edge of the recipient that names the supplier.
// Items are the weapon systems of both; sources are the documents of both.
MATCH (home:State {key: $supplier})
MATCH (recipient:State)-[:IN_REGION]->(:Region {key: $region})
MATCH (s:State|Company)
WHERE (s = home OR EXISTS { (s:Company)-[:BASED_IN]->(home) })
  AND (EXISTS { (s)-[:SUPPLIES]->(recipient) }
       OR EXISTS { (recipient)-[p:PROCURES]->(:WeaponSystem) WHERE p.supplier = s.key })
OPTIONAL MATCH (s)-[r:SUPPLIES]->(recipient)
WITH s, recipient, r,
     COLLECT {
       MATCH (recipient)-[p:PROCURES]->(:WeaponSystem) WHERE p.supplier = s.key RETURN p
     } AS procured
WITH s, recipient,
     coalesce(r.items, []) + [p IN procured | endNode(p).key] AS item_keys,
     coalesce(r.sources, []) + reduce(acc = [], p IN procured | acc + coalesce(p.sources, []))
       AS source_keys
RETURN s.name AS supplier,
       CASE WHEN s:State THEN 'State' ELSE 'Company' END AS supplier_type,
       recipient.name AS recipient,
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
ORDER BY recipient, supplier

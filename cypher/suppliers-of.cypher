// name: suppliers-of
// description: Who supplies arms to a state (states and companies), with items and sources.
// param: state entity(State) required "The recipient state: key or name (EE, Estonia)"
// columns: supplier, supplier_type, items, sources
// example: dcgraph query suppliers-of -p state=Azerbaijan
//
// A supply is a SUPPLIES edge, or a PROCURES edge of the state that names the supplier.
MATCH (recipient:State {key: $state})
MATCH (s:State|Company)
WHERE EXISTS { (s)-[:SUPPLIES]->(recipient) }
   OR EXISTS { (recipient)-[p:PROCURES]->(:WeaponSystem) WHERE p.supplier = s.key }
OPTIONAL MATCH (s)-[r:SUPPLIES]->(recipient)
WITH s, recipient, r,
     COLLECT {
       MATCH (recipient)-[p:PROCURES]->(:WeaponSystem) WHERE p.supplier = s.key RETURN p
     } AS procured
WITH s,
     coalesce(r.items, []) + [p IN procured | endNode(p).key] AS item_keys,
     coalesce(r.sources, []) + reduce(acc = [], p IN procured | acc + coalesce(p.sources, []))
       AS source_keys
RETURN s.name AS supplier,
       CASE WHEN s:State THEN 'State' ELSE 'Company' END AS supplier_type,
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
ORDER BY supplier

// name: top-suppliers
// description: The states and companies that supply the most states, with their customers.
// param: limit int default=10 "At most this many suppliers"
// columns: supplier, supplier_type, customers, customer_names
// example: dcgraph query top-suppliers -p limit=5
MATCH (s:State|Company)
WITH s, COLLECT {
  MATCH (s)-[:SUPPLIES]->(c:State) RETURN c.name AS name
  UNION
  MATCH (c:State)-[p:PROCURES]->(:WeaponSystem) WHERE p.supplier = s.key RETURN c.name AS name
} AS names
WHERE size(names) > 0
RETURN s.name AS supplier,
       CASE WHEN s:State THEN 'State' ELSE 'Company' END AS supplier_type,
       size(names) AS customers,
       COLLECT { UNWIND names AS n RETURN n ORDER BY n } AS customer_names
ORDER BY customers DESC, supplier
LIMIT $limit

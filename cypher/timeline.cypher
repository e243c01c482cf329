// name: timeline
// description: The dated facts about a state in order, by first_seen or its sources' dates.
// param: state entity(State) required "The state: key or name (EE, Estonia)"
// param: undated bool default=false "Also list facts without a date (at the end)"
// columns: date, fact, sources
// example: dcgraph query timeline -p state=Estonia
//
// Facts of the state, of its ministries, and PROCURES facts that name it as supplier. The date
// is the fact's first_seen, else the earliest date of its source documents. Structural facts
// (PART_OF, IN_REGION), MENTIONS and what only dcgraph's reference data states are left out.
MATCH (st:State {key: $state})
UNWIND COLLECT {
  MATCH (st)-[r]-() WHERE NOT type(r) IN ['MENTIONS', 'IN_REGION', 'PART_OF'] RETURN r
  UNION
  MATCH (m:Ministry)-[r]-()
  WHERE (m.state = st.key OR EXISTS { (m)-[:PART_OF]->(st) })
    AND NOT type(r) IN ['MENTIONS', 'PART_OF']
  RETURN r
  UNION
  MATCH ()-[r:PROCURES]->() WHERE r.supplier = st.key RETURN r
} AS r
WITH r, startNode(r) AS s, endNode(r) AS e
WHERE any(k IN coalesce(r.sources, []) WHERE k <> 'reference')
OPTIONAL MATCH (supplier:State|Company {key: r.supplier})
WITH r, supplier,
     s.name AS start_name,
     e.name AS end_name,
     reduce(t = '', d IN COLLECT { UNWIND coalesce(r.domains, []) AS d RETURN d ORDER BY d } |
            t + CASE WHEN t = '' THEN '' ELSE ', ' END + d) AS domains,
     coalesce(
       toString(r.first_seen),
       COLLECT {
         UNWIND coalesce(r.sources, []) AS k
         MATCH (d:Document {key: k}) WHERE d.date IS NOT NULL
         RETURN toString(d.date) AS day ORDER BY day LIMIT 1
       }[0]
     ) AS date
WHERE date IS NOT NULL OR $undated
// COOPERATES_WITH is symmetric: its two names in alphabetical order, whichever way it is stored.
WITH r, supplier, domains, date,
     CASE WHEN type(r) = 'COOPERATES_WITH' AND end_name < start_name
          THEN [end_name, start_name] ELSE [start_name, end_name] END AS ends
RETURN date,
       ends[0] + ' ' + type(r) + ' ' + ends[1] +
       CASE type(r)
         WHEN 'PROCURES' THEN ' [' + coalesce(r.status, 'unknown') +
           CASE WHEN r.supplier IS NULL THEN ''
                ELSE ', from ' + coalesce(supplier.name, r.supplier) END + ']'
         WHEN 'HOSTS_ATTACHE' THEN ' [' + coalesce(r.status, 'active') + ']'
         WHEN 'COOPERATES_WITH' THEN CASE WHEN domains = '' THEN '' ELSE ' [' + domains + ']' END
         ELSE ''
       END AS fact,
       COLLECT {
         UNWIND coalesce(r.sources, []) AS k
         OPTIONAL MATCH (d:Document {key: k})
         RETURN DISTINCT coalesce(d.path, k) AS source ORDER BY source
       } AS sources
ORDER BY date, fact

// name: cooperation-partners
// description: The states a state cooperates with on defence, directly or through its ministries.
// param: state entity(State) required "The state: key or name (EE, Estonia)"
// columns: partner, domains, ministries, sources
// example: dcgraph query cooperation-partners -p state=Estonia
//
// COOPERATES_WITH is symmetric (stored once, either direction). A ministry counts for its
// state; `ministries` lists the links that involve a ministry (own key - partner key).
MATCH (st:State {key: $state})
MATCH (a:State|Ministry)-[r:COOPERATES_WITH]-(b:State|Ministry)
WHERE a = st
   OR (a:Ministry AND (a.state = st.key OR EXISTS { (a)-[:PART_OF]->(st) }))
WITH st, a, r, b,
     CASE WHEN b:State THEN b.key
          ELSE coalesce(b.state, COLLECT { MATCH (b)-[:PART_OF]->(s:State) RETURN s.key }[0])
     END AS partner_key
WHERE partner_key IS NULL OR partner_key <> st.key
OPTIONAL MATCH (partner:State {key: partner_key})
WITH coalesce(partner.name, b.name) AS partner,
     collect(CASE WHEN a:Ministry OR b:Ministry THEN a.key + ' - ' + b.key END) AS links,
     reduce(acc = [], d IN collect(coalesce(r.domains, [])) | acc + d) AS domain_list,
     reduce(acc = [], s IN collect(coalesce(r.sources, [])) | acc + s) AS source_keys
RETURN partner,
       COLLECT { UNWIND domain_list AS d RETURN DISTINCT d ORDER BY d } AS domains,
       COLLECT { UNWIND links AS l RETURN DISTINCT l ORDER BY l } AS ministries,
       COLLECT {
         UNWIND source_keys AS k
         OPTIONAL MATCH (d:Document {key: k})
         RETURN DISTINCT coalesce(d.path, k) AS source ORDER BY source
       } AS sources
ORDER BY partner

// name: attache-network
// description: Where a state's defence attachés are posted, and whose attachés it hosts.
// param: state entity(State) required "The state: key or name (EE, Estonia)"
// columns: direction, partner, status, sources
// example: dcgraph query attache-network -p state=EE
//
// "sends to": the state's attaché is posted in the partner; "hosts from": the partner's
// attaché is posted in the state.
MATCH (st:State {key: $state})-[r:HOSTS_ATTACHE]-(partner:State)
RETURN CASE WHEN startNode(r) = st THEN 'hosts from' ELSE 'sends to' END AS direction,
       partner.name AS partner,
       coalesce(r.status, 'active') AS status,
       COLLECT {
         UNWIND coalesce(r.sources, []) AS k
         OPTIONAL MATCH (d:Document {key: k})
         RETURN DISTINCT coalesce(d.path, k) AS source ORDER BY source
       } AS sources
ORDER BY direction, partner

// name: memberships
// description: The organisations and multinational units a state is a member of.
// param: state entity(State) required "The state: key or name (EE, Estonia)"
// columns: organization, sources
// example: dcgraph query memberships -p state=Estonia
MATCH (:State {key: $state})-[r:MEMBER_OF]->(o:Organization)
RETURN o.name AS organization,
       COLLECT {
         UNWIND coalesce(r.sources, []) AS k
         OPTIONAL MATCH (d:Document {key: k})
         RETURN DISTINCT coalesce(d.path, k) AS source ORDER BY source
       } AS sources
ORDER BY organization

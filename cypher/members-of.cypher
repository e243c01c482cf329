// name: members-of
// description: The member states of an organisation or multinational unit.
// param: organization entity(Organization) required "The organisation: key or name (nato, NATO, EU)"
// columns: member, sources
// example: dcgraph query members-of -p organization=NATO
MATCH (s:State)-[r:MEMBER_OF]->(:Organization {key: $organization})
RETURN s.name AS member,
       COLLECT {
         UNWIND coalesce(r.sources, []) AS k
         OPTIONAL MATCH (d:Document {key: k})
         RETURN DISTINCT coalesce(d.path, k) AS source ORDER BY source
       } AS sources
ORDER BY member

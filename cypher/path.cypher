// name: path
// description: How two entities are connected: the shortest routes of facts between them.
// param: a entity required "Where the route starts: any entity (key or name)"
// param: b entity required "Where it ends"
// param: via_hubs bool default=false "Also route through organisations, regions and generic weapon classes"
// param: limit int default=10 "At most this many routes"
// columns: hops, route, facts, sources
// example: dcgraph query path -p a=Lithuania -p b=Azerbaijan
//
// Only entities make a route, never documents (MENTIONS) or dcgraph's bookkeeping nodes.
// Organisations (NATO, EU), regions and generic weapon classes ("loitering munitions") join
// almost everything, so they are no stepping stones unless via_hubs is true; they can always
// be the start or the end. Parallel facts between the same two entities make one route,
// listing them all.
MATCH (a:State|Ministry|Company|WeaponSystem|Organization|Region {key: $a})
MATCH (b:State|Ministry|Company|WeaponSystem|Organization|Region {key: $b})
WHERE a <> b
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONS')
  AND all(n IN nodes(p) WHERE n = a OR n = b OR (
        any(l IN labels(n)
            WHERE l IN ['State', 'Ministry', 'Company', 'WeaponSystem', 'Organization', 'Region'])
        AND ($via_hubs OR NOT (n:Organization OR n:Region OR coalesce(n.generic, false)))))
WITH nodes(p) AS route, relationships(p) AS rels
WITH route, rels,
     [n IN route | n.name] AS names
UNWIND range(0, size(rels) - 1) AS i
WITH names, i, rels[i] AS r,
     CASE WHEN startNode(rels[i]) = route[i] THEN [names[i], names[i + 1]]
          ELSE [names[i + 1], names[i]] END AS ends
// COOPERATES_WITH is symmetric: its two names in alphabetical order, whichever way it is stored.
WITH names, i, r,
     CASE WHEN type(r) = 'COOPERATES_WITH' AND ends[1] < ends[0]
          THEN [ends[1], ends[0]] ELSE ends END AS ends
WITH names, i, r, ends[0] + ' ' + type(r) + ' ' + ends[1] AS fact
ORDER BY i, fact
WITH names,
     collect(DISTINCT fact) AS facts,
     reduce(acc = [], s IN collect(coalesce(r.sources, [])) | acc + s) AS source_keys
RETURN size(names) - 1 AS hops,
       reduce(t = '', n IN names | t + CASE WHEN t = '' THEN '' ELSE ' - ' END + n) AS route,
       facts,
       COLLECT {
         UNWIND source_keys AS k
         OPTIONAL MATCH (d:Document {key: k})
         RETURN DISTINCT coalesce(d.path, k) AS source ORDER BY source
       } AS sources
ORDER BY hops, route
LIMIT $limit

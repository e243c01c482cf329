// name: systems-by-category
// description: Weapon systems by category, with their makers and the states that acquire them.
// param: category category optional "A weapon category (loitering-munition, uav, ...); all when not given"
// param: reference bool default=false "Also list systems known only from reference data, which no document mentions"
// columns: category, system, makers, operators
// example: dcgraph query systems-by-category -p category=loitering-munition
//
// By default only the systems the loaded documents speak of; dcgraph's reference catalogue of
// weapon systems is much larger.
MATCH (w:WeaponSystem)
WHERE ($category IS NULL OR w.category = $category)
  AND ($reference OR EXISTS { (:Document)-[:MENTIONS]->(w) })
RETURN w.category AS category,
       w.name AS system,
       COLLECT {
         MATCH (m:Company)-[:MANUFACTURES]->(w) RETURN DISTINCT m.name AS maker ORDER BY maker
       } AS makers,
       COLLECT {
         MATCH (s:State)-[p:PROCURES]->(w)
         RETURN DISTINCT s.name + ' (' + coalesce(p.status, 'unknown') + ')' AS operator
         ORDER BY operator
       } AS operators
ORDER BY category, system

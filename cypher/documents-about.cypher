// name: documents-about
// description: The documents that mention an entity, newest first, with how many of its facts each states.
// param: entity entity required "Any entity: key or name (Estonia, IAI, Harop, NATO)"
// columns: date, document, title, language, facts
// example: dcgraph query documents-about -p entity=IAI
MATCH (e:State|Ministry|Company|WeaponSystem|Organization|Region {key: $entity})
MATCH (d:Document)-[:MENTIONS]->(e)
RETURN toString(d.date) AS date,
       d.path AS document,
       d.title AS title,
       d.language AS language,
       COUNT {
         MATCH (e)-[r]-() WHERE type(r) <> 'MENTIONS' AND d.key IN coalesce(r.sources, [])
       } AS facts
ORDER BY date IS NULL, date DESC, document

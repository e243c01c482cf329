// name: evidence
// description: Every fact between two entities, either direction, with its sentences and documents.
// param: a entity required "One entity: a state, ministry, company, weapon system, organisation or region"
// param: b entity required "The other entity"
// param: min_confidence float optional "Only facts whose confidence is at least this (0 to 1; reference facts have 1)"
// columns: fact, confidence, sentence, document
// example: dcgraph query evidence -p a=Estonia -p b=Israel
//
// Direct facts join the two; a PROCURES fact also counts when one of them is its supplier
// ("Estonia PROCURES machine guns [delivered, from Israel]"). What dcgraph's reference data
// states has no sentence and the document "reference". Documents and MENTIONS are not facts.
// `confidence` is the highest the fact's sources give it (the confidence model's probability;
// 1 for reference data); a fact loaded by an older dcgraph may have none (empty), and then
// `min_confidence` leaves it out.
MATCH (a:State|Ministry|Company|WeaponSystem|Organization|Region {key: $a})
MATCH (b:State|Ministry|Company|WeaponSystem|Organization|Region {key: $b})
UNWIND COLLECT {
  MATCH (a)-[r]-(b) WHERE type(r) <> 'MENTIONS' RETURN r
  UNION
  MATCH (x)-[r:PROCURES]->(w:WeaponSystem)
  WHERE (r.supplier = a.key AND (x = b OR w = b)) OR (r.supplier = b.key AND (x = a OR w = a))
  RETURN r
} AS r
WITH r WHERE $min_confidence IS NULL OR r.confidence >= $min_confidence
WITH r, startNode(r) AS s, endNode(r) AS e
OPTIONAL MATCH (supplier:State|Company {key: r.supplier})
WITH r, supplier,
     s.name AS start_name,
     e.name AS end_name,
     reduce(t = '', d IN COLLECT { UNWIND coalesce(r.domains, []) AS d RETURN d ORDER BY d } |
            t + CASE WHEN t = '' THEN '' ELSE ', ' END + d) AS domains
// COOPERATES_WITH is symmetric: its two names in alphabetical order, whichever way it is stored.
WITH r, supplier, domains,
     CASE WHEN type(r) = 'COOPERATES_WITH' AND end_name < start_name
          THEN [end_name, start_name] ELSE [start_name, end_name] END AS ends
WITH r, ends[0] + ' ' + type(r) + ' ' + ends[1] +
     CASE type(r)
       WHEN 'PROCURES' THEN ' [' + coalesce(r.status, 'unknown') +
         CASE WHEN r.supplier IS NULL THEN ''
              ELSE ', from ' + coalesce(supplier.name, r.supplier) END + ']'
       WHEN 'HOSTS_ATTACHE' THEN ' [' + coalesce(r.status, 'active') + ']'
       WHEN 'COOPERATES_WITH' THEN CASE WHEN domains = '' THEN '' ELSE ' [' + domains + ']' END
       ELSE ''
     END AS fact,
     r.confidence AS confidence,
     coalesce(r.evidence, []) AS sentences,
     coalesce(r.evidence_docs, []) AS docs
// One row per sentence, and one without a sentence for what reference data states (or for
// sources that came without sentences).
UNWIND range(0, size(sentences) - 1) +
       CASE WHEN size(sentences) = 0 OR 'reference' IN coalesce(r.sources, []) THEN [-1]
            ELSE [] END AS i
OPTIONAL MATCH (d:Document {key: CASE WHEN i >= 0 THEN docs[i] END})
RETURN DISTINCT
       fact,
       confidence,
       CASE WHEN i >= 0 THEN sentences[i] END AS sentence,
       CASE WHEN i >= 0 THEN coalesce(d.path, docs[i])
            WHEN 'reference' IN coalesce(r.sources, []) THEN 'reference'
            ELSE reduce(t = '', k IN coalesce(r.sources, []) |
                        t + CASE WHEN t = '' THEN '' ELSE ', ' END + k)
       END AS document
ORDER BY fact, document, sentence

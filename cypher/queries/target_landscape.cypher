// target_landscape: which molecules hit this target, who develops them, for which diseases,
// at what stage?
// Parameters: $target (a Target id, e.g. "target:BCL2"), $skip, $limit (paging).
// Rows: one per molecule, most supported TARGETS fact first; developers and indications are
// lists of {id, name[, phase]} maps (an entry of nulls where there is none).
// Example: :param target => "target:BCL2"
//          :param skip => 0
//          :param limit => 25
MATCH (m:Molecule)-[t:TARGETS]->(:Target {id: $target})
OPTIONAL MATCH (o:Organization)-[:DEVELOPS]->(m)
WITH m, t, collect(DISTINCT {id: o.id, name: o.name}) AS developers
OPTIONAL MATCH (m)-[i:INDICATED_FOR]->(d:Disease)
RETURN m.id AS id, m.name AS name, m.aliases AS aliases, developers,
       collect(DISTINCT {id: d.id, name: d.name, phase: i.phase}) AS indications,
       t.first_date AS first_date, t.last_date AS last_date, t.doc_count AS doc_count
ORDER BY doc_count DESC, name, id
SKIP $skip LIMIT $limit

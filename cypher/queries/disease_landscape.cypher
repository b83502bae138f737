// disease_landscape: which molecules are developed for this disease, at what phase, on
// which targets, by whom?
// Parameters: $disease (a Disease id, e.g. "disease:DOID:1040"), $skip, $limit (paging).
// Rows: one per molecule, most supported INDICATED_FOR fact first; targets and developers
// are lists of {id, name} maps (an entry of nulls where there is none).
// Example: :param disease => "disease:DOID:1040"
//          :param skip => 0
//          :param limit => 25
MATCH (m:Molecule)-[i:INDICATED_FOR]->(:Disease {id: $disease})
OPTIONAL MATCH (o:Organization)-[:DEVELOPS]->(m)
WITH m, i, collect(DISTINCT {id: o.id, name: o.name}) AS developers
OPTIONAL MATCH (m)-[:TARGETS]->(x:Target)
RETURN m.id AS id, m.name AS name, m.aliases AS aliases, i.phase AS phase, developers,
       collect(DISTINCT {id: x.id, name: x.name}) AS targets,
       i.first_date AS first_date, i.last_date AS last_date, i.doc_count AS doc_count
ORDER BY doc_count DESC, name, id
SKIP $skip LIMIT $limit

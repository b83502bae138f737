// organisation_molecules: what does this organisation develop, against which targets, for
// which diseases?
// Parameters: $org (an Organization id, e.g. "org:servier"), $limit.
// Rows: one per molecule, with the DEVELOPS fact's first and last dates; targets and
// indications are lists of {id, name[, phase]} maps (an entry of nulls where there is none).
// Example: :param org => "org:servier"
//          :param limit => 100
MATCH (:Organization {id: $org})-[dv:DEVELOPS]->(m:Molecule)
OPTIONAL MATCH (m)-[:TARGETS]->(x:Target)
WITH m, dv, collect(DISTINCT {id: x.id, name: x.name}) AS targets
OPTIONAL MATCH (m)-[i:INDICATED_FOR]->(d:Disease)
RETURN m.id AS id, m.name AS name, m.aliases AS aliases, targets,
       collect(DISTINCT {id: d.id, name: d.name, phase: i.phase}) AS indications,
       dv.first_date AS first_date, dv.last_date AS last_date, dv.doc_count AS doc_count
ORDER BY doc_count DESC, name, id
LIMIT $limit

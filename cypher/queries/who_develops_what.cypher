// who_develops_what: who develops which molecules, against which targets?
// Parameters: $limit (rows).
// Rows: one per DEVELOPS fact: the organisation, the molecule, the molecule's targets (a
// list of target ids, empty when none is known) and how many documents state the fact.
// Example: :param limit => 100
MATCH (o:Organization)-[dv:DEVELOPS]->(m:Molecule)
OPTIONAL MATCH (m)-[:TARGETS]->(t:Target)
WITH o, m, dv, collect(t.id) AS targets
RETURN o.id AS org_id, o.name AS organisation, m.id AS molecule_id, m.name AS molecule,
       targets, dv.doc_count AS doc_count, dv.first_date AS first_date
ORDER BY organisation, molecule
LIMIT $limit

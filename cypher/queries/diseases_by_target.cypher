// diseases_by_target: for which diseases are molecules on this target developed?
// Parameters: $target (a Target id, e.g. "target:IDH1").
// Rows: one per disease, with the molecules on the target indicated for it and the phases
// stated (empty strings dropped), most molecules first.
// Example: :param target => "target:IDH1"
MATCH (:Target {id: $target})<-[:TARGETS]-(m:Molecule)-[i:INDICATED_FOR]->(d:Disease)
WITH d, collect(DISTINCT m.id) AS molecules, collect(DISTINCT i.phase) AS phases
RETURN d.id AS disease_id, d.name AS disease, molecules, phases,
       size(molecules) AS molecule_count
ORDER BY molecule_count DESC, disease

// competing_molecules: which other molecules hit the same targets as this one, and who
// develops them?
// Parameters: $molecule (a Molecule id, e.g. "molecule:vorasidenib").
// Rows: one per (shared target, other molecule), with that molecule's developers.
// Example: :param molecule => "molecule:vorasidenib"
MATCH (:Molecule {id: $molecule})-[:TARGETS]->(t:Target)<-[:TARGETS]-(other:Molecule)
WHERE other.id <> $molecule
OPTIONAL MATCH (o:Organization)-[:DEVELOPS]->(other)
RETURN t.id AS target_id, other.id AS molecule_id, other.name AS molecule,
       collect(DISTINCT o.id) AS developers
ORDER BY target_id, molecule

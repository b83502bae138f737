// co_development_pairs: which pairs of organisations develop the same molecules?
// Parameters: $limit (rows).
// Rows: one per pair (each pair once, lower id first) with the molecules both develop and
// whether the pair also has a stated COLLABORATES_WITH fact.
// Example: :param limit => 50
MATCH (a:Organization)-[:DEVELOPS]->(m:Molecule)<-[:DEVELOPS]-(b:Organization)
WHERE a.id < b.id
WITH a, b, collect(DISTINCT m.id) AS molecules
OPTIONAL MATCH (a)-[c:COLLABORATES_WITH]-(b)
RETURN a.id AS org_a, b.id AS org_b, molecules, size(molecules) AS shared,
       count(c) > 0 AS collaborating
ORDER BY shared DESC, org_a, org_b
LIMIT $limit

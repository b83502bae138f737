// most_connected_targets: which targets draw the most molecules, developers and diseases?
// Parameters: $limit (rows).
// Rows: one per target with counts of molecules on it, organisations developing those
// molecules and diseases they are indicated for; busiest first.
// Example: :param limit => 10
MATCH (t:Target)<-[:TARGETS]-(m:Molecule)
OPTIONAL MATCH (o:Organization)-[:DEVELOPS]->(m)
OPTIONAL MATCH (m)-[:INDICATED_FOR]->(d:Disease)
RETURN t.id AS target_id, t.name AS target, count(DISTINCT m) AS molecules,
       count(DISTINCT o) AS organisations, count(DISTINCT d) AS diseases
ORDER BY molecules DESC, organisations DESC, diseases DESC, target
LIMIT $limit

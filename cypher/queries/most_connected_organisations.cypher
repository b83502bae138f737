// most_connected_organisations: which organisations have the most partners and molecules?
// Parameters: $limit (rows).
// Rows: one per organisation with its number of partners and of molecules it develops.
// Example: :param limit => 10
MATCH (o:Organization)
OPTIONAL MATCH (o)-[:COLLABORATES_WITH]-(p:Organization)
WITH o, count(DISTINCT p) AS partners
OPTIONAL MATCH (o)-[:DEVELOPS]->(m:Molecule)
RETURN o.id AS org_id, o.name AS organisation, partners, count(DISTINCT m) AS molecules
ORDER BY partners + molecules DESC, organisation
LIMIT $limit

// graph_overview: what is in the graph? Nodes per label and facts per type.
// Parameters: none.
// Rows: one per node label and one per relationship type, with counts.
// Neo4j only: labels(n) and untyped relationship patterns.
// Example: (no parameters)
MATCH (n)
WITH labels(n) AS labels, count(*) AS count
UNWIND labels AS label
WITH label, sum(count) AS count
RETURN 'node' AS kind, label AS name, count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS name, count(r) AS count

// weakly_supported_facts: which facts rest on a single document, or on undated ones? The
// list an evidence audit starts from.
// Parameters: $limit (rows).
// Rows: one per fact with one supporting document or no date, with its only sentence.
// Neo4j only: type(r) and 0-based list indexing.
// Example: :param limit => 100
MATCH (s)-[r:TARGETS|INDICATED_FOR|DEVELOPS|COLLABORATES_WITH]->(t)
WHERE r.doc_count = 1 OR r.first_date IS NULL
RETURN type(r) AS type, s.id AS source_id, t.id AS target_id, r.doc_count AS doc_count,
       r.first_date AS first_date, r.evidence[0] AS sentence
ORDER BY type, source_id, target_id
LIMIT $limit

// new_facts: what is new since a date? Facts first stated on or after $since; with
// $restated = true, also older facts that a document restated on or after $since.
// Parameters: $since (ISO date, e.g. "2025-01-01"), $restated (boolean), $skip, $limit.
// Rows: newest first.
// Example: :param since => "2025-01-01"
//          :param restated => false
//          :param skip => 0
//          :param limit => 50
MATCH (s)-[r:TARGETS|INDICATED_FOR|DEVELOPS|COLLABORATES_WITH]->(t)
WHERE r.first_date >= $since OR ($restated AND r.last_date >= $since)
RETURN type(r) AS type, s.id AS source_id, s.name AS source_name,
       s.aliases AS source_aliases, t.id AS target_id, t.name AS target_name,
       t.aliases AS target_aliases, r.phase AS phase, r.documents AS documents,
       r.evidence AS evidence, r.dates AS dates, r.first_date AS first_date,
       r.last_date AS last_date, r.doc_count AS doc_count
ORDER BY r.first_date DESC, type, source_id, target_id
SKIP $skip LIMIT $limit

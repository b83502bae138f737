// fact_evidence: show me the sentences and the documents behind one fact.
// Parameters: $source and $target (node ids; for COLLABORATES_WITH either order works),
// $type (the relationship type, e.g. "TARGETS").
// Rows: one per supporting document: the sentence, the document's date, title and URL.
// Neo4j only: list indexing is 0-based in Neo4j, 1-based in LadybugDB.
// Example: :param source => "molecule:venetoclax"
//          :param target => "target:BCL2"
//          :param type => "TARGETS"
MATCH (s {id: $source})-[r]-(t {id: $target})
WHERE type(r) = $type
UNWIND range(0, size(r.documents) - 1) AS i
MATCH (d:Document {id: r.documents[i]})
RETURN type(r) AS type, s.id AS source_id, t.id AS target_id, d.id AS document_id,
       r.evidence[i] AS sentence, r.dates[i] AS date, d.title AS title, d.url AS url
ORDER BY date, document_id

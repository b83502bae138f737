// document_facts: what does this document state? Every fact it supports, with its sentence.
// Parameters: $doc (a Document id or URL; list them with MATCH (d:Document) RETURN d.id, d.url).
// Rows: one per fact, with the sentence from this document and the fact's document count.
// Neo4j only: list comprehension and 0-based list indexing.
// Example: :param doc => "https://example.org/oncokg-demo/2019-05-s64315-aml"
MATCH (d:Document)-[:MENTIONS]->(s)-[r:TARGETS|INDICATED_FOR|DEVELOPS|COLLABORATES_WITH]->(t)
WHERE (d.id = $doc OR d.url = $doc) AND d.id IN r.documents
RETURN DISTINCT type(r) AS type, s.id AS source_id, t.id AS target_id,
       [i IN range(0, size(r.documents) - 1) WHERE r.documents[i] = d.id | r.evidence[i]][0]
         AS sentence,
       r.doc_count AS doc_count
ORDER BY type, source_id, target_id

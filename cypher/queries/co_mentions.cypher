// co_mentions: which entities are mentioned in the same documents as this one, even where
// no fact joins them? A way to spot links the extractor did not state as facts.
// Parameters: $id (any entity id, e.g. "org:servier"), $limit.
// Rows: one per co-mentioned entity, with how many documents mention both.
// Example: :param id => "target:IDH1"
//          :param limit => 20
MATCH (e {id: $id})<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(other)
WHERE other.id <> $id
RETURN other.id AS id, other.name AS name, count(DISTINCT d) AS documents
ORDER BY documents DESC, id
LIMIT $limit

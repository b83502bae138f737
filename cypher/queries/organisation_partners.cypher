// organisation_partners: who does this organisation collaborate with, since when, and until
// when is the collaboration last mentioned?
// Parameters: $org (an Organization id, e.g. "org:servier"), $limit.
// Rows: one per partner (the relationship is stored once and matched in both directions),
// earliest partnership first.
// Example: :param org => "org:servier"
//          :param limit => 100
MATCH (:Organization {id: $org})-[c:COLLABORATES_WITH]-(p:Organization)
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, c.first_date AS first_date,
       c.last_date AS last_date, c.doc_count AS doc_count, c.evidence AS evidence
ORDER BY coalesce(c.first_date, ''), name, id
LIMIT $limit

// acquisitions: who bought whom, for how much, and is it done?
// Parameters: $org (an Organization id, buyer or bought; "" for every acquisition).
// Rows: one per ACQUIRES fact, with its status, value and scope as the latest document
// states them and the sentence of each document; newest first.
// Example: :param org => "org:servier"
MATCH (b:Organization)-[a:ACQUIRES]->(s:Organization)
WHERE $org = '' OR b.id = $org OR s.id = $org
RETURN b.id AS buyer_id, b.name AS buyer, s.id AS acquired_id, s.name AS acquired,
       a.status AS status, a.value AS value, a.scope AS scope, a.first_date AS first_date,
       a.last_date AS last_date, a.evidence AS evidence
ORDER BY coalesce(a.last_date, '') DESC, buyer_id, acquired_id

// documents_by_year: how many documents, and how many entity mentions, per year?
// Parameters: none.
// Rows: one per publication year (undated documents under "undated"), oldest first.
// Example: (no parameters)
MATCH (d:Document)
OPTIONAL MATCH (d)-[m:MENTIONS]->()
WITH CASE WHEN d.published IS NULL OR d.published = '' THEN 'undated'
          ELSE left(d.published, 4) END AS year, d, m
RETURN year, count(DISTINCT d.id) AS documents, count(m) AS mentions
ORDER BY year

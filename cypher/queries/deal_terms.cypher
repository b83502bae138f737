// deal_terms: which licences, options and co-developments has an organisation signed, on
// which terms?
// Parameters: $org (an Organization id; "" for every deal), $kind ("licence", "option",
// "co-development", "research", "other"; "" for any).
// Rows: one per COLLABORATES_WITH fact whose documents state a kind of deal, with the terms
// the latest of them states; newest first.
// Example: :param org => "org:servier"
//          :param kind => ""
MATCH (a:Organization)-[c:COLLABORATES_WITH]-(b:Organization)
WHERE c.kind IS NOT NULL AND ($kind = '' OR c.kind = $kind)
  AND (($org = '' AND a.id < b.id) OR a.id = $org)
RETURN a.id AS party_id, a.name AS party, b.id AS partner_id, b.name AS partner,
       c.kind AS kind, c.upfront AS upfront, c.total AS total, c.territory AS territory,
       c.first_date AS first_date, c.last_date AS last_date
ORDER BY coalesce(c.last_date, '') DESC, party_id, partner_id

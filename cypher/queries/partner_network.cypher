// partner_network: who are this organisation's partners, and their partners in turn?
// Parameters: $org (an Organization id, e.g. "org:novartis"), $limit.
// Rows: one per organisation within two COLLABORATES_WITH steps, with its distance (1 or 2)
// and, for distance 2, the partners it is reached through.
// Neo4j only: list comprehension.
// Example: :param org => "org:novartis"
//          :param limit => 100
MATCH (a:Organization {id: $org})-[:COLLABORATES_WITH]-(p:Organization)
OPTIONAL MATCH (p)-[:COLLABORATES_WITH]-(q:Organization)
WHERE q.id <> $org
WITH collect(DISTINCT {id: p.id, name: p.name, hops: 1, via: ''}) AS first,
     collect(DISTINCT {id: q.id, name: q.name, hops: 2, via: p.id}) AS second
UNWIND first + second AS row
WITH row WHERE row.id IS NOT NULL
WITH row.id AS id, row.name AS name, min(row.hops) AS hops, collect(DISTINCT row.via) AS vias
RETURN id, name, hops, [v IN vias WHERE v <> ''] AS via
ORDER BY hops, name
LIMIT $limit

// org_shortest_path: how are two organisations connected (partners, shared molecules,
// shared targets or diseases)? The shortest chain of facts, up to six steps.
// Parameters: $from and $to (Organization ids).
// Rows: one per shortest path (all of the minimal length), as node ids, names and the
// relationship types between them.
// Neo4j only: allShortestPaths (LadybugDB writes shortest paths differently).
// Example: :param from => "org:abbvie"
//          :param to => "org:servier"
MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
MATCH p = allShortestPaths((a)-[:COLLABORATES_WITH|DEVELOPS|TARGETS|INDICATED_FOR*..6]-(b))
RETURN [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | type(r)] AS types, length(p) AS hops
ORDER BY ids

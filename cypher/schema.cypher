// Constraints and indexes for the Neo4j store, applied by Neo4jStore.open() on first use.
// One uniqueness constraint on `id` per label of oncokg/schema.py (a test checks the match),
// range indexes on the properties the API filters on, and TEXT indexes for search
// (substring matches on `search_text`).
CREATE CONSTRAINT molecule_id IF NOT EXISTS FOR (n:Molecule) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT disease_id IF NOT EXISTS FOR (n:Disease) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE INDEX molecule_name IF NOT EXISTS FOR (n:Molecule) ON (n.name);
CREATE INDEX target_name IF NOT EXISTS FOR (n:Target) ON (n.name);
CREATE INDEX disease_name IF NOT EXISTS FOR (n:Disease) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE TEXT INDEX molecule_search IF NOT EXISTS FOR (n:Molecule) ON (n.search_text);
CREATE TEXT INDEX target_search IF NOT EXISTS FOR (n:Target) ON (n.search_text);
CREATE TEXT INDEX disease_search IF NOT EXISTS FOR (n:Disease) ON (n.search_text);
CREATE TEXT INDEX organization_search IF NOT EXISTS FOR (n:Organization) ON (n.search_text);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
CREATE INDEX document_url IF NOT EXISTS FOR (n:Document) ON (n.url);
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);

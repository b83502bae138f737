"""LadybugDB variants of the named queries whose Neo4j text it cannot run unchanged."""

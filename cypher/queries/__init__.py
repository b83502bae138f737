"""The named analyst queries (installed as `oncokg.cypher.queries`)."""

"""Fixed Cypher shipped as package data (installed as `oncokg.cypher`)."""

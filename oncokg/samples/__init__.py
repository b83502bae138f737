"""The bundled sample documents (the two seed press releases), as package data."""

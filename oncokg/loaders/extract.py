"""`extract(document) -> Extraction`: the pure entry point from text to facts.

Pipeline: sentences -> recognise mentions -> build nodes -> relation rules -> dates. The only
I/O is the first, cached vocabulary load.
"""

from __future__ import annotations

from oncokg.loaders.dates import find_dates
from oncokg.loaders.normalize import build_entities
from oncokg.loaders.recognize import recognize
from oncokg.loaders.relations import find_edges
from oncokg.loaders.sentences import split_sentences
from oncokg.loaders.vocabulary import get_vocab, key_of
from oncokg.model import Document, Extraction
from oncokg.schema import EdgeKind, Label


def extract(document: Document) -> Extraction:
    """Entities with mentions, fact edges with evidence, and dates of one document."""
    vocab = get_vocab()
    text = document.text
    sentences = split_sentences(text)
    spans = recognize(text, vocab)
    ents = build_entities(text, spans, vocab)
    edges = find_edges(text, sentences, ents)
    # Broad disease classes count only as a stated indication.
    indicated = {e.target for e in edges if e.kind is EdgeKind.INDICATED_FOR}
    nodes = [
        n
        for n in ents.nodes
        if not (
            n.label is Label.DISEASE
            and n.id not in indicated
            and all(key_of(m.text) in vocab.broad_diseases for m in n.mentions)
        )
    ]
    return Extraction(document, nodes, edges, find_dates(sentences, document.published))

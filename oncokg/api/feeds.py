"""Facts as an Atom feed (RFC 4287): a watchlist's digest for any feed reader.

Each entry is one fact: its title says who does what to whom, its content quotes the
sentences that state it, its link opens the source entity in the explorer. Pure: text in,
XML text out, every value escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from oncokg.graph.read_models import Fact


def atom(title: str, feed_url: str, base_url: str, facts: Sequence[Fact], updated: str) -> str:
    """The feed at `feed_url`, with links into the explorer at `base_url`."""
    entries = "".join(_entry(fact, base_url, updated) for fact in facts)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        f"  <title>{escape(title)}</title>\n"
        f"  <id>{escape(feed_url)}</id>\n"
        f'  <link rel="self" href={quoteattr(feed_url)}/>\n'
        f"  <updated>{_timestamp(updated)}</updated>\n"
        "  <author><name>OncoKG</name></author>\n"
        f"{entries}</feed>\n"
    )


def _entry(fact: Fact, base_url: str, updated: str) -> str:
    stage = f" ({fact.phase})" if fact.phase else ""
    title = f"{fact.source.name} {fact.type} {fact.target.name}{stage}"
    quotes = "".join(f"<blockquote>{escape(sentence)}</blockquote>" for sentence in fact.evidence)
    link = f"{base_url}/?id={fact.source.id}"
    return (
        "  <entry>\n"
        f"    <title>{escape(title)}</title>\n"
        f"    <id>urn:oncokg:fact:{escape(fact.type)}:{escape(fact.source.id)}:"
        f"{escape(fact.target.id)}</id>\n"
        f"    <link href={quoteattr(link)}/>\n"
        f"    <updated>{_timestamp(fact.last_date or fact.first_date or updated)}</updated>\n"
        f'    <content type="html">{escape(quotes)}</content>\n'
        "  </entry>\n"
    )


def _timestamp(date: str) -> str:
    """An ISO date at any precision as an RFC 3339 time (midnight UTC)."""
    parts = [*(date or "1970-01-01").split("-"), "01", "01"]
    year, month, day = parts[0], parts[1], parts[2]
    return f"{year}-{month}-{day}T00:00:00Z"

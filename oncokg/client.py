"""A small Python client for notebooks: the graph's questions answered as pandas DataFrames.

Built on `GraphStore` and the read views, so a notebook gets exactly what the API and Neo4j
Browser get (the named queries are the same `cypher/queries/*.cypher` files). pandas is
imported only when a DataFrame is built, so the core package does not depend on it; install
the `notebooks` extra (`pip install 'oncokg[notebooks]'`) to use this module.

    from oncokg.client import OncoKG
    with OncoKG.open(store="embedded", data_dir="oncokg-data") as kg:
        kg.load_samples()
        kg.search("venetoclax")
        kg.query("target_landscape", target="target:BCL2", skip=0, limit=25)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from oncokg.exceptions import InputError, QueryRefusedError
from oncokg.graph import reads, views
from oncokg.graph.queries.catalogue import catalogue
from oncokg.graph.read_models import DocumentSummary, Indication, PipelineEntry
from oncokg.graph.readonly import ReadOnlyLimits, run_cypher
from oncokg.graph.store import GraphStore
from oncokg.schema import ENTITY_LABELS, FACT_KINDS, EdgeKind, Label
from oncokg.tabular import defuse

if TYPE_CHECKING:  # pragma: no cover - typing only; pandas stays optional at run time
    import pandas as pd

    from oncokg.pipeline import IngestReport
    from oncokg.settings import Settings


# --- the Cypher catalogue ------------------------------------------------------------------
NOTEBOOK_LIMITS = ReadOnlyLimits(timeout_s=300.0, max_rows=1_000_000)


# --- the client ----------------------------------------------------------------------------
def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("oncokg.client needs pandas: pip install 'oncokg[notebooks]'") from exc
    return pandas


_DEAL_TERMS = ("status", "value", "scope", "upfront", "total", "territory")


def _pipeline_frame(entries: Iterable[PipelineEntry]) -> pd.DataFrame:
    rows = [
        {
            "molecule": e.molecule.name,
            "disease": e.disease.name,
            "stage": e.stage,
            "since": e.since,
            "changes": len(e.changes),
            "molecule_id": e.molecule.id,
            "disease_id": e.disease.id,
        }
        for e in entries
    ]
    columns = ["molecule", "disease", "stage", "since", "changes", "molecule_id", "disease_id"]
    return _frame(rows, columns)


def _frame(rows: Iterable[dict[str, Any]], columns: Sequence[str] | None = None) -> pd.DataFrame:
    pandas = _pandas()
    rows = list(rows)
    if columns is None and not rows:
        return pandas.DataFrame()
    return pandas.DataFrame(rows, columns=list(columns) if columns else None)


def _kinds(types: Sequence[str] | str | None) -> tuple[EdgeKind, ...]:
    if types is None:
        return FACT_KINDS
    if isinstance(types, str):
        types = [types]
    return tuple(EdgeKind(t) for t in types)


class OncoKG:
    """The graph for analysts. Wraps an open `GraphStore`; every method returns a DataFrame."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    # --- opening and loading -----------------------------------------------------------
    @classmethod
    def open(
        cls,
        store: str | None = None,
        *,
        data_dir: Path | str | None = None,
        settings: Settings | None = None,
        **overrides: Any,
    ) -> Self:
        """Open a store: `store="embedded"` with a `data_dir`, or `store="neo4j"` with
        `neo4j_uri`, `neo4j_user`, `neo4j_password`. What is not given comes from the
        environment (ONCOKG_STORE, ONCOKG_DATA_DIR, NEO4J_*), as for the CLI."""
        from oncokg.graph.factory import make_store
        from oncokg.settings import get_settings

        if settings is None:
            given = {"store": store, "data_dir": data_dir, **overrides}
            settings = get_settings(**given)
        graph = make_store(settings)
        graph.open()
        return cls(graph)

    @classmethod
    def from_settings(cls, settings: Settings) -> Self:
        return cls.open(settings=settings)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def load(self, paths: Iterable[Path | str]) -> IngestReport:
        """Read, extract and store documents (files or folders); idempotent."""
        from oncokg.pipeline import ingest

        return ingest([Path(p) for p in paths], self.store)

    def load_samples(self, extra: Iterable[Path | str] = ()) -> IngestReport:
        """The bundled sample documents, plus any `extra` files or folders."""
        # file by file: `oncokg.samples` has no __init__.py, so `files()` gives a namespace
        # MultiplexedPath, which as_file() cannot turn into one folder
        samples = [
            Path(str(entry))
            for entry in files("oncokg.samples").iterdir()
            if entry.name.endswith(".txt")
        ]
        return self.load([*sorted(samples), *extra])

    # --- generic -------------------------------------------------------------------------
    def cypher(self, query: str, **parameters: Any) -> pd.DataFrame:
        """Any read statement, values as parameters, checked and run as `POST /v1/cypher`
        runs it (a statement that would write is refused), with notebook-sized limits.
        Nodes and relationships come back as maps of their properties on both stores."""
        result = run_cypher(self.store, query, parameters, NOTEBOOK_LIMITS)
        if result.truncated:
            raise QueryRefusedError(f"more than {NOTEBOOK_LIMITS.max_rows:,} rows: add a LIMIT")
        return _frame(result.rows)

    def query(self, name: str, **parameters: Any) -> pd.DataFrame:
        """A named query of the catalogue (`catalogue()` lists them, with examples)."""
        entry = catalogue().get(name)
        if entry is None:
            raise KeyError(f"no query named {name!r}; see OncoKG.catalogue()")
        if entry.neo4j_only and self.store.dialect != "neo4j":
            raise InputError(name, f"runs on Neo4j only ({entry.neo4j_only})")
        return _frame(views.run_named(self.store, name, parameters))

    def catalogue(self) -> pd.DataFrame:
        rows = [
            {
                "name": q.name,
                "question": q.question,
                "parameters": q.parameters,
                "example": q.example,
                "portable": q.portable,
            }
            for q in catalogue().values()
        ]
        return _frame(rows)

    def stats(self) -> pd.DataFrame:
        stats = reads.stats(self.store)
        rows = [{"kind": "node", "name": k, "count": v} for k, v in stats.nodes.items()]
        rows += [{"kind": "relationship", "name": k, "count": v} for k, v in stats.edges.items()]
        return _frame(rows)

    # --- entities ------------------------------------------------------------------------
    def most_connected(self, label: str | None = None, limit: int = 5) -> pd.DataFrame:
        """The entities with the most facts (of one label, or of each), busiest first: where a
        notebook starts when it does not know the graph."""
        found = views.overview(self.store, per_label=limit, documents=0).most_connected
        rows = [e.model_dump() for e in found if label is None or e.label == label]
        rows.sort(key=lambda row: -row["degree"])
        return _frame(rows, ["id", "label", "name", "degree"])

    def search(
        self, text: str, labels: Sequence[str] | None = None, limit: int = 20
    ) -> pd.DataFrame:
        chosen = tuple(Label(x) for x in labels) if labels else ENTITY_LABELS
        hits = reads.search(self.store, text, chosen, limit)
        return _frame((h.model_dump() for h in hits), ["id", "label", "name", "aliases", "score"])

    def neighbours(
        self, entity_id: str, types: Sequence[str] | str | None = None, limit: int = 100
    ) -> pd.DataFrame:
        """The facts around an entity: one row per fact, with its other end and provenance."""
        rows = [
            {
                "type": n.type,
                "direction": n.direction,
                "id": n.node.id,
                "label": n.node.label,
                "name": n.node.name,
                "phase": n.phase,
                "doc_count": n.doc_count,
                "confidence": n.confidence,
                "first_date": n.first_date,
                "last_date": n.last_date,
                "evidence": n.evidence,
                "documents": n.documents,
            }
            for n in reads.neighbours(self.store, entity_id, _kinds(types), None, limit)
        ]
        columns = ["type", "direction", "id", "label", "name", "phase", "doc_count", "confidence"]
        return _frame(rows, [*columns, "first_date", "last_date", "evidence", "documents"])

    # --- facts and evidence --------------------------------------------------------------
    def facts(
        self,
        types: Sequence[str] | str | None = None,
        *,
        source: str | None = None,
        target: str | None = None,
        since: str | None = None,
        until: str | None = None,
        min_confidence: float | None = None,
        trial: str | None = None,
        limit: int = 500,
    ) -> pd.DataFrame:
        """Facts by type, endpoint, date range, confidence and trial (name or NCT number),
        newest first: one row per fact."""
        found = views.list_facts(
            self.store,
            kinds=_kinds(types),
            source=source,
            target=target,
            since=since,
            until=until,
            min_confidence=min_confidence,
            trial=trial,
            limit=limit,
        )
        rows = [
            {
                "type": f.type,
                "source_id": f.source.id,
                "source": f.source.name,
                "target_id": f.target.id,
                "target": f.target.name,
                "phase": f.phase,
                "doc_count": f.doc_count,
                "confidence": f.confidence,
                "first_date": f.first_date,
                "last_date": f.last_date,
                "documents": f.documents,
                "evidence": f.evidence,
                "dates": f.dates,
            }
            for f in found
        ]
        columns = ["type", "source_id", "source", "target_id", "target", "phase", "doc_count"]
        more = ["confidence", "first_date", "last_date", "documents", "evidence", "dates"]
        return _frame(rows, [*columns, *more])

    def evidence(
        self, types: Sequence[str] | str | None = None, *, limit: int = 500, **filters: Any
    ) -> pd.DataFrame:
        """The evidence trail: one row per (fact, supporting document), with the sentence,
        the document's date, title and URL. Takes the filters of `facts`."""
        facts = self.facts(types, limit=limit, **filters)
        documents = self.documents(limit=100_000).set_index("id") if len(facts) else None
        rows = []
        for fact in facts.itertuples(index=False):
            for i, doc in enumerate(fact.documents):
                meta = (
                    documents.loc[doc] if documents is not None and doc in documents.index else {}
                )
                rows.append(
                    {
                        "type": fact.type,
                        "source_id": fact.source_id,
                        "target_id": fact.target_id,
                        "document": doc,
                        "date": fact.dates[i] if i < len(fact.dates) else "",
                        "sentence": fact.evidence[i] if i < len(fact.evidence) else "",
                        "title": meta.get("title", ""),
                        "url": meta.get("url", ""),
                    }
                )
        columns = ["type", "source_id", "target_id", "document", "date", "sentence"]
        return _frame(rows, [*columns, "title", "url"])

    def documents(
        self, *, since: str | None = None, until: str | None = None, limit: int = 1000
    ) -> pd.DataFrame:
        found = views.list_documents(self.store, since=since, until=until, limit=limit)
        return _frame((d.model_dump() for d in found), list(DocumentSummary.model_fields))

    # --- analyst views -------------------------------------------------------------------
    def landscape(self, entity_id: str, limit: int = 200) -> pd.DataFrame:
        """Target or disease landscape: one row per (molecule, indication), with its targets
        and developers joined by ", " so the frame stays flat for grouping and plotting."""
        from oncokg.schema import label_of

        label = label_of(entity_id)
        if label is Label.TARGET:
            entries = views.target_landscape(self.store, entity_id, limit=limit)
        elif label is Label.DISEASE:
            entries = views.disease_landscape(self.store, entity_id, limit=limit)
        else:
            raise InputError(entity_id, "a landscape is drawn for a Target or a Disease")
        rows = []
        for entry in entries:
            base = {
                "molecule_id": entry.molecule.id,
                "molecule": entry.molecule.name,
                "targets": ", ".join(t.name for t in entry.targets),
                "developers": ", ".join(d.name for d in entry.developers),
                "doc_count": entry.doc_count,
                "first_date": entry.first_date,
                "last_date": entry.last_date,
            }
            indications: list[Indication | None] = list(entry.indications) or [None]
            for ind in indications:
                rows.append(
                    {
                        **base,
                        "disease_id": ind.disease.id if ind else None,
                        "disease": ind.disease.name if ind else None,
                        "phase": ind.phase if ind else None,
                    }
                )
        columns = ["molecule_id", "molecule", "disease_id", "disease", "phase", "targets"]
        return _frame(rows, [*columns, "developers", "doc_count", "first_date", "last_date"])

    def timeline(self, entity_id: str, limit: int = 500) -> pd.DataFrame:
        events = views.timeline(self.store, entity_id, limit=limit)
        rows = [
            {
                "date": e.date,
                "type": e.type,
                "source": e.source.name,
                "target": e.target.name,
                "phase": e.phase,
                "document": e.document,
                "evidence": e.evidence,
            }
            for e in events
        ]
        return _frame(rows, ["date", "type", "source", "target", "phase", "document", "evidence"])

    def new_since(self, since: str, *, restated: bool = False, limit: int = 500) -> pd.DataFrame:
        found = views.new_facts(self.store, since, restated=restated, limit=limit)
        rows = [
            {
                "type": f.type,
                "source": f.source.name,
                "target": f.target.name,
                "phase": f.phase,
                "first_date": f.first_date,
                "evidence": f.evidence[0] if f.evidence else "",
            }
            for f in found
        ]
        return _frame(rows, ["type", "source", "target", "phase", "first_date", "evidence"])

    def partnerships(self) -> pd.DataFrame:
        """Every COLLABORATES_WITH fact with the date it was first and last stated."""
        return self.facts(EdgeKind.COLLABORATES_WITH)

    # --- deals and pipelines -------------------------------------------------------------
    def deals(
        self,
        org: str | None = None,
        *,
        kind: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 500,
    ) -> pd.DataFrame:
        """Acquisitions and licence, option and co-development deals: one row per deal, with
        its parties, kind, terms and dates."""
        found = views.deals(self.store, org=org, kind=kind, since=since, until=until, limit=limit)
        rows = [
            {
                "kind": d.kind,
                "party": d.parties[0].name,
                "counterparty": d.parties[1].name,
                **{term: d.terms.get(term) for term in _DEAL_TERMS},
                "first_date": d.first_date,
                "last_date": d.last_date,
                "doc_count": d.doc_count,
                "evidence": d.evidence,
            }
            for d in found
        ]
        columns = ["kind", "party", "counterparty", *_DEAL_TERMS, "first_date", "last_date"]
        return _frame(rows, [*columns, "doc_count", "evidence"])

    def pipeline(self, org_id: str) -> pd.DataFrame:
        """An organisation's molecules × indications with the current stage and the date it
        was first stated; most advanced first."""
        return _pipeline_frame(views.organisation_pipeline(self.store, org_id))

    def stage_history(self, molecule_id: str) -> pd.DataFrame:
        """Every change of stage of a molecule, one row per (indication, change), oldest
        first: what a timeline plot draws."""
        rows = [
            {
                "molecule": entry.molecule.name,
                "disease": entry.disease.name,
                "date": change.date,
                "stage": change.stage,
                "trial": change.trial,
                "evidence": change.evidence,
                "document": change.document,
            }
            for entry in views.stage_history(self.store, molecule_id)
            for change in entry.changes
        ]
        columns = ["molecule", "disease", "date", "stage", "trial", "evidence", "document"]
        return _frame(rows, columns)

    # --- export ----------------------------------------------------------------------------
    def to_excel(
        self,
        path: Path | str,
        tables: Mapping[str, pd.DataFrame] | None = None,
        *,
        limit: int = 100_000,
    ) -> Path:
        """A workbook for colleagues without Python: one sheet per table, by default the
        facts (with evidence), the documents, the deals and the graph's counts; pass
        `tables` ({"sheet name": DataFrame}) to write your own views instead."""
        import pandas as pd  # optional dependency, as everywhere in the client

        chosen = (
            dict(tables)
            if tables is not None
            else {
                "facts": self.facts(limit=limit),
                "documents": self.documents(limit=limit),
                "deals": self.deals(limit=limit),
                "counts": self.stats(),
            }
        )
        target = Path(path)
        with pd.ExcelWriter(target, engine="openpyxl") as writer:
            for name, frame in chosen.items():
                sheet = name[:31] or "sheet"  # Excel's limit on sheet names
                frame.map(_excel_cell).to_excel(writer, sheet_name=sheet, index=False)
        return target


def _excel_cell(value: Any) -> Any:
    """Lists as one "; "-joined cell; text that Excel would run as a formula, defused."""
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    return defuse(value) if isinstance(value, str) else value

"""An embedded graph made by an earlier version opens, gains the columns added since (its
nodes searchable again), and takes writes and searches like a new one."""

from __future__ import annotations

from pathlib import Path

import ladybug

from oncokg.graph import reads
from oncokg.graph.embedded import DATABASE_FILE, EmbeddedStore
from oncokg.graph.queries import ladybug_ddl
from tests.factories import DRUG, first_release


def test_graph_without_search_text_gains_it_on_open(tmp_path: Path) -> None:
    folder = tmp_path / "graph"
    folder.mkdir()
    database = ladybug.Database(str(folder / DATABASE_FILE))
    connection = ladybug.Connection(database)
    for statement in ladybug_ddl():
        if statement.startswith("CREATE"):  # the tables as an earlier version made them
            connection.execute(statement.replace(", search_text STRING", ""))
    connection.execute("CREATE (:Molecule {id: 'molecule:old', name: 'oldimab'})")
    connection.close()
    database.close()

    with EmbeddedStore(folder) as store:
        assert [hit.id for hit in reads.search(store, "oldi")] == ["molecule:old"]
        store.upsert([first_release()])
        assert [hit.id for hit in reads.search(store, "fooxi")] == [DRUG]

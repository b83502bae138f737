from __future__ import annotations

import pickle

import pytest

from oncokg.exceptions import ContractError, InputError


@pytest.mark.parametrize("kind", [InputError, ContractError])
def test_exceptions_input_error_survives_pickling(kind: type[InputError]) -> None:
    """Extraction workers (a process pool, Dask) send errors back pickled; one that could not
    be unpickled stopped the pool's result thread, and `ingest --workers` waited forever."""
    error = kind("a\x1b.txt", "bad")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is kind
    assert (back.source, back.reason, str(back)) == (error.source, error.reason, str(error))

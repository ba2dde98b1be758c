"""Any text the model holds is written by every format that reads back what it writes, and read
back unchanged, or the export is refused with a located message: never altered in silence."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import purgehist
from purgehist import Dataset
from purgehist.errors import DataError

# Every format with both a reader and a writer, by the suffix it is written with.
ROUND_TRIPS = {
    "json": "d.json",
    "tei": "d.tei.xml",
    "xlsx": "d.xlsx",
    "csv": "d.zip",
    "sqlite": "d.db",
}

# All of Unicode but lone surrogates (hypothesis's default), which no file encoding can hold.
ANY_TEXT = st.text(max_size=30)


def _dataset(text: str) -> Dataset:
    claim = purgehist.Claim(
        id="c1", text=text if text.strip() else "x", note=text, tags=(text,) if text else ()
    )
    actor = purgehist.Actor(id="pers_a", name=text if text.strip() else "A", description=text)
    return Dataset(metadata=purgehist.Metadata(title="t"), actors=(actor,), claims=(claim,))


@pytest.mark.parametrize("fmt", list(ROUND_TRIPS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT)
def test_any_text_comes_back_unchanged_or_is_refused_by_place(fmt: str, text: str) -> None:
    dataset = _dataset(text)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ROUND_TRIPS[fmt]
        refusal: DataError | None = None
        try:
            purgehist.export(dataset, fmt, path)
        except DataError as refused:
            refusal = refused
        if refusal is None:
            assert purgehist.parse(path, fmt) == dataset
        else:
            assert refusal.problems, "a refusal names at least one problem"
            assert all(p.location for p in refusal.problems)
            assert not path.exists(), "a refused export leaves no file"

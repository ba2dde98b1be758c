"""The SQLite format: round trips, the schema derived from the layout, search and views, and
the file opened by Datasette, DuckDB and pandas."""

from __future__ import annotations

import io
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given

import purgehist
from purgehist import Dataset
from purgehist.formats.sqlite.schema import FULL_TEXT, VIEWS
from purgehist.formats.sqlite.write import write_database
from purgehist.formats.tabular.layout import TABLES

from strategies import datasets


def round_trip(dataset: Dataset) -> Dataset:
    buffer = io.BytesIO()
    purgehist.export_stream(dataset, "sqlite", buffer)
    buffer.seek(0)
    return purgehist.parse_stream(buffer, "sqlite").dataset


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite") / "great-purge.db"
    purgehist.export(purgehist.example_dataset(), "sqlite", path)
    return path


def test_the_example_round_trips(example_dataset: Dataset, database: Path) -> None:
    assert purgehist.parse(database) == example_dataset
    assert round_trip(example_dataset) == example_dataset


@given(datasets(xml_safe=False))
def test_generated_datasets_round_trip(dataset: Dataset) -> None:
    assert round_trip(dataset) == dataset


def test_one_table_per_layout_table_with_its_key(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        for table in TABLES:
            columns = connection.execute(f'PRAGMA table_info("{table.name}")').fetchall()
            assert [c[1] for c in columns] == list(table.names)
            key = sorted((c[5], c[1]) for c in columns if c[5])
            assert tuple(name for _, name in key) == table.key


def test_references_have_foreign_keys_and_indexes(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        fks = {
            (t.name, row[3], row[2])
            for t in TABLES
            for row in connection.execute(f'PRAGMA foreign_key_list("{t.name}")')
        }
        assert ("evidence", "source", "sources") in fks
        assert ("attributions", "claim", "claims") in fks
        assert ("notes", "paragraph", "paragraphs") in fks
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        indexed = {
            row[0]
            for row in connection.execute(
                "SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'index'"
            )
        }
        assert {"evidence.evidence_source", "attributions.attributions_actor"} <= indexed


def test_full_text_search_and_views(database: Path, example_dataset: Dataset) -> None:
    with sqlite3.connect(database) as connection:
        for table in FULL_TEXT:
            rows = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            assert connection.execute(f'SELECT count(*) FROM "{table}_fts"').fetchone()[0] == rows
        found = connection.execute(
            "SELECT claims.id FROM claims_fts JOIN claims ON claims.rowid = claims_fts.rowid "
            "WHERE claims_fts MATCH 'smolensk'"
        ).fetchall()
        expected = {c.id for c in example_dataset.claims if "smolensk" in c.text.lower()}
        assert {row[0] for row in found} == expected
        assert expected
        for view in VIEWS:
            assert connection.execute(f'SELECT count(*) FROM "{view}"').fetchone()[0] > 0
        cited = dict(
            connection.execute(
                "SELECT source, sum(citations) FROM citations_per_source GROUP BY source"
            ).fetchall()
        )
    counts: dict[str, int] = {}
    for evidence in example_dataset.evidence:
        if evidence.source:
            counts[evidence.source] = counts.get(evidence.source, 0) + 1
    assert cited == counts


def test_note_texts_are_searchable(tmp_path: Path) -> None:
    thesis = purgehist.parse(purgehist.sample_thesis_path())
    path = tmp_path / "thesis.db"
    write_database(thesis, path)
    with sqlite3.connect(path) as connection:
        found = connection.execute(
            "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'conquest'"
        ).fetchone()[0]
    assert found > 0


def test_not_a_database_is_a_data_error(tmp_path: Path) -> None:
    (tmp_path / "x.db").write_bytes(b"SQLite format 3\x00 but nothing else")
    with pytest.raises(purgehist.DataError):
        purgehist.parse(tmp_path / "x.db")
    empty = tmp_path / "other.db"
    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(purgehist.DataError, match="not a purgehist database"):
        purgehist.parse(empty)


def test_duckdb_reads_it(database: Path, example_dataset: Dataset) -> None:
    duckdb = pytest.importorskip("duckdb")
    scanner = pytest.importorskip("duckdb_extension_sqlite_scanner")
    extension = (
        Path(scanner.__file__).parent
        / "extensions"
        / f"v{duckdb.__version__}"
        / "sqlite_scanner.duckdb_extension"
    )
    if not extension.is_file():
        pytest.skip(f"no sqlite_scanner extension for DuckDB {duckdb.__version__}")
    connection = duckdb.connect()
    connection.execute(f"LOAD '{extension}'")
    connection.execute(f"ATTACH '{database}' AS corpus (TYPE sqlite)")
    claims = connection.execute("SELECT count(*) FROM corpus.claims").fetchall()
    assert claims == [(len(example_dataset.claims),)]
    stances = dict(
        connection.execute(
            "SELECT stance, count(*) FROM corpus.claim_stances GROUP BY 1"
        ).fetchall()
    )
    assert sum(stances.values()) == sum(len(c.attributions) for c in example_dataset.claims)


def test_pandas_reads_it(database: Path, example_dataset: Dataset) -> None:
    pandas = pytest.importorskip("pandas")
    with sqlite3.connect(database) as connection:
        frame = pandas.read_sql_query("SELECT * FROM claim_stances", connection)
    attributions = sum(len(c.attributions) for c in example_dataset.claims)
    assert len(frame) == attributions
    assert set(frame["stance"]) <= {"asserts", "disputes", "qualifies", "reports", "retracts"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def datasette(database: Path) -> Iterator[str]:
    pytest.importorskip("datasette")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(database), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}/-/versions.json", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("datasette did not start")
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def test_datasette_answers_a_claims_attributions(datasette: str, example_dataset: Dataset) -> None:
    claim = next(c for c in example_dataset.claims if len(c.attributions) > 1)
    query = urllib.parse.urlencode({"claim__exact": claim.id, "_shape": "array"})
    rows = _get(f"{datasette}/great-purge/attributions.json?{query}")
    assert [(r["actor"], r["stance"]) for r in rows] == [
        (a.actor, a.stance.value) for a in claim.attributions
    ]
    view = _get(
        f"{datasette}/great-purge/claim_stances.json?"
        + urllib.parse.urlencode({"claim__exact": claim.id, "_shape": "array"})
    )
    names = {a.actor: example_dataset.actor(a.actor).name for a in claim.attributions}
    assert {(r["actor"], r["claimant"]) for r in view} == set(names.items())
    search = _get(f"{datasette}/great-purge/claims.json?_search=smolensk&_shape=array")
    assert search
    assert all("smolensk" in r["text"].lower() for r in search)

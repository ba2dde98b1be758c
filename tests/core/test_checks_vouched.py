"""``problems()`` on a dataset its reader vouched for (CSV, XLSX, JSON, TEI) reads clean claims
and evidence without building their locations, and finds the same problems, in the same
order, as on a copy it checks in full."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest

import purgehist
from purgehist import (
    Actor,
    Attribution,
    CitationStatus,
    Claim,
    ClaimRelation,
    DataError,
    Dataset,
    Evidence,
    RelationType,
    Source,
    checks,
)
from purgehist.formats.csv.read import read_package
from purgehist.formats.csv.write import write_package_zip
from purgehist.formats.tei.read import read_tei
from purgehist.formats.tei.write import tei_bytes
from purgehist.formats.xlsx.read import read_workbook
from purgehist.formats.xlsx.write import write_workbook
from purgehist.model.dataset import dates_vouched, references_vouched

_CLEAN = Attribution(actor="pers_getty", evidence=["evid_1"], date="1985")


def _claim(n: int, **fields: Any) -> Claim:
    return Claim(id=f"claim_{n}", text=f"Claim {n}.", **{"attributions": [_CLEAN], **fields})


def _damaged() -> Dataset:
    """Each problem a claim or an evidence item can have when every reference resolves (a
    dangling anchor aside: no document here), among clean records."""
    supports = ClaimRelation(type=RelationType.SUPPORTS, target="claim_1")
    return Dataset(
        actors=[Actor(id="pers_getty", name="Getty"), Actor(id="pers_conquest", name="Conquest")],
        sources=[Source(id="bib_origins", title="Origins of the Great Purges")],
        evidence=[
            Evidence(id="evid_1", source="bib_origins", grade="secondary"),
            Evidence(id="evid_2", source="bib_origins", grade="rumour"),
            Evidence(id="evid_3", source="bib_origins", grade="archival", status="inferred"),
            Evidence(id="evid_4", grade="memoir"),
            Evidence(id="evid_5", status=CitationStatus.UNRESOLVED, cited_as="Ibidem."),
        ],
        claims=[
            _claim(1),
            _claim(2, attributions=[]),
            _claim(3, attributions=[_CLEAN, Attribution(actor="pers_conquest", no_evidence=True)]),
            _claim(4, attributions=[Attribution(actor="pers_conquest", evidence=["evid_2"])]),
            _claim(
                5,
                attributions=[
                    Attribution(actor="pers_conquest", no_evidence=True, evidence=["evid_1"])
                ],
            ),
            _claim(6, relations=[supports]),
            _claim(7, relations=[ClaimRelation(type=RelationType.REFINES, target="claim_7")]),
            _claim(8),
        ],
    )


EXPECTED = [
    ("unknown-grade", "$.evidence[1].grade"),
    ("inferred-grade-without-reason", "$.evidence[2].grade"),
    ("evidence-without-source", "$.evidence[3].source"),
    ("claim-without-attribution", "$.claims[1].attributions"),
    ("contradictory-evidence-flag", "$.claims[4].attributions[0].no_evidence"),
    ("self-relation", "$.claims[6].relations[0].target"),
]


def _csv(dataset: Dataset) -> Dataset:
    buffer = io.BytesIO()
    write_package_zip(dataset, buffer)
    buffer.seek(0)
    return read_package(buffer, "read.zip", force=True).dataset


def _json(dataset: Dataset) -> Dataset:
    return purgehist.loads(purgehist.dumps(dataset))


def _tei(dataset: Dataset) -> Dataset:
    return read_tei(tei_bytes(dataset, export_date="2026-01-01")).dataset


READERS = pytest.mark.parametrize("reader", [_csv, _json, _tei])


def _read(dataset: Dataset, reader: Callable[[Dataset], Dataset]) -> Dataset:
    read = reader(dataset)
    assert references_vouched(read)
    assert dates_vouched(read)
    return read


@READERS
def test_a_vouched_dataset_gives_the_problems_of_a_full_check_in_order(
    reader: Callable[[Dataset], Dataset],
) -> None:
    read = _read(_damaged(), reader)
    found = purgehist.problems(read)
    assert [(p.code, p.location) for p in found] == EXPECTED
    assert found == purgehist.problems(read.replace())  # an unvouched copy, checked in full
    assert found == purgehist.problems(_damaged())


@READERS
def test_only_records_with_a_problem_get_their_location_built(
    reader: Callable[[Dataset], Dataset], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Work counted, not timed: a clean claim or evidence item of a vouched dataset reaches
    no method that builds locations."""
    read = _read(_damaged(), reader)
    located: list[str] = []
    claim, evidence_item = checks._Checker.claim, checks._Checker.evidence_item

    def claim_located(self: checks._Checker, at: str, record: Claim) -> None:
        located.append(at)
        claim(self, at, record)

    def evidence_located(self: checks._Checker, at: str, item: Evidence) -> None:
        located.append(at)
        evidence_item(self, at, item)

    monkeypatch.setattr(checks._Checker, "claim", claim_located)
    monkeypatch.setattr(checks._Checker, "evidence_item", evidence_located)
    assert [(p.code, p.location) for p in purgehist.problems(read)] == EXPECTED
    assert located == [
        "$.evidence[1]",
        "$.evidence[2]",
        "$.evidence[3]",
        *(f"$.claims[{i}]" for i in (1, 4, 6)),
    ]
    located.clear()
    purgehist.problems(read.replace())
    assert len(located) == len(read.evidence) + len(read.claims)


def _write_csv(dataset: Dataset, buffer: io.BytesIO) -> None:
    write_package_zip(dataset, buffer)


def _read_csv(buffer: io.BytesIO) -> object:
    return read_package(buffer, "read.zip", force=True)


def _read_xlsx(buffer: io.BytesIO) -> object:
    return read_workbook(buffer, "read.xlsx", force=True)


@pytest.mark.parametrize(
    ("write", "read"), [(_write_csv, _read_csv), (write_workbook, _read_xlsx)], ids=["csv", "xlsx"]
)
def test_a_tabular_read_refuses_an_empty_claimant(
    write: Callable[[Dataset, io.BytesIO], object], read: Callable[[io.BytesIO], object]
) -> None:
    """What lets ``problems()`` leave a vouched dataset's claimants unread: the readers that
    vouch for their references keep no empty one, even when forced (``problems()`` reports
    one in a dataset it does not vouch for)."""
    claim = _claim(1, attributions=[Attribution(actor="", no_evidence=True)])
    dataset = _damaged().replace(claims=[claim])
    assert ("attribution-without-claimant", "$.claims[0].attributions[0].actor") in [
        (p.code, p.location) for p in purgehist.problems(dataset)
    ]
    buffer = io.BytesIO()
    write(dataset, buffer)
    buffer.seek(0)
    with pytest.raises(DataError, match="'actor' needs a value"):
        read(buffer)

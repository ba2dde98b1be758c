"""The bundled Great Purge dataset: its size, its editorial rules, and its round trips."""

from __future__ import annotations

from pathlib import Path

import pytest

import purgehist
from purgehist import Dataset, api, dumps, example_path, load
from purgehist.model import ActorKind, Stance, is_ncname
from purgehist.plugins import get_exporters, get_parsers, make_plugin_manager


def test_dataset_meets_the_issue_targets(example_dataset: Dataset) -> None:
    counts = example_dataset.counts()
    assert counts["actors"] >= 60
    assert counts["events"] >= 20
    assert counts["claims"] >= 40
    schools = [a.id for a in example_dataset.actors if a.kind == ActorKind.SCHOOL]
    assert schools == ["school_totalitarian", "school_revisionist"]
    members = {s: {a.id for a in example_dataset.query.members_of(s)} for s in schools}
    assert {"pers_conquest", "pers_brzezinski", "pers_medvedev"} <= members[schools[0]]
    assert {"pers_getty", "pers_thurston", "pers_rittersporn"} <= members[schools[1]]


def test_dataset_is_valid_and_canonical(example_dataset: Dataset) -> None:
    assert purgehist.problems(example_dataset) == []
    assert dumps(example_dataset) == example_path().read_text(encoding="utf-8")


def test_every_claim_is_somebodys_claim(example_dataset: Dataset) -> None:
    for claim in example_dataset.claims:
        assert claim.attributions, claim.id
        for attribution in claim.attributions:
            assert attribution.evidence or attribution.no_evidence, (claim.id, attribution.actor)


def test_ids_are_prefixed_ncnames(example_dataset: Dataset) -> None:
    prefixes = ("pers_", "org_", "school_", "pl_", "ev_", "bib_", "evid_", "claim_", "doc_")
    for record in example_dataset.records():
        assert is_ncname(record.id)
        assert record.id.startswith(prefixes), record.id


def test_the_thesis_speaks_through_its_author(example_dataset: Dataset) -> None:
    thesis = example_dataset.source("bib_thesis_2009")
    assert thesis.type == "thesis"
    stances = example_dataset.query.stances_of("pers_thesis_author")
    assert stances
    assert all(r.attribution.work == "bib_thesis_2009" for r in stances)
    assert {r.attribution.stance for r in stances} >= {Stance.ASSERTS, Stance.DISPUTES}


def test_hearsay_carries_its_chain(example_dataset: Dataset) -> None:
    hearsay = [e for e in example_dataset.evidence if e.grade == "hearsay"]
    assert hearsay
    assert all(e.chain for e in hearsay)
    letter = example_dataset.evidence_item("evid_stalin_ordered_kirov_murder_conquest_2")
    assert [link.actor for link in letter.chain] == ["pers_bukharin", "pers_nicolaevsky"]


def test_bibliography_keeps_printed_order_and_footnote_only_works(
    example_dataset: Dataset,
) -> None:
    [thesis] = example_dataset.documents
    # `grep -c "•"` over the Literatuurlijst (thesis lines 3973-4068) gives 29 entries.
    assert len(thesis.bibliography) == 29
    assert thesis.bibliography[0] == "bib_brzezinski_1956_permanent_purge"
    # The printed list puts Pavlova after Rittersporn.
    order = list(thesis.bibliography)
    assert (
        order.index("bib_pavlova_2001_contemporary")
        == order.index("bib_rittersporn_1991_simplifications") + 1
    )
    unlisted = {s.id for s in example_dataset.sources if not s.listed}
    assert "bib_conquest_1993_history_humanity_truth" in unlisted
    assert unlisted.isdisjoint(thesis.bibliography)


BUILTIN = make_plugin_manager(entry_points=False)
"""Built-in formats only: an installed plugin may hold a part of the model (CSL: sources)."""


def _roundtrip_formats() -> list[str]:
    parsers = get_parsers(BUILTIN)
    return [name for name in get_exporters(BUILTIN) if name in parsers]


@pytest.mark.parametrize("fmt", _roundtrip_formats())
def test_bundled_dataset_reads_back_identical(
    example_dataset: Dataset, fmt: str, tmp_path: Path
) -> None:
    """Every built-in format that can be both written and read gives the dataset back."""
    target = tmp_path / f"great-purge{get_exporters(BUILTIN)[fmt].suffix}"
    api.export(example_dataset, fmt, target, pm=BUILTIN)
    again = api.parse_file(target, fmt, pm=BUILTIN).dataset
    assert again == example_dataset


@pytest.mark.parametrize("fmt", list(get_exporters()))
def test_bundled_dataset_exports_without_errors(
    example_dataset: Dataset, fmt: str, tmp_path: Path
) -> None:
    target = tmp_path / f"great-purge{get_exporters()[fmt].suffix}"
    report = api.export(example_dataset, fmt, target)
    assert target.exists()
    assert [w for w in report.warnings if w.severity == "error"] == []


def test_bundled_tei_validates_against_tei_all(
    example_dataset: Dataset, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    if "tei" not in get_exporters():
        pytest.skip("the TEI exporter is not installed")
    from lxml import etree

    tei_schema = request.getfixturevalue("tei_schema")
    target = tmp_path / "great-purge.xml"
    api.export(example_dataset, "tei", target)
    tree = etree.parse(str(target))
    valid = tei_schema.validate(tree)  # type: ignore[attr-defined]
    assert valid, tei_schema.error_log  # type: ignore[attr-defined]


def test_the_file_loads_on_its_own() -> None:
    assert load(example_path()).counts()["claims"] >= 40

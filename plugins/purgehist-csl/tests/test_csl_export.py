"""Writing CSL-JSON: valid against the CSL schema, and renderable by citeproc-py."""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path
from typing import Any

import pluggy
import pytest
from csl_testing import csl_validator, plugin_manager
from purgehist_csl.reader import parse_csl

import purgehist
from purgehist import Creator, Dataset, Source, SourceType, export, export_stream
from purgehist.plugins import get_exporters
from purgehist.plugins.sdk import Context

DATA = Path(__file__).parent / "data"


@pytest.fixture
def pm() -> pluggy.PluginManager:
    return plugin_manager()


THESIS_2009 = Path(__file__).resolve().parents[3] / "tests" / "data" / "great-purge-2009.json"


@pytest.fixture
def example_dataset() -> Dataset:
    """The bundled example as first built from the thesis: the entries below are its sources."""
    return purgehist.load(THESIS_2009)


@pytest.fixture(scope="module")
def validator() -> Any:
    pytest.importorskip("jsonschema")
    return csl_validator()


def _export(dataset: Dataset, pm: pluggy.PluginManager) -> list[dict[str, Any]]:
    buffer = io.BytesIO()
    export_stream(dataset, "csl", buffer, pm=pm)
    items: list[dict[str, Any]] = json.loads(buffer.getvalue().decode("utf-8"))
    return items


def test_exporter_spec(pm: pluggy.PluginManager) -> None:
    spec = get_exporters(pm)["csl"]
    assert (spec.suffix, spec.media_type) == (
        ".csl.json",
        "application/vnd.citationstyles.csl+json",
    )
    assert spec.plugin == "csl"


def test_example_export_is_valid_csl_json(
    pm: pluggy.PluginManager, example_dataset: Dataset, validator: Any
) -> None:
    items = _export(example_dataset, pm)
    assert len(items) == len(example_dataset.sources)
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(items)]
    assert errors == []


def test_zotero_round_trip_export_is_valid_csl_json(
    pm: pluggy.PluginManager, validator: Any
) -> None:
    dataset = parse_csl(DATA / "zotero-export.json", {}, Context()).dataset
    errors = [e.message for e in validator.iter_errors(_export(dataset, pm))]
    assert errors == []


def test_schema_rejects_what_csl_does_not_allow(validator: Any) -> None:
    assert not validator.is_valid([{"id": "a", "type": "book", "not-csl": "x"}])
    assert not validator.is_valid([{"id": "a", "type": "tome"}])
    assert not validator.is_valid([{"id": "a", "type": "book", "issued": {"date-parts": []}}])
    assert validator.is_valid([{"id": "a", "type": "book", "author": [{"literal": "X"}]}])


def test_export_report_and_file(
    pm: pluggy.PluginManager, example_dataset: Dataset, tmp_path: Path
) -> None:
    path = tmp_path / "sources.csl.json"
    report = export(example_dataset, "csl", path, pm=pm)
    assert report.counts == {"sources": 42}
    assert [w.code for w in report.warnings] == ["csl-not-exported"]
    assert report.warnings[0].message.startswith("CSL-JSON has no place for 42 link(s)")
    text = path.read_text(encoding="utf-8")
    assert text.endswith("]\n")
    assert '"Rittersporn"' in text
    assert '"given": "Gábor Tamás"' in text


def test_example_items(pm: pluggy.PluginManager, example_dataset: Dataset) -> None:
    items = {i["id"]: i for i in _export(example_dataset, pm)}
    assert items["bib_fitzpatrick_1986_new_perspectives"] == {
        "id": "bib_fitzpatrick_1986_new_perspectives",
        "type": "article-journal",
        "author": [{"family": "Fitzpatrick", "given": "Sheila"}],
        "title": "New Perspectives on Stalinism",
        "container-title": "Russian Review",
        "volume": "45",
        "issue": "4",
        "page": "357-373",
        "issued": {"date-parts": [[1986]]},
    }
    assert items["bib_getty_1993_stalinist_terror"]["editor"] == [
        {"family": "Getty", "given": "J. Arch"},
        {"family": "Manning", "given": "Roberta T."},
    ]
    assert items["bib_goudoever_1986_limits"]["author"] == [
        {"family": "Goudoever", "given": "A. P.", "dropping-particle": "van"}
    ]
    assert items["bib_nicolaevsky_letter_old_bolshevik"]["issued"] == {
        "date-parts": [[1936], [1937]]
    }
    assert items["bib_walker_2008_big_question"]["accessed"] == {"date-parts": [[2009, 8, 25]]}
    assert items["bib_stalin_1995_letters_molotov"]["custom"] == {
        "purgehist-type": "document_collection"
    }
    assert items["bib_thesis_2009"]["author"] == [{"literal": "Author of the 2009 thesis"}]


def _render(items: list[dict[str, Any]]) -> dict[str, str]:
    citeproc = pytest.importorskip("citeproc")
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        # citeproc-py warns that it ignores the 'custom' object, which is as intended.
        warnings.filterwarnings("ignore", "The following arguments", UserWarning)
        source = CiteProcJSON(items)
    style = citeproc.CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = citeproc.CitationStylesBibliography(style, source, citeproc.formatter.plain)
    for item in items:
        bibliography.register(citeproc.Citation([citeproc.CitationItem(item["id"])]))
    keys = [str(i["id"]).lower() for i in items]
    return dict(zip(keys, (str(entry) for entry in bibliography.bibliography()), strict=True))


@pytest.mark.parametrize(
    ("id", "expected"),
    [
        pytest.param(
            "bib_fitzpatrick_1986_new_perspectives",
            "Fitzpatrick, S. (1986) “New Perspectives on Stalinism”, Russian Review, 45(4), "
            "pp. 357–373.",
            id="article",
        ),
        pytest.param(
            "bib_conquest_1971_great_terror",
            "Conquest, R. (1971) The Great Terror: Stalin's Purge of the Thirties. Suffolk.",
            id="book",
        ),
        pytest.param(
            "bib_deutscher_king_1984_great_purges",
            "Deutscher, I. and King, D. (1984) The Great Purges. New York.",
            id="two_authors",
        ),
        pytest.param(
            "bib_getty_1993_stalinist_terror",
            "Getty, J.A. and Manning, R.T. (eds.) (1993) Stalinist Terror: New Perspectives. "
            "Edited by J.A. Getty and R.T. Manning. Cambridge.",
            id="edited_volume",
        ),
        pytest.param(
            "bib_kuhn_1996_structure",
            "Kuhn, T.S. (1996) The Structure of Scientific Revolutions. 3rd ed.",
            id="edition",
        ),
        pytest.param(
            "bib_goudoever_1986_limits",
            "Goudoever, A.P. van (1986) The Limits of Destalinization in the Soviet Union: "
            "Political Rehabilitations in the Soviet Union since Stalin.",
            id="particle",
        ),
        pytest.param(
            "bib_nicolaevsky_letter_old_bolshevik",
            "Nicolaevsky, B. (1936–1937) “Letter of an Old Bolshevik”.",
            id="date_range",
        ),
        pytest.param(
            "bib_orlov_testimony",
            "Orlov, A. (no date) Alexander Orlov's account of the NKVD under Stalin.",
            id="no_date",
        ),
        pytest.param(
            "bib_walker_2008_big_question",
            "Walker, S. (2008) “The Big Question: Why is Stalin still popular in Russia, despite "
            "the brutality of his regime?”, The Independent, 14 May. Available at: "
            "http://www.independent.co.uk/news/world/europe/the-big-question-why-is-stalin-still-"
            "popular-in-russia-despite-the-brutality-of-his-regime-827654.html "
            "(Accessed: August 25, 2009).",
            id="newspaper_with_url",
        ),
        pytest.param(
            "bib_thesis_2009",
            "Author of the 2009 thesis (2009) Anonymous master's thesis (2009): Stalin's role in "
            "the Great Purge, the totalitarian school against the revisionists.",
            id="literal_author",
        ),
    ],
)
def test_citeproc_renders_the_example_bibliography(
    pm: pluggy.PluginManager, example_dataset: Dataset, id: str, expected: str
) -> None:
    rendered = _render(_export(example_dataset, pm))
    assert rendered[id] == expected


def test_citeproc_renders_cyrillic_and_an_approximate_year(pm: pluggy.PluginManager) -> None:
    dataset = Dataset(
        sources=[
            Source(
                id="khlevniuk",
                creators=[Creator(name="Хлевнюк, Олег Витальевич")],
                title="Хозяин: Сталин и утверждение сталинской диктатуры",
                publisher="РОССПЭН",
                place="Москва",
                date="2010",
                language="ru",
            ),
            Source(
                id="smolensk",
                type=SourceType.ARCHIVAL,
                title="Протоколы бюро обкома",
                date="1937~",
            ),
        ]
    )
    rendered = _render(_export(dataset, pm))
    assert rendered["khlevniuk"] == (
        "Хлевнюк, О.В. (2010) Хозяин: Сталин и утверждение сталинской диктатуры. Москва: РОССПЭН."
    )
    # The style prints the year of an approximate date as it is; the "~" lives on in "raw".
    assert rendered["smolensk"] == "“Протоколы бюро обкома” (1937) “Протоколы бюро обкома”."

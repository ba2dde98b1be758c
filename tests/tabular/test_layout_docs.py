"""The docs carry the tables generated from the layout (the workbook's columns, the CSV
package's keys), so they cannot drift."""

from __future__ import annotations

from pathlib import Path

from purgehist.formats.csv.descriptor import keys_markdown
from purgehist.formats.tabular.describe import columns_markdown
from purgehist.formats.tabular.layout import LIST_RULES

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_workbook_doc_matches_the_layout() -> None:
    text = (DOCS / "workbook.md").read_text(encoding="utf-8")
    hint = "regenerate with: python -m purgehist.formats.tabular.describe"
    assert columns_markdown() in text, hint


def test_workbook_doc_states_the_conventions() -> None:
    text = " ".join((DOCS / "workbook.md").read_text(encoding="utf-8").split())
    for rule in LIST_RULES:
        assert " ".join(rule.split()) in text


def test_csv_doc_lists_the_keys_of_the_descriptor() -> None:
    text = (DOCS / "csv-datapackage.md").read_text(encoding="utf-8")
    assert keys_markdown() in text, "regenerate with: python -m purgehist.formats.csv.descriptor"

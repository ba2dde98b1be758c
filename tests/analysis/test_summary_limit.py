"""The plain-text summary lists a bounded number of contested claims and counts the rest."""

from __future__ import annotations

from purgehist import Dataset
from purgehist.summary import summarise


def test_summary_lists_at_most_max_claims_and_counts_the_rest(example_dataset: Dataset) -> None:
    contested = example_dataset.query.contested_claims()
    text = summarise(example_dataset, max_claims=3)
    listed = [c for c in contested if f"- {c.text}" in text]
    assert len(listed) == 3
    assert f"… and {len(contested) - 3} more" in text


def test_summary_without_limit_lists_every_contested_claim(example_dataset: Dataset) -> None:
    text = summarise(example_dataset, max_claims=None)
    assert all(f"- {c.text}" in text for c in example_dataset.query.contested_claims())
    assert "more: `purgehist report" not in text

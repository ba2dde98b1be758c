"""Entries of an author–year references list: names, year and title read from the entry."""

from __future__ import annotations

import pytest

from purgehist.formats.text.author_year import read_author_year_entry


@pytest.mark.parametrize(
    ("entry", "surnames", "given", "title"),
    [
        pytest.param(
            "Haverkamp, J. B. 1967. Dutch views of Frisian dialects. Transactions of the "
            "Philological Society 66. 62–76.",
            ["Haverkamp"],
            "J. B",
            "Dutch views of Frisian dialects",
            id="given-names-in-initials",
        ),
        pytest.param(
            "de Wit, Henk J. 1980. De studie van het Oude Testament aan de universiteiten. "
            "Amsterdam: Noord-Holland.",
            ["de Wit"],
            "Henk J",
            "De studie van het Oude Testament aan de universiteiten",
            id="particle",
        ),
        pytest.param(
            "Brandt, Ruth & K. L. Vos. 2001. Ports and their clerks. Leiden: Brill.",
            ["Brandt", "Vos"],
            "Ruth",
            "Ports and their clerks",
            id="two-authors",
        ),
        pytest.param(
            "Meyer, A. B. C. 1991b. Logic and the port records. Vol. 2: The ledgers. "
            "Chicago: University Press.",
            ["Meyer"],
            "A. B. C",
            "Logic and the port records. Vol. 2: The ledgers",
            id="volume-belongs-to-the-title",
        ),
    ],
)
def test_author_year_entries(entry: str, surnames: list[str], given: str, title: str) -> None:
    citation = read_author_year_entry(entry)
    assert citation is not None
    assert [a.surname for a in citation.authors] == surnames
    assert citation.authors[0].given == given
    assert citation.title == title

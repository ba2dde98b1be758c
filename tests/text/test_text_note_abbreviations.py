"""Short titles a footnote defines for the work it cites (``Hereafter CC.``), read in the
notes that follow."""

from __future__ import annotations

import pytest

from purgehist.formats.text.note_abbreviations import defined_short_titles
from purgehist.formats.text.read import parse_text
from purgehist.model import CitationStatus

RULE = "_______________"


@pytest.mark.parametrize(
    ("note", "key"),
    [
        pytest.param(
            "Goffman, Communication Conduct in an Island Community, 5. Hereafter CC. Page "
            "numbers refer to the original manuscript.",
            "CC",
            id="en-hereafter",
        ),
        pytest.param(
            "Rorty, Our Master’s Voice, ix. Page references are to the new edition; subsequent "
            "citations to the book are rendered as OMV.",
            "OMV",
            id="en-subsequent-citations",
        ),
        pytest.param(
            "Max Weber, Wirtschaft und Gesellschaft (Tübingen: Mohr, 1922), 12 (im Folgenden: "
            "WuG).",
            "WuG",
            id="de-im-folgenden",
        ),
        pytest.param(
            "Fernand Braudel, La Méditerranée (Paris : Colin, 1949), p. 5 (désormais "
            "Méditerranée).",
            "Méditerranée",
            id="fr-desormais",
        ),
        pytest.param(
            "Smith, Origins (London: Faber, 1990), 4 (hereafter cited as “Origins”).",
            "Origins",
            id="en-hereafter-cited-as-quoted",
        ),
    ],
)
def test_short_titles_defined_in_a_note(note: str, key: str) -> None:
    assert [k for _, k in defined_short_titles(note)] == [key]


def test_a_note_that_defines_nothing() -> None:
    note = "Hereafter the argument turns to the villages, as Smith, Origins, 4, shows."
    assert defined_short_titles(note) == []


def test_short_title_defined_in_a_note_resolves_in_later_notes() -> None:
    text = "\n".join(
        [
            "The study opened in 1949.1 It described the island.2 It compared the hotels.3",
            "The interviews followed.4",
            "",
            RULE,
            "1 Erving Goffman, Communication Conduct in an Island Community (Chicago: "
            "University of Chicago, 1953), 5. Hereafter CC.",
            "2 CC, 9.",
            "3 Mary Priest, interview by the author, August 26, 1988.",
            "4 See CC, 59–60.",
        ]
    )
    result = parse_text(text, file="t.txt")
    evidence = sorted(result.dataset.evidence, key=lambda e: e.id)
    assert [e.status for e in evidence] == [CitationStatus.RESOLVED] * 4
    first, second, interview, fourth = evidence
    assert first.source == second.source == fourth.source
    assert [e.locator.printed if e.locator else None for e in (second, fourth)] == ["9", "59–60"]
    assert interview.locator is None  # a date, not pages

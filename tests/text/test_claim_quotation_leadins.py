"""A block quotation set off by its indent alone, right under the line whose colon introduces
it: its lines are the quoted text's, so neither they nor the lead-in (``As Miller has
explained:``) give a claim. The text is made up for the tests."""

from __future__ import annotations

from purgehist.formats.text.read import parse_text

TEXT = """\
Introduction

    The term was rarely used before the 1970s, but the idea was discussed much
earlier. As Miller has explained:
         As early as the 1920s, the research council recognized that the departmental
         structure of the university was an obstacle to addressing social problems.
         Foundations then worked with the council to fund joint research. (2010, 12)

The essential point is that the idea existed. Klein argues that joint research solves
problems that single methods cannot.

Bibliography

Miller, Anne, Joint Research (Boston 2010).
Klein, Julie, Crossing Boundaries (Detroit 1990).
"""


def _claim_texts(text: str) -> list[str]:
    return [c.quote or c.text for c in parse_text(text).dataset.claims]


def test_a_quotation_indented_under_a_colon_gives_no_claim() -> None:
    texts = _claim_texts(TEXT)
    assert not any("Miller" in t or "research council" in t for t in texts)
    assert any(t.startswith("Klein argues that") for t in texts)


def test_without_the_colon_the_indented_lines_are_read() -> None:
    text = TEXT.replace("As Miller has explained:", "Miller has argued that")
    assert any(t.startswith("Miller has argued that") for t in _claim_texts(text))

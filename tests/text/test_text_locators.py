"""The pages a citation cites: a pinpoint after an article's page range, following pages
(``f.``, ``ff.``, ``sq.``, ``e.v.``) and lists of pages."""

from __future__ import annotations

import pytest

from purgehist.formats.text.note_citations import parse_note
from purgehist.model import parse_locator


@pytest.mark.parametrize(
    ("note", "locator", "pages"),
    [
        pytest.param(
            "Getty, ‘Victims’, American Historical Review 98, no. 4 (1993): 1017–49, at 1022.",
            "1022",
            "1017-1049",
            id="en-at",
        ),
        pytest.param(
            "Hildermeier, Manfred: Interpretationen. In: HZ 264 (1997), S. 655–674, hier S. 661.",
            "S. 661",
            "655-674",
            id="de-hier",
        ),
        pytest.param(
            "Nicolas Werth, « Un État », Bulletin, n° 86, 2006, p. 6-167, ici p. 27.",
            "p. 27",
            "6-167",
            id="fr-ici",
        ),
        pytest.param(
            "Getty, ‘State and Society’, Slavic Review 50 (1991) 18-35, aldaar 20.",
            "20",
            "18-35",
            id="nl-aldaar",
        ),
    ],
)
def test_pinpoint_after_a_page_range(note: str, locator: str, pages: str) -> None:
    (citation,) = parse_note(note)
    assert (citation.locator, citation.pages) == (locator, pages)


@pytest.mark.parametrize(
    ("printed", "normalised"),
    [
        pytest.param("12 ff.", "12 ff.", id="en-ff"),
        pytest.param("S. 45 f.", "45-46", id="de-f"),
        pytest.param("p. 570 sq.", "570 ff.", id="fr-sq"),
        pytest.param("p. 12 et suiv.", "12 ff.", id="fr-et-suiv"),
        pytest.param("blz. 12 e.v.", "12 ff.", id="nl-ev"),
        pytest.param("xiv–xvii", "xiv-xvii", id="en-roman"),
        pytest.param("pp. 280 et 290", "280, 290", id="fr-et"),
        pytest.param("S. 217ff.", "217 ff.", id="de-ff-glued"),
        pytest.param("3ff", "3 ff.", id="ff-glued-no-stop"),
    ],
)
def test_following_pages_and_lists(printed: str, normalised: str) -> None:
    assert parse_locator(printed).normalised == normalised

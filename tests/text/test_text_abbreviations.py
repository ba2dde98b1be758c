"""Lists of abbreviations before the text: the works their short titles stand for, read in
footnotes."""

from __future__ import annotations

import pytest

from purgehist.formats.text.abbreviations import find_abbreviations
from purgehist.formats.text.read import parse_text
from purgehist.model import CitationStatus

RULE = "_______________"


@pytest.mark.parametrize(
    ("title", "line", "key"),
    [
        pytest.param(
            "Abbreviations",
            "Kremlin Papers  A. Smith and B. Jones, eds., The Kremlin Papers, 1930-1935"
            " (London: Ashgate, 2001)",
            "Kremlin Papers",
            id="en-editors",
        ),
        pytest.param(
            "Afkortingen",
            "Notulen 1936 = De notulen van het bestuur 1936 (Amsterdam 1990)",
            "Notulen 1936",
            id="nl-equals",
        ),
        pytest.param(
            "Abkürzungen",
            "Akten 1933  Akten der Reichskanzlei 1933, Boppard 1983",
            "Akten 1933",
            id="de-spaces",
        ),
        pytest.param(
            "Abréviations",
            "Procès 1937 = Le procès de 1937. Documents, Paris 1998",
            "Procès 1937",
            id="fr-equals",
        ),
    ],
)
def test_abbreviation_lists_name_works(title: str, line: str, key: str) -> None:
    lines = [title, "", "ARCHIVEX        State Archive of Something, Moscow", line, "", "", ""]
    skip, table = find_abbreviations(lines)
    assert {1, 3, 4} <= skip
    assert key in table.works
    assert "ARCHIVEX" not in table.works  # an archive is not a work: it stays an archive name
    cited = table.lookup(f"{key}, 45-47.")
    assert cited is not None
    assert cited.locator == "45-47"
    assert not cited.authors
    assert table.lookup(f"{key} was printed in a small run.") is None


def test_wrapped_abbreviation_lines_are_joined() -> None:
    lines = [
        "ABBREVIATIONS",
        "",
        "Party Files 1937  C. Brown, ed., The Party Files: Decisions of the",
        "                Central Committee, 1937 (Oxford: Clarendon, 1999)",
        "f.              fond (collection)",
        "",
        "",
        "",
        "CHAPTER 1",
    ]
    _, table = find_abbreviations(lines)
    assert list(table.works) == ["Party Files 1937"]
    work = table.works["Party Files 1937"]
    assert (work.title or "").startswith("The Party Files: Decisions of the Central Committee")


def test_short_title_from_the_list_resolves_in_notes() -> None:
    text = "\n".join(
        [
            "Abbreviations",
            "",
            "Files 1937  D. Grey, ed., The Files of 1937 (Leeds: Northern Press, 2004)",
            "",
            "",
            "",
            "The decision was taken in July.1 It was repeated in August.2",
            "",
            RULE,
            "1 Files 1937, 12-14.",
            "2 Ibid., 20.",
        ]
    )
    result = parse_text(text, file="t.txt")
    evidence = sorted(result.dataset.evidence, key=lambda e: e.id)
    assert [e.status for e in evidence] == [CitationStatus.RESOLVED] * 2
    assert evidence[0].source == evidence[1].source
    sources = {s.id: s for s in result.dataset.sources}
    assert sources[evidence[0].source or ""].title.startswith("The Files of 1937")

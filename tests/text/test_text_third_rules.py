"""General rules added after the third held-out evaluation: lists of abbreviations, author-page
and author-date short forms, second citations after a conjunction, MLA titles ending in a date
range, notes carried on past a running head, and notes run together by extraction."""

from __future__ import annotations

import pytest

from purgehist.formats.text.abbreviations import find_abbreviations
from purgehist.formats.text.footnotes import RawNote, match_note_start, split_merged
from purgehist.formats.text.note_citations import parse_note, split_citations
from purgehist.formats.text.pages import split_pages
from purgehist.formats.text.read import parse_text
from purgehist.formats.text.references import short_form
from purgehist.model import CitationStatus

RULE = "_______________"


# --- lists of abbreviations ---------------------------------------------------------------------


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


# --- author-page and author-date short forms ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surnames", "year", "locator"),
    [
        pytest.param("Harris 149-150.", ["Harris"], None, "149-150", id="en-author-page"),
        pytest.param("Shearer, p. 299.", ["Shearer"], None, "p. 299", id="en-comma"),
        pytest.param(
            "see Getty and Naumov 1999, pp. 420-440.",
            ["Getty", "Naumov"],
            "1999",
            "pp. 420-440",
            id="en-author-date",
        ),
        pytest.param("Chlevnjuk 2009: 45.", ["Chlevnjuk"], "2009", "45", id="de-colon"),
        pytest.param("zie Van Dijk 1988, blz. 12.", ["Van Dijk"], "1988", "blz. 12", id="nl"),
        pytest.param("vgl. Müller und Weber, S. 7.", ["Müller", "Weber"], None, "S. 7", id="de"),
    ],
)
def test_short_forms(text: str, surnames: list[str], year: str | None, locator: str) -> None:
    citation = short_form(text)
    assert citation is not None
    assert [a.surname for a in citation.authors] == surnames
    assert citation.year == year
    assert citation.locator == locator


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("as discussed in Chapter 3.", id="en-chapter"),
        pytest.param("a seminar held in Birmingham.", id="en-place-no-page"),
        pytest.param("the famine in Ukraine 1933.", id="en-year-alone"),
        pytest.param("siehe Kapitel 4.", id="de-chapter"),
    ],
)
def test_prose_is_not_a_short_form(text: str) -> None:
    assert short_form(text) is None


def _two_works_document(note: str) -> list[object]:
    text = "\n".join(
        [
            "A first claim.1 A second claim.2 A third claim.3",
            "",
            RULE,
            "1 Anna Berg, The First Book (London: Kestrel, 1990), 3.",
            "2 Anna Berg, The Second Book (London: Kestrel, 2005), 4.",
            f"3 {note}",
        ]
    )
    result = parse_text(text, file="t.txt")
    return sorted(result.dataset.evidence, key=lambda e: e.id)


@pytest.mark.parametrize(
    ("note", "title"),
    [
        pytest.param("Berg 1990, 12.", "The First Book", id="en-year"),
        pytest.param("Berg 2005: 7.", "The Second Book", id="de-year-colon"),
    ],
)
def test_author_date_picks_the_work_of_that_year(note: str, title: str) -> None:
    evidence = _two_works_document(note)
    third = evidence[2]
    assert third.status == CitationStatus.RESOLVED
    first, second = evidence[0].source, evidence[1].source
    assert third.source == (first if title == "The First Book" else second)


def test_author_date_with_an_unknown_year_stays_unresolved() -> None:
    third = _two_works_document("Berg 1977, 12.")[2]
    assert third.status == CitationStatus.UNRESOLVED
    assert "1977" in (third.note or "")


# --- second citations after a conjunction ---------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("Compare Harris, Great Fear, p. 3, with Khlevniuk, Master, p. 19.", id="en"),
        pytest.param("cf. Harris, Great Fear, 3-7, and Anne Smith, Old Tales, 250.", id="en-and"),
        pytest.param("Müller, Der Staat, S. 3, und Weber, Die Macht, S. 9.", id="de"),
        pytest.param("Jansen, De staat, blz. 3, met Pieters, De macht, blz. 9.", id="nl"),
    ],
)
def test_both_citations_are_kept(note: str) -> None:
    assert len(split_citations(note)) == 2
    assert all(c.authors for c in parse_note(note))


def test_conjunction_after_a_semicolon_is_dropped() -> None:
    pieces = split_citations("Smith, Old Tales, 3; and Jones, New Tales, 9.")
    assert pieces[1].startswith("Jones")


# --- MLA titles ending in a date range ------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "title_end"),
    [
        pytest.param(
            "Brown, Alan. The Party Reconsidered, 1933-1938. Cambridge UP, 1985, pp. 19-20.",
            "1933-1938",
            id="en",
        ),
        pytest.param(
            "Dupont, Jean. La société française, 1914-1918. Gallimard, 1994, pp. 5-9.",
            "1914-1918",
            id="fr",
        ),
    ],
)
def test_mla_title_with_dates_is_one_citation(note: str, title_end: str) -> None:
    citations = parse_note(note)
    assert len(citations) == 1
    assert (citations[0].title or "").endswith(title_end)


# --- notes around running heads and run-together notes -------------------------------------------


def test_note_carried_on_past_a_set_off_running_head() -> None:
    lines = [
        "A first claim.1 A second claim.2 A third claim.3",
        "",
        RULE,
        "1. Smith, Old Tales, 3.",
        "2. This argument is made at length in Anne Jones, Power Relationships in the",
        "",
        " " * 30 + "NOTES TO PAGES 12-14" + " " * 30 + "201",
        "",
        "Early Years (London: Kestrel, 1990), 28.",
        "3. Smith, Old Tales, 9.",
    ]
    layout = split_pages(lines)
    assert [n.n for n in layout.notes] == [1, 2, 3]
    assert layout.notes[1].text.endswith("Early Years (London: Kestrel, 1990), 28.")


@pytest.mark.parametrize(
    ("text", "second"),
    [
        pytest.param("Ibid., 150. 9. Smith, Old Tales, 3.", "Smith, Old Tales, 3.", id="dot"),
        pytest.param("Ibid., pp. 186-188. 9Ibid.", "Ibid.", id="glued"),
        pytest.param("Ebd., S. 5. 9 Müller, Staat, S. 3.", "Müller, Staat, S. 3.", id="de"),
    ],
)
def test_run_together_notes_are_split(text: str, second: str) -> None:
    notes = split_merged([RawNote(n=8, line=1, page=0, parts=[text])])
    assert [n.n for n in notes] == [8, 9]
    assert notes[1].text == second


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("36Ibid.", (36, "Ibid."), id="glued-ibid"),
        pytest.param("12Ebd., S. 4.", (12, "Ebd., S. 4."), id="glued-de"),
        pytest.param("1930s were hard years.", None, id="decade"),
    ],
)
def test_note_number_glued_to_its_text(line: str, expected: tuple[int, str] | None) -> None:
    assert match_note_start(line) == expected

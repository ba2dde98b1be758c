"""Full references whose authors are named initials first and closed by a full stop (BibTeX's
``abbrv``/``abbrvnat`` entries, as tufte-latex prints them in side notes, with the author–year
form under them): read alike in notes and in the bibliography, so that a note finds the listed
work; and a note of prose naming a listed work by author and year (``Biaz and Wu [2008]``)."""

from __future__ import annotations

from purgehist.formats.text.initials_first import read_initials_first
from purgehist.formats.text.note_citations import parse_note
from purgehist.formats.text.read import parse_text
from purgehist.model.dataset import Dataset

_GROVER = (
    "P. Grover. Information Friction and Its Implications on Minimum Energy Required for "
    "Communication. IEEE Transactions on Information Theory, 61(2):895–907, Feb 2015. "
    "ISSN 0018-9448. doi: 10.1109/TIT.2014.2365777 Grover [2015]"
)


def test_an_abbrvnat_entry_gives_authors_title_year_and_its_pages_but_no_locator() -> None:
    citation = read_initials_first(_GROVER)
    assert citation is not None
    assert [a.surname for a in citation.authors] == ["Grover"]
    assert citation.title == (
        "Information Friction and Its Implications on Minimum Energy Required for Communication"
    )
    assert citation.year == "2015"
    assert citation.pages == "895-907"
    assert citation.locator is None  # neither the article's pages nor the DOI's digits


def test_several_authors_hyphenated_initials_and_a_proceedings_title() -> None:
    text = (
        "C.-Y. Li, C. Peng, S. Lu, and X. Wang. Energy-based Rate Adaptation for 802.11n. "
        "In Proceedings of the 18th Annual International Conference on Mobile Computing and "
        "Networking, Mobicom ’12, pages 341–352, New York, NY, USA, 2012. ACM."
    )
    citation = read_initials_first(text)
    assert citation is not None
    assert [a.surname for a in citation.authors] == ["Li", "Peng", "Lu", "Wang"]
    assert citation.title == "Energy-based Rate Adaptation for 802.11n"
    assert (citation.year, citation.pages, citation.in_book) == ("2012", "341-352", True)


def test_a_software_entry_dated_after_its_title_and_a_body_as_author() -> None:
    software = read_initials_first(
        "I. Ucar and B. Smeets. simmer: Discrete-Event Simulation for R, 2018. URL "
        "https://CRAN.R-project.org/package=simmer. R package version 3.7.0 Ucar and Smeets [2018]"
    )
    assert software is not None
    assert software.title == "simmer: Discrete-Event Simulation for R"
    assert software.year == "2018"
    body = read_initials_first(
        "R Core Team. R: A Language and Environment for Statistical Computing. R Foundation "
        "for Statistical Computing, Vienna, Austria, 2017."
    )
    assert body is not None
    assert [a.surname for a in body.authors] == ["R Core Team"]
    assert body.year == "2017"


def test_other_notes_are_left_to_the_other_readers() -> None:
    assert read_initials_first("See Section 3.4.1.") is None
    assert read_initials_first("I know, I couldn’t help it.") is None
    # a quoted title after a comma (Chicago, IEEE): the pages at its end are the ones cited
    chicago = (
        "H. J. Leavitt and R. A. H. Mueller, “Some Effects of Feedback on Communication,” "
        "Human Relations 4 (1951): 401–10."
    )
    assert read_initials_first(chicago) is None
    assert parse_note(chicago)[0].locator == "401–10"


def test_two_entries_in_one_note_with_their_author_year_forms_after_them() -> None:
    note = (
        "I. Ucar, A. Azcorra, and A. Banchs. Deseeding Energy Consumption of Network Stacks. "
        "In 6th Annual International IMDEA Networks Workshop, June 2014. (invited poster); and "
        "I. Ucar and A. Azcorra. Deseeding energy consumption of network stacks. In IEEE 1st "
        "International Forum on Research and Technologies for Society and Industry, pages 7–16, "
        "Sept. 2015. doi: 10.1109/RTSI.2015.7325085 Ucar et al. [2014], Ucar and Azcorra [2015]"
    )
    read = [(len(c.authors), c.year, c.locator) for c in parse_note(note)]
    assert read == [(3, "2014", None), (2, "2015", None)]


_BODY = """\
Energy matters in every layer of the stack.1 Overhearing costs as much as receiving.2 Rate
control was surveyed early.3

1 P. Grover. Information Friction and Its Implications on Minimum Energy Required for
Communication. IEEE Transactions on Information Theory, 61(2):895–907, Feb 2015. ISSN
0018-9448. doi: 10.1109/TIT.2014.2365777 Grover [2015]
2 P. Basu and J. Redi. Effect of overhearing transmissions on energy efficiency in dense
sensor networks. In Proceedings of the 3rd International Symposium on Information Processing
in Sensor Networks, pages 196–204, New York, NY, USA, 2004. ACM. Basu and Redi [2004]
3 See Biaz and Wu [2008] for a survey.
\f"""

_REFERENCES = """\
Bibliography

P. Basu and J. Redi. Effect of overhearing transmissions on energy efficiency in dense
  sensor networks. In Proceedings of the 3rd International Symposium on Information
  Processing in Sensor Networks, pages 196–204, New York, NY, USA, 2004. ACM.

S. Biaz and S. Wu. Rate adaptation algorithms for IEEE 802.11 networks: A survey and
  comparison. In IEEE Symposium on Computers and Communications, pages 130–136, July 2008.

P. Grover. Information Friction and Its Implications on Minimum Energy Required for
  Communication. IEEE Transactions on Information Theory, 61(2):895–907, Feb 2015. ISSN
  0018-9448. doi: 10.1109/TIT.2014.2365777.
"""


def _cited(dataset: Dataset) -> dict[str, list[tuple[str, bool, str | None]]]:
    """Per note: the first surname, whether listed, and the pages of each work cited."""
    sources = {s.id: s for s in dataset.sources}
    cited: dict[str, list[tuple[str, bool, str | None]]] = {}
    for evidence in dataset.evidence:
        source = sources.get(evidence.source or "")
        if source is None or evidence.provenance is None:
            continue
        name = source.creators[0].name.split(",")[0] if source.creators else "-"
        pages = evidence.locator.printed if evidence.locator else None
        cited.setdefault(str(evidence.provenance.footnote), []).append((name, source.listed, pages))
    return cited


def test_notes_find_the_listed_works_they_print_in_full_or_name_by_author_and_year() -> None:
    dataset = parse_text(_BODY + _REFERENCES).dataset
    listed = sorted(s.creators[0].name.split(",")[0] for s in dataset.sources if s.listed)
    assert listed == ["Basu", "Biaz", "Grover"]
    assert _cited(dataset) == {
        "1": [("Grover", True, None)],
        "2": [("Basu", True, None)],
        "3": [("Biaz", True, None)],
    }


def test_long_runs_of_name_like_words_are_read_in_linear_time() -> None:
    # a hyphenated run has one way to be read; a pattern with two would take forever here
    assert read_initials_first("A. " + "Aa-" * 3000) is None
    assert read_initials_first("A. Smith, " * 500 + "x") is None


def test_a_note_keeps_the_pages_it_cites_in_every_form() -> None:
    thompson = "E. P. Thompson. The Making of the English Working Class. London"
    cases = {
        "M. Bloch. La société féodale. Paris, 1939. S. 45.": ("1939", "S. 45"),
        f"{thompson}: Gollancz, 1963: 212.": ("1963", "212"),
        "R. Koselleck. Kritik und Krise. Freiburg, 1959, S. 45.": ("1959", "S. 45"),
        f"{thompson}, 1963. pp. 12-14.": ("1963", "pp. 12-14"),
        "E. H. Carr. What Is History? London: Macmillan, 1961, 23.": ("1961", "23"),
    }
    for note, (year, locator) in cases.items():
        (citation,) = parse_note(note)
        assert (citation.year, citation.pages, citation.locator) == (year, None, locator), note
        assert citation.title
        assert citation.authors


def test_a_note_naming_the_works_pages_and_year_cites_no_page() -> None:
    note = "J. van der Berg. Parish registers after 1855. Scottish Studies, 12(3):45–67, 1999."
    (citation,) = parse_note(note)
    assert [a.surname for a in citation.authors] == ["van der Berg"]
    assert (citation.year, citation.pages, citation.locator) == ("1999", "45-67", None)


def test_an_archive_and_its_shelfmark_are_no_author_and_title() -> None:
    for note in (
        "GARF. F. 5446, op. 1, d. 12, l. 3. Report of 1937.",
        "TNA. FO 371/24846. Minute by Cadogan, 1940.",
    ):
        assert read_initials_first(note, note=True) is None
        assert not any(c.authors for c in parse_note(note))
    ieee = read_initials_first("IEEE. Standard for Floating-Point Arithmetic. IEEE 754, 2008.")
    assert ieee is not None
    assert ieee.authors[0].surname == "IEEE"


def test_a_russian_reference_initials_first() -> None:
    citation = read_initials_first("А. С. Пушкин. Капитанская дочка. Москва, 1836.")
    assert citation is not None
    assert [a.surname for a in citation.authors] == ["Пушкин"]
    assert (citation.title, citation.year) == ("Капитанская дочка", "1836")


_LETTERED = """\
The field's width is fixed.1 Its values are listed.2 The Ethernet frame differs.3

1 Which is 32 768; see IEEE [2012a, Table 8-3] for further details.
2 See IEEE [2012a, Table 8-105].
3 See IEEE [2012b, Table 78-4].
\f\
Bibliography

IEEE. IEEE Standard for Information technology–Wireless LAN Medium Access Control
  (MAC) and Physical Layer (PHY) Specifications. IEEE Std 802.11-2012, pages 1–2793,
  March 2012a.

IEEE. IEEE Standard for Ethernet - Section 6. IEEE Std 802.3-2012 (Revision to IEEE Std
  802.3-2008), pages 1–0, Dec 2012b.
"""


def test_one_bodys_works_of_a_year_are_told_apart_by_their_letters_with_a_table_cited() -> None:
    dataset = parse_text(_LETTERED).dataset
    titles = {s.id: s.title.split(" - ")[-1][:9] for s in dataset.sources}
    cited = [(titles.get(e.source or ""), e.locator.printed if e.locator else None)
             for e in dataset.evidence]  # fmt: skip
    wireless, ethernet = "IEEE Stan", "Section 6"
    assert cited == [(wireless, "Table 8-3"), (wireless, "Table 8-105"), (ethernet, "Table 78-4")]

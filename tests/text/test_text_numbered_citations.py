"""Numbered citations (IEEE, ACM, Vancouver): notes that cite by bracketed number (``[4]``,
``[2, 5]``, ``[1–3]``, ``[4, p. 33]``) resolved to the entries of a numbered references list,
whose entries are read as works (initials before surnames, back-reference pages after the
DOI)."""

from __future__ import annotations

import signal

from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.note_citations import parse_note
from purgehist.formats.text.numbered import (
    numbered_citations,
    numbered_list,
    read_numbered_entry,
)
from purgehist.formats.text.read import TextOptions, parse_lines
from purgehist.model.dataset import Dataset

_BODY = [
    "Interval plots have a long history in statistical graphics.¹ Their uses in dashboards",
    "were studied later,² and grammars of graphics made them composable.³ Dot plots came",
    "back too.⁴ Nothing here is settled.⁵",
]
_NOTES = [
    "1 Earlier surveys [2, 5] count them among the oldest displays.",
    "2 See the field studies [1–3] and, on reading errors, Newman [4, p. 603].",
    "3 Wilkinson first set the grammar out [6, pp. 12–14].",
    "4 Some call this a revival; I do not.",
    "5 The list runs to [7] at most, so [12] is no work of it.",
]
_CLOSING = [
    "The figures were made with R [7]; the code is archived with the data.",
    "",
    "References",
]

_IEEE = """\
[1] M. Allen, D. Poggiali, and R. A. Kievit. Raincloud plots: a multi-platform tool for
    robust data visualization. Wellcome Open Research, 4(63), 2019. doi: 10.12688/
    wellcomeopenres.15191.1 1, 6
[2] J. S. Ancker and J. B. Starren. Design features of graphs in health risk
    communication. Journal of the American Medical Informatics Association,
    13(6):608–618, 2006. doi: 10.1197/jamia.M2115 8
[3] E. F. Codd. The Relational Model for Database Management: Version 2. Addison-Wesley,
    Reading, MA, USA, 1990. 3
[4] G. E. Newman and B. J. Scholl. Bar graphs depicting averages are perceptually
    misinterpreted. Psychonomic Bulletin & Review, 19:601–607, 2012. 6
[5] X. Pu and M. Kay. A probabilistic grammar of graphics. In Proceedings of the 2020
    CHI Conference on Human Factors in Computing Systems, CHI ’20, p. 339:1–339:13.
    ACM, New York, NY, USA, 2020. 8, 9
[6] L. Wilkinson. The Grammar of Graphics. Statistics and Computing. Springer, New York,
    2005. 1, 9
[7] R Core Team. R: A language and environment for statistical computing. R Foundation
    for Statistical Computing, Vienna, Austria. https://www.R-project.org/, 2022. 9
"""


def _parse(references: str) -> Dataset:
    """An article of two pages as a front end that knows the lines' kinds hands it over (as
    the PDF one does): running text and its notes, then the numbered references list."""
    first = [(t, LineKind.BODY) for t in _BODY] + [(t, LineKind.NOTE) for t in _NOTES]
    second = [(t, LineKind.BODY) for t in [*_CLOSING, *references.splitlines()]]
    lines = [
        SourceLine(text, page, no, kind)
        for page, kinds in enumerate([first, second], start=1)
        for no, (text, kind) in enumerate(kinds, start=1)
    ]
    options = TextOptions(claims=False)
    return parse_lines(lines, file="article.pdf", options=options, sha256="0" * 64).dataset


def _cited(dataset: Dataset) -> dict[str, list[tuple[str, str | None]]]:
    """Per note, the first author's surname and pages of the works its citations resolve to."""
    first = {s.id: s.creators[0].name.split(",")[0] if s.creators else "?" for s in dataset.sources}
    cited: dict[str, list[tuple[str, str | None]]] = {}
    for evidence in dataset.evidence:
        note = str(evidence.provenance.footnote) if evidence.provenance else "?"
        pages = evidence.locator.printed if evidence.locator else None
        cited.setdefault(note, []).append((first.get(evidence.source or "", "-"), pages))
    return cited


def test_numbered_entries_are_read_as_works_with_authors_title_and_year() -> None:
    dataset = _parse(_IEEE)
    listed = {s.title: s for s in dataset.sources if s.listed}
    assert len(listed) == 7
    allen = listed["Raincloud plots: a multi-platform tool for robust data visualization"]
    assert [c.name for c in allen.creators] == ["Allen, M.", "Poggiali, D.", "Kievit, R. A."]
    assert allen.date == "2019"
    assert allen.container == "Wellcome Open Research"
    codd = listed["The Relational Model for Database Management: Version 2"]
    assert codd.date == "1990"
    team = listed["R: A language and environment for statistical computing"]
    assert [c.name for c in team.creators] == ["Team, R Core"]
    assert team.date == "2022"


def test_bracketed_numbers_in_notes_resolve_to_the_numbered_entries() -> None:
    cited = _cited(_parse(_IEEE))
    assert cited["1"] == [("Ancker", None), ("Pu", None)]
    assert cited["2"] == [("Allen", None), ("Ancker", None), ("Codd", None), ("Newman", "603")]
    assert cited["3"] == [("Wilkinson", "12–14")]


def test_a_note_without_numbers_cites_nothing_and_unknown_numbers_are_not_citations() -> None:
    cited = _cited(_parse(_IEEE))
    assert "4" not in cited
    assert cited["5"] == [("Team", None)]


_VANCOUVER = """\

1. Allen M, Poggiali D, Kievit RA. Raincloud plots: a multi-platform tool for robust data
   visualization. Wellcome Open Res. 2019;4:63.
2. Ancker JS, Starren JB. Design features of graphs in health risk communication. J Am Med
   Inform Assoc. 2006;13(6):608-18.
3. Codd EF. The relational model for database management. Reading: Addison-Wesley; 1990.
4. Newman GE, Scholl BJ. Bar graphs depicting averages are perceptually misinterpreted.
   Psychon Bull Rev. 2012;19:601-7.
5. Pu X, Kay M. A probabilistic grammar of graphics. In: Proceedings of CHI 2020. New York:
   ACM; 2020. p. 1-13.
6. Wilkinson L. The grammar of graphics. New York: Springer; 2005.
7. R Core Team. R: a language and environment for statistical computing. Vienna: R
   Foundation for Statistical Computing; 2022.
"""


def test_vancouver_entries_numbered_with_a_full_stop_resolve() -> None:
    dataset = _parse(_VANCOUVER)
    newman = next(s for s in dataset.sources if s.title.startswith("Bar graphs"))
    assert [c.name for c in newman.creators] == ["Newman, GE", "Scholl, BJ"]
    assert newman.date == "2012"
    cited = _cited(dataset)
    assert cited["2"] == [("Allen", None), ("Ancker", None), ("Codd", None), ("Newman", "603")]


def test_quoted_ieee_titles_and_acm_years_after_the_names() -> None:
    ieee = read_numbered_entry(
        'A. B. Smith and C. Jones, "Reading ledgers at scale," IEEE Trans. Vis. Comput. '
        "Graph., vol. 12, no. 3, pp. 45–56, 2006."
    )
    assert ieee is not None
    assert (ieee.title, ieee.year) == ("Reading ledgers at scale", "2006")
    assert [a.surname for a in ieee.authors] == ["Smith", "Jones"]
    acm = read_numbered_entry(
        "Alice Smith and Teun van den Brand. 2001. Ledgers in practice. In Proceedings of "
        "the Conference on Archives. ACM, New York, NY, USA, 12–20."
    )
    assert acm is not None
    assert (acm.title, acm.year, acm.in_book) == ("Ledgers in practice", "2001", True)
    assert [a.surname for a in acm.authors] == ["Smith", "van den Brand"]
    bare = read_numbered_entry("J. Doe. A history of ledgers. 2005")
    assert bare is not None
    assert bare.year == "2005"


def test_ranges_lists_and_locators_inside_one_bracket() -> None:
    known = set(range(1, 20)).__contains__
    cited = numbered_citations("as shown [3, 7], [12–14] and [5, p. 33]; [ibid.] [2020]", known)
    assert [(c.number, c.locator) for c in cited] == [
        (3, None),
        (7, None),
        (12, None),
        (13, None),
        (14, None),
        (5, "33"),
    ]


def test_a_list_is_numbered_when_nearly_every_entry_carries_the_next_number() -> None:
    assert numbered_list([1, 2, 3, 4, 5, None])
    assert not numbered_list([1, None, None, 2])
    assert not numbered_list([1880, 1912, 1950, 1987])


def test_an_inverted_entry_is_left_to_the_bibliography_reader() -> None:
    assert (
        read_numbered_entry("Getty, J. Arch. Origins of the Great Purges. Cambridge, 1985.") is None
    )
    assert read_numbered_entry("van Rooy, Raf. Greece's dialects. Oxford, 2020.") is None


def test_quotes_inside_a_title_set_after_the_names_are_part_of_it() -> None:
    entry = read_numbered_entry('A. B. Smith. The "ledger" as evidence. J. Hist., 3(2):1–9, 2004.')
    assert entry is not None
    assert (entry.title, [a.surname for a in entry.authors]) == (
        'The "ledger" as evidence',
        ["Smith"],
    )


def test_a_note_with_a_bracketed_number_keeps_its_other_citations_in_order() -> None:
    known = set(range(1, 8)).__contains__
    note = "J. Arch Getty, Origins of the Great Purges (Cambridge, 1985), 12; see also [6, p. 4]."
    cited = parse_note(note, numbered=known)
    assert [(c.kind, c.title, c.number, c.locator) for c in cited] == [
        ("full", "Origins of the Great Purges", None, "12"),
        ("numbered", None, 6, "4"),
    ]
    cited = parse_note("See [2]; and Getty, Origins of the Great Purges, 14.", numbered=known)
    assert [(c.kind, c.number, c.title) for c in cited] == [
        ("numbered", 2, None),
        ("short", None, "Origins of the Great Purges"),
    ]
    repeated = "Getty, Origins of the Great Purges, 12; see [3]; Getty, Origins of the Great"
    cited = parse_note(repeated + " Purges, 12; see [4].", numbered=known)
    assert [(c.kind, c.number) for c in cited] == [
        ("short", None),
        ("numbered", 3),
        ("short", None),
        ("numbered", 4),
    ]


def test_long_entries_and_runs_of_spaces_do_not_stall() -> None:
    # linear work takes milliseconds here; patterns that backtracked through the run took
    # many seconds, so the alarm tells the two apart with a wide margin
    def stalled(signum: int, frame: object) -> None:
        raise TimeoutError("read_numbered_entry stalled on a long entry")

    previous = signal.signal(signal.SIGALRM, stalled)
    signal.alarm(4)
    try:
        padded = read_numbered_entry("A. B. Smith. Ledgers. doi:" + " " * 40_000 + "x")
        dotted = read_numbered_entry("A. " * 14_000 + "Smith. Ledgers. 2004.")
        quoted = read_numbered_entry('A. Smith, "' + "a " * 20_000)
        reopened = read_numbered_entry(", “x" * 5_000)  # an opening quote never closed
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert padded is not None
    assert padded.title == "Ledgers"
    assert dotted is not None
    assert dotted.year == "2004"
    assert quoted is None or quoted.authors
    assert reopened is None

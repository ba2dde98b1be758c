"""Back-references: ``Ibid.`` follows only a citation that is really there, and ``Idem``,
``Ders.``, ``op. cit.``, ``a.a.O.`` take their author from the previous note or name one."""

from __future__ import annotations

import signal

import pytest

from purgehist.formats.text.citation_parts import CitationKind
from purgehist.formats.text.note_citations import parse_note, split_citations
from purgehist.formats.text.read import parse_text
from purgehist.model import CitationStatus

RULE = "_______________"


def _page(body: list[str], notes: list[str]) -> list[str]:
    return [*body, "", RULE, *notes, ""]


@pytest.mark.parametrize(
    ("comment", "ibid"),
    [
        pytest.param("This point is taken up again below.", "Ibid., 12.", id="en"),
        pytest.param("Hierop kom ik later nog terug.", "Ibidem, 12.", id="nl"),
        pytest.param("Darauf komme ich unten zurück.", "Ebd., S. 12.", id="de"),
        pytest.param("Nous y reviendrons plus loin.", "Ibid., p. 12.", id="fr"),
    ],
)
def test_ibid_after_a_note_without_citation_stays_unresolved(comment: str, ibid: str) -> None:
    lines = _page(
        [
            "The first claim rests on a monograph.1 A remark follows here.2 And a third",
            "sentence relies on the same pages again.3",
        ],
        [
            f"1 Kowalski, Jan: Die Ordnung der Dinge, Berlin 1990, S. {4}.",
            f"2 {comment}",
            f"3 {ibid}",
        ],
    )
    result = parse_text("\n".join(lines), file="t.txt")
    evidence = {e.id: e for e in result.dataset.evidence}
    assert evidence["ev_1"].status == CitationStatus.RESOLVED
    assert evidence["ev_3"].status == CitationStatus.UNRESOLVED
    assert evidence["ev_3"].source is None
    assert "cites no work" in (evidence["ev_3"].note or "")


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("Ders., a.a.O., S. 207.", id="de-ders"),
        pytest.param("Dies., a.a.O., S. 9.", id="de-dies"),
        pytest.param("Idem, op. cit., p. 9.", id="en-idem"),
        pytest.param("Idem, t.a.p., p. 9.", id="nl-idem"),
    ],
)
def test_same_author_back_references(note: str) -> None:
    (citation,) = parse_note(note)
    assert citation.kind == CitationKind.OPCIT
    assert citation.same_author


@pytest.mark.parametrize(
    ("note", "author", "locator"),
    [
        pytest.param("Vgl. ook Van Dijk, a.w., blz. 33.", "Van Dijk", "blz. 33", id="nl-aw"),
        pytest.param("Zie daarover bij Jansen, t.a.p., 12.", "Jansen", "12", id="nl-tap"),
        pytest.param("So schon vgl. Meier, a.a.O., S. 7.", "Meier", "S. 7", id="de-aao"),
        pytest.param("On this point see Brown, op. cit., p. 90.", "Brown", "p. 90", id="en-opcit"),
        pytest.param("Sur la formule, voir Martin, op. cit., p. 4.", "Martin", "p. 4",
                     id="fr-opcit"),
        pytest.param("Ruesch and Bateson (op. cit., p. 39) have suggested “many-to-one” as "
                     "another type of communication.", "Ruesch", "p. 39",
                     id="en-opcit-in-brackets-after-the-names"),
    ],
)  # fmt: skip
def test_back_reference_with_author(note: str, author: str, locator: str) -> None:
    (citation,) = parse_note(note)
    assert citation.kind in {CitationKind.OPCIT, CitationKind.LOCCIT}
    assert citation.authors[0].surname.endswith(author.split()[-1])
    assert citation.locator == locator


@pytest.mark.parametrize(
    ("note", "title"),
    [
        pytest.param("Ders.: Die lange Nacht. Eine Studie, Berlin 2004, S. 9.",
                     "Die lange Nacht. Eine Studie", id="de-ders"),
        pytest.param("Dies.: Frauen im Lager, Köln 1999, S. 12–14.", "Frauen im Lager",
                     id="de-dies"),
        pytest.param("---. Rivers: A History. Oxford UP, 2012, p. 5.", "Rivers: A History",
                     id="en-dashes"),
        pytest.param("Dezelfde, De stille jaren (Utrecht 2001) 45.", "De stille jaren",
                     id="nl-dezelfde"),
    ],
)  # fmt: skip
def test_same_author_before_a_new_work(note: str, title: str) -> None:
    (citation,) = parse_note(note)
    assert citation.kind == CitationKind.IDEM
    assert citation.authors == []
    assert citation.title == title


def test_merged_notes_one_line_and_short_title_with_op_cit() -> None:
    (citation,) = parse_note("Werth, L’Ivrogne et la marchande de fleurs, op. cit., p. 112 et 118.")
    assert (citation.kind, citation.title, citation.locator) == (
        CitationKind.OPCIT,
        "L’Ivrogne et la marchande de fleurs",
        "p. 112 et 118",
    )
    assert split_citations("Ibid., 77.") == ["Ibid., 77."]


@pytest.mark.parametrize(
    ("note", "who", "n", "pinpoint"),
    [
        pytest.param("Endicott (n 3) 220.", "Endicott", "3", "220", id="oscola"),
        pytest.param("Donoghue (n 2) [23].", "Donoghue", "2", "[23]", id="oscola-paragraph"),
        pytest.param("Goldstein, supra note 12, at 45.", "Goldstein", "12", "45", id="bluebook"),
        pytest.param("Craig (n 5).", "Craig", "5", None, id="oscola-no-pages"),
    ],
)
def test_cross_reference_to_the_work_of_another_note(
    note: str, who: str, n: str, pinpoint: str | None
) -> None:
    (citation,) = parse_note(note)
    assert citation.kind == CitationKind.NOTE
    assert [a.surname for a in citation.authors] == [who]
    assert (citation.locator, citation.pinpoint) == (n, pinpoint)


def test_a_bracketed_note_number_in_a_sentence_is_no_cross_reference() -> None:
    (citation,) = parse_note("The figures (n 4) were revised in the second edition.")
    assert citation.kind == CitationKind.COMMENT


def test_cross_reference_resolves_to_the_named_work_of_that_note_and_ibid_follows_it() -> None:
    lines = _page(
        [
            "The doctrine was restated in 2011.1 It was then criticised.2 Its critics were",
            "answered.3 The answer was accepted.4 The debate went on.5",
        ],
        [
            "1 Timothy Endicott, Administrative Law (2nd edn, Oxford University Press 2011) 215.",
            "2 Jason Varuhas, ‘The Reformation of English Administrative Law’ (2014) 126 LQR "
            "369, 371; Paul Craig, Administrative Law (7th edn, Sweet & Maxwell 2012) 12.",
            "3 Endicott (n 1) 220.",
            "4 ibid 221.",
            "5 Craig (n 2) 14.",
        ],
    )
    dataset = parse_text("\n".join(lines), file="t.txt").dataset
    titles = {s.id: (s.creators[0].name.split(",")[0], s.title) for s in dataset.sources}
    cited = [
        (titles[e.source or ""][0], e.locator.printed if e.locator else None)
        for e in sorted(dataset.evidence, key=lambda e: e.id)
    ]
    assert cited == [
        ("Endicott", "215"),
        ("Varuhas", "371"),  # the article's first page, then the page cited
        ("Craig", "12"),
        ("Endicott", "220"),
        ("Endicott", "221"),
        ("Craig", "14"),
    ]
    assert all(e.status == CitationStatus.RESOLVED for e in dataset.evidence)


@pytest.mark.parametrize(
    ("note", "kind", "locator"),
    [
        pytest.param("Id. at 262–63.", CitationKind.IBID, "262–63", id="legal-id-at"),
        pytest.param("Id. at [23].", CitationKind.IBID, "[23]", id="legal-id-at-paragraph"),
        pytest.param("Idem, The Great Terror (London, 1990), 12.", CitationKind.IDEM, "12",
                     id="idem-another-work"),
    ],
)  # fmt: skip
def test_legal_id_at_pages_is_the_same_work(note: str, kind: str, locator: str) -> None:
    (citation,) = parse_note(note)
    assert (citation.kind, citation.locator) == (kind, locator)


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("Smith (n 3)" + " " * 2000 + "x (y)", id="oscola"),
        pytest.param("Smith, supra note 3, at" + " " * 2000 + "x (y)", id="bluebook"),
        pytest.param("Ruesch and Bateson (op. cit., p. 39" + " " * 2000 + "x (y", id="op-cit"),
    ],
)
def test_a_run_of_spaces_reads_as_one_space_without_stalling(note: str) -> None:
    # a layout's column padding leaves long runs of spaces in notes; a failing match that
    # backtracked through them took minutes, so the alarm only guards against a hang
    def stalled(signum: int, frame: object) -> None:
        raise TimeoutError("parse_note stalled on a run of spaces")

    previous = signal.signal(signal.SIGALRM, stalled)
    signal.alarm(20)
    try:
        padded = parse_note(note)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert padded == parse_note(" ".join(note.split()))

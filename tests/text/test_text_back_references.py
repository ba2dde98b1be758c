"""Back-references: ``Ibid.`` follows only a citation that is really there, and ``Idem``,
``Ders.``, ``op. cit.``, ``a.a.O.`` take their author from the previous note or name one."""

from __future__ import annotations

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

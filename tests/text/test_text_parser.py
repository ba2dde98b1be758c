"""The text parser on small texts in four languages, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import purgehist
from purgehist.formats.author_index import AuthorIndex, NameMatch
from purgehist.formats.text.citation_parts import CitationKind
from purgehist.formats.text.claims import CLAIM_CUES, find_attributions, parse_cue_option
from purgehist.formats.text.document import detect_language
from purgehist.formats.text.footnotes import MarkerScanner
from purgehist.formats.text.note_citations import parse_note
from purgehist.formats.text.person_names import parse_name
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.formats.text.references import parse_reference
from purgehist.model import CitationStatus, Document, Source, is_ncname
from purgehist.model.documents import walk_paragraphs

DATA = Path(__file__).parent / "data"


def _parse(name: str, **options: object):  # type: ignore[no-untyped-def]
    return parse_text((DATA / name).read_bytes(), file=name, options=TextOptions(**options))  # type: ignore[arg-type]


def _evidence(result, note: str):  # type: ignore[no-untyped-def]
    return [e for e in result.dataset.evidence if e.provenance.footnote == note]


@pytest.mark.parametrize(
    ("name", "language"),
    [
        pytest.param("purge_debate.en.txt", "en", id="english"),
        pytest.param("zuivering.nl.txt", "nl", id="dutch"),
        pytest.param("saeuberung.de.txt", "de", id="german"),
        pytest.param("purge.fr.txt", "fr", id="french"),
    ],
)
def test_fixture_parses_into_a_valid_dataset(name: str, language: str) -> None:
    result = _parse(name)
    document = result.dataset.documents[0]
    assert document.language == language
    assert purgehist.problems(result.dataset) == []
    ids = [p.id for p in walk_paragraphs(document.divisions)]
    assert ids == [f"p_{k}" for k in range(1, len(ids) + 1)]
    assert all(is_ncname(i) for i in ids)
    assert result.stats["citations_resolved"] >= 3


def test_english_structure_headings_pages_and_toc() -> None:
    result = _parse("purge_debate.en.txt")
    document = result.dataset.documents[0]
    assert document.title == "The Purge Debate Revisited"
    assert [d.head for d in document.divisions] == [
        "Introduction",
        "Chapter 1: Sources and Witnesses",
        "Conclusion",
        "Bibliography",
    ]
    chapter = document.divisions[1]
    assert chapter.id == "ch_2"
    assert chapter.n == "1"
    assert chapter.divisions[0].n == "1.1"
    assert result.stats["table_of_contents_entries"] == 4
    assert result.stats["page_numbers_printed"] == 4
    paragraphs = list(walk_paragraphs(document.divisions))
    assert "reliability of the sources" in paragraphs[1].text  # de-hyphenated
    assert all("Revisited" not in p.text for p in paragraphs)  # running head removed
    assert paragraphs[0].page_breaks[0].n == "1"


def test_markers_are_matched_and_years_are_not_markers() -> None:
    result = _parse("purge_debate.en.txt")
    first = next(walk_paragraphs(result.dataset.documents[0].divisions))
    assert [n.n for n in first.notes] == ["1", "2"]
    assert first.text[first.notes[0].offset - 7 : first.notes[0].offset] == "centre."
    assert "1,500" in first.text
    assert "1937" in first.text


def test_scanner_accepts_glued_markers_in_sequence_only() -> None:
    scanner = MarkerScanner()
    found = [
        m.n for m in scanner.scan("veronderstelling.1 in 1937 kwam ”2 en )3 maar 200.000 en 1958.4")
    ]
    assert found == [1, 2, 3, 4]


def test_footnote_over_several_lines_and_several_citations() -> None:
    result = _parse("purge_debate.en.txt")
    assert [e.source for e in _evidence(result, "4")] == [
        "conquest_great_1990",
        "fitzpatrick_new_1986",
    ]
    assert [e.locator.normalised for e in _evidence(result, "1")] == ["5-7"]
    assert [e.source for e in _evidence(result, "10")] == ["getty_origins_1985", "getty_road_1999"]
    assert _evidence(result, "10")[0].locator.normalised == "130-132"


def test_comment_note_has_no_evidence_and_lost_note_has_no_text() -> None:
    result = _parse("purge_debate.en.txt")
    notes = {
        n.n: n for p in walk_paragraphs(result.dataset.documents[0].divisions) for n in p.notes
    }
    assert notes["5"].text is not None
    assert notes["5"].evidence == ()
    assert notes["6"].text is None
    assert result.stats["comment_notes"] == 1
    assert any(
        p.code == "marker-without-note" and p.location.endswith(":33") for p in result.problems
    )


def test_ibid_after_lost_footnote_is_unresolved_not_guessed() -> None:
    result = _parse("zuivering.nl.txt")
    (evidence,) = _evidence(result, "8")
    assert evidence.status == CitationStatus.UNRESOLVED
    assert evidence.source is None
    assert "no text" in (evidence.note or "")
    assert any("footnote 8" in line for line in result.stats["unresolved"])  # type: ignore[union-attr]


def test_back_references_in_dutch_german_french() -> None:
    nl = _parse("zuivering.nl.txt")
    assert [e.source for e in _evidence(nl, "3")] == ["conquest_great_1968", "getty_origins_1985"]
    assert _evidence(nl, "3")[0].locator.normalised == "3"  # t.a.p. repeats the place
    assert _evidence(nl, "4")[0].source == "getty_state_1991"  # Idem + title
    assert _evidence(nl, "6")[0].locator.normalised == "30"  # Ibidem alone
    de = _parse("saeuberung.de.txt")
    assert _evidence(de, "3")[0].source == _evidence(de, "2")[0].source  # Ebd.
    assert _evidence(de, "4")[0].locator.normalised == "40-41"  # a.a.O., "S. 40 f."
    fr = _parse("purge.fr.txt")
    assert _evidence(fr, "3")[0].locator.normalised == "9-10"


def test_note_without_marker_is_kept_and_reported() -> None:
    result = _parse("zuivering.nl.txt")
    assert result.stats["notes_without_marker"] == 1
    notes = [n for p in walk_paragraphs(result.dataset.documents[0].divisions) for n in p.notes]
    assert "8" in [n.n for n in notes]


def test_bibliography_entries_and_unlisted_sources() -> None:
    result = _parse("purge_debate.en.txt")
    document = result.dataset.documents[0]
    assert document.bibliography == (
        "conquest_great_1990",
        "fitzpatrick_new_1986",
        "getty_origins_1985",
    )
    fitzpatrick = result.dataset.source("fitzpatrick_new_1986")
    assert (fitzpatrick.container, fitzpatrick.volume, fitzpatrick.issue, fitzpatrick.pages) == (
        "Russian Review", "45", "4", "357-373",
    )  # fmt: skip
    road = result.dataset.source("getty_road_1999")
    assert isinstance(road, Source)
    assert road.listed is False


def test_authors_become_merged_historian_actors() -> None:
    result = _parse("zuivering.nl.txt")
    getty = result.dataset.actor("pers_getty")
    assert getty.roles == ("historian",)
    assert "Getty" in [v.name for v in getty.variants]
    source = result.dataset.source("getty_origins_1985")
    assert source.creators[0].actor == "pers_getty"


def test_registry_merges_spellings() -> None:
    registry = AuthorIndex(match=NameMatch.SURNAME_INITIAL)
    ids = {
        registry.add(parse_name(name), "historian")
        for name in ("J. Arch Getty", "J.Arch Getty", "Getty, J Arch", "Getty")
    }
    assert ids == {"pers_getty"}


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        pytest.param("purge_debate.en.txt", "pers_fitzpatrick", id="english-suggests"),
        pytest.param("zuivering.nl.txt", "pers_getty", id="dutch-stelt"),
        pytest.param("saeuberung.de.txt", "pers_conquest", id="german-nach-ansicht-von"),
        pytest.param("purge.fr.txt", "pers_conquest", id="french-selon"),
    ],
)
def test_claim_candidates_are_attributed_with_evidence(name: str, actor: str) -> None:
    result = _parse(name)
    claims = [c for c in result.dataset.claims if c.attributions[0].actor == actor]
    assert claims
    claim = claims[0]
    assert claim.status == "candidate"
    assert claim.attributions[0].stance == "asserts"
    assert claim.attributions[0].evidence
    assert claim.anchor is not None
    assert claim.anchor.startswith("p_")
    assert claim.provenance is not None
    assert claim.provenance.line is not None


def test_claim_cues_can_be_extended() -> None:
    actors = {"getty": "pers_getty"}
    assert find_attributions("Getty reckons that the centre was weak.", "en", actors) == []
    extra = parse_cue_option("en:after:reckons")
    assert find_attributions("Getty reckons that the centre was weak.", "en", actors, extra)
    with pytest.raises(ValueError, match="lang:before"):
        parse_cue_option("en:sideways:x")
    assert "volgens" in CLAIM_CUES["nl"].before


def test_citation_kinds() -> None:
    kinds = [
        c.kind for c in parse_note("Ibidem, 5; Conquest, op. cit., 12; zie de discussie hierover.")
    ]
    assert kinds[:2] == [CitationKind.IBID, CitationKind.OPCIT]
    assert parse_note("Deze kwestie blijft open.")[0].kind == CitationKind.COMMENT
    full = parse_reference(
        "Robert Conquest, ‘History humanity and truth’, National Review 7 juni (1993) 28."
    )
    assert (full.kind, full.container, full.year, full.locator) == (
        "full",
        "National Review",
        "1993",
        "28",
    )


def test_language_detection() -> None:
    assert detect_language("Der Terror und die Partei, die sich nicht mit dem Staat") == "de"
    assert detect_language("") is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"1\n2\n3\n", id="numbers-only"),
        pytest.param(b"Ibidem.\n\n1 Ibidem.\n", id="ibid-without-anything"),
        pytest.param("Tekst met een marker.1\n\n".encode("cp1252") + b"\xe9\n", id="not-utf8"),
        pytest.param(b"Bibliography\n\n\xe2\x80\xa2 \n", id="empty-bibliography-entry"),
    ],
)
def test_lossy_input_never_crashes(text: bytes) -> None:
    result = parse_text(text, file="odd.txt")
    assert isinstance(result.dataset.documents[0], Document)
    assert "footnotes" in result.stats

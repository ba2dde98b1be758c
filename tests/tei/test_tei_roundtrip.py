"""parse(export(d)) == d for every dataset the model allows; every export valid and closed."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from teicheck import assert_valid, dangling_pointers

from purgehist import Actor, Claim, Dataset, Division, Document, Note, PageBreak, Paragraph
from purgehist.formats.tei.read import read_tei
from purgehist.formats.tei.write import tei_bytes

from strategies import datasets

# Which characters cannot survive the round trip: none. XML 1.0 forbids U+0000-U+0008,
# U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF and lone surrogates; in text they are written
# as <g type="purgehist-char" n="U+000C">␌</g>, in attributes percent-encoded, and read back
# exactly. A carriage return is legal and written as &#13;, so it survives too.
LOST_CHARACTERS: frozenset[str] = frozenset()


@pytest.fixture(scope="module")
def schema(tei_schema: Any) -> Any:
    return tei_schema


def _round_trip(dataset: Dataset, schema: Any | None = None) -> bytes:
    data = tei_bytes(dataset, export_date="2026-01-01")
    assert dangling_pointers(data) == []
    if schema is not None:
        assert_valid(schema, data)
    result = read_tei(data)
    assert result.dataset == dataset
    assert result.stats["unmapped"] == {}
    assert result.stats["own_format"] is True
    return data


@given(datasets())
def test_round_trip_xml_safe(dataset: Dataset) -> None:
    _round_trip(dataset)


@given(datasets(xml_safe=False))
def test_round_trip_with_characters_xml_cannot_carry(dataset: Dataset) -> None:
    _round_trip(dataset)


def test_round_trips_are_schema_valid(schema: Any) -> None:
    # Hypothesis-generated exports, validated against the session's compiled schema.
    @given(datasets(xml_safe=False))
    def check(dataset: Dataset) -> None:
        _round_trip(dataset, schema)

    check()


def test_no_character_is_lost(schema: Any) -> None:
    illegal = "".join(chr(c) for c in [*range(0x20), 0x7F, 0xFFFE, 0xFFFF, 0xD800, 0xDFFF])
    text = f"a{illegal}b %41 &<>\r\n"
    actor = Actor(id="pers_x", name=text, roles=(text,), description=text)
    para = Paragraph(
        id="p_1",
        text=text,
        notes=(Note(n=text, offset=3, text=text),),
        page_breaks=(PageBreak(n=text, offset=1),),
    )
    doc = Document(
        id="doc_1",
        title=text,
        divisions=(Division(id="d_1", type=text, head=text, paragraphs=(para,)),),
    )
    claim = Claim(id="claim_1", text=text, tags=(text,), note=text)
    dataset = Dataset(actors=(actor,), claims=(claim,), documents=(doc,))
    data = _round_trip(dataset, schema)
    assert b'type="purgehist-char" n="U+000C"' in data
    survived = read_tei(data).dataset.actors[0].name
    assert {c for c in illegal if c not in survived} == LOST_CHARACTERS


def test_unsorted_notes_and_page_breaks_keep_their_order() -> None:
    para = Paragraph(
        text="abcdef",
        notes=(Note(n="2", offset=5), Note(n="1", offset=1, text="x")),
        page_breaks=(PageBreak(n="9", offset=4), PageBreak(n="8", offset=0)),
    )
    doc = Document(id="d", title="t", divisions=(Division(paragraphs=(para,)),))
    _round_trip(Dataset(documents=(doc,)))


def test_empty_dataset_is_valid(schema: Any) -> None:
    _round_trip(Dataset(), schema)


def test_two_documents_with_bodies(schema: Any) -> None:
    docs = tuple(
        Document(
            id=f"doc_{i}",
            title=f"Text {i}",
            divisions=(Division(id=f"d{i}", paragraphs=(Paragraph(id=f"p{i}", text="x"),)),),
        )
        for i in range(2)
    )
    _round_trip(Dataset(documents=docs), schema)


def test_duplicate_body_id_is_refused() -> None:
    from purgehist.errors import DataError

    doc = Document(id="x", title="t", divisions=(Division(id="x"),))
    with pytest.raises(DataError, match="'x' is used twice"):
        tei_bytes(Dataset(documents=(doc,)))


def test_compact_output_reads_back_the_same(example_dataset: Dataset) -> None:
    compact = tei_bytes(example_dataset, pretty=False)
    assert b"\n  <" not in compact
    assert read_tei(compact).dataset == example_dataset

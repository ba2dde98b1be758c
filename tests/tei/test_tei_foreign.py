"""Reading TEI written by other projects: what maps is read, the rest is counted and named."""

from __future__ import annotations

from pathlib import Path

import purgehist
from purgehist import ActorKind, SourceType, parse_file
from purgehist.formats.tei.read import read_tei

DATA = Path(__file__).resolve().parent / "data"


def test_correspondence_register() -> None:
    result = read_tei(DATA / "correspondence-register.xml")
    data = result.dataset
    by_id = {a.id: a for a in data.actors}
    assert set(by_id) == {"P_writer", "P_larina", "pers_unbekannter_kurier", "O_party"}
    writer = by_id["P_writer"]
    assert writer.name == "Bucharin, Nikolai"
    assert [(v.name, v.lang) for v in writer.variants] == [("Николай Бухарин", "ru")]
    assert writer.lifespan == "1888-10-09/1938-03-15"
    assert [(i.scheme, i.value) for i in writer.identifiers] == [("gnd", "118516701")]
    larina = by_id["P_larina"]
    assert larina.lifespan == "1914/1996-02-24"
    assert [(m.group, m.date) for m in larina.memberships] == [("O_party", "1930/1937")]
    assert larina.description == "Wife of Bukharin; wrote memoirs."
    assert by_id["O_party"].kind == ActorKind.ORGANISATION
    assert data.metadata.title == "Briefwechsel: Personen- und Ortsregister"
    assert data.metadata.language == "de"
    assert result.stats["own_format"] is False
    # Since places became records, the place register, occupations and sex are read too; since
    # other projects' texts are read, the body is a document.
    assert result.stats["unmapped"] == {}
    (document,) = data.documents
    assert document.divisions[0].paragraphs[0].text == "Only the register is encoded here."
    assert (writer.roles, writer.sex, writer.birth_place) == (("Politiker",), "1", "PL_moskau")
    assert [(p.id, p.name) for p in data.places] == [("PL_moskau", "Moskau")]
    assert larina.memberships[0].role == "Mitglied"
    messages = [str(p) for p in result.problems]
    assert any("given the id 'pers_unbekannter_kurier'" in m for m in messages)
    assert purgehist.problems(data) == []


def test_standoff_bibliography() -> None:
    result = parse_file(DATA / "standoff-bibliography.xml")
    data = result.dataset
    sources = {s.id: s for s in data.sources}
    getty = sources["getty1985"]
    assert (getty.type, getty.title, getty.date) == (
        SourceType.BOOK,
        "Origins of the Great Purges",
        "1985",
    )
    assert [c.name for c in getty.creators] == ["Getty, J. Arch"]
    assert (getty.place, getty.publisher) == ("Cambridge", "Cambridge University Press")
    lenoe = sources["lenoe2002"]
    assert (lenoe.type, lenoe.container, lenoe.volume, lenoe.issue, lenoe.pages) == (
        SourceType.ARTICLE,
        "The Journal of Modern History",
        "74",
        "2",
        "352-380",
    )
    assert sources["pravda1936"].date == "1936-08-20"
    free = [s for s in data.sources if s.id.startswith("bib_")]
    # An unstructured bibl is read as a bibliography entry, its text kept in the note.
    assert [(s.title, s.date, [c.name for c in s.creators], s.note) for s in free] == [
        ("The Great Terror", "1968", ["Conquest"], "Conquest, The Great Terror (1968).")
    ]
    (event,) = data.events
    assert (event.label, event.date, event.type) == (
        "First Moscow Trial",
        "1936-08-19/1936-08-24",
        "trial",
    )
    assert result.stats["unmapped"] == {"biblStruct/note": 1, "listAnnotation/annotation": 1}
    assert any("<annotation> in <listAnnotation>" in str(p) for p in result.problems)

"""Places, stubs, sex, inferred citations, attributed memberships and quotes in TEI: how they
are written, that they read back, and what is read of other projects' places."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from teicheck import assert_valid, dangling_pointers

import purgehist
from purgehist import (
    Actor,
    ActorKind,
    Attribution,
    CitationStatus,
    Claim,
    Coordinates,
    Dataset,
    Event,
    Evidence,
    Identifier,
    Membership,
    NameVariant,
    Place,
    Severity,
    Source,
    Stance,
)
from purgehist.formats.tei.namespaces import TEI_NS
from purgehist.formats.tei.read import read_tei
from purgehist.formats.tei.write import tei_bytes

DATA = Path(__file__).resolve().parent / "data"
NS = {"t": TEI_NS}

SAMPLE = Dataset(
    actors=(
        Actor(id="school_tot", kind=ActorKind.SCHOOL, name="Totalitarian school"),
        Actor(
            id="pers_yezhov",
            name="Nikolai Yezhov",
            sex="male",
            lifespan="1895-05-01/1940-02-04",
            birth_place="pl_spb",
            death_place="pl_moscow",
        ),
        Actor(
            id="pers_conquest",
            name="Robert Conquest",
            memberships=(
                Membership(
                    group="school_tot",
                    role="founder",
                    attributions=(
                        Attribution(actor="pers_getty", date="1985", work="bib_origins"),
                        Attribution(actor="pers_conquest", stance=Stance.DISPUTES, note="n"),
                    ),
                ),
                Membership(group="org_x"),
            ),
        ),
        Actor(id="pers_getty", name="J. Arch Getty", birth_place="pl_ekb"),
        Actor(
            id="org_x",
            kind=ActorKind.ORGANISATION,
            name="Register stub",
            sex="n/a",
            birth_place="pl_moscow",
            external="#reg1234",
        ),
    ),
    places=(
        Place(id="pl_russia", name="Russia", type="country"),
        Place(
            id="pl_moscow",
            name="Moscow",
            type="city",
            coordinates=Coordinates(latitude=55.7558, longitude=37.6173),
            part_of="pl_russia",
            identifiers=(Identifier(scheme="geonames", value="524901"),),
        ),
        Place(
            id="pl_ekb",
            name="Yekaterinburg",
            variants=(
                NameVariant(name="Sverdlovsk", date="1924/1991"),
                NameVariant(name="Екатеринбург", lang="ru", type="original", date="1991/.."),
            ),
        ),
        Place(id="pl_spb", name="St Petersburg", external="reg:55", description="a stub"),
    ),
    events=(Event(id="ev_trial", label="Third Moscow trial", place="pl_moscow"),),
    sources=(Source(id="bib_origins", title="Origins", external="https://example.org/b/1"),),
    evidence=(
        Evidence(
            id="evid_1",
            source="bib_origins",
            status=CitationStatus.INFERRED,
            grade="secondary",
            note="the note before cites the same book",
        ),
    ),
    claims=(
        Claim(
            id="claim_1",
            text="Yezhov ran the terror.",
            quote="He ran it.",
            attributions=(Attribution(actor="pers_getty", evidence=("evid_1",)),),
        ),
    ),
)


@pytest.fixture(scope="module")
def written() -> bytes:
    return tei_bytes(SAMPLE, export_date="2026-01-01")


def _one(data: bytes, path: str) -> Any:
    found = etree.fromstring(data).xpath(path, namespaces=NS)
    assert len(found) == 1, path
    return found[0]


def test_sample_round_trips_valid_and_closed(written: bytes, tei_schema: Any) -> None:
    assert_valid(tei_schema, written)
    assert dangling_pointers(written) == []
    result = read_tei(written)
    assert result.dataset == SAMPLE
    assert result.stats["unmapped"] == {}
    assert [p for p in result.problems if p.severity != Severity.INFO] == []


def test_places_are_written_as_list_place(written: bytes) -> None:
    moscow = _one(written, "//t:listPlace[@type='places']/t:place[@xml:id='pl_moscow']")
    assert moscow.get("type") == "city"
    assert moscow.findtext("t:location/t:geo", namespaces=NS) == "55.7558 37.6173"
    part_of = _one(written, "//t:place[@xml:id='pl_moscow']/t:location[@type='partOf']/t:placeName")
    assert (part_of.get("ref"), part_of.text) == ("#pl_russia", "Russia")
    assert moscow.findtext("t:idno[@type='geonames']", namespaces=NS) == "524901"
    sverdlovsk = _one(written, "//t:place[@xml:id='pl_ekb']/t:placeName[.='Sverdlovsk']")
    assert dict(sverdlovsk.attrib) == {
        "type": "variant",
        "when-custom": "1924/1991",
        "from": "1924",
        "to": "1991",
    }
    event = _one(written, "//t:event[@xml:id='ev_trial']")
    assert event.get("where") == "#pl_moscow"


def test_persons_sex_and_places_of_birth_and_death(written: bytes) -> None:
    yezhov = _one(written, "//t:person[@xml:id='pers_yezhov']")
    assert yezhov.findtext("t:sex", namespaces=NS) == "male"
    birth = yezhov.find("t:birth", NS)
    assert birth.findtext("t:date", namespaces=NS) == "1895-05-01"
    place = birth.find("t:placeName", NS)
    assert (place.get("ref"), place.text) == ("#pl_spb", "St Petersburg")
    assert yezhov.find("t:death/t:placeName", NS).get("ref") == "#pl_moscow"
    # Without a date, the birth holds the place only.
    getty = _one(written, "//t:person[@xml:id='pers_getty']/t:birth")
    assert [child.tag.rpartition("}")[2] for child in getty] == ["placeName"]


def test_stubs_carry_their_pointer_and_read_back_as_stubs(written: bytes) -> None:
    stub = _one(written, "//t:org[@xml:id='org_x']/t:idno[@subtype='stub']")
    assert (stub.get("type"), stub.text) == ("external", "#reg1234")
    assert _one(written, "//t:biblStruct//t:idno[@subtype='stub']").text == (
        "https://example.org/b/1"
    )
    dataset = read_tei(written).dataset
    assert dataset.actor("org_x").external == "#reg1234"
    assert dataset.place("pl_spb").external == "reg:55"
    assert dataset.actor("org_x").identifiers == ()
    infos = [p.location for p in purgehist.problems(dataset) if p.code == "external-record"]
    assert infos == ["$.actors[4].external", "$.places[3].external", "$.sources[0].external"]


def test_attributed_membership_points_to_its_affiliation(written: bytes) -> None:
    affiliation = _one(written, "//t:person[@xml:id='pers_conquest']/t:affiliation[@xml:id]")
    member_id = affiliation.get("{http://www.w3.org/XML/1998/namespace}id")
    relations = etree.fromstring(written).xpath(
        "//t:person[@xml:id='pers_conquest']/t:note[@type='placements']//t:relation",
        namespaces=NS,
    )
    assert [
        (r.get("type"), r.get("name"), r.get("active"), r.get("passive")) for r in relations
    ] == [
        ("placement", "asserts", "#pers_getty", f"#{member_id}"),
        ("placement", "disputes", "#pers_conquest", f"#{member_id}"),
    ]
    assert relations[0].get("corresp") == "#bib_origins"
    # A plain membership has no id.
    assert (
        _one(written, "//t:affiliation[@ref='#org_x']").get(
            "{http://www.w3.org/XML/1998/namespace}id"
        )
        is None
    )


def test_inferred_citation_and_claim_quote(written: bytes) -> None:
    assert _one(written, "//t:bibl[@xml:id='evid_1']").get("subtype") == "inferred"
    assert _one(written, "//t:note[@xml:id='claim_1']/t:quote").text == "He ran it."


def test_a_stance_on_a_missing_membership_is_an_error(written: bytes) -> None:
    broken = written.replace(b'passive="#ph.membership.pers_conquest.1"', b'passive="#ph.x"', 1)
    with pytest.raises(purgehist.DataError) as info:
        read_tei(broken)
    assert [p.code for p in info.value.problems] == ["dangling-reference"]
    assert "'ph.x'" in info.value.problems[0].message


def test_purgehist_0_1_tei_reads_as_the_upgraded_dataset(thesis_dataset: Dataset) -> None:
    """purgehist 0.1 wrote an event's place as text; it becomes a place, as in JSON 1.x."""
    result = read_tei(gzip.decompress((DATA / "great-purge-0.1.tei.xml.gz").read_bytes()))
    assert result.dataset == thesis_dataset
    made = [p for p in result.problems if p.code == "place-from-name"]
    assert len(made) == len(thesis_dataset.places)


FOREIGN = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>Ortsregister</title></titleStmt>
    <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
  </teiHeader>
  <standOff>
    <listPerson>
      <person xml:id="P1" sex="F">
        <persName>Anna Larina</persName>
        <birth><date when="1914-01-27"/><placeName>Moskau</placeName></birth>
        <death when="1996-02-24"><placeName>Perm</placeName></death>
        <occupation>Schriftstellerin</occupation>
      </person>
    </listPerson>
    <listPlace>
      <place xml:id="R" type="country">
        <placeName>Russland</placeName>
        <place xml:id="M" type="city">
          <placeName type="reg">Moskau</placeName>
          <placeName xml:lang="ru">Москва</placeName>
          <location><geo>55.75, 37.62</geo></location>
          <idno type="GeoNames">524901</idno>
        </place>
        <listPlace>
          <place>
            <settlement>Jekaterinburg</settlement>
            <settlement from="1924" to="1991">Swerdlowsk</settlement>
            <location><geo>far north</geo></location>
          </place>
        </listPlace>
      </place>
    </listPlace>
    <listEvent>
      <event xml:id="E1" when="1938-03-02">
        <label>Prozess</label><place><placeName>Moskau</placeName></place>
      </event>
      <event xml:id="E2" when="1937" where="#M"><label>Plenum</label></event>
    </listEvent>
  </standOff>
</TEI>
""".encode()


def test_other_projects_places_nested_named_and_located() -> None:
    result = read_tei(FOREIGN)
    data = result.dataset
    places = {p.id: p for p in data.places}
    assert list(places) == ["R", "M", "pl_jekaterinburg", "pl_perm"]
    moscow = places["M"]
    assert (moscow.name, moscow.type, moscow.part_of) == ("Moskau", "city", "R")
    assert moscow.coordinates == Coordinates(latitude=55.75, longitude=37.62)
    assert [(v.name, v.lang) for v in moscow.variants] == [("Москва", "ru")]
    assert [(i.scheme, i.value) for i in moscow.identifiers] == [("geonames", "524901")]
    ekb = places["pl_jekaterinburg"]
    assert (ekb.name, ekb.part_of, ekb.coordinates) == ("Jekaterinburg", "R", None)
    assert [(v.name, v.date) for v in ekb.variants] == [("Swerdlowsk", "1924/1991")]
    anna = data.actor("P1")
    assert (anna.sex, anna.roles, anna.lifespan) == (
        "F",
        ("Schriftstellerin",),
        "1914-01-27/1996-02-24",
    )
    assert (anna.birth_place, anna.death_place) == ("M", "pl_perm")
    assert [e.place for e in data.events] == ["M", "M"]
    codes = [p.code for p in result.problems]
    assert codes.count("place-from-name") == 1  # Perm: no record of that name
    assert "invalid-coordinates" in codes
    assert purgehist.problems(data) == []


TRANSLITERATED = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>Briefe</title></titleStmt>
    <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
  </teiHeader>
  <standOff>
    <listPerson>
      <person xml:id="P1">
        <persName>Nikolai Bucharin</persName>
        <birth when="1888"><placeName>Moskwa</placeName></birth>
        <death when="1938"><placeName>Kommunarka</placeName></death>
      </person>
      <person xml:id="P2">
        <persName>Jakow Swerdlow</persName>
        <birth when="1885"><placeName>Nischni Nowgorod</placeName></birth>
        <death when="1919"><placeName>Jekaterinburg</placeName></death>
      </person>
    </listPerson>
    <listPlace>
      <place xml:id="EKB">
        <placeName>Yekaterinburg</placeName>
        <placeName xml:lang="ru">Екатеринбург</placeName>
        <placeName from="1924" to="1991">Sverdlovsk</placeName>
      </place>
      <place xml:id="MSK"><placeName xml:lang="ru">Москва</placeName></place>
      <place xml:id="NN"><placeName xml:lang="ru">Нижний Новгород</placeName></place>
      <place xml:id="PK1"><placeName>Pokrovka</placeName></place>
      <place xml:id="PK2"><placeName>Покровка</placeName></place>
    </listPlace>
    <listEvent>
      <event xml:id="E1" when="1937"><label>Plenum</label>
        <place><placeName>Swerdlowsk</placeName></place></event>
      <event xml:id="E2" when="1937"><label>Verhaftung</label>
        <place><placeName>Pokrowka</placeName></place></event>
    </listEvent>
  </standOff>
</TEI>
""".encode()


def test_places_named_without_pointer_match_across_transliterations() -> None:
    """German spellings in the text find the register's English and Cyrillic names, a dated
    name finds its place, and a name that fits two places makes a third rather than guess."""
    result = read_tei(TRANSLITERATED)
    data = result.dataset
    bukharin, sverdlov = data.actor("P1"), data.actor("P2")
    assert (bukharin.birth_place, bukharin.death_place) == ("MSK", "pl_kommunarka")
    assert (sverdlov.birth_place, sverdlov.death_place) == ("NN", "EKB")
    assert [e.place for e in data.events] == ["EKB", "pl_pokrowka"]
    made = {p.location: p.message for p in result.problems if p.code == "place-from-name"}
    assert len(made) == 2
    assert any("'Kommunarka'" in m for m in made.values())
    assert any("'Pokrowka' can name any of the places PK1, PK2" in m for m in made.values())
    assert [p.id for p in data.places][-2:] == ["pl_kommunarka", "pl_pokrowka"]
    assert purgehist.problems(data) == []

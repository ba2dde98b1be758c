"""The model's validators, slugs and locators."""

from __future__ import annotations

import attrs
import pytest

from purgehist import (
    Actor,
    ChainLink,
    Claim,
    Event,
    Identifier,
    Locator,
    LocatorUnit,
    Quantity,
    Source,
)
from purgehist.model.ids import is_ncname
from purgehist.model.locators import parse_locator
from purgehist.plugins.sdk import slug


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("pers_bukharin", True),
        ("_1937", True),
        ("ев_киров", True),
        ("a.b-c", True),
        ("1937_plenum", False),
        ("-x", False),
        ("claim:x", False),
        ("a b", False),
        ("x²", False),
        ("", False),
    ],
)
def test_ncname(value: str, expected: bool) -> None:
    assert is_ncname(value) is expected


def test_bad_id_message_names_field_and_value() -> None:
    with pytest.raises(ValueError, match=r"'id' must be an XML NCName \(got '3rd-plenum'\)"):
        Event(id="3rd-plenum", label="Plenum")


def test_invalid_edtf_rejected_with_reason() -> None:
    with pytest.raises(ValueError, match=r"'date' must be an EDTF date \(got '5 Dec 1936'\)"):
        Event(id="ev_x", label="Constitution", date="5 Dec 1936")


def test_empty_required_text_rejected() -> None:
    with pytest.raises(ValueError, match="'name' must not be empty"):
        Actor(id="pers_x", name="  ")


def test_empty_optional_text_is_none() -> None:
    source = Source(id="bib_x", title="T", publisher="", place="Cambridge")
    assert source.publisher is None
    assert source.place == "Cambridge"


def test_records_are_frozen_and_evolve() -> None:
    actor = Actor(id="pers_x", name="Getty", roles=["historian"])
    assert actor.roles == ("historian",)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        actor.name = "Conquest"  # type: ignore[misc]
    assert attrs.evolve(actor, name="J. Arch Getty").name == "J. Arch Getty"


def test_chain_link_needs_actor_or_name() -> None:
    with pytest.raises(ValueError, match="needs an 'actor' or a 'name'"):
        ChainLink(role="heard from")
    assert ChainLink(name="unnamed NKVD officers").name == "unnamed NKVD officers"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"low": 2.0, "high": 1.0}, "low <= value <= high"),
        ({"value": float("nan")}, "finite"),
        ({}, "needs a 'value'"),
    ],
)
def test_quantity_checks(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Quantity(unit="executions", **kwargs)


def test_claim_defaults() -> None:
    claim = Claim(id="claim_x", text="Stalin ordered the murder of Kirov.")
    assert claim.status == "reviewed"
    assert claim.attributions == ()


def test_identifier_requires_scheme() -> None:
    with pytest.raises(ValueError, match="'scheme' must not be empty"):
        Identifier(scheme="", value="Q855")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J. Arch Getty", "j_arch_getty"),
        ("Бухарин", "bukharin"),
        ("Jezjov, N.I.", "jezjov_n_i"),
        ("Chroesjtsjov’s geheime toespraak", "chroesjtsjovs_geheime_toespraak"),
        ("1937", "_1937"),
        ("!!!", "x"),
    ],
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected
    assert is_ncname(slug(text))


def test_slug_prefix() -> None:
    assert slug("Ежов", "pers_") == "pers_ezhov"


@pytest.mark.parametrize(
    ("printed", "normalised", "unit"),
    [
        ("69", "69", LocatorUnit.PAGE),
        ("47-48", "47-48", LocatorUnit.PAGE),
        ("130-32", "130-132", LocatorUnit.PAGE),
        ("72, 79", "72, 79", LocatorUnit.PAGE),
        ("p. 5", "5", LocatorUnit.PAGE),
        ("pp. 5–7", "5-7", LocatorUnit.PAGE),
        ("S. 12", "12", LocatorUnit.PAGE),
        ("blz. 3", "3", LocatorUnit.PAGE),
        ("12 ff.", "12 ff.", LocatorUnit.PAGE),
        ("xii-xiv", "xii-xiv", LocatorUnit.PAGE),
        ("fol. 3", "3", LocatorUnit.FOLIO),
        ("72 en 79", "72, 79", LocatorUnit.PAGE),
        ("p. 570 sq.", "570 ff.", LocatorUnit.PAGE),
        ("p. 12 et suiv.", "12 ff.", LocatorUnit.PAGE),
        ("S. 45 f.", "45-46", LocatorUnit.PAGE),
        ("xiv–xvii", "xiv-xvii", LocatorUnit.PAGE),
    ],
)
def test_parse_page_locators(printed: str, normalised: str, unit: LocatorUnit) -> None:
    locator = parse_locator(printed)
    assert locator.printed == printed
    assert locator.normalised == normalised
    assert locator.unit == unit


def test_parse_archival_locator() -> None:
    locator = parse_locator("RGASPI f. 17, op. 3, d. 1170, l. 2")
    assert locator.unit == LocatorUnit.ARCHIVAL
    assert locator.archival is not None
    assert (locator.archival.archive, locator.archival.fond, locator.archival.opis) == (
        "RGASPI",
        "17",
        "3",
    )
    assert (locator.archival.delo, locator.archival.folios) == ("1170", "2")
    assert locator.normalised == "RGASPI f. 17, op. 3, d. 1170, l. 2"


def test_parse_cyrillic_archival_locator() -> None:
    locator = parse_locator("Ф. 17. Оп. 3. Д. 1170. Л. 2.")
    assert locator.archival is not None
    assert locator.archival.delo == "1170"
    assert locator.archival.folios == "2"


@pytest.mark.parametrize(
    ("printed", "normalised"),
    [
        ("GARF f. 9401, op. 1, d. 4157, ll. 201–205.", "GARF f. 9401, op. 1, d. 4157, ll. 201-205"),
        ("GARF, f. R-9401, op. 1, d. 4157, l. 202", "GARF f. R-9401, op. 1, d. 4157, l. 202"),
        ("РГАСПИ. Ф. 17. Оп. 3. Д. 1170. Л. 2 об.", "РГАСПИ f. 17, op. 3, d. 1170, l. 2 об."),
    ],
)
def test_archival_locator_variants(printed: str, normalised: str) -> None:
    locator = parse_locator(printed)
    assert locator.unit == LocatorUnit.ARCHIVAL
    assert locator.normalised == normalised


def test_unreadable_locator_is_kept_as_printed() -> None:
    locator = parse_locator("passim")
    assert locator == Locator(printed="passim", unit=LocatorUnit.OTHER)
    assert locator.normalised == "passim"


def test_walk_divisions_goes_depth_first_with_index_paths() -> None:
    from purgehist.model.documents import Division, walk_divisions

    tree = (
        Division(head="1", divisions=(Division(head="1.1"), Division(head="1.2"))),
        Division(head="2"),
    )
    assert [(at, d.head) for at, d in walk_divisions(tree)] == [
        ((0,), "1"),
        ((0, 0), "1.1"),
        ((0, 1), "1.2"),
        ((1,), "2"),
    ]


def test_walk_paragraphs_gives_a_divisions_own_paragraphs_before_its_subdivisions() -> None:
    from purgehist.model.documents import Division, Paragraph, walk_paragraphs

    tree = (
        Division(
            paragraphs=(Paragraph(text="1a"), Paragraph(text="1b")),
            divisions=(Division(paragraphs=(Paragraph(text="1.1a"),)), Division()),
        ),
        Division(paragraphs=(Paragraph(text="2a"),)),
    )
    assert [p.text for p in walk_paragraphs(tree)] == ["1a", "1b", "1.1a", "2a"]

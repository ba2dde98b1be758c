"""Place names across transliterations: one name in English/BGN, Dutch, German, French and
Cyrillic forms is one name; names of different places are not; the matcher finds a place under
any of its names, dated ones too, and does not guess between places."""

from __future__ import annotations

from itertools import combinations

import pytest

from purgehist import NameVariant, Place
from purgehist.names import PlaceMatcher, same_place_name

# Forms of one name each, as printed in English/BGN, scholarly, Dutch, German and French works.
SAME_NAME = [
    ("Yekaterinburg", "Jekaterinburg", "Ekaterinburg", "Екатеринбург", "JEKATERINBURG"),
    ("Sverdlovsk", "Swerdlowsk", "Свердловск"),
    ("Kharkov", "Charkow", "Charkov", "Харьков"),
    ("Kharkiv", "Харків"),
    ("Magnitogorsk", "Magnitogorsk", "Магнитогорск"),
    ("Vorkuta", "Workuta", "Воркута"),
    ("Kolyma", "Kolyma", "Колыма"),
    ("Solovki", "Solowki", "Solovki", "Соловки"),
    ("Butovo", "Butowo", "Бутово"),
    ("Kurapaty", "Курапаты"),
    ("Bykivnia", "Биківня"),
    ("Bykovnya", "Bykownja", "Быковня"),
    (
        "Nizhny Novgorod",
        "Nischni Nowgorod",
        "Nizjni Novgorod",
        "Nijni Novgorod",
        "Nižnij Novgorod",
        "Nizhny-Novgorod",
        "Нижний Новгород",
    ),
    ("Chelyabinsk", "Tscheljabinsk", "Tsjeljabinsk", "Tcheliabinsk", "Челябинск"),
    ("Oryol", "Orel", "Orjol", "Орёл"),
]

DIFFERENT = [
    ("Kiev", "Kirov"),
    ("Omsk", "Tomsk"),
    ("Perm", "Penza"),
    ("Tula", "Tuva"),
    ("Kursk", "Kirsk"),
    ("Novgorod", "Nizhny Novgorod"),
    ("Nizhny Novgorod", "Nizhny Tagil"),
    # Ukrainian and Russian names are two names of one city, not two spellings of one name.
    ("Kharkiv", "Kharkov"),
    ("Bykivnia", "Bykovnya"),
]


def _pairs() -> list[tuple[str, str]]:
    return [pair for forms in SAME_NAME for pair in combinations(forms, 2)]


@pytest.mark.parametrize(("a", "b"), _pairs())
def test_forms_of_one_name_match_both_ways(a: str, b: str) -> None:
    assert same_place_name(a, b)
    assert same_place_name(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_do_not_match(a: str, b: str) -> None:
    assert not same_place_name(a, b)
    assert not same_place_name(b, a)


def test_case_punctuation_and_empty_names() -> None:
    assert same_place_name("nischni nowgorod.", "NIZHNY  NOVGOROD")
    assert same_place_name("Lagpunkt 5", "lagpunkt 5")
    assert not same_place_name("Lagpunkt 5", "Lagpunkt 6")
    assert not same_place_name("", "")
    assert not same_place_name("-", "Omsk")


PLACES = [
    Place(
        id="ekb",
        name="Yekaterinburg",
        variants=[
            NameVariant(name="Екатеринбург", lang="ru"),
            NameVariant(name="Sverdlovsk", lang="ru-Latn", date="1924/1991"),
        ],
        type="city",
    ),
    Place(
        id="kharkiv",
        name="Kharkiv",
        variants=[NameVariant(name="Харків", lang="uk"), NameVariant(name="Харьков", lang="ru")],
    ),
    Place(id="nn", name="Nizhny Novgorod", variants=[NameVariant(name="Gorky", date="1932/1990")]),
    Place(id="vn", name="Veliky Novgorod", variants=[NameVariant(name="Novgorod")]),
    Place(id="omsk", name="Omsk"),
    Place(id="tomsk", name="Томск"),
    Place(id="kirov", name="Kirov", variants=[NameVariant(name="Vyatka", date="../1934")]),
    Place(id="vorkuta", name="Воркута", type="camp"),
    Place(id="kolyma", name="Kolyma", type="region"),
    Place(id="solovki", name="Solovki", type="camp"),
    Place(id="butovo", name="Butovo"),
    Place(id="kurapaty", name="Kurapaty"),
    Place(id="bykivnia", name="Bykivnia", variants=[NameVariant(name="Быковня", lang="ru")]),
]


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Jekaterinburg", "ekb"),
        ("Ekaterinburg", "ekb"),
        ("Swerdlowsk", "ekb"),  # a name of 1924–1991 is still the city's name
        ("Свердловск", "ekb"),
        ("Charkow", "kharkiv"),  # through the Russian variant
        ("Kharkov", "kharkiv"),
        ("Харків", "kharkiv"),
        ("Nischni Nowgorod", "nn"),
        ("Gorki", "nn"),
        ("Nowgorod", "vn"),
        ("Workuta", "vorkuta"),
        ("Колыма", "kolyma"),
        ("Solowki", "solovki"),
        ("Бутово", "butovo"),
        ("Курапаты", "kurapaty"),
        ("Bykownja", "bykivnia"),
        ("Tomsk", "tomsk"),
        ("Omsk", "omsk"),
        ("Wjatka", "kirov"),
    ],
)
def test_matcher_finds_a_place_under_any_of_its_names(name: str, place_id: str) -> None:
    matcher = PlaceMatcher(PLACES)
    assert matcher.candidates(name) == (place_id,)
    assert matcher.match(name) == place_id


@pytest.mark.parametrize("name", ["Kiev", "Perm", "Penza", "Moskau", "Novgorod Severski", ""])
def test_matcher_finds_nothing_for_other_places(name: str) -> None:
    matcher = PlaceMatcher(PLACES)
    assert matcher.candidates(name) == ()
    assert matcher.match(name) is None


def test_several_places_of_one_name_are_ambiguous_not_a_guess() -> None:
    matcher = PlaceMatcher(
        [
            Place(id="pokrovka_ru", name="Pokrovka", description="Orenburg oblast"),
            Place(id="pokrovka_kz", name="Покровка", description="Kazakhstan"),
        ]
    )
    assert matcher.candidates("Pokrowka") == ("pokrovka_ru", "pokrovka_kz")
    assert matcher.match("Pokrowka") is None


def test_a_name_spelled_as_indexed_outranks_another_transliteration() -> None:
    matcher = PlaceMatcher([Place(id="a", name="Orel"), Place(id="b", name="Oryol")])
    assert matcher.candidates("orel") == ("a",)
    assert matcher.candidates("Орёл") == ("a", "b")
    assert matcher.match("Орёл") is None

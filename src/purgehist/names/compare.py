"""Same person? Two printed names compared across scripts, systems, orders and initials.

The surnames must read as one Cyrillic name (:mod:`purgehist.names.readings`); given names and
patronymics must then agree wherever both names have them — a name with a name, an initial
with a name it can begin (``N.`` with ``Nikita``, ``J.`` with ``Joseph`` for Иосиф, ``Sch.``
with ``Schores``), an initial with an initial that can stand for the same letter.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

from attrs import frozen

from purgehist.names.conventions import CONVENTIONAL_FORMS
from purgehist.names.parsing import NameParts, is_initial, parse_name
from purgehist.names.persons import name_key
from purgehist.names.readings import (
    AS_WRITTEN,
    CONVENTION,
    CYRILLIC,
    Reading,
    coarse_key,
    readings,
)
from purgehist.names.systems import SYSTEMS, is_cyrillic

__all__ = ["NameAgreement", "NameVerdict", "SurnameLink", "compare", "same_person"]


class NameAgreement(Enum):
    """How the given names (or the patronymics) of two names compare."""

    AGREE = "agree"
    """Both spell out a name, and the names are one."""
    INITIAL = "initial"
    """An initial fits the other side's name or initial."""
    UNKNOWN = "unknown"
    """One side has none: nothing to compare."""
    DISAGREE = "disagree"
    """Two different names, or an initial the other side's name cannot begin with."""


_POINTS = {NameAgreement.AGREE: 1.0, NameAgreement.INITIAL: 0.5, NameAgreement.UNKNOWN: 0.0}
_SURNAME_POINTS, _GIVEN_POINTS, _PATRONYMIC_POINTS = 60.0, 25.0, 15.0


@frozen
class SurnameLink:
    """Why two surnames are one: the Cyrillic name both read as, and under which systems."""

    cyrillic: str
    """The Cyrillic name (lower case) both spellings stand for."""
    systems_a: tuple[str, ...]
    """The systems under whose rules the first spelling stands for it."""
    systems_b: tuple[str, ...]
    """The same for the second spelling."""


@frozen
class NameVerdict:
    """The answer to "same person?", with its evidence."""

    a: NameParts
    """The first name compared, split into its parts."""
    b: NameParts
    same: bool
    """Whether the names can be one person: the surnames read as one name and no given name
    or patronymic contradicts."""
    score: float
    """0 (not the same) to 100 (surname, given name and patronymic all spelled out and
    agreeing); a surname alone scores 60."""
    surname: SurnameLink | None
    """How the surnames connect (``None``: they do not)."""
    given: NameAgreement
    """The first given names (or initials)."""
    patronymic: NameAgreement
    """The second given name: the patronymic of a Russian name, a middle name elsewhere."""

    @property
    def reason(self) -> str:
        """The verdict in words."""
        if self.surname is None:
            return "the surnames do not read as one name"
        link = self.surname
        systems = f"{'/'.join(link.systems_a)} ~ {'/'.join(link.systems_b)}"
        said = f"surnames both read {link.cyrillic!r} ({systems})"
        parts = [f"given names {self.given.value}", f"patronymics {self.patronymic.value}"]
        return f"{said}; {', '.join(parts)}"


def same_person(a: str, b: str) -> NameVerdict:
    """Whether two printed names can be one person, and why.

    >>> verdict = same_person("N. S. Chruschtschow", "Nikita Sergejewitsch Chruschtschow")
    >>> verdict.same, verdict.given.value, verdict.score
    (True, 'initial', 80.0)
    >>> same_person("Jeschow", "Iejov").surname.cyrillic
    'ежов'
    >>> same_person("Sergei Khrushchev", "Nikita Khrushchev").same
    False
    """
    return compare(parse_name(a), parse_name(b))


def compare(a: NameParts, b: NameParts) -> NameVerdict:
    """:func:`same_person` for names already split."""
    link = _link_surnames(readings(a.family), readings(b.family))
    if link is None:
        return NameVerdict(a, b, False, 0.0, None, NameAgreement.UNKNOWN, NameAgreement.UNKNOWN)
    given = _agreement(a.given[:1], b.given[:1], link)
    patronymic = _agreement(a.given[1:], b.given[1:], link)
    if NameAgreement.DISAGREE in (given, patronymic):
        return NameVerdict(a, b, False, 0.0, link, given, patronymic)
    score = _SURNAME_POINTS + _GIVEN_POINTS * _POINTS[given]
    score += _PATRONYMIC_POINTS * _POINTS[patronymic]
    return NameVerdict(a, b, True, score, link, given, patronymic)


def _link_surnames(a: tuple[Reading, ...], b: tuple[Reading, ...]) -> SurnameLink | None:
    """The best reading two spellings share: the one read under most systems, then the
    likeliest (read in the fewest letter groups); its Cyrillic spelling from a side written in
    Cyrillic if there is one."""
    shared = {r.key for r in a} & {r.key for r in b}
    if not shared:
        return None

    def systems(side: tuple[Reading, ...], key: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s for r in side if r.key == key for s in r.systems))

    place: dict[str, int] = {}  # readings come likeliest first
    for side in (a, b):
        for index, reading in enumerate(side):
            place[reading.key] = min(place.get(reading.key, index), index)

    def weight(key: str) -> tuple[int, bool, int]:
        count = len(systems(a, key)) + len(systems(b, key))
        return (count, not key.startswith("="), -place[key])

    key = max(shared, key=weight)
    pick = [r for r in (*a, *b) if r.key == key]
    cyrillic = next((r.cyrillic for r in pick if is_cyrillic(r.cyrillic)), pick[0].cyrillic)
    return SurnameLink(cyrillic, systems(a, key), systems(b, key))


def _agreement(a: tuple[str, ...], b: tuple[str, ...], link: SurnameLink) -> NameAgreement:
    """The worst agreement of the names at the same places (none: unknown)."""
    pairs = list(zip(a, b, strict=False))
    if not pairs:
        return NameAgreement.UNKNOWN
    found = [token_agreement(x, y, link.systems_a, link.systems_b) for x, y in pairs]
    for worst in (NameAgreement.DISAGREE, NameAgreement.INITIAL):
        if worst in found:
            return worst
    return NameAgreement.AGREE


@lru_cache(maxsize=1 << 16)
def token_agreement(
    x: str, y: str, systems_x: tuple[str, ...] = (), systems_y: tuple[str, ...] = ()
) -> NameAgreement:
    """How two given names (or initials) compare; *systems_x* and *systems_y* are the
    systems their surnames are written in, which their given names are read under first."""
    x_initial, y_initial = is_initial(x), is_initial(y)
    if x_initial and y_initial:
        fits = bool(_prefixes(x) & _prefixes(y))
    elif x_initial:
        fits = _begins(x, y, systems_y)
    elif y_initial:
        fits = _begins(y, x, systems_x)
    else:
        keys_x = {r.key for r in _name_readings(x, systems_x)}
        keys_y = {r.key for r in _name_readings(y, systems_y)}
        return NameAgreement.AGREE if keys_x & keys_y else NameAgreement.DISAGREE
    return NameAgreement.INITIAL if fits else NameAgreement.DISAGREE


_ANY_SYSTEM = frozenset({CYRILLIC, CONVENTION, AS_WRITTEN})


def _name_readings(name: str, systems: tuple[str, ...]) -> tuple[Reading, ...]:
    """The readings of a given name under *systems*: a printed name is written in one
    system, so that ``Schores`` beside the German ``Medwedew`` is Жорес, never С-х-орес.
    All readings when none under *systems* is left."""
    found = readings(name)
    allowed = _ANY_SYSTEM.union(systems)
    kept = tuple(r for r in found if allowed.intersection(r.systems))
    if systems and any(not _ANY_SYSTEM.issuperset(r.systems) for r in kept):
        return kept
    return found


def _begins(initial: str, name: str, systems: tuple[str, ...]) -> bool:
    """Whether *initial* can begin *name* (read under *systems*), in any system or a
    conventional form (``J.`` for Иосиф through *Joseph*): initials are read under every
    system, as printed names mix them (*W. G. Krivitsky*, with the German initial of Вальтер)."""
    letters = name_key(initial)
    latin = not is_cyrillic(initial)
    if latin and name_key(name).startswith(letters):
        return True
    prefixes = _prefixes(initial)
    for reading in _name_readings(name, systems):
        if reading.systems == (AS_WRITTEN,):
            continue
        if any(reading.key.startswith(p) for p in prefixes):
            return True
        forms = CONVENTIONAL_FORMS.get(reading.cyrillic, ()) if latin else ()
        if any(name_key(form).startswith(letters) for form in forms):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def _prefixes(initial: str) -> frozenset[str]:
    """How the keys of the names an initial can stand for begin."""
    if is_cyrillic(initial):
        return frozenset({coarse_key(initial[:1])})
    letters = name_key(initial)
    return frozenset(
        coarse_key(letter)
        for letter, written in _INITIALS.items()
        if any(w.startswith(letters) or letters.startswith(w) for w in written)
    )


_INITIALS: dict[str, frozenset[str]] = {
    letter: frozenset(name_key(system.render(letter)) for system in SYSTEMS.values()) - {""}
    for letter in "абвгдеёжзийклмнопрстуфхцчшщыэюя"
}
"""How each system writes a Cyrillic letter at the start of a name (folded)."""

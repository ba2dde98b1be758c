"""Who is this? The actors a printed name can refer to, found through keys, not all pairs.

Each person is indexed under the keys of every reading of each of its names' surnames
(:func:`~purgehist.names.readings.readings`); a query looks its own surname's keys up and
compares only the names found there (:func:`~purgehist.names.compare.compare`). Organisations
and other actors are found by their whole name, exactly or (rapidfuzz) nearly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from enum import Enum

from attrs import frozen
from rapidfuzz import fuzz, process

from purgehist.model import Actor, ActorKind
from purgehist.names.compare import NameAgreement, NameVerdict, compare
from purgehist.names.parsing import NameParts, parse_name
from purgehist.names.persons import name_key
from purgehist.names.readings import readings

__all__ = ["Identification", "IdentificationStatus", "NameCandidate", "NameMatcher"]


class IdentificationStatus(Enum):
    """The answer to "who is this?"."""

    MATCH = "match"
    """One actor fits better than any other."""
    AMBIGUOUS = "ambiguous"
    """Several actors fit equally well (a surname shared by two indexed persons)."""
    NO_MATCH = "no_match"
    """No indexed actor fits."""


@frozen
class NameCandidate:
    """An actor a name can refer to, with the indexed name that fits it best."""

    actor_id: str
    name: str
    """The actor's name (preferred or variant) that was compared."""
    score: float
    """The verdict's score (100 for an organisation's exact name, the similarity when near)."""
    verdict: NameVerdict | None
    """The comparison of the two names (``None`` for a whole-name find)."""


@frozen
class Identification:
    """The actors a name can refer to, best first, and whether one of them is the answer."""

    query: str
    status: IdentificationStatus
    candidates: tuple[NameCandidate, ...] = ()
    """Every actor the name can refer to, best first."""

    @property
    def best(self) -> str | None:
        """The actor's id when the answer is a match, else ``None``."""
        if self.status is IdentificationStatus.MATCH:
            return self.candidates[0].actor_id
        return None

    @property
    def ambiguous(self) -> bool:
        """Whether several actors fit equally well."""
        return self.status is IdentificationStatus.AMBIGUOUS

    @property
    def surname_only(self) -> bool:
        """Whether the answer rests on the surname alone (no given name was compared): a
        namesake who is not indexed would be found the same way."""
        verdict = self.candidates[0].verdict if self.candidates else None
        return verdict is not None and verdict.given is NameAgreement.UNKNOWN


class NameMatcher:
    """Find the actor a printed name refers to, across spellings, transliterations, name
    orders and initials.

    A surname alone matches only when one indexed person bears it; a name whose given name or
    patronymic contradicts an indexed person's is not that person. :meth:`identify` gives
    the candidates with their evidence; :meth:`match` the one answer or ``None``.

    :param threshold: the similarity (0–100) at which an organisation's name is found
        although not spelled exactly as indexed.
    :param surname_alone: whether a name without given names or initials may identify the
        one indexed person who bears its surname (``False``: it is always ambiguous).
    """

    def __init__(
        self, actors: Iterable[Actor] = (), *, threshold: float = 88.0, surname_alone: bool = True
    ) -> None:
        self.threshold = threshold
        self.surname_alone = surname_alone
        self._by_key: dict[str, set[tuple[str, int]]] = defaultdict(set)
        self._forms: dict[str, list[NameParts]] = defaultdict(list)
        self._whole: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for actor in actors:
            self.add(actor)

    def add(self, actor: Actor) -> None:
        """Index *actor* under all its names."""
        for name in actor.all_names():
            if actor.kind is not ActorKind.PERSON:
                if key := name_key(name):
                    self._whole[key].add((actor.id, name))
                continue
            parts = parse_name(name)
            forms = self._forms[actor.id]
            forms.append(parts)
            for reading in readings(parts.family):
                self._by_key[reading.key].add((actor.id, len(forms) - 1))

    def identify(self, name: str) -> Identification:
        """The actors *name* can refer to, and whether one of them is the answer.

        >>> from purgehist import Actor
        >>> matcher = NameMatcher([Actor(id="roy", name="Roy Medvedev"),
        ...                        Actor(id="zhores", name="Жорес Александрович Медведев")])
        >>> matcher.identify("Schores Medwedew").best, matcher.identify("R. A. Medvedev").best
        ('zhores', 'roy')
        >>> found = matcher.identify("Medwedew")
        >>> found.status.value, [c.actor_id for c in found.candidates]
        ('ambiguous', ['roy', 'zhores'])
        """
        people = self._people(name)
        found = people + self._organisations(name)
        found.sort(key=lambda c: (-c.score, c.actor_id))
        status = _status(found)
        if people and not self.surname_alone and not parse_name(name).given:
            status = IdentificationStatus.AMBIGUOUS
        return Identification(name, status, tuple(found))

    def candidates(self, name: str) -> dict[str, float]:
        """The ids of the actors *name* can refer to, with their scores (0–100)."""
        return {c.actor_id: c.score for c in self.identify(name).candidates}

    def match(self, name: str) -> str | None:
        """The id of the one actor *name* refers to, or ``None`` when none or several fit."""
        return self.identify(name).best

    def _people(self, name: str) -> list[NameCandidate]:
        parts = parse_name(name)
        places: dict[str, set[int]] = defaultdict(set)
        for reading in readings(parts.family):
            for actor_id, index in self._by_key.get(reading.key, ()):
                places[actor_id].add(index)
        found = []
        for actor_id, indexes in places.items():
            forms = self._forms[actor_id]
            verdicts = [compare(parts, forms[i]) for i in sorted(indexes)]
            best = max(verdicts, key=lambda v: v.score)
            if best.same:
                found.append(NameCandidate(actor_id, best.b.text, best.score, best))
        return found

    def _organisations(self, name: str) -> list[NameCandidate]:
        key = name_key(name)
        if not key or not self._whole:
            return []
        exact = self._whole.get(key)
        if exact:
            return [NameCandidate(i, indexed, 100.0, None) for i, indexed in sorted(exact)]
        if len(key) < 5:
            return []
        found: dict[str, NameCandidate] = {}
        for other, score, _ in process.extract(
            key, self._whole.keys(), scorer=fuzz.ratio, score_cutoff=self.threshold, limit=5
        ):
            for actor_id, indexed in sorted(self._whole[other]):
                if actor_id not in found or found[actor_id].score < score:
                    found[actor_id] = NameCandidate(actor_id, indexed, float(score), None)
        return list(found.values())


def _status(found: list[NameCandidate]) -> IdentificationStatus:
    """One candidate, or one that scores higher than the rest and has its given name
    compared, is a match; several alike are ambiguous."""
    if not found:
        return IdentificationStatus.NO_MATCH
    if len(found) == 1:
        return IdentificationStatus.MATCH
    first, second = found[0], found[1]
    compared = first.verdict is None or first.verdict.given is not NameAgreement.UNKNOWN
    if first.score > second.score and compared:
        return IdentificationStatus.MATCH
    return IdentificationStatus.AMBIGUOUS

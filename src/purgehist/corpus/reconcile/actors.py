"""Actors that are one: the same authority identifier, or, for people, names that
:class:`purgehist.names.NameMatcher` finds to be one person across spellings, transliterations
and initials (``J. Arch Getty``, ``Getty, J.A.``, ``Гетти``) with a given name or initial
compared; organisations and schools by their whole name."""

from __future__ import annotations

import attrs

from purgehist.corpus.reconcile.keys import identifier_keys
from purgehist.corpus.reconcile.sources import Verdict
from purgehist.model import Actor, ActorKind
from purgehist.names import NameAgreement, NameCandidate, NameMatcher

__all__ = ["ActorIndex"]

_NEAR = 80.0
"""How alike two organisations' names must be (0–100) to be reported as a near miss."""
_WHOLE_NAME = 100.0


def _compared(candidate: NameCandidate) -> bool:
    """Whether more than a family name was found alike: given names or initials agree."""
    verdict = candidate.verdict
    return verdict is None or verdict.given is not NameAgreement.UNKNOWN


class ActorIndex:
    """The actors of a corpus, by identifier and by name, for :meth:`match`."""

    def __init__(self) -> None:
        self._matcher = NameMatcher([], threshold=_NEAR)
        self._identifiers: dict[str, str] = {}
        self._kinds: dict[str, str] = {}

    def add(self, id: str, actor: Actor) -> None:
        """Index the corpus actor *id* (or another record of it) under *actor*'s keys."""
        for key in identifier_keys(actor.identifiers):
            self._identifiers.setdefault(key, id)
        self._kinds.setdefault(id, actor.kind)
        self._matcher.add(attrs.evolve(actor, id=id))

    def _candidates(self, actor: Actor) -> dict[str, NameCandidate]:
        """The corpus actors of *actor*'s kind that one of its names can refer to, each with
        its best fit."""
        found: dict[str, NameCandidate] = {}
        for name in actor.all_names():
            for candidate in self._matcher.identify(name).candidates:
                if self._kinds.get(candidate.actor_id) != actor.kind:
                    continue
                known = found.get(candidate.actor_id)
                better = (_compared(candidate), candidate.score)
                if known is None or better > (_compared(known), known.score):
                    found[candidate.actor_id] = candidate
        return found

    def match(
        self, actor: Actor, *, taken: set[str] | frozenset[str] = frozenset()
    ) -> Verdict | None:
        """The corpus actor *actor* is, or may be; ``None`` when none is near."""
        for key in identifier_keys(actor.identifiers):
            target = self._identifiers.get(key)
            if target is not None and target not in taken:
                return Verdict(target, key, 100.0, merge=True)
        found = self._candidates(actor)
        if not found:
            return None
        person = actor.kind == ActorKind.PERSON
        sure = [
            id
            for id, c in found.items()
            if id not in taken and _compared(c) and (person or c.score >= _WHOLE_NAME)
        ]
        if len(sure) == 1:
            return Verdict(sure[0], "name", round(found[sure[0]].score, 1), merge=True)
        best = max(found, key=lambda id: (id in sure, _compared(found[id]), found[id].score))
        if len(sure) > 1:
            reason = f"the name fits {len(sure)} actors of the corpus"
        elif best in taken:
            reason = "another actor of the same document is this one"
        elif person:
            reason = "a family name alone: several people may bear it"
        else:
            reason = "the names are alike but not the same"
        score = round(found[best].score, 1)
        return Verdict(best, "name", score, merge=False, reason=reason)

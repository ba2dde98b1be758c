"""Actors that are one: the same authority identifier, or, for people, a name that matches
across spellings and transliterations (:class:`purgehist.names.NameMatcher`) with initials that
agree (``J. Arch Getty``, ``Getty, J.A.``); organisations and schools by their whole name."""

from __future__ import annotations

import attrs

from purgehist.corpus.reconcile.keys import identifier_keys, initials
from purgehist.corpus.reconcile.sources import Verdict
from purgehist.model import Actor, ActorKind
from purgehist.names import NameMatcher

__all__ = ["ActorIndex"]

_WHOLE_NAME = 100.0
_SURNAME = 90.0
"""What :meth:`NameMatcher.candidates` gives a whole name and a surname found exactly."""
_NEAR = 80.0
_GLIDES = str.maketrans("yj", "ii")
"""Initials that transliterations of one Cyrillic letter begin with (Юрий: Yuri, Iurii, Jurij)."""


def _initials(name: str) -> str:
    return "".join(initials(name)).translate(_GLIDES)


def _agree(a: str, b: str) -> bool:
    """Initials agree when one set begins the other (``J.`` and ``J. A.``)."""
    return a.startswith(b) or b.startswith(a)


def _full_names(actor: Actor) -> list[str]:
    """The names of *actor* that say more than a family name."""
    names = [actor.name, *(v.name for v in actor.variants)]
    if actor.kind != ActorKind.PERSON:
        return names
    return [n for n in names if _initials(n)]


class ActorIndex:
    """The actors of a corpus, by identifier and by name, for :meth:`match`."""

    def __init__(self) -> None:
        self._matcher = NameMatcher([], threshold=_NEAR)
        self._identifiers: dict[str, str] = {}
        self._names: dict[str, list[str]] = {}
        self._kinds: dict[str, str] = {}

    def add(self, id: str, actor: Actor) -> None:
        """Index the corpus actor *id* (or another record of it) under *actor*'s keys."""
        for key in identifier_keys(actor.identifiers):
            self._identifiers.setdefault(key, id)
        self._kinds.setdefault(id, actor.kind)
        self._names.setdefault(id, []).extend(_full_names(actor))
        self._matcher.add(attrs.evolve(actor, id=id))

    def _fits(self, names: list[str], id: str) -> bool:
        """Whether the initials of one of *names* agree with those of a full name of the
        corpus actor *id* (the name matcher has found the names themselves alike)."""
        return any(
            _agree(_initials(name), _initials(other))
            for name in names
            for other in self._names.get(id, ())
        )

    def match(
        self, actor: Actor, *, taken: set[str] | frozenset[str] = frozenset()
    ) -> Verdict | None:
        """The corpus actor *actor* is, or may be; ``None`` when none is near."""
        for key in identifier_keys(actor.identifiers):
            target = self._identifiers.get(key)
            if target is not None and target not in taken:
                return Verdict(target, key, 100.0, merge=True)
        names = _full_names(actor)
        scores: dict[str, float] = {}
        for name in names or [actor.name]:
            for id, score in self._matcher.candidates(name).items():
                if self._kinds.get(id) == actor.kind:
                    scores[id] = max(scores.get(id, 0.0), score)
        if not scores:
            return None
        person = actor.kind == ActorKind.PERSON
        if person and not names:
            best = max(scores, key=scores.__getitem__)
            reason = "a family name alone: several people may bear it"
            return Verdict(best, "name", round(scores[best], 1), merge=False, reason=reason)
        sure = []
        for id, score in scores.items():
            whole = score >= _WHOLE_NAME
            if id in taken or not (whole or (person and score >= _SURNAME)):
                continue
            if not person or self._fits(names, id):
                sure.append(id)
        if len(sure) == 1:
            return Verdict(sure[0], "name", scores[sure[0]], merge=True)
        best = max(scores, key=lambda id: (id in sure, scores[id]))
        if len(sure) > 1:
            reason = f"the name fits {len(sure)} actors of the corpus"
        elif best in taken:
            reason = "another actor of the same document is this one"
        elif scores[best] >= _SURNAME:
            return None  # the same family name with other initials: another person
        else:
            reason = "the names are alike but not the same"
        return Verdict(best, "name", round(scores[best], 1), merge=False, reason=reason)

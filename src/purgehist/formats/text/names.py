"""Personal names in citations: reading them in either order, and merging spellings into actors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from purgehist.model import Actor, NameVariant, Provenance, slug
from purgehist.names import PARTICLES, name_key

__all__ = ["PARTICLES", "ActorRegistry", "PersonName", "fold", "looks_like_names", "parse_name"]

_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÝА-Я]\.?|[A-ZÀ-ÝА-Я][\w'’\-]*\.?|(?:[A-Z]\.){1,3}[A-Za-z]*)$")


def fold(text: str) -> str:
    """Lower-case letters only, diacritics removed: ``Brzeziński`` → ``brzezinski``."""
    return name_key(text)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split into surname (with particles) and given names."""

    surname: str
    given: str = ""

    @property
    def key(self) -> str:
        """The surname folded: what spellings of one person share."""
        words = [w for w in self.surname.split() if w.lower() not in PARTICLES]
        return fold(words[-1] if words else self.surname)

    @property
    def initial(self) -> str:
        """The first given initial, folded (``''`` when unknown)."""
        return fold(self.given)[:1]

    @property
    def natural(self) -> str:
        """``J. Arch Getty``."""
        return f"{self.given} {self.surname}".strip()

    @property
    def inverted(self) -> str:
        """``Getty, J. Arch``."""
        return f"{self.surname}, {self.given}" if self.given else self.surname


def _tokens(text: str) -> list[str]:
    text = re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", text)  # J.Arch → J. Arch
    return [t for t in re.split(r"\s+", text.strip()) if t]


def looks_like_names(text: str, *, max_tokens: int = 6) -> bool:
    """Whether *text* is made of name words: capitalised words, initials, particles."""
    parts = re.split(r"\s*(?:&|\band\b|\ben\b|\bund\b|\bet\b|/)\s*", text.strip())
    if not parts or not all(parts):
        return False
    for part in parts:
        tokens = _tokens(part.replace(",", " "))
        if not 1 <= len(tokens) <= max_tokens:
            return False
        if not any(len(t.strip(".")) >= 2 and t[:1].isupper() for t in tokens):
            return False
        for token in tokens:
            if token.lower() in PARTICLES:
                continue
            if not _NAME_TOKEN.match(token):
                return False
    return True


def parse_name(text: str, *, inverted: bool = False) -> PersonName:
    """Read ``J. Arch Getty`` (natural order) or ``Getty, J. Arch`` (*inverted*)."""
    text = text.strip().strip(",;")
    if inverted or "," in text:
        surname, _, given = text.partition(",")
        given = " ".join(_tokens(given.replace(",", " ")))
        words = given.split()
        tail: list[str] = []
        while words and words[-1].lower() in PARTICLES:
            tail.insert(0, words.pop())
        if tail:
            return PersonName(surname=" ".join([*tail, surname.strip()]), given=" ".join(words))
        return PersonName(surname=surname.strip(), given=given)
    tokens = _tokens(text)
    if not tokens:
        return PersonName(surname=text)
    last = [tokens.pop()]
    while tokens and tokens[-1].lower() in PARTICLES:
        last.insert(0, tokens.pop())
    return PersonName(surname=" ".join(last), given=" ".join(tokens))


@dataclass(slots=True)
class _Entry:
    id: str
    names: list[PersonName] = field(default_factory=list)
    initial: str = ""
    roles: set[str] = field(default_factory=set)
    provenance: Provenance | None = None


class ActorRegistry:
    """Authors merged across spellings: one actor per surname and first initial.

    ``J. Arch Getty``, ``J.Arch Getty`` and ``Getty, J Arch`` become one actor; a bare
    ``Getty`` joins the only Getty known, if there is just one.
    """

    def __init__(self) -> None:
        self._by_key: dict[str, list[_Entry]] = {}
        self._ids: set[str] = set()
        self._order: list[_Entry] = []

    def add(self, name: PersonName, role: str, provenance: Provenance | None = None) -> str:
        """The id of the actor *name* is, creating it when new."""
        entries = self._by_key.setdefault(name.key, [])
        entry = self._match(entries, name)
        if entry is None:
            base = slug(name.surname, "pers_")
            actor_id = base
            if actor_id in self._ids:
                actor_id = f"{base}_{name.initial or 'x'}"
            suffix = 2
            while actor_id in self._ids:
                actor_id = f"{base}_{suffix}"
                suffix += 1
            self._ids.add(actor_id)
            entry = _Entry(id=actor_id, initial=name.initial, provenance=provenance)
            entries.append(entry)
            self._order.append(entry)
        if not entry.initial and name.initial:
            entry.initial = name.initial
        if name not in entry.names:
            entry.names.append(name)
        entry.roles.add(role)
        return entry.id

    def find(self, name: PersonName) -> str | None:
        """The id of an actor already known by *name*, without adding one."""
        entry = self._match(self._by_key.get(name.key, []), name)
        return entry.id if entry else None

    def surnames(self) -> dict[str, str]:
        """Folded surname → actor id, for surnames that name one actor only."""
        return {key: entries[0].id for key, entries in self._by_key.items() if len(entries) == 1}

    @staticmethod
    def _match(entries: list[_Entry], name: PersonName) -> _Entry | None:
        if not name.initial:
            return entries[0] if len(entries) == 1 else None
        for entry in entries:
            if entry.initial in ("", name.initial):
                return entry
        return None

    def actors(self) -> list[Actor]:
        """The actors, with the fullest spelling as name and the others as variants."""
        result = []
        for entry in self._order:
            names = sorted(
                entry.names,
                key=lambda n: (-len(n.given.replace(".", "")), -len(n.given), n.natural),
            )
            preferred = names[0].natural
            variants = []
            seen = {preferred}
            for other in names[1:]:
                if other.natural not in seen:
                    seen.add(other.natural)
                    variants.append(NameVariant(name=other.natural))
            role = "historian" if "historian" in entry.roles else "author"
            result.append(
                Actor(
                    id=entry.id,
                    name=preferred,
                    variants=tuple(variants),
                    roles=(role,),
                    provenance=entry.provenance,
                )
            )
        return result

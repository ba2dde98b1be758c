"""Names across transliterations: Ежов = Yezhov = Ezhov = Ežov = Jezjov = Jeschow = Iejov.

Russian names reach historians through the conventions of their reading language: English
(popular, Library of Congress, BGN/PCGN), scholarly and ISO 9, German, Dutch and French.

- :func:`transliterate` and :func:`transliterations` write a Cyrillic name in each system
  (:data:`SYSTEMS`); :func:`readings` goes back, from any Latin spelling to the Cyrillic names
  it can stand for, with the systems that write it so.
- :func:`same_person` says whether two printed names can be one person, and why
  (:class:`NameVerdict`): the surnames must read as one name, and given names, patronymics
  and initials must agree where both names have them.
- :class:`NameMatcher` indexes actors and answers "who is this?" (:meth:`NameMatcher.identify`,
  an :class:`Identification` that lists the candidates and says when the name is ambiguous).
- :func:`same_place_name` and :class:`PlaceMatcher` do the same for place names, word by word
  (*Nischni Nowgorod* = *Нижний Новгород*).

``name_key``, ``PersonName`` and ``surname`` are the plain helpers for authors' names.
"""

from __future__ import annotations

from purgehist.names.compare import NameAgreement, NameVerdict, SurnameLink, same_person
from purgehist.names.matcher import (
    Identification,
    IdentificationStatus,
    NameCandidate,
    NameMatcher,
)
from purgehist.names.parsing import NameParts, parse_name
from purgehist.names.persons import PARTICLES, PersonName, name_key, surname
from purgehist.names.places import PlaceMatcher, same_place_name
from purgehist.names.readings import Reading, readings
from purgehist.names.systems import SYSTEMS, System, transliterate, transliterations

__all__ = [
    "PARTICLES",
    "SYSTEMS",
    "Identification",
    "IdentificationStatus",
    "NameAgreement",
    "NameCandidate",
    "NameMatcher",
    "NameParts",
    "NameVerdict",
    "PersonName",
    "PlaceMatcher",
    "Reading",
    "SurnameLink",
    "System",
    "name_key",
    "parse_name",
    "readings",
    "same_person",
    "same_place_name",
    "surname",
    "transliterate",
    "transliterations",
]

"""Names across transliterations: Ежов = Yezhov = Ezhov = Jezjov = Jeschow = Iejov.

Russian names reach historians through the conventions of their reading language: English
(popular and Library of Congress), scholarly (ISO 9 style), Dutch, German and French. From the
Cyrillic original, :func:`transliterations` produces each convention's spelling; a
:class:`NameMatcher` indexes actors under all of them (and their recorded variants) and finds the
actor a printed name refers to, refusing to choose when two actors fit equally well.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from attrs import frozen
from rapidfuzz import fuzz, process

from purgehist.model import Actor

__all__ = ["PARTICLES", "NameMatcher", "PersonName", "name_key", "surname", "transliterations"]

_VOWELS = set("аеёиоуыэюяь ъ")
_HUSHING = set("жчшщ")

# Each Cyrillic letter in the conventions: English (popular), Library of Congress, scholarly,
# Dutch, German, French. The y-glides of е/ё word-initially and after vowels, ё after hushing
# consonants, and adjectival endings are handled below.
_SCHEMES = ("en", "lc", "iso", "nl", "de", "fr")
_LETTERS = """
а a a a a a a | б b b b b b b | в v v v v w v | г g g g g g g | д d d d d d d | е e e e e e e
з z z z z s z | и i i i i i i | й y i j j i ï | к k k k k k k | л l l l l l l | м m m m m m m
н n n n n n n | о o o o o o o | п p p p p p p | р r r r r r r | с s s s s s s | т t t t t t t
у u u u oe u ou | ф f f f f f f | х kh kh ch ch ch kh | ц ts ts c ts z ts
ч ch ch č tsj tsch tch | ш sh sh š sj sch ch | щ shch shch šč sjtsj schtsch chtch
ъ - - - - - - | ы y y y y y y | ь - - - - - - | э e e ė e e e | ю yu iu ju joe ju iou
я ya ia ja ja ja ia
"""
_BASE: dict[str, dict[str, str]] = {scheme: {} for scheme in _SCHEMES}
for _cell in _LETTERS.replace("\n", " | ").split("|"):
    if _cell.strip():
        _letter, *_spellings = _cell.split()
        for _scheme, _spelling in zip(_SCHEMES, _spellings, strict=True):
            _BASE[_scheme][_letter] = "" if _spelling == "-" else _spelling
_IOTATED: dict[str, dict[str, str]] = {
    "en": {"е": "ye", "ё": "yo"},
    "lc": {"е": "e", "ё": "e"},
    "iso": {"е": "je", "ё": "jo"},
    "nl": {"е": "je", "ё": "jo"},
    "de": {"е": "je", "ё": "jo"},
    "fr": {"е": "ie", "ё": "io"},
}
_YO_AFTER_CONSONANT = {"en": "e", "lc": "e", "iso": "ë", "nl": "jo", "de": "jo", "fr": "io"}
_ZH = {"de": "sch", "fr": "j", "nl": "zj", "iso": "ž"}
_ENDINGS = {  # adjectival endings that each convention simplifies
    "en": (("ий", "y"), ("ый", "y")),
    "nl": (("ий", "i"), ("ый", "i")),
    "de": (("ий", "i"), ("ый", "i")),
    "fr": (("ий", "i"), ("ый", "i"), ("ин", "ine")),
}


def _word(word: str, scheme: str) -> str:
    base = _BASE[scheme]
    lower = word.lower()
    for ending, spelling in _ENDINGS.get(scheme, ()):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return _word(word[: -len(ending)], scheme) + spelling
    out = []
    for i, char in enumerate(lower):
        before = lower[i - 1] if i else " "
        if char in "её" and (before in _VOWELS):
            out.append(_IOTATED[scheme][char])
        elif char == "ё":
            out.append(
                "o" if before in _HUSHING and scheme != "en" else _YO_AFTER_CONSONANT[scheme]
            )
        elif char == "ж":
            out.append(_ZH.get(scheme, "zh"))
        elif (
            char == "с"
            and scheme in {"de", "fr"}
            and before in _VOWELS - {" "}
            and (i + 1 < len(lower) and lower[i + 1] in _VOWELS - {" "})
        ):
            out.append("ss")  # a single s between vowels would read as [z]
        else:
            out.append(base.get(char, char))
    return "".join(out)


def transliterations(cyrillic: str) -> dict[str, str]:
    """The name in each convention: ``en`` (popular English), ``lc`` (Library of Congress,
    without diacritics), ``iso`` (scholarly), ``nl``, ``de``, ``fr``.

    >>> transliterations("Ежов")["nl"], transliterations("Ежов")["de"]
    ('Jezjov', 'Jeschow')
    """
    result = {}
    for scheme in _BASE:
        words = [_word(w, scheme) for w in re.split(r"(\W+)", cyrillic)]
        text = "".join(words)
        result[scheme] = " ".join(w[:1].upper() + w[1:] for w in text.split(" "))
    return result


PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "du", "la", "le", "ten", "ter", "di", "da", "del", "dos",
     "zu", "vom", "het", "'t", "d'", "des", "af", "al"}
)  # fmt: skip
"""Name particles that are not the family name itself (``van`` Goudoever, ``von`` Hagen)."""


def name_key(name: str) -> str:
    """A comparison key: lower case, no diacritics, letters only (``'Brzeziński'`` →
    ``'brzezinski'``)."""
    text = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in text if c.isalpha() and not unicodedata.combining(c))


@frozen
class PersonName:
    """A person's name split into surname (with its particles) and given names.

    >>> name = PersonName(surname="van Goudoever", given="A. P.")
    >>> name.natural, name.inverted, name.key, name.initial
    ('A. P. van Goudoever', 'van Goudoever, A. P.', 'goudoever', 'a')
    """

    surname: str
    given: str = ""

    @property
    def key(self) -> str:
        """The family name without particles, folded by :func:`name_key`: what spellings of one
        person share."""
        words = [w for w in self.surname.split() if w.lower() not in PARTICLES]
        return name_key(words[-1] if words else self.surname)

    @property
    def initial(self) -> str:
        """The first given initial, folded (``''`` when unknown)."""
        return name_key(self.given)[:1]

    @property
    def natural(self) -> str:
        """``J. Arch Getty``."""
        return f"{self.given} {self.surname}".strip()

    @property
    def inverted(self) -> str:
        """``Getty, J. Arch``."""
        return f"{self.surname}, {self.given}" if self.given else self.surname


def surname(name: str) -> str:
    """The family name of a printed personal name: ``'Getty, J. Arch'`` and ``'J. Arch Getty'``
    both give ``'Getty'``; ``'A. P. van Goudoever'`` gives ``'Goudoever'``."""
    if "," in name:
        return name.split(",", 1)[0].strip()
    tokens = [t for t in re.split(r"[\s.]+", name.strip()) if t]
    while len(tokens) > 1 and tokens[-1].lower() in {"jr", "sr", "ii", "iii"}:
        tokens.pop()
    for token in reversed(tokens):
        if token.lower() not in PARTICLES:
            return token
    return tokens[-1] if tokens else name


def _is_cyrillic(text: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(c, "") for c in text)


class NameMatcher:
    """Find the actor a printed name refers to, across spellings and transliterations.

    Each actor is indexed under its name, its variants, their surnames, and for a name in
    Cyrillic script every convention's transliteration. :meth:`match` looks a name up exactly
    and, failing that, fuzzily (rapidfuzz); it answers ``None`` rather than guess between actors.
    """

    def __init__(self, actors: Iterable[Actor], *, threshold: float = 88.0) -> None:
        self.threshold = threshold
        self._full: dict[str, set[str]] = defaultdict(set)
        self._surnames: dict[str, set[str]] = defaultdict(set)
        for actor in actors:
            self.add(actor)

    def add(self, actor: Actor) -> None:
        """Index *actor* under all its names."""
        forms = [actor.name, *(v.name for v in actor.variants)]
        for form in forms:
            spellings = [form]
            if _is_cyrillic(form):
                spellings += list(transliterations(form).values())
            for spelling in spellings:
                if key := name_key(spelling):
                    self._full[key].add(actor.id)
                if actor.kind == "person" and (key := name_key(surname(spelling))):
                    self._surnames[key].add(actor.id)

    def candidates(self, name: str) -> dict[str, float]:
        """Actor ids that *name* may refer to, with a score from 0 to 100.

        A whole name found exactly scores 100; a surname found exactly 90 (another actor may
        share it); fuzzy finds score their similarity, surnames again discounted.
        """
        scores: dict[str, float] = {}
        lookups = (
            (self._full, name_key(name), 1.0),
            (self._surnames, name_key(surname(name)), 0.9),
        )
        for table, key, weight in lookups:
            if not key:
                continue
            found = dict.fromkeys(table.get(key, ()), 100.0 * weight)
            if not found and len(key) >= 5:
                for other, score, _ in process.extract(
                    key, table.keys(), scorer=fuzz.ratio, score_cutoff=self.threshold, limit=5
                ):
                    for actor_id in table[other]:
                        found[actor_id] = max(found.get(actor_id, 0.0), score * weight)
            for actor_id, score in found.items():
                scores[actor_id] = max(scores.get(actor_id, 0.0), score)
        return scores

    def match(self, name: str) -> str | None:
        """The id of the one actor *name* best fits, or ``None`` when none or several fit."""
        scores = self.candidates(name)
        if not scores:
            return None
        best = max(scores.values())
        winners = [actor_id for actor_id, score in scores.items() if score == best]
        return winners[0] if len(winners) == 1 else None

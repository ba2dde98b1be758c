"""A sentence split into the words the attribution rules read, and the places in them those rules
look for: a separable verb's particle, the subject before an apposition."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

__all__ = [
    "DEFINITE",
    "Tokens",
    "apposed_subject",
    "english_adverb",
    "followed_at",
    "particle_at",
    "reported_subject",
    "role_at",
    "tokens",
]

_TOKEN = re.compile(r"[^\W\d_](?:[\w\-]|[’'](?=\w))*|[:,;()&]|\d+")
"""Words (an apostrophe only inside one: ``Stalin’s``, not a closing quote), punctuation
that bounds a name, the ampersand that joins two (``Wenke & Frensch``), numbers."""
_ET_AL = re.compile(r"\s*(?:et\s+al\.?|u\.\s?a\.|e\.\s?a\.)(?=\s*[(\d,:;)]|\s+[^\W\d_])")
"""*and others* after a first author's name (``Carl et al. (2011)``, ``Zifonun u. a.
(1997)``, ``Smith et al. found``): read as part of the name, so that the verb after it has
the name as its subject."""


@dataclass(slots=True)
class Tokens:
    """A sentence's words, casefolded, and their spans in it."""

    text: list[str]
    low: list[str]
    spans: list[tuple[int, int]]


_SUSPENDED = frozenset({"und", "oder", "bzw", "sowie", "and", "or", "nor", "en", "of", "et", "ou"})
"""Words after which a hyphen ends a word on purpose (``Satz- und Wortebene``)."""


def tokens(sentence: str) -> Tokens:
    """The words of *sentence*, a word hyphenated at a line break (``lei- tet``) made whole."""
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    skip_to = 0
    for m in _TOKEN.finditer(sentence):
        if m.start() < skip_to:
            continue  # "et al." after a name
        if m[0][:1].isupper() and len(m[0]) > 1 and (et_al := _ET_AL.match(sentence, m.end())):
            skip_to = et_al.end()
        if (
            words
            and words[-1].endswith("-")
            and len(words[-1]) > 2
            and m[0][:1].islower()
            and m[0].casefold() not in _SUSPENDED
            and sentence[spans[-1][1] : m.start()].isspace()
        ):
            words[-1] = words[-1][:-1] + m[0]
            spans[-1] = (spans[-1][0], m.end())
            continue
        words.append(m[0])
        spans.append(m.span())
    return Tokens(words, [w.casefold() for w in words], spans)


_CLAUSE_END = frozenset({",", ";", ":"})


def particle_at(low: Sequence[str], verb: int, particle: str) -> int:
    """Where the separable *particle* of the verb at *verb* stands: within a few words, or
    closing the verb's clause however long its middle field (``leitet … Klassen ab``); -1."""
    if particle in low[verb + 1 : verb + 14]:
        return low.index(particle, verb + 1)
    end = next((k for k in range(verb + 1, len(low)) if low[k] in _CLAUSE_END), len(low))
    return end - 1 if end - 1 > verb and low[end - 1] == particle else -1


_APPOSITION = 20
"""The most words an apposition between a sentence's subject and its verb may have."""
_ORIGIN = frozenset({"of", "from", "van", "uit", "von", "aus", "de"})
DEFINITE = frozenset({"the", "de", "het", "der", "die", "le", "la"})
"""Definite articles."""
_DETERMINERS = DEFINITE | {"a", "an", "een", "ein", "eine"}


def apposed_subject(t: Tokens, comma: int, prepositions: Collection[str]) -> list[int]:
    """Where a name opening the sentence may end when an apposition between commas ends at
    *comma* right before the verb (``The orator X (…), active in …, held``): right before the
    first comma, or before dates in brackets or an origin (*of Tarsus*); none after an opening
    preposition (``Like X, …``) or more than a title and a name."""
    text, low = t.text, t.low
    first = low.index(",")
    if first == comma or comma - first > _APPOSITION or not text[first + 1][:1].islower():
        return []
    if low[0] in prepositions:
        return []
    ends = []
    for k in range(min(first, 5)):
        rest = low[k + 1 : first]
        if rest and rest[0] + rest[-1] != "()" and (rest[0] not in _ORIGIN or len(rest) > 3):
            continue
        if k < 2 or low[0] in _DETERMINERS:
            ends.append(k)
    return ends


_BETWEEN = 3
"""The most words from a definite article to the role noun it makes definite."""


def role_at(t: Tokens, j: int, roles: Collection[str]) -> bool:
    """Whether token *j* is a scholar's role (one of *roles*, or a compound ending in one)
    after a definite article and before no name (``according to the biographer``, ``the
    Venetian printer-scholar claimed``; not ``the rhetorician Hermogenes``)."""
    low, text = t.low, t.text
    if low[j].rsplit("-", 1)[-1] not in roles:
        return False
    if j + 1 < len(text) and text[j + 1][:1].isupper():
        return False  # a title before the name
    between = low[max(0, j - _BETWEEN) : j]
    return any(
        w in DEFINITE and all(v.isalpha() for v in between[k + 1 :]) for k, w in enumerate(between)
    )


_FOLLOW = frozenset({"follow", "followed"})


def followed_at(t: Tokens, i: int) -> int:
    """Where the name ends of the scholar whom a subject follows in saying what the verb at
    *i* says (``others followed Pseudo-Plutarch in proposing that``); -1."""
    low, text = t.low, t.text
    if i < 3 or low[i - 1] != "in":
        return -1
    first = i - 2
    while first > 0 and text[first - 1][:1].isupper():
        first -= 1
    return i - 2 if first > 0 and low[first - 1] in _FOLLOW else -1


def reported_subject(t: Tokens, start: int, complementisers: Collection[str]) -> bool:
    """Whether the mention at offset *start* opens a clause that another verb reports, right
    after one of *complementisers* (``argued that Homer wrote in …``): its subject, no
    claimant (*as*/*wie* are left out of *complementisers*: ``wie Thurmair zeigt``)."""
    first = next((k for k, span in enumerate(t.spans) if span[1] > start), 0)
    return first > 0 and t.low[first - 1] in complementisers


_LY_NOT_ADVERBS = frozenset(
    {"early", "likely", "unlikely", "scholarly", "elderly", "family", "assembly", "anomaly",
     "monopoly", "homily", "italy", "july", "ally", "belly", "bully", "folly", "jelly", "lily",
     "rally", "tally", "holy", "ugly", "fly", "apply", "reply", "supply", "imply", "comply",
     "multiply", "rely", "daily", "weekly", "yearly", "monthly", "friendly", "lonely", "lovely",
     "costly", "silly", "only"}
)  # fmt: skip
"""English words in *-ly* that are nouns, verbs or adjectives, no adverbs of manner."""


def english_adverb(word: str) -> bool:
    """Whether *word*, as printed, is an English adverb in *-ly* (``fiercely refuted``,
    ``oddly claimed``), which may stand between a subject and its verb."""
    return (
        word.endswith("ly")
        and len(word) > 4
        and word.isalpha()
        and word.islower()
        and word not in _LY_NOT_ADVERBS
    )

"""The thesis author's own stance towards a claim the sentence reports, from the wording:
rejection, distance or agreement words, and a concessive opening."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from purgehist.formats.text.claim_phrases import (
    AS_OPENING_VERBS,
    AUTHOR_AGREES,
    AUTHOR_DISAGREES,
    AUTHOR_QUALIFIES,
    CONCESSIVE_OPENINGS,
    VERDICTS,
)


def author_stance(sentence: str, langs: Sequence[str]) -> str | None:
    """The author's stance the wording shows: rejection, distance or agreement words."""
    lowered = f" {sentence.casefold()} "
    clause = _REPORTED.search(lowered)
    outside = lowered[: clause.start()] if clause else lowered
    for stance in _STANCES:
        for lang in langs:
            pattern, verdicts = _compiled(stance, lang, False), _compiled(stance, lang, True)
            found = pattern.search(lowered) if pattern is not None else None
            found = found or (verdicts.search(outside) if verdicts is not None else None)
            if found is None:
                continue
            if stance == "asserts" and _conceded(lowered, found.start()):
                return "qualifies"  # "although X is right to stress …, she follows …"
            return stance
    return "asserts" if any(_as_opening(sentence, lang) for lang in langs) else None


_CONCESSION = re.compile(r"^\W*(?:[^\W\d_]+\s*,\s*)?(?:although|though|even\s+though)\s")
"""An English concessive clause opening the sentence (after a connective: ``Furthermore,
although``)."""


def _conceded(lowered: str, at: int) -> bool:
    """Whether the agreement at *at* lies in a concessive clause opening the sentence, whose
    main clause then takes the point back: a qualification, not agreement."""
    opening = _CONCESSION.match(lowered)
    return opening is not None and "," in lowered[at:] and "," not in lowered[opening.end() : at]


_TABLES = {"disputes": AUTHOR_DISAGREES, "qualifies": AUTHOR_QUALIFIES, "asserts": AUTHOR_AGREES}
_STANCES = ("disputes", "qualifies", "asserts")
"""Checked in this order: *niet overtuigend* rejects before *overtuigend* agrees."""


_REPORTED = re.compile(
    r"(?<!fact )(?<!feit )(?<!fait )(?<!tatsache, )(?:\b(?:that|dat|dass|que)\b|\bqu['’])"
)
"""The start of a reported *that*-clause, *dat*, *dass* or *que* (not the author's own ``the
fact that``, ``het feit dat``, ``die Tatsache, dass``, ``le fait que``)."""


@functools.cache
def _compiled(stance: str, lang: str, verdicts: bool) -> re.Pattern[str] | None:
    """The phrases of one stance and language as one expression, compiled once: the
    :data:`VERDICTS` among them, or the others."""
    phrases = sorted(p for p in _TABLES[stance].get(lang, ()) if (p in VERDICTS) == verdicts)
    if not phrases:
        return None
    return re.compile(rf"\W(?:{'|'.join(_pattern(w) for w in phrases)})\W")


def _pattern(phrase: str) -> str:
    """A phrase as a regular expression, ``…`` standing for up to three words (``blijven …
    leunen op``: ``blijven ze leunen op``)."""
    parts = [re.escape(p.strip().casefold()) for p in phrase.split("…")]  # ß: ss
    return r"\W+(?:[^\W\d_]+\W+){0,3}?".join(parts)


def concessive(sentence: str, langs: Sequence[str]) -> bool:
    """Whether *sentence* opens with a concessive (``Toch …``, ``Nevertheless``), which sets
    the claim against the author's view before it."""
    first = re.match(r"\W*([^\W\d_]+)", sentence.casefold())
    return first is not None and any(
        first[1] in CONCESSIVE_OPENINGS.get(lang, ()) for lang in langs
    )


_LEAD = re.compile(r"\W*(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+\s*,\s*")
"""A short opening phrase before the clause of manner (``In conclusion, as X shows``)."""
_NOT_REPORTERS = frozenset(
    {"i", "we", "ich", "wir", "ik", "wij", "the", "this", "these", "that", "der", "die", "das",
     "diese", "dieser", "dieses", "de", "het", "dit", "deze", "it", "es", "sich"}
)  # fmt: skip
"""Openings of a clause whose subject reports nothing of another's: the author (``As we will
argue``) or a thing (``As the table shows``, ``Wie die Notation zeigt``)."""


def _as_opening(sentence: str, lang: str) -> bool:
    """Whether *sentence* opens with a clause of manner whose reporting verb closes it (``As
    Smith argues, …``), after at most a short phrase and its comma."""
    if lang not in AS_OPENING_VERBS:
        return False
    word, verbs = AS_OPENING_VERBS[lang]
    low = sentence.casefold().lstrip(" \t\"“‘'(")
    lead = _LEAD.match(low)
    for rest in (low, low[lead.end() :] if lead else ""):
        if not rest.startswith(f"{word} "):
            continue
        clause = rest[len(word) + 1 :].split(",", 1)
        if len(clause) < 2 or len(clause[0]) > 120:
            continue
        words = re.findall(r"[^\W\d_]+", clause[0])
        if len(words) >= 2 and words[0] not in _NOT_REPORTERS and words[-1] in verbs:
            return True
    return False

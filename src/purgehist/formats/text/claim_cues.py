"""The cue sets that make a sentence an attribution, one per language, built from
:mod:`.claim_verb_cues`, :mod:`.claim_particles` and :mod:`.claim_lexicon` and extendable by
users (:func:`register_cues`, the ``claim_cues`` option)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from purgehist.formats.text.claim_lexicon import CONTRAST
from purgehist.formats.text.claim_particles import PARTICLE_CUES
from purgehist.formats.text.claim_verb_cues import AGENTS, PARTICIPLE_CUES, THAT_CUES, VERB_CUES
from purgehist.formats.text.claim_verbs import GERMAN_PARTICLES

__all__ = [
    "CLAIM_CUES",
    "STANCE_POSITIONS",
    "CueSet",
    "cue_verbs",
    "parse_cue_option",
    "register_cues",
]

STANCE_POSITIONS = ("disputes", "qualifies", "reports")
"""The positions of a cue option that name a verb's stance (verbs that attribute by themselves)."""


@dataclass(slots=True)
class CueSet:
    """Cue words of one language.

    *before*: phrases right before the name (``volgens``, ``according to``).
    *after*: verbs next to the name that attribute by themselves (``argues``, ``ontkent``).
    *after_that*: verbs that attribute only when a ``that``-clause, a colon or an *as*
    complement follows (``ziet … dat``, ``finds that``).
    *complementisers*: the words that open such a clause.
    *stances*: the stance a cue gives its claimant when it is not ``asserts``.
    *contrast*: phrases before a name that set the claimant against the sentence
    (``in tegenstelling tot``): the claimant disputes it, the author asserts it.
    *particles*: separable verbs, the verb and a particle later in the sentence.
    *agent*: the word before the agent of a passive (``door``, ``by``), and *participles* the
    participles that make such a passive an attribution, with their stance.
    """

    before: set[str] = field(default_factory=set)
    after: set[str] = field(default_factory=set)
    after_that: set[str] = field(default_factory=set)
    complementisers: set[str] = field(default_factory=set)
    stances: dict[str, str] = field(default_factory=dict)
    contrast: set[str] = field(default_factory=set)
    particles: dict[tuple[str, str], str] = field(default_factory=dict)
    agent: str = ""
    participles: dict[str, str] = field(default_factory=dict)


def cue_verbs(cue_sets: Iterable[CueSet]) -> set[str]:
    """Every reporting verb of *cue_sets*: those that attribute by themselves or before a
    *that*-clause, and the verbs of separable ones."""
    return {w for c in cue_sets for w in c.after | c.after_that | {v for v, _ in c.particles}}


def _cue_set(
    lang: str, before: set[str], complementisers: set[str], that_words: Iterable[str] = ()
) -> CueSet:
    verbs, that = VERB_CUES[lang], THAT_CUES[lang]
    stances = {w: s for w, s in (verbs | that).items() if s != "asserts"}
    return CueSet(
        before={w.casefold() for w in before},  # tokens are casefolded: "gemäß" is "gemäss"
        after=set(verbs),
        after_that=set(that) | set(that_words),
        complementisers=complementisers,
        stances=stances,
        contrast=set(CONTRAST[lang]),
        particles=dict(PARTICLE_CUES[lang]) | (GERMAN_PARTICLES if lang == "de" else {}),
        agent=AGENTS[lang],
        participles=dict(PARTICIPLE_CUES[lang]),
    )


CLAIM_CUES: dict[str, CueSet] = {
    "nl": _cue_set(
        "nl",
        {
            "volgens",
            "aldus",
            "naar mening van",
            "in de ogen van",
            "naar de mening van",
            "naar het oordeel van",
            "in de visie van",
            "het eens met",
            "het oneens met",
        },
        {"dat", ":", "als", "hoe"},
    ),
    "en": _cue_set(
        "en",
        {
            "according to",
            "in the view of",
            "in the words of",
            "as argued by",
            "in the opinion of",
            "in the eyes of",
            "agree with",
            "disagree with",
        },
        {"that", ":", "as", "how"},
    ),
    "de": _cue_set(
        "de",
        {
            "nach ansicht von",
            "laut",
            "nach meinung von",
            "gemäß",
            "nach auffassung von",
            "in den augen von",
            "aus sicht von",
            "nach darstellung von",
            "nach einschätzung von",
            *(
                f"{head} {article}"
                for head in ("nach ansicht", "nach auffassung", "nach meinung", "nach einschätzung")
                for article in ("der", "des")
            ),
        },
        {"dass", "daß", ":", "fest", "als", "wie", "darin"},
    ),
    "fr": _cue_set(
        "fr",
        {
            "selon",
            "d'après",
            "d’après",
            "aux yeux de",
            "pour",
            "de l'avis de",
            "de l’avis de",
            "d'accord avec",
            "d’accord avec",
        },
        {"que", "qu'", "qu’", ":", "comme"},
    ),
}
"""Cue words by language; extend with :func:`register_cues` or the ``claim_cues`` option."""


def register_cues(
    lang: str,
    *,
    before: Iterable[str] = (),
    after: Iterable[str] = (),
    after_that: Iterable[str] = (),
    complementisers: Iterable[str] = (),
    disputes: Iterable[str] = (),
    qualifies: Iterable[str] = (),
    reports: Iterable[str] = (),
    contrast: Iterable[str] = (),
) -> None:
    """Add cue words for *lang* (``nl``, ``en``, ``de``, ``fr`` or another language).

    :param disputes: verbs by which the claimant rejects what follows (``ontkent``); likewise
        *qualifies* (``concedes``) and *reports* (``recounts``)
    :param contrast: phrases before a name that set the claimant against the sentence
    """
    cues = CLAIM_CUES.setdefault(lang, CueSet())
    _extend(cues, "before", before)
    _extend(cues, "after", after)
    _extend(cues, "after_that", after_that)
    _extend(cues, "complementisers", complementisers)
    _extend(cues, "contrast", contrast)
    for stance, words in (("disputes", disputes), ("qualifies", qualifies), ("reports", reports)):
        _extend(cues, stance, words)


def _extend(cues: CueSet, position: str, words: Iterable[str]) -> None:
    for word in (w.strip().casefold() for w in words):
        if position in STANCE_POSITIONS:
            cues.after.add(word)
            cues.stances[word] = position
        else:
            getattr(cues, position).add(word)


def parse_cue_option(value: str) -> dict[str, CueSet]:
    """Read ``claim_cues`` (``nl:before:naar het oordeel van, en:after:reckons,
    en:disputes:gainsays``) into cue sets to use on top of :data:`CLAIM_CUES`.

    :raises ValueError: an item is not ``lang:position:phrase``.
    """
    extra: dict[str, CueSet] = {}
    positions = {"before", "after", "after_that", "contrast", *STANCE_POSITIONS}
    for item in filter(None, (part.strip() for part in value.split(","))):
        lang, _, rest = item.partition(":")
        position, _, phrase = rest.partition(":")
        if position not in positions or not phrase.strip():
            msg = (
                f"claim cue {item!r} is not 'lang:before|after|after_that|contrast|disputes|"
                "qualifies|reports:phrase'"
            )
            raise ValueError(msg)
        _extend(extra.setdefault(lang.strip(), CueSet()), position, [phrase])
    return extra

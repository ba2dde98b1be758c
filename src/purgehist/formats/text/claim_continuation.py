"""Sentences that go on reporting the claim of the sentence before without a cue of their
own: a fragment opening with *and that*, the reportive mood (Dutch *zou … hebben*, the German
Konjunktiv I), or a citation of the claimant just named as the sentence's source."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from purgehist.formats.text.claim_french import ASKED, hypothetical
from purgehist.formats.text.claim_lexicon import (
    AUXILIARIES,
    CONTINUATIONS,
    PRONOUNS,
    REPORTIVE,
    SUBORDINATORS,
)
from purgehist.formats.text.claim_readings import Found
from purgehist.names import name_key

__all__ = ["INLINE", "Citation", "bracket_citations", "continues"]

INLINE = re.compile(
    r"([A-ZÀ-Ý][^\W\d_]+)(?:\s+(?:&|and|und)\s+[A-ZÀ-Ý][^\W\d_]+)?(?:\s+et\s+al\.)?"
    r",?\s+\d{4}[a-z]?\s*(?=[:;,)])"
)
"""An author–year citation inside brackets (``Schmidt 1604: 2``), its first author's name."""


class Citation(NamedTuple):
    """An author–year citation in brackets: the bracket's text (closed by its ``)``), where
    the citation starts in it, and its first author."""

    bracket: str
    start: int
    name: str


def bracket_citations(sentence: str) -> list[Citation]:
    """The author–year citations in brackets in *sentence*, the last one of a bracket too
    (``(Reynolds 1752)``)."""
    out = []
    for inner in re.findall(r"\(([^()]*)\)", sentence):
        bracket = f"{inner.strip()})"
        out += [Citation(bracket, m.start(), m[1]) for m in INLINE.finditer(bracket)]
    return out


def continues(
    sentence: str,
    language: str | None,
    before: Sequence[tuple[Found, tuple[str, str]]] = (),
) -> bool:
    """Whether *sentence*, which has no cue, goes on reporting the claim of the sentence
    before: a fragment opening with *and that*, a main clause in the reportive mood (``zou …
    hebben``, German Konjunktiv I) whose subject is not a pronoun, or a sentence that cites,
    as its source in brackets, the claimant of the sentence before (*before*) without a *see*
    (``… to all peoples (Pasor 1650: 143).``)."""
    if before and all(f.cue == ASKED for f, _ in before):
        return True  # "Comment Dubois définit-il la liaison ? Si …, elle est …"
    langs = [language] if language in REPORTIVE else list(REPORTIVE)
    printed = re.findall(r"[^\W\d_]+|,", sentence)
    words = [w.casefold() for w in printed]
    if not words or any(PRONOUNS[code].intersection(words[:3]) for code in langs):
        return False  # "Hij zou …", "Ook zou hij …" tell of him, not what the claimant said
    if _cites_claimant(sentence, before):
        return True
    if language == "fr" and hypothetical(sentence):
        return False  # "Si …, la forme serait …": a hypothesis, no one's report
    for code in langs:
        for opening in CONTINUATIONS[code]:
            size = len(opening.split())
            after = words[size : size + 1]
            if words[:size] == opening.split() and not ({","} | AUXILIARIES[code]) & set(after):
                return True
        clause: list[str] = []
        for k, word in enumerate(words):
            reportive = word in REPORTIVE[code] or (
                code == "de"
                and not _FIRST_PERSON.intersection(words)
                and len(clause) <= _FRONTED
                and _subjunctive_before_pronoun(printed[k], words[k + 1 : k + 2])
            )
            if reportive and not SUBORDINATORS[code].intersection(clause):
                return True
            clause = [] if word == "," else [*clause, word]
    return False


_FRONTED = 4
"""The most words before the finite verb of a verb-second clause (``In diesem Kontext
verstärke sie``): a word in *-e* further on is in the middle field, no finite verb."""
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "es"})
_FIRST_PERSON = frozenset({"ich", "wir"})
"""The author's own voice (``ich meine``): no reported speech."""
_DETERMINER_STEMS = (
    "dies jen jed welch solch manch all kein ein mein dein sein ihr unser eur beid einig mehrer"
)
_NOT_VERBS = frozenset({f"{stem}e" for stem in _DETERMINER_STEMS.split()} | {"ohne"})
"""The closed classes of German words in *-e* that stand before a pronoun: the determiners
(``diese``, ``keine``) and the one preposition (``ohne sie``); an adverb in *-e* (``gerne``)
stands in the middle field, which :data:`_FRONTED` leaves out."""


def _subjunctive_before_pronoun(word: str, following: Sequence[str]) -> bool:
    """Whether *word*, before a subject pronoun, is a German verb in the Konjunktiv I, whose
    third person ends in *-e* (``verstärke sie``, ``gebe es``): not a past tense in *-te*
    (``sagte er``), nor a determiner or preposition in *-e*. The caller checks its
    position in the clause (:data:`_FRONTED`)."""
    return (
        bool(following)
        and following[0] in _SUBJECT_PRONOUNS
        and len(word) >= 4
        and word.islower()
        and word.endswith("e")
        and not word.endswith("te")
        and word not in _NOT_VERBS
    )


def _cites_claimant(sentence: str, before: Sequence[tuple[Found, tuple[str, str]]]) -> bool:
    """Whether *sentence* gives as its source, in brackets, a claimant of *before*."""
    claimants = {name_key(name.split()[-1]) for _, (_, name) in before if name.split()}
    return any(c.start == 0 and name_key(c.name) in claimants for c in bracket_citations(sentence))

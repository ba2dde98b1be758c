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

__all__ = ["INLINE", "Citation", "bracket_citations", "continues", "reported_speech"]

INLINE = re.compile(
    r"([A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?)"
    r"(?:\s+(?:&|and|und)\s+[A-ZÀ-Ý][^\W\d_]+)?(?:\s+et\s+al\.)?"
    r",?\s+\d{4}[a-z]?\s*(?=[:;,)])"
)
"""An author–year citation inside brackets (``Schmidt 1604: 2``, ``Rost-Roth 1998``), its first
author's name."""
_BROKEN = re.compile(r"(?<=[^\W\d_])-\s+(?=[^\W\d_])")
"""A hyphen at a line break: a word broken (``Thur- mair``) or a double name (``Schlieben-
Lange``), told apart by the case of the letter after it."""


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
        bracket = _BROKEN.sub(_mend, f"{inner.strip()})")
        out += [Citation(bracket, m.start(), m[1]) for m in INLINE.finditer(bracket)]
    return out


def _mend(match: re.Match[str]) -> str:
    after = match.string[match.end() : match.end() + 1]
    return "-" if after.isupper() else ""


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
        if _FIRST_PERSON.intersection(words):
            continue  # "habe ich … durchgeführt", "Ich werde": the author's own voice
        clause: list[str] = []
        for k, word in enumerate(words):
            reportive = word in REPORTIVE[code] or (
                code == "de"
                and not _FIRST_PERSON.intersection(words)
                and len(clause) <= _FRONTED
                and (
                    _subjunctive_before_pronoun(printed[k], words[k + 1 : k + 2])
                    or (bool(before) and _ersatz(word, words))
                )
            )
            if reportive and not SUBORDINATORS[code].intersection(clause):
                return True
            clause = [] if word == "," else [*clause, word]
    return False


_FRONTED = 4
"""The most words before the finite verb of a verb-second clause (``In diesem Kontext
verstärke sie``): a word in *-e* further on is in the middle field, no finite verb."""
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "es"})
_FIRST_PERSON = frozenset({"ich", "wir", "mir", "mich", "uns", "ik", "wij", "mij"})
"""The author's own voice (``ich meine``): no reported speech."""
_DETERMINER_STEMS = (
    "dies jen jed welch solch manch all kein ein mein dein sein ihr unser eur beid einig mehrer"
)
_NOT_VERBS = frozenset({f"{stem}e" for stem in _DETERMINER_STEMS.split()} | {"ohne"})
"""The closed classes of German words in *-e* that stand before a pronoun: the determiners
(``diese``, ``keine``) and the one preposition (``ohne sie``); an adverb in *-e* (``gerne``)
stands in the middle field, which :data:`_FRONTED` leaves out."""


_ERSATZ = frozenset({"hätten", "würden", "könnten", "müssten", "dürften"})
"""Plural Konjunktiv II forms that stand in for a Konjunktiv I identical with the indicative
(``sie haben``, ``sie werden``): the reportive mood of a plural subject (``Prinzipiell hätten
die Westberliner häufiger halt verwendet``)."""
_CONDITIONS = frozenset({"wenn", "falls", "ob", "sonst", "andernfalls"})


def _ersatz(word: str, words: Sequence[str]) -> bool:
    """Whether *word* is a plural Konjunktiv II standing in for the reportive mood: not in a
    sentence with a condition (``Wenn …, würden …``), where it is the author's conditional."""
    return word in _ERSATZ and not _CONDITIONS.intersection(words)


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
        and word not in _NOT_VERBS | _KONJUNKTIV_II
    )


def _cites_claimant(sentence: str, before: Sequence[tuple[Found, tuple[str, str]]]) -> bool:
    """Whether *sentence* gives as its source, in brackets, a claimant of *before*."""
    claimants = {name_key(name.split()[-1]) for _, (_, name) in before if name.split()}
    return any(c.start == 0 and name_key(c.name) in claimants for c in bracket_citations(sentence))


_REPORTED_REACH = 8
"""How far after a reporting verb the comma opening its reported clause may stand: past the
name and year of an inverted subject (``Über erstere schreibt Winkler (1992: 43), ihr Inhalt
sei bekannt``)."""
_CLAUSE_WORDS = 10
_ARTICLE_BEFORE = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem"}
)
_ADVERBS_IN_E = frozenset({"heute", "gerade", "gerne", "lange", "bitte", "eher", "ebenfalls"})
_KONJUNKTIV_II = frozenset({"wäre", "würde", "müsste", "hätte", "könnte", "sollte", "dürfte"})
"""The author's own conditional (``Die Frage wäre also``), no reported speech."""


def reported_speech(text: Sequence[str], low: Sequence[str], i: int) -> bool:
    """Whether the German reporting verb at token *i* has a reported clause in the Konjunktiv
    I after a comma instead of a *dass*-clause (``Pasch (1999: 145) schreibt, er sei eine
    Tatsache``, ``Der Sprecher teile … mit``): indirect speech, the grammar's own mark of a
    reported view. *text* are the sentence's tokens as printed, *low* casefolded: a verb is
    in lower case, and a plural noun in *-e* (``Beispiele``) is none."""
    comma = next((k for k in range(i + 1, min(len(low), i + _REPORTED_REACH)) if low[k] == ","), -1)
    if comma < 0:
        return False
    end = next((k for k in range(comma + 1, len(low)) if low[k] in ",;:()"), len(low))
    clause = range(comma + 1, min(end, comma + 1 + _CLAUSE_WORDS))
    if not clause or low[clause[0]] in SUBORDINATORS["de"] - _ARTICLE_BEFORE:
        return False  # "…, wenn …", "…, dass …" (read as a that-clause elsewhere)
    for k in clause:
        if low[k] in REPORTIVE["de"]:
            return True
        if (
            k > clause[0]
            and text[k].islower()
            and _konjunktiv(low[k])
            and low[k - 1] not in _ARTICLE_BEFORE | _NOT_VERBS
        ):
            return True
    return False


def _konjunktiv(word: str) -> bool:
    """Whether *word* may be a third person Konjunktiv I (``teile``, ``gebe``): in *-e*, not a
    past in *-te*, no determiner, preposition, adverb or Konjunktiv II in *-e*."""
    return (
        len(word) >= 4
        and word.isalpha()
        and word.endswith("e")
        and not word.endswith("te")
        and word not in _NOT_VERBS | _ADVERBS_IN_E | _KONJUNKTIV_II
    )

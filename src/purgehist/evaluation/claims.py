"""Score claim extraction against a gold list of attributed claims: who claims what, with which
stance, sentence by sentence.

The gold (:mod:`purgehist.evaluation.claim_gold`, which reads it) lists every sentence of one
or more blocks of a document with its attributions. An extracted claim is
matched to the gold sentences it overlaps (near its line, by fuzzy text), and each of its
attributions to a gold attribution of those sentences whose claimant names the same person
(:func:`~purgehist.names.same_person`, or the surname) or the same group (the stems of the
label's words: ``totalitaire school`` ~ ``totalitarian school``; a group of people also by its
head noun: ``scholars today`` ~ ``modern scholars``).

The figures: *precision*, extracted attributions whose sentence, claimant and stance are all
right; *recall*, gold attributions found with the right claimant (*strict recall*: and stance);
*stance accuracy*, matched attributions where either side says ``disputes`` or ``qualifies``
that agree on the stance. The document author's own stance (attributions to the document's
author) is judged apart, against the gold's ``author_stance``.

An extracted claim that matches no gold sentence counts as wrong, also one from a heading or a
quotation of a block, unless it starts on a line the gold marks as no part of its sentences (a
line a sentence ``skip``s, such as a footnote inside it): that one is not judged, only counted
(:attr:`ClaimScore.unannotated`).

One equivalence is allowed: the gold words a claim as the claimant's view and marks the author
``disagrees`` ("contrary to X, …"), the parser keeps the sentence, which the author asserts and
X disputes. Both say the same; :attr:`ClaimScore.reworded` counts how often it was used.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from attrs import Factory, define, frozen
from rapidfuzz import fuzz

import purgehist
from purgehist.evaluation.claim_gold import (
    AUTHOR_STANCES,
    ClaimGold,
    GoldAttribution,
    GoldSentence,
    claim_golds,
    gold_dir,
    read_claim_gold,
)
from purgehist.evaluation.compare import fold, surname
from purgehist.evaluation.scoring import Miss, Tally
from purgehist.model import Actor, ActorKind, Attribution, Claim
from purgehist.model.dataset import Dataset
from purgehist.names import same_person

__all__ = [
    "ClaimGold",
    "ClaimScore",
    "GoldAttribution",
    "GoldSentence",
    "claim_golds",
    "claimant_matches",
    "claims_table",
    "gold_dir",
    "measure_claims",
    "read_claim_gold",
    "score_claims",
]

_CONTESTED = frozenset({"disputes", "qualifies"})


@define
class ClaimScore:
    """The figures for one document (or several, added up) and every miss."""

    name: str
    precision: Tally = Factory(Tally)
    """Extracted attributions (the author's aside) with sentence, claimant and stance right."""
    recall: Tally = Factory(Tally)
    """Gold attributions found: sentence and claimant."""
    strict_recall: Tally = Factory(Tally)
    """Gold attributions found with the right stance too."""
    stance: Tally = Factory(Tally)
    """Matched attributions where either side disputes or qualifies, stance agreed."""
    contested: Tally = Factory(Tally)
    """Gold disputes and qualifies found with that stance."""
    author: Tally = Factory(Tally)
    """Extracted stances of the document's author that the gold shows too."""
    author_recall: Tally = Factory(Tally)
    """Gold author stances found."""
    unaligned: int = 0
    """Extracted claims on the lines of gold sentences that match none of them (the sentence
    misread): their attributions count as wrong."""
    unannotated: int = 0
    """Extracted claims that match no gold sentence and start on a line a gold sentence skips
    (a footnote inside it): the gold says nothing of them, so they are not judged; listed among
    the misses."""
    reworded: int = 0
    """Times the "contrary to X" equivalence was used."""
    misses: list[Miss] = Factory(list)

    _TALLIES = (
        "precision",
        "recall",
        "strict_recall",
        "stance",
        "contested",
        "author",
        "author_recall",
    )

    def add(self, other: ClaimScore) -> None:
        """Add *other*'s figures and misses to these."""
        for name in self._TALLIES:
            mine, theirs = getattr(self, name), getattr(other, name)
            mine.right += theirs.right
            mine.total += theirs.total
        self.unaligned += other.unaligned
        self.unannotated += other.unannotated
        self.reworded += other.reworded
        self.misses.extend(other.misses)


_STOP_WORDS = (
    "other others many most some several various the and of van de het der die das des een ein "
    "eine veel vele andere diverse verschillende viele einige anderen andere autres plusieurs "
    "les des"
)
_GROUP_STOP = frozenset(_STOP_WORDS.split())
_GENERIC_STEMS = frozenset(
    {"schoo", "parad", "model", "appro", "ansat", "theor", "autho", "auteu", "autor", "write"}
    | {"schri", "schol", "peopl", "membe", "group", "view", "visie"}
)


_SCHOOL_HEADS = frozenset({"schoo", "parad", "model", "appro", "ansat", "theor", "view", "visie"})
"""Heads of a school of thought, named by its modifier (*totalitarian* school), never alone."""
_POSTMODIFIER = re.compile(
    r"\s+(?:of|from|in|on|since|van|uit|sinds|von|aus|seit|der|des|de|du)\s.*$"
    r"|\s+(?:today|nowadays|now|then|tegenwoordig|nu|heute|heutzutage|damals)$"
)
_LEAD = re.compile(
    r"^(?:(?:among|amongst|onder|bij|unter|bei|parmi)\s+)?"
    r"(?:(?:some|many|most|several|few|one|two|sommigen|velen|einige|viele)\s+"
    r"(?:of|van|von)\s+(?:his|her|their|the|zijn|haar|hun|de|seinen|ihren|den)?\s*)?"
)
HEAD_NOUN_GROUPS = True
"""Whether groups of people match on their head noun (switch kept to report both figures)."""


def group_head(label: str) -> str | None:
    """The head noun's stem of a group's *label*: its last word before a postmodifier
    (*of Pasor*, *today*); None for a school of thought or a label of function words only."""
    words = _POSTMODIFIER.sub("", _LEAD.sub("", fold(label).strip())).replace("-", " ").split()
    if not words or words[-1] in _GROUP_STOP:
        return None
    head = words[-1][:5]
    return None if head in _SCHOOL_HEADS else head


def _stems(label: str) -> set[str]:
    return {w[:5] for w in fold(label).replace("-", " ").split() if w not in _GROUP_STOP}


def _split_claimant(claimant: str) -> list[str]:
    claimant = re.sub(r"\s+(?:u\.\s?a\.|e\.a\.|et al\.?)$", "", claimant.strip())
    return [p for p in re.split(r"\s*(?:&|\band\b|\ben\b|\bund\b|\bet\b|/)\s*", claimant) if p]


def claimant_matches(actor: Actor, claimant: str) -> bool:
    """Whether *actor* is the gold's *claimant*: a person by name (across spellings and
    transliterations, or by surname), a group by the stems of its label's words."""
    names = actor.all_names()
    if actor.kind is ActorKind.PERSON:
        for part in _split_claimant(claimant):
            wanted = surname(part)
            for name in names:
                if surname(name) == wanted or same_person(name, part).same:
                    return True
        return False
    wanted_stems = _stems(claimant)
    for name in names:
        stems = _stems(name)
        shared = stems & wanted_stems
        if shared - _GENERIC_STEMS or (stems and stems == wanted_stems):
            return True
        head = group_head(name)
        if HEAD_NOUN_GROUPS and head is not None and head == group_head(claimant):
            return True
    return False


def _window(text: str) -> str:
    return fold(text)


def _overlap(a: str, b: str) -> float:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return float(fuzz.partial_ratio(short, long)) if short else 0.0


_ALIGN = 85.0
"""The lowest fuzzy overlap (0–100) at which an extracted sentence is a gold sentence."""
_REACH = 40
"""How many lines apart an extracted sentence and a gold sentence may start."""


def score_claims(dataset: Dataset, gold: ClaimGold) -> ClaimScore:
    """Score *dataset*, a parse of the document *gold* describes."""
    return _ClaimScorer(dataset, gold).run()


@frozen
class _Pair:
    gold: GoldAttribution
    sentence: GoldSentence
    index: int
    attribution: Attribution


class _ClaimScorer:
    def __init__(self, dataset: Dataset, gold: ClaimGold) -> None:
        self.gold = gold
        self.score = ClaimScore(gold.name)
        self.actors = {a.id: a for a in dataset.actors}
        document = dataset.documents[0] if dataset.documents else None
        self.authors = set(document.authors) if document else set()
        self.claims = [
            c
            for c in dataset.claims
            if c.provenance and c.provenance.line and gold.covers(c.provenance.line)
        ]
        self.folded = [_window(s.text) for s in gold.sentences]
        self.skipped = gold.skipped_lines()
        self.used: set[tuple[str, int]] = set()
        self.right: set[tuple[str, int]] = set()
        self.author_found: set[str] = set()

    def miss(self, measure: str, line: int | None, what: str) -> None:
        self.score.misses.append(Miss(measure, f"{self.gold.name}:{line or '?'}", what))

    def run(self) -> ClaimScore:
        for claim in self.claims:
            sentences = self._align(claim)
            line = claim.provenance.line if claim.provenance else None
            if not sentences and line in self.skipped:
                self.score.unannotated += 1
                self.miss("not annotated", line, repr((claim.quote or claim.text)[:90]))
                continue
            if not sentences:
                self.score.unaligned += 1
            self._judge(claim, sentences, line)
        for sentence in self.gold.sentences:
            for k, wanted in enumerate(sentence.attributions):
                found = (sentence.id, k) in self.used
                self.score.recall.add(found)
                self.score.strict_recall.add((sentence.id, k) in self.right)
                if wanted.stance in _CONTESTED:
                    self.score.contested.add((sentence.id, k) in self.right)
                if not found:
                    self.miss(
                        "recall",
                        sentence.line,
                        f"{wanted.claimant} {wanted.stance} ({wanted.mention or 'no mention'}): "
                        f"{sentence.text[:90]!r}",
                    )
            shown = {
                AUTHOR_STANCES[a.author_stance] for a in sentence.attributions if a.author_stance
            }
            for stance in sorted(shown):
                found = f"{sentence.id}:{stance}" in self.author_found
                self.score.author_recall.add(found)
                if not found:
                    self.miss(
                        "author", sentence.line, f"author {stance} missed: {sentence.text[:80]!r}"
                    )
        return self.score

    def _align(self, claim: Claim) -> list[GoldSentence]:
        line = claim.provenance.line if claim.provenance else None
        text = _window(claim.quote or claim.text)
        found = []
        for sentence, folded in zip(self.gold.sentences, self.folded, strict=True):
            if line is None or abs(sentence.line - line) > _REACH:
                continue
            if _overlap(folded, text) >= _ALIGN:
                found.append(sentence)
        return found

    def _judge(self, claim: Claim, sentences: Sequence[GoldSentence], line: int | None) -> None:
        own = [a for a in claim.attributions if a.actor not in self.authors]
        author = [a for a in claim.attributions if a.actor in self.authors]
        pairs = [self._pair(a, sentences) for a in own]
        author_stances = {a.stance.value for a in author}
        for attribution, pair in zip(own, pairs, strict=True):
            name = self._name(attribution.actor)
            if pair is None:
                self.score.precision.add(False)
                self.miss(
                    "precision",
                    line,
                    f"{name} {attribution.stance.value}: {(claim.quote or claim.text)[:90]!r}",
                )
                continue
            got, wanted = attribution.stance.value, pair.gold.stance
            right = got == wanted or self._reworded(pair, author_stances)
            self.score.precision.add(right)
            if right:
                self.right.add((pair.sentence.id, pair.index))
            if not right:
                self.miss(
                    "precision", line, f"{name} {got}, gold {wanted}: {pair.sentence.text[:80]!r}"
                )
            if got in _CONTESTED or wanted in _CONTESTED:
                self.score.stance.add(right)
        self._judge_author(claim, author, sentences, pairs, line)

    def _reworded(self, pair: _Pair, author_stances: set[str]) -> bool:
        """X disputes the sentence the author asserts = X asserts its negation, the author
        disagrees."""
        ok = (
            pair.attribution.stance.value == "disputes"
            and pair.gold.stance == "asserts"
            and pair.gold.author_stance == "disagrees"
            and "asserts" in author_stances
        )
        self.score.reworded += ok
        return ok

    def _judge_author(
        self,
        claim: Claim,
        author: Sequence[Attribution],
        sentences: Sequence[GoldSentence],
        pairs: Sequence[_Pair | None],
        line: int | None,
    ) -> None:
        shown = {
            (s.id, AUTHOR_STANCES[a.author_stance])
            for s in sentences
            for a in s.attributions
            if a.author_stance
        }
        reworded = {
            (p.sentence.id, "asserts")
            for p in pairs
            if p is not None
            and p.attribution.stance.value == "disputes"
            and p.gold.author_stance == "disagrees"
        }
        for attribution in author:
            stance = attribution.stance.value
            hits = [s for s, k in shown | reworded if k == stance]
            if self.score.author.add(bool(hits)):
                for sentence_id in hits:
                    wanted = "disputes" if (sentence_id, "asserts") in reworded else stance
                    self.author_found.add(f"{sentence_id}:{wanted}")
            else:
                self.miss("author", line, f"author {stance}: {(claim.quote or claim.text)[:80]!r}")

    def _pair(self, attribution: Attribution, sentences: Sequence[GoldSentence]) -> _Pair | None:
        actor = self.actors.get(attribution.actor)
        if actor is None:
            return None
        options = [
            (s, k, g)
            for s in sentences
            for k, g in enumerate(s.attributions)
            if (s.id, k) not in self.used and claimant_matches(actor, g.claimant)
        ]
        if not options:
            return None
        options.sort(key=lambda o: o[2].stance != attribution.stance.value)
        sentence, k, wanted = options[0]
        self.used.add((sentence.id, k))
        return _Pair(wanted, sentence, k, attribution)

    def _name(self, actor_id: str) -> str:
        actor = self.actors.get(actor_id)
        return actor.name if actor else actor_id


def measure_claims(gold: ClaimGold, options: Mapping[str, object] | None = None) -> ClaimScore:
    """Parse the document of *gold* with the ``text`` parser and score its claims."""
    result = purgehist.parse_file(gold.text, "text", options=dict(options or {}))
    return score_claims(result.dataset, gold)


def claims_table(scores: Sequence[ClaimScore]) -> str:
    """The figures of *scores* as a plain-text table."""
    width = max([40, *(len(s.name) for s in scores)])
    head = (
        f"{'document':<{width}} {'precision':>14} {'recall':>14} {'strict recall':>14} "
        f"{'stance d/q':>14} {'gold d/q':>14} {'author':>14} {'author rec.':>14} "
        f"{'unal.':>5} {'n/a':>5}"
    )
    rows = [head, "-" * len(head)]
    for s in scores:
        rows.append(
            f"{s.name:<{width}} {s.precision!s:>14} {s.recall!s:>14} {s.strict_recall!s:>14} "
            f"{s.stance!s:>14} {s.contested!s:>14} {s.author!s:>14} {s.author_recall!s:>14} "
            f"{s.unaligned:>5} {s.unannotated:>5}"
        )
    return "\n".join(rows)

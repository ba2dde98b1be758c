"""Score claim extraction against a gold list of attributed claims: who claims what, with which
stance, sentence by sentence.

A gold file (the annotator's JSON: ``sentences``, each with its ``line`` and ``attributions``)
lists every sentence of one or more blocks of a document. A sentence is given by its verbatim
``text``, or stand-off, by the few words it ``first`` starts with on its line and the few it
``last`` ends with (lines of footnotes or page furniture inside it listed in ``skip``): the
reader takes its text from the document, whose ``sha256`` the gold names. An extracted claim is
matched to the gold sentences it overlaps (near its line, by fuzzy text), and each of its
attributions to a gold attribution of those sentences whose claimant names the same person
(:func:`~purgehist.names.same_person`, or the surname) or the same group (the stems of the
label's words: ``totalitaire school`` ~ ``totalitarian school``).

The figures: *precision*, extracted attributions whose sentence, claimant and stance are all
right; *recall*, gold attributions found with the right claimant (*strict recall*: and stance);
*stance accuracy*, matched attributions where either side says ``disputes`` or ``qualifies``
that agree on the stance. The document author's own stance (attributions to the document's
author) is judged apart, against the gold's ``author_stance``.

One equivalence is allowed: the gold words a claim as the claimant's view and marks the author
``disagrees`` ("contrary to X, …"), the parser keeps the sentence, which the author asserts and
X disputes. Both say the same; :attr:`ClaimScore.reworded` counts how often it was used.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import Factory, define, field, frozen
from rapidfuzz import fuzz

import purgehist
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

_AUTHOR_STANCES = {"agrees": "asserts", "disagrees": "disputes", "qualifies": "qualifies"}
"""The gold's ``author_stance`` as the stance of an attribution to the document's author."""
_CONTESTED = frozenset({"disputes", "qualifies"})
_GOLD_STANCES = ("asserts", "disputes", "qualifies", "reports")


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


@frozen
class GoldAttribution:
    """One attribution of a gold sentence."""

    claimant: str
    """A surname as printed, or a short English label for a group (``revisionists``)."""
    stance: str
    author_stance: str | None = None
    """``agrees``, ``disagrees`` or ``qualifies`` where the sentence shows the author's own."""
    mention: str | None = None
    """The words that name or point to the claimant (``None``: a zero mention)."""
    resolved_from: int | None = None
    """The line that names the claimant when this sentence does not."""
    claim: str = ""
    """The annotator's paraphrase."""


@frozen
class GoldSentence:
    """A sentence of the gold, with its attributions (none: it attributes nothing)."""

    id: str
    line: int
    text: str
    attributions: tuple[GoldAttribution, ...] = field(default=(), converter=_tuple)
    block: str | None = None


@frozen
class ClaimGold:
    """The gold of one document: its sentences in the blocks annotated."""

    name: str
    text: Path
    """The document's text file."""
    sentences: tuple[GoldSentence, ...] = field(converter=_tuple)
    blocks: Mapping[str, tuple[int, int]] = Factory(dict)
    """Block name → first and last line."""
    heldout_from: int | None = None
    """The first line of the held-out part, where the gold sets it."""

    def block(self, name: str) -> ClaimGold:
        """The gold of one block only."""
        return ClaimGold(
            f"{self.name} {name}",
            self.text,
            [s for s in self.sentences if s.block == name],
            {name: self.blocks[name]},
        )

    def split(self, part: str) -> ClaimGold:
        """The development part (``dev``, where rules are tuned) or the held-out part
        (``heldout``, only ever reported): split at :attr:`heldout_from`, else the first two
        thirds of the sentences in reading order and the last third."""
        ordered = sorted(self.sentences, key=lambda s: s.line)
        if self.heldout_from is not None:
            cut = self.heldout_from
        elif len(ordered) >= 3:
            cut = ordered[-(len(ordered) // 3)].line
        else:
            cut = ordered[-1].line + 1
        if part not in {"dev", "heldout"}:
            msg = f"no part {part!r}: 'dev' or 'heldout'"
            raise ValueError(msg)
        dev = part == "dev"
        blocks = {
            name: (first, min(last, cut - 1)) if dev else (max(first, cut), last)
            for name, (first, last) in self.blocks.items()
            if (first < cut if dev else last >= cut)
        }
        return ClaimGold(
            f"{self.name} {part}",
            self.text,
            [s for s in self.sentences if (s.line < cut) == dev],
            blocks,
        )

    def covers(self, line: int) -> bool:
        """Whether *line* lies in a block annotated."""
        return any(first <= line <= last for first, last in self.blocks.values())


def read_claim_gold(path: Path, *, text: Path | None = None) -> ClaimGold:
    """Read a gold file, verbatim or stand-off.

    :param text: the document's text file (default: the ``file`` the gold names, relative to
        the gold's folder; for a verbatim gold whose file is not there, ``layout.txt`` of the
        document's folder in the corpus next to the gold's folder)
    :raises FileNotFoundError: a stand-off gold's document is missing
    :raises ValueError: the file is not a gold, the document is not the one the gold names (its
        checksum differs), or a sentence or a claimant's mention is not where the gold puts it
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        msg = f"{path.name}:{exc.lineno}: not JSON ({exc.msg})"
        raise ValueError(msg) from exc
    try:
        return _read(data, path, text)
    except (AttributeError, KeyError, TypeError) as exc:
        msg = f"{path.name}: not a claims gold, a key is missing or of the wrong kind ({exc!r})"
        raise ValueError(msg) from exc


def _read(data: Mapping[str, Any], path: Path, text: Path | None) -> ClaimGold:
    stand_off = "sha256" in data
    if text is None:
        named = (path.parent / data.get("file", "")).resolve()
        corpus = path.parent.parent / "docs" / data["doc"] / "layout.txt"
        text = named if named.is_file() or stand_off else corpus
    lines = _document_lines(data, path, text) if stand_off else None
    sentences = []
    for k, s in enumerate(data["sentences"]):
        where = f"{path.name}: sentences[{k}] (line {s.get('line', '?')})"
        if not isinstance(s.get("line"), int):
            msg = f"{where}: a sentence needs its 'line', a number"
            raise ValueError(msg)
        try:
            wording = s["text"] if lines is None else _stand_off_text(lines, s, where)
            attributions = [
                _attribution(a, wording, f"{where} attributions[{j}]")
                for j, a in enumerate(s.get("attributions", ()))
            ]
            sentences.append(
                GoldSentence(
                    id=s["id"],
                    line=s["line"],
                    text=wording,
                    attributions=attributions,
                    block=s.get("block"),
                )
            )
        except (AttributeError, KeyError, TypeError) as exc:
            msg = f"{where}: a key is missing or of the wrong kind ({exc!r})"
            raise ValueError(msg) from exc
    blocks = {str(k): (int(v[0]), int(v[1])) for k, v in data.get("blocks", {}).items()}
    if not blocks:
        blocks = {"all": (int(data["block"][0]), int(data["block"][1]))}
    cut = data.get("heldout_from_line")
    return ClaimGold(data["doc"], text, sentences, blocks, None if cut is None else int(cut))


def _attribution(data: Mapping[str, Any], sentence: str, where: str) -> GoldAttribution:
    stance, author = data["stance"], data.get("author_stance")
    if stance not in _GOLD_STANCES or (author is not None and author not in _AUTHOR_STANCES):
        msg = (
            f"{where}: stance {stance!r} or author_stance {author!r} unknown "
            f"(stances: {', '.join(_GOLD_STANCES)}; author's: {', '.join(_AUTHOR_STANCES)})"
        )
        raise ValueError(msg)
    mention = data.get("claimant_mention")
    if mention is not None and _spaced(mention).casefold() not in _spaced(sentence).casefold():
        msg = f"{where}: the claimant's mention {mention!r} is not in the sentence"
        raise ValueError(msg)
    return GoldAttribution(
        claimant=data["claimant"],
        stance=stance,
        author_stance=author,
        mention=mention,
        resolved_from=data.get("resolved_from"),
        claim=data.get("claim", ""),
    )


def _spaced(text: str) -> str:
    return " ".join(text.split())


_SENTENCE_LINES = 40
"""How many lines a stand-off sentence may run over, from its first."""


def _document_lines(data: Mapping[str, Any], path: Path, text: Path) -> list[str]:
    """The lines of a stand-off gold's document, once its checksum is the gold's."""
    if not text.is_file():
        msg = f"{path.name}: the document {text} is missing"
        raise FileNotFoundError(msg)
    raw = text.read_bytes()
    found = hashlib.sha256(raw).hexdigest()
    if found != data["sha256"]:
        msg = (
            f"{path.name}: {text} is not the document the gold was made on "
            f"(sha256 {found}, the gold names {data['sha256']}); its lines would be misread"
        )
        raise ValueError(msg)
    return raw.decode("utf-8").split("\n")


def _stand_off_text(lines: Sequence[str], sentence: Mapping[str, Any], where: str) -> str:
    """The text of a stand-off sentence: from its ``first`` words, which start on its line, to
    the first ``last`` words after them, the lines it ``skip``s left out, whitespace made
    single."""
    first, last, line = _spaced(sentence["first"]), _spaced(sentence["last"]), sentence["line"]
    if not 1 <= line <= len(lines):
        msg = f"{where}: the document has {len(lines)} lines"
        raise ValueError(msg)
    skip = {int(n) for n in sentence.get("skip", ())}
    span = [
        lines[n - 1]
        for n in range(line, min(line + _SENTENCE_LINES, len(lines) + 1))
        if n == line or n not in skip
    ]
    joined = _spaced(" ".join(span))
    start = joined.find(first)
    if not 0 <= start < len(_spaced(span[0])):
        msg = f"{where}: the sentence's first words {first!r} do not start on its line"
        raise ValueError(msg)
    end = joined.find(last, start)
    if end < 0:
        msg = f"{where}: no {last!r} ends the sentence within {_SENTENCE_LINES} lines"
        raise ValueError(msg)
    return joined[start : end + len(last)]


def gold_dir(root: Path) -> Path:
    """Where the claims golds are: ``$PURGEHIST_CLAIMS_GOLD``, else ``tests/text/claims_gold``
    of the checkout *root* (stand-off golds: they name the document's lines, not its words)."""
    named = os.environ.get("PURGEHIST_CLAIMS_GOLD")
    return Path(named) if named else root / "tests" / "text" / "claims_gold"


def claim_golds(root: Path) -> dict[str, ClaimGold]:
    """The claims golds a checkout can reach, by language (``nl``, ``de``, ``en``): those in
    :func:`gold_dir` whose document text exists too. The others are left out."""
    golds: dict[str, ClaimGold] = {}
    folder = gold_dir(root)
    for lang in ("nl", "de", "en"):
        path = folder / f"gold.{lang}.json"
        if not path.is_file():
            continue
        try:
            gold = read_claim_gold(path)
        except FileNotFoundError:
            continue
        if gold.text.is_file():
            golds[lang] = gold
    return golds


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
    """Extracted claims in the blocks whose sentence the gold does not have (a block quotation,
    a heading): their attributions count as wrong."""
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
        self.used: set[tuple[str, int]] = set()
        self.right: set[tuple[str, int]] = set()
        self.author_found: set[str] = set()

    def miss(self, measure: str, line: int | None, what: str) -> None:
        self.score.misses.append(Miss(measure, f"{self.gold.name}:{line or '?'}", what))

    def run(self) -> ClaimScore:
        for claim in self.claims:
            sentences = self._align(claim)
            line = claim.provenance.line if claim.provenance else None
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
                _AUTHOR_STANCES[a.author_stance] for a in sentence.attributions if a.author_stance
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
            (s.id, _AUTHOR_STANCES[a.author_stance])
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
    head = (
        f"{'document':<40} {'precision':>14} {'recall':>14} {'strict recall':>14} "
        f"{'stance d/q':>14} {'gold d/q':>14} {'author':>14} {'author rec.':>14} {'unal.':>5}"
    )
    rows = [head, "-" * len(head)]
    for s in scores:
        rows.append(
            f"{s.name:<40} {s.precision!s:>14} {s.recall!s:>14} {s.strict_recall!s:>14} "
            f"{s.stance!s:>14} {s.contested!s:>14} {s.author!s:>14} {s.author_recall!s:>14} "
            f"{s.unaligned:>5}"
        )
    return "\n".join(rows)

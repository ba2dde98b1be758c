"""Read a claims gold: the hand-made list of attributed claims, sentence by sentence, of
blocks of one document (``tests/text/claims_gold/README.md``).

A gold lists every sentence of its blocks. A sentence is given by its verbatim ``text``, or
stand-off, by the few words it ``first`` starts with on its line and the few it ``last`` ends
with (lines of footnotes or page furniture inside it listed in ``skip``): the reader takes its
text from the document, whose ``sha256`` the gold names. The document is the ``file`` the gold
names (relative to the gold), or a document of the real-document corpus: ``corpus_document``
(its id) and ``extraction`` (``layout`` or ``raw``), found under
``$PURGEHIST_CORPUS/docs/<id>/``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import Factory, field, frozen

from purgehist.evaluation.corpus import CORPUS_ENV, corpus_folder
from purgehist.evaluation.gold_files import CORPUS_EXTRACTIONS

__all__ = [
    "AUTHOR_STANCES",
    "GOLD_LANGUAGES",
    "ClaimGold",
    "GoldAttribution",
    "GoldSentence",
    "MissingDocumentError",
    "claim_golds",
    "gold_dir",
    "missing_claim_golds",
    "read_claim_gold",
]

GOLD_LANGUAGES = ("nl", "de", "en", "fr", "en-nitzke", "en-leeds", "en-zarowsky")
"""The golds looked for, ``gold.<key>.json``: a language, or a language and the document of a
further gold in it (``en-nitzke``, ``en-leeds``, ``en-zarowsky``)."""
AUTHOR_STANCES = {"agrees": "asserts", "disagrees": "disputes", "qualifies": "qualifies"}
"""The gold's ``author_stance`` as the stance of an attribution to the document's author."""
_GOLD_STANCES = ("asserts", "disputes", "qualifies", "reports")


class MissingDocumentError(FileNotFoundError):
    """A stand-off gold's document is not there (no corpus, or not yet built)."""


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _lines(value: Iterable[int]) -> frozenset[int]:
    return frozenset(value)


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
    lines: frozenset[int] = field(default=frozenset(), converter=_lines)
    """The document lines its text is taken from, the lines it ``skip``s left out (empty: a
    verbatim gold gives no more than its first line)."""
    skip: frozenset[int] = field(default=frozenset(), converter=_lines)
    """The lines inside it that are no part of it (a footnote, page furniture)."""


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

    def skipped_lines(self) -> frozenset[int]:
        """The lines the gold marks as no part of its sentences (those a sentence ``skip``s):
        the gold says nothing of what they attribute. Headings and quotations are not marked."""
        return frozenset(n for s in self.sentences for n in s.skip)


def read_claim_gold(
    path: Path, *, text: Path | None = None, corpus: Path | None = None
) -> ClaimGold:
    """Read a gold file, verbatim or stand-off.

    :param text: the document's text file (default: for a gold of a ``corpus_document``, its
        ``extraction`` in *corpus*; else the ``file`` the gold names, relative to the gold's
        folder; for a verbatim gold whose file is not there, ``layout.txt`` of the document's
        folder in the corpus next to the gold's folder)
    :param corpus: the corpus folder (default: ``$PURGEHIST_CORPUS``)
    :raises MissingDocumentError: a stand-off gold's document is missing (its message says why)
    :raises ValueError: the file is not a gold, the document is not the one the gold names (its
        checksum differs), or a sentence or a claimant's mention is not where the gold puts it
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        msg = f"{path.name}:{exc.lineno}: not JSON ({exc.msg})"
        raise ValueError(msg) from exc
    try:
        if text is None and "corpus_document" in data:
            text = _corpus_text(data, path, corpus)
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
            wording, spread = (s["text"], ()) if lines is None else _stand_off_text(lines, s, where)
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
                    lines=spread,
                    skip=(int(n) for n in s.get("skip", ())),
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


def _corpus_text(data: Mapping[str, Any], path: Path, corpus: Path | None) -> Path:
    """The text of the corpus document a gold names."""
    document, extraction = data["corpus_document"], data.get("extraction", "layout")
    if extraction not in CORPUS_EXTRACTIONS or extraction == "pdf":
        msg = f"{path.name}: extraction {extraction!r} unknown ('layout' or 'raw')"
        raise ValueError(msg)
    if corpus is None:
        named = os.environ.get(CORPUS_ENV)
        if not named:
            msg = (
                f"{path.name}: the gold is made on the corpus document {document}, "
                f"and {CORPUS_ENV} names no corpus"
            )
            raise MissingDocumentError(msg)
        corpus = Path(named)
    return corpus / "docs" / str(document) / CORPUS_EXTRACTIONS[extraction]


def _attribution(data: Mapping[str, Any], sentence: str, where: str) -> GoldAttribution:
    stance, author = data["stance"], data.get("author_stance")
    if stance not in _GOLD_STANCES or (author is not None and author not in AUTHOR_STANCES):
        msg = (
            f"{where}: stance {stance!r} or author_stance {author!r} unknown "
            f"(stances: {', '.join(_GOLD_STANCES)}; author's: {', '.join(AUTHOR_STANCES)})"
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
        raise MissingDocumentError(msg)
    raw = text.read_bytes()
    found = hashlib.sha256(raw).hexdigest()
    if found != data["sha256"]:
        msg = (
            f"{path.name}: {text} is not the document the gold was made on "
            f"(sha256 {found}, the gold names {data['sha256']}); its lines would be misread"
        )
        raise ValueError(msg)
    return raw.decode("utf-8").split("\n")


def _stand_off_text(
    lines: Sequence[str], sentence: Mapping[str, Any], where: str
) -> tuple[str, frozenset[int]]:
    """The text of a stand-off sentence and the lines it is on: from its ``first`` words, which
    start on its line, to the first ``last`` words after them, the lines it ``skip``s left out,
    whitespace made single."""
    first, last, line = _spaced(sentence["first"]), _spaced(sentence["last"]), sentence["line"]
    if not 1 <= line <= len(lines):
        msg = f"{where}: the document has {len(lines)} lines"
        raise ValueError(msg)
    skip = {int(n) for n in sentence.get("skip", ())}
    kept = [
        (n, _spaced(lines[n - 1]))
        for n in range(line, min(line + _SENTENCE_LINES, len(lines) + 1))
        if n == line or n not in skip
    ]
    kept = [(n, text) for n, text in kept if text or n == line]
    joined = " ".join(text for _, text in kept)
    start = joined.find(first)
    if not 0 <= start < len(kept[0][1]):
        msg = f"{where}: the sentence's first words {first!r} do not start on its line"
        raise ValueError(msg)
    end = joined.find(last, start)
    if end < 0:
        msg = f"{where}: no {last!r} ends the sentence within {_SENTENCE_LINES} lines"
        raise ValueError(msg)
    end += len(last)
    spread, offset = set(), 0
    for n, text in kept:
        if offset < end and offset + len(text) > start:
            spread.add(n)
        offset += len(text) + 1
    return joined[start:end], frozenset(spread)


def gold_dir(root: Path) -> Path:
    """Where the claims golds are: ``$PURGEHIST_CLAIMS_GOLD``, else ``tests/text/claims_gold``
    of the checkout *root* (stand-off golds: they name the document's lines, not its words)."""
    named = os.environ.get("PURGEHIST_CLAIMS_GOLD")
    return Path(named) if named else root / "tests" / "text" / "claims_gold"


def claim_golds(root: Path, corpus: Path | None = None) -> dict[str, ClaimGold]:
    """The claims golds a checkout can reach, by key (:data:`GOLD_LANGUAGES`: ``nl``, ``de``,
    ``en``, ``fr`` and the further English golds): those in :func:`gold_dir` whose document
    text exists too, a corpus document's in *corpus* (default: the checkout's corpus folder,
    ``$PURGEHIST_CORPUS``). :func:`missing_claim_golds` says why the others are left out."""
    return _find_golds(root, corpus)[0]


def missing_claim_golds(root: Path, corpus: Path | None = None) -> dict[str, str]:
    """Why each gold in :func:`gold_dir` that :func:`claim_golds` leaves out is left out, by
    key."""
    return _find_golds(root, corpus)[1]


def _find_golds(root: Path, corpus: Path | None) -> tuple[dict[str, ClaimGold], dict[str, str]]:
    golds: dict[str, ClaimGold] = {}
    missing: dict[str, str] = {}
    folder = gold_dir(root)
    corpus = corpus if corpus is not None else corpus_folder(root)
    for lang in GOLD_LANGUAGES:
        path = folder / f"gold.{lang}.json"
        if not path.is_file():
            continue
        try:
            gold = read_claim_gold(path, corpus=corpus)
        except MissingDocumentError as exc:
            missing[lang] = str(exc)
            continue
        if gold.text.is_file():
            golds[lang] = gold
        else:
            missing[lang] = f"{path.name}: the document {gold.text} is missing"
    return golds, missing

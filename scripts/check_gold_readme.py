"""Check that the claims golds' README quotes no held-out sentence in its examples.

Usage: ``python scripts/check_gold_readme.py [--readme PATH] [--corpus DIR]``. Rule writers read
``tests/text/claims_gold/README.md``; an example phrase taken from a gold's held-out block would
carry held-out wording into the rules. Every phrase of the README in backticks or italics (and
each part of one separated by commas or semicolons) is looked for in the text of each gold the
checkout reaches (the Dutch seed thesis in ``../shared/seeds``, the corpus documents in
``$PURGEHIST_CORPUS`` or ``--corpus``), whitespace made single across line breaks, case and
apostrophes aside, a word broken at a line end read both ways. ``…`` stands for any few words,
a lone ``X`` or ``Y`` for a name, ``[…]`` for the annotator's insertion. A phrase leaks when it
occurs in a held-out block of a document (from the gold's ``heldout_from_line`` on) and nowhere
else in that document: a phrase found outside the held-out part too can have been drawn from
there. Prints each leak with the README line and the document line; exits 1 if there is one,
0 otherwise (the golds left out are named on standard error).
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from purgehist.evaluation.claim_gold import ClaimGold, claim_golds, missing_claim_golds

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "tests" / "text" / "claims_gold" / "README.md"

_SPAN = re.compile(r"`([^`]+)`|(?<![*\w])\*(?!\*)([^*`]+?)(?<!\*)\*(?![*\w])", re.S)
_GAP = r".{0,200}?"
"""What ``…`` stands for: any text up to about a sentence long."""
_NAME = r"[\w.’'-]+"
"""What a lone ``X`` or ``Y`` stands for: one word."""
_BROKEN = re.compile(r"[^\W\d_]-$")
"""A line ending in a word broken by a hyphen."""
_BETWEEN = r" (?:\([^()]{0,40}\) )?"
"""Between two words of a phrase: a space, or a citation the example leaves out
(``Strawson (1950) avait``)."""
_MIN_LETTERS = 3
"""Shorter phrases (``ze``, ``X``) say nothing about the sentence they came from."""


@dataclass(frozen=True)
class Example:
    """A phrase quoted in the README, on *line*."""

    line: int
    phrase: str


@dataclass(frozen=True)
class Leak:
    """An example found in a held-out block of *gold* (at document line *where*) only."""

    example: Example
    gold: str
    where: int
    found: str


@dataclass(frozen=True)
class _Stretch:
    """Lines *first*..*last* of a document joined, with where each line starts in *text*."""

    first: int
    text: str
    starts: tuple[int, ...]

    def line_at(self, offset: int) -> int:
        return self.first + bisect.bisect_right(self.starts, offset) - 1


def _clean(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("...", "…")
    return re.sub(r"\s+", " ", text).strip()


def examples(readme: str) -> list[Example]:
    """The phrases quoted in *readme*: each backtick or italic span, and each part of one that
    commas or semicolons separate (a list of examples)."""
    found: list[Example] = []
    for match in _SPAN.finditer(readme):
        line = readme.count("\n", 0, match.start()) + 1
        span = _clean(match.group(1) or match.group(2))
        parts = [span, *(p.strip() for p in re.split(r"[;,]\s", span))]
        for part in dict.fromkeys(parts):
            found.append(Example(line, part))
    return found


def pattern(phrase: str) -> re.Pattern[str] | None:
    """The regular expression *phrase* stands for, or None when it is too short to tell."""
    phrase = _clean(re.sub(r"\[[^\]]*\]", " ", phrase))
    pieces = []
    for token in phrase.split(" "):
        if token == "…":
            pieces.append(_GAP)
        elif token in {"X", "Y", "X's", "X’s"}:
            pieces.append(_NAME + re.escape(token[1:]))
        else:
            pieces.append(re.escape(token).replace("…", _GAP))
    literal = re.sub(r"\b[XY]\b|…", "", phrase)
    if sum(c.isalpha() for c in literal) < _MIN_LETTERS:
        return None
    regex = _BETWEEN.join(pieces)
    regex = (r"(?<!\w)" if phrase[0].isalnum() else "") + regex
    regex += r"(?!\w)" if phrase[-1].isalnum() else ""
    return re.compile(regex, re.I | re.S)


def _stretch(lines: Sequence[str], first: int, last: int) -> list[_Stretch]:
    """Lines *first*..*last* (1-based) joined three ways: as printed (``con- siderations``), and
    with a word broken by a hyphen at a line end joined again, without the hyphen
    (``considerations``) and with it (``Kaiser-Cooke``)."""
    joined: list[list[str]] = [[], [], []]
    starts: list[list[int]] = [[], [], []]
    sizes = [0, 0, 0]
    for k, line in enumerate(_clean(line) for line in lines[first - 1 : last]):
        broken = k > 0 and bool(_BROKEN.search(joined[0][-1][-2:])) and line[:1].isalpha()
        for way, (parts, size) in enumerate(zip(joined, sizes, strict=True)):
            if broken and way == 1:
                parts[-1] = parts[-1][:-1]
                size -= 1
            elif k and not (broken and way == 2):
                parts.append(" ")
                size += 1
            starts[way].append(size)
            parts.append(line)
            sizes[way] = size + len(line)
    return [
        _Stretch(first, "".join(parts), tuple(at)) for parts, at in zip(joined, starts, strict=True)
    ]


def _parts(gold: ClaimGold) -> tuple[list[_Stretch], list[_Stretch]]:
    """The held-out stretches of *gold*'s document and the stretches outside them."""
    lines = gold.text.read_text(encoding="utf-8").split("\n")
    cut = gold.heldout_from
    held = sorted(
        (max(first, cut), last)
        for first, last in gold.blocks.values()
        if cut is not None and last >= cut
    )
    inside: list[_Stretch] = []
    outside: list[_Stretch] = []
    start = 1
    for first, last in held:
        if first > start:
            outside += _stretch(lines, start, first - 1)
        inside += _stretch(lines, first, last)
        start = last + 1
    if start <= len(lines):
        outside += _stretch(lines, start, len(lines))
    return inside, outside


def leaks(readme: str, golds: Mapping[str, ClaimGold]) -> list[Leak]:
    """The examples of *readme* that occur in a held-out block of one of *golds* and nowhere
    else in that gold's document."""
    found: list[Leak] = []
    quoted = [(e, p) for e in examples(readme) if (p := pattern(e.phrase)) is not None]
    for key, gold in golds.items():
        inside, outside = _parts(gold)
        for example, regex in quoted:
            hit = next(_hits(regex, inside), None)
            if hit is None or any(regex.search(s.text) for s in outside):
                continue
            stretch, match = hit
            found.append(Leak(example, key, stretch.line_at(match.start()), match.group(0)))
    return found


def _hits(
    regex: re.Pattern[str], stretches: Sequence[_Stretch]
) -> Iterator[tuple[_Stretch, re.Match[str]]]:
    for stretch in stretches:
        match = regex.search(stretch.text)
        if match:
            yield stretch, match


def main(argv: Sequence[str] | None = None) -> int:
    """Print the README's examples that quote held-out blocks; 1 if there is one."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readme", type=Path, default=README, help="the README to check")
    parser.add_argument("--corpus", type=Path, help="the corpus folder ($PURGEHIST_CORPUS)")
    args = parser.parse_args(argv)
    golds = claim_golds(ROOT, args.corpus)
    for key, why in missing_claim_golds(ROOT, args.corpus).items():
        print(f"left out {key}: {why}", file=sys.stderr)
    if not golds:
        print("no claims gold could be read", file=sys.stderr)
        return 1
    found = leaks(args.readme.read_text(encoding="utf-8"), golds)
    for leak in found:
        print(
            f"README line {leak.example.line}: {leak.example.phrase!r} is in the held-out block "
            f"of {leak.gold}, line {leak.where} ({leak.found!r}), and nowhere else"
        )
    print(f"{len(found)} example(s) from held-out blocks, golds checked: {', '.join(golds)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

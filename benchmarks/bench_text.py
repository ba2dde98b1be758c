r"""Time the text parser per megabyte, from 0.1 MB to 20 MB, against one regex pass.

Three kinds of input: the seed thesis; a synthetic book of pages separated by form feeds (as
``pdftotext`` writes them: footnotes under each page, ibid chains, a bibliography), numbered
per chapter; and a synthetic text of 10,000-line paragraphs without page breaks. Each is timed
at about 0.1, 1, 5 and 20 MB. The parser is linear when the seconds per MB stay flat (within
±20 % of the smallest size); each row also gives the time of one regex pass over the same text
(``[^\W\d_]+``, a word scan) and the parser's time as a multiple of it.
Usage: ``python benchmarks/bench_text.py [--sizes 0.1,1,5,20]``.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

from purgehist.formats.text.read import parse_text

from _harness import best_of, table

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "great-purge-thesis.nl.txt"

_FILLER = """The party archives of the region hold reports, letters and minutes of meetings
that were closed to readers for decades. Their value depends on who wrote them and
for whom; a report sent upwards tends to please the reader it was written for, and
a complaint sent by a member to the centre rarely tells the whole story of a quarrel.

"""

_PAGE = (
    _FILLER * 10
    + """Accounts by defectors shaped the early literature of {year}. Some of them were plainly
second-hand and were repeated without checking. Fitzpatrick suggests that such testimony
tells us more about its authors than about the events.{a}

According to Conquest the terror was planned from the centre. Getty argues that
regional secretaries drove much of it, and the figures remain dispu-
ted among historians of the period.
__________
{a} {citation}
                                        {page}
"""
)
_CITATIONS = (
    "Conquest, The Great Terror, {p1}.",
    "Ibid., p. {p2}.",
    "Sheila Fitzpatrick, “New Perspectives on Stalinism,” Russian Review 45, no. 4\n"
    "(1986): 357–73.",
    "Conquest, op. cit., {p1}; Getty, Origins of the Great Purges, {p2}-{p3}.",
    "Ibid.",
)

_BIBLIOGRAPHY = """Bibliography

Conquest, Robert. The Great Terror: A Reassessment. London: Pimlico, 1990.
Fitzpatrick, Sheila. “New Perspectives on Stalinism.” Russian Review 45, no. 4
    (1986): 357–373.
Getty, J. Arch. Origins of the Great Purges. Cambridge: Cambridge University Press, 1985.
"""


def paged(size: float) -> str:
    """A book of about *size* MB: pages separated by form feeds, one footnote each, the
    numbering starting again every 20 pages."""
    parts = ["Introduction\n\n"]
    length = k = 0
    while length < size * 1e6:
        if k and k % 20 == 0:
            parts.append(f"Chapter {k // 20}: Part {k // 20}\n\n")
        citation = _CITATIONS[k % len(_CITATIONS)].format(
            p1=10 + k % 90, p2=11 + k % 90, p3=15 + k % 90
        )
        page = _PAGE.format(a=k % 20 + 1, page=k + 1, citation=citation, year=1930 + k % 10)
        parts.append(page + "\f")
        length += len(page) + 1
        k += 1
    parts.append(_BIBLIOGRAPHY)
    return "".join(parts)


_LONG_LINE = "the party archives of the region hold reports, letters and minu-\n"
_LONG_END = "tes of meetings that were closed to readers for decades.1\n"


def long_paragraphs(size: float) -> str:
    """About *size* MB of 10,000-line paragraphs (hyphenated line ends, a marker every
    third line), without page breaks."""
    paragraph = "".join(_LONG_LINE if k % 3 else _LONG_END for k in range(10_000)) + "\n"
    count = max(1, round(size * 1e6 / len(paragraph)))
    text = "Introduction\n\n" + paragraph * count
    if size < 1:  # a part of one paragraph
        text = text[: int(size * 1e6)]
    return text


def _time(text: str, repeat: int) -> tuple[float, float]:
    data = text.encode("utf-8")
    seconds = best_of(lambda: parse_text(data, file="synthetic.txt"), repeat)
    regex = best_of(lambda: re.findall(r"[^\W\d_]+", text), max(repeat, 3))
    return seconds, regex


def main() -> None:
    """Print, per input and size: MB, seconds, seconds per MB, its ratio to the smallest
    size, one regex pass's seconds and the parser's time as a multiple of it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.1,1,5,20", help="sizes in MB, comma-separated")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    rows: list[tuple[object, ...]] = []
    if SEED.is_file():
        seed = SEED.read_text(encoding="utf-8")
        seconds, regex = _time(seed, 3)
        megabytes = len(seed.encode()) / 1e6
        rows.append(("seed thesis", megabytes, seconds, seconds / megabytes, 1.0, regex,
                     seconds / regex))  # fmt: skip
    makers: dict[str, Callable[[float], str]] = {
        "pages": paged,
        "10,000-line paragraphs": long_paragraphs,
    }
    for name, make in makers.items():
        base: float | None = None
        for size in sizes:
            text = make(size)
            megabytes = len(text.encode()) / 1e6
            seconds, regex = _time(text, 5 if megabytes < 2 else 1)
            per_mb = seconds / megabytes
            base = base or per_mb
            rows.append((name, megabytes, seconds, per_mb, per_mb / base, regex, seconds / regex))
    headers = ("input", "MB", "seconds", "s/MB", "vs smallest", "regex s", "x regex")
    print(
        table(
            headers,
            [(r[0], *(f"{v:.3f}" if isinstance(v, float) else v for v in r[1:])) for r in rows],
        )
    )


if __name__ == "__main__":
    main()

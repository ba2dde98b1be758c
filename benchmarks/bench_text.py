"""Time the text parser on the seed thesis and on synthetic texts 10x, 30x and 100x as long.

The synthetic texts (about as many lines per page as the seed) repeat a page written
for the tests (English, with footnotes, ibid chains
and a bibliography), renumbering notes and pages. The time per line should stay flat: the
parser is linear. Usage: ``python benchmarks/bench_text.py``.
"""

from __future__ import annotations

import time
from pathlib import Path

from purgehist.formats.text.read import parse_text

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


def synthetic(pages: int) -> str:
    """A text of *pages* pages, each with one renumbered footnote."""
    parts = ["Introduction\n\n"]
    for k in range(pages):
        if k and k % 20 == 0:
            parts.append(f"Chapter {k // 20}: Part {k // 20}\n\n")
        citation = _CITATIONS[k % len(_CITATIONS)].format(
            p1=10 + k % 90, p2=11 + k % 90, p3=15 + k % 90
        )
        parts.append(_PAGE.format(a=k + 1, page=k + 1, citation=citation, year=1930 + k % 10))
    parts.append(_BIBLIOGRAPHY)
    return "".join(parts)


def _time(text: str, name: str) -> tuple[float, int]:
    data = text.encode("utf-8")
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        parse_text(data, file=name)
        best = min(best, time.perf_counter() - start)
    return best, text.count("\n") + 1


def main() -> None:
    """Print seconds and microseconds per line for each input, and the ratio to the base."""
    rows: list[tuple[str, float, int]] = []
    if SEED.is_file():
        seconds, lines = _time(SEED.read_text(encoding="utf-8"), SEED.name)
        rows.append(("seed thesis", seconds, lines))
    base_pages = 66
    for factor in (1, 10, 30, 100):
        seconds, lines = _time(synthetic(base_pages * factor), "synthetic.txt")
        rows.append((f"synthetic x{factor}", seconds, lines))
    base = next(r for r in rows if r[0] == "synthetic x1")
    base_per_line = base[1] / base[2]
    print(f"{'input':<16}{'lines':>9}{'seconds':>10}{'us/line':>10}{'ratio':>8}")
    for name, seconds, lines in rows:
        per_line = seconds / lines
        ratio = per_line / base_per_line
        print(f"{name:<16}{lines:>9}{seconds:>10.3f}{per_line * 1e6:>10.1f}{ratio:>8.2f}")


if __name__ == "__main__":
    main()

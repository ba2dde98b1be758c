"""BibTeX benchmark: purgehist's reader against bibtexparser v2 on the same generated file.

    python benchmarks/bench_bibtex.py [N_ENTRIES ...]      (default: 1000 10000 50000)

Both sides are measured in the same run, alternating, so that the ratios do not depend on
the machine:

- *split*: purgehist's splitter (text → entries with their raw field values, ``@string``
  macros expanded) against ``bibtexparser.splitter.Splitter(text).split()`` (the floor:
  it does no more, not even expand macros);
- *read*: :func:`~purgehist.formats.bibtex.read.parse_bibtex` (splitting, LaTeX → Unicode,
  names parsed into actors, entries mapped to sources) against ``bibtexparser.parse_string``
  with its default middlewares (``@string`` resolution and enclosing braces removed: less
  work);
- peak RSS of a fresh process doing one read, for each (the file's text is in both).

Times are the best of N runs with the cyclic garbage collector on, as a user's program runs.
The generated file mixes entry types, ``@string`` and month macros, accented names in LaTeX,
``von`` parts, braced organisations, protected capitals and dashes.
"""

from __future__ import annotations

import gc
import io
import json
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from _harness import table

_FIRST = ["Robert", "Sheila", "J. Arch", "Oleg V.", "Roberta T.", "Hans", "Ji{\\v{r}}{\\'\\i}"]
_FIRST += ["{\\AA}sa", "S{\\o}ren", "G{\\'a}bor Tam{\\'a}s", "Marc", "Lynne", "Иван"]
_LAST = ["Conquest", "Fitzpatrick", "Getty", "Naumov", "Manning", 'M{\\"u}ller', "Khlevniuk"]
_LAST += ["Dvo{\\v{r}}{\\'a}k", "{\\O}stergaard", "van Goudoever", "de la Croix", "Viola"]
_LAST += ["Иванов", "Rittersporn", "Thurston", "Kuromiya", "Harris", "Werth", "Hagenloh"]
_WORDS = ["Stalin", "terror", "the", "{USSR}", "purge", "of", "and", "regional", "party"]
_WORDS += ["1936--1938", "\\emph{Pravda}", "archives", "{NKVD}", "Moscow", 'Na{\\"\\i}ve']
_WORDS += ["secretaries", "``mass operations''", "Ezhov", "in", "revisited", "Террор"]
_JOURNALS = ["rr", "slavrev", "eas", "kritika"]
_MONTHS = ["jan", "mar", "may", "jul", "oct", "dec"]


def _name(rng: random.Random) -> str:
    # Thousands of distinct names, each met a few times, as in a real bibliography.
    first = f"{rng.choice(_FIRST)} {rng.choice('ABCDEFGHIKLMNOPRSTVW')}."
    last = rng.choice(_LAST)
    return f"{last}, {first}" if rng.random() < 0.6 else f"{first} {last}"


def _title(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 12))).capitalize()


def generate_bib(n_entries: int, seed: int = 1937) -> str:
    """A BibTeX file of *n_entries* varied entries, the same for every seed."""
    rng = random.Random(seed)
    out = [
        "% Generated for the BibTeX benchmark.\n",
        '@string{rr = "Russian Review"}\n',
        "@string{slavrev = {Slavic} # { Review}}\n",
        '@string{eas = "Europe-Asia Studies"}\n',
        "@string{kritika = {Kritika}}\n",
        "@comment{jabref-meta: databaseType:bibtex;}\n\n",
    ]
    for i in range(n_entries):
        kind = ("article", "book", "incollection", "phdthesis", "misc", "article")[i % 6]
        authors = " and ".join(_name(rng) for _ in range(rng.randint(1, 3)))
        if i % 17 == 0:
            authors = "{Institut Marksizma-Leninizma}"
        fields = [f"  author = {{{authors}}}", f"  title = {{{_title(rng)}}}"]
        fields.append(f"  year = {rng.randint(1930, 2020)}")
        if kind == "article":
            fields += [f"  journal = {rng.choice(_JOURNALS)}"]
            fields += [f"  volume = {{{rng.randint(1, 80)}}}"]
            fields += [f'  number = "{rng.randint(1, 4)}"', f"  month = {rng.choice(_MONTHS)}"]
            start = rng.randint(1, 500)
            fields += [f"  pages = {{{start}--{start + rng.randint(5, 40)}}}"]
            fields += [f"  doi = {{10.{rng.randint(1000, 9999)}/{i}}}"]
        elif kind == "book":
            fields += ["  publisher = {Cambridge University Press}", "  address = {Cambridge}"]
            fields += [f"  isbn = {{978-0-{rng.randint(10, 99)}-{i:06d}-5}}"]
        elif kind == "incollection":
            fields += [f"  editor = {{{_name(rng)} and {_name(rng)}}}"]
            fields += [f"  booktitle = {{{_title(rng)}}}", "  publisher = {Routledge}"]
            fields += [f"  pages = {{{rng.randint(1, 99)}--{rng.randint(100, 300)}}}"]
        elif kind == "phdthesis":
            fields += ["  school = {Universit{\\'e} de Paris {I}}", "  language = {french}"]
        else:
            fields += [f"  url = {{https://example.org/doc/{i}}}", "  urldate = {2021-11-03}"]
            fields += ["  keywords = {NKVD, terror}"]
        out.append(f"@{kind}{{key{i},\n" + ",\n".join(fields) + ",\n}\n\n")
    return "".join(out)


def _best_pair(
    ours: Callable[[], Any], theirs: Callable[[], Any], repeat: int
) -> tuple[float, float]:
    """The fastest of *repeat* runs of each, the cyclic GC left on (as in a user's program).

    The two alternate, so that a busy spell of the machine falls on both alike.
    """
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for func, found in zip((ours, theirs), times, strict=True):
            gc.collect()
            start = time.perf_counter()
            func()
            found.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def _ours_split(text: str) -> object:
    from purgehist.formats.bibtex.entries import read_bibtex

    return read_bibtex(text, "bench.bib")


def _ours_read(text: str) -> object:
    from purgehist.formats.bibtex.read import parse_bibtex
    from purgehist.plugins.specs import Context

    stream = io.BytesIO(text.encode("utf-8"))
    stream.name = "bench.bib"
    return parse_bibtex(stream, {}, Context())


def _theirs_split(text: str) -> object:
    from bibtexparser.splitter import Splitter

    return Splitter(text).split()


def _theirs_read(text: str) -> object:
    import bibtexparser

    return bibtexparser.parse_string(text)


_CANDIDATES = {"ours": _ours_read, "bibtexparser": _theirs_read}


def _peak_rss_mb(candidate: str, path: Path) -> float:
    """Peak resident memory of a fresh process reading *path* once with *candidate*."""
    code = subprocess.run(
        [sys.executable, __file__, "--rss", candidate, str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(json.loads(code.stdout)["peak_mb"])


def _rss_child(candidate: str, path: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    _CANDIDATES[candidate](text)
    # VmHWM, not ru_maxrss: after fork and exec, ru_maxrss keeps the parent's high-water mark.
    status = Path("/proc/self/status").read_text(encoding="ascii")
    match = re.search(r"^VmHWM:\s*(\d+) kB", status, re.MULTILINE)
    peak = int(match.group(1)) / 1024 if match else float("nan")
    print(json.dumps({"peak_mb": round(peak, 1)}))


def run(n_entries: int, folder: Path, repeat: int) -> list[object]:
    text = generate_bib(n_entries)
    path = folder / f"bench{n_entries}.bib"
    path.write_text(text, encoding="utf-8")
    _ours_read(text)
    _theirs_read(text)  # imports and warm caches on both sides
    split_ours, split_theirs = _best_pair(
        lambda: _ours_split(text), lambda: _theirs_split(text), repeat
    )
    read_ours, read_theirs = _best_pair(
        lambda: _ours_read(text), lambda: _theirs_read(text), repeat
    )
    return [
        n_entries,
        f"{len(text.encode()) / 1e6:.1f}",
        split_ours,
        split_theirs,
        f"{split_ours / split_theirs:.2f}",
        read_ours,
        read_theirs,
        f"{read_ours / read_theirs:.2f}",
        f"{_peak_rss_mb('ours', path):.0f}",
        f"{_peak_rss_mb('bibtexparser', path):.0f}",
    ]


def main() -> None:
    if sys.argv[1:2] == ["--rss"]:
        _rss_child(sys.argv[2], sys.argv[3])
        return
    import tempfile

    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10_000, 50_000]
    headers = ["entries", "MB", "split s", "bibtexparser split s", "÷", "read s"]
    headers += ["bibtexparser parse s", "÷", "read peak RSS MB", "bibtexparser peak RSS MB"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            rows.append(run(n, Path(tmp), repeat=5 if n <= 10_000 else 3))
            print(table(headers, rows), flush=True)


if __name__ == "__main__":
    main()

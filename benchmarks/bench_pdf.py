"""PDF benchmark: the PDF front end against PDFium's own plain text extraction of the same file.

    python benchmarks/bench_pdf.py [PAGES]           (default: 60 generated pages)
    python benchmarks/bench_pdf.py --libraries [N]   (pypdfium2 against pdfplumber, N pages
                                                       of each corpus PDF; default 25)

Per file: seconds per page of ``PdfTextPage.get_text_range()`` over every page (the floor:
characters in content order, no sizes, no positions), of the front end
(:func:`~purgehist.formats.pdf.frontend.read_pdf_lines`: characters with size and position,
lines, layout, kinds, hyphenation) and of the whole ``pdf`` parser (front end and text
pipeline), with the ratios to the floor, and the peak RSS of a fresh process doing each once.
Times are the best of three runs with the cyclic garbage collector on, as a user's program runs.
The files: a generated book (running heads, note markers, footnotes; fpdf2) and, when
``/work/corpus`` exists, two corpus PDFs (never copied into the repository).

``--libraries`` measures what chose the library (see docs/formats/pdf.md): per corpus PDF, the
seconds per page and peak RSS of reading every character with its font size and position, and
how close each library's character order comes to ``pdftotext`` (rapidfuzz ratio of the page
texts with white space and hyphens removed); then which of six damaged files each can read.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "pdf"))

from _harness import table

CORPUS = Path("/work/corpus/docs")
CORPUS_FILES = ("en-langsci343-mori-article", "de-langsci224-schaefer-einfuehrung")


def best_with_gc(func: Callable[[], Any], repeat: int = 3) -> float:
    """The fastest of *repeat* runs in seconds, the garbage collector left on."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def plain_text(path: Path) -> int:
    """PDFium's text of every page (the floor)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path.read_bytes())
    count = 0
    for page in pdf:
        count += len(page.get_textpage().get_text_range())
    return count


def front_end(path: Path) -> int:
    """The PDF front end's lines."""
    from purgehist.formats.pdf.frontend import read_pdf_lines

    return len(read_pdf_lines(path.read_bytes(), path.name))


def whole_parser(path: Path) -> int:
    """The ``pdf`` input format: front end and text pipeline."""
    from purgehist.api import parse_file

    return len(parse_file(path, "pdf").dataset.evidence)


CANDIDATES = {"text": plain_text, "frontend": front_end, "parse": whole_parser}


def _peak_mb() -> float:
    # VmHWM, not ru_maxrss: after fork and exec, ru_maxrss keeps the parent's high-water mark.
    status = Path("/proc/self/status").read_text(encoding="ascii")
    match = re.search(r"^VmHWM:\s*(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else float("nan")


def rss_of(*args: str) -> dict[str, Any]:
    """What a fresh process running this script with *args* prints (JSON)."""
    done = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    )
    return dict(json.loads(done.stdout))


def bench_file(path: Path, name: str) -> list[object]:
    import pypdfium2 as pdfium

    pages = len(pdfium.PdfDocument(path.read_bytes()))
    seconds = {
        key: best_with_gc(lambda f=func: f(path)) / pages for key, func in CANDIDATES.items()
    }
    rss = {key: rss_of("--rss", key, str(path))["peak_mb"] for key in CANDIDATES}
    return [
        name,
        pages,
        seconds["text"] * 1000,
        seconds["frontend"] * 1000,
        f"{seconds['frontend'] / seconds['text']:.1f}",
        seconds["parse"] * 1000,
        f"{seconds['parse'] / seconds['text']:.1f}",
        f"{rss['text']:.0f} / {rss['frontend']:.0f} / {rss['parse']:.0f}",
    ]


def generated(pages: int, folder: Path) -> Path:
    import make_pdfs

    path = folder / f"generated-{pages}.pdf"
    path.write_bytes(make_pdfs.book(pages))
    return path


def main_files(pages: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = [(generated(pages, Path(tmp)), f"generated book ({pages} pages)")]
        files += [(CORPUS / n / "source.pdf", n) for n in CORPUS_FILES if CORPUS.exists()]
        rows = [bench_file(path, name) for path, name in files]
    headers = [
        "file",
        "pages",
        "text ms/page",
        "front end ms/page",
        "÷ text",
        "parse ms/page",
        "÷ text",
        "peak RSS MB (text / front end / parse)",
    ]
    print(table(headers, rows))


# --- the library comparison -------------------------------------------------------------


def chars_pdfium(path: str, pages: list[int]) -> dict[int, str]:
    """Every character with size and position through PDFium's raw API."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    pdf = pdfium.PdfDocument(path)
    x, y = ctypes.c_double(), ctypes.c_double()
    texts = {}
    for index in pages:
        page = pdf[index]
        textpage = page.get_textpage()  # kept: its handle closes when the object goes
        raw = textpage.raw
        chars = []
        for i in range(c.FPDFText_CountChars(raw)):
            code = c.FPDFText_GetUnicode(raw, i)
            c.FPDFText_GetFontSize(raw, i)
            c.FPDFText_GetCharOrigin(raw, i, ctypes.byref(x), ctypes.byref(y))
            chars.append("-" if code == 2 else chr(code))
        texts[index] = "".join(chars)
        textpage.close()
    return texts


def chars_plumber(path: str, pages: list[int]) -> dict[int, str]:
    """Every character with size and position through pdfplumber (pdfminer.six)."""
    import pdfplumber

    texts = {}
    with pdfplumber.open(path) as pdf:
        for index in pages:
            page = pdf.pages[index]
            texts[index] = "".join(ch["text"] for ch in page.chars if ch["size"] and ch["matrix"])
            page.close()
    return texts


LIBRARIES = {"pypdfium2": chars_pdfium, "pdfplumber": chars_plumber}


def _library_child(library: str, path: str, count: int) -> None:
    import pypdfium2 as pdfium

    total = len(pdfium.PdfDocument(path))
    step = max(1, total // count)
    pages = list(range(0, total, step))[:count]
    start = time.perf_counter()
    texts = LIBRARIES[library](path, pages)
    seconds = (time.perf_counter() - start) / len(pages)
    print(json.dumps({"s_per_page": seconds, "peak_mb": _peak_mb(), "texts": texts}))


def _normal(text: str) -> str:
    return re.sub(r"[\s\-\u00ad\ufffe]+", "", unicodedata.normalize("NFKC", text))


def _damaged(library: str, path: str) -> None:
    try:
        texts = LIBRARIES[library](path, list(range(3)))
        print(json.dumps({"ok": sum(1 for t in texts.values() if t.strip())}))
    except Exception as exc:  # every library fails in its own way: that is what is measured
        print(json.dumps({"error": type(exc).__name__}))


def main_libraries(count: int) -> None:
    from rapidfuzz import fuzz

    rows = []
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        raw = (folder / "raw.txt").read_text(encoding="utf-8").split("\f")
        row: list[object] = [folder.name]
        for library in LIBRARIES:
            result = rss_of("--library", library, str(folder / "source.pdf"), str(count))
            texts = {int(k): v for k, v in result["texts"].items()}
            scores = [fuzz.ratio(_normal(t), _normal(raw[p])) for p, t in texts.items()]
            row += [result["s_per_page"] * 1000, f"{result['peak_mb']:.0f}"]
            row.append(f"{sum(scores) / max(1, len(scores)):.1f}")
        rows.append(row)
    headers = ["document"] + [
        f"{lib} {what}" for lib in LIBRARIES for what in ("ms/page", "RSS MB", "order %")
    ]
    print(table(headers, rows))
    _damaged_table()


def _damaged_table() -> None:
    import random

    source = (CORPUS / CORPUS_FILES[0] / "source.pdf").read_bytes()
    rng = random.Random(1)
    noisy = bytearray(source)
    for i in rng.sample(range(len(noisy)), 200):
        noisy[i] = rng.randrange(256)
    cases = {
        "cut at 50 %": source[: len(source) // 2],
        "cut at 95 %": source[: len(source) * 95 // 100],
        "200 random bytes changed": bytes(noisy),
        "no startxref/trailer": source[: source.rfind(b"startxref")],
        "header then garbage": b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(5000)),
        "empty": b"",
    }
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in cases.items():
            path = Path(tmp) / "damaged.pdf"
            path.write_bytes(data)
            row: list[object] = [name]
            for library in LIBRARIES:
                result = rss_of("--damaged", library, str(path))
                row.append(
                    f"error ({result['error']})" if "error" in result else f"{result['ok']}/3 pages"
                )
            rows.append(row)
    print()
    print(table(["damaged file", *LIBRARIES], rows))


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--rss"]:
        CANDIDATES[args[1]](Path(args[2]))
        print(json.dumps({"peak_mb": _peak_mb()}))
    elif args[:1] == ["--library"]:
        _library_child(args[1], args[2], int(args[3]))
    elif args[:1] == ["--damaged"]:
        _damaged(args[1], args[2])
    elif args[:1] == ["--libraries"]:
        main_libraries(int(args[1]) if len(args) > 1 else 25)
    else:
        main_files(int(args[0]) if args else 60)


if __name__ == "__main__":
    main()

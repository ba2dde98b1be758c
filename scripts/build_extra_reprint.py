#!/usr/bin/env python3
"""Build corpus documents that are other documents of the corpus written again by another PDF
producer: the same pages and text in the PDF another program makes of them, so that the PDF
front end is measured on what other producers write. For every document of the manifest
(``tests/corpus/manifest-dev7.json`` unless ``--manifest`` names another), whose
``reprint.of`` names a document already built in ``--out``, it

1. writes the ``source.pdf`` of that document again with ``reprint.producer``:

   - ``cairo``: ``pdftocairo -pdf`` (poppler's cairo back end, as browsers and GTK programs
     print): every font selected at 1 pt and scaled by the text matrix;
   - ``ghostscript``: ``gs -sDEVICE=pdfwrite`` (re-distilling): fonts re-embedded and
     re-encoded, the page drawn at a tenth of a point and scaled back by the graphics matrix;
   - ``pdfpages``: each page placed on a sheet of ``reprint.paper`` and scaled by
     ``reprint.scale`` with pdfLaTeX's ``pdfpages`` (what ``pdfjam`` does): every size and
     position on the page scaled by the graphics matrix (CTM);

   with the time fixed (``SOURCE_DATE_EPOCH``, and dates and file identifiers a producer
   writes from the clock set from it), so two builds give the same bytes,
2. takes the notes of that document's ``gold.json`` (their text, labels and citations are the
   same) and locates them in the new PDF as ``build_extra.py`` does (``corpus_build.gold``),
   writing ``docs/<id>/``: ``source.pdf``, ``layout.txt``, ``raw.txt`` and ``gold.json``
   (whose ``source.pdf_render`` names the document reprinted, the producer and its version),
3. records checksums, counts and match rates in the manifest (``corpus_build.cli``), with the
   description, licence and origin of the document reprinted where the entry gives none, the
   producer's version as the program gives it (``renderers``) and the checksums of the
   document reprinted (``reprint.sha256``).

A document whose ``gold.json`` is not the one its own manifest records is refused: the
reprint's gold would come from an input nobody recorded.

Usage::

    python scripts/build_extra_reprint.py --manifest tests/corpus/manifest-dev7.json \\
        --out "$PURGEHIST_CORPUS/docs"

Needs what ``build_extra.py`` needs, the documents reprinted built first, and ``pdftocairo``
(poppler-utils), ``gs`` (ghostscript) and ``pdflatex`` with ``pdfpages`` (Debian
``texlive-latex-recommended``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_build import cli, gold
from corpus_build.manifest import read_manifest
from corpus_build.mirror import MIRROR_DIR
from corpus_build.notes import Extracted, SourceNote

MANIFEST = cli.MANIFESTS / "manifest-dev7.json"
SOURCE_MANIFESTS = ("manifest.json", *(f"manifest-dev{n}.json" for n in range(2, 7)))
"""The manifests whose documents may be reprinted (the held-out ``manifest-extra.json`` not)."""
KEPT = ("repository", "commit", "paths", "licence", "licence_pattern", "extract")
"""The fields of the document reprinted that the new entry takes when it gives none: where the
text comes from and its licence, and how the gold builder searches it."""
DESCRIBED = ("language", "kind", "authors", "year", "numbering", "placement", "citation_style")
_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:(\d{14})")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
PDFPAGES = r"""\documentclass{article}
\usepackage[paperwidth=%(width)s,paperheight=%(height)s]{geometry}
\usepackage{pdfpages}
\pdfsuppressptexinfo=-1
\begin{document}
\includepdf[pages=-,scale=%(scale)s]{in.pdf}
\end{document}
"""
PAPERS = {"a4paper": ("210mm", "297mm"), "letterpaper": ("8.5in", "11in")}
VERSIONS = {
    "cairo": ("pdftocairo", "-v"),
    "ghostscript": ("gs", "--version"),
    "pdfpages": ("pdflatex", "--version"),
}
"""The program each producer runs and how it tells its version."""


def _in_place(
    pattern: re.Pattern[bytes], data: bytes, value: bytes, groups: tuple[int, ...]
) -> bytes:
    """*data* with *groups* of each match of *pattern* overwritten by *value* (repeated and
    cut to each group's length)."""

    def write(m: re.Match[bytes]) -> bytes:
        whole = bytearray(m.group(0))
        for group in groups:
            a, b = m.start(group) - m.start(), m.end(group) - m.start()
            whole[a:b] = (value * (1 + (b - a) // max(1, len(value))))[: b - a]
        return bytes(whole)

    return pattern.sub(write, data)


def fixed_time(pdf: bytes, epoch: int) -> bytes:
    """*pdf* with the dates of its information dictionary set to *epoch* and its file
    identifier derived from its content, each value overwritten in place (the same length, so
    the cross-reference offsets hold): producers that write them from the clock (cairo) or
    from a random seed (Ghostscript's ``/ID``) then give the same bytes twice."""
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(epoch)).encode("ascii")
    dated = _in_place(_DATE, pdf, stamp, (2,))
    blank = _in_place(_ID, dated, b"0", (1, 2))
    digest = hashlib.md5(blank, usedforsecurity=False).hexdigest().upper().encode("ascii")
    return _in_place(_ID, dated, digest, (1, 2))


def producer_env(epoch: int) -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "FORCE_SOURCE_DATE": "1", "TZ": "UTC"}


def failure(output: str) -> str:
    """What a producer's *output* says of its failure: its first lines naming an error (the
    cause: Ghostscript's ``Error: /…`` comes first, pdfTeX's ``! …``) and its last line."""
    lines = [line.strip() for line in output.strip().splitlines() if line.strip()]
    causes = [line for line in lines if line.startswith("!") or "error" in line.lower()][:2]
    return " | ".join(dict.fromkeys([*(causes or lines[:1]), *lines[-1:]]))


def run(args: list[str], cwd: Path, epoch: int) -> None:
    done = subprocess.run(args, cwd=cwd, env=producer_env(epoch), capture_output=True)
    if done.returncode != 0:
        # Ghostscript prints the cause on stdout, the exit on stderr
        why = failure((done.stdout + b"\n" + done.stderr).decode("utf-8", "replace"))
        raise RuntimeError(f"{args[0]} failed ({done.returncode}): {why}")


def producer_version(name: str) -> dict[str, str]:
    """The version of the program that producer *name* runs, as the program gives it."""
    program, *args = VERSIONS[name]
    done = subprocess.run([program, *args], capture_output=True)
    said = (done.stdout or done.stderr).decode("utf-8", "replace").strip().splitlines()
    if done.returncode != 0 or not said:
        raise RuntimeError(f"{program} {' '.join(args)} gave no version ({done.returncode})")
    return {program: said[0].strip()}


def number(reprint: dict[str, Any], field: str, kind: Callable[[str], float] = float) -> float:
    """The number in *reprint*'s *field*, or an error naming ``reprint.<field>``."""
    if field not in reprint:
        raise ValueError(f"reprint.{field} is missing")
    try:
        return kind(str(reprint[field]))
    except ValueError:
        raise ValueError(f"reprint.{field} {reprint[field]!r} is not a number") from None


def cairo(reprint: dict[str, Any], work: Path, epoch: int) -> Path:
    run(["pdftocairo", "-pdf", "in.pdf", "out.pdf"], work, epoch)
    return work / "out.pdf"


def ghostscript(reprint: dict[str, Any], work: Path, epoch: int) -> Path:
    args = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite"]
    run([*args, "-sOutputFile=out.pdf", "in.pdf"], work, epoch)
    return work / "out.pdf"


def pdfpages(reprint: dict[str, Any], work: Path, epoch: int) -> Path:
    paper = reprint.get("paper", "a4paper")
    if paper not in PAPERS:
        raise ValueError(f"reprint.paper {paper!r} is none of {', '.join(PAPERS)}")
    width, height = PAPERS[paper]
    scale = number(reprint, "scale") if "scale" in reprint else 1.0
    source = PDFPAGES % {"width": width, "height": height, "scale": scale}
    (work / "out.tex").write_text(source, encoding="utf-8")
    run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "out.tex"], work, epoch)
    return work / "out.pdf"


PRODUCERS: dict[str, Callable[[dict[str, Any], Path, int], Path]] = {
    "cairo": cairo,
    "ghostscript": ghostscript,
    "pdfpages": pdfpages,
}


def reprinted_pdf(pdf: bytes, reprint: dict[str, Any]) -> bytes:
    """*pdf* written again by ``reprint.producer``, its time fixed to
    ``reprint.source_date_epoch``."""
    name = reprint.get("producer")
    if name not in PRODUCERS:
        raise ValueError(f"reprint.producer {name!r} is none of {', '.join(PRODUCERS)}")
    epoch = int(number(reprint, "source_date_epoch", int))
    with tempfile.TemporaryDirectory(prefix="build-reprint-") as folder:
        work = Path(folder)
        (work / "in.pdf").write_bytes(pdf)
        return fixed_time(PRODUCERS[name](reprint, work, epoch).read_bytes(), epoch)


def notes_of_gold(recorded: dict[str, Any]) -> Extracted:
    """The notes of a ``gold.json`` as a reader gives them (their labels those the PDF
    prints, so not corrected again), with its bibliography."""
    notes = [
        SourceNote(
            label=n["label"],
            scope=n["scope"],
            text=n["text"],
            anchor=n["anchor"],
            citations=n.get("citations") or n.get("citations_without_work") or [],
            kind=n.get("source_command", "footnote"),
            special=n.get("special"),
            rendered=n.get("text_is_rendered", True),
        )
        for n in recorded["footnotes"]
    ]
    files = [f"gold.json of {recorded['id']}"]
    return Extracted(notes, dict(recorded.get("bibliography", {})), files, labels_printed=True)


def source_entries(manifests: Path) -> dict[str, dict[str, Any]]:
    """The entries of the documents that may be reprinted, by id."""
    out: dict[str, dict[str, Any]] = {}
    for name in SOURCE_MANIFESTS:
        if (manifests / name).is_file():
            out.update({d["id"]: d for d in read_manifest(manifests / name)["documents"]})
    return out


def completed(doc: dict[str, Any], original: dict[str, Any]) -> None:
    """Give *doc* the fields of the document it reprints (*original*) it lacks."""
    for key in (*KEPT, *DESCRIBED):
        if key in original and key not in doc:
            doc[key] = original[key]


def build_document(
    doc: dict[str, Any],
    out_root: Path,
    sources: dict[str, dict[str, Any]],
    verbose: bool = False,
) -> dict[str, Any]:
    of = doc.get("reprint", {}).get("of")
    if of not in sources:
        raise ValueError(f"{doc['id']}: reprint.of {of!r} is no dev document of {SOURCE_MANIFESTS}")
    if sources[of].get("split") != "dev":
        raise ValueError(
            f"{doc['id']}: {of} is not of the dev split; only dev documents are reprinted"
        )
    folder = out_root / of
    if not (folder / "source.pdf").is_file() or not (folder / "gold.json").is_file():
        raise FileNotFoundError(
            f"{doc['id']}: {folder} lacks source.pdf or gold.json; build {of} first"
        )
    inputs = {
        name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
        for name in ("source.pdf", "gold.json")
    }
    want = sources[of].get("sha256", {})
    if inputs["gold.json"] != want.get("gold.json"):
        raise ValueError(
            f"{doc['id']}: {folder}/gold.json is not the one {of}'s manifest records "
            f"(sha256 {inputs['gold.json']}); rebuild {of} first"
        )
    if inputs["source.pdf"] != want.get("source.pdf"):
        # the gold holds the notes; a PDF of other bytes (another LibreOffice) is still the
        # document, and the checksum recorded below says which one was reprinted
        print(f"{doc['id']}: {folder}/source.pdf differs from {of}'s manifest", file=sys.stderr)
    recorded = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    completed(doc, sources[of])
    pdf = reprinted_pdf((folder / "source.pdf").read_bytes(), doc["reprint"])
    versions = producer_version(doc["reprint"]["producer"])
    doc["reprint"]["sha256"] = inputs
    doc["renderers"] = versions
    # the gold's source names the original's repository and PDF: say it was written again
    render = {"reprint_of": of, "producer": doc["reprint"]["producer"], **versions}
    written = {**doc, "pdf_render": render}
    return gold.write_document(written, out_root, pdf, notes_of_gold(recorded), verbose=verbose)


def main(argv: list[str] | None = None) -> int:
    ap = cli.parser(__doc__, MANIFEST, cli.CORPUS_DIR / "docs", MIRROR_DIR)
    args = ap.parse_args(argv)
    sources = source_entries(args.manifest.resolve().parent)

    def build(doc: dict[str, Any]) -> dict[str, Any]:
        return build_document(doc, args.out, sources, verbose=args.verbose)

    return cli.build_all(args, build, "sha256 differs", cli.sha256_differs)


if __name__ == "__main__":
    sys.exit(main())

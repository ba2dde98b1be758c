"""The command line ``build_corpus.py``, ``build_extra.py`` and ``build_extra_render.py`` share:
its arguments and defaults, the build of a manifest's documents, and the table printed of
them."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from corpus_build.manifest import read_manifest, record_build, write_manifest

ROOT = Path(__file__).resolve().parents[2]
"""The checkout."""
MANIFESTS = ROOT / "tests" / "corpus"
CORPUS_DIR = Path(os.environ.get("PURGEHIST_CORPUS") or ROOT.parent / "shared" / "corpus")
"""The corpus folder: ``$PURGEHIST_CORPUS``, else ``../shared/corpus`` beside the checkout."""

Row = tuple[str, str, int, float, float, str]
"""A document's row of the table printed: id, language, notes, % in PDF, % labels, the last."""


def parser(
    description: str | None, manifest: Path, out: Path, mirrors: Path, debs: Path | None = None
) -> argparse.ArgumentParser:
    """The arguments of a build, with their defaults (``--debs`` only when *debs* is given)."""
    ap = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--manifest", type=Path, default=manifest)
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--mirrors", type=Path, default=mirrors, help="the bare git mirrors")
    if debs is not None:
        ap.add_argument("--debs", type=Path, default=debs, help="Debian packages holding a PDF")
    ap.add_argument(
        "--only", action="append", default=[], help="build only this document id (repeatable)"
    )
    ap.add_argument("--no-write-manifest", action="store_true")
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="list the notes not found in the PDF"
    )
    return ap


def pdftotext_version() -> str:
    """The first line ``pdftotext -v`` prints."""
    out = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True)
    first = (out.stderr or out.stdout).splitlines()[0]
    return first.strip()


def build_all(
    args: argparse.Namespace,
    build: Callable[[dict[str, Any]], dict[str, Any]],
    last_column: str,
    last: Callable[[dict[str, Any], dict[str, str]], str],
) -> int:
    """Build every document of the manifest *args* name (those of ``--only``) with *build*,
    record what it returns in the manifest's entry, and print the table whose *last_column*
    is ``last(entry, checksums recorded before)``. A document that fails is named with why
    (its traceback with ``-v``) and the others are built and recorded; return 1 then, 2 for
    ``--only`` ids the manifest lacks, else 0."""
    manifest = read_manifest(args.manifest)
    ids = {doc["id"] for doc in manifest["documents"]}
    missing = [i for i in dict.fromkeys(args.only) if i not in ids]
    if missing:
        print(f"error: {args.manifest} has no document {', '.join(missing)}", file=sys.stderr)
        return 2
    version = pdftotext_version()
    rows: list[Row] = []
    failed = 0
    for doc in manifest["documents"]:
        if args.only and doc["id"] not in args.only:
            continue
        try:
            res = build(doc)
        except Exception as e:
            failed += 1
            if args.verbose:
                traceback.print_exc()
            why = " ".join(str(e).split())
            print(f"FAILED {doc['id']}: {type(e).__name__}: {why}", file=sys.stderr)
            continue
        recorded = record_build(doc, res, version)
        rows.append(
            (
                doc["id"],
                doc["language"],
                res["footnote_count"],
                res["matched_pct"],
                res["labels_seen_pct"],
                last(doc, recorded),
            )
        )
        print(
            f"built {doc['id']}: {res['footnote_count']} notes, {res['matched_pct']}% in PDF",
            file=sys.stderr,
        )
    if not args.no_write_manifest:
        write_manifest(manifest, args.manifest, version)
    print_table(rows, last_column)
    return 1 if failed else 0


def sha256_differs(doc: dict[str, Any], recorded: dict[str, str]) -> str:
    """The files of *doc* whose checksum differs from the one *recorded* before its build
    (``-`` for none): the last column of ``build_extra.py``'s table."""
    changed = [k for k, v in doc["sha256"].items() if recorded.get(k) not in (None, v)]
    return ", ".join(changed) or "-"


def print_table(rows: Sequence[Row], last_column: str) -> None:
    """Print one row per document built, *last_column* naming the row's last field."""
    print(f"{'doc':42} {'lang':4} {'notes':>6} {'in PDF %':>8} {'label %':>8} {last_column}")
    for r in rows:
        print(f"{r[0]:42} {r[1]:4} {r[2]:6d} {r[3]:8.1f} {r[4]:8.1f} {r[5]}")
    print(f"{'total':42} {'':4} {sum(r[2] for r in rows):6d}")

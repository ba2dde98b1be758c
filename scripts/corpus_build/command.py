"""The command line ``build_corpus.py`` and ``build_extra.py`` share: its arguments, the build of
a manifest's documents, and what is recorded and printed of them."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

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
    is ``last(entry, checksums recorded before)``."""
    manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
    version = pdftotext_version()
    rows: list[Row] = []
    for doc in manifest["documents"]:
        if args.only and doc["id"] not in args.only:
            continue
        recorded = dict(doc.get("sha256", {}))
        res = build(doc)
        doc.update({k: v for k, v in res.items() if k != "sha256"})
        doc["sha256"] = res["sha256"]
        doc["pdftotext_version"] = version
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
    finish(manifest, args.manifest, version, rows, last_column, write=not args.no_write_manifest)
    return 0


def sha256_differs(doc: dict[str, Any], recorded: dict[str, str]) -> str:
    """The files of *doc* whose checksum differs from the one *recorded* before its build
    (``-`` for none): the last column of ``build_extra.py``'s table."""
    changed = [k for k, v in doc["sha256"].items() if recorded.get(k) not in (None, v)]
    return ", ".join(changed) or "-"


def finish(
    manifest: dict[str, Any],
    manifest_path: Path,
    version: str,
    rows: Sequence[Row],
    last_column: str,
    *,
    write: bool,
) -> None:
    """Record the pdftotext version and the totals per split in the manifest (when *write*),
    and print one row per document built, *last_column* naming the row's last field."""
    if write:
        manifest["pdftotext_version"] = version
        manifest["totals"] = {
            split: {
                "documents": sum(1 for d in manifest["documents"] if d["split"] == split),
                "footnotes": sum(
                    d.get("footnote_count", 0) for d in manifest["documents"] if d["split"] == split
                ),
            }
            for split in ("dev", "test")
        }
        manifest_path.write_text(
            json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"{'doc':42} {'lang':4} {'notes':>6} {'in PDF %':>8} {'label %':>8} {last_column}")
    for r in rows:
        print(f"{r[0]:42} {r[1]:4} {r[2]:6d} {r[3]:8.1f} {r[4]:8.1f} {r[5]}")
    print(f"{'total':42} {'':4} {sum(r[2] for r in rows):6d}")

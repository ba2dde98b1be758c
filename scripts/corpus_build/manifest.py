"""The manifests of the corpus (``tests/corpus/manifest*.json``): read, a document's build
recorded in its entry, and written back with the totals per split."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from corpus_build.output import write_atomically

SPLITS = ("dev", "test")
"""The splits whose totals a manifest records, with any other its entries name (``reprint``)."""


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest at *path*."""
    try:
        manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ValueError(f"{path}:{e.lineno}:{e.colno}: not JSON: {e.msg}") from e
    return manifest


def record_build(doc: dict[str, Any], result: dict[str, Any], version: str) -> dict[str, str]:
    """Record in the manifest's entry *doc* what its build returned (*result*: counts, match
    rates, checksums) and the ``pdftotext`` *version*; return the checksums recorded before."""
    recorded = dict(doc.get("sha256", {}))
    doc.update({k: v for k, v in result.items() if k != "sha256"})
    doc["sha256"] = result["sha256"]
    doc["pdftotext_version"] = version
    return recorded


def write_manifest(manifest: dict[str, Any], path: Path, version: str) -> None:
    """Write *manifest* to *path* (replaced at once, never left half written) with the
    ``pdftotext`` *version* and the documents and notes of each split."""
    docs = manifest["documents"]
    manifest["pdftotext_version"] = version
    manifest["totals"] = {
        split: {
            "documents": sum(1 for d in docs if d["split"] == split),
            "footnotes": sum(d.get("footnote_count", 0) for d in docs if d["split"] == split),
        }
        for split in dict.fromkeys([*SPLITS, *(str(d["split"]) for d in docs)])
    }
    write_atomically(path, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")

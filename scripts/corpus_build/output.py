"""What ``build_corpus.py`` and ``build_extra.py`` write for a document: ``source.pdf`` and its
texts, ``gold.json``, and the manifest's record of them."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

FILES = ("source.pdf", "layout.txt", "raw.txt", "gold.json")
"""The files written for each document, whose checksums the manifest records."""
DESCRIBED = (
    "id",
    "language",
    "kind",
    "title",
    "authors",
    "year",
    "numbering",
    "placement",
    "citation_style",
)
"""The fields of a manifest's document that its gold repeats."""


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    h.update(path.read_bytes())
    return h.hexdigest()


def gold_entry(
    seq: int,
    label: str,
    scope: str,
    page: int | None,
    text: str,
    anchor: str,
    citations: list[dict[str, str]],
    located: dict[str, Any],
    *,
    kind: str = "footnote",
    rendered: bool = True,
    special: str | None = None,
    without_work: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """One note of ``gold.json``: the *seq*-th of the document, *located* being what the
    search in the PDF found (``Match.gold_fields``) and *without_work* the citations of
    works no bibliography describes, kept apart from *citations*."""
    entry: dict[str, Any] = {
        "seq": seq,
        "label": label,
        "scope": scope,
        "page": page,
        "text": text,
        "anchor": anchor,
        "citations": citations,
    }
    if without_work:
        entry["citations_without_work"] = without_work
    if kind != "footnote":
        entry["source_command"] = kind
    if not rendered:
        entry["text_is_rendered"] = False
    entry.update(located)
    if special:
        entry["special"] = special
    return entry


def write_pdf(out: Path, pdf: bytes, *, quiet: bool = False) -> tuple[str, str]:
    """Write *pdf* as ``source.pdf`` in *out* with its texts by ``pdftotext -layout``
    (``layout.txt``) and without it (``raw.txt``); return the raw and the layout text. The
    three replace the files there together, once all are made: a build stopped half way leaves
    the old ones."""
    with (
        replacing(out / "source.pdf") as pdf_tmp,
        replacing(out / "layout.txt") as layout_tmp,
        replacing(out / "raw.txt") as raw_tmp,
    ):
        pdf_tmp.write_bytes(pdf)
        for args, tmp in ((["-layout"], layout_tmp), ([], raw_tmp)):
            quiet_arg = ["-q"] if quiet else []
            subprocess.run(["pdftotext", *quiet_arg, *args, str(pdf_tmp), str(tmp)], check=True)
        raw, layout = (
            tmp.read_text(encoding="utf-8", errors="replace") for tmp in (raw_tmp, layout_tmp)
        )
    return raw, layout


def gold_stats(footnotes: list[dict[str, Any]], corrected: int, files: int) -> dict[str, Any]:
    """The counts a gold file records about its notes and how many were found in the PDF."""
    matched = sum(1 for f in footnotes if f["page"] is not None)
    labels_seen = sum(1 for f in footnotes if f["label_seen_in_pdf"])
    share = (lambda n: round(100.0 * n / len(footnotes), 1)) if footnotes else (lambda n: 0.0)
    return {
        "notes": len(footnotes),
        "matched_in_pdf": matched,
        "matched_pct": share(matched),
        "labels_seen_pct": share(labels_seen),
        "with_citations": sum(1 for f in footnotes if f["citations"]),
        "special": sum(1 for f in footnotes if f.get("special")),
        "labels_corrected_from_pdf": corrected,
        "scopes": len({f["scope"] for f in footnotes}),
        "source_files": files,
    }


def gold_source(doc: dict[str, Any]) -> dict[str, Any]:
    """Where the gold of the manifest's document *doc* was built from."""
    return {
        "repository": doc["repository"],
        "commit": doc["commit"],
        "paths": doc["paths"],
        "licence": doc["licence"],
    }


def gold_record(
    doc: dict[str, Any],
    pages: int,
    source: dict[str, Any],
    footnotes: list[dict[str, Any]],
    bibliography: dict[str, Any],
    stats: dict[str, Any],
) -> dict[str, Any]:
    """The content of ``gold.json``: the manifest's description of *doc* and its notes."""
    return {
        **{k: doc[k] for k in DESCRIBED},
        "pages": pages,
        "source": source,
        "footnotes": footnotes,
        "bibliography": bibliography,
        "stats": stats,
    }


def write_gold(out: Path, gold: dict[str, Any], licence_line: str | None) -> dict[str, Any]:
    """Write *gold* as ``gold.json`` in *out*; return what the manifest records of the
    document: its licence statement in the PDF, counts, match rates and checksums."""
    write_atomically(out / "gold.json", json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return {
        "licence_statement_in_pdf": licence_line,
        "footnote_count": len(gold["footnotes"]),
        "matched_pct": gold["stats"]["matched_pct"],
        "labels_seen_pct": gold["stats"]["labels_seen_pct"],
        "pages": gold["pages"],
        "sha256": {name: sha256(out / name) for name in FILES},
    }


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write *data* (text as UTF-8) to *path* through :func:`replacing`: a build stopped half
    way leaves the file as it was."""
    with replacing(path) as tmp:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside *path* for the block to write, renamed over *path* when the
    block ends and removed if it fails. It has the mode a new file opened plainly gets
    (``0o666`` less the umask), not ``mkstemp``'s ``0o600``."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        try:
            os.fchmod(fd, 0o666 & ~_umask())
        finally:
            os.close(fd)
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (read by setting it, then set back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def print_unmatched(footnotes: list[dict[str, Any]]) -> None:
    """List the notes not found in the PDF."""
    for f in footnotes:
        if f["page"] is None:
            print(
                f"   UNMATCHED {f['seq']} [{f['label']}] {f['scope']} "
                f"score={f['match_score']}: {f['text'][:140]}"
            )

"""Word-processor files for ``build_extra.py``: a document as a ``.docx`` or ``.odt`` file (the
repository's, or one pandoc makes of its source, optionally laid out with endnotes or in
columns), the pandoc AST its notes are read from, and the PDF LibreOffice exports of it, made
reproducible: the export time and the file identifiers that hang on it are replaced by fixed
values of the same length, so the cross-reference offsets stay right and two builds give the
same bytes."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import tempfile
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any, Protocol

__all__ = ["OFFICE_FORMATS", "odt_layout", "office_ast", "office_file", "office_pdf", "stable_pdf"]

OFFICE_FORMATS = {".docx": "docx", ".odt": "odt"}
_FIXED_DATE = b"20000101000000"
_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}")
_PDF_ID = re.compile(rb"(/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}(>\s*\])")
_PDF_SUM = re.compile(rb"(/DocChecksum\s*/)[0-9A-Fa-f]{32}")
_PAGE_LAYOUT = re.compile(
    r'<style:page-layout style:name="Mpm1">\s*<style:page-layout-properties\b[^>]*[^/]>'
)
"""pandoc's page layout: its properties' children are where the columns go (before the
footnote separator, as the schema orders them)."""
_ENDNOTE_NUMBERS = re.compile(
    r'(<text:notes-configuration text:note-class="endnote"\s+style:num-format=)"i"'
)
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


class Repo(Protocol):
    def show(self, commit: str, path: str) -> bytes | None: ...


def office_file(doc: dict[str, Any], repo: Repo) -> tuple[str, bytes]:
    """The document as a word-processor file: ``paths.main`` when it is one, else that file
    converted by pandoc from ``extract.convert_from`` (e.g. ``latex``) to ``extract.convert_to``
    (``docx``, the default, or ``odt``: pandoc's reference files give the footnotes the text's
    size in the one, LibreOffice Writer's default 10 pt under a 12 pt text in the other)."""
    commit, main = doc["commit"], doc["paths"]["main"]
    data = repo.show(commit, main)
    if data is None:
        raise FileNotFoundError(f"{doc['id']}: {main} not at {commit}")
    suffix = Path(main).suffix.lower()
    cfg = doc.get("extract", {})
    target = cfg.get("convert_to", "docx")
    endnotes, columns = _layout(doc, cfg)
    if (endnotes or columns > 1) and (suffix in OFFICE_FORMATS or target != "odt"):
        raise ValueError(
            f"{doc['id']}: extract.notes and extract.columns lay out only an .odt pandoc makes"
            f" (convert_to: odt from a source that is no office file), not {main}"
        )
    if suffix in OFFICE_FORMATS:
        return suffix, data
    with tempfile.TemporaryDirectory(prefix="build-extra-") as name:
        # cwd is an empty folder: images the source names are left out, not fetched
        converted = subprocess.run(
            ["pandoc", "-f", cfg.get("convert_from", "markdown"), "-t", target, "-o", "-"],
            input=data,
            check=True,
            capture_output=True,
            cwd=name,
        ).stdout
    if endnotes or columns > 1:
        converted = odt_layout(converted, endnotes, columns)
    return f".{target}", converted


def _layout(doc: dict[str, Any], cfg: dict[str, Any]) -> tuple[bool, int]:
    """``extract.notes`` (endnotes or not) and ``extract.columns`` of *doc*, checked."""
    notes = cfg.get("notes", "footnotes")
    if notes not in ("footnotes", "endnotes"):
        raise ValueError(f"{doc['id']}: extract.notes must be footnotes or endnotes, not {notes!r}")
    columns = cfg.get("columns", 1)
    if not isinstance(columns, int) or isinstance(columns, bool) or not 1 <= columns <= 9:
        raise ValueError(
            f"{doc['id']}: extract.columns must be a whole number 1-9, not {columns!r}"
        )
    return notes == "endnotes", columns


def odt_layout(data: bytes, endnotes: bool, columns: int) -> bytes:
    """The ``.odt`` *data* (pandoc's) with its notes made endnotes, numbered 1, 2, 3 through the
    document (LibreOffice sets them on pages of their own at the end; Writer's default would
    number them i, ii, iii), and its pages set in *columns* columns (``extract.notes:
    endnotes``, ``extract.columns``). The notes and their order are unchanged, so the gold
    read from the file is the same."""
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            text = source.read(info.filename)
            if info.filename == "content.xml" and endnotes:
                text = text.replace(b'text:note-class="footnote"', b'text:note-class="endnote"')
            elif info.filename == "styles.xml":
                text = _odt_styles(text.decode("utf-8"), endnotes, columns).encode("utf-8")
            stored = info.filename == "mimetype"
            entry = zipfile.ZipInfo(info.filename, _ZIP_TIME)
            entry.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            target.writestr(entry, text)
    return out.getvalue()


def _odt_styles(styles: str, endnotes: bool, columns: int) -> str:
    """pandoc's ``styles.xml`` with the page set in *columns* and endnotes numbered 1, 2, 3."""
    if columns > 1:
        layout = _PAGE_LAYOUT.search(styles)
        if layout is None:
            raise ValueError("no page layout Mpm1 in the styles of pandoc's .odt")
        split = layout.end()
        columned = f'<style:columns fo:column-count="{columns}" fo:column-gap="0.25in" />'
        styles = styles[:split] + columned + styles[split:]
    if endnotes:
        styles, found = _ENDNOTE_NUMBERS.subn(r'\1"1"', styles)
        if found != 1:
            raise ValueError("no endnote numbering in the styles of pandoc's .odt")
    return styles


def office_ast(doc: dict[str, Any], repo: Repo) -> dict[str, Any]:
    """The pandoc AST (JSON) of the document's word-processor file."""
    suffix, data = office_file(doc, repo)
    ast: dict[str, Any] = json.loads(
        subprocess.run(
            ["pandoc", "-f", OFFICE_FORMATS[suffix], "-t", "json"],
            input=data,
            check=True,
            capture_output=True,
        ).stdout
    )
    return ast


def office_pdf(doc: dict[str, Any], repo: Repo) -> bytes:
    """The PDF LibreOffice (``soffice``) exports of the document's word-processor file, with a
    profile of its own so that a running LibreOffice is left alone; see :func:`stable_pdf`."""
    suffix, data = office_file(doc, repo)
    with tempfile.TemporaryDirectory(prefix="build-extra-") as name:
        tmp = Path(name)
        (tmp / f"document{suffix}").write_bytes(data)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={(tmp / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp),
                str(tmp / f"document{suffix}"),
            ],
            check=True,
            capture_output=True,
        )
        return stable_pdf((tmp / "document.pdf").read_bytes())


def stable_pdf(data: bytes) -> bytes:
    """*data* with its creation and modification times set to a fixed date, and the file
    identifier and checksum LibreOffice derives from the time replaced by a digest of the
    rest: each value keeps its length."""
    data = _PDF_DATE.sub(lambda m: m[1] + _FIXED_DATE, data)
    blank = _PDF_SUM.sub(lambda m: m[1] + b"0" * 32, _PDF_ID.sub(_zero_id, data))
    digest = hashlib.md5(blank, usedforsecurity=False).hexdigest().upper().encode()
    data = _PDF_ID.sub(lambda m: m[1] + digest + m[2] + digest + m[3], data)
    return _PDF_SUM.sub(lambda m: m[1] + digest, data)


def _zero_id(m: re.Match[bytes]) -> bytes:
    return m[1] + b"0" * 32 + m[2] + b"0" * 32 + m[3]

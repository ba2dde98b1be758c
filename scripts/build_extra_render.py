#!/usr/bin/env python3
"""Build corpus documents whose PDF is rendered here from the sources at their commit (the
authors' own PDF being absent): a LaTeX book set by XeLaTeX or pdfLaTeX (``render.engine:
xelatex``, ``pdflatex``) or a DocBook book set by dblatex (``render.engine: dblatex``). For
every document of the manifest (``tests/corpus/manifest-dev5.json`` unless ``--manifest``
names another) it

1. checks the tree out of the bare mirror (``<mirrors>/<owner>+<name>/repo``) at ``commit``,
   adds the files ``render.files`` gives (what a Makefile writes from git before the build),
   and renders the PDF with the time fixed (``SOURCE_DATE_EPOCH``), so two builds give the
   same bytes,
2. reads the notes from the same sources with the readers of ``corpus_build`` (``latex``:
   ``\\footnote`` bodies; ``docbook``: ``<footnote>`` elements), given first what the reader
   would not print as the render does (``\\nameref``, nested ``\\enquote``, a URL's ``~``;
   external entities, ``<xref>``, notes lettered in sidebars),
3. writes ``docs/<id>/`` as ``build_extra.py`` does (``corpus_build.gold``): ``source.pdf``,
   ``layout.txt`` (``pdftotext -layout``), ``raw.txt`` and ``gold.json``, the notes located
   in the PDF,
4. records checksums, counts and match rates in the manifest (``corpus_build.cli``).

Usage::

    python scripts/build_extra_render.py --manifest tests/corpus/manifest-dev5.json \\
        --out "$PURGEHIST_CORPUS/docs"

Needs what ``build_extra.py`` needs, plus ``xelatex`` and ``makeindex`` (Debian
``texlive-xetex``, ``texlive-lang-cyrillic``, ``texlive-latex-extra``, ``fonts-liberation``)
or ``dblatex``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_build import cli, docbook, endnote_styles, gold, latex
from corpus_build.docbook import with_named_entities
from corpus_build.mirror import MIRROR_DIR, Repo
from corpus_build.notes import Extracted
from corpus_build.scanner import label_format

MANIFEST = cli.MANIFESTS / "manifest-dev5.json"
MAX_RUNS = 6
"""XeLaTeX is run until its log asks for no rerun, at most this many times."""
_ENTITY_DECL = re.compile(r"<!ENTITY\s+([A-Za-z][\w.-]*)\s+SYSTEM\s+\"([^\"]+)\"\s*>\s*")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>\s*")
DBLATEX_XSL = """\
<?xml version="1.0"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<!-- DocBook Lite (O'Reilly) allows a simplesect without a title: no heading -->
<xsl:template match="simplesect[not(title)]"><xsl:apply-templates/></xsl:template>
<!-- dblatex escapes # % & of a URL only in some contexts; in an argument (\\emph) too -->
<xsl:template name="ulink-encode">
  <xsl:param name="escape" select="1"/>
  <xsl:call-template name="scape-encode">
    <xsl:with-param name="string">
      <xsl:call-template name="string-replace">
        <xsl:with-param name="string">
          <xsl:call-template name="string-replace">
            <xsl:with-param name="string">
              <xsl:call-template name="string-replace">
                <xsl:with-param name="string" select="@url"/>
                <xsl:with-param name="from" select="'%'"/>
                <xsl:with-param name="to" select="'\\%'"/>
              </xsl:call-template>
            </xsl:with-param>
            <xsl:with-param name="from" select="'#'"/>
            <xsl:with-param name="to" select="'\\#'"/>
          </xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="from" select="'&amp;'"/>
        <xsl:with-param name="to" select="'\\&amp;'"/>
      </xsl:call-template>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>
</xsl:stylesheet>
"""
"""The stylesheet layer every dblatex render adds to dblatex's own (``-p``)."""
_HEADING_LABEL = re.compile(
    r"\\(?:part|chapter|section|subsection|subsubsection)\*?\s*\{((?:[^{}]|\{[^{}]*\})*)\}"
    r"\s*\\label\{([^{}]+)\}"
)
_URL = re.compile(r"\\url\s*\{([^{}]*)\}")
_ENQUOTE = re.compile(r"\\enquote\*?\s*\{")
_NAMEREF = re.compile(r"\\[Nn]ameref\*?\{([^{}]+)\}")


class OverlayRepo(Repo):
    """A mirror read at one commit with some files added or replaced (*files*, by path)."""

    def __init__(self, full_name: str, mirror_dir: Path, files: dict[str, bytes]) -> None:
        super().__init__(full_name, mirror_dir)
        self.files = dict(files)

    def show(self, commit: str, path: str) -> bytes | None:
        return self.files[path] if path in self.files else super().show(commit, path)

    def paths(self, commit: str) -> set[str]:
        return super().paths(commit) | set(self.files)


def added_files(doc: dict[str, Any]) -> dict[str, bytes]:
    """The files ``render.files`` adds to the tree (path: text)."""
    files: dict[str, str] = doc.get("render", {}).get("files", {})
    return {path: text.encode("utf-8") for path, text in files.items()}


def checkout(repo: Repo, commit: str, dest: Path, files: dict[str, bytes]) -> None:
    """The tree of *commit* written to *dest*, with *files* added. Blobs the mirror lacks (a
    snapshot leaves out the largest files) are left out, and named on stderr."""

    def git(*args: str, data: bytes | None = None) -> bytes:
        return subprocess.run(
            ["git", f"--git-dir={repo.gitdir}", *args], input=data, check=True, capture_output=True
        ).stdout

    entries = [
        line.split(b"\t", 1) for line in git("ls-tree", "-r", "-z", commit).split(b"\0") if line
    ]
    blobs = [(meta.split()[2], path.decode("utf-8")) for meta, path in entries if b" blob " in meta]
    batch = git("cat-file", "--batch", data=b"".join(sha + b"\n" for sha, _ in blobs))
    pos = 0
    for _, path in blobs:
        end = batch.index(b"\n", pos)
        header = batch[pos:end].split()
        pos = end + 1
        if header[-1] == b"missing":
            print(f"{repo.full_name}: {path} is not in the mirror, left out", file=sys.stderr)
            continue
        size = int(header[2])
        (dest / path).parent.mkdir(parents=True, exist_ok=True)
        (dest / path).write_bytes(batch[pos : pos + size])
        pos += size + 1
    for path, data in files.items():
        (dest / path).parent.mkdir(parents=True, exist_ok=True)
        (dest / path).write_bytes(data)


def render_env(doc: dict[str, Any]) -> dict[str, str]:
    """The environment of a render: the time fixed to ``render.source_date_epoch`` (pdfTeX
    and xdvipdfmx then write it as the PDF's dates and derive its identifier from it)."""
    epoch = str(doc["render"]["source_date_epoch"])
    return {**os.environ, "SOURCE_DATE_EPOCH": epoch, "FORCE_SOURCE_DATE": "1", "TZ": "UTC"}


def render_tex(engine: str, doc: dict[str, Any], work: Path) -> Path:
    """Set ``paths.main`` with the TeX *engine* (``xelatex``, ``pdflatex``) as ``rubber``
    would: run, ``makeindex`` when an index is written, then run again until the log asks for
    no rerun. With ``render.keep_going`` TeX goes on past errors, as an author's editor
    does (sources a newer TeX Live finds fault with: input after a verbatim block's end,
    bytes that are not UTF-8); every run must then still write the PDF anew and log exactly
    the ``render.expected_errors`` errors the manifest records."""
    main = Path(doc["paths"]["main"])
    folder, stem = work / main.parent, main.stem
    pdf = folder / f"{stem}.pdf"
    env = render_env(doc)
    keep_going = bool(doc["render"].get("keep_going"))
    halt = [] if keep_going else ["-halt-on-error"]

    def run() -> str:
        pdf.unlink(missing_ok=True)  # a failed rerun must not leave the last run's PDF
        done = subprocess.run(
            [engine, "-interaction=nonstopmode", *halt, main.name],
            cwd=folder,
            env=env,
            check=not keep_going,
            capture_output=True,
        )
        if not pdf.is_file():
            raise ValueError(f"{doc['id']}: {engine} wrote no PDF of {main}")
        log = (folder / f"{stem}.log").read_text(encoding="utf-8", errors="replace")
        if keep_going:
            check_errors(doc, log, done.returncode)
        return log

    log = run()
    for _ in range(MAX_RUNS - 1):
        if (folder / f"{stem}.idx").is_file():
            subprocess.run(["makeindex", "-q", f"{stem}.idx"], cwd=folder, env=env, check=True)
        if not re.search(r"Rerun|undefined references|Label\(s\) may have changed", log):
            break
        log = run()
    return pdf


def check_errors(doc: dict[str, Any], log: str, returncode: int) -> None:
    """Fail unless the TeX *log* of a run past errors holds exactly the number of errors
    (lines opening with ``!``) that ``render.expected_errors`` records."""
    expected = doc["render"].get("expected_errors")
    found = len(re.findall(r"^! ", log, flags=re.M))
    if expected is None:
        raise ValueError(
            f"{doc['id']}: render.keep_going needs render.expected_errors (this run: {found})"
        )
    if found != expected:
        raise ValueError(
            f"{doc['id']}: TeX logged {found} errors (exit status {returncode}), "
            f"the manifest's render.expected_errors is {expected}"
        )


def render_xelatex(doc: dict[str, Any], work: Path) -> Path:
    """Set ``paths.main`` with XeLaTeX (see :func:`render_tex`)."""
    return render_tex("xelatex", doc, work)


def render_pdflatex(doc: dict[str, Any], work: Path) -> Path:
    """Set ``paths.main`` with pdfLaTeX (see :func:`render_tex`)."""
    return render_tex("pdflatex", doc, work)


def render_dblatex(doc: dict[str, Any], work: Path) -> Path:
    """Set the DocBook book ``paths.main`` with dblatex (its default pdfTeX back end), with
    :data:`DBLATEX_XSL` and the ``render.params`` stylesheet parameters."""
    main: Path = work / doc["paths"]["main"]
    out = main.with_suffix(".pdf")
    layer = work / "build-render.xsl"
    endnotes = doc["render"].get("endnotes")
    layer.write_text(
        endnote_styles.dblatex_layer(DBLATEX_XSL, endnotes) if endnotes else DBLATEX_XSL,
        encoding="utf-8",
    )
    params = [
        arg
        for name, value in doc["render"].get("params", {}).items()
        for arg in ("-P", f"{name}={value}")
    ]
    subprocess.run(
        ["dblatex", "-q", "-p", str(layer), *params, "-o", str(out), str(main)],
        cwd=main.parent,
        env=render_env(doc),
        check=True,
        capture_output=True,
    )
    return out


RENDERERS: dict[str, Callable[[dict[str, Any], Path], Path]] = {
    "xelatex": render_xelatex,
    "pdflatex": render_pdflatex,
    "dblatex": render_dblatex,
}


def render_files(doc: dict[str, Any], repo: Repo) -> dict[str, bytes]:
    """The files a render adds to the tree: ``render.files``, and for a LaTeX book whose
    notes ``render.endnotes`` sets as endnotes its main file with their preamble
    (:func:`corpus_build.endnote_styles.with_endnotes`)."""
    files = added_files(doc)
    endnotes = doc["render"].get("endnotes")
    if endnotes and doc["render"]["engine"] != "dblatex":
        main = doc["paths"]["main"]
        data = files.get(main) or Repo.show(repo, doc["commit"], main)  # as committed
        if data is None:
            raise ValueError(f"{doc['id']}: {main} is not in the tree at {doc['commit']}")
        tex = endnote_styles.with_endnotes(data.decode("utf-8"), endnotes, main)
        files[main] = tex.encode("utf-8")
    return files


def rendered_pdf(doc: dict[str, Any], repo: Repo) -> bytes:
    """The PDF of the document as ``render.engine`` sets its sources at the commit."""
    with tempfile.TemporaryDirectory(prefix="build-render-") as name:
        work = Path(name)
        checkout(repo, doc["commit"], work, render_files(doc, repo))
        return RENDERERS[doc["render"]["engine"]](doc, work).read_bytes()


def expand_system_entities(text: str, read: Callable[[str], str | None]) -> str:
    """A DocBook book split into files by external entities (``<!ENTITY ch01 SYSTEM
    "ch01.xml">`` and ``&ch01;``) as one text: each reference replaced by the file *read*
    gives (its XML declaration left out), the declarations of those entities dropped."""
    files: dict[str, str] = {}
    for m in _ENTITY_DECL.finditer(text):
        content = read(m.group(2))
        if content is not None:
            files[m.group(1)] = _XML_DECL.sub("", content)
    text = _ENTITY_DECL.sub(lambda m: "" if m.group(1) in files else m.group(0), text)
    text = re.sub(r"<!DOCTYPE(\s+\S+\s+[^\[>]*?)\s*\[\s*\]\s*>", r"<!DOCTYPE\1>", text)
    return re.sub(r"&([A-Za-z][\w.-]*);", lambda m: files.get(m.group(1), m.group(0)), text)


SECTION_DEPTH = {"sect1": 1, "sect2": 2, "sect3": 3, "sect4": 4, "section": 1}


def docbook_xref_texts(root: Any) -> dict[str, str]:
    """What dblatex prints for an ``<xref>`` to each id of the book *root*: ``Chapter 3``,
    ``Appendix B``, ``Section 2.1.12`` (numbered as LaTeX numbers them: a section's counter
    goes on until the next section of the level above), an element's ``xreflabel`` when it
    has one, else (an ``anchor``) its division's."""
    out: dict[str, str] = {}
    chapter, chapters, appendices = "", 0, 0
    counters = [0, 0, 0, 0]
    current = ""
    for e in root.iter():
        if not isinstance(e.tag, str):
            continue
        if e.tag in ("chapter", "appendix"):
            if e.tag == "chapter":
                chapters += 1
                chapter = str(chapters)
            else:
                appendices += 1
                chapter = chr(64 + appendices)
            counters = [0, 0, 0, 0]
            current = f"{e.tag.capitalize()} {chapter}"
        elif e.tag in ("preface", "dedication"):
            chapter, current = "", ""
        elif e.tag in SECTION_DEPTH:
            depth = SECTION_DEPTH[e.tag]
            counters[depth - 1] += 1
            counters[depth:] = [0] * (4 - depth)
            current = "Section " + ".".join(x for x in [chapter, *map(str, counters[:depth])] if x)
        if e.get("id"):
            out[e.get("id")] = e.get("xreflabel") or current
    return out


def resolve_docbook_xrefs(data: bytes) -> bytes:
    """The DocBook book *data* with each ``<xref>`` written as dblatex prints it (see
    :func:`docbook_xref_texts`)."""
    from lxml import etree

    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=True)
    root = etree.fromstring(with_named_entities(data), parser)
    texts = docbook_xref_texts(root)
    for e in list(root.iter("xref")):
        if e.get("linkend") not in texts:
            continue
        text = texts[e.get("linkend")]
        parent, before = e.getparent(), e.getprevious()
        joined = text + (e.tail or "")
        if before is not None:
            before.tail = (before.tail or "") + joined
        else:
            parent.text = (parent.text or "") + joined
        parent.remove(e)
    return bytes(etree.tostring(root, encoding="utf-8"))


BOXES = ("sidebar",)
"""DocBook elements dblatex sets as boxes with notes of their own (a minipage: labelled a, b,
… below the box, the chapter's count left alone)."""


def box_notes(found: Extracted, data: bytes) -> Extracted:
    """*found* (the notes the DocBook reader read from the book *data*) with the notes of
    :data:`BOXES` labelled as dblatex prints them, each box a scope of its own (as
    the LaTeX scanner scopes a minipage's notes), and the other notes of their chapter
    numbered without them."""
    from lxml import etree

    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=True)
    root = etree.fromstring(with_named_entities(data), parser)
    tops = [
        e for e in root.iter("footnote") if not any(a.tag == "footnote" for a in e.iterancestors())
    ]
    if len(tops) != len(found.notes):
        raise ValueError(f"{len(tops)} <footnote>s, but the reader gave {len(found.notes)}")
    boxes: dict[Any, int] = {}
    in_box: dict[int, int] = {}
    skipped: dict[str, int] = {}
    for note, e in zip(found.notes, tops, strict=True):
        box = next((a for a in e.iterancestors() if a.tag in BOXES), None)
        if box is None:
            if note.label.isdigit():
                note.label = str(int(note.label) - skipped.get(note.scope, 0))
            continue
        k = boxes.setdefault(box, len(boxes) + 1)
        in_box[k] = in_box.get(k, 0) + 1
        skipped[note.scope] = skipped.get(note.scope, 0) + 1
        note.label = label_format(in_box[k], "alph")
        note.scope = f"{note.scope}/{box.tag}-{k}"
        note.special = str(box.tag)
    return found


def resolve_namerefs(texts: dict[str, str]) -> dict[str, str]:
    """The LaTeX *texts* (path: source) that hold ``\\nameref{label}``, with each written as
    the title of the heading the label follows, as hyperref prints it."""
    titles = {
        m.group(2): m.group(1) for text in texts.values() for m in _HEADING_LABEL.finditer(text)
    }

    def title(m: re.Match[str]) -> str:
        return "{" + titles[m.group(1)] + "}" if m.group(1) in titles else m.group(0)

    return {p: _NAMEREF.sub(title, t) for p, t in texts.items() if _NAMEREF.search(t)}


def print_enquotes(text: str, levels: list[str]) -> str:
    """*text* with each ``\\enquote{…}`` written with the quotes csquotes prints at its depth
    of nesting: *levels* holds each level's pair (``«»``, then ``„“`` for Russian), the
    levels alternating past the last."""
    out: list[str] = []
    closers: list[str | None] = []  # per open brace: the quote its closing brace prints
    i = 0
    while i < len(text):
        m = _ENQUOTE.match(text, i)
        if m:
            depth = sum(1 for c in closers if c is not None)
            pair = levels[depth % len(levels)]
            out.append(pair[0])
            closers.append(pair[1])
            i = m.end()
            continue
        c = text[i]
        if c in "\\%":  # an escaped character, or a comment to the end of its line
            end = i + 2 if c == "\\" else (text.find("\n", i) + 1 or len(text))
            out.append(text[i:end])
            i = end
            continue
        if c == "{":
            closers.append(None)
        elif c == "}" and closers:
            closer = closers.pop()
            if closer is not None:
                out.append(closer)
                i += 1
                continue
        out.append(c)
        i += 1
    return "".join(out)


def url_tildes(text: str) -> str:
    """*text* with the ``~`` of each ``\\url{…}`` written ``\\textasciitilde{}``: ``\\url``
    prints it as it stands, where elsewhere it is a space."""
    return _URL.sub(lambda m: m.group(0).replace("~", "\\textasciitilde{}"), text)


def gold_repo(doc: dict[str, Any], mirrors: Path) -> OverlayRepo:
    """The repository the notes are read from: the files the render added; for LaTeX the
    sources with their ``\\nameref``s resolved (the reader prints ``\\ref`` alone) and, given
    ``extract.enquote_levels``, their ``\\enquote``s printed (see :func:`print_enquotes`), the
    tildes of URLs kept; for DocBook ``paths.main`` with its external entities expanded (the
    reader takes one file)."""
    files = added_files(doc)
    repo = OverlayRepo(doc["repository"], mirrors, files)
    if doc["source_format"] == "latex":
        tex = sorted(p for p in repo.paths(doc["commit"]) if p.endswith(".tex"))
        original = {p: repo.text(doc["commit"], p) or "" for p in tex}
        texts = {**original, **resolve_namerefs(original)}
        levels = doc.get("extract", {}).get("enquote_levels")
        if levels:
            texts = {p: print_enquotes(t, levels) for p, t in texts.items()}
        texts = {p: url_tildes(t) for p, t in texts.items()}
        repo.files.update({p: t.encode("utf-8") for p, t in texts.items() if t != original[p]})
    if doc["source_format"] == "docbook":
        main = doc["paths"]["main"]
        folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
        text = repo.text(doc["commit"], main) or ""
        expanded = expand_system_entities(text, lambda p: repo.text(doc["commit"], folder + p))
        repo.files[main] = resolve_docbook_xrefs(expanded.encode("utf-8"))
    return repo


READERS: dict[str, Callable[[dict[str, Any], Repo], Extracted]] = {
    "latex": latex.latex_notes,
    "docbook": docbook.docbook_notes,
}
"""The reader of each ``source_format`` a render is made from."""


def build_document(
    doc: dict[str, Any], out_root: Path, mirrors: Path, verbose: bool = False
) -> dict[str, Any]:
    repo = gold_repo(doc, mirrors)
    pdf = rendered_pdf(doc, repo)
    found = READERS[doc["source_format"]](doc, repo)
    if doc["source_format"] == "docbook":
        found = box_notes(found, repo.show(doc["commit"], doc["paths"]["main"]) or b"")
    return gold.write_document(doc, out_root, pdf, found, verbose=verbose)


def main(argv: list[str] | None = None) -> int:
    ap = cli.parser(__doc__, MANIFEST, cli.CORPUS_DIR / "docs", MIRROR_DIR)
    args = ap.parse_args(argv)

    def build(doc: dict[str, Any]) -> dict[str, Any]:
        return build_document(doc, args.out, args.mirrors, verbose=args.verbose)

    return cli.build_all(args, build, "sha256 differs", cli.sha256_differs)


if __name__ == "__main__":
    sys.exit(main())

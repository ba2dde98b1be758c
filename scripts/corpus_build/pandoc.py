"""Notes of R Markdown books through ``pandoc --citeproc``, and of word-processor files
(``.docx``, ``.odt``) as pandoc reads them (see ``build_extra_office.py``)."""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import build_extra_office as office

from corpus_build.bibliography import BibEntry, load_bibliography
from corpus_build.bibtex_refs import bibtex_references
from corpus_build.bookdown_floats import float_numbers
from corpus_build.citations import pages_of
from corpus_build.latex_text import latex_to_text
from corpus_build.mirror import Repo
from corpus_build.notes import Extracted, SourceNote, tail

CHUNK_RE = re.compile(r"^[ \t]*```+\s*\{[^}\n]*\}.*?^[ \t]*```+[ \t]*$", re.M | re.S)
BOOKDOWN_REF = re.compile(r"@ref\(([^()\s]+)\)")
"""bookdown's cross-reference ``\\@ref(id)``, as pandoc reads it (the ``@`` escaped)."""


def bookdown_files(names: Iterable[str], main: str) -> list[str]:
    """The R Markdown files of a bookdown book in the order it merges them: *main* first,
    then the other top-level ``.Rmd`` files by name (those starting with ``_`` excluded)."""
    rmd = sorted(
        n for n in names if "/" not in n and n.lower().endswith(".rmd") and not n.startswith("_")
    )
    return [main] + [n for n in rmd if n != main]


def strip_chunks(src: str) -> str:
    """R Markdown without its knitr code chunks."""
    return CHUNK_RE.sub("", src)


def inline_r_cites(src: str, functions: Iterable[str]) -> str:
    """R Markdown *src* with each inline R call of one of *functions* (```r margincite("a")```,
    ```r margincite(c("a", "b"), "-1in")```) written as the note citing the keys of its first
    argument (``^[@a; @b]``): a helper that writes tufte-latex's ``\\cite``, which sets the
    work as a numbered side note counted with the others."""
    for name in functions:
        call = re.compile(r"`r\s+" + re.escape(name) + r"\((c\([^()]*\)|\"[^\"]*\")[^`]*`")

        def note(m: re.Match[str]) -> str:
            keys = re.findall(r'"([^"]+)"', m.group(1))
            return "^[" + "; ".join("@" + k for k in keys) + "]"

        src = call.sub(note, src)
    return src


LATEX_CITE = re.compile(r"\\cite(?:\[[^\]]*\])?\{([^{}]+)\}")


def latex_cites_as_notes(src: str) -> str:
    """R Markdown *src* with each raw LaTeX ``\\cite[…]{a,b}`` written as the note citing its
    keys (``^[@a; @b]``): under tufte-latex, which sets each as a numbered side note."""
    return LATEX_CITE.sub(
        lambda m: "^[" + "; ".join("@" + k.strip() for k in m.group(1).split(",")) + "]", src
    )


def heading_numbers(blocks: list[Any]) -> dict[str, str]:
    """The number LaTeX prints for each heading of a bookdown book, by the heading's id:
    ``3``, ``3.2``, ``3.2.1``; the chapters after bookdown's ``# (APPENDIX)`` heading are
    lettered from ``A`` (``A.1``); unnumbered headings (``{-}``, and so ``(PART)``) get none
    and leave the count alone."""
    counters: list[int] = []
    appendix = False
    out: dict[str, str] = {}
    for b in blocks:
        if b.get("t") != "Header":
            continue
        level, (ident, classes, _), title = b["c"]
        if "unnumbered" in classes:
            if pandoc_text(title).startswith("(APPENDIX)"):
                appendix, counters = True, []  # LaTeX's \appendix: chapters count anew
            continue
        counters = [*counters, *[0] * (level - len(counters))][:level]
        counters[-1] += 1
        first = chr(64 + counters[0]) if appendix else str(counters[0])
        out[ident] = ".".join([first, *map(str, counters[1:])])
    return out


def resolve_bookdown_refs(ast: dict[str, Any], floats: dict[str, str] | None = None) -> None:
    """Write each ``\\@ref(id)`` of *ast* that names a heading, or one of the figures, tables
    and equations of *floats* (``bookdown_floats.float_numbers``), as the number LaTeX prints
    for it (see :func:`heading_numbers`)."""
    numbers = {**(floats or {}), **heading_numbers(ast["blocks"])}

    def numbered(x: dict[str, Any]) -> None:
        x["c"] = BOOKDOWN_REF.sub(lambda m: numbers.get(m.group(1), m.group(0)), x["c"])

    _rewrite(ast["blocks"], "Str", numbered)


def math_as_text(ast: dict[str, Any]) -> None:
    """Write each ``Math`` inline of *ast* as the plain text the LaTeX reader gives a
    formula (``\\Delta t_\\mathrm{on}``: ``Δt_on``), not its TeX source."""

    def as_text(x: dict[str, Any]) -> None:
        x["t"], x["c"] = "Str", latex_to_text(x["c"][1])

    _rewrite(ast["blocks"], "Math", as_text)


def _rewrite(x: Any, kind: str, change: Callable[[dict[str, Any]], None]) -> None:
    """Apply *change* in place to every pandoc AST element of type *kind* within *x*."""
    if isinstance(x, dict):
        if x.get("t") == kind:
            change(x)
        else:
            _rewrite(x.get("c"), kind, change)
    elif isinstance(x, list):
        for y in x:
            _rewrite(y, kind, change)


def pandoc_text(inlines: Iterable[dict[str, Any]], quotes: tuple[str, str] = ("“", "”")) -> str:
    """The plain text of pandoc AST inlines or blocks (notes inside them left out)."""
    return re.sub(r"\s+", " ", "".join(_pandoc_chunks(inlines, quotes))).strip()


def _pandoc_chunks(items: Iterable[Any], quotes: tuple[str, str]) -> Iterator[str]:
    for item in items:
        if not isinstance(item, dict):
            continue
        t: Any = item.get("t")
        c: Any = item.get("c")
        if t == "Str":
            yield c
        elif t in ("Space", "SoftBreak", "LineBreak"):
            yield " "
        elif t in ("Code", "Math"):
            yield c[-1]
        elif t in ("Note", "RawInline", "RawBlock", "Image") or t is None:
            continue
        elif t == "Quoted":
            double = c[0]["t"] == "DoubleQuote"
            yield quotes[0] if double else "‘"
            yield from _pandoc_chunks(c[1], quotes)
            yield quotes[1] if double else "’"
        elif t in ("Cite", "Link", "Span"):
            yield from _pandoc_chunks(c[1], quotes)
        elif t in ("Emph", "Strong", "Strikeout", "Superscript", "Subscript", "SmallCaps"):
            yield from _pandoc_chunks(c, quotes)
        elif t in ("Para", "Plain"):
            yield from _pandoc_chunks(c, quotes)
            yield " "
        elif t in ("BlockQuote", "Div"):
            yield from _pandoc_chunks(c if t == "BlockQuote" else c[1], quotes)
        elif t in ("BulletList", "OrderedList"):
            for entry in c if t == "BulletList" else c[1]:
                yield from _pandoc_chunks(entry, quotes)


Walked = tuple[str, Any, Any, list[dict[str, Any]]]


def pandoc_walk(blocks: list[Any], level: int) -> Iterator[Walked]:
    """``("reset", title, None, [])`` at numbered headings of *level* and ``("note", note,
    block, cited)`` for each note in reading order (``"caption"`` for a note in an image's
    caption). *cited* are the citations of the ``Cite`` that holds the note: with a note style,
    citeproc turns a citation of the running text into a ``Cite`` around a generated note."""

    def inline_notes(items: Any, block: Any, caption: bool, cited: list[Any]) -> Iterator[Walked]:
        if isinstance(items, dict):
            t = items.get("t")
            if t == "Note":
                yield ("caption" if caption else "note", items, block, cited)
            elif t == "Image":
                yield from inline_notes(items["c"][1], block, True, cited)
            elif t == "Cite":
                yield from inline_notes(items["c"][1], block, caption, items["c"][0])
            else:
                yield from inline_notes(items.get("c"), block, caption, cited)
        elif isinstance(items, list):
            for x in items:
                yield from inline_notes(x, block, caption, cited)

    for b in blocks:
        if b.get("t") == "Header":
            lvl, (_, classes, _), title = b["c"]
            if lvl == level and "unnumbered" not in classes:
                yield ("reset", pandoc_text(title), None, [])
            yield from inline_notes(title, b, False, [])
            continue
        yield from inline_notes(b.get("c"), b, False, [])


def _before_note(block: Any, note: Any) -> list[Any]:
    """The inlines of *block* before *note*, flattened to one level."""
    out: list[Any] = []
    found = False

    def walk(x: Any) -> None:
        nonlocal found
        if found:
            return
        if x is note:
            found = True
            return
        if isinstance(x, dict):
            if x.get("t") in ("Str", "Space", "SoftBreak", "LineBreak"):
                out.append(x)
            elif x.get("t") == "Quoted":
                double = x["c"][0]["t"] == "DoubleQuote"
                out.append({"t": "Str", "c": "“" if double else "‘"})
                walk(x["c"][1])
                if not found:
                    out.append({"t": "Str", "c": "”" if double else "’"})
            elif x.get("t") != "Note":
                walk(x.get("c"))
        elif isinstance(x, list):
            for y in x:
                walk(y)

    walk(block)
    return out


def only_citations(blocks: list[Any]) -> bool:
    """Whether the note *blocks* hold citations and nothing else (spaces and punctuation
    aside): a note a LaTeX style sets as the works' full references."""

    def bare(x: Any) -> bool:
        if isinstance(x, list):
            return all(bare(y) for y in x)
        t = x.get("t")
        if t in ("Para", "Plain"):
            return bare(x["c"])
        if t == "Str":
            return not re.search(r"\w", x["c"])
        return t in ("Cite", "Space", "SoftBreak")

    return bare(blocks)


def ast_notes(
    ast: dict[str, Any],
    cfg: dict[str, Any],
    bib: dict[str, BibEntry],
    references: dict[str, str] | None = None,
    doc_id: str = "document",
) -> tuple[list[SourceNote], dict[str, dict[str, Any]]]:
    """The notes of a pandoc AST in reading order, numbered from 1 after each heading of
    ``reset_level`` (0: never), and the works of *bib* their citations cite. A note of
    citations alone reads as the works' *references* (by key) where they are given: what a
    style that sets the full reference in the note prints; a key without a reference is an
    error naming *doc_id*, the note and the key."""
    step = int(cfg.get("caption_note_step", 1))
    notes: list[SourceNote] = []
    cited: dict[str, dict[str, Any]] = {}
    scope, counter, chapters = "front", 0, 0
    for kind, item, block, outer in pandoc_walk(ast["blocks"], int(cfg.get("reset_level", 1))):
        if kind == "reset":
            chapters += 1
            scope, counter = f"chapter-{chapters}", 0
            continue
        counter += step if kind == "caption" else 1
        cites = [*outer, *_cites(item["c"])]
        citations = [
            {
                "key": ct["citationId"],
                "command": "cite",
                "prenote": pandoc_text(ct["citationPrefix"]),
                "postnote": postnote(ct["citationSuffix"]),
                "pages": pages_of(postnote(ct["citationSuffix"])),
            }
            for ct in cites
        ]
        text = pandoc_text(item["c"])
        if references and cites and only_citations(item["c"]):
            missing = [c["key"] for c in citations if c["key"] not in references]
            if missing:
                raise ValueError(
                    f"{doc_id}: note {counter} of {scope} cites {', '.join(missing)}, "
                    "of which bibtex wrote no entry"
                )
            text = " ".join(references[c["key"]] for c in citations)
        notes.append(
            SourceNote(
                label=str(counter),
                scope=scope,
                text=text,
                anchor=tail(pandoc_text(_before_note(block, item))),
                citations=citations,
                special="caption" if kind == "caption" else None,
                rendered=not cites,
            )
        )
        cited.update({c["key"]: bib[c["key"]].as_json() for c in citations if c["key"] in bib})
    return notes, cited


def pandoc_notes(doc: dict[str, Any], repo: Repo) -> Extracted:
    """Notes of an R Markdown book as ``pandoc --citeproc`` makes them with the document's CSL
    (a note style turns every citation into a note)."""
    cfg = doc.get("extract", {})
    commit, paths = doc["commit"], doc["paths"]
    files = bookdown_files(repo.paths(commit), paths["main"])
    texts = [repo.text(commit, f) or "" for f in files]
    src = "\n\n".join(strip_chunks(t) for t in texts)
    src = inline_r_cites(src, cfg.get("inline_r_cites", []))
    if cfg.get("latex_cite_notes"):
        src = latex_cites_as_notes(src)
    bib_paths = paths.get("bib", [])
    bib_texts = [repo.text(commit, p) or "" for p in bib_paths]
    bib = load_bibliography(bib_texts) if bib_texts else {}
    with tempfile.TemporaryDirectory(prefix="build-extra-") as name:
        tmp = Path(name)
        args = ["pandoc", "-f", cfg.get("reader", "markdown"), "-t", "json", "--citeproc"]
        for p, text in zip(bib_paths, bib_texts, strict=True):
            (tmp / Path(p).name).write_text(text, encoding="utf-8")
            args += ["--bibliography", str(tmp / Path(p).name)]
        if paths.get("csl"):
            (tmp / "style.csl").write_bytes(repo.show(commit, paths["csl"]) or b"")
            args += ["--csl", str(tmp / "style.csl")]
        ast = json.loads(
            subprocess.run(
                args, input=src.encode("utf-8"), check=True, capture_output=True, cwd=tmp
            ).stdout
        )
    if cfg.get("bookdown_refs"):
        resolve_bookdown_refs(ast, float_numbers("\n\n".join(texts)))
    if cfg.get("math_text"):
        math_as_text(ast)
    references = None
    if cfg.get("cite_notes_bst"):
        # the notes a style fills with the full reference, as BibTeX and that style print it
        style = repo.text(commit, cfg["cite_notes_bst"])
        if style is None:
            raise ValueError(f"{doc['id']}: extract.cite_notes_bst {cfg['cite_notes_bst']} absent")
        references = bibtex_references(dict(zip(bib_paths, bib_texts, strict=True)), style, bib)
    notes, cited = ast_notes(ast, cfg, bib, references, doc["id"])
    return Extracted(notes, cited, files)


def postnote(suffix: list[Any]) -> str:
    """A pandoc citation's suffix as a postnote: without the comma before a locator, and empty
    when it is only punctuation (``See @key.`` gives the suffix ``.``)."""
    text = pandoc_text(suffix).lstrip(", ")
    return text if re.search(r"\w", text) else ""


def _cites(items: Any) -> Iterator[dict[str, Any]]:
    if isinstance(items, dict):
        if items.get("t") == "Cite":
            yield from items["c"][0]
            return
        yield from _cites(items.get("c"))
    elif isinstance(items, list):
        for x in items:
            yield from _cites(x)


def office_notes(doc: dict[str, Any], repo: Repo) -> Extracted:
    """Notes of a ``.docx`` or ``.odt`` file as pandoc reads them (Word footnotes and endnotes,
    ``text:note``), numbered through the document unless ``extract.reset_level`` says."""
    cfg = {"reset_level": 0, **doc.get("extract", {})}
    notes, _ = ast_notes(office.office_ast(doc, repo), cfg, {})
    if not int(cfg["reset_level"]):
        for n in notes:
            n.scope = "document"
    return Extracted(notes, {}, [doc["paths"]["main"]])

"""The notes of a document's LaTeX sources, as both builders read them: the preamble's numbering
(lettered notes in floats, commands standing for ``\\footnotemark``, a ``\\chapter`` that resets
the notes), side notes set by hand in the margin, ``\\textcite`` notes, and the citations
rendered (author-year, or OSCOLA)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from corpus_build.bibliography import load_bibliography, render_citation
from corpus_build.citations import REF_RE, citation_records, find_citations, parse_citation
from corpus_build.cross_refs import ref_templates, resolve_refs
from corpus_build.latex_source import (
    SourceTree,
    collect_new_macros,
    collect_simple_macros,
    document_body,
    expand_new_macros,
    read_args,
    skip_ws,
    strip_comments,
)
from corpus_build.latex_text import latex_to_text
from corpus_build.margin_notes import hand_set_notes
from corpus_build.mirror import Repo
from corpus_build.notes import Extracted, SourceNote
from corpus_build.oscola import Oscola, load_fields
from corpus_build.preamble import Preamble, find_group, read_preamble
from corpus_build.scanner import RawNote, scan_notes

CHAPTER_DEF = re.compile(
    r"\\(?:def\s*\\chapter(?![A-Za-z@])[^{]*"
    r"|(?:re)?newcommand\*?\s*\{?\s*\\chapter(?![A-Za-z@])\s*\}?[^{]*"
    r"|(?:pre|ap)tocmd\s*\{\s*\\chapter\s*\})\{"
)
RESET_FOOTNOTE = re.compile(r"\\setcounter\s*\{\s*footnote\s*\}\s*\{\s*0\s*\}")


def foot_cites(body: str, commands: Iterable[str]) -> str:
    """Rewrite citation *commands* that the style splits between text and footnote
    (biblatex-oscola's ``\\textcite``: the name in the text, the rest in a note) as
    ``\\citeauthor`` followed by ``\\footcitetext``, so that the scanner counts their notes
    and the renderer knows them."""
    names = "|".join(re.escape(c) for c in commands)
    if not names:
        return body
    out: list[str] = []
    pos = 0
    for m in re.finditer(r"\\(" + names + r")(?![A-Za-z])", body):
        if m.start() < pos:
            continue
        if body[skip_ws(body, m.end()) : skip_ws(body, m.end()) + 1] not in ("[", "{"):
            continue  # the command's name written out (\\verb|\\textcite|), not a citation
        c = parse_citation(body, m.end(), m.group(1))
        if c is None:
            continue
        keys = ",".join(c.keys)
        opts = "".join(
            f"[{x}]"
            for x in ((c.prenote, c.postnote) if c.prenote else (c.postnote,))
            if c.postnote or c.prenote
        )
        out.append(body[pos : m.start()] + f"\\citeauthor{{{keys}}}\\footcitetext{opts}{{{keys}}}")
        pos = c.end
    out.append(body[pos:])
    return "".join(out)


def chapter_resets_notes(preamble: str) -> bool:
    """Whether *preamble* redefines ``\\chapter`` (or patches it) to set the footnote counter
    to 0: then every chapter starts its notes from 1, unnumbered ones (``\\chapter*``, those
    of the front matter) too, where LaTeX's own reset follows the chapter number only."""
    for m in CHAPTER_DEF.finditer(preamble):
        group = find_group(preamble, m.end() - 1)
        if group and RESET_FOOTNOTE.search(preamble, group[0], group[1]):
            return True
    return False


def reading_config(cfg: dict[str, Any], src: str) -> dict[str, Any]:
    """*cfg* with the numbering scopes the preamble of *src* sets: a reset at every chapter
    where the preamble's ``\\chapter`` resets the footnote counter (unless ``reset_on`` is
    given)."""
    numbering = cfg.get("numbering", "per-chapter")
    begin = src.find("\\begin{document}")
    if "reset_on" in cfg or numbering not in ("per-chapter", "per-section"):
        return cfg
    if not chapter_resets_notes(src[: begin if begin >= 0 else 0]):
        return cfg
    keys = ["chapter", "chapter*", "chapter-unnumbered", "PGPAPER"]
    if numbering == "per-section":
        keys += ["section"]
    return {**cfg, "reset_on": keys}


def expand_templates(src: str, templates: dict[str, list[str]]) -> str:
    """*src* with each of the document's own macros that *templates* names (name: argument
    spec, template with ``%1``, ``%2``) written, in a group, as its template says."""
    for name, (spec, template) in templates.items():
        out, pos = [], 0
        for m in re.finditer(r"\\" + re.escape(name) + r"(?![A-Za-z])", src):
            if m.start() < pos:
                continue
            args, end = read_args(src, m.end(), spec)
            if any(a is None for a in args):
                continue
            rep = template
            for k, a in enumerate(args, start=1):
                rep = rep.replace(f"%{k}", a or "")
            out.append(src[pos : m.start()] + "{" + rep + "}")
            pos = end
        out.append(src[pos:])
        src = "".join(out)
    return src


def apply_doc_macros(src: str, cfg: dict[str, Any]) -> str:
    """Document-specific clean-up: write the preamble's own commands without parameters as
    their bodies (``own_macros``), rewrite or drop the document's own macros, map active
    characters."""
    src = expand_new_macros(src, cfg.get("own_macros", {}))
    src = expand_templates(src, cfg.get("macro_templates", {}))
    for name in cfg.get("drop_macros", []):
        out, pos = [], 0
        for m in re.finditer(r"\\" + re.escape(name) + r"(?![A-Za-z])", src):
            if m.start() < pos:
                continue
            (arg,), end = read_args(src, m.end(), "{")
            out.append(src[pos : m.start()])
            pos = end if arg is not None else m.end()
        out.append(src[pos:])
        src = "".join(out)
    for a, b in cfg.get("char_map", {}).items():
        src = src.replace(a, b)
    return src


def anchor_text(body: str, note: RawNote, prev_end: int, cfg: dict[str, Any] | None = None) -> str:
    """The last words of the running text before *note*'s mark (no further back than the note
    before, ending at *prev_end*), as plain text: the note's anchor."""
    start = max(prev_end, note.anchor_pos - 700)
    chunk = body[start : note.anchor_pos]
    # drop a leading partial command/group
    cut = re.search(r"\s", chunk)
    if cut and start > prev_end:
        chunk = chunk[cut.start() :]
    chunk = re.sub(r"\\(?:footnote|footnotetext)\s*(\[[^\]]*\])?\s*$", "", chunk)
    txt = latex_to_text(apply_doc_macros(chunk, cfg or {}))
    return txt[-60:].strip()


def read_body(doc: dict[str, Any], repo: Repo) -> tuple[str, dict[str, Any], Preamble, SourceTree]:
    """The body of *doc*'s LaTeX sources as the scanner reads it, the reading's configuration
    (the manifest's ``extract`` with the numbering scopes the preamble sets), what the preamble
    loads, and the source tree read: macros preloaded from ``preload_macros_from``, the files
    ``\\input`` flattened, ``\\textcite`` notes and hand-set side notes written as notes. With
    ``expand_own_macros``, the commands the preamble defines without parameters are kept in the
    configuration (``own_macros``) to be written out in the notes."""
    commit, paths = doc["commit"], doc["paths"]
    tree = SourceTree(repo, commit)
    for extra in doc.get("extract", {}).get("preload_macros_from", []):
        tree.macros.update(collect_simple_macros(strip_comments(repo.text(commit, extra) or "")))
    src = tree.flatten(paths["main"])
    cfg = reading_config(doc.get("extract", {}), src)
    preamble_src = src[: max(src.find("\\begin{document}"), 0)]
    if cfg.get("expand_own_macros"):
        cfg = {**cfg, "own_macros": collect_new_macros(preamble_src)}
    preamble = read_preamble(
        lambda p: repo.text(commit, p),
        paths["main"],
        preamble_src,
        strip_comments,
        repo.paths(commit),
    )
    body = foot_cites(document_body(src, cfg), cfg.get("foot_cite_commands", []))
    # a note macro of the document's own, such as \Footnote{1}{text}, written as a note
    body = expand_templates(body, cfg.get("body_macro_templates", {}))
    body = hand_set_notes(body, cfg.get("footnote_macros", []))
    return body, cfg, preamble, tree


def latex_notes(doc: dict[str, Any], repo: Repo) -> Extracted:
    """The notes of *doc*'s LaTeX sources (``read_body``) numbered as LaTeX prints them, their
    citations rendered (OSCOLA where ``citation_renderer`` says so, else author-year) and
    cross-references resolved, with the works they cite."""
    commit, paths = doc["commit"], doc["paths"]
    body, cfg, preamble, tree = read_body(doc, repo)
    bib_texts = [repo.text(commit, p) or "" for p in paths.get("bib", [])]
    bib = load_bibliography(bib_texts) if bib_texts else {}
    oscola = Oscola(load_fields(bib_texts)) if cfg.get("citation_renderer") == "oscola" else None
    labels: dict[str, str] = {}
    raw_notes = scan_notes(body, cfg, labels, preamble)
    templates = ref_templates(repo, commit)
    notes: list[SourceNote] = []
    cited: dict[str, dict[str, Any]] = {}
    prev_end = 0
    for rn in raw_notes:
        cites = find_citations(rn.content)
        content = rn.content
        # rendered in source order (OSCOLA's short forms depend on it), replaced from the end
        rendered = [
            oscola.render(c, rn.label) if oscola else render_citation(c, bib) for c in cites
        ]
        for c, text in reversed(list(zip(cites, rendered, strict=True))):
            text = re.sub(r"([&%$#_])", r"\\\1", text)
            content = content[: c.start] + "{" + text + "}" + content[c.end :]
        content = resolve_refs(content, templates, labels)
        content = apply_doc_macros(content, cfg)
        notes.append(
            SourceNote(
                label=rn.label,
                scope=rn.scope,
                text=latex_to_text(content),
                anchor=anchor_text(body, rn, prev_end, cfg),
                citations=citation_records(cites),
                kind=rn.kind,
                special=rn.special,
                rendered=not cites and not REF_RE.search(rn.content),
                numbered=rn.numbered,
            )
        )
        prev_end = rn.pos + len(rn.content)
        cited.update({k: bib[k].as_json() for c in cites for k in c.keys if k in bib})
    return Extracted(notes, cited, list(tree.files_used))

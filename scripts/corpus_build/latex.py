"""Notes of LaTeX sources as ``build_corpus.py`` reads them, with ``\\textcite`` notes and an
OSCOLA rendering."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import build_corpus as bc

from corpus_build.margin_notes import hand_set_notes
from corpus_build.notes import Extracted, SourceNote
from corpus_build.oscola import Oscola, load_fields

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
        if body[bc.skip_ws(body, m.end()) : bc.skip_ws(body, m.end()) + 1] not in ("[", "{"):
            continue  # the command's name written out (\\verb|\\textcite|), not a citation
        c = bc.parse_citation(body, m.end(), m.group(1))
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
        group = bc.find_group(preamble, m.end() - 1)
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


def latex_notes(doc: dict[str, Any], repo: bc.Repo) -> Extracted:
    """Notes of LaTeX sources, as ``build_corpus.py`` reads them, side notes set by hand in
    the margin among them, numbered afresh at every chapter where the preamble says so."""
    commit, paths = doc["commit"], doc["paths"]
    tree = bc.SourceTree(repo, commit)
    src = tree.flatten(paths["main"])
    cfg = reading_config(doc.get("extract", {}), src)
    body = foot_cites(bc.document_body(src, cfg), cfg.get("foot_cite_commands", []))
    body = hand_set_notes(body, cfg.get("footnote_macros", []))
    bib_texts = [repo.text(commit, p) or "" for p in paths.get("bib", [])]
    bib = bc.load_bibliography(bib_texts) if bib_texts else {}
    oscola = Oscola(load_fields(bib_texts)) if cfg.get("citation_renderer") == "oscola" else None
    labels: dict[str, str] = {}
    raw_notes = bc.scan_notes(body, cfg, labels)
    templates = bc.ref_templates(repo, commit)
    notes: list[SourceNote] = []
    cited: dict[str, dict[str, Any]] = {}
    prev_end = 0
    for rn in raw_notes:
        cites = bc.find_citations(rn.content)
        content = rn.content
        # rendered in source order (OSCOLA's short forms depend on it), replaced from the end
        rendered = [
            oscola.render(c, rn.label) if oscola else bc.render_citation(c, bib) for c in cites
        ]
        for c, text in reversed(list(zip(cites, rendered, strict=True))):
            text = re.sub(r"([&%$#_])", r"\\\1", text)
            content = content[: c.start] + "{" + text + "}" + content[c.end :]
        content = bc.resolve_refs(content, templates, labels)
        content = bc.apply_doc_macros(content, cfg)
        notes.append(
            SourceNote(
                label=rn.label,
                scope=rn.scope,
                text=bc.latex_to_text(content),
                anchor=bc.anchor_text(body, rn, prev_end, cfg),
                citations=bc.citation_records(cites),
                kind=rn.kind,
                special=rn.special,
                rendered=not cites and not bc.REF_RE.search(rn.content),
            )
        )
        prev_end = rn.pos + len(rn.content)
        cited.update({k: bib[k].as_json() for c in cites for k in c.keys if k in bib})
    return Extracted(notes, cited, list(tree.files_used))

"""Notes of LaTeX sources as ``build_corpus.py`` reads them, with ``\\textcite`` notes and an
OSCOLA rendering."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import build_corpus as bc

from corpus_build.notes import Extracted, SourceNote
from corpus_build.oscola import Oscola, load_fields


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


def latex_notes(doc: dict[str, Any], repo: bc.Repo) -> Extracted:
    """Notes of LaTeX sources, as ``build_corpus.py`` reads them."""
    cfg = doc.get("extract", {})
    commit, paths = doc["commit"], doc["paths"]
    tree = bc.SourceTree(repo, commit)
    body = foot_cites(
        bc.document_body(tree.flatten(paths["main"]), cfg), cfg.get("foot_cite_commands", [])
    )
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

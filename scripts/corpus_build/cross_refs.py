"""Cross-references in notes (``\\ref``, a book's ``\\sectref``) printed as the document prints
them, from the templates its class, packages and macro files define."""

from __future__ import annotations

import re
import subprocess

from corpus_build.latex_text import latex_to_text
from corpus_build.mirror import Repo

REF_DEF_RE = re.compile(
    r"\\(?:re)?newcommand\*?\s*\{?\\([A-Za-z]+ref)\}?\s*\[1\]\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}"
)


def ref_templates(repo: Repo, commit: str) -> dict[str, str]:
    """Templates such as ``\\sectref{x}`` -> ``§{}`` from the repository's own macro files."""
    builtin = {
        "ref": "{}",
        "autoref": "{}",
        "cref": "{}",
        "Cref": "{}",
        "eqref": "({})",
        "pageref": "{}",
    }
    out = dict(builtin)
    try:
        files = [
            p
            for p in repo.paths(commit)
            if p.endswith((".sty", ".cls")) or re.search(r"(local|command|macro)[^/]*\.tex$", p)
        ]
    except subprocess.CalledProcessError:
        files = []
    # Walked in the order LaTeX loads them: the class, the packages, then the document's own
    # macro files, which its preamble \inputs last; a later file's definition replaces an
    # earlier one's (a \renewcommand), so the last file defining a command wins (a German
    # book's ``Tabelle~\ref`` over its class's ``Table~\ref``). Within one file the first
    # definition is kept: the later ones of a style file are its alternatives for other
    # languages, under conditions the scanner does not evaluate. Paths sorted for the rest;
    # the commands of LaTeX and its common packages keep their own templates.
    files.sort(key=lambda p: (not p.endswith(".cls"), p.endswith(".tex"), p))
    for f in files:
        src = repo.text(commit, f) or ""
        defined: dict[str, str] = {}
        for m in REF_DEF_RE.finditer(src):
            body = m.group(2)
            if "\\ref{#1}" not in body and "\\ref {#1}" not in body:
                continue
            tmpl = body.replace("\\ref{#1}", "@@REF@@").replace("\\ref {#1}", "@@REF@@")
            tmpl = latex_to_text(tmpl.replace("~", " ")).replace("@@REF@@", "{}")
            defined.setdefault(m.group(1), tmpl)
        out.update({name: t for name, t in defined.items() if name not in builtin})
    return out


def resolve_refs(src: str, templates: dict[str, str], labels: dict[str, str]) -> str:
    """*src* with its cross-references printed by *templates*, the numbers from *labels*."""

    def repl(m: re.Match[str]) -> str:
        name, arg = m.group(1), m.group(2)
        if name not in templates:
            return m.group(0)
        nums = [labels.get(a.strip(), "") for a in arg.split(",")]
        val = ", ".join(n for n in nums if n)
        return "{" + templates[name].format(val).replace("\\", "") + "}"

    return re.sub(r"\\([A-Za-z]+ref|ref|autoref|cref|Cref|eqref)\s*\{([^{}]*)\}", repl, src)

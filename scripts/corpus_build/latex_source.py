"""A LaTeX document's sources read from its repository: the files ``\\input`` flattened into
one text without comments, the arguments of a command, the document's body."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

from corpus_build.mirror import Repo
from corpus_build.preamble import find_group

COMMENT_RE = re.compile(r"(?<!\\)%[^\n]*(?:\n[ \t]*)?")
IFFALSE_RE = re.compile(r"\\iffalse\b.*?\\fi\b", re.S)
COMMENT_ENV_RE = re.compile(r"\\begin\{comment\}.*?\\end\{comment\}", re.S)
INCLUDE_RE = re.compile(
    r"\\(input|include|includepaper|subfile)(?:\s*\{([^{}]*)\}|\s+([A-Za-z0-9_./-]+))"
)
SIMPLE_DEF_RE = re.compile(
    r"\\(?:newcommand|renewcommand|providecommand|def)\*?\s*\{?\\([A-Za-z]+)\}?\s*\{([^{}#]*)\}"
)
# a new command without parameters: ``\newcommand{\R}{\textsf{R}}``, ``\def\R{...}``
NEW_MACRO_RE = re.compile(
    r"\\(?:(?:newcommand|providecommand)\*?\s*(?:\{\s*\\([A-Za-z]+)\s*\}|\\([A-Za-z]+))"
    r"|def\s*\\([A-Za-z]+))\s*(?=\{)"
)
# bodies left alone: those opening or closing an environment, or setting a note
UNSAFE_BODY_RE = re.compile(r"#|\\(?:begin|end|footnote|marginnote|sidenote)(?![A-Za-z])")


def strip_comments(src: str) -> str:
    """*src* without comments, ``comment`` environments and ``\\iffalse`` blocks."""
    src = COMMENT_RE.sub("", src)
    src = COMMENT_ENV_RE.sub("", src)
    return IFFALSE_RE.sub("", src)


def skip_ws(src: str, i: int) -> int:
    """The index of the first character of *src* from *i* on that is not whitespace."""
    while i < len(src) and src[i] in " \t\n\r":
        i += 1
    return i


def read_args(src: str, i: int, spec: str) -> tuple[list[str | None], int]:
    """Read arguments after a macro name according to ``spec``.

    ``[`` = optional bracket argument, ``(`` = optional parenthesis argument,
    ``{`` = mandatory argument. Returns the list of arguments (None for a
    missing optional one) and the index after the last argument read.
    """
    args: list[str | None] = []
    for kind in spec:
        j = skip_ws(src, i)
        if kind == "{":
            g = find_group(src, j, "{", "}")
            if g is None:
                # a single token argument such as \footnote x
                if j < len(src) and src[j] != "\\":
                    args.append(src[j])
                    i = j + 1
                else:
                    args.append(None)
                continue
            args.append(src[g[0] : g[1] - 1])
            i = g[1]
        else:
            close = "]" if kind == "[" else ")"
            g = find_group(src, j, kind, close)
            if g is None:
                args.append(None)
                continue
            args.append(src[g[0] : g[1] - 1])
            i = g[1]
    return args, i


def collect_simple_macros(src: str) -> dict[str, str]:
    """The commands *src* defines without parameters as plain text: name to body."""
    return {m.group(1): m.group(2) for m in SIMPLE_DEF_RE.finditer(src)}


def collect_new_macros(preamble: str) -> dict[str, str]:
    """The commands *preamble* newly defines without parameters, name to body (braces inside
    the body kept), less those whose body opens or closes an environment or sets a note."""
    found: dict[str, str] = {}
    for m in NEW_MACRO_RE.finditer(preamble):
        group = find_group(preamble, m.end())
        if group is None:
            continue
        body = preamble[group[0] : group[1] - 1]
        if not UNSAFE_BODY_RE.search(body):
            found[m.group(1) or m.group(2) or m.group(3)] = body
    return found


def expand_new_macros(src: str, macros: dict[str, str]) -> str:
    """*src* with each use of *macros* written as its body in a group, the spaces after the
    command's name dropped as TeX drops them (nested uses too)."""
    if not macros:
        return src
    names = "|".join(re.escape(n) for n in sorted(macros, key=len, reverse=True))
    use = re.compile(r"\\(" + names + r")(?![A-Za-z])[ \t]*(?:\n[ \t]*)?")
    for _ in range(5):
        new = use.sub(lambda m: "{" + macros[m.group(1)] + "}", src)
        if new == src:
            break
        src = new
    return src


def expand_simple(arg: str, macros: dict[str, str]) -> str:
    """*arg* with the commands of *macros* replaced by their bodies (nested ones too)."""
    for _ in range(5):
        new = re.sub(r"\\([A-Za-z]+)", lambda m: macros.get(m.group(1), m.group(0)), arg)
        if new == arg:
            break
        arg = new
    return arg.strip()


@dataclass
class SourceTree:
    """The LaTeX sources of a repository at a commit, read as LaTeX reads them from the main
    file."""

    repo: Repo
    commit: str
    macros: dict[str, str] = field(default_factory=dict)
    files_used: list[str] = field(default_factory=list)
    main_dir: str | None = None

    def resolve(self, name: str, current_dir: str) -> str | None:
        """The repository path LaTeX reads for ``\\input{name}``: *name* is looked up in the
        main file's folder, LaTeX's working folder, ``.tex`` first (a file ``\\input`` from
        ``chapters/`` names ``exo/x`` for ``<main folder>/exo/x.tex``); then, for sources
        compiled from elsewhere, beside the including file and at the repository's root."""
        name = name.strip()
        cands = []
        for base in dict.fromkeys((self.main_dir or "", current_dir, "")):
            p = posixpath.normpath(f"{base}/{name}" if base else name)
            cands += [p + ".tex", p]
        for c in cands:
            if self.repo.show(self.commit, c) is not None:
                return c
        return None

    def flatten(self, path: str, depth: int = 0) -> str:
        """The text of *path* without comments, each file it ``\\input`` written in its place."""
        if self.main_dir is None:
            self.main_dir = posixpath.dirname(path)
        raw = self.repo.text(self.commit, path) or ""
        self.files_used.append(path)
        src = strip_comments(raw)
        self.macros.update(collect_simple_macros(src))
        current_dir = path.rsplit("/", 1)[0] if "/" in path else ""

        def repl(m: re.Match[str]) -> str:
            cmd, arg = m.group(1), expand_simple(m.group(2) or m.group(3) or "", self.macros)
            if depth > 12 or arg.endswith((".bib", ".sty", ".cls", ".bbx", ".cbx")):
                return ""
            sub = self.resolve(arg, current_dir)
            if sub is None:
                return ""
            content = self.flatten(sub, depth + 1)
            if cmd == "includepaper" or "\\documentclass" in content:
                content = paper_body(content)
            return "\n" + content + "\n"

        return INCLUDE_RE.sub(repl, src)


def paper_body(content: str) -> str:
    """The body of a stand-alone paper file, preceded by a synthetic reset marker."""
    title_m = re.search(r"\\title\s*(?:\[[^\]]*\])?\s*\{", content)
    title = ""
    if title_m:
        g = find_group(content, title_m.end() - 1)
        if g:
            title = content[g[0] : g[1] - 1]
    return "\\PGPAPER{" + title.replace("\n", " ") + "}\n" + document_environment(content)


def document_environment(src: str) -> str:
    """What stands inside the ``document`` environment of *src* (all of it without one)."""
    b = src.find("\\begin{document}")
    e = src.rfind("\\end{document}")
    return src[b + len("\\begin{document}") : e if e > b else None] if b >= 0 else src


def document_body(src: str, cfg: dict[str, Any]) -> str:
    """The body of the flattened sources *src*, less what the manifest's ``drop_regex`` drop."""
    body = document_environment(src)
    for pat in cfg.get("drop_regex", []):
        body = re.sub(pat, "", body, flags=re.S)
    return body

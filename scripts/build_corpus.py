#!/usr/bin/env python3
"""Build the purgehist evaluation corpus of real documents with gold footnotes.

The documents are never committed (they belong to their authors): the checkout holds their
manifest (``tests/corpus/manifest.json``) and this script, which rebuilds them into the corpus
folder (``$PURGEHIST_CORPUS``, default ``../shared/corpus`` beside the checkout). See
``docs/evaluation.md``.

For every document listed in the manifest this script

1. takes the compiled PDF and the LaTeX sources from a bare git mirror of its repository
   (``<mirrors>/<owner>+<name>/repo``, ``--mirrors``) at the recorded commit,
2. writes ``docs/<id>/source.pdf``, ``layout.txt`` (``pdftotext -layout``) and
   ``raw.txt`` (``pdftotext``),
3. extracts the gold footnotes from the LaTeX sources (text, printed label,
   numbering scope, anchor, citations) and the cited bibliography entries,
4. locates every note in the PDF (page, fuzzy score, the PDF's own text of the
   note) and writes ``docs/<id>/gold.json``,
5. records checksums, counts and match rates back into the manifest and prints
   a summary table.

It is re-runnable: every output is regenerated from the mirrors and the
manifest's source fields (``repository``, ``commit``, ``paths``, ``extract``).

Usage::

    python scripts/build_corpus.py                 # all documents
    python scripts/build_corpus.py --only en-langsci253-vanrooy-greece -v
    python scripts/build_corpus.py --no-write-manifest --out /tmp/corpus/docs

Needs ``pdftotext`` (poppler-utils), rapidfuzz, pylatexenc 2 and bibtexparser 2.
"""

from __future__ import annotations

import os
import posixpath
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_build import command
from corpus_build.output import (
    gold_record,
    gold_source,
    gold_stats,
    print_unmatched,
    write_gold,
    write_pdf,
)
from latex_preamble import Preamble, find_group, read_preamble

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "tests" / "corpus" / "manifest.json"
CORPUS_DIR = Path(os.environ.get("PURGEHIST_CORPUS") or ROOT.parent / "shared" / "corpus")
MIRROR_DIR = Path(os.environ.get("PURGEHIST_MIRRORS") or "/work/.mirror")
MATCH_THRESHOLD = 85.0

# ---------------------------------------------------------------------------
# git access
# ---------------------------------------------------------------------------


class Repo:
    """Read-only access to one bare mirror of a GitHub repository."""

    def __init__(self, full_name: str, mirror_dir: Path = MIRROR_DIR) -> None:
        owner, name = full_name.split("/", 1)
        base = mirror_dir / f"{owner}+{name}" / "repo"
        self.gitdir = base / ".git" if (base / ".git").is_dir() else base
        if not self.gitdir.is_dir():
            raise FileNotFoundError(f"no mirror for {full_name} at {base}")
        self.full_name = full_name

    def _git(self, *args: str) -> bytes:
        return subprocess.run(
            ["git", f"--git-dir={self.gitdir}", *args],
            check=True,
            capture_output=True,
        ).stdout

    def show(self, commit: str, path: str) -> bytes | None:
        try:
            return self._git("show", f"{commit}:{path}")
        except subprocess.CalledProcessError:
            return None

    def text(self, commit: str, path: str) -> str | None:
        data = self.show(commit, path)
        if data is None:
            return None
        for enc in ("utf-8", "latin-1"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
        return None

    def paths(self, commit: str) -> set[str]:
        out = self._git("ls-tree", "-r", "--name-only", commit).decode("utf-8", "replace")
        return set(out.splitlines())


# ---------------------------------------------------------------------------
# LaTeX source handling
# ---------------------------------------------------------------------------

COMMENT_RE = re.compile(r"(?<!\\)%[^\n]*(?:\n[ \t]*)?")
IFFALSE_RE = re.compile(r"\\iffalse\b.*?\\fi\b", re.S)
COMMENT_ENV_RE = re.compile(r"\\begin\{comment\}.*?\\end\{comment\}", re.S)
INCLUDE_RE = re.compile(
    r"\\(input|include|includepaper|subfile)(?:\s*\{([^{}]*)\}|\s+([A-Za-z0-9_./-]+))"
)
SIMPLE_DEF_RE = re.compile(
    r"\\(?:newcommand|renewcommand|providecommand|def)\*?\s*\{?\\([A-Za-z]+)\}?\s*\{([^{}#]*)\}"
)


def strip_comments(src: str) -> str:
    src = COMMENT_RE.sub("", src)
    src = COMMENT_ENV_RE.sub("", src)
    return IFFALSE_RE.sub("", src)


def skip_ws(src: str, i: int) -> int:
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
    return {m.group(1): m.group(2) for m in SIMPLE_DEF_RE.finditer(src)}


def expand_simple(arg: str, macros: dict[str, str]) -> str:
    for _ in range(5):
        new = re.sub(r"\\([A-Za-z]+)", lambda m: macros.get(m.group(1), m.group(0)), arg)
        if new == arg:
            break
        arg = new
    return arg.strip()


@dataclass
class SourceTree:
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


# ---------------------------------------------------------------------------
# citations
# ---------------------------------------------------------------------------

SINGLE_CITE = {
    "cite",
    "citet",
    "citep",
    "citealt",
    "citealp",
    "citeauthor",
    "citeyear",
    "citeyearpar",
    "parencite",
    "textcite",
    "autocite",
    "footcite",
    "footcitetext",
    "smartcite",
    "supercite",
    "citetitle",
    "fullcite",
    "footfullcite",
    "citew",
    "citegen",
    "posscitet",
    "citeposs",
    "Citet",
    "Citep",
    "Citealt",
    "Cite",
    "Textcite",
    "Parencite",
    "Autocite",
    "citenum",
}
MULTI_CITE = {
    "cites",
    "textcites",
    "parencites",
    "autocites",
    "footcites",
    "smartcites",
    "footcitetexts",
}
FOOT_CITE = {"footcite", "footcites", "footfullcite", "footcitetext", "footcitetexts"}


@dataclass
class Citation:
    command: str
    keys: list[str]
    prenote: str
    postnote: str
    start: int
    end: int


def parse_citation(src: str, i: int, name: str) -> Citation | None:
    """Parse a citation command whose name ends at index ``i`` (after the name)."""
    start = i - len(name) - 1
    if i < len(src) and src[i] == "*":
        i += 1
    if name in MULTI_CITE:
        (gpre, gpost), i = read_args(src, i, "((")
        parts: list[tuple[str, str, str]] = []
        while True:
            j = skip_ws(src, i)
            if j >= len(src) or src[j] not in "[{":
                break
            (o1, o2, keys), j2 = read_args(src, j, "[[{")
            if keys is None:
                break
            if o2 is None:
                pre, post = "", o1 or ""
            else:
                pre, post = o1 or "", o2
            parts.append((pre, post, keys))
            i = j2
        if not parts:
            return None
        keys_all = [k.strip() for p in parts for k in p[2].split(",") if k.strip()]
        pre = (gpre or "") or parts[0][0]
        post = (gpost or "") or parts[-1][1]
        return Citation(name, keys_all, pre.strip(), post.strip(), start, i)
    (o1, o2, keys), j = read_args(src, i, "[[{")
    if keys is None:
        return None
    if o2 is None:
        pre, post = "", o1 or ""
    else:
        pre, post = o1 or "", o2
    return Citation(
        name, [k.strip() for k in keys.split(",") if k.strip()], pre.strip(), post.strip(), start, j
    )


def find_citations(src: str) -> list[Citation]:
    out: list[Citation] = []
    for m in re.finditer(r"\\([A-Za-z]+)", src):
        name = m.group(1)
        if name in SINGLE_CITE or name in MULTI_CITE:
            c = parse_citation(src, m.end(), name)
            if c is not None and (not out or c.start >= out[-1].end):
                out.append(c)
    return out


PAGE_RE = re.compile(
    r"[0-9IVXLCivxlc]+(?:\s*(?:--|–|-|—|\\textendash\{\}|\\,)\s*[0-9IVXLCivxlc]+)?(?:\s*f{1,2}\.)?"
)


def pages_of(postnote: str) -> str:
    """The page (or folio) reference of a postnote, without prefixes and note numbers."""
    txt = latex_to_text(postnote).strip()
    if not re.search(r"\d", txt):
        return ""
    txt = re.sub(
        r"^(?:S|p|pp|Sp|col|cols|fol|fols|f|Bd|vol|Nr|no|s|c|с|стр)\.\s*", "", txt, flags=re.I
    )
    txt = re.sub(
        r"(?:^|(?<=[\s,]))(?:n|nn|fn|Anm|note|notes|Fn|Rn|Fußnote|Anmerkung)\.?\s*\d+.*$", "", txt
    )
    txt = re.sub(r"\s*[–—]\s*|\s*--\s*", "–", txt).strip(" ,;")
    return txt if re.search(r"\d", txt) else ""


def citation_records(cites: Iterable[Citation]) -> list[dict[str, str]]:
    """What a gold note records of its citations: one record per key cited."""
    return [
        {
            "key": k,
            "command": c.command,
            "prenote": latex_to_text(c.prenote),
            "postnote": latex_to_text(c.postnote),
            "pages": pages_of(c.postnote),
        }
        for c in cites
        for k in c.keys
    ]


REF_RE = re.compile(r"\\(ref|sectref|chapref|tabref|figref|exref|cref|autoref|pageref|eqref)\b")
"""A cross-reference: a note holding one is not printed as its source reads."""


# ---------------------------------------------------------------------------
# bibliography
# ---------------------------------------------------------------------------


@dataclass
class BibEntry:
    key: str
    type: str
    authors: list[str]
    editors: list[str]
    title: str
    container: str
    year: str
    place: str
    publisher: str
    pages: str

    def as_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "authors": self.authors,
            "editors": self.editors,
            "title": self.title,
            "container": self.container,
            "year": self.year,
            "place": self.place,
            "publisher": self.publisher,
            "pages": self.pages,
        }

    def families(self) -> list[str]:
        names = self.authors or self.editors
        return [n.split(",")[0].strip() for n in names]


def _split_names(value: str) -> list[str]:
    names = [n.strip() for n in re.split(r"\s+and\s+", value) if n.strip()]
    out = []
    for n in names:
        n = latex_to_text(n).strip()
        if "," in n or n.startswith("{"):
            out.append(n.strip("{} "))
            continue
        toks = n.split()
        if len(toks) <= 1:
            out.append(n)
            continue
        # keep lower-case particles (von, de, van der) with the family name
        k = len(toks) - 1
        while k > 0 and toks[k - 1][:1].islower():
            k -= 1
        out.append(" ".join(toks[k:]) + ", " + " ".join(toks[:k]))
    return out


def load_bibliography(texts: Iterable[str]) -> dict[str, BibEntry]:
    import bibtexparser

    entries: dict[str, BibEntry] = {}
    for text in texts:
        lib = bibtexparser.parse_string(text)  # type: ignore[attr-defined]
        for e in lib.entries:
            f = {
                k.lower(): (v.value if hasattr(v, "value") else str(v))
                for k, v in e.fields_dict.items()
            }

            def g(*names: str, f: dict[str, str] = f) -> str:
                for n in names:
                    if f.get(n):
                        return latex_to_text(str(f[n])).strip()
                return ""

            year = g("year") or (g("date")[:4] if g("date") else "")
            entries.setdefault(
                e.key,
                BibEntry(
                    key=e.key,
                    type=e.entry_type.lower(),
                    authors=_split_names(str(f.get("author", ""))) if f.get("author") else [],
                    editors=_split_names(str(f.get("editor", ""))) if f.get("editor") else [],
                    title=g("title"),
                    container=g("journal", "journaltitle", "booktitle", "maintitle", "series"),
                    year=year,
                    place=g("address", "location"),
                    publisher=g("publisher", "institution", "school"),
                    pages=g("pages"),
                ),
            )
    return entries


def render_citation(c: Citation, bib: dict[str, BibEntry]) -> str:
    """A best-effort plain-text rendering of an author-year (natbib-like) citation."""

    def names(key: str) -> str:
        e = bib.get(key)
        if e is None:
            return key
        fam = e.families()
        if not fam:
            return e.title or key
        if len(fam) == 1:
            return fam[0]
        if len(fam) == 2:
            return f"{fam[0]} & {fam[1]}"
        return f"{fam[0]} et al."

    def year(key: str) -> str:
        e = bib.get(key)
        return e.year if e and e.year else ""

    post = latex_to_text(c.postnote) if c.postnote else ""
    pre = latex_to_text(c.prenote) if c.prenote else ""
    cmd = c.command.lower()
    parts: list[str] = []
    for k in c.keys:
        if cmd in ("citeauthor",):
            parts.append(names(k))
        elif cmd in ("citeyear", "citeyearpar"):
            parts.append(year(k))
        elif cmd in ("citetitle",):
            e = bib.get(k)
            parts.append(e.title if e else k)
        elif cmd in ("citet", "textcite", "textcites", "posscitet", "citeposs", "citegen"):
            parts.append(f"{names(k)} ({year(k)})")
        elif cmd in (
            "fullcite",
            "footfullcite",
            "footcite",
            "footcites",
            "footcitetext",
            "autocite",
            "autocites",
            "smartcite",
            "supercite",
        ):
            e = bib.get(k)
            if e is None:
                parts.append(k)
            else:
                bits = [", ".join(e.authors or e.editors), e.title, e.container, e.place, e.year]
                parts.append(", ".join(b for b in bits if b))
        else:
            parts.append(f"{names(k)} {year(k)}".strip())
    body = "; ".join(parts)
    if post and cmd in ("citet", "textcite", "textcites") and body.endswith(")"):
        body = body[:-1] + f": {post})"
        post = ""
    if pre and cmd in ("citet", "textcite") and "(" in body:
        body = body.replace("(", f"({pre} ", 1)
        pre = ""
    text = " ".join(x for x in (pre, body) if x)
    if post:
        text += (
            ": " if cmd in ("citealt", "citealp", "cite", "citep", "parencite", "citew") else ", "
        ) + post
    if cmd in ("citep", "parencite", "parencites", "citeyearpar"):
        text = f"({text})"
    return text


# ---------------------------------------------------------------------------
# LaTeX -> text
# ---------------------------------------------------------------------------

_L2T: Any = None


def _converter() -> Any:
    global _L2T
    if _L2T is not None:
        return _L2T
    from pylatexenc import latexwalker, macrospec
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec

    db = latexwalker.get_default_latex_context_db()
    drop1 = [
        "ia",
        "il",
        "is",
        "index",
        "label",
        "iw",
        "isi_",
        "ie",
        "iai_",
        "footnotemark",
        "hypertarget",
        "phantomsection",
        "nocite",
        "addcontentsline",
        "vspace",
        "hspace",
        "pagebreak",
        "linebreak",
        "newpage",
        "clearpage",
        "noindent",
        "mbox_",
        "todo",
        "ig",
        "vpageref",
        "pageref",
    ]
    keep1 = [
        "iai",
        "ili",
        "isi",
        "textsc",
        "textsuperscript",
        "textsubscript",
        "url",
        "href_",
        "mbox",
        "textup",
        "textnormal",
        "textmd",
        "upshape",
        "oldstylenums",
        "lsptoprule",
        "gloss",
        "textbf",
        "textit",
        "emph",
        "textsl",
        "texttt",
        "textsf",
        "underline",
        "uline",
        "enquote",
        "textquote",
        "mkbibquote",
        "foreignlanguage_",
        "textgreek",
        "textcyrillic",
        "textstylehigh",
        "lang",
        "ile",
        "isce",
        "ia_",
        "tss",
        "tsub",
        "tsup",
        "bluebold",
    ]
    specs: list[Any] = []
    mspecs: list[Any] = []
    for n in drop1:
        n = n.rstrip("_")
        mspecs.append(macrospec.MacroSpec(n, "{"))
        specs.append(MacroTextSpec(n, simplify_repl=""))
    for n in keep1:
        n = n.rstrip("_")
        mspecs.append(macrospec.MacroSpec(n, "{"))
        specs.append(MacroTextSpec(n, simplify_repl="%(1)s"))
    mspecs += [
        macrospec.MacroSpec("hyperref", "[{"),
        macrospec.MacroSpec("href", "{{"),
        macrospec.MacroSpec("foreignlanguage", "[{{"),
        macrospec.MacroSpec("ref", "{"),
        macrospec.MacroSpec("sectref", "{"),
        macrospec.MacroSpec("chapref", "{"),
        macrospec.MacroSpec("tabref", "{"),
        macrospec.MacroSpec("figref", "{"),
        macrospec.MacroSpec("exref", "{"),
        macrospec.MacroSpec("fnref", "{"),
        macrospec.MacroSpec("appref", "{"),
        macrospec.MacroSpec("partref", "{"),
        macrospec.MacroSpec("REF", "{"),
        macrospec.MacroSpec("eqref", "{"),
        macrospec.MacroSpec("autoref", "{"),
        macrospec.MacroSpec("cref", "{"),
        macrospec.MacroSpec("Cref", "{"),
    ]
    specs += [
        MacroTextSpec("hyperref", simplify_repl="%(2)s"),
        MacroTextSpec("href", simplify_repl="%(2)s"),
        MacroTextSpec("foreignlanguage", simplify_repl="%(3)s"),
        MacroTextSpec("ref", simplify_repl=""),
        MacroTextSpec("sectref", simplify_repl="Section"),
        MacroTextSpec("chapref", simplify_repl="Chapter"),
        MacroTextSpec("tabref", simplify_repl="Table"),
        MacroTextSpec("figref", simplify_repl="Figure"),
        MacroTextSpec("exref", simplify_repl=""),
        MacroTextSpec("fnref", simplify_repl="Footnote"),
        MacroTextSpec("appref", simplify_repl="Appendix"),
        MacroTextSpec("partref", simplify_repl="Part"),
        MacroTextSpec("REF", simplify_repl=""),
        MacroTextSpec("eqref", simplify_repl=""),
        MacroTextSpec("autoref", simplify_repl=""),
        MacroTextSpec("cref", simplify_repl=""),
        MacroTextSpec("Cref", simplify_repl=""),
        MacroTextSpec("ia", simplify_repl=""),
        MacroTextSpec("dots", simplify_repl="…"),
        MacroTextSpec("ldots", simplify_repl="…"),
        MacroTextSpec("textellipsis", simplify_repl="…"),
        MacroTextSpec("ea", simplify_repl=""),
        MacroTextSpec("z", simplify_repl=""),
        MacroTextSpec("ex", simplify_repl=""),
        MacroTextSpec("trans", simplify_repl=""),
        MacroTextSpec("gll", simplify_repl=""),
        MacroTextSpec("glt", simplify_repl=""),
        MacroTextSpec("sub", simplify_repl=""),
        MacroTextSpec("zl", simplify_repl=""),
        MacroTextSpec("LaTeX", simplify_repl="LaTeX"),
        MacroTextSpec("TeX", simplify_repl="TeX"),
        MacroTextSpec("S", simplify_repl="§"),
        MacroTextSpec("textsection", simplify_repl="§"),
        MacroTextSpec("textendash", simplify_repl="–"),
        MacroTextSpec("textemdash", simplify_repl="—"),
        MacroTextSpec("ebd", simplify_repl="ebd."),
        MacroTextSpec("xspace", simplify_repl=""),
        MacroTextSpec("nobreakdash", simplify_repl=""),
        MacroTextSpec("slash", simplify_repl="/"),
        MacroTextSpec("hyphen", simplify_repl="-"),
        MacroTextSpec("break", simplify_repl=" "),
    ]
    db.add_context_category("purgehist", macros=mspecs, prepend=True)
    l2t = LatexNodes2Text(
        latex_context=_text_db(db, specs), math_mode="text", strict_latex_spaces=False
    )
    _L2T = (latexwalker, db, l2t)
    return _L2T


def _text_db(db: Any, specs: list[Any]) -> Any:
    from pylatexenc.latex2text import get_default_latex_context_db

    tdb = get_default_latex_context_db()
    tdb.add_context_category("purgehist", macros=specs, prepend=True)
    return tdb


def latex_to_text(src: str) -> str:
    latexwalker, db, l2t = _converter()
    try:
        w = latexwalker.LatexWalker(src, latex_context=db, tolerant_parsing=True)
        nodes, _, _ = w.get_latex_nodes()
        txt = l2t.nodelist_to_text(nodes)
    except Exception:
        txt = re.sub(r"\\[A-Za-z]+\*?", " ", src)
        txt = re.sub(r"[{}]", "", txt)
    txt = txt.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", txt).strip()


# ---------------------------------------------------------------------------
# footnote scanning
# ---------------------------------------------------------------------------

STRUCT = {"part", "chapter", "section", "addchap", "addpart", "addsec", "PGPAPER"}
MATTER = {"frontmatter", "mainmatter", "backmatter", "appendix"}
SPECIAL_ENVS = {
    "table": "table",
    "table*": "table",
    "tabular": "table",
    "tabularx": "table",
    "tabulary": "table",
    "longtable": "table",
    "supertabular": "table",
    "tblr": "table",
    "minipage": "minipage",
    "figure": "figure",
    "figure*": "figure",
    "quote": "quote",
    "quotation": "quote",
    "sidewaystable": "table",
    "threeparttable": "table",
}
# environments whose footnotes LaTeX numbers with a separate (alphabetic) mpfootnote counter,
# restarted at each; a tabularx takes the counter of what holds it (a float's, a minipage's)
MP_ENVS = {"minipage"}
# the floats, which floatrow gives the minipage's counter
FLOAT_ENVS = {
    "table",
    "table*",
    "figure",
    "figure*",
    "sidewaystable",
    "sidewaysfigure",
    "wraptable",
    "wrapfigure",
}


@dataclass
class ScopeState:
    numbering: str  # continuous | per-chapter | per-section | per-part
    matter: str = "main"
    used_frontmatter: bool = False
    chapter_no: int = 0
    appendix: bool = False
    scope: str = "front"
    counter: int = 0
    resets: int = 0
    unnumbered: int = 0
    last_struct_title: str = ""
    sec: list[int] = field(default_factory=lambda: [0, 0, 0])
    current_number: str = ""

    def reset(self, scope: str) -> None:
        self.scope = scope
        self.counter = 0
        self.resets += 1


@dataclass
class RawNote:
    kind: str
    content: str
    label: str
    scope: str
    pos: int
    special: str | None
    anchor_pos: int
    chapter_title: str


def label_format(n: int, style: str) -> str:
    if style == "alph":
        # LaTeX's \alph prints nothing for 0 (a \footnotetext before a minipage's first note)
        return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] if n > 0 else ""
    if style == "roman":
        vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out = ""
        for v, s in vals:
            while n >= v:
                out += s
                n -= v
        return out
    if style == "symbol":
        syms = ["*", "†", "‡", "§", "¶", "‖", "**", "††", "‡‡"]
        return syms[(n - 1) % len(syms)]
    return str(n)


LABEL_SKIP_ENVS = {
    "figure",
    "figure*",
    "table",
    "table*",
    "equation",
    "align",
    "exe",
    "xlist",
    "examples",
    "example",
    "enumerate",
    "itemize",
    "tabular",
    "longtable",
    "ex",
    "xlisti",
}


def scan_notes(
    body: str,
    cfg: dict[str, Any],
    labels: dict[str, str] | None = None,
    preamble: Preamble | None = None,
) -> list[RawNote]:
    """Walk the document body and return its notes in source order.

    ``labels`` (if given) is filled with the section numbers of ``\\label``s set
    after sectioning commands, so that cross-references in notes can be printed.
    ``preamble`` says what the class and packages change: lettered notes in floats, the
    document's commands that stand for ``\\footnotemark``.
    """
    if labels is None:
        labels = {}
    preamble = preamble or Preamble()
    mp_envs = MP_ENVS | (FLOAT_ENVS if preamble.floats_letter_notes else set())
    numbering = cfg.get("numbering", "per-chapter")
    note_macros = set(cfg.get("footnote_macros", ["footnote"])) | {"footnote"}
    mark_macros = preamble.note_mark_macros - note_macros
    autocite_is_foot = bool(cfg.get("autocite_footnote", False))
    label_style = cfg.get("label_style", "arabic")
    digit_headings: dict[str, dict[str, str]] = cfg.get("digit_heading_macros", {})
    reset_on = set(
        cfg.get(
            "reset_on",
            {
                "per-chapter": ["chapter", "PGPAPER"],
                "per-section": ["section", "chapter", "PGPAPER"],
                "per-part": ["part"],
                "continuous": [],
            }[numbering],
        )
    )
    st = ScopeState(numbering=numbering)
    if numbering == "continuous":
        st.scope = "document"
    notes: list[RawNote] = []
    env_stack: list[str] = []
    brace_stack: list[str | None] = []
    pending_brace: str | None = None
    pending_marks: list[tuple[str, int]] = []
    prev_boundary = 0
    mp_count = 0  # lettered scopes opened so far, for their names
    mp_scopes: list[int] = []  # the open lettered scopes, innermost last
    mp_counter = 0
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c == "{":
            brace_stack.append(pending_brace)
            pending_brace = None
            i += 1
            continue
        if c == "}":
            if brace_stack:
                brace_stack.pop()
            i += 1
            continue
        if c != "\\":
            i += 1
            continue
        m = re.match(r"\\([A-Za-z@]+)(\*?)", body[i:])
        if not m:
            i += 2
            continue
        name, star = m.group(1), m.group(2)
        j = i + m.end()
        if name in digit_headings and j < n and body[j].isdigit():
            mapped = digit_headings[name].get(body[j])
            if mapped:
                name, star = mapped.rstrip("*"), ("*" if mapped.endswith("*") else "")
                j += 1
        if name == "verb" and j < n:
            end = body.find(body[j], j + 1)
            i = end + 1 if end > 0 else j + 1
            continue
        if name in ("begin", "end"):
            (env,), j2 = read_args(body, j, "{")
            env = (env or "").strip()
            if name == "begin":
                env_stack.append(env)
                if env in mp_envs:
                    # the count is not restored at the end: latex.ltx steps it globally
                    mp_count += 1
                    mp_scopes.append(mp_count)
                    mp_counter = 0
            elif env in env_stack:
                while env_stack:
                    closed = env_stack.pop()
                    if closed in mp_envs and mp_scopes:
                        mp_scopes.pop()
                    if closed == env:
                        break
            i = j2
            continue
        if name in MATTER:
            if name == "frontmatter":
                st.matter, st.used_frontmatter = "front", True
            elif name == "mainmatter":
                st.matter = "main"
            elif name == "backmatter":
                st.matter = "back"
            else:
                st.appendix = True
                st.chapter_no = 0
            i = j
            continue
        if name in STRUCT:
            (title,), _ = (
                read_args(body, j, "{")
                if body[skip_ws(body, j) : skip_ws(body, j) + 1] == "{"
                else ((None,), j)
            )
            if title is None:
                (_, title), _ = read_args(body, j, "[{")
            st.last_struct_title = latex_to_text(title or "")[:80]
            numbered = (
                not star
                and name in ("chapter", "part", "section", "PGPAPER")
                and (st.matter == "main" or name == "PGPAPER" or not st.used_frontmatter)
            )
            if name in ("chapter", "PGPAPER") and numbered:
                st.chapter_no += 1 if name == "chapter" else 0
                st.sec = [0, 0, 0]
                st.current_number = (
                    (chr(64 + st.chapter_no) if st.appendix else str(st.chapter_no))
                    if name == "chapter"
                    else ""
                )
            elif name in ("section",) and not star:
                st.sec = [st.sec[0] + 1, 0, 0]
                st.current_number = ".".join(
                    x
                    for x in (
                        (chr(64 + st.chapter_no) if st.appendix else str(st.chapter_no))
                        if st.chapter_no
                        else "",
                        str(st.sec[0]),
                    )
                    if x
                )
            key = name + ("*" if star else "")
            if name in ("chapter", "part", "section") and not numbered and not star:
                key = name + "-unnumbered"
            if key in reset_on or (numbered and name in reset_on):
                if not numbered:
                    st.unnumbered += 1
                    st.reset(f"unnumbered-{st.unnumbered}")
                elif name == "section":
                    st.reset(f"section-{st.resets + 1}")
                elif name == "part":
                    st.reset(f"part-{st.resets + 1}")
                elif name == "chapter":
                    lab = chr(64 + st.chapter_no) if st.appendix else str(st.chapter_no)
                    st.reset(f"chapter-{lab}")
                else:
                    st.reset(f"paper-{st.resets + 1}")
            pending_brace = "heading"
            i = j
            continue
        if name in ("subsection", "subsubsection") and not star:
            if name == "subsection":
                st.sec = [st.sec[0], st.sec[1] + 1, 0]
            else:
                st.sec = [st.sec[0], st.sec[1], st.sec[2] + 1]
            base = (
                (chr(64 + st.chapter_no) if st.appendix else str(st.chapter_no))
                if st.chapter_no
                else ""
            )
            nums = [str(x) for x in (st.sec if name == "subsubsection" else st.sec[:2])]
            st.current_number = ".".join(x for x in [base, *nums] if x)
            pending_brace = "heading"
            i = j
            continue
        if name == "label":
            (label_name,), j2 = read_args(body, j, "{")
            if (
                label_name
                and not any(e in LABEL_SKIP_ENVS for e in env_stack)
                and st.current_number
            ):
                labels.setdefault(label_name.strip(), st.current_number)
            i = j2
            continue
        if name in ("caption", "captionof"):
            pending_brace = "caption"
            i = j
            continue
        special = None
        for brace in reversed(brace_stack):
            if brace:
                special = brace
                break
        if special is None:
            for env in reversed(env_stack):
                if env in SPECIAL_ENVS:
                    special = SPECIAL_ENVS[env]
                    break
        if special == "quote":
            special = None
        is_note = name in note_macros
        is_footcite = name in FOOT_CITE or (autocite_is_foot and name in ("autocite", "autocites"))
        if name == "footnotemark" or name in mark_macros:
            (opt,), j2 = read_args(body, j, "[") if name == "footnotemark" else ((None,), j)
            if opt is None:
                st.counter += 1
                pending_marks.append((label_format(st.counter, label_style), i))
            else:
                pending_marks.append((opt.strip(), i))
            i = j2
            continue
        if name in ("addtocounter", "setcounter", "stepcounter", "refstepcounter"):
            spec = "{{" if name in ("addtocounter", "setcounter") else "{"
            args, j2 = read_args(body, j, spec)
            if args and (args[0] or "").strip() == "footnote":
                try:
                    if name == "addtocounter":
                        st.counter += int((args[1] or "0").strip())
                    elif name == "setcounter":
                        st.counter = int((args[1] or "0").strip())
                    else:
                        st.counter += 1
                except ValueError:
                    pass
            i = j2
            continue
        if name == "footnotetext":
            # LaTeX semantics: without [n] the text gets the counter's current value
            (opt, content), j2 = read_args(body, j, "[{")
            scope = st.scope
            if mp_scopes:
                n_mp = int(opt) if opt is not None and opt.strip().isdigit() else mp_counter
                label = label_format(n_mp, "alph")
                scope = f"{st.scope}/table-{mp_scopes[-1]}"
            else:
                label = opt.strip() if opt is not None else label_format(st.counter, label_style)
            apos = i
            for k in range(len(pending_marks) - 1, -1, -1):
                if pending_marks[k][0] == label:
                    apos = pending_marks.pop(k)[1]
                    break
            notes.append(
                RawNote(
                    "footnotetext",
                    content or "",
                    label,
                    scope,
                    i,
                    special or "footnotetext",
                    apos,
                    st.last_struct_title,
                )
            )
            prev_boundary = j2
            i = j2
            continue
        if is_note:
            (opt, content), j2 = read_args(body, j, "[{")
            scope = st.scope
            if mp_scopes:
                # a number in brackets is printed on the float's or minipage's own counter
                # and, as LaTeX sets it in a group, leaves the counter as it was
                if opt is not None and opt.strip().isdigit():
                    label = label_format(int(opt), "alph")
                else:
                    mp_counter += 1
                    label = label_format(mp_counter, "alph")
                scope = f"{st.scope}/table-{mp_scopes[-1]}"
            elif opt is not None and opt.strip().isdigit():
                label = opt.strip()
            else:
                st.counter += 1
                label = label_format(st.counter, label_style)
            notes.append(
                RawNote(
                    "footnote", content or "", label, scope, i, special, i, st.last_struct_title
                )
            )
            prev_boundary = j2
            i = j2
            continue
        if is_footcite:
            cit = parse_citation(body, j, name)
            if cit is None:
                i = j
                continue
            st.counter += 1
            label = label_format(st.counter, label_style)
            notes.append(
                RawNote(
                    "footcite",
                    body[cit.start : cit.end],
                    label,
                    st.scope,
                    i,
                    special,
                    i,
                    st.last_struct_title,
                )
            )
            prev_boundary = cit.end
            i = cit.end
            continue
        i = j
    del prev_boundary
    return notes


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
    def repl(m: re.Match[str]) -> str:
        name, arg = m.group(1), m.group(2)
        if name not in templates:
            return m.group(0)
        nums = [labels.get(a.strip(), "") for a in arg.split(",")]
        val = ", ".join(n for n in nums if n)
        return "{" + templates[name].format(val).replace("\\", "") + "}"

    return re.sub(r"\\([A-Za-z]+ref|ref|autoref|cref|Cref|eqref)\s*\{([^{}]*)\}", repl, src)


def apply_doc_macros(src: str, cfg: dict[str, Any]) -> str:
    """Document-specific clean-up: rewrite or drop the document's own macros, map active
    characters."""
    for name, (spec, template) in cfg.get("macro_templates", {}).items():
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
    start = max(prev_end, note.anchor_pos - 700)
    chunk = body[start : note.anchor_pos]
    # drop a leading partial command/group
    cut = re.search(r"\s", chunk)
    if cut and start > prev_end:
        chunk = chunk[cut.start() :]
    chunk = re.sub(r"\\(?:footnote|footnotetext)\s*(\[[^\]]*\])?\s*$", "", chunk)
    txt = latex_to_text(apply_doc_macros(chunk, cfg or {}))
    return txt[-60:].strip()


# ---------------------------------------------------------------------------
# PDF side
# ---------------------------------------------------------------------------

QUOTES = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‹": "'",
        "›": "'",
        "–": "-",
        "—": "-",
        "−": "-",
        "‐": "-",
        "‑": "-",
        "\u00ad": "",
        "\u00a0": " ",
        "ﬁ": "fi",
        "ﬂ": "fl",
        "ﬀ": "ff",
        "ﬃ": "ffi",
        "ﬄ": "ffl",
        "…": "...",
        "`": "'",
        "´": "'",
    }
)


def normalise(s: str, keep_case: bool = False) -> str:
    s = unicodedata.normalize("NFKC", s).translate(QUOTES)
    s = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s if keep_case else s.lower()


@dataclass
class PdfPages:
    raw: list[str]
    norm: list[str]
    norm_case: list[str]
    nospace: list[str]
    layout: list[str]
    words: list[set[str]] = field(default_factory=list)

    def candidates(self, q: str, k: int = 8) -> list[int]:
        """Pages sharing most words with ``q`` (a cheap pre-filter for the fuzzy search)."""
        if not self.words:
            self.words = [set(re.findall(r"\w{4,}", p)) for p in self.norm]
        qw = set(re.findall(r"\w{4,}", q))
        ranked = sorted(range(len(self.words)), key=lambda p: -len(qw & self.words[p]))
        return ranked[:k]

    @classmethod
    def from_text(cls, raw_text: str, layout_text: str) -> PdfPages:
        pages = raw_text.split("\f")
        if pages and not pages[-1].strip():
            pages = pages[:-1]
        nc = [normalise(p, keep_case=True) for p in pages]
        nl = [p.lower() if len(p.lower()) == len(p) else normalise(p) for p in nc]
        ns = [re.sub(r"\s", "", p) for p in nl]
        lay = layout_text.split("\f")
        lay = [normalise(p) for p in lay[: len(pages)]] + [""] * max(0, len(pages) - len(lay))
        return cls(pages, nl, nc, ns, lay)


@dataclass
class Match:
    page: int | None
    score: float
    pdf_text: str | None
    label_seen: bool
    split: bool = False
    printed_label: str | None = None

    def gold_fields(self, label: str) -> dict[str, Any]:
        """What a gold note records of where the note of *label* was found in the PDF."""
        fields: dict[str, Any] = {}
        if self.page is not None and self.pdf_text:
            fields["pdf_text"] = self.pdf_text
        fields["match_score"] = round(self.score, 1)
        fields["label_seen_in_pdf"] = self.label_seen or (self.printed_label == label)
        if self.printed_label is not None and not self.label_seen:
            fields["label_before_text_in_pdf"] = self.printed_label
        if self.split:
            fields["continues_on_next_page"] = True
        return fields


def locate(note_text: str, label: str, pdf: PdfPages, hint: int) -> Match:
    """Find the 1-based page where the note starts; ``hint`` is the previous note's page index."""
    q = normalise(note_text)
    if not q:
        return Match(None, 0.0, None, False)
    npages = len(pdf.norm)
    short = len(q) < 30
    window = list(range(max(0, hint - 2), min(npages, hint + 40)))
    rest = [p for p in range(npages) if p not in set(window)]

    def score(p: int) -> float:
        if short:
            qq = re.sub(r"\s", "", q)
            return fuzz.partial_ratio(re.sub(r"\s", "", label.lower()) + qq, pdf.nospace[p])
        return fuzz.partial_ratio(q, pdf.norm[p])

    best_p, best_s = -1, 0.0
    for p in window:
        s = score(p)
        if s > best_s + 0.01:
            best_p, best_s = p, s
        if s >= 99.5:
            break
    if best_s < MATCH_THRESHOLD and not short:
        for p in [c for c in pdf.candidates(q) if c in set(rest)]:
            s = score(p)
            if s > best_s + 0.01:
                best_p, best_s = p, s
    if best_s >= MATCH_THRESHOLD:
        return _finish(q, label, pdf, best_p, best_s, short)
    # a note that runs over onto the next page: first part here, rest on the next page
    if not short and len(q) > 80:
        for p in window[:-1] if window else []:
            for frac in (0.3, 0.5, 0.7):
                cut = int(len(q) * frac)
                a, b = q[:cut], q[cut:]
                sa = fuzz.partial_ratio(a, pdf.norm[p])
                if sa < MATCH_THRESHOLD:
                    continue
                sb = fuzz.partial_ratio(b, pdf.norm[p + 1])
                if sb >= MATCH_THRESHOLD:
                    m = _finish(a, label, pdf, p, (sa * len(a) + sb * len(b)) / len(q), False)
                    al = fuzz.partial_ratio_alignment(b, pdf.norm[p + 1])
                    tail = pdf.norm_case[p + 1][al.dest_start : al.dest_end] if al else ""
                    m.pdf_text = ((m.pdf_text or "") + " " + tail).strip()
                    m.split = True
                    return m
    return Match(None, best_s, None, False)


def _finish(q: str, label: str, pdf: PdfPages, p: int, s: float, short: bool) -> Match:
    if short:
        return Match(p + 1, s, None, True)
    page_l, page_c = pdf.norm[p], pdf.norm_case[p]
    al = fuzz.partial_ratio_alignment(q, page_l)
    if al is None:
        return Match(p + 1, s, None, False)
    start, end = al.dest_start, al.dest_end
    # refine where the note starts: align its first words near the coarse start
    head = q[:40]
    lo = max(0, start - 80)
    region = page_l[lo : start + 80]
    hal = fuzz.partial_ratio_alignment(head, region)
    if hal is not None and hal.score >= 80:
        start = lo + hal.dest_start
        end = max(end, start + 1)
    text = page_c[start:end]
    seen, printed = label_in_layout(q, label, pdf.layout[p])
    m = Match(p + 1, s, text, seen)
    m.printed_label = printed
    return m


def label_in_layout(q: str, label: str, lay: str) -> tuple[bool, str | None]:
    """Is ``label`` printed right before the note's first words in the layout text?"""
    al = fuzz.partial_ratio_alignment(q, lay)
    if al is None or al.score < 70:
        return False, None
    start = al.dest_start
    lo = max(0, start - 80)
    hal = fuzz.partial_ratio_alignment(q[:40], lay[lo : start + 80])
    if hal is not None and hal.score >= 80:
        start = lo + hal.dest_start
    before = lay[max(0, start - 12) : start]
    lab = label.lower()
    seen = re.search(r"(?<![0-9a-z])" + re.escape(lab) + r"\s*[.)]?\s*$", before) is not None
    printed = re.search(r"(?<![0-9])([0-9]{1,3}|[*†‡§])\s*[.)]?\s*$", before)
    return seen, (printed.group(1) if printed else None)


# ---------------------------------------------------------------------------
# one document
# ---------------------------------------------------------------------------


def correct_labels_from_pdf(footnotes: list[dict[str, Any]]) -> int:
    """Shift simulated labels where the PDF consistently prints other numbers.

    LaTeX counters can run differently from the simulation (notes in headings or
    tables that do or do not step the counter, \\footnotemark in column specs,
    a note missing from the compiled version). Inside one scope, when the label
    printed before a note differs from the simulated one by ``d`` and the next
    note whose printed label is known confirms the same ``d``, the simulated labels
    from there on are shifted by ``d``. Returns the number of labels changed.
    """
    changed = 0
    for f in footnotes:
        printed = f.get("label_before_text_in_pdf")
        if (
            f.get("special") in ("heading", "footnotetext")
            and printed in ("*", "†", "‡", "§")
            and printed != f["label"]
        ):
            f["label_from_source"] = f["label"]
            f["label"] = printed
            f["label_seen_in_pdf"] = True
            changed += 1
    by_scope: dict[str, list[dict[str, Any]]] = {}
    for f in footnotes:
        if "/table-" in f["scope"] or not f["label"].isdigit():
            continue
        by_scope.setdefault(f["scope"], []).append(f)
    for notes in by_scope.values():
        printed = [
            (k, int(f.get("label_before_text_in_pdf") or f["label"]) - int(f["label"]))
            for k, f in enumerate(notes)
            if str(f.get("label_before_text_in_pdf", "")).isdigit() or f["label_seen_in_pdf"]
        ]
        # label_seen notes confirm offset 0
        printed = [(k, 0 if notes[k]["label_seen_in_pdf"] else d) for k, d in printed]
        offset = 0
        pi = 0
        for k, f in enumerate(notes):
            while pi < len(printed) and printed[pi][0] < k:
                pi += 1
            if pi < len(printed) and printed[pi][0] == k:
                d = printed[pi][1]
                nxt = printed[pi + 1][1] if pi + 1 < len(printed) else d
                if d != offset and nxt == d and abs(d) <= 20:
                    offset = d
            if offset:
                f["label_from_source"] = f["label"]
                f["label"] = str(int(f["label"]) + offset)
                f["label_seen_in_pdf"] = (
                    f.get("label_before_text_in_pdf") == f["label"] or f["label_seen_in_pdf"]
                )
                changed += 1
    return changed


def build_document(
    doc: dict[str, Any], out_root: Path, verbose: bool = False, mirrors: Path = MIRROR_DIR
) -> dict[str, Any]:
    repo = Repo(doc["repository"], mirrors)
    commit = doc["commit"]
    paths = doc["paths"]
    cfg = doc.get("extract", {})
    out = out_root / doc["id"]
    out.mkdir(parents=True, exist_ok=True)

    pdf_bytes = repo.show(commit, paths["pdf"])
    if pdf_bytes is None:
        raise FileNotFoundError(f"{doc['id']}: {paths['pdf']} not at {commit}")
    raw_text, layout_text = write_pdf(out, pdf_bytes)
    pdf = PdfPages.from_text(raw_text, layout_text)

    tree = SourceTree(repo, commit)
    for extra in cfg.get("preload_macros_from", []):
        tree.macros.update(collect_simple_macros(strip_comments(repo.text(commit, extra) or "")))
    flat = tree.flatten(paths["main"])
    body = document_body(flat, cfg)
    preamble = read_preamble(
        lambda p: repo.text(commit, p),
        paths["main"],
        flat[: max(flat.find("\\begin{document}"), 0)],
        strip_comments,
        repo.paths(commit),
    )

    bib_texts = [repo.text(commit, p) or "" for p in paths.get("bib", [])]
    bib = load_bibliography(bib_texts) if bib_texts else {}

    labels: dict[str, str] = {}
    raw_notes = scan_notes(body, cfg, labels, preamble)
    templates = ref_templates(repo, commit)
    footnotes: list[dict[str, Any]] = []
    cited: dict[str, dict[str, Any]] = {}
    hint = 0
    prev_end = 0
    for seq, rn in enumerate(raw_notes, start=1):
        cites = find_citations(rn.content)
        content = rn.content
        # replace citations by a rendered text (from the end, so offsets stay valid)
        for c in reversed(cites):
            rendered = render_citation(c, bib)
            rendered = re.sub(r"([&%$#_])", r"\\\1", rendered)
            content = content[: c.start] + "{" + rendered + "}" + content[c.end :]
        content = resolve_refs(content, templates, labels)
        content = apply_doc_macros(content, cfg)
        text = latex_to_text(content)
        rendered_ok = not cites and not REF_RE.search(rn.content)
        m = locate(text, rn.label, pdf, hint)
        if m.page is not None:
            hint = m.page - 1
        entry: dict[str, Any] = {
            "seq": seq,
            "label": rn.label,
            "scope": rn.scope,
            "page": m.page,
            "text": text,
            "anchor": anchor_text(body, rn, prev_end, cfg),
            "citations": citation_records(cites),
        }
        if rn.kind != "footnote":
            entry["source_command"] = rn.kind
        if not rendered_ok:
            entry["text_is_rendered"] = False
        entry.update(m.gold_fields(rn.label))
        if rn.special:
            entry["special"] = rn.special
        footnotes.append(entry)
        prev_end = rn.pos + len(rn.content)
        for c in cites:
            for k in c.keys:
                if k in bib:
                    cited[k] = bib[k].as_json()
    corrected = correct_labels_from_pdf(footnotes)
    stats = gold_stats(footnotes, corrected, len(tree.files_used))
    bibliography = dict(sorted(cited.items()))
    gold = gold_record(doc, len(pdf.raw), gold_source(doc), footnotes, bibliography, stats)
    lic_line = next(
        (
            ln.strip()
            for ln in raw_text.splitlines()
            if re.search(r"Creative Commons|CC[ -]BY|лицензи", ln, re.I)
        ),
        None,
    )
    result = write_gold(out, gold, lic_line)
    if verbose:
        print_unmatched(footnotes)
    return result


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    args = command.parser(__doc__, MANIFEST, CORPUS_DIR / "docs", MIRROR_DIR).parse_args(argv)

    def build(doc: dict[str, Any]) -> dict[str, Any]:
        return build_document(doc, args.out, verbose=args.verbose, mirrors=args.mirrors)

    return command.build_all(args, build, "split", lambda doc, _: str(doc["split"]))


if __name__ == "__main__":
    sys.exit(main())

"""The notes of a LaTeX document's body in source order, numbered as LaTeX prints them:
``\\footnote``, ``\\footnotemark`` and ``\\footnotetext``, note citations, lettered notes in
minipages (and floats under ``floatrow``), numbering scopes reset at headings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from corpus_build.citations import FOOT_CITE, parse_citation
from corpus_build.latex_source import read_args, skip_ws
from corpus_build.latex_text import latex_to_text
from corpus_build.preamble import Preamble

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
    """Where the scan stands: the matter, the chapter and section numbers, the note counter and its
    scope."""

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
        """Start the note counter afresh in the scope *scope*."""
        self.scope = scope
        self.counter = 0
        self.resets += 1


@dataclass
class RawNote:
    """A note as the scanner finds it: its command, LaTeX content, label, scope and where it and its
    anchor stand."""

    kind: str
    content: str
    label: str
    scope: str
    pos: int
    special: str | None
    anchor_pos: int
    chapter_title: str
    numbered: bool = False
    """Whether the source gives the label (``\\footnote[2]{…}``): not counted."""


def label_format(n: int, style: str) -> str:
    """The label *n* is printed as in the counter *style* (``arabic``, ``alph``, ``roman``,
    ``symbol``)."""
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
            numbered = not mp_scopes and opt is not None and opt.strip().isdigit()
            notes.append(
                RawNote(
                    "footnote",
                    content or "",
                    label,
                    scope,
                    i,
                    special,
                    i,
                    st.last_struct_title,
                    numbered,
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

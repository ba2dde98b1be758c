"""What a LaTeX document's preamble loads that changes how its notes are numbered.

The LaTeX scanner (``scanner``) simulates LaTeX's footnote counters. Two things it needs are
set outside the document body, in the class and the packages the preamble loads:

- the packages themselves: with ``floatrow`` every float (table, figure) sets its
  ``\\footnote``\\ s as lettered notes under the float, on a counter that restarts at each
  float and leaves the main numbering alone, as a ``minipage`` does;
- the document's own commands that stand for ``\\footnotemark`` (a Language Science Press
  style's ``\\rmfnm``, ``{\\upshape\\footnotemark}``, set in glossed examples whose source
  a ``\\footnotetext`` gives below): each steps the main counter.

The class and the local packages are read in the order LaTeX loads them, from the folder of
the main file (LaTeX's working folder), a command in a package's name replaced by its
definition. A package not found there is looked for by its file name, as a search path set for
the book's style folder finds it (of several, the one nearest the file loading it); packages
not in the repository are only named.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

LOAD_RE = re.compile(
    r"\\(usepackage|RequirePackage|documentclass|LoadClass)\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}"
)
DEF_RE = re.compile(
    r"\\(?:(?:re)?newcommand|providecommand|DeclareRobustCommand)\*?\s*"
    r"(?:\{\s*\\([A-Za-z@]+)\s*\}|\\([A-Za-z@]+))\s*(?:\[\s*(\d)\s*\])?\s*\{"
    r"|\\[gex]?def\s*\\([A-Za-z@]+)([^{\\\n]*)\{"
)
LET_RE = re.compile(r"\\let\s*\\([A-Za-z@]+)\s*=?\s*\\([A-Za-z@]+)(?![A-Za-z@])")
# \footnotemark with its optional [n] names the printed number and steps no counter
NOTE_COMMANDS = frozenset({"footnote", "footnotemark", "footnotetext"})
MARK_RE = re.compile(r"\\footnotemark(?![A-Za-z@])(?!\s*\[)")
MAX_FILES = 200


@dataclass(frozen=True)
class Preamble:
    """The packages a document loads and its commands that stand for ``\\footnotemark``."""

    packages: frozenset[str] = field(default_factory=frozenset)
    note_mark_macros: frozenset[str] = field(default_factory=frozenset)

    @property
    def floats_letter_notes(self) -> bool:
        """Whether a float's ``\\footnote``\\ s are lettered notes of their own (``floatrow``
        gives every float the ``minipage`` treatment of footnotes)."""
        return "floatrow" in self.packages


def find_group(
    src: str, start: int, open_ch: str = "{", close_ch: str = "}"
) -> tuple[int, int] | None:
    """Return (content_start, end_after_close) of a balanced group starting at ``start``."""
    if start >= len(src) or src[start] != open_ch:
        return None
    depth = 0
    i = start
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == open_ch:
            depth += 1
        elif c == close_ch:
            depth -= 1
            if depth == 0:
                return start + 1, i + 1
        i += 1
    return None


def parameterless_definitions(src: str) -> list[tuple[str, str]]:
    """``(name, body)`` of the commands *src* defines without parameters, in source order; a
    ``\\let`` gives the body ``\\<other>``."""
    out: list[tuple[str, int, str]] = []
    for m in DEF_RE.finditer(src):
        name = m.group(1) or m.group(2) or m.group(4)
        if (m.group(3) or "0") != "0" or "#" in (m.group(5) or ""):
            continue
        group = find_group(src, m.end() - 1)
        end = group[1] if group else None
        if name and end is not None:
            out.append((name, m.start(), src[m.end() : end - 1]))
    out += [(m.group(1), m.start(), "\\" + m.group(2)) for m in LET_RE.finditer(src)]
    return [(name, body) for name, _, body in sorted(out, key=lambda d: d[1])]


def note_mark_macros(definitions: list[tuple[str, str]]) -> frozenset[str]:
    """The commands whose last definition in *definitions* sets a ``\\footnotemark`` of the
    main counter, directly or through another such command; never LaTeX's own note commands,
    whose text is read wherever they are used."""
    final = dict(definitions)
    marks: set[str] = set()
    while True:
        found = {
            name
            for name, body in final.items()
            if name not in marks
            and name not in NOTE_COMMANDS
            and (
                MARK_RE.search(body)
                or any(re.search(rf"\\{re.escape(m)}(?![A-Za-z@])", body) for m in marks)
            )
        }
        if not found:
            return frozenset(marks)
        marks |= found


def expand_name(name: str, definitions: list[tuple[str, str]]) -> str:
    """*name* with the commands in it (``\\stylepath langsci-basic``) replaced by their last
    definitions in *definitions*; an unknown command is left as it is."""
    final = dict(definitions)
    for _ in range(5):
        new = re.sub(
            r"\\([A-Za-z@]+)\s*", lambda m: final.get(m.group(1), m.group(0)), name
        ).strip()
        if new == name:
            break
        name = new
    return name


def nearest(candidates: list[str], here: str) -> str | None:
    """Of *candidates*, the path sharing most folders with the folder *here*, then the
    shallowest (None if there is none)."""

    def shared(path: str) -> int:
        a, b = posixpath.dirname(path).split("/"), here.split("/") if here else []
        k = 0
        while k < min(len(a), len(b)) and a[k] == b[k]:
            k += 1
        return k

    return min(candidates, key=lambda p: (-shared(p), p.count("/"), p), default=None)


def read_preamble(
    read: Callable[[str], str | None],
    main_path: str,
    preamble: str,
    strip: Callable[[str], str] = lambda s: s,
    paths: Collection[str] = (),
) -> Preamble:
    """The packages and note-mark commands of the document whose main file is *main_path* and
    whose preamble (``\\input``\\ s flattened) is *preamble*. *read* gives a repository file's
    text (None if absent), *strip* removes its comments; *paths* are the repository's files,
    where a package not beside the main file is looked for by name."""
    main_dir = posixpath.dirname(main_path)
    by_name: dict[str, list[str]] = {}
    for p in paths:
        by_name.setdefault(posixpath.basename(p), []).append(p)
    packages: set[str] = set()
    definitions: list[tuple[str, str]] = []
    seen: set[str] = set()

    def locate(name: str, ext: str, here: str) -> str | None:
        path = posixpath.normpath(posixpath.join(main_dir, name))
        path = path if path.endswith(ext) else path + ext
        if read(path) is not None:
            return path
        return nearest(by_name.get(posixpath.basename(path), []), here)

    def walk(src: str, here: str) -> None:
        pos = 0
        for m in LOAD_RE.finditer(src):
            definitions.extend(parameterless_definitions(src[pos : m.start()]))
            pos = m.end()
            ext = ".cls" if m.group(1) in ("documentclass", "LoadClass") else ".sty"
            for raw in m.group(2).split(","):
                name = expand_name(raw.strip(), definitions)
                if not name or "\\" in name:
                    continue
                packages.add(posixpath.basename(name).removesuffix(ext))
                path = locate(name, ext, here)
                if path is None or path in seen or len(seen) >= MAX_FILES:
                    continue
                seen.add(path)
                walk(strip(read(path) or ""), posixpath.dirname(path))
        definitions.extend(parameterless_definitions(src[pos:]))

    walk(preamble, main_dir)
    return Preamble(frozenset(packages), note_mark_macros(definitions))

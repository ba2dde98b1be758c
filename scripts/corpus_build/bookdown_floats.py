"""The numbers LaTeX prints for the figures, tables and equations of a bookdown book, by the
id bookdown's ``\\@ref`` names them with: per chapter (``6.7``), in source order."""

from __future__ import annotations

import re

EVENT_RE = re.compile(
    r"(?P<chunk>^[ \t]*```+\s*\{(?P<head>[^}\n]*)\}(?P<code>.*?)^[ \t]*```+[ \t]*$)"
    r"|(?P<heading>^#[ \t]+(?P<title>[^\n]*?)[ \t]*(?:\{(?P<attrs>[^}\n]*)\})?[ \t]*$)"
    r"|(?P<equation>\\begin\{equation\}(?P<body>.*?)\\end\{equation\})",
    re.M | re.S,
)
EQ_LABEL = re.compile(r"\(\\#eq:([^()\s]+)\)")
FIG_CAP = re.compile(r"(?:^|,)\s*fig\.cap\s*=\s*(?!NULL\b)")
KABLE_CAPTION = re.compile(r"\bkable\s*\((?s:.*?)\bcaption\s*=")


def chunk_label(head: str) -> str | None:
    """The label of a knitr chunk from its header: ``r maxgoodput, fig.cap='…'``,
    ``r, maxgoodput, …`` or ``r label='maxgoodput'``."""
    parts = [p.strip() for p in head.split(",")]
    first = parts[0].split(maxsplit=1)
    if len(first) > 1 and "=" not in first[1]:
        return first[1]
    if len(parts) > 1 and parts[1] and "=" not in parts[1]:
        return parts[1]
    option = re.search(r"\blabel\s*=\s*['\"]([^'\"]+)['\"]", head)
    return option.group(1) if option else None


def float_numbers(src: str) -> dict[str, str]:
    """The numbers of the figures (``fig:label``: a chunk with ``fig.cap``), tables
    (``tab:label``: a chunk whose ``kable`` has a caption) and numbered equations (``eq:id``:
    an ``equation`` environment, ``(\\#eq:id)`` inside it; equations print in parentheses)
    of the R Markdown *src* (the book's files merged, chunks kept), counted anew in each
    numbered chapter; after ``# (APPENDIX)`` the chapters are lettered."""
    chapter, appendix = 0, False
    counts = {"fig": 0, "tab": 0, "eq": 0}
    out: dict[str, str] = {}

    def number(kind: str) -> str:
        counts[kind] += 1
        first = chr(64 + chapter) if appendix else str(chapter)
        return f"{first}.{counts[kind]}"

    for m in EVENT_RE.finditer(src):
        if m.group("heading") is not None:
            attrs = (m.group("attrs") or "").split()
            if "-" in attrs or ".unnumbered" in attrs:
                if m.group("title").startswith("(APPENDIX)"):
                    chapter, appendix = 0, True
                continue
            chapter += 1
            counts = dict.fromkeys(counts, 0)
        elif m.group("equation") is not None:
            n = number("eq")
            eq = EQ_LABEL.search(m.group("body"))
            if eq:
                out[f"eq:{eq.group(1)}"] = f"({n})"
        else:
            label = chunk_label(m.group("head"))
            if FIG_CAP.search(m.group("head")):
                n = number("fig")
                if label:
                    out[f"fig:{label}"] = n
            if KABLE_CAPTION.search(m.group("code")):
                n = number("tab")
                if label:
                    out[f"tab:{label}"] = n
    return out

"""Citation commands of LaTeX notes (natbib, biblatex): parsed, and recorded as a gold note
records them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from corpus_build.latex_source import read_args, skip_ws
from corpus_build.latex_text import latex_to_text

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
    """A citation command of the source: its keys, pre- and postnote, and where it stands."""

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
    """The citation commands of *src*, in source order, none inside another."""
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

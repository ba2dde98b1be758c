"""The works of a document's ``.bib`` files, and a plain-text rendering of citations of them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from corpus_build.citations import Citation
from corpus_build.latex_text import latex_to_text


@dataclass
class BibEntry:
    """A work of the ``.bib`` files, with what a gold note's bibliography records of it."""

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
        """What ``gold.json`` records of the work."""
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
        """The family names of the authors (else the editors)."""
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
    """The works of the ``.bib`` *texts* by key (the first entry of a key kept)."""
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

"""Citations rendered in plain text as biblatex-oscola prints them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from corpus_build.citations import Citation
from corpus_build.latex_text import latex_to_text


def oscola_names(value: str) -> list[str]:
    """The names of a BibTeX name list as OSCOLA prints them: given names first, a braced
    (corporate) name as it stands."""
    names, depth, cur = [], 0, ""
    for tok in re.split(r"(\s+and\s+|[{}])", value):
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth -= 1
        if depth == 0 and re.fullmatch(r"\s+and\s+", tok or ""):
            names.append(cur)
            cur = ""
        else:
            cur += tok or ""
    names.append(cur)
    out = []
    for name in (n.strip() for n in names if n.strip()):
        if name.startswith("{") and name.endswith("}"):
            out.append(latex_to_text(name))
            continue
        family, comma, given = latex_to_text(name).partition(",")
        out.append(f"{given.strip()} {family.strip()}".strip() if comma else family.strip())
    return out


def oscola_list(names: list[str], families: bool = False) -> str:
    """``A``, ``A and B``, ``A, B and C``, ``A and others`` (more than three)."""
    if families:
        names = [n.split()[-1] if " " in n and "," not in n else n for n in names]
    if len(names) > 3:
        return f"{names[0]} and others"
    if len(names) <= 2:
        return " and ".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def ordinal(n: str) -> str:
    if not n.isdigit():
        return ""
    k = int(n)
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def load_fields(texts: Iterable[str]) -> dict[str, dict[str, str]]:
    """Every field of every entry of the BibTeX *texts*, as written (braces kept)."""
    import bibtexparser

    out: dict[str, dict[str, str]] = {}
    for text in texts:
        for e in bibtexparser.parse_string(text).entries:  # type: ignore[attr-defined]
            fields = {k.lower(): str(getattr(v, "value", v)) for k, v in e.fields_dict.items()}
            out.setdefault(e.key, {"ENTRYTYPE": e.entry_type.lower(), **fields})
    return out


@dataclass
class Oscola:
    """A plain-text rendering of citations in the manner of biblatex-oscola: the full reference
    at a work's first citation (followed by its shorthand in brackets if it has one); then the
    shorthand (``oscola, 15``), or ``ibid`` when the note before cited that work alone, or the
    short form ``Author (n N) pin`` back to the first note. The note of a ``\\textcite``
    (``\\footcitetext`` after :func:`foot_cites`) holds the full reference less what the text
    printed (a case's name) and does not count as the work's first citation."""

    fields: dict[str, dict[str, str]]
    first_note: dict[str, str] = field(default_factory=dict)
    last_keys: list[str] = field(default_factory=list)

    def get(self, key: str, name: str) -> str:
        return latex_to_text(self.fields[key].get(name, ""))

    def full(self, key: str, in_text: bool = False) -> str:
        f = self.fields[key]
        title = "" if in_text and f["ENTRYTYPE"] == "jurisdiction" else self.get(key, "title")
        if self.get(key, "subtitle"):
            title += ": " + self.get(key, "subtitle")
        year = (self.get(key, "date") or self.get(key, "year"))[:4]
        if f["ENTRYTYPE"] == "jurisdiction":
            report = " ".join(
                x
                for x in (
                    f"[{year}]" if year else "",
                    *(self.get(key, n) for n in ("volume", "reporter", "pages")),
                )
                if x
            )
            number = self.get(key, "number")
            court = self.get(key, "institution")
            text = f"{title} {number}, {report}" if number else f"{title} {report}"
            return text.strip() + (f" ({court})" if court else "")
        names = oscola_names(f.get("author", "")) or oscola_names(f.get("editor", ""))
        edition = ordinal(self.get(key, "edition"))
        pub = " ".join(x for x in (self.get(key, "publisher"), year) if x)
        bracket = ", ".join(x for x in (f"{edition} edn" if edition else "", pub) if x)
        text = ", ".join(x for x in (oscola_list(names), title) if x)
        if f["ENTRYTYPE"] == "article":
            text += f" ({year}) {self.get(key, 'journaltitle')} {self.get(key, 'pages')}".rstrip()
        elif bracket:
            text += f" ({bracket})"
        if self.get(key, "url"):
            text += f" <{self.get(key, 'url')}>"
        return text

    def short(self, key: str) -> str:
        f = self.fields[key]
        if f["ENTRYTYPE"] == "jurisdiction":
            who = self.get(key, "shorttitle") or self.get(key, "title")
        else:
            names = oscola_names(f.get("author", "")) or oscola_names(f.get("editor", ""))
            who = oscola_list(names, families=True)
            same = [
                k
                for k in self.first_note
                if k != key and self.fields[k].get("author") == f.get("author")
            ]
            if same:
                who += ", " + self.get(key, "title")
        return f"{who} (n {self.first_note[key]})"

    def render(self, c: Citation, note: str) -> str:
        post = latex_to_text(c.postnote) if c.postnote else ""
        pre = latex_to_text(c.prenote) if c.prenote else ""
        parts: list[str] = []
        for key in c.keys:
            if key not in self.fields:
                parts.append(key + (f" {post}" if post else ""))
                continue
            shorthand = self.get(key, "shorthand")
            if c.command == "footcitetext":
                text = self.full(key, in_text=True) + (f" ({shorthand})" if shorthand else "")
                parts.append(f"{text} {post}".rstrip())
            elif key not in self.first_note:
                self.first_note[key] = note
                text = self.full(key) + (f" ({shorthand})" if shorthand else "")
                parts.append(f"{text} {post}".rstrip())
            elif shorthand:
                parts.append(shorthand + (f", {post}" if post else ""))
            elif self.last_keys == [key]:
                parts.append("ibid" + (f" {post}" if post else ""))
            else:
                parts.append(f"{self.short(key)} {post}".rstrip())
        self.last_keys = list(c.keys)
        return " ".join(x for x in (pre, "; ".join(parts)) if x)

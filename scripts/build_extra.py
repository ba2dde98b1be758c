#!/usr/bin/env python3
"""Build the held-out ``extra`` documents of the corpus (``tests/corpus/manifest-extra.json``).

The companion of ``build_corpus.py`` (whose git access, LaTeX scanner, citation handling and PDF
matching it imports) for documents whose gold does not come from LaTeX alone: a Markdown thesis
(``[^n]`` notes), DocBook books (``<footnote>``), an R Markdown book run through
``pandoc --citeproc``, LaTeX with biblatex-oscola, books whose publisher's EPUB links each
note reference to its note (``role="doc-noteref"``), and word-processor files (``.docx``,
``.odt``, or a source pandoc turns into either) whose PDF LibreOffice exports here
(``pdf_render: soffice``). For every document of the manifest it

1. takes the PDF from the bare mirror of its repository (``<mirrors>/<owner>+<name>/repo``) at the
   recorded ``commit`` (or ``pdf_commit``), or from the Debian package ``pdf_deb`` names
   (``apt-get download`` into ``--debs`` unless the ``.deb`` is there; its sha256 is checked),
2. writes ``docs/<id>/source.pdf``, ``layout.txt`` (``pdftotext -layout``) and ``raw.txt``,
3. extracts the notes from the sources at ``commit`` as the manifest's ``source_format`` and
   ``extract`` fields say (numbering scopes, labels, anchors, citations),
4. locates every note in the PDF and writes ``docs/<id>/gold.json`` in the schema of
   ``build_corpus.py``,
5. records checksums, counts and match rates in the manifest and prints a summary table, with the
   files whose checksum differs from the one recorded before.

Usage::

    python scripts/build_extra.py --mirrors /path/to/mirrors --out "$PURGEHIST_CORPUS/docs"
    python scripts/build_extra.py --only en-ethereum-yellowpaper -v
    python scripts/build_extra.py --no-write-manifest --out /tmp/corpus/docs

Needs what ``build_corpus.py`` needs, plus ``pandoc`` (2.11 or later, for ``--citeproc``), lxml,
``apt-get`` and ``dpkg-deb`` for a PDF taken from a Debian package, and LibreOffice (``soffice``)
for a PDF it exports.
"""

from __future__ import annotations

import argparse
import hashlib
import html.entities
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_corpus as bc
import build_extra_office as office

MANIFEST = bc.ROOT / "tests" / "corpus" / "manifest-extra.json"
DEB_DIR = bc.CORPUS_DIR / "debs"
ANCHOR_CHARS = 60
MIN_WORDS = 5
"""Pages with fewer words are not searched for notes."""


@dataclass
class SourceNote:
    """One note as the sources give it, before it is looked for in the PDF."""

    label: str
    scope: str
    text: str
    anchor: str
    citations: list[dict[str, str]] = field(default_factory=list)
    kind: str = "footnote"
    special: str | None = None
    rendered: bool = True


@dataclass
class Extracted:
    """The notes of a document, the works they cite and the source files read."""

    notes: list[SourceNote]
    bibliography: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)


def tail(text: str, chars: int = ANCHOR_CHARS) -> str:
    """The last *chars* characters of *text* with its whitespace collapsed: a note's anchor."""
    return re.sub(r"\s+", " ", text).strip()[-chars:].strip()


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------


def deb_member(deb: Path, member: str) -> bytes:
    """The bytes of *member* (a path inside the package) of the Debian package *deb*."""
    tar = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], check=True, capture_output=True)
    return subprocess.run(
        ["tar", "-xOf", "-", "./" + member.removeprefix("./")],
        input=tar.stdout,
        check=True,
        capture_output=True,
    ).stdout


def pdf_from_deb(spec: dict[str, str], debs: Path) -> bytes:
    """The PDF inside the Debian package *spec* names, downloaded into *debs* if not there."""
    debs.mkdir(parents=True, exist_ok=True)
    pattern = f"{spec['package']}_{spec['version'].split(':')[-1]}_*.deb"
    found = sorted(debs.glob(pattern))
    if not found:
        subprocess.run(
            ["apt-get", "download", f"{spec['package']}={spec['version']}"], cwd=debs, check=True
        )
        found = sorted(debs.glob(pattern))
    if not found:
        raise FileNotFoundError(f"no {pattern} in {debs}")
    data = deb_member(found[0], spec["path"])
    got = hashlib.sha256(data).hexdigest()
    if spec.get("sha256") and got != spec["sha256"]:
        raise ValueError(f"{found[0]}:{spec['path']}: sha256 {got}, not {spec['sha256']}")
    return data


def source_pdf(doc: dict[str, Any], repo: bc.Repo, debs: Path) -> bytes:
    """The document's PDF, from its repository, from the Debian package it names, or exported
    here by LibreOffice (``pdf_render: soffice``)."""
    if "pdf_deb" in doc:
        return pdf_from_deb(doc["pdf_deb"], debs)
    if doc.get("pdf_render") == "soffice":
        return office.office_pdf(doc, repo)
    commit = doc.get("pdf_commit") or doc["commit"]
    data = repo.show(commit, doc["paths"]["pdf"])
    if data is None:
        raise FileNotFoundError(f"{doc['id']}: {doc['paths']['pdf']} not at {commit}")
    return data


# ---------------------------------------------------------------------------
# Markdown: [^n] references and [^n]: definitions
# ---------------------------------------------------------------------------

MD_REF_RE = re.compile(r"\[\^([^\]\s]+)\](?!:)")
MD_DEF_RE = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*(.*(?:\n(?:[ \t]{2,}|\t).*)*)", re.M)
MD_LINK_RE = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*([^()\s]*(?:\([^()]*\)[^()\s]*)*)\s*\)")
MD_AUTOLINK_RE = re.compile(r"<((?:https?|ftp|doi|mailto):[^<>\s]+)>")


def md_to_text(src: str, cfg: dict[str, Any]) -> str:
    """Plain text of a Markdown fragment, links written as the document prints them.

    ``link_templates`` maps a link's text to how it is printed (``{url}`` is the target);
    ``autolink_brackets`` keeps the angle brackets of ``<https://…>``.
    """
    templates: dict[str, str] = cfg.get("link_templates", {})
    keep_brackets = bool(cfg.get("autolink_brackets", False))

    def link(m: re.Match[str]) -> str:
        text, url = m.group(1), m.group(2)
        template = templates.get(text.strip())
        return template.format(url=url) if template else text

    text = src if keep_brackets else MD_AUTOLINK_RE.sub(r"\1", src)
    text = MD_LINK_RE.sub(link, text)
    text = MD_REF_RE.sub("", text)
    text = re.sub(r"(?<![\\*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def split_run_together(defs: dict[str, str], wanted: Iterable[str]) -> dict[str, str]:
    """Recover notes whose definitions ran together into the previous one.

    A word processor's export can glue note *n + 1* to the end of note *n* (``… S. 127. 92
    Vgl. ebd.``): a numeric id referenced in the text but not defined is split off the
    definition of the id before it, where that number stands alone before a capital letter.
    """
    out = dict(defs)
    for name in wanted:
        if name in out or not name.isdigit():
            continue
        before = str(int(name) - 1)
        text = out.get(before)
        if text is None:
            continue
        m = re.search(r"\s" + name + r"\s+(?=[A-ZÄÖÜ])", text)
        if m is None:
            continue
        out[before] = text[: m.start()].rstrip()
        out[name] = text[m.end() :].strip()
    return out


def markdown_notes(doc: dict[str, Any], repo: bc.Repo) -> Extracted:
    """Notes of Markdown files (``paths.parts`` in order), numbered by their ids."""
    cfg = doc.get("extract", {})
    parts = doc["paths"].get("parts") or [doc["paths"]["main"]]
    texts = [repo.text(doc["commit"], p) or "" for p in parts]
    defs: dict[str, str] = {}
    bodies: list[str] = []
    for text in texts:
        defs.update({m.group(1): m.group(2) for m in MD_DEF_RE.finditer(text)})
        bodies.append(MD_DEF_RE.sub("", text))
    body = "\n\n".join(bodies)
    refs = list(MD_REF_RE.finditer(body))
    defs = split_run_together(defs, (m.group(1) for m in refs))
    notes: list[SourceNote] = []
    seen: set[str] = set()
    for m in refs:
        name = m.group(1)
        if name in seen or name not in defs:
            continue
        seen.add(name)
        start = body.rfind("\n\n", 0, m.start())
        before = body[start + 1 if start >= 0 else 0 : m.start()]
        notes.append(
            SourceNote(
                label=name if cfg.get("label_from") == "id" else str(len(notes) + 1),
                scope="document",
                text=md_to_text(defs[name], cfg),
                anchor=tail(md_to_text(before, cfg)),
            )
        )
    return Extracted(notes, files=list(parts))


# ---------------------------------------------------------------------------
# DocBook: <footnote> elements
# ---------------------------------------------------------------------------


XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}


def with_named_entities(data: bytes) -> bytes:
    """*data* with the character entities of the external DocBook DTD (``&mdash;``, which an
    XML parser without the DTD cannot resolve) written as the characters they stand for; the
    entities the document declares itself are left to the parser."""
    text = data.decode("utf-8")
    declared = set(re.findall(r"<!ENTITY\s+([A-Za-z][\w.-]*)", text))

    def char(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in XML_ENTITIES or name in declared:
            return m.group(0)
        return html.entities.html5.get(name + ";", m.group(0))

    return re.sub(r"&([A-Za-z][\w.-]*);", char, text).encode("utf-8")


def docbook_text(element: Any, quotes: tuple[str, str], skip_notes: bool = True) -> str:
    """The text of a DocBook element: ``<quote>`` in *quotes*, nested notes left out."""
    out: list[str] = []

    def walk(e: Any) -> None:
        if not isinstance(e.tag, str):  # comments, processing instructions
            out.append(e.tail or "")
            return
        name = e.tag.split("}")[-1]
        if skip_notes and name in ("footnote", "indexterm", "remark") and e is not element:
            out.append(e.tail or "")
            return
        if name == "quote":
            out.append(quotes[0])
        out.append(e.text or "")
        for child in e:
            walk(child)
        if name == "quote":
            out.append(quotes[1])
        if name in ("para", "simpara", "title") and e is not element:
            out.append(" ")
        if e is not element:
            out.append(e.tail or "")

    walk(element)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def docbook_before(block: Any, note: Any, quotes: tuple[str, str]) -> str:
    """The text of *block* that comes before *note*, other notes left out."""
    out: list[str] = []
    done: list[bool] = []

    def walk(e: Any) -> None:
        if done:
            return
        if e is note:
            done.append(True)
            return
        if not isinstance(e.tag, str):
            out.append(e.tail or "")
            return
        name = e.tag.split("}")[-1]
        if name in ("footnote", "indexterm", "remark") and e is not block:
            out.append(e.tail or "")
            return
        if name == "quote":
            out.append(quotes[0])
        out.append(e.text or "")
        for child in e:
            walk(child)
            if done:
                return
        if name == "quote":
            out.append(quotes[1])
        if e is not block:
            out.append(e.tail or "")

    walk(block)
    return "".join(out)


def docbook_title(element: Any, upper: bool) -> str:
    """The title of a DocBook division (its id if it has none), in capitals if *upper*."""
    title = next((c for c in element if isinstance(c.tag, str) and c.tag == "title"), None)
    text = docbook_text(title, ("“", "”")) if title is not None else element.get("id", "")
    return text.upper() if upper else text


def docbook_notes(doc: dict[str, Any], repo: bc.Repo) -> Extracted:
    """Notes of a DocBook book, numbered per group (``reset_elements``, ``reset_ids``, but not
    inside ``skip_ids``) or through the whole book (``continuous``)."""
    from lxml import etree

    cfg = doc.get("extract", {})
    main = doc["paths"]["main"]
    data = repo.show(doc["commit"], main)
    if data is None:
        raise FileNotFoundError(f"{doc['id']}: {main} not at {doc['commit']}")
    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=True)
    root = etree.fromstring(with_named_entities(data), parser)
    opening, closing = cfg.get("quotes", ["“", "”"])
    quotes = (str(opening), str(closing))
    continuous = bool(cfg.get("continuous", False))
    reset_elements = set(cfg.get("reset_elements", []))
    reset_ids = set(cfg.get("reset_ids", []))
    skip_ids = set(cfg.get("skip_ids", []))
    upper = bool(cfg.get("upper_headings", False))
    notes: list[SourceNote] = []
    scope = "document" if continuous else "front"
    counter = 0
    for e in root.iter():
        if not isinstance(e.tag, str):
            continue
        name = e.tag
        if (
            not continuous
            and e.get("id") not in skip_ids
            and (name in reset_elements or e.get("id") in reset_ids)
        ):
            owner = e.getparent() if name == "partintro" else e
            scope = docbook_title(owner, upper)
            counter = 0
        if name != "footnote":
            continue
        if any(a.tag == "footnote" for a in e.iterancestors()):
            continue
        counter += 1
        block = next(
            (a for a in e.iterancestors() if a.tag in ("para", "simpara", "title", "entry")),
            e.getparent(),
        )
        notes.append(
            SourceNote(
                label=str(counter),
                scope=scope,
                text=docbook_text(e, quotes),
                anchor=tail(docbook_before(block, e, quotes)),
            )
        )
    return Extracted(notes, files=[main])


# ---------------------------------------------------------------------------
# LaTeX: build_corpus's scanner, with textcite notes and an OSCOLA rendering
# ---------------------------------------------------------------------------


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
            out.append(bc.latex_to_text(name))
            continue
        family, comma, given = bc.latex_to_text(name).partition(",")
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
        return bc.latex_to_text(self.fields[key].get(name, ""))

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

    def render(self, c: bc.Citation, note: str) -> str:
        post = bc.latex_to_text(c.postnote) if c.postnote else ""
        pre = bc.latex_to_text(c.prenote) if c.prenote else ""
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


def latex_notes(doc: dict[str, Any], repo: bc.Repo) -> Extracted:
    """Notes of LaTeX sources, as ``build_corpus.py`` reads them."""
    cfg = doc.get("extract", {})
    commit, paths = doc["commit"], doc["paths"]
    tree = bc.SourceTree(repo, commit)
    full = tree.flatten(paths["main"])
    b = full.find("\\begin{document}")
    e = full.rfind("\\end{document}")
    body = full[b + len("\\begin{document}") : e if e > b else None] if b >= 0 else full
    for pat in cfg.get("drop_regex", []):
        body = re.sub(pat, "", body, flags=re.S)
    body = foot_cites(body, cfg.get("foot_cite_commands", []))
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
        refs = re.search(
            r"\\(ref|sectref|chapref|tabref|figref|exref|cref|autoref|pageref|eqref)\b", rn.content
        )
        notes.append(
            SourceNote(
                label=rn.label,
                scope=rn.scope,
                text=bc.latex_to_text(content),
                anchor=bc.anchor_text(body, rn, prev_end, cfg),
                citations=[
                    {
                        "key": k,
                        "command": c.command,
                        "prenote": bc.latex_to_text(c.prenote),
                        "postnote": bc.latex_to_text(c.postnote),
                        "pages": bc.pages_of(c.postnote),
                    }
                    for c in cites
                    for k in c.keys
                ],
                kind=rn.kind,
                special=rn.special,
                rendered=not cites and refs is None,
            )
        )
        prev_end = rn.pos + len(rn.content)
        cited.update({k: bib[k].as_json() for c in cites for k in c.keys if k in bib})
    return Extracted(notes, cited, list(tree.files_used))


# ---------------------------------------------------------------------------
# pandoc: R Markdown (bookdown) through pandoc --citeproc
# ---------------------------------------------------------------------------

CHUNK_RE = re.compile(r"^[ \t]*```+\s*\{[^}\n]*\}.*?^[ \t]*```+[ \t]*$", re.M | re.S)


def bookdown_files(names: Iterable[str], main: str) -> list[str]:
    """The R Markdown files of a bookdown book in the order it merges them: *main* first,
    then the other top-level ``.Rmd`` files by name (those starting with ``_`` excluded)."""
    rmd = sorted(
        n for n in names if "/" not in n and n.lower().endswith(".rmd") and not n.startswith("_")
    )
    return [main] + [n for n in rmd if n != main]


def strip_chunks(src: str) -> str:
    """R Markdown without its knitr code chunks."""
    return CHUNK_RE.sub("", src)


def pandoc_text(inlines: Iterable[dict[str, Any]], quotes: tuple[str, str] = ("“", "”")) -> str:
    """The plain text of pandoc AST inlines or blocks (notes inside them left out)."""
    return re.sub(r"\s+", " ", "".join(_pandoc_chunks(inlines, quotes))).strip()


def _pandoc_chunks(items: Iterable[Any], quotes: tuple[str, str]) -> Iterator[str]:
    for item in items:
        if not isinstance(item, dict):
            continue
        t: Any = item.get("t")
        c: Any = item.get("c")
        if t == "Str":
            yield c
        elif t in ("Space", "SoftBreak", "LineBreak"):
            yield " "
        elif t in ("Code", "Math"):
            yield c[-1]
        elif t in ("Note", "RawInline", "RawBlock", "Image") or t is None:
            continue
        elif t == "Quoted":
            double = c[0]["t"] == "DoubleQuote"
            yield quotes[0] if double else "‘"
            yield from _pandoc_chunks(c[1], quotes)
            yield quotes[1] if double else "’"
        elif t in ("Cite", "Link", "Span"):
            yield from _pandoc_chunks(c[1], quotes)
        elif t in ("Emph", "Strong", "Strikeout", "Superscript", "Subscript", "SmallCaps"):
            yield from _pandoc_chunks(c, quotes)
        elif t in ("Para", "Plain"):
            yield from _pandoc_chunks(c, quotes)
            yield " "
        elif t in ("BlockQuote", "Div"):
            yield from _pandoc_chunks(c if t == "BlockQuote" else c[1], quotes)
        elif t in ("BulletList", "OrderedList"):
            for entry in c if t == "BulletList" else c[1]:
                yield from _pandoc_chunks(entry, quotes)


Walked = tuple[str, Any, Any, list[dict[str, Any]]]


def pandoc_walk(blocks: list[Any], level: int) -> Iterator[Walked]:
    """``("reset", title, None, [])`` at numbered headings of *level* and ``("note", note,
    block, cited)`` for each note in reading order (``"caption"`` for a note in an image's
    caption). *cited* are the citations of the ``Cite`` that holds the note: with a note style,
    citeproc turns a citation of the running text into a ``Cite`` around a generated note."""

    def inline_notes(items: Any, block: Any, caption: bool, cited: list[Any]) -> Iterator[Walked]:
        if isinstance(items, dict):
            t = items.get("t")
            if t == "Note":
                yield ("caption" if caption else "note", items, block, cited)
            elif t == "Image":
                yield from inline_notes(items["c"][1], block, True, cited)
            elif t == "Cite":
                yield from inline_notes(items["c"][1], block, caption, items["c"][0])
            else:
                yield from inline_notes(items.get("c"), block, caption, cited)
        elif isinstance(items, list):
            for x in items:
                yield from inline_notes(x, block, caption, cited)

    for b in blocks:
        if b.get("t") == "Header":
            lvl, (_, classes, _), title = b["c"]
            if lvl == level and "unnumbered" not in classes:
                yield ("reset", pandoc_text(title), None, [])
            yield from inline_notes(title, b, False, [])
            continue
        yield from inline_notes(b.get("c"), b, False, [])


def _before_note(block: Any, note: Any) -> list[Any]:
    """The inlines of *block* before *note*, flattened to one level."""
    out: list[Any] = []
    found = False

    def walk(x: Any) -> None:
        nonlocal found
        if found:
            return
        if x is note:
            found = True
            return
        if isinstance(x, dict):
            if x.get("t") in ("Str", "Space", "SoftBreak", "LineBreak"):
                out.append(x)
            elif x.get("t") == "Quoted":
                double = x["c"][0]["t"] == "DoubleQuote"
                out.append({"t": "Str", "c": "“" if double else "‘"})
                walk(x["c"][1])
                if not found:
                    out.append({"t": "Str", "c": "”" if double else "’"})
            elif x.get("t") != "Note":
                walk(x.get("c"))
        elif isinstance(x, list):
            for y in x:
                walk(y)

    walk(block)
    return out


def ast_notes(
    ast: dict[str, Any], cfg: dict[str, Any], bib: dict[str, Any]
) -> tuple[list[SourceNote], dict[str, dict[str, Any]]]:
    """The notes of a pandoc AST in reading order, numbered from 1 after each heading of
    ``reset_level`` (0: never), and the works of *bib* their citations cite."""
    step = int(cfg.get("caption_note_step", 1))
    notes: list[SourceNote] = []
    cited: dict[str, dict[str, Any]] = {}
    scope, counter, chapters = "front", 0, 0
    for kind, item, block, outer in pandoc_walk(ast["blocks"], int(cfg.get("reset_level", 1))):
        if kind == "reset":
            chapters += 1
            scope, counter = f"chapter-{chapters}", 0
            continue
        counter += step if kind == "caption" else 1
        cites = [*outer, *_cites(item["c"])]
        citations = [
            {
                "key": ct["citationId"],
                "command": "cite",
                "prenote": pandoc_text(ct["citationPrefix"]),
                "postnote": postnote(ct["citationSuffix"]),
                "pages": bc.pages_of(postnote(ct["citationSuffix"])),
            }
            for ct in cites
        ]
        notes.append(
            SourceNote(
                label=str(counter),
                scope=scope,
                text=pandoc_text(item["c"]),
                anchor=tail(pandoc_text(_before_note(block, item))),
                citations=citations,
                special="caption" if kind == "caption" else None,
                rendered=not cites,
            )
        )
        cited.update({c["key"]: bib[c["key"]].as_json() for c in citations if c["key"] in bib})
    return notes, cited


def pandoc_notes(doc: dict[str, Any], repo: bc.Repo) -> Extracted:
    """Notes of an R Markdown book as ``pandoc --citeproc`` makes them with the document's CSL
    (a note style turns every citation into a note)."""
    cfg = doc.get("extract", {})
    commit, paths = doc["commit"], doc["paths"]
    files = bookdown_files(repo.paths(commit), paths["main"])
    src = "\n\n".join(strip_chunks(repo.text(commit, f) or "") for f in files)
    bib_paths = paths.get("bib", [])
    bib_texts = [repo.text(commit, p) or "" for p in bib_paths]
    bib = bc.load_bibliography(bib_texts) if bib_texts else {}
    with tempfile.TemporaryDirectory(prefix="build-extra-") as name:
        tmp = Path(name)
        args = ["pandoc", "-f", cfg.get("reader", "markdown"), "-t", "json", "--citeproc"]
        for p, text in zip(bib_paths, bib_texts, strict=True):
            (tmp / Path(p).name).write_text(text, encoding="utf-8")
            args += ["--bibliography", str(tmp / Path(p).name)]
        if paths.get("csl"):
            (tmp / "style.csl").write_bytes(repo.show(commit, paths["csl"]) or b"")
            args += ["--csl", str(tmp / "style.csl")]
        ast = json.loads(
            subprocess.run(
                args, input=src.encode("utf-8"), check=True, capture_output=True, cwd=tmp
            ).stdout
        )
    notes, cited = ast_notes(ast, cfg, bib)
    return Extracted(notes, cited, files)


def postnote(suffix: list[Any]) -> str:
    """A pandoc citation's suffix as a postnote: without the comma before a locator, and empty
    when it is only punctuation (``See @key.`` gives the suffix ``.``)."""
    text = pandoc_text(suffix).lstrip(", ")
    return text if re.search(r"\w", text) else ""


def _cites(items: Any) -> Iterator[dict[str, Any]]:
    if isinstance(items, dict):
        if items.get("t") == "Cite":
            yield from items["c"][0]
            return
        yield from _cites(items.get("c"))
    elif isinstance(items, list):
        for x in items:
            yield from _cites(x)


# ---------------------------------------------------------------------------
# Word-processor files (.docx, .odt): see build_extra_office.py
# ---------------------------------------------------------------------------


def office_notes(doc: dict[str, Any], repo: bc.Repo) -> Extracted:
    """Notes of a ``.docx`` or ``.odt`` file as pandoc reads them (Word footnotes and endnotes,
    ``text:note``), numbered through the document unless ``extract.reset_level`` says."""
    cfg = {"reset_level": 0, **doc.get("extract", {})}
    notes, _ = ast_notes(office.office_ast(doc, repo), cfg, {})
    if not int(cfg["reset_level"]):
        for n in notes:
            n.scope = "document"
    return Extracted(notes, {}, [doc["paths"]["main"]])


# ---------------------------------------------------------------------------
# EPUB: notes linked from the text (role="doc-noteref" or epub:type="noteref")
# ---------------------------------------------------------------------------

XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


def epub_spine(data: bytes) -> list[tuple[str, bytes]]:
    """The content documents of the EPUB *data* in reading order (its spine), as
    ``(path, bytes)``."""
    import zipfile
    from io import BytesIO

    from lxml import etree

    with zipfile.ZipFile(BytesIO(data)) as z:
        container: Any = etree.fromstring(z.read("META-INF/container.xml"))
        opf_path = str(container.xpath("string(//*[local-name()='rootfile']/@full-path)"))
        opf: Any = etree.fromstring(z.read(opf_path))
        base = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
        items = {
            str(i.get("id")): str(i.get("href"))
            for i in opf.xpath("//*[local-name()='manifest']/*[local-name()='item']")
        }
        spine = [
            base + items[str(r.get("idref"))]
            for r in opf.xpath("//*[local-name()='spine']/*[local-name()='itemref']")
            if r.get("linear") != "no"
        ]
        return [(path, z.read(path)) for path in spine]


def _is_noteref(e: Any) -> bool:
    return e.tag == XHTML + "a" and (
        e.get("role") == "doc-noteref" or "noteref" in (e.get(EPUB_TYPE) or "").split()
    )


def _xhtml_text(element: Any, stop: Any = None, skip_refs: bool = True) -> str:
    """The text of *element* up to *stop* (an element inside it), note references and
    back links left out."""
    out: list[str] = []
    done: list[bool] = []

    def walk(e: Any) -> None:
        if done:
            return
        if e is stop:
            done.append(True)
            return
        if not isinstance(e.tag, str):
            out.append(e.tail or "")
            return
        skip = (skip_refs and _is_noteref(e)) or e.get("role") == "doc-backlink"
        if not skip:
            out.append(e.text or "")
            for child in e:
                walk(child)
                if done:
                    return
            if e.tag in (XHTML + "p", XHTML + "br") and e is not element:
                out.append(" ")
        if e is not element:
            out.append(e.tail or "")

    walk(element)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def epub_notes(doc: dict[str, Any], repo: bc.Repo) -> Extracted:
    """Notes of an EPUB (``paths.epub``): every note reference of the text in reading order,
    labelled as printed, its text the element the reference links to, its scope the chapter
    (the ``h1`` above it) when ``extract.numbering`` is ``per-chapter``. A content document
    without an ``h1`` goes on with the chapter before (a chapter split over files) unless its
    first reference is labelled 1: a chapter without a heading, whose scope is its file."""
    from lxml import etree

    cfg = doc.get("extract", {})
    path = doc["paths"]["epub"]
    data = repo.show(doc["commit"], path)
    if data is None:
        raise FileNotFoundError(f"{doc['id']}: {path} not at {doc['commit']}")
    per_chapter = cfg.get("numbering", "per-chapter") == "per-chapter"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    trees = {name: etree.fromstring(xml, parser) for name, xml in epub_spine(data)}
    notes: list[SourceNote] = []
    scope = "front"
    for name, root in trees.items():
        headed = False
        for e in root.iter():
            if not isinstance(e.tag, str):
                continue
            if e.tag == XHTML + "h1" and per_chapter:
                scope = _xhtml_text(e) or scope
                headed = True
                continue
            if not _is_noteref(e):
                continue
            found = _epub_target(trees, name, e.get("href") or "")
            if found is None:
                continue
            label = _xhtml_text(e, skip_refs=False)
            if per_chapter and not headed and label == "1" and notes:
                scope = name
            headed = True  # the file's first reference decides
            block = next(
                (a for a in e.iterancestors() if a.tag in (XHTML + "p", XHTML + "li")),
                e.getparent(),
            )
            notes.append(
                SourceNote(
                    label=label,
                    scope=scope if per_chapter else "document",
                    text=_xhtml_text(found),
                    anchor=tail(_xhtml_text(block, stop=e)),
                )
            )
    return Extracted(notes, files=[path])


def _epub_target(trees: dict[str, Any], name: str, href: str) -> Any:
    """The element the link *href* of the content document *name* points to, or None: the
    file part resolved against the folder of *name* (two files of the same name in different
    folders are different documents)."""
    import posixpath

    target_file, _, target_id = href.partition("#")
    if target_file:
        target_file = posixpath.normpath(posixpath.join(posixpath.dirname(name), target_file))
    root = trees.get(target_file or name)
    if root is None or not target_id:
        return None
    found = root.xpath("//*[@id=$i]", i=target_id)
    return found[0] if found else None


READERS = {
    "markdown": markdown_notes,
    "docbook": docbook_notes,
    "latex": latex_notes,
    "pandoc": pandoc_notes,
    "epub": epub_notes,
    "docx": office_notes,
    "odt": office_notes,
}


# ---------------------------------------------------------------------------
# one document
# ---------------------------------------------------------------------------


def searchable(pdf: bc.PdfPages, ranges: Iterable[Iterable[int]] = ()) -> bc.PdfPages:
    """*pdf* with the pages of *ranges* (1-based, inclusive) blanked, so no note is found there,
    and the pages that hold next to nothing (a blank page's number): a fuzzy partial match of
    any note against ``2`` is perfect."""
    drop = {p - 1 for lo, hi in (tuple(r) for r in ranges) for p in range(lo, hi + 1)}
    drop |= {k for k, page in enumerate(pdf.norm) if len(re.findall(r"\w+", page)) < MIN_WORDS}

    def blank(pages: list[str]) -> list[str]:
        return ["" if k in drop else p for k, p in enumerate(pages)]

    return bc.PdfPages(
        pdf.raw, blank(pdf.norm), blank(pdf.norm_case), blank(pdf.nospace), blank(pdf.layout)
    )


def licence_statement(text: str, pattern: str) -> str | None:
    """The first line of *text* matching *pattern* with the line after it (a statement of
    licence runs over a line break), or None."""
    lines = [ln.strip() for ln in text.splitlines()]
    for k, line in enumerate(lines):
        if re.search(pattern, line, re.I):
            return " ".join(x for x in lines[k : k + 2] if x)
    return None


def works_unknown(doc: dict[str, Any], found: Extracted) -> bool:
    """Whether the works the notes cite are unknown: the repository holds no bibliography (a
    ``.bib`` kept outside it). Such citations could never be scored as found, so the gold keeps
    them apart (``citations_without_work``: keys and pages only)."""
    return not doc["paths"].get("bib") and not found.bibliography


def build_document(
    doc: dict[str, Any], out_root: Path, mirrors: Path, debs: Path, verbose: bool = False
) -> dict[str, Any]:
    repo = bc.Repo(doc["repository"], mirrors)
    out = out_root / doc["id"]
    out.mkdir(parents=True, exist_ok=True)
    (out / "source.pdf").write_bytes(source_pdf(doc, repo, debs))
    for args, name in ((["-layout"], "layout.txt"), ([], "raw.txt")):
        subprocess.run(
            ["pdftotext", "-q", *args, str(out / "source.pdf"), str(out / name)], check=True
        )
    raw_text = (out / "raw.txt").read_text(encoding="utf-8", errors="replace")
    layout_text = (out / "layout.txt").read_text(encoding="utf-8", errors="replace")
    pdf_all = bc.PdfPages.from_text(raw_text, layout_text)
    pdf = searchable(pdf_all, doc.get("extract", {}).get("exclude_pages", []))

    reader = READERS[doc["source_format"]]
    found = reader(doc, repo)
    footnotes: list[dict[str, Any]] = []
    hint = 0
    unknown_works = works_unknown(doc, found)
    for seq, n in enumerate(found.notes, start=1):
        m = bc.locate(n.text, n.label, pdf, hint)
        if m.page is not None:
            hint = m.page - 1
        entry: dict[str, Any] = {
            "seq": seq,
            "label": n.label,
            "scope": n.scope,
            "page": m.page,
            "text": n.text,
            "anchor": n.anchor,
            "citations": [] if unknown_works else n.citations,
        }
        if unknown_works and n.citations:
            entry["citations_without_work"] = n.citations
        if n.kind != "footnote":
            entry["source_command"] = n.kind
        if not n.rendered:
            entry["text_is_rendered"] = False
        if m.page is not None and m.pdf_text:
            entry["pdf_text"] = m.pdf_text
        entry["match_score"] = round(m.score, 1)
        entry["label_seen_in_pdf"] = m.label_seen or (m.printed_label == n.label)
        if m.printed_label is not None and not m.label_seen:
            entry["label_before_text_in_pdf"] = m.printed_label
        if m.split:
            entry["continues_on_next_page"] = True
        if n.special:
            entry["special"] = n.special
        footnotes.append(entry)
    corrected = bc.correct_labels_from_pdf(footnotes)
    matched = sum(1 for f in footnotes if f["page"] is not None)
    labels_seen = sum(1 for f in footnotes if f["label_seen_in_pdf"])
    source = {
        "repository": doc["repository"],
        "commit": doc["commit"],
        "paths": doc["paths"],
        "licence": doc["licence"],
    }
    source.update({k: doc[k] for k in ("pdf_commit", "pdf_deb", "pdf_render") if k in doc})
    gold = {
        "id": doc["id"],
        "language": doc["language"],
        "kind": doc["kind"],
        "title": doc["title"],
        "authors": doc["authors"],
        "year": doc["year"],
        "numbering": doc["numbering"],
        "placement": doc["placement"],
        "citation_style": doc["citation_style"],
        "pages": len(pdf_all.raw),
        "source": source,
        "footnotes": footnotes,
        "bibliography": dict(sorted(found.bibliography.items())),
        "stats": bc.gold_stats(footnotes, matched, labels_seen, corrected, len(found.files)),
    }
    (out / "gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    lic_line = licence_statement(
        raw_text, doc.get("licence_pattern") or r"Creative Commons|CC[ -]BY"
    )
    if verbose:
        for f in footnotes:
            if f["page"] is None:
                print(
                    f"   UNMATCHED {f['seq']} [{f['label']}] {f['scope']} "
                    f"score={f['match_score']}: {f['text'][:140]}"
                )
    return {
        "licence_statement_in_pdf": lic_line,
        "footnote_count": len(footnotes),
        "matched_pct": gold["stats"]["matched_pct"],
        "labels_seen_pct": gold["stats"]["labels_seen_pct"],
        "pages": len(pdf_all.raw),
        "sha256": {
            name: bc.sha256(out / name)
            for name in ("source.pdf", "layout.txt", "raw.txt", "gold.json")
        },
    }


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--manifest", type=Path, default=MANIFEST)
    ap.add_argument("--out", type=Path, default=bc.CORPUS_DIR / "docs")
    ap.add_argument("--mirrors", type=Path, default=bc.MIRROR_DIR, help="the bare git mirrors")
    ap.add_argument("--debs", type=Path, default=DEB_DIR, help="Debian packages holding a PDF")
    ap.add_argument(
        "--only", action="append", default=[], help="build only this document id (repeatable)"
    )
    ap.add_argument("--no-write-manifest", action="store_true")
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="list the notes not found in the PDF"
    )
    args = ap.parse_args(argv)

    manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
    version = bc.pdftotext_version()
    rows: list[tuple[str, str, int, float, float, str]] = []
    for doc in manifest["documents"]:
        if args.only and doc["id"] not in args.only:
            continue
        recorded = dict(doc.get("sha256", {}))
        res = build_document(doc, args.out, args.mirrors, args.debs, verbose=args.verbose)
        differ = [k for k, v in res["sha256"].items() if recorded.get(k) not in (None, v)]
        doc.update({k: v for k, v in res.items() if k != "sha256"})
        doc["sha256"] = res["sha256"]
        doc["pdftotext_version"] = version
        rows.append(
            (
                doc["id"],
                doc["language"],
                res["footnote_count"],
                res["matched_pct"],
                res["labels_seen_pct"],
                ", ".join(differ) or "-",
            )
        )
        print(
            f"built {doc['id']}: {res['footnote_count']} notes, {res['matched_pct']}% in PDF",
            file=sys.stderr,
        )
    bc.finish(
        manifest,
        args.manifest,
        version,
        rows,
        "sha256 differs",
        write=not args.no_write_manifest,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

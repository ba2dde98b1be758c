"""Notes of DocBook books: ``<footnote>`` elements."""

from __future__ import annotations

import html.entities
import re
from typing import Any

from corpus_build.mirror import Repo
from corpus_build.notes import Extracted, SourceNote, tail

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


def docbook_text(element: Any, quotes: tuple[str, str]) -> str:
    """The text of a DocBook element: ``<quote>`` in *quotes*, nested notes left out."""
    return re.sub(r"\s+", " ", _chunks(element, quotes, spaced=True)).strip()


def docbook_before(block: Any, note: Any, quotes: tuple[str, str]) -> str:
    """The text of *block* that comes before *note*, other notes left out."""
    return _chunks(block, quotes, stop=note, spaced=False)


def _chunks(element: Any, quotes: tuple[str, str], *, stop: Any = None, spaced: bool) -> str:
    """The text of *element* up to *stop* (when given), ``<quote>`` in *quotes*, nested notes,
    index terms and remarks left out, a space after each paragraph or title inside it if
    *spaced*."""
    out: list[str] = []
    done: list[bool] = []

    def walk(e: Any) -> None:
        if done:
            return
        if e is stop:
            done.append(True)
            return
        if not isinstance(e.tag, str):  # comments, processing instructions
            out.append(e.tail or "")
            return
        name = e.tag.split("}")[-1]
        if name in ("footnote", "indexterm", "remark") and e is not element:
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
        if spaced and name in ("para", "simpara", "title") and e is not element:
            out.append(" ")
        if e is not element:
            out.append(e.tail or "")

    walk(element)
    return "".join(out)


def docbook_title(element: Any, upper: bool) -> str:
    """The title of a DocBook division (its id if it has none), in capitals if *upper*."""
    title = next((c for c in element if isinstance(c.tag, str) and c.tag == "title"), None)
    text = docbook_text(title, ("“", "”")) if title is not None else element.get("id", "")
    return text.upper() if upper else text


def docbook_notes(doc: dict[str, Any], repo: Repo) -> Extracted:
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

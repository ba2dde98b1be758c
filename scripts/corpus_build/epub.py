"""Notes of EPUB books: references linked from the text (``role="doc-noteref"`` or
``epub:type="noteref"``)."""

from __future__ import annotations

import re
from typing import Any

from corpus_build.mirror import Repo
from corpus_build.notes import Extracted, SourceNote, tail

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


def epub_notes(doc: dict[str, Any], repo: Repo) -> Extracted:
    """Notes of an EPUB (``paths.epub``): every note reference of the text in reading order,
    labelled as printed, its text the element the reference links to, its scope the chapter
    (the ``h1`` above it) when ``extract.numbering`` is ``per-chapter``. A content document
    without an ``h1`` goes on with the chapter before (a chapter split over files) unless its
    first reference is labelled 1: a chapter without a heading, whose scope is its file. With
    ``numbering: restarts`` (parts whose headings are not ``h1``) a note labelled 1 after
    others opens a scope named by its file."""
    from lxml import etree

    cfg = doc.get("extract", {})
    path = doc["paths"]["epub"]
    data = repo.show(doc["commit"], path)
    if data is None:
        raise FileNotFoundError(f"{doc['id']}: {path} not at {doc['commit']}")
    per_chapter = cfg.get("numbering", "per-chapter") == "per-chapter"
    restarts = cfg.get("numbering") == "restarts"
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
            if restarts and label == "1":
                scope = name
            headed = True  # the file's first reference decides
            block = next(
                (a for a in e.iterancestors() if a.tag in (XHTML + "p", XHTML + "li")),
                e.getparent(),
            )
            notes.append(
                SourceNote(
                    label=label,
                    scope=scope if per_chapter or restarts else "document",
                    text=_xhtml_text(found),
                    anchor=tail(_xhtml_text(block, stop=e)),
                )
            )
    return Extracted(notes, files=[path], labels_printed=True)


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

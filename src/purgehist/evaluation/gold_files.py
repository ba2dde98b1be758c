"""Gold files in their several formats, each read into a :class:`~.gold.Gold`.

A format is a :class:`GoldFormat`: a test that a file's JSON is in it, and a reader. Add one
with :func:`register_gold_format`; :func:`read_gold` picks the format a file is in. The formats
here are those of the evaluation sets in ``tests/text`` (see :mod:`.sets`) and of the corpus of
real documents (see :mod:`.corpus`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from purgehist.evaluation.compare import fold
from purgehist.evaluation.gold import FIELDS, Gold, GoldCitation, GoldEntry, GoldNote, GoldWork

__all__ = [
    "CORPUS_EXTRACTIONS",
    "GOLD_FORMATS",
    "GoldFormat",
    "read_gold",
    "register_gold_format",
]

Json = Mapping[str, Any]


@frozen
class GoldFormat:
    """A format of gold files.

    :param name: what :func:`read_gold` calls it
    :param accepts: whether a file's JSON is in this format
    :param read: the file's JSON and path, and the document's text when the file does not name
        it → the gold
    """

    name: str
    accepts: Callable[[Json], bool]
    read: Callable[[Json, Path, Path | None], Gold]


GOLD_FORMATS: dict[str, GoldFormat] = {}
"""The gold formats known, by name."""


def register_gold_format(gold_format: GoldFormat) -> GoldFormat:
    """Make *gold_format* known to :func:`read_gold`."""
    GOLD_FORMATS[gold_format.name] = gold_format
    return gold_format


def read_gold(path: Path, *, text: Path | None = None, format: str | None = None) -> Gold:
    """The gold file at *path*, in *format* (by default the one it is in).

    :param text: the document's text, for a format whose files do not name it
    :raises ValueError: no format known reads the file
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    if format is None:
        found = [f for f in GOLD_FORMATS.values() if f.accepts(data)]
        if len(found) != 1:
            known = ", ".join(GOLD_FORMATS)
            raise ValueError(f"{path}: not in exactly one known gold format ({known})")
        return found[0].read(data, path, text)
    return GOLD_FORMATS[format].read(data, path, text)


def _locators(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _entry_fields(data: Json, names: Iterable[str] = FIELDS) -> dict[str, Any]:
    return {name: data[name] for name in names if name in data}


def _citation(cited: Json, archival: str | None = None) -> GoldCitation:
    """A citation written ``{"source", "locator", "archival", "unresolved"}``; an archival
    reference is judged instead of the pages."""
    archival = archival or cited.get("archival")
    return GoldCitation(
        work=cited.get("source"),
        locators=() if archival else _locators(cited.get("locator")),
        archival=archival,
        unresolved=bool(cited.get("unresolved")),
    )


def _gold(
    data: Json,
    path: Path,
    text: Path | None,
    *,
    file: str,
    notes: Iterable[GoldNote],
    works: Mapping[str, GoldWork],
    entries: Iterable[GoldEntry],
) -> Gold:
    """The gold of a file that names its text under the key *file*, beside it."""
    return Gold(
        name=data[file],
        text=text or path.parent / data[file],
        notes=notes,
        works=works,
        bibliography=entries,
        language=data.get("language"),
    )


# seed: a hand-checked sample of one thesis ------------------------------------------------


def _read_seed(data: Json, path: Path, text: Path | None) -> Gold:
    """Footnotes by number, each citation naming author and title (matched by prefix to the
    bibliography); the bibliography's entries in printed order, with every field."""
    if text is None:
        raise ValueError(f"{path}: a seed gold file does not name its text; give it")
    works: dict[str, GoldWork] = {}
    entries = []
    for k, entry in enumerate(data["bibliography"], start=1):
        key = f"bibliography_{k}"
        works[key] = GoldWork(key=key, title=entry["title"], authors=entry["authors"])
        entries.append(GoldEntry(work=key, fields=_entry_fields(entry)))
    notes = []
    for n, note in data["footnotes"].items():
        citations = []
        for cited in note["citations"]:
            if cited.get("unresolved"):
                citations.append(GoldCitation(locators=_locators(cited["pages"]), unresolved=True))
                continue
            key = _seed_work(works, cited["author"], cited["title"])
            citations.append(
                GoldCitation(
                    work=key, locators=_locators(cited["pages"]), listed=cited.get("listed")
                )
            )
        notes.append(GoldNote(label=n, citations=citations))
    return Gold(name=text.name, text=text, notes=notes, works=works, bibliography=entries,
                complete=False)  # fmt: skip


def _seed_work(works: dict[str, GoldWork], author: str, title: str) -> str:
    """The key of the work *author* wrote whose title opens with *title*, made if none."""
    surname = fold(author).split()[-1]
    for key, work in works.items():
        named = any(fold(a).split()[-1:] == [surname] for a in work.authors)
        if named and fold(work.title).startswith(fold(title)):
            return key
    key = f"{surname}_{fold(title).replace(' ', '_')}"
    works.setdefault(key, GoldWork(key=key, title=title, authors=(author,)))
    return key


# unseen: footnotes by number, with their presence and markers -------------------------------


def _read_unseen(data: Json, path: Path, text: Path | None) -> Gold:
    works = {
        key: GoldWork(
            key=key,
            title=work["title"],
            authors=(work["author"],) if work["author"] else (),
            type=work["type"],
        )
        for key, work in data["sources"].items()
    }
    notes = []
    for n, note in data["footnotes"].items():
        citations = []
        for cited in note.get("citations", []):
            work = works.get(cited.get("source", ""))
            # the gold writes an archival reference as the locator of the archive's work
            archival = cited["locator"] if work is not None and work.type == "archival" else None
            citations.append(_citation(cited, archival))
        notes.append(
            GoldNote(
                label=n,
                text=note["present"],
                line=note["line"] if note["present"] else None,
                marker_line=note.get("marker_line") if note["marker"] else None,
                citations=citations,
            )
        )
    entries = [
        GoldEntry(work=entry["key"], fields=_entry_fields(entry), line=entry["line"])
        for entry in data["bibliography"]
    ]
    return _gold(data, path, text, file="document", notes=notes, works=works, entries=entries)


# heldout: markers and footnotes as lists, numbering groups, titles in the citations ---------


def _read_heldout(data: Json, path: Path, text: Path | None) -> Gold:
    titles: dict[str, list[str]] = {}
    for note in data["footnotes"]:
        for cited in note["citations"]:
            if "source" in cited and cited["title"] not in titles.setdefault(cited["source"], []):
                titles[cited["source"]].append(cited["title"])
    works = {
        key: GoldWork(
            key=key,
            title=work["title"],
            authors=work.get("authors") or (),
            type=work["type"],
            edited=bool(work.get("edited")),
            titles=[t for t in titles.get(key, []) if t != work["title"]],
        )
        for key, work in data["sources"].items()
    }
    # the k-th marker numbered n (in group g) is that of the k-th note so numbered
    marker_lines: dict[tuple[str, str | None], list[int]] = {}
    for marker in data["markers"]:
        marker_lines.setdefault((marker["n"], marker.get("group")), []).append(marker["line"])
    notes = []
    for note in data["footnotes"]:
        lines = marker_lines.get((note["n"], note.get("group")), [])
        citations = [_citation(cited) for cited in note["citations"]]
        notes.append(
            GoldNote(
                label=note["n"],
                text=note["text"],
                line=note["line"],
                marker_line=lines.pop(0) if lines else None,
                citations=citations,
                group=note.get("group"),
            )
        )
    entries = []
    for entry in data["bibliography"]:
        names = [f for f in FIELDS if f != "authors" or entry.get("authors")]
        if entry.get("type") == "archival":
            names = [f for f in names if f != "authors"]
        entries.append(
            GoldEntry(work=entry["key"], fields=_entry_fields(entry, names), line=entry["line"])
        )
    return _gold(data, path, text, file="file", notes=notes, works=works, entries=entries)


# blind: footnotes as a list with their marker's context, entries pointing at the works ------


def _read_blind(data: Json, path: Path, text: Path | None) -> Gold:
    sources = data["sources"]
    works = {
        key: GoldWork(key=key, title=work["title"], authors=work["authors"], type=work["type"])
        for key, work in sources.items()
    }
    notes = [
        GoldNote(
            label=note["n"],
            text=note["text"],
            line=note.get("line"),
            marker_line=note["marker_line"],
            citations=[_citation(cited) for cited in note["citations"]],
        )
        for note in data["footnotes"]
    ]
    entries = []
    for entry in data["bibliography"]:
        work = sources[entry["source"]]
        # an archive's entry is judged by its title: its other fields describe the archive
        names = ["title"] if work["type"] == "archival" else FIELDS
        entries.append(
            GoldEntry(work=entry["source"], fields=_entry_fields(work, names), line=entry["line"])
        )
    return _gold(data, path, text, file="document", notes=notes, works=works, entries=entries)


# corpus: real documents, gold extracted from their LaTeX sources (tests/corpus) ---------


CORPUS_EXTRACTIONS = {"layout": "layout.txt", "raw": "raw.txt", "pdf": "source.pdf"}
"""The input files of a corpus document by extraction: ``pdftotext -layout``, plain
``pdftotext``, and the PDF itself."""


def _read_corpus(data: Json, path: Path, text: Path | None) -> Gold:
    """Footnotes in reading order with their printed label, numbering scope, page, text and
    anchor, citations by bibliography key; no line numbers (see ``docs/evaluation.md``).
    The text is the document's ``layout.txt`` unless *text* names another."""
    works = {key: _corpus_work(key, entry) for key, entry in data["bibliography"].items()}
    notes = []
    for note in data["footnotes"]:
        printed = [t for t in (note.get("pdf_text"), note.get("text")) if t]
        citations = [
            GoldCitation(
                work=cited["key"],
                locators=tuple(
                    dict.fromkeys(p for p in (cited.get("pages"), cited.get("postnote")) if p)
                ),
            )
            for cited in note.get("citations", ())
        ]
        scope = note.get("scope")
        notes.append(
            GoldNote(
                label=str(note["label"]),
                text=note.get("page") is not None,
                citations=citations,
                group=None if scope in (None, "document") else scope,
                page=note.get("page"),
                printed=printed,
                anchor=note.get("anchor") or None,
            )
        )
    return Gold(
        name=data["id"],
        text=text or path.parent / CORPUS_EXTRACTIONS["layout"],
        notes=notes,
        works=works,
        language=data.get("language"),
    )


def _corpus_work(key: str, entry: Json) -> GoldWork:
    authors = tuple(entry.get("authors") or ())
    editors = tuple(entry.get("editors") or ())
    return GoldWork(
        key=key,
        title=entry.get("title") or key,
        authors=authors or editors,
        type=entry.get("type") or "book",
        edited=not authors and bool(editors),
        year=(entry.get("year") or "")[:4] or None,
    )


for _format in (
    GoldFormat(
        "seed", lambda data: "about" in data and isinstance(data.get("footnotes"), dict), _read_seed
    ),
    GoldFormat(
        "unseen",
        lambda data: "document" in data and isinstance(data.get("footnotes"), dict),
        _read_unseen,
    ),
    GoldFormat("heldout", lambda data: "file" in data and "markers" in data, _read_heldout),
    GoldFormat(
        "blind",
        lambda data: "document" in data and isinstance(data.get("footnotes"), list),
        _read_blind,
    ),
    GoldFormat(
        "corpus",
        lambda data: isinstance(data.get("bibliography"), dict) and "stats" in data,
        _read_corpus,
    ),
):
    register_gold_format(_format)

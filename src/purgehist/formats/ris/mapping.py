"""A RIS record → a :class:`~purgehist.model.Source`: types mapped as their BibTeX kin are,
names and dates read by the BibTeX helpers; what has no place in a source goes to its note,
and each such tag is reported once a file."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from rispy.config import TAG_KEY_MAPPING, TYPE_OF_REFERENCE_MAPPING

from purgehist.diagnostics import Diagnostics
from purgehist.formats.bibtex.dates import entry_date
from purgehist.formats.bibtex.mapping import SOURCE_TYPES, Built
from purgehist.formats.bibtex.names import BibName, split_names
from purgehist.formats.ris.lines import RisRecord
from purgehist.model import Creator, Identifier, Provenance, Source, SourceType, is_edtf

__all__ = ["FileNotes", "record_to_source"]

_AS_BIBTEX: Mapping[str, str] = {
    "JOUR": "article",
    "EJOUR": "article",
    "JFULL": "article",
    "MGZN": "article",
    "INPR": "article",
    "BOOK": "book",
    "EBOOK": "book",
    "EDBOOK": "collection",
    "PAMP": "booklet",
    "CHAP": "incollection",
    "ECHAP": "incollection",
    "ENCYC": "incollection",
    "DICT": "incollection",
    "CONF": "proceedings",
    "CPAPER": "inproceedings",
    "THES": "phdthesis",
    "RPRT": "report",
    "GOVDOC": "report",
    "ELEC": "online",
    "WEB": "online",
    "BLOG": "online",
    "GEN": "misc",
    "UNPB": "unpublished",
    "MANSCPT": "unpublished",
}
"""RIS types by the BibTeX type of the same kind of work (its source type is then BibTeX's)."""
_OWN_TYPES = {"NEWS": SourceType.NEWSPAPER}
_BOOKS = frozenset({"BOOK", "EBOOK", "EDBOOK", "PAMP", "THES", "RPRT", "GOVDOC"})
"""Types whose ``T2`` is a series, not the work they are part of."""
_ROLES = {"AU": "author", "A1": "author", "A2": "editor", "ED": "editor", "A4": "translator"}
_TITLES = ("TI", "T1", "CT")
_CONTAINERS = ("T2", "JO", "JF", "BT", "JA", "J2")
_PLAIN = {
    "volume": ("VL",),
    "issue": ("IS",),
    "edition": ("ET",),
    "publisher": ("PB",),
    "place": ("CY", "PP"),
    "short_title": ("ST",),
    "language": ("LA",),
}
_DATES = ("PY", "DA", "Y1")
_NOTES = ("N1",)
_RIS_DATE = re.compile(r"(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?(?:/.*)?)?)?/?")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
"""``12.03.2021``, as Citavi writes an access date."""
_ISSN = re.compile(r"\d{4}-?\d{3}[\dXx]")
_TAG_NAMES = {"BT": "book title", "CT": "caption title", "ED": "editor", "PP": "place"} | {
    tag: name.replace("_", " ") for tag, name in TAG_KEY_MAPPING.items()
}


class FileNotes:
    """What a file's records keep in their notes, reported once a tag (or type), at its first
    line, with how many records it concerns."""

    def __init__(self) -> None:
        self.tags: dict[str, tuple[int, int]] = {}
        self.types: dict[str, tuple[int, int]] = {}

    def count_tag(self, tag: str, line: int) -> None:
        """A record keeps *tag* (met first on *line*) in its note."""
        first, count = self.tags.get(tag, (line, 0))
        self.tags[tag] = (first, count + 1)

    def count_type(self, kind: str, line: int) -> None:
        """A record of the unknown type *kind* is read as 'other'."""
        first, count = self.types.get(kind, (line, 0))
        self.types[kind] = (first, count + 1)

    def report(self, found: Diagnostics, name: str) -> None:
        """One warning a tag, one a type, in the order of their first lines."""
        for tag, (line, count) in sorted(self.tags.items(), key=lambda kv: kv[1][0]):
            what = _TAG_NAMES.get(tag, "no standard meaning")
            found.warning(
                "ris-tag-in-note",
                f"tag {tag} ({what}) has no place in a source; kept in the note "
                f"({count} record{'s' if count != 1 else ''})",
                f"{name}:{line}",
            )
        for kind, (line, count) in sorted(self.types.items(), key=lambda kv: kv[1][0]):
            what = TYPE_OF_REFERENCE_MAPPING.get(kind, "not a RIS type")
            found.warning(
                "ris-unknown-type",
                f"type {kind} ({what}) is read as 'other', the type kept in the note "
                f"({count} record{'s' if count != 1 else ''})",
                f"{name}:{line}",
            )


def _source_type(kind: str) -> SourceType | None:
    own = _OWN_TYPES.get(kind)
    if own is not None:
        return own
    return SOURCE_TYPES.get(_AS_BIBTEX.get(kind, ""))


def _name(value: str) -> BibName:
    """A RIS name: ``Last, First[, Jr]``; without a comma, a body's name, whole."""
    if "," in value:
        names, _ = split_names(value)
        if len(names) == 1:
            return names[0]
    return BibName(last=value, literal=True)


class _Record:
    """A record's values, taken tag by tag; what is left over goes to the note."""

    def __init__(self, record: RisRecord) -> None:
        self.record = record
        self.values = {k: [v for v in vs if v] for k, vs in record.values.items()}
        self.extra: list[str] = []

    def take(self, tag: str) -> list[str]:
        return self.values.pop(tag, [])

    def first(self, *tags: str) -> str | None:
        """The first value of the first of *tags* given; the others' values go to the note."""
        chosen = None
        for tag in tags:
            for value in self.take(tag):
                if chosen is None:
                    chosen = value
                elif value != chosen:
                    self.extra.append(f"{tag}: {value}")
        return chosen


def _pages(rec: _Record) -> str | None:
    start, end = rec.first("SP"), rec.first("EP")
    if start and end and end != start:
        return f"{start}-{end}".replace("–", "-")
    return (start or end or "").replace("–", "-") or None


def _one_date(text: str) -> str | None:
    match = _RIS_DATE.fullmatch(text.strip())
    fields = {"year": text.strip()}
    if match is not None:
        fields = {"year": match[1]}
        if match[2]:
            fields["month"] = match[2]
            if match[3]:
                fields["day"] = match[3]
    return entry_date(fields)[0]


def _date(rec: _Record) -> tuple[str | None, list[tuple[str, str]]]:
    """The record's date as EDTF, the most precise of ``PY``, ``DA``, ``Y1`` (those that
    disagree go to the note), and the values that cannot be read as a date."""
    read = [(tag, value, _one_date(value)) for tag in _DATES for value in rec.take(tag)]
    dates = sorted({d for _, _, d in read if d is not None}, key=len, reverse=True)
    best = dates[0] if dates else None
    for tag, value, date in read:
        if date is not None and best is not None and not best.startswith(date):
            rec.extra.append(f"{tag}: {value}")
    return best, [(tag, value) for tag, value, date in read if date is None]


def _accessed(rec: _Record) -> tuple[str | None, list[tuple[str, str]]]:
    """The access date (``Y2``: ``2021/03/12/``, ``2021-03-12 10:04:00``, ``12.03.2021``),
    and a value that cannot be read as one."""
    text = rec.first("Y2")
    if text is None:
        return None, []
    german = _DOTTED_DATE.match(text.strip())
    if german is not None:
        candidate = f"{german[3]}-{int(german[2]):02d}-{int(german[1]):02d}"
    else:
        candidate = text.strip()[:10].replace("/", "-")
    return (candidate, []) if is_edtf(candidate) else (None, [("Y2", text)])


def _identifiers(rec: _Record) -> list[Identifier]:
    found = [Identifier(scheme="doi", value=v.strip()) for v in rec.take("DO")]
    for value in rec.take("SN"):
        for part in re.split(r"[;,]\s*|\s+(?=\d)", value.strip()):
            if part:
                scheme = "issn" if _ISSN.fullmatch(part) else "isbn"
                found.append(Identifier(scheme=scheme, value=part))
    for value in rec.take("UR"):
        found.extend(Identifier(scheme="url", value=u) for u in value.split() if u)
    return found


def _creators(rec: _Record) -> tuple[list[Creator], list[BibName]]:
    creators: list[Creator] = []
    names: list[BibName] = []
    for tag, role in _ROLES.items():
        for value in rec.take(tag):
            name = _name(value)
            if name.sort_form:
                creators.append(Creator(name=name.sort_form, role=role))
                names.append(name)
    return creators, names


def record_to_source(
    record: RisRecord,
    source_id: str,
    name: str,
    found: Diagnostics,
    notes: FileNotes,
    *,
    key: str = "",
) -> Built | None:
    """The source for *record* (``None``, with an error, if it has no title).

    :param source_id: the id the source gets
    :param name: the file name, for locations and the provenance
    :param notes: what the file keeps in notes so far, to be reported once a tag
    :param key: the record's ``ID``, kept in the provenance when the id differs
    """
    where = f"{name}:{record.line}"
    rec = _Record(record)
    source_type = _source_type(record.type)
    if source_type is None:
        source_type = SourceType.OTHER
        rec.extra.append(f"RIS type: {record.type}")
        notes.count_type(record.type, record.line)
    if record.type in _BOOKS:
        rec.extra.extend(f"series: {v}" for tag in ("T2", "T3") for v in rec.take(tag))
    title = rec.first(*_TITLES)
    creators, bib_names = _creators(rec)
    container = rec.first(*_CONTAINERS)
    plain: dict[str, str | None] = {attr: rec.first(*tags) for attr, tags in _PLAIN.items()}
    if plain["short_title"] == title:
        plain["short_title"] = None  # EndNote repeats the title there
    pages = _pages(rec)
    date, unread = _date(rec)
    accessed, unread_access = _accessed(rec)
    for tag, value in unread + unread_access:
        rec.extra.append(f"{tag}: {value}")
        found.warning(
            "ris-date",
            f"cannot read {tag} {value!r} as a date; kept in the note",
            f"{name}:{record.lines.get(tag, record.line)}",
            raw=value,
        )
    identifiers = _identifiers(rec)
    own_notes = [v for tag in _NOTES for v in rec.take(tag)]
    for tag, values in rec.values.items():
        if values:
            notes.count_tag(tag, record.lines.get(tag, record.line))
            rec.extra.extend(f"{tag}: {v}" for v in values)
    note = "\n".join([*own_notes, *rec.extra]) or None
    if not title:
        found.error("ris-no-title", "the record has no title (TI or T1)", where)
        return None
    provenance = Provenance(
        file=name,
        line=record.line,
        note=f"RIS ID {key!r}" if key and key != source_id else None,
    )
    make = functools.partial(
        Source,
        id=source_id,
        type=source_type,
        title=title,
        container=container,
        pages=pages,
        date=date,
        identifiers=identifiers,
        accessed=accessed,
        note=note,
        provenance=provenance,
        short_title=plain["short_title"],
        volume=plain["volume"],
        issue=plain["issue"],
        edition=plain["edition"],
        publisher=plain["publisher"],
        place=plain["place"],
        language=plain["language"],
    )
    return Built(tuple(creators), tuple(bib_names), provenance, make)

"""A BibTeX entry → a :class:`~purgehist.model.Source`: type, creators, identifiers, dates;
what has no place in a source goes to its note, with a warning."""

from __future__ import annotations

import functools
from collections.abc import Mapping

import attrs

from purgehist.diagnostics import Diagnostics
from purgehist.formats.bibtex.dates import DATE_FIELDS, entry_date
from purgehist.formats.bibtex.entries import BibEntry
from purgehist.formats.bibtex.latex import latex_to_unicode
from purgehist.formats.bibtex.names import BibName, split_names
from purgehist.model import Creator, Identifier, Provenance, Source, SourceType, is_edtf

__all__ = ["SOURCE_TYPES", "Built", "entry_to_source"]

SOURCE_TYPES: Mapping[str, SourceType] = {
    "article": SourceType.ARTICLE,
    "book": SourceType.BOOK,
    "mvbook": SourceType.BOOK,
    "booklet": SourceType.BOOK,
    "collection": SourceType.BOOK,
    "mvcollection": SourceType.BOOK,
    "proceedings": SourceType.BOOK,
    "inbook": SourceType.CHAPTER,
    "incollection": SourceType.CHAPTER,
    "inproceedings": SourceType.CHAPTER,
    "conference": SourceType.CHAPTER,
    "phdthesis": SourceType.THESIS,
    "mastersthesis": SourceType.THESIS,
    "thesis": SourceType.THESIS,
    "techreport": SourceType.REPORT,
    "report": SourceType.REPORT,
    "online": SourceType.WEB,
    "www": SourceType.WEB,
    "electronic": SourceType.WEB,
    "misc": SourceType.OTHER,
    "unpublished": SourceType.OTHER,
    "manual": SourceType.OTHER,
}
"""The source type of each BibTeX entry type (other formats map their types through it)."""
_NAME_ROLES = {"author": "author", "editor": "editor", "translator": "translator"}
_PLAIN_FIELDS = {
    "shorttitle": "short_title",
    "volume": "volume",
    "number": "issue",
    "issue": "issue",
    "edition": "edition",
    "language": "language",
    "langid": "language",
    "note": "note",
}
# babel / polyglossia language names (biblatex ``langid``) → BCP 47.
_LANGUAGES = {
    "english": "en",
    "american": "en-US",
    "british": "en-GB",
    "french": "fr",
    "german": "de",
    "ngerman": "de",
    "dutch": "nl",
    "russian": "ru",
    "ukrainian": "uk",
    "polish": "pl",
    "czech": "cs",
    "italian": "it",
    "spanish": "es",
    "swedish": "sv",
    "finnish": "fi",
    "hungarian": "hu",
    "latvian": "lv",
    "lithuanian": "lt",
    "estonian": "et",
    "georgian": "ka",
}
_CONTAINERS = ("journal", "journaltitle", "booktitle", "maintitle")
_PUBLISHERS = ("publisher", "school", "institution", "organization")
_PLACES = ("address", "location")
_IDENTIFIERS = {"doi": "doi", "isbn": "isbn", "issn": "issn", "url": "url"}


@attrs.frozen
class Built:
    """What an entry gives: its creators, the parsed name behind each, and the source they
    go in once linked to actors (made then, so that it is made once)."""

    creators: tuple[Creator, ...]
    names: tuple[BibName, ...]
    provenance: Provenance
    make: functools.partial[Source]
    """Called with ``creators=`` to make the source."""


def _source_type(entry: BibEntry, fields: Mapping[str, str]) -> tuple[SourceType, str | None]:
    kind = SOURCE_TYPES.get(entry.type)
    subtype = fields.get("entrysubtype", "").strip().lower()
    if kind == SourceType.ARTICLE and subtype in ("newspaper", "magazine"):
        return SourceType.NEWSPAPER if subtype == "newspaper" else SourceType.ARTICLE, None
    if kind == SourceType.OTHER and ("url" in fields and "howpublished" not in fields):
        return SourceType.WEB, None
    if kind is None:
        return SourceType.OTHER, f"BibTeX type: @{entry.type}"
    return kind, None


class _Fields:
    """An entry's fields by name (a repeated one noted, not lost), and which have been used."""

    def __init__(self, entry: BibEntry, where: str, found: Diagnostics) -> None:
        self.values: dict[str, str] = {}
        for name, value in entry.fields:
            if name in self.values:
                found.warning(
                    "bibtex-duplicate-field",
                    f"{entry.key}: field {name!r} given twice; the first is kept "
                    "and the second goes to the note",
                    where,
                    raw=value,
                )
                self.values[f"{name} (repeated)"] = value
                continue
            self.values[name] = value
        self.used: set[str] = {"title", "entrysubtype", "pages", *DATE_FIELDS}

    def first_of(self, candidates: tuple[str, ...]) -> str | None:
        """The text of the first of *candidates* the entry has (marked used), if any."""
        for name in candidates:
            if name in self.values:
                self.used.add(name)
                return latex_to_unicode(self.values[name]) or None
        return None

    def unused(self) -> list[str]:
        return [k for k in self.values if k not in self.used]


def _creators(fields: _Fields, extra: list[str]) -> tuple[list[Creator], list[BibName]]:
    creators: list[Creator] = []
    names: list[BibName] = []
    for field_name, role in _NAME_ROLES.items():
        if field_name not in fields.values:
            continue
        fields.used.add(field_name)
        found, others = split_names(fields.values[field_name])
        for bib_name in found:
            if bib_name.sort_form:
                creators.append(Creator(name=bib_name.sort_form, role=role))
                names.append(bib_name)
        if others:
            extra.append(f"{field_name}: … and others")
    return creators, names


def _plain_values(fields: _Fields, extra: list[str]) -> dict[str, str | None]:
    values: dict[str, str | None] = {}
    for field_name, attr in _PLAIN_FIELDS.items():
        if field_name in fields.values:
            fields.used.add(field_name)
            text = latex_to_unicode(fields.values[field_name]) or None
            if values.get(attr) is None:
                values[attr] = text
            elif text != values[attr]:
                extra.append(f"{field_name}: {text}")
    return values


def _identifiers(fields: _Fields) -> list[Identifier]:
    identifiers = []
    for field_name, scheme in _IDENTIFIERS.items():
        if field_name in fields.values:
            fields.used.add(field_name)
            value = latex_to_unicode(fields.values[field_name].replace("\\_", "_"))
            if value:
                identifiers.append(Identifier(scheme=scheme, value=value))
    return identifiers


def _dates(fields: Mapping[str, str]) -> tuple[str | None, str | None, str | None]:
    """The entry's date and access date as EDTF, and the date text that could not be read."""
    date, bad_date = entry_date(fields)
    accessed = None
    if "urldate" in fields:
        candidate = latex_to_unicode(fields["urldate"])
        if is_edtf(candidate):
            accessed = candidate
        else:
            bad_date = "; ".join(filter(None, (bad_date, f"urldate: {fields['urldate']}")))
    return date, accessed, bad_date


def entry_to_source(entry: BibEntry, source_id: str, name: str, found: Diagnostics) -> Built | None:
    """The source for *entry* (``None`` if it has no title), its problems told to *found*.

    Fields with no place in a source (``abstract``, ``keywords``…), repeated fields, an
    unknown type and dates that are not EDTF are kept in the source's note.

    :param source_id: the id the source gets
    :param name: the file name, for locations and the provenance
    """
    where = f"{name}:{entry.line}"
    fields = _Fields(entry, where, found)
    values = fields.values
    extra: list[str] = []
    source_type, type_note = _source_type(entry, values)
    if type_note is not None:
        extra.append(type_note)
        message = f"{entry.key}: unknown entry type @{entry.type}, read as 'other'"
        found.warning("bibtex-unknown-type", message, where)
    creators, names = _creators(fields, extra)
    plain = _plain_values(fields, extra)
    container = fields.first_of(_CONTAINERS)
    publisher = fields.first_of(_PUBLISHERS)
    place = fields.first_of(_PLACES)
    pages = latex_to_unicode(values["pages"]).replace("–", "-") if "pages" in values else None
    identifiers = _identifiers(fields)
    date, accessed, bad_date = _dates(values)
    if bad_date is not None:
        extra.append(bad_date)
        found.warning(
            "bibtex-date",
            f"{entry.key}: cannot read {bad_date!r} as an EDTF date; kept in the note",
            where,
            raw=bad_date,
        )
    unknown = fields.unused()
    extra.extend(f"{k}: {latex_to_unicode(values[k])}" for k in unknown)
    if unknown:
        found.warning(
            "bibtex-field-in-note",
            f"{entry.key}: field(s) with no place in a source kept in its note: "
            + ", ".join(unknown),
            where,
        )
    language = plain.get("language")
    if language is not None:
        language = _LANGUAGES.get(language.lower(), language)
    note = plain.pop("note", None)
    if extra:
        note = "\n".join([note, *extra] if note else extra)
    title = latex_to_unicode(values.get("title", ""))
    if not title:
        found.error("bibtex-no-title", f"{entry.key}: the entry has no title", where, raw=entry.raw)
        return None
    provenance = Provenance(
        file=name,
        line=entry.line,
        note=None if entry.key == source_id else f"BibTeX key {entry.key!r}",
    )
    make = functools.partial(
        Source,
        id=source_id,
        type=source_type,
        title=title,
        short_title=plain.get("short_title"),
        container=container,
        volume=plain.get("volume"),
        issue=plain.get("issue"),
        pages=pages,
        edition=plain.get("edition"),
        publisher=publisher,
        place=place,
        date=date,
        identifiers=identifiers,
        accessed=accessed,
        language=language,
        note=note,
        provenance=provenance,
    )
    return Built(tuple(creators), tuple(names), provenance, make)

"""What every part of the TEI reader shares: the file and its flavour (purgehist's own TEI or
another project's), the records read so far, the diagnostics, and the small readings every
record kind makes (text, ids, dates, name variants, identifiers, stubs' pointers, provenance,
references to places)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, TypeVar

import attrs
from lxml import etree

from purgehist.diagnostics import Diagnostics
from purgehist.formats.tei.build import EXTERNAL
from purgehist.formats.tei.chars import decode_attr, text_of
from purgehist.formats.tei.dates import edtf_from_attrs
from purgehist.formats.tei.namespaces import ID, LANG, local, t, unpoint
from purgehist.model import (
    Actor,
    Claim,
    Document,
    Event,
    Evidence,
    Identifier,
    NameVariant,
    Place,
    Provenance,
    Source,
)
from purgehist.model.dataset import COLLECTIONS, Dataset, Metadata, Record
from purgehist.model.dates import is_edtf
from purgehist.model.ids import IdPool, is_ncname, slug
from purgehist.names.places import PlaceMatcher

__all__ = [
    "Element",
    "Kids",
    "PlaceNames",
    "ReadState",
    "Unmapped",
    "attrs_of",
    "norm",
    "tokens",
]

Element = etree._Element
_R = TypeVar("_R")
_E = TypeVar("_E", bound=Enum)

_SPACE = re.compile(r"\s+")


def attrs_of(el: Element) -> dict[str, str]:
    """The attributes of *el* as a plain dict."""
    return {str(k): str(v) for k, v in el.attrib.items()}


def norm(text: str) -> str:
    """*text* with runs of whitespace folded to one space and the ends trimmed."""
    return _SPACE.sub(" ", text).strip()


def tokens(value: str | None) -> tuple[str, ...]:
    """The ids in a space-separated list of ``#id`` pointers."""
    return tuple(unpoint(v) for v in value.split()) if value else ()


class Kids:
    """The children of a record, taken by tag; what is not taken is reported as unmapped."""

    def __init__(self, el: Element) -> None:
        self.el = el
        self.items = [c for c in el if isinstance(c.tag, str)]
        self.used: set[int] = set()

    def take(self, name: str, **attrs: str | None) -> list[Element]:
        """Every child ``<name>`` not taken yet whose attributes are *attrs* (``None``:
        absent)."""
        tag = t(name)
        found = []
        for i, child in enumerate(self.items):
            if i in self.used or child.tag != tag:
                continue
            if any(child.get(k) != v for k, v in attrs.items()):
                continue
            self.used.add(i)
            found.append(child)
        return found

    def first(self, name: str, **attrs: str | None) -> Element | None:
        """The first child ``<name>`` not taken yet whose attributes are *attrs*."""
        tag = t(name)
        for i, child in enumerate(self.items):
            if i not in self.used and child.tag == tag:
                if any(child.get(k) != v for k, v in attrs.items()):
                    continue
                self.used.add(i)
                return child
        return None

    def rest(self) -> list[Element]:
        """The children nobody took."""
        return [c for i, c in enumerate(self.items) if i not in self.used]


class Unmapped:
    """Elements with no purgehist equivalent, counted by ``parent/child`` with the line of the
    first of each."""

    # These have a warning of their own where they are met.
    _OWN_WARNING = ("text/body",)

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._first: dict[str, int | None] = {}

    def add(self, el: Element, parent: Element | None = None) -> int:
        """Count *el* (in *parent*, by default its own); return how many of its kind so far."""
        parent = parent if parent is not None else el.getparent()
        key = f"{local(parent.tag) if parent is not None else ''}/{local(el.tag)}"
        self.counts[key] += 1
        line: int | None = getattr(el, "sourceline", None)
        self._first.setdefault(key, line)
        return self.counts[key]

    def report(self, found: Diagnostics, name: str) -> None:
        """One warning a kind, at the line of its first occurrence."""
        for key, count in sorted(self.counts.items()):
            if key in self._OWN_WARNING:
                continue
            parent, _, child = key.partition("/")
            found.warning(
                "unmapped-element",
                f"<{child}> in <{parent}> has no purgehist equivalent and was not read ({count}×)",
                f"{name}:{self._first.get(key) or '?'}",
            )


class PlaceNames:
    """References to places that other projects' files make by name alone (``placeName``
    without ``@ref``), resolved once the file is read: to the file's one place of that name or
    variant, in any transliteration (:class:`~purgehist.names.PlaceMatcher`), else to a place
    made from the name."""

    def __init__(self) -> None:
        self._wanted: list[tuple[str, int, str, str, str]] = []

    def add(self, collection: str, index: int, field: str, name: str, where: str) -> None:
        """The *field* of record *index* of *collection* names the place *name*."""
        self._wanted.append((collection, index, field, name, where))

    def resolve(self, state: ReadState) -> None:
        """Point every reference made by name to a place, adding the places that are missing."""
        if not self._wanted:
            return
        matcher = PlaceMatcher(state.places)
        pool = IdPool(set(state.ids))
        for collection, index, field, name, where in self._wanted:
            found = matcher.candidates(name)
            if len(found) == 1:
                place_id = found[0]
            else:
                place_id = pool.claim(slug(name, "pl_"))
                place = Place(id=place_id, name=name)
                state.places.append(place)
                matcher.add(place)
                state.found.warning("place-from-name", _made(name, place_id, found), where)
            records: list[Any] = getattr(state, collection)
            records[index] = attrs.evolve(records[index], **{field: place_id})
        self._wanted.clear()


def _made(name: str, place_id: str, found: tuple[str, ...]) -> str:
    """Why a place was made from *name*: no place has the name, or several do."""
    made = f"one is made with the id {place_id!r}"
    if found:
        return f"{name!r} can name any of the places {', '.join(found)}; {made}"
    return f"no place record is named {name!r}; {made}"


class ReadState:
    """One TEI file being read: its name and flavour, the records read from it so far and the
    problems met.

    :param name: the file's name in messages
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.own = False
        """Whether the file is purgehist's own TEI (read exactly) or another project's."""
        self.found = Diagnostics(name)
        self.unmapped = Unmapped()
        self.categories: dict[str, tuple[str, str]] = {}
        """Taxonomy categories by id: (taxonomy kind, value)."""
        self.metadata = Metadata()
        self.root_lang: str | None = None
        self.root_id: str | None = None
        self.actors: list[Actor] = []
        self.places: list[Place] = []
        self.place_names = PlaceNames()
        self.events: list[Event] = []
        self.sources: list[Source] = []
        self.evidence: list[Evidence] = []
        self.claims: list[Claim] = []
        self.documents: dict[str, Document] = {}
        self.ids: set[str] = set()
        self.citations: list[Any] = []
        """Citations met in other projects' notes, resolved once the file is read
        (:class:`~purgehist.formats.tei.read_note_citations.PendingCitation`)."""
        self.plain_citations: list[Any] = []
        """Citations read from the text of notes without citing markup
        (:class:`~purgehist.formats.tei.read_plain_citations.PlainCitation`)."""
        self.plain_unresolved = 0
        """How many of those matched no entry and were left out."""
        self.as_bibliography = False
        """Whether the file is read for its entries only (a bibliography given with another)."""
        self.bibliography: list[Source] = []
        """The entries of bibliographies given with the file, which its notes may cite."""
        self.lines: dict[str, str] = {}
        """Where each record was read, by id: ``file.xml:120``."""
        self._parts: dict[int, tuple[object, str]] = {}
        """Where each part of a record without an id (a stance, a membership) was read, by
        identity; the part is held so that its identity stays its own."""
        self._pool: IdPool | None = None

    @property
    def id_pool(self) -> IdPool:
        """Ids for records the reader makes (evidence of notes, stubs), none taken twice."""
        if self._pool is None:
            self._pool = IdPool(self.ids)
        return self._pool

    def dataset(self) -> Dataset:
        """The records read, as a dataset (places named but not recorded are made first)."""
        self.place_names.resolve(self)
        return Dataset(
            metadata=self.metadata,
            actors=self.actors,
            places=self.places,
            events=self.events,
            sources=self.sources,
            evidence=self.evidence,
            claims=self.claims,
            documents=tuple(self.documents.values()),
        )

    def origins(self, dataset: Dataset) -> dict[str, str]:
        """Where the records of *dataset* were read, by JSON path (``$.claims[3]`` →
        ``file.xml:120``), for locating its problems in this file."""
        found: dict[str, str] = {}
        for name in COLLECTIONS:
            records: tuple[Record, ...] = getattr(dataset, name)
            for i, record in enumerate(records):
                line = self.lines.get(record.id)
                if line is not None:
                    found[f"$.{name}[{i}]"] = line
                if self._parts and not isinstance(record, Document):
                    self._part_origins(record, f"$.{name}[{i}]", found)
        return found

    def _part_origins(self, record: attrs.AttrsInstance, path: str, found: dict[str, str]) -> None:
        for field in attrs.fields(type(record)):
            value = getattr(record, field.name)
            items = value if isinstance(value, tuple) else (value,)
            for j, item in enumerate(items):
                if not attrs.has(type(item)):
                    continue
                at = (
                    f"{path}.{field.name}[{j}]"
                    if isinstance(value, tuple)
                    else f"{path}.{field.name}"
                )
                part = self._parts.get(id(item))
                if part is not None and part[0] is item:
                    found[at] = part[1]
                self._part_origins(item, at, found)

    # problems ---------------------------------------------------------------------------

    def where(self, el: Element) -> str:
        """``file:line <element>``, the location of a problem with *el*."""
        line = el.sourceline if el.sourceline is not None else "?"
        return f"{self.name}:{line} <{local(el.tag)}>"

    def not_mapped(self, el: Element, parent: Element | None = None) -> None:
        """Count *el* as having no purgehist equivalent."""
        self.unmapped.add(el, parent)

    def unmapped_rest(self, kids: Kids) -> None:
        """Count the children of a record that nothing read."""
        for child in kids.rest():
            self.unmapped.add(child, kids.el)

    def build(self, el: Element, factory: Callable[..., _R], **kwargs: Any) -> _R | None:
        """``factory(**kwargs)``, or ``None`` with an error at *el* if the model refuses it."""
        return self.build_at(self.where(el), factory, **kwargs)

    def build_at(self, where: str, factory: Callable[..., _R], **kwargs: Any) -> _R | None:
        """``factory(**kwargs)``, or ``None`` with an error at *where* if the model refuses it."""
        try:
            record = factory(**kwargs)
        except (ValueError, TypeError) as exc:
            self.found.error("invalid-record", f"cannot read this record: {exc}", where)
            return None
        ident = getattr(record, "id", None)
        # where() is "file:line <element>"; the element is no part of the place.
        place = where.partition(" <")[0]
        if isinstance(ident, str):
            self.ids.add(ident)
            if not place.endswith(":?"):
                self.lines.setdefault(ident, place)
        elif not place.endswith(":?"):
            self._parts[id(record)] = (record, place)
        return record

    def finish(
        self,
        el: Element,
        kids: Kids,
        factory: Callable[..., _R],
        id_prefix: str,
        id_from: str,
        **fields: Any,
    ) -> _R | None:
        """Build the record *el* holds: its identifiers and provenance read from *kids*, the
        children nothing read counted as unmapped, its id given or made from *id_prefix* and
        *id_from* (its name)."""
        fields["identifiers"] = self.identifiers(kids)
        fields["provenance"] = self.provenance_in(kids)
        self.unmapped_rest(kids)
        return self.build(el, factory, id=self.unique_id(el, id_prefix, id_from), **fields)

    def name_or_id(self, el: Element, name: str | None, what: str) -> str:
        """*name*; in another project's file, when it is empty, the record's id or pointer
        with a warning (the record and what else it holds are kept)."""
        if name or self.own:
            return name or ""
        stand_in = el.get(ID) or el.get("sameAs") or el.get("corresp") or f"untitled {what}"
        self.found.warning(
            "empty-name",
            f"the {what} has no {'name' if what != 'source' else 'title'}; "
            f"it is called {stand_in!r}",
            self.where(el),
        )
        return stand_in

    def choice(self, el: Element, kind: type[_E], value: str, what: str) -> _E | None:
        """The member of *kind* named *value*, or ``None`` with an error at *el* naming the
        known ones."""
        try:
            return kind(value)
        except ValueError:
            known = ", ".join(str(member.value) for member in kind)
            self.found.error(
                "invalid-value", f"{value!r} is not a known {what} ({known})", self.where(el)
            )
            return None

    # text, ids, dates -------------------------------------------------------------------

    def text(self, el: Element | None) -> str | None:
        """Element text: exact in purgehist's own files, whitespace-normalised otherwise."""
        if el is None:
            return None
        value = text_of(el)
        if not self.own:
            value = norm(value)
        return value or None

    def lang(self, el: Element) -> str | None:
        """``xml:lang``, or in purgehist's own files a tag kept in ``@n="lang:…"``."""
        lang = el.get(LANG)
        n = el.get("n")
        if lang is None and self.own and n is not None and n.startswith("lang:"):
            return decode_attr(n[5:])
        return lang

    def unique_id(self, el: Element, prefix: str, name: str) -> str:
        """``xml:id``, or (with a warning) a slug of *name* no record has taken."""
        given = el.get(ID)
        if given is not None:
            return given
        base = slug(name, prefix)
        candidate, n = base, 1
        while candidate in self.ids:
            n += 1
            candidate = f"{base}_{n}"
        self.found.warning(
            "generated-id",
            f"no xml:id; the record is given the id {candidate!r}",
            self.where(el),
        )
        return candidate

    def edtf(self, el: Element, value: str | None) -> str | None:
        """*value* if it is EDTF; else an error (own files) or a warning, and ``None``."""
        if value is None:
            return None
        if is_edtf(value):
            return value
        if self.own:
            self.found.error("invalid-edtf", f"{value!r} is not an EDTF date", self.where(el))
        else:
            self.found.warning(
                "invalid-date", f"date {value!r} is not EDTF; it is left out", self.where(el)
            )
        return None

    def foreign_date(self, el: Element) -> str | None:
        """An EDTF date from other projects' dating attributes, or from the text."""
        value = edtf_from_attrs(attrs_of(el))
        if value is None:
            text = self.text(el)
            value = text if text and is_edtf(text) else None
        return self.edtf(el, value) if value is not None else None

    # parts of many records --------------------------------------------------------------

    def variants(self, names: Iterable[Element]) -> tuple[NameVariant, ...]:
        """Name elements as :class:`NameVariant` (``@type``, ``xml:lang``, and the time the
        name was in use: ``@when-custom`` in purgehist's own files, W3C dating attributes in
        others')."""
        return tuple(
            NameVariant(
                name=self.text(n) or "?",
                lang=self.lang(n),
                type=decode_attr(n.get("type", "variant")),
                date=self._name_date(n),
            )
            for n in names
        )

    def _name_date(self, el: Element) -> str | None:
        custom = el.get("when-custom")
        if self.own:
            return decode_attr(custom) if custom is not None else None
        value = edtf_from_attrs(attrs_of(el))
        return self.edtf(el, value) if value is not None else None

    def external(self, kids: Kids) -> str | None:
        """A stub's pointer into an outside register (:data:`~.build.EXTERNAL`)."""
        return self.text(kids.first("idno", **EXTERNAL))

    def place_ref(self, el: Element | None) -> tuple[str | None, str | None]:
        """The place *el* (a ``placeName``, ``birth``, ``event``…) points to: ``(id, None)``
        from ``@ref`` or ``@where``, ``(None, name)`` for a name without a pointer (see
        :class:`PlaceNames`), ``(None, None)`` when there is neither."""
        if el is None:
            return None, None
        pointer = el.get("ref") or el.get("where")
        if pointer:
            target = unpoint(pointer.split()[0])
            if is_ncname(target):
                return target, None
        return None, self.text(el)

    def description(self, kids: Kids) -> str | None:
        """``note type="description"``; in other projects' files also a ``desc`` or ``note``."""
        description = self.text(kids.first("note", type="description"))
        if description is None and not self.own:
            description = self.text(kids.first("desc")) or self.text(kids.first("note"))
        return description

    def identifiers(self, kids: Kids) -> tuple[Identifier, ...]:
        """The ``idno`` children (scheme from ``@type``; lower-cased in other projects')."""
        result = []
        for idno in kids.take("idno"):
            value = self.text(idno)
            scheme = decode_attr(idno.get("type", "uri"))
            if not self.own:
                scheme = scheme.lower()
            if value is not None:
                result.append(Identifier(scheme=scheme, value=value))
        return tuple(result)

    def provenance(self, bibl: Element | None) -> Provenance | None:
        """A ``bibl type="provenance"`` as :class:`Provenance`."""
        if bibl is None:
            return None
        kids = Kids(bibl)
        doc = kids.first("ptr", type="document")
        line = kids.first("citedRange", unit="line")
        line_text = self.text(line)
        return self.build(
            bibl,
            Provenance,
            document=unpoint(doc.get("target", "")) if doc is not None else None,
            file=self.text(kids.first("title", type="file")),
            line=int(line_text) if line_text and line_text.isdigit() else None,
            footnote=self.text(kids.first("citedRange", unit="note")),
            page=self.text(kids.first("citedRange", unit="page")),
            note=self.text(kids.first("note")),
        )

    def provenance_in(self, kids: Kids) -> Provenance | None:
        """The provenance among a record's children (bare, or wrapped in a ``note``)."""
        bibl = kids.first("bibl", type="provenance")
        if bibl is None:
            note = kids.first("note", type="provenance")
            bibl = note.find(t("bibl")) if note is not None else None
        return self.provenance(bibl)

"""Source ↔ CSL-JSON item: types, names, dates, identifiers, and what has no CSL field."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from purgehist import Creator, Identifier, Source, SourceType
from purgehist.model.dates import is_edtf, parse_edtf
from purgehist.plugins.sdk import Problem, Severity

__all__ = [
    "CSL_TO_TYPE",
    "NAME_VARIABLES",
    "TYPE_TO_CSL",
    "CslItemError",
    "csl_to_date",
    "csl_to_name",
    "csl_to_source",
    "date_to_csl",
    "name_to_csl",
    "source_to_csl",
]

TYPE_TO_CSL: Mapping[SourceType, str] = {
    SourceType.BOOK: "book",
    SourceType.ARTICLE: "article-journal",
    SourceType.CHAPTER: "chapter",
    SourceType.THESIS: "thesis",
    SourceType.NEWSPAPER: "article-newspaper",
    SourceType.ARCHIVAL: "manuscript",
    SourceType.DOCUMENT_COLLECTION: "book",
    SourceType.MEMOIR: "book",
    SourceType.REPORT: "report",
    SourceType.SPEECH: "speech",
    SourceType.WEB: "webpage",
    SourceType.OTHER: "document",
}
"""purgehist source type → CSL item type."""

CSL_TO_TYPE: Mapping[str, SourceType] = {
    "book": SourceType.BOOK,
    "article-journal": SourceType.ARTICLE,
    "chapter": SourceType.CHAPTER,
    "thesis": SourceType.THESIS,
    "article-newspaper": SourceType.NEWSPAPER,
    "manuscript": SourceType.ARCHIVAL,
    "report": SourceType.REPORT,
    "speech": SourceType.SPEECH,
    "webpage": SourceType.WEB,
    "document": SourceType.OTHER,
}
"""CSL item types that map back exactly (the inverse of :data:`TYPE_TO_CSL`)."""

# Nearest purgehist type for the other CSL types; the CSL type itself goes into the note.
_NEAR_TYPES: Mapping[str, SourceType] = {
    "article": SourceType.ARTICLE,
    "article-magazine": SourceType.ARTICLE,
    "review": SourceType.ARTICLE,
    "review-book": SourceType.ARTICLE,
    "periodical": SourceType.ARTICLE,
    "entry": SourceType.CHAPTER,
    "entry-dictionary": SourceType.CHAPTER,
    "entry-encyclopedia": SourceType.CHAPTER,
    "paper-conference": SourceType.CHAPTER,
    "classic": SourceType.BOOK,
    "pamphlet": SourceType.BOOK,
    "collection": SourceType.ARCHIVAL,
    "post": SourceType.WEB,
    "post-weblog": SourceType.WEB,
    "personal_communication": SourceType.ARCHIVAL,
    "interview": SourceType.OTHER,
    "hearing": SourceType.REPORT,
    "standard": SourceType.REPORT,
}

NAME_VARIABLES: tuple[str, ...] = (
    "author",
    "editor",
    "translator",
    "compiler",
    "container-author",
    "collection-editor",
    "editorial-director",
    "contributor",
    "chair",
    "composer",
    "curator",
    "director",
    "executive-producer",
    "illustrator",
    "interviewer",
    "organizer",
    "original-author",
    "performer",
    "producer",
    "recipient",
    "reviewed-author",
)
"""CSL name variables (CSL 1.0.2); a creator's role is one of them, or goes to ``contributor``."""

_NAME_KEYS = frozenset(
    {"family", "given", "literal", "dropping-particle", "non-dropping-particle", "suffix"}
)
_NAME_IGNORED = frozenset(
    {"parse-names", "static-ordering", "comma-suffix", "multi", "isInstitution"}
)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"})
_PLAIN_DATE = re.compile(r"(-?[0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_CUSTOM_TYPE = "purgehist-type"
_CUSTOM_LISTED = "purgehist-listed"
_CUSTOM_EXTERNAL = "purgehist-external"
_CUSTOM_IDS = "purgehist-identifiers"
_ID_FIELDS: Mapping[str, str] = {"doi": "DOI", "isbn": "ISBN", "issn": "ISSN", "url": "URL"}


class CslItemError(ValueError):
    """A CSL item that cannot become a source; *problems* say why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


# --------------------------------------------------------------------------- names


def _is_particle(word: str) -> bool:
    return word[:1].islower()


def name_to_csl(name: str) -> dict[str, str]:
    """A creator's name (``Family, Given``) as a CSL name object.

    Names without a comma are kept whole as ``literal`` (institutions, single names); so is
    any name whose parts would not give back exactly the same text.

    :param name: the name as stored in :attr:`purgehist.Creator.name`
    """
    parts = name.split(", ")
    if len(parts) not in (2, 3) or not all(p.strip() == p and p for p in parts):
        return {"literal": name}
    family_words = parts[0].split(" ")
    given_words = parts[1].split(" ")
    result: dict[str, str] = {}
    lead = 0
    while lead < len(family_words) - 1 and _is_particle(family_words[lead]):
        lead += 1
    if lead:
        result["non-dropping-particle"] = " ".join(family_words[:lead])
    result["family"] = " ".join(family_words[lead:])
    trail = len(given_words)
    while trail > 1 and _is_particle(given_words[trail - 1]):
        trail -= 1
    result["given"] = " ".join(given_words[:trail])
    if trail < len(given_words):
        result["dropping-particle"] = " ".join(given_words[trail:])
    if len(parts) == 3:
        if parts[2].lower() not in _SUFFIXES:
            return {"literal": name}
        result["suffix"] = parts[2]
    if csl_to_name(result) != name:
        return {"literal": name}
    return result


def csl_to_name(obj: Mapping[str, Any]) -> str:
    """The name a CSL name object stands for, as ``Family, Given`` (the reverse of
    :func:`name_to_csl`); an empty string when it names nobody."""
    literal = obj.get("literal")
    if isinstance(literal, str) and literal.strip():
        return literal
    family = " ".join(
        str(obj[k]).strip() for k in ("non-dropping-particle", "family") if obj.get(k)
    )
    given = " ".join(str(obj[k]).strip() for k in ("given", "dropping-particle") if obj.get(k))
    name = ", ".join(p for p in (family, given) if p)
    suffix = obj.get("suffix")
    if suffix and family:
        name = f"{name}, {str(suffix).strip()}"
    return name


# --------------------------------------------------------------------------- dates


def _parts_of(text: str) -> list[int] | None:
    match = _PLAIN_DATE.fullmatch(text)
    if match is None:
        return None
    numbers = [int(g) for g in match.groups() if g is not None]
    if len(numbers) > 1 and not 1 <= numbers[1] <= 12:
        return None
    return numbers


def _edtf_of_parts(parts: list[int]) -> str:
    year = parts[0]
    text = f"{year:04d}" if year >= 0 else f"-{-year:04d}"
    return text + "".join(f"-{p:02d}" for p in parts[1:])


def date_to_csl(edtf: str) -> dict[str, Any]:
    """An EDTF date as a CSL date object.

    Plain dates and ranges become ``date-parts``; for anything else (qualified, unspecified,
    open, sets, seasons) the ``date-parts`` give its bounds and the EDTF text is kept in
    ``raw`` so that nothing is lost.

    :param edtf: a valid EDTF string
    """
    parsed = parse_edtf(edtf)
    qualifier = edtf[-1] if edtf[-1] in "~?%" and "/" not in edtf else ""
    ends = edtf.split("/") if parsed.interval else [edtf[: len(edtf) - len(qualifier)]]
    exact = [_parts_of(end) for end in ends]
    result: dict[str, Any] = {}
    if all(p is not None for p in exact):
        result["date-parts"] = [p for p in exact if p is not None]
        if qualifier in ("~", "%"):
            result["circa"] = True
        if not qualifier:
            return result
    else:
        bounds = [b for b in (parsed.lower, parsed.upper) if b is not None]
        years = sorted({int(b[:-6]) for b in bounds})
        if years:
            result["date-parts"] = [[y] for y in years]
        if parsed.approximate:
            result["circa"] = True
        season = _parts_of(edtf)
        if season is None and re.fullmatch(r"-?[0-9]{4}-2[1-4]", edtf):
            result["season"] = int(edtf[-1])
    result["raw"] = edtf
    return result


def csl_to_date(value: Any) -> tuple[str | None, str | None]:
    """The EDTF string a CSL date stands for, and any text that is not EDTF.

    ``raw``, ``edtf`` or ``literal`` holding valid EDTF win; otherwise ``date-parts`` (with
    ``circa`` as ``~``) are used. Text that cannot be read as a date comes back second, for
    the caller to keep.
    """
    if isinstance(value, str):
        return (value, None) if is_edtf(value) else (None, value)
    if not isinstance(value, Mapping):
        return None, json.dumps(value, ensure_ascii=False)
    for key in ("raw", "edtf", "literal"):
        text = value.get(key)
        if isinstance(text, str) and is_edtf(text.strip()):
            return text.strip(), None
    leftover = [str(value[k]) for k in ("raw", "literal") if isinstance(value.get(k), str)]
    edtf = _edtf_from_parts(value.get("date-parts"), value.get("circa"), value.get("season"))
    if edtf is None and not leftover and value.get("date-parts") is not None:
        leftover.append(json.dumps(value, ensure_ascii=False))
    return edtf, ("; ".join(leftover) or None)


def _edtf_from_parts(parts: Any, circa: Any, season: Any) -> str | None:
    if not isinstance(parts, list) or not 1 <= len(parts) <= 2:
        return None
    ends: list[str] = []
    for end in parts:
        if not isinstance(end, list) or not 1 <= len(end) <= 3:
            return None
        try:
            numbers = [int(str(n).strip()) for n in end if str(n).strip() != ""]
        except ValueError:
            return None
        if not numbers or not -9999 <= numbers[0] <= 9999:
            return None
        ends.append(_edtf_of_parts(numbers))
    if len(ends) == 1 and season in (1, 2, 3, 4, "1", "2", "3", "4") and "-" not in ends[0][1:]:
        ends[0] = f"{ends[0]}-2{season}"
    if circa not in (None, False, 0, "", "0", "false"):
        ends = [f"{e}~" for e in ends]
    text = "/".join(ends)
    return text if is_edtf(text) else None


# --------------------------------------------------------------------------- sources


def source_to_csl(source: Source) -> tuple[dict[str, Any], list[Problem]]:
    """A source as a CSL-JSON item, with warnings for what CSL cannot hold.

    Fields CSL lacks (the purgehist type where CSL's is wider, ``listed``, a stub's
    ``external`` pointer, identifiers beyond DOI/ISBN/ISSN/URL and the archival signature) go
    into the item's ``custom`` object.

    :param source: the source to convert
    :returns: the item and the warnings (location: the source id)
    """
    warnings: list[Problem] = []
    csl_type = TYPE_TO_CSL[source.type]
    item: dict[str, Any] = {"id": source.id, "type": csl_type}
    custom: dict[str, Any] = {}
    if CSL_TO_TYPE.get(csl_type) != source.type:
        custom[_CUSTOM_TYPE] = source.type.value
    for creator in source.creators:
        variable = creator.role.replace("_", "-")
        if variable not in NAME_VARIABLES:
            warnings.append(
                Problem(
                    code="csl-role",
                    message=f"role {creator.role!r} of {creator.name!r} has no CSL name "
                    "variable; exported as 'contributor'",
                    location=source.id,
                    severity=Severity.WARNING,
                )
            )
            variable = "contributor"
        item.setdefault(variable, []).append(name_to_csl(creator.name))
    item["title"] = source.title
    archival = source.type == SourceType.ARCHIVAL
    simple = (
        ("title-short", source.short_title),
        ("container-title", source.container),
        ("volume", source.volume),
        ("issue", source.issue),
        ("page", source.pages),
        ("edition", source.edition),
        ("archive" if archival else "publisher", source.publisher),
        ("archive-place" if archival else "publisher-place", source.place),
    )
    item.update((key, value) for key, value in simple if value is not None)
    if source.date is not None:
        item["issued"] = date_to_csl(source.date)
    if source.accessed is not None:
        item["accessed"] = date_to_csl(source.accessed)
    _identifiers_to_csl(source.identifiers, item, custom)
    if source.language is not None:
        item["language"] = source.language
    if source.note is not None:
        item["note"] = source.note
    if not source.listed:
        custom[_CUSTOM_LISTED] = False
    if source.external is not None:
        custom[_CUSTOM_EXTERNAL] = source.external
    if custom:
        item["custom"] = custom
    return item, warnings


def _identifiers_to_csl(
    identifiers: tuple[Identifier, ...], item: dict[str, Any], custom: dict[str, Any]
) -> None:
    placed: list[Identifier] = []
    for ident in identifiers:
        key = _ID_FIELDS.get(ident.scheme) or (
            "archive_location" if ident.scheme == "archival" else None
        )
        if key is not None and key not in item:
            item[key] = ident.value
            placed.append(ident)
    # What comes back from the plain fields, in the order the reader takes them.
    order = [*_ID_FIELDS.values(), "archive_location"]
    rebuilt = sorted(
        placed, key=lambda i: order.index(_ID_FIELDS.get(i.scheme, "archive_location"))
    )
    if rebuilt != list(identifiers):
        custom[_CUSTOM_IDS] = [{"scheme": i.scheme, "value": i.value} for i in identifiers]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    return text if text.strip() else None


def csl_to_source(
    item: Mapping[str, Any], *, id: str, location: str
) -> tuple[Source, list[Problem], frozenset[str]]:
    """A CSL-JSON item as a source (creators not yet linked to actors).

    Fields without a place in :class:`purgehist.Source` are appended to its note, one
    ``field: value`` line each, and reported as warnings.

    :param item: the CSL item (a JSON object)
    :param id: the id to give the source (already NCName-safe and unique)
    :param location: where the item is, for problems (``file.json $[3]``)
    :returns: the source, warnings, and the names given as ``literal`` (organisations)
    :raises CslItemError: the item has no title, or its values cannot make a source
    """
    problems: list[Problem] = []
    literals: set[str] = set()
    extra: list[str] = []
    custom_raw = item.get("custom")
    custom: dict[str, Any] = dict(custom_raw) if isinstance(custom_raw, Mapping) else {}
    if custom_raw is not None and not isinstance(custom_raw, Mapping):
        extra.append(f"custom: {_text(custom_raw)}")

    csl_type = str(item.get("type", ""))
    source_type = CSL_TO_TYPE.get(csl_type)
    wanted = custom.pop(_CUSTOM_TYPE, None)
    if wanted in set(SourceType):
        source_type = SourceType(wanted)
    elif wanted is not None:
        extra.append(f"{_CUSTOM_TYPE}: {wanted}")
    if source_type is None:
        source_type = _NEAR_TYPES.get(csl_type, SourceType.OTHER)
        extra.append(f"CSL type: {csl_type or '(none)'}")

    creators: list[Creator] = []
    # In the item's own order, so that a role group written first is read first.
    for variable in [k for k in item if k in NAME_VARIABLES]:
        names = item[variable]
        if not isinstance(names, list):
            names = [names]
        for position, obj in enumerate(names):
            name = csl_to_name(obj) if isinstance(obj, Mapping) else _text(obj) or ""
            if not name:
                problems.append(
                    Problem(
                        code="csl-empty-name",
                        message=f"{variable}[{position}] names nobody; kept in the note",
                        location=location,
                        severity=Severity.WARNING,
                        raw=json.dumps(obj, ensure_ascii=False),
                    )
                )
                extra.append(f"{variable}: {json.dumps(obj, ensure_ascii=False)}")
                continue
            if isinstance(obj, Mapping):
                odd = sorted(set(obj) - _NAME_KEYS - _NAME_IGNORED)
                extra.extend(f"{variable} {name} {k}: {_text(obj[k])}" for k in odd)
            if not isinstance(obj, Mapping) or obj.get("literal"):
                literals.add(name)
            creators.append(Creator(name=name, role=variable))

    title = _text(item.get("title"))
    if title is None:
        raise CslItemError(
            [
                Problem(
                    code="csl-no-title",
                    message="the item has no title",
                    location=location,
                    raw=json.dumps(item, ensure_ascii=False),
                )
            ]
        )
    archival = source_type == SourceType.ARCHIVAL
    publisher = _text(item.get("publisher"))
    place = _text(item.get("publisher-place"))
    consumed = {"id", "type", "title", "custom", *NAME_VARIABLES}
    consumed.update({"publisher", "publisher-place"})
    # A manuscript's archive stands where a book's publisher does (as the writer puts it).
    if archival and publisher is None and "archive" in item:
        publisher = _text(item["archive"])
        consumed.add("archive")
    if archival and place is None and "archive-place" in item:
        place = _text(item["archive-place"])
        consumed.add("archive-place")

    dates: dict[str, str | None] = {}
    for key in ("issued", "accessed"):
        if key not in item:
            dates[key] = None
            continue
        consumed.add(key)
        edtf, leftover = csl_to_date(item[key])
        dates[key] = edtf
        if leftover is not None:
            extra.append(f"{key}: {leftover}")
            problems.append(
                Problem(
                    code="csl-date",
                    message=f"{key!r} holds text that is not EDTF ({leftover!r}); kept in the note",
                    location=location,
                    severity=Severity.WARNING,
                    raw=json.dumps(item[key], ensure_ascii=False),
                )
            )

    identifiers, id_extra = _identifiers_from_csl(item, custom, consumed)
    extra.extend(id_extra)
    listed_value = custom.pop(_CUSTOM_LISTED, True)
    listed = listed_value is not False
    external = custom.pop(_CUSTOM_EXTERNAL, None)
    if external is not None and not isinstance(external, str):
        extra.append(f"{_CUSTOM_EXTERNAL}: {_text(external)}")
        external = None
    extra.extend(f"custom {k}: {_text(v)}" for k, v in custom.items())

    fields = {
        "short_title": ("title-short", "shortTitle"),
        "container": ("container-title",),
        "volume": ("volume",),
        "issue": ("issue",),
        "pages": ("page",),
        "edition": ("edition",),
        "language": ("language",),
    }
    values: dict[str, str | None] = {}
    for attr, keys in fields.items():
        values[attr] = None
        for key in keys:
            if key in item:
                consumed.add(key)
                if values[attr] is None:
                    values[attr] = _text(item[key])
                elif _text(item[key]) != values[attr]:
                    extra.append(f"{key}: {_text(item[key])}")
    note = _text(item.get("note"))
    consumed.add("note")
    unknown = [k for k in item if k not in consumed]
    extra.extend(f"{k}: {_text(item[k])}" for k in unknown)
    if unknown:
        problems.append(
            Problem(
                code="csl-field-in-note",
                message="CSL field(s) with no place in a purgehist source kept in its note: "
                + ", ".join(unknown),
                location=location,
                severity=Severity.WARNING,
            )
        )
    if extra:
        note = "\n".join([note, *extra] if note else extra)
    try:
        source = Source(
            id=id,
            type=source_type,
            creators=creators,
            title=title,
            publisher=publisher,
            place=place,
            date=dates["issued"],
            accessed=dates["accessed"],
            identifiers=identifiers,
            listed=listed,
            note=note,
            external=external,
            short_title=values["short_title"],
            container=values["container"],
            volume=values["volume"],
            issue=values["issue"],
            pages=values["pages"],
            edition=values["edition"],
            language=values["language"],
        )
    except (TypeError, ValueError) as exc:
        raise CslItemError(
            [
                Problem(
                    code="csl-invalid-item",
                    message=str(exc),
                    location=location,
                    raw=json.dumps(item, ensure_ascii=False),
                )
            ]
        ) from None
    return source, problems, frozenset(literals)


def _identifiers_from_csl(
    item: Mapping[str, Any], custom: dict[str, Any], consumed: set[str]
) -> tuple[list[Identifier], list[str]]:
    extra: list[str] = []
    from_fields: list[Identifier] = []
    for scheme, key in (*_ID_FIELDS.items(), ("archival", "archive_location")):
        value = _text(item.get(key))
        consumed.add(key)
        if value is not None:
            from_fields.append(Identifier(scheme=scheme, value=value))
    listed = custom.pop(_CUSTOM_IDS, None)
    if listed is None:
        return from_fields, extra
    result: list[Identifier] = []
    if isinstance(listed, list):
        for entry in listed:
            kind = entry.get("scheme") if isinstance(entry, Mapping) else None
            text = entry.get("value") if isinstance(entry, Mapping) else None
            if isinstance(kind, str) and isinstance(text, str) and kind.strip() and text.strip():
                result.append(Identifier(scheme=kind, value=text))
            else:
                extra.append(f"{_CUSTOM_IDS}: {_text(entry)}")
    else:
        extra.append(f"{_CUSTOM_IDS}: {_text(listed)}")
    # A plain field that the custom list does not repeat (edited after export) is kept too.
    result.extend(i for i in from_fields if i not in result)
    return result, extra

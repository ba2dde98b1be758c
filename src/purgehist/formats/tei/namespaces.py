"""TEI and XML namespaces, Clark-notation helpers and the reserved id prefix."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "CONTAINERS",
    "CONTAINER_TYPES",
    "ID",
    "LANG",
    "LINE_UNIT",
    "TEI_NS",
    "TEI_VERSION",
    "XML_NS",
    "local",
    "pointer",
    "pointers",
    "reserved_prefix",
    "t",
    "unpoint",
]

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
TEI_VERSION = "4.12.0"
ID = f"{{{XML_NS}}}id"
LANG = f"{{{XML_NS}}}lang"
LINE_UNIT = "sourceLine"
"""``<milestone unit="sourceLine" n="12"/>``, first child of a ``div``, ``p`` or footnote: the
line of the source file it was read from."""

_CACHE: dict[str, str] = {}


def t(name: str) -> str:
    """The Clark name ``{TEI}name`` of a TEI element."""
    clark = _CACHE.get(name)
    if clark is None:
        clark = _CACHE[name] = f"{{{TEI_NS}}}{name}"
    return clark


def local(tag: object) -> str:
    """The local name of a Clark tag (``'{ns}person'`` → ``'person'``); '' for comments/PIs."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def pointer(target: str) -> str:
    """``#id``: a same-document pointer."""
    return f"#{target}"


def pointers(targets: Iterable[str]) -> str:
    """A space-separated list of ``#id`` pointers."""
    return " ".join(f"#{target}" for target in targets)


def unpoint(value: str) -> str:
    """The id in a ``#id`` pointer (other URIs are returned unchanged)."""
    return value[1:] if value.startswith("#") else value


def reserved_prefix(ids: Iterable[str], base: str = "ph.") -> str:
    """A prefix for generated ids (taxonomy categories, calendars) that no dataset id starts
    with: ``ph.``, else ``ph1.``, ``ph2.``… The reader never relies on it."""
    taken = {i[: i.index(".") + 1] for i in ids if "." in i}
    if base not in taken:
        return base
    n = 1
    while f"{base[:-1]}{n}." in taken:
        n += 1
    return f"{base[:-1]}{n}."


CONTAINERS = frozenset(
    [
        "TEI",
        "teiHeader",
        "fileDesc",
        "titleStmt",
        "editionStmt",
        "publicationStmt",
        "notesStmt",
        "sourceDesc",
        "availability",
        "encodingDesc",
        "projectDesc",
        "classDecl",
        "taxonomy",
        "category",
        "profileDesc",
        "langUsage",
        "textClass",
        "keywords",
        "calendarDesc",
        "calendar",
        "standOff",
        "listPerson",
        "listOrg",
        "listPlace",
        "listEvent",
        "listBibl",
        "listAnnotation",
        "listRelation",
        "person",
        "org",
        "event",
        "biblStruct",
        "analytic",
        "monogr",
        "imprint",
        "respStmt",
        "text",
        "group",
        "body",
        "div",
        "list",
        "item",
        "place",
        "location",
        "affiliation",
        "appInfo",
        "application",
        "relatedItem",
    ]
)
"""Local names of element-only elements: the writer indents inside these (and inside the typed
notes and bibls listed in ``CONTAINER_TYPES``) and nowhere else, so that mixed content
(paragraphs, footnotes, names) is never altered by pretty-printing."""

CONTAINER_TYPES = frozenset(
    {
        ("note", "claim"),
        ("note", "provenance"),
        ("note", "membership"),
        ("note", "placements"),
        ("note", "birthPlace"),
        ("note", "deathPlace"),
        ("note", "date"),
        ("note", "lifespan"),
        ("note", "chain"),
        ("bibl", "evidence"),
        ("bibl", "provenance"),
        ("bibl", "document"),
    }
)

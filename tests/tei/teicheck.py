"""Checks shared by the TEI tests: schema validation and same-document pointer resolution."""

from __future__ import annotations

from typing import Any

from lxml import etree

from purgehist.formats.tei.namespaces import ID

POINTER_ATTRS = (
    "ref",
    "target",
    "active",
    "passive",
    "mutual",
    "source",
    "corresp",
    "ana",
    "calendar",
    "sameAs",
    "where",
    "who",
    "resp",
)


def dangling_pointers(data: bytes) -> list[str]:
    """Every ``#id`` in a pointer attribute that matches no ``xml:id`` of the document."""
    root = etree.fromstring(data)
    ids = {el.get(ID) for el in root.iter() if el.get(ID) is not None}
    missing = []
    for el in root.iter():
        for attr in POINTER_ATTRS:
            value = el.get(attr)
            if not value:
                continue
            for token in value.split():
                if token.startswith("#") and token[1:] not in ids:
                    missing.append(f"line {el.sourceline} @{attr}={token}")
    return missing


def pointer_count(data: bytes) -> int:
    """How many ``#id`` pointers the document holds (to show the check is not vacuous)."""
    root = etree.fromstring(data)
    return sum(
        token.startswith("#")
        for el in root.iter()
        for attr in POINTER_ATTRS
        for token in (el.get(attr) or "").split()
    )


def assert_valid(schema: Any, data: bytes) -> None:
    """Fail with the schema's messages (line: message) unless *data* is valid TEI."""
    doc = etree.fromstring(data).getroottree()
    if not schema.validate(doc):
        errors = "\n".join(f"{e.line}: {e.message}" for e in list(schema.error_log)[:10])
        raise AssertionError(f"not valid against tei_all.rng:\n{errors}")

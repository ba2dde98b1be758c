"""Test helpers for the CSL plugin: a CSL-JSON schema and a plugin manager with the plugin."""

from __future__ import annotations

from typing import Any

import pluggy
import purgehist_csl

from purgehist.plugins import make_plugin_manager

# The CSL input schema (csl-data.json) is not shipped by any package we install (citeproc-py
# ships only the style schemas), so the tests build their own from the CSL 1.0.2 input
# specification: the item types, and the variables by kind (names, dates, numbers, text).
CSL_TYPES = [
    "article",
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "bill",
    "book",
    "broadcast",
    "chapter",
    "classic",
    "collection",
    "dataset",
    "document",
    "entry",
    "entry-dictionary",
    "entry-encyclopedia",
    "event",
    "figure",
    "graphic",
    "hearing",
    "interview",
    "legal_case",
    "legislation",
    "manuscript",
    "map",
    "motion_picture",
    "musical_score",
    "pamphlet",
    "paper-conference",
    "patent",
    "performance",
    "periodical",
    "personal_communication",
    "post",
    "post-weblog",
    "regulation",
    "report",
    "review",
    "review-book",
    "software",
    "song",
    "speech",
    "standard",
    "thesis",
    "treaty",
    "webpage",
]
NAME_VARIABLES = [
    "author",
    "chair",
    "collection-editor",
    "compiler",
    "composer",
    "container-author",
    "contributor",
    "curator",
    "director",
    "editor",
    "editorial-director",
    "executive-producer",
    "guest",
    "host",
    "illustrator",
    "interviewer",
    "narrator",
    "organizer",
    "original-author",
    "performer",
    "producer",
    "recipient",
    "reviewed-author",
    "script-writer",
    "series-creator",
    "translator",
]
DATE_VARIABLES = [
    "accessed",
    "available-date",
    "event-date",
    "issued",
    "original-date",
    "submitted",
]
NUMBER_VARIABLES = [
    "chapter-number",
    "citation-number",
    "collection-number",
    "edition",
    "first-reference-note-number",
    "issue",
    "locator",
    "number",
    "number-of-pages",
    "number-of-volumes",
    "page",
    "page-first",
    "part-number",
    "printing",
    "supplement-number",
    "version",
    "volume",
]
TEXT_VARIABLES = [
    "abstract",
    "annote",
    "archive",
    "archive_collection",
    "archive_location",
    "archive-place",
    "authority",
    "call-number",
    "citation-key",
    "citation-label",
    "collection-title",
    "container-title",
    "container-title-short",
    "dimensions",
    "division",
    "DOI",
    "event",
    "event-title",
    "event-place",
    "genre",
    "ISBN",
    "ISSN",
    "jurisdiction",
    "keyword",
    "language",
    "license",
    "medium",
    "note",
    "original-publisher",
    "original-publisher-place",
    "original-title",
    "part-title",
    "PMCID",
    "PMID",
    "publisher",
    "publisher-place",
    "references",
    "reviewed-genre",
    "reviewed-title",
    "scale",
    "section",
    "source",
    "status",
    "title",
    "title-short",
    "URL",
    "year-suffix",
]


def csl_data_schema() -> dict[str, Any]:
    """A JSON Schema (draft 7) for a CSL-JSON array, strict about unknown variables."""
    text = {"type": "string"}
    number = {"type": ["string", "number"]}
    flag = {"type": ["string", "number", "boolean"]}
    name = {
        "type": "object",
        "properties": {
            **dict.fromkeys(
                ("family", "given", "dropping-particle", "non-dropping-particle", "suffix"), text
            ),
            "literal": text,
            **dict.fromkeys(("comma-suffix", "static-ordering", "parse-names"), flag),
        },
        "additionalProperties": False,
        "minProperties": 1,
    }
    date_parts = {
        "type": "array",
        "items": {"type": "array", "items": number, "minItems": 1, "maxItems": 3},
        "minItems": 1,
        "maxItems": 2,
    }
    date = {
        "anyOf": [
            text,
            {
                "type": "object",
                "properties": {
                    "date-parts": date_parts,
                    "season": number,
                    "circa": flag,
                    "literal": text,
                    "raw": text,
                    "edtf": text,
                },
                "additionalProperties": False,
            },
        ]
    }
    properties: dict[str, Any] = {
        "id": number,
        "type": {"type": "string", "enum": CSL_TYPES},
        "categories": {"type": "array", "items": text},
        "custom": {"type": "object"},
        **{v: {"type": "array", "items": name} for v in NAME_VARIABLES},
        **dict.fromkeys(DATE_VARIABLES, date),
        **dict.fromkeys(NUMBER_VARIABLES, number),
        **dict.fromkeys(TEXT_VARIABLES, text),
    }
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "type": "array",
        "items": {
            "type": "object",
            "properties": properties,
            "required": ["id", "type"],
            "additionalProperties": False,
        },
    }


def csl_validator() -> Any:
    """A jsonschema validator for CSL-JSON arrays."""
    import jsonschema

    schema = csl_data_schema()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def plugin_manager() -> pluggy.PluginManager:
    """Built-in plugins plus this one, registered directly (no entry points needed)."""
    manager = make_plugin_manager(entry_points=False)
    manager.register(purgehist_csl, name="csl")
    return manager

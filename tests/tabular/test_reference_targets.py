"""The tables a reference column names come from the model's table of reference fields, so the
CSV and XLSX reads, the CSV schema and the SQLite foreign keys accept what ``problems()`` does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from purgehist.formats.tabular import layout, reference_targets
from purgehist.formats.tabular.binding import (
    Column,
    ColumnKind,
    Part,
    Table,
    ident,
    records,
    ref,
    refs,
    text,
)
from purgehist.formats.tabular.layout import TABLE_BY_NAME, TABLES
from purgehist.formats.tabular.reference_targets import targeted
from purgehist.model import Actor, Claim, Place
from purgehist.model.reference_fields import CHAIN_LINK, REFERENCES, Reference


def _reference_columns(
    record: type, items: tuple[Column | Part, ...], table: str
) -> Iterator[tuple[type, Column, str]]:
    for item in items:
        if isinstance(item, Part):
            yield from _reference_columns(item.record, item.items, table)
        elif item.kind in (ColumnKind.REF, ColumnKind.REFS) and item.field is not None:
            yield record, item, table


def _all_reference_columns() -> list[tuple[type, Column, str]]:
    return [found for t in TABLES for found in _reference_columns(t.record, t.items, t.name)]


def test_every_reference_field_of_the_model_has_a_column_naming_its_kinds_tables() -> None:
    table_of = {t.record: t.name for t in TABLES if t.key == ("id",)}
    columns = _all_reference_columns()
    for reference in REFERENCES:
        bound = [c for owner, c, _ in columns if (owner, c.field) == reference[:2]]
        assert bound, reference
        for column in bound:
            assert column.refers_to == tuple(table_of[k] for k in reference.kinds)


def test_the_columns_name_the_tables_problems_accepts() -> None:
    assert TABLE_BY_NAME["claims"].column("about").refers_to == ("actors", "events")
    assert TABLE_BY_NAME["chain_links"].column("actor").refers_to == ("actors",)
    assert TABLE_BY_NAME["evidence"].column("provenance_document").refers_to == ("documents",)
    assert TABLE_BY_NAME["membership_attributions"].column("work").refers_to == ("sources",)
    # a claim's anchor is not a record of a collection: its column keeps its own tables
    assert TABLE_BY_NAME["claims"].column("anchor").refers_to == ("paragraphs", "divisions")


def test_widening_a_field_in_the_model_table_widens_its_column(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wider = Reference(CHAIN_LINK.owner, CHAIN_LINK.field, (Actor, Place))
    table = tuple(wider if r is CHAIN_LINK else r for r in REFERENCES)
    monkeypatch.setattr(reference_targets, "REFERENCES", table)
    tables = {t.name: t for t in targeted(layout._DECLARED)}
    assert tables["chain_links"].column("actor").refers_to == ("actors", "places")
    assert tables["participants"].column("actor").refers_to == ("actors",)


def _actors(*columns: Column) -> list[Table]:
    return [
        records("actors", Actor, "Persons.", ident("Id."), text("name", "Name."), *columns),
        records("places", Place, "Places.", ident("Id.")),
    ]


def test_a_column_declaring_its_own_tables_for_a_model_field_is_refused() -> None:
    declared = _actors(ref("birth_place", "Place of birth.", "places"))
    with pytest.raises(ValueError, match=r"column actors\.birth_place: the tables of Actor"):
        targeted(declared)


def test_a_reference_column_outside_the_model_table_must_name_its_tables() -> None:
    declared = [records("claims", Claim, "Claims.", ident("Id."), refs("anchor", "Paragraph."))]
    with pytest.raises(ValueError, match=r"column claims\.anchor: Claim\.anchor refers to no"):
        targeted(declared)


def test_a_model_field_column_declared_without_tables_gets_them() -> None:
    found = {t.name: t for t in targeted(_actors(ref("birth_place", "Place of birth.")))}
    assert found["actors"].column("birth_place").refers_to == ("places",)
    assert found["actors"].column("name").refers_to == ()

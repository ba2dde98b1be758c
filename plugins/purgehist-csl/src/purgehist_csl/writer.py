"""Write a dataset's sources as a CSL-JSON array."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, BinaryIO

from purgehist import Dataset
from purgehist.plugins.sdk import Context, ExportResult, Problem, Severity
from purgehist_csl.mapping import source_to_csl

__all__ = ["csl_items", "export_csl"]


def csl_items(dataset: Dataset) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The dataset's sources as CSL-JSON items, in dataset order, with the warnings."""
    items: list[dict[str, Any]] = []
    warnings: list[Problem] = []
    for source in dataset.sources:
        item, found = source_to_csl(source)
        items.append(item)
        warnings.extend(found)
    links = sum(1 for s in dataset.sources for c in s.creators if c.actor is not None)
    provenance = sum(1 for s in dataset.sources if s.provenance is not None)
    if links or provenance:
        warnings.append(
            Problem(
                code="csl-not-exported",
                message=f"CSL-JSON has no place for {links} link(s) from creators to actors "
                f"or for {provenance} source provenance record(s); they are left out",
                severity=Severity.WARNING,
            )
        )
    return items, warnings


def export_csl(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    """Write the dataset's sources to *dest* as a UTF-8 CSL-JSON array (other records have no
    place in CSL and are counted, not written)."""
    items, warnings = csl_items(dataset)
    text = json.dumps(items, ensure_ascii=False, indent=2)
    dest.write(f"{text}\n".encode())
    return ExportResult(warnings=warnings, counts={"sources": len(items)})

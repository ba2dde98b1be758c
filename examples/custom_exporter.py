"""A minimal custom exporter, registered in-process: one line per claim with its claimants.

A plugin package would declare the same module under ``[project.entry-points.purgehist]``;
here it is registered on the default plugin manager at run time.

Run it: ``python examples/custom_exporter.py [OUTPUT.txt]``.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

import purgehist
from purgehist import Dataset
from purgehist.plugins import default_plugin_manager
from purgehist.plugins.sdk import (
    Context,
    ExporterSpec,
    ExportResult,
    OptionSpec,
    RegisterExporter,
    hookimpl,
)


def export_lines(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    """Write ``claim<TAB>stance:actor, …`` lines."""
    separator = str(options["separator"])
    for claim in dataset.claims:
        sides = ", ".join(f"{a.stance}:{a.actor}" for a in claim.attributions)
        dest.write(f"{claim.text}{separator}{sides}\n".encode())
    return ExportResult(counts={"claims": len(dataset.claims)})


class ClaimLines:
    """The plugin: one hook implementation."""

    @hookimpl
    def register_exporters(self, register: RegisterExporter) -> None:
        register(
            ExporterSpec(
                name="claim-lines",
                description="One line per claim with its claimants",
                suffix=".txt",
                media_type="text/plain",
                export=export_lines,
                options=(
                    OptionSpec(name="separator", help="between text and claimants", default="\t"),
                ),
            )
        )


def main() -> None:
    default_plugin_manager().register(ClaimLines(), name="claim-lines")
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("claims.txt")
    report = purgehist.export(purgehist.example_dataset(), "claim-lines", target)
    print(f"wrote {target}: {report.counts['claims']} claims")


if __name__ == "__main__":
    main()

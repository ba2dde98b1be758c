"""XLSX export/read benchmark: purgehist against bare openpyxl write-only mode (the floor) and
pandas ``DataFrame.to_excel`` / ``read_excel`` (what a user would otherwise do).

    python benchmarks/bench_xlsx.py [N_CLAIMS ...]      (default: 1000 10000 100000)

The floor writes the very rows the exporter writes (flattened beforehand, not timed), with no
styles, validations or safety checks; it is measured twice, with the exporter's hyperlinks on the
same cells (the same writes) and without them. pandas gets one DataFrame per sheet. Times are best
of three (one run from 100,000 claims up); memory is the peak traced by tracemalloc during an
export, beside the dataset itself. pandas is skipped above 100,000 claims (``--pandas-max``).
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import openpyxl
import pandas as pd
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet.hyperlink import Hyperlink

from purgehist.formats.tabular.binding import ColumnKind
from purgehist.formats.tabular.flatten import dataset_rows
from purgehist.formats.tabular.layout import TABLES
from purgehist.formats.xlsx.read import read_workbook
from purgehist.formats.xlsx.write import HYPERLINK_LIMIT, _targets, write_workbook

from _harness import best_of, peak_memory, table
from generate import generate


def _floor_write(sheets: list[tuple[str, list[str], list[list[Any]]]], dest: io.BytesIO) -> None:
    wb = openpyxl.Workbook(write_only=True)
    for name, header, rows in sheets:
        ws = wb.create_sheet(name)
        ws.append(header)
        for row in rows:
            ws.append(row)
    wb.save(dest)


def _floor_write_linked(
    sheets: list[tuple[str, list[str], list[list[Any]]]],
    linked_columns: dict[str, list[bool]],
    targets: dict[str, str],
    dest: io.BytesIO,
) -> None:
    """The floor with the same hyperlinks as the exporter: the same writes, nothing else."""
    wb = openpyxl.Workbook(write_only=True)
    for name, header, rows in sheets:
        ws = wb.create_sheet(name)
        ws.append(header)
        linked = linked_columns[name]
        for row in rows:
            if any(linked):
                row = list(row)
                for i, value in enumerate(row):
                    if linked[i] and value in targets:
                        cell = WriteOnlyCell(ws, value=value)
                        cell.hyperlink = Hyperlink(ref="", location=targets[value])
                        row[i] = cell
            ws.append(row)
    wb.save(dest)


def _floor_read(data: bytes) -> int:
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    cells = sum(len(row) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    wb.close()
    return cells


def _pandas_write(frames: dict[str, pd.DataFrame], dest: io.BytesIO) -> None:
    with pd.ExcelWriter(dest, engine="openpyxl") as writer:
        for name, frame in frames.items():
            frame.to_excel(writer, sheet_name=name, index=False)


def _timed(func: Callable[[], Any], repeat: int) -> float:
    if repeat > 1:
        return best_of(func, repeat)
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def run(n_claims: int, pandas_max: int) -> list[object]:
    dataset = generate(n_claims)
    repeat = 3 if n_claims < 100_000 else 1
    sheets = [(t.name, list(t.names), [list(r) for r in rows]) for t, rows in dataset_rows(dataset)]
    cells = sum(len(rows) * len(header) for _, header, rows in sheets)
    out = io.BytesIO()
    write_workbook(dataset, out)
    data = out.getvalue()
    assert read_workbook(io.BytesIO(data), "bench.xlsx").dataset == dataset
    t_ours = _timed(lambda: write_workbook(dataset, io.BytesIO()), repeat)
    t_nolinks = _timed(lambda: write_workbook(dataset, io.BytesIO(), hyperlinks=False), repeat)
    t_floor = _timed(lambda: _floor_write(sheets, io.BytesIO()), repeat)
    sizes = {name: len(rows) for name, _, rows in sheets}
    linked = {
        t.name: [
            sizes[t.name] <= HYPERLINK_LIMIT
            and c.kind == ColumnKind.REF
            and c.name != "provenance_document"
            for c in t.columns
        ]
        for t in TABLES
    }
    targets = _targets(dataset)
    t_floor_links = _timed(
        lambda: _floor_write_linked(sheets, linked, targets, io.BytesIO()), repeat
    )
    r_ours = _timed(lambda: read_workbook(io.BytesIO(data), "bench.xlsx"), repeat)
    r_floor = _timed(lambda: _floor_read(data), repeat)
    mem = peak_memory(lambda: write_workbook(dataset, io.BytesIO())) if n_claims <= 10_000 else 0
    if n_claims <= pandas_max:
        frames = {name: pd.DataFrame(rows, columns=header) for name, header, rows in sheets}
        t_pd = _timed(lambda: _pandas_write(frames, io.BytesIO()), 1)
        r_pd = _timed(lambda: pd.read_excel(io.BytesIO(data), sheet_name=None), 1)
        pandas_cols = [f"{t_ours / t_pd:.2f}", f"{r_ours / r_pd:.2f}"]
    else:
        pandas_cols = ["-", "-"]
    return [
        n_claims,
        f"{cells / 1e6:.2f}",
        f"{len(data) / 1e6:.1f}",
        t_ours,
        f"{t_ours / t_floor_links:.2f}",
        f"{t_ours / t_floor:.2f}",
        f"{t_nolinks / t_floor:.2f}",
        pandas_cols[0],
        f"{mem / 1e6:.1f}" if mem else "-",
        r_ours,
        f"{r_ours / r_floor:.2f}",
        pandas_cols[1],
    ]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    pandas_max = 100_000
    for a in sys.argv[1:]:
        if a.startswith("--pandas-max="):
            pandas_max = int(a.split("=", 1)[1])
    sizes = [int(a) for a in args] or [1000, 10_000, 100_000]
    headers = [
        "claims",
        "M cells",
        "MB",
        "export s",
        "÷ floor (same links)",
        "÷ floor (no links)",
        "no-links export ÷ floor",
        "÷ pandas",
        "export peak MB",
        "read s",
        "÷ floor",
        "÷ pandas",
    ]
    rows = []
    for n in sizes:
        rows.append(run(n, pandas_max))
        print(table(headers, rows), flush=True)


if __name__ == "__main__":
    main()

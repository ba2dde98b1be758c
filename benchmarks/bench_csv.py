"""CSV data package benchmark: purgehist against bare ``csv.writer``/``csv.reader`` over the
same rows (the floor) and pandas ``to_csv``/``read_csv`` (what a user would otherwise do).

    python benchmarks/bench_csv.py [N_CLAIMS ...]      (default: 1000 10000 100000)

All write plain folders (no zip) so that compression does not hide the work. Times are CPU
time (``time.process_time``), the least of three runs (one from 1,000,000 claims up) with the
candidates of each comparison run alternately, the cyclic GC on; memory is the peak traced by
tracemalloc during an export, beside the dataset itself, and during a read, per claim, with
the part of it the dataset read keeps. The read is also timed in fresh processes, ours and
pandas' taking turns, as a program's first read runs, with the young collection that our
paused read leaves due counted in its time, as in the other runs (see
:mod:`purgehist.model.bulk`).
"""

from __future__ import annotations

import csv
import gc
import shutil
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import pandas as pd

from purgehist.formats.csv.read import read_package
from purgehist.formats.csv.write import write_package_directory
from purgehist.formats.tabular.flatten import dataset_rows

from _harness import alternating, peak_memory, table
from generate import generate


def _fresh(base: Path, name: str) -> Path:
    path = base / name
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir()
    return path


def _floor_write(sheets: list[tuple[str, list[str], list[list[Any]]]], folder: Path) -> None:
    for name, header, rows in sheets:
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            writer.writerows(rows)


def _floor_read(folder: Path) -> int:
    count = 0
    for path in folder.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as stream:
            count += sum(len(row) for row in csv.reader(stream))
    return count


_FRESH_READ = """
import sys, time
from pathlib import Path
folder = Path(sys.argv[2])
if sys.argv[1] == "ours":
    from purgehist.formats.csv.read import read_package
    start = time.process_time()
    read = read_package(folder, "bench")
else:
    import pandas as pd
    start = time.process_time()
    read = {p.stem: pd.read_csv(p, dtype=str) for p in folder.glob("*.csv")}
made = [[] for _ in range(1000)]  # any collection still due after the read runs here
print(time.process_time() - start)
"""


def _fresh_reads(folder: Path, repeat: int) -> tuple[float, float]:
    """The least CPU time of our read and of pandas', each in a fresh process (imports not
    timed, the collection the read leaves due timed), taking turns."""
    times: dict[str, list[float]] = {"ours": [], "pandas": []}
    for _ in range(repeat):
        for name, found in times.items():
            command = [sys.executable, "-c", _FRESH_READ, name, str(folder)]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            found.append(float(done.stdout))
    return min(times["ours"]), min(times["pandas"])


def _read_memory(folder: Path) -> tuple[int, int]:
    """Peak bytes allocated while the package is read, and the bytes the dataset read keeps."""
    gc.collect()
    tracemalloc.start()
    try:
        dataset = read_package(folder, "bench").dataset
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del dataset
    return peak, kept


def run(n_claims: int, base: Path) -> list[object]:
    dataset = generate(n_claims)
    repeat = 3 if n_claims < 1_000_000 else 1
    sheets = [(t.name, list(t.names), [list(r) for r in rows]) for t, rows in dataset_rows(dataset)]
    ours = _fresh(base, "ours")
    write_package_directory(dataset, ours)
    assert read_package(ours, "bench").dataset == dataset
    size = sum(p.stat().st_size for p in ours.iterdir())
    frames = {name: pd.DataFrame(rows, columns=header) for name, header, rows in sheets}

    def pandas_write() -> None:
        folder = _fresh(base, "pandas")
        for name, frame in frames.items():
            frame.to_csv(folder / f"{name}.csv", index=False)

    export = alternating(
        {
            "ours": lambda: write_package_directory(dataset, _fresh(base, "ours")),
            "floor": lambda: _floor_write(sheets, _fresh(base, "floor")),
            "pandas": pandas_write,
        },
        repeat,
    )
    t_ours, t_floor, t_pd = export["ours"], export["floor"], export["pandas"]
    read = alternating(
        {
            "ours": lambda: read_package(ours, "bench"),
            "floor": lambda: _floor_read(ours),
            "pandas": lambda: {p.stem: pd.read_csv(p, dtype=str) for p in ours.glob("*.csv")},
        },
        repeat,
    )
    r_ours, r_floor, r_pd = read["ours"], read["floor"], read["pandas"]
    fresh_ours, fresh_pd = _fresh_reads(ours, repeat)
    mem = peak_memory(lambda: write_package_directory(dataset, _fresh(base, "ours")))
    frames.clear()  # freed before the read is measured
    read_mem, kept = _read_memory(ours)
    return [
        n_claims,
        f"{size / 1e6:.1f}",
        t_ours,
        f"{t_ours / t_floor:.2f}",
        f"{t_ours / t_pd:.2f}",
        f"{mem / 1e6:.1f}",
        r_ours,
        f"{r_ours / r_floor:.2f}",
        f"{r_ours / r_pd:.2f}",
        fresh_ours,
        f"{fresh_ours / fresh_pd:.2f}",
        f"{read_mem / n_claims:,.0f}",
        f"{kept / n_claims:,.0f}",
    ]


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10_000, 100_000]
    headers = [
        "claims",
        "MB",
        "export s",
        "÷ floor",
        "÷ pandas",
        "export peak MB",
        "read s",
        "÷ floor",
        "÷ pandas",
        "fresh read s",
        "÷ pandas",
        "read peak B/claim",
        "dataset B/claim",
    ]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            rows.append(run(n, Path(tmp)))
            print(table(headers, rows), flush=True)


if __name__ == "__main__":
    main()

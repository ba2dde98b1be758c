"""End to end at every size: JSON, TEI and CSV loaded, validated and exported, 10⁴ to 10⁶ claims.

    python benchmarks/bench_million.py [N_CLAIMS ...]      (default: 10000 100000 1000000)
    python benchmarks/bench_million.py --formats json,csv 10000 100000

For each size a dataset is generated (``generate.py``) and written once as canonical JSON. Then,
for each format, two fresh processes run what a user's command would: the first loads the JSON
and **exports** the format (only the export is timed), the second **loads** the file the first
wrote through ``purgehist.parse_file`` and **validates** it (``purgehist.problems``). Every
operation runs in a fresh process; its memory is the growth of the peak resident set size
(``VmHWM``, reset through ``/proc/self/clear_refs`` just before the operation) over the resident
set at that moment: for a load, what the dataset read costs at its peak; for an export, what the
export needs beyond the dataset already in memory (a streaming export keeps it small). Times are
processor seconds of that process (user and system), the cyclic garbage collector on, so that
other work on the machine changes them less than wall-clock seconds. An operation is repeated
in its process until its runs last half a second in all (at 10⁴ claims a validation lasts
30–40 ms; from about 10⁵ claims one run is enough), and its time is their total divided by
their number: at every size a measure over at least half a second, first run included, so that
the sizes compare alike (the least of many short runs would favour the smallest). Its memory
is that of the first run.

The baseline is the operation itself at the smallest size: the table gives microseconds per
claim and that figure divided by the smallest size's, which stays within 0.8–1.2 when the
operation is linear. Peak memory is given per claim.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).parent))

from _harness import reset_peak_rss, rss_kb, table

if TYPE_CHECKING:
    from purgehist import Dataset

SUFFIX = {"json": ".json", "tei": ".tei.xml", "csv": ""}


def _child(op: str, fmt: str, source: Path, target: Path, warm: Path) -> None:
    """Run one operation in this (fresh) process and print its figures as JSON.

    The same operation first runs on the small file *warm*, so that imports and first-call
    costs are paid before the clock starts and the peak resident set size is measured from
    there: what remains is the part that grows with the data. The operation is then repeated
    until its runs last :data:`LEAST_SECONDS` in all (:func:`_per_run`): a 10⁴-claim
    validation lasts 30–40 ms, and one such run on a shared machine was once half as slow again.
    """
    import purgehist

    figures: dict[str, float] = {}
    if op == "generate":
        from generate import generate

        purgehist.dump(generate(int(fmt)), target)
        print(json.dumps(figures))
        return
    if op == "export":
        small = purgehist.parse_file(warm, "json").dataset
        purgehist.export(small, fmt, target)
        _remove(target)
        dataset = purgehist.parse_file(source, "json").dataset
        figures.update(
            _per_run(
                "export", lambda: purgehist.export(dataset, fmt, target), lambda: _remove(target)
            )
        )
    else:
        purgehist.problems(purgehist.parse_file(warm, fmt).dataset)
        loaded: list[purgehist.Dataset] = []
        figures.update(
            _per_run(
                "load",
                lambda: loaded.append(purgehist.parse_file(source, fmt).dataset),
                loaded.clear,  # the last run's dataset is freed before the next is read
            )
        )
        dataset = loaded[0]
        figures.update(
            _per_run("validate", lambda: purgehist.problems(dataset), lambda: _forget(dataset))
        )
        figures["problems"] = len(purgehist.problems(dataset))
        figures["claims"] = len(dataset.claims)
    print(json.dumps(figures))


LEAST_SECONDS = 0.5
"""How long an operation's runs must last in all: short ones are repeated."""


def _per_run(
    op: str, run: Callable[[], object], prepare: Callable[[], object] = lambda: None
) -> dict[str, float]:
    """Processor seconds per run of as many runs of *run* as last :data:`LEAST_SECONDS` in all
    (one, from about 10⁵ claims), under *op*; *op*``_peak``, the growth of the peak resident
    set over the first run; *op*``_runs``, how many runs. *prepare*, run untimed before each
    run, puts back what the last run left (a written file, a built index)."""
    times: list[float] = []
    peak = 0
    while sum(times) < LEAST_SECONDS:
        prepare()
        base = _reset()
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
        if len(times) == 1:
            peak = rss_kb() * 1024 - base
    return {op: sum(times) / len(times), f"{op}_peak": peak, f"{op}_runs": len(times)}


def _forget(dataset: Dataset) -> None:
    """Drop the id index *dataset* built on first use, so that each validation builds it, as
    in the fresh process of a user's command."""
    object.__setattr__(dataset, "_index", None)


def _reset() -> int:
    """Make the peak resident set the current one and return it, in bytes."""
    reset_peak_rss()
    return rss_kb("VmRSS") * 1024


def _run(op: str, fmt: str, source: Path, target: Path, warm: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", op, fmt, str(source), str(target), str(warm)],
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3], *(Path(a) for a in sys.argv[4:7]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--formats", default="json,tei,csv")
    parser.add_argument("--json-out", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    formats = args.formats.split(",")
    headers = [
        "format",
        "op",
        "claims",
        "MB",
        "CPU s",
        "µs/claim",
        "÷ smallest",
        "runs",
        "peak RSS growth B/claim",
    ]
    rows: list[list[object]] = []
    records: list[dict[str, object]] = []
    first: dict[tuple[str, str], float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        small = base / "small.json"
        _run("generate", "100", small, small, small)
        warm = {}
        for fmt in formats:
            warm[fmt] = base / f"small{SUFFIX[fmt]}" if fmt != "json" else small
            if fmt != "json":
                _run("export", fmt, small, warm[fmt], small)
        for n in args.sizes:
            master = base / f"master-{n}.json"
            _run("generate", str(n), master, master, small)
            for fmt in formats:
                target = base / f"out-{n}{SUFFIX[fmt]}"
                written = _run("export", fmt, master, target, small)
                read = _run("load", fmt, target, target, warm[fmt])
                if read["claims"] != n or read["problems"]:
                    got = f"{read['claims']:.0f} claims, {read['problems']:.0f} problems"
                    msg = f"{fmt} at {n}: read back {got}"
                    raise SystemExit(msg)
                megabytes = _size(target) / 1e6
                for op, figures in (("export", written), ("load", read), ("validate", read)):
                    seconds = figures[op]
                    per_claim = seconds / n * 1e6
                    ratio = per_claim / first.setdefault((fmt, op), per_claim)
                    peak = figures[f"{op}_peak"] / n
                    rows.append(
                        [
                            fmt,
                            op,
                            n,
                            f"{megabytes:.0f}",
                            seconds,
                            f"{per_claim:.1f}",
                            f"{ratio:.2f}",
                            f"{figures[f'{op}_runs']:.0f}",
                            f"{peak:,.0f}",
                        ]
                    )
                    records.append(
                        {
                            "format": fmt,
                            "op": op,
                            "claims": n,
                            "cpu_s": seconds,
                            "ratio": ratio,
                            "runs": figures[f"{op}_runs"],
                            "peak_rss_growth": figures[f"{op}_peak"],
                        }
                    )
                _remove(target)
                print(f"{fmt} at {n:,} claims done", file=sys.stderr, flush=True)
            _remove(master)
    print(table(headers, rows))
    if args.json_out:
        args.json_out.write_text(json.dumps(records, indent=1), encoding="utf-8")


def _remove(path: Path) -> None:
    if path.is_dir():
        import shutil

        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


if __name__ == "__main__":
    main()

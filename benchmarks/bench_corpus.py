"""Corpus benchmarks: batches on Dask, the incremental merge, and the SQLite export.

    python benchmarks/bench_corpus.py scaling [N_DOCS]     (default 40: 2 workers ÷ 1, Dask ÷ loop)
    python benchmarks/bench_corpus.py merge [N_THESES]     (default 1000: merge ÷ sum of parses)
    python benchmarks/bench_corpus.py sqlite [N_CLAIMS]    (default 100000: SQLite ÷ JSON export)

Ratios are measured in one run, with the garbage collector on (as a batch runs). The theses are
made from the bundled sample thesis and the seed thesis (``../shared/seeds``) by renaming: each
copy gets its own title and, for most of the historians it cites, names drawn from a pool, so
that some works are shared by many copies and others by few.
"""

from __future__ import annotations

import gc
import random
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import purgehist
from purgehist.corpus.merge import CorpusMerger
from purgehist.formats.json.codec import dumps, loads

from _harness import table
from generate import generate

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "great-purge-thesis.nl.txt"
SURNAMES = (
    "Conquest", "Getty", "Fitzpatrick", "Rittersporn", "Thurston", "Naumov", "Medvedev",
    "Deutscher", "Brzeziński", "Furr", "Kenez", "Martens", "Montefiore", "Taubman", "Walker",
)  # fmt: skip
POOL = ("Abramov", "Belov", "Chernov", "Dolgov", "Egorov", "Frolov", "Gusev", "Isaev", "Kozlov",
        "Lebedev", "Morozov", "Novikov")  # fmt: skip
"""Name prefixes a cited historian is renamed with (``Conquest`` → ``Belovconquest``): copies
drawing the same prefix share that historian's works. Prefixes rather than a one-letter suffix, so
that fuzzy matching does not take two renamings for spellings of one name."""


def theses(folder: Path, count: int, *, seed_share: float = 0.5) -> list[Path]:
    """*count* theses in *folder*: renamed copies of the seed thesis (a *seed_share* of them)
    and of the bundled sample."""
    texts = [SEED.read_text(encoding="utf-8"), purgehist.sample_thesis_path().read_text("utf-8")]
    rng = random.Random(0)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        text = texts[0] if n < count * seed_share else texts[1]
        first = text.splitlines()[0]
        text = text.replace(first, f"{first} ({n})", 1)
        for surname in SURNAMES:
            if rng.random() < 0.8:
                text = text.replace(surname, f"{rng.choice(POOL)}{surname.lower()}")
        path = folder / f"thesis-{n:04}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _batch(inputs: list[Path], out: Path, **how: object) -> float:
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    report = purgehist.batch(inputs, out=out, to="json", **how)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    assert report.exit_code == 0, report.summary()
    return elapsed


def scaling(count: int, repeat: int = 3) -> None:
    """Throughput of 1 and 2 Dask workers, and of the plain loop, on the same theses."""
    from distributed import LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        inputs = theses(base / "in", count, seed_share=1.0)
        start = time.perf_counter()
        with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as one:
            started = time.perf_counter() - start
            with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as two:
                rows = []
                for _ in range(repeat):
                    loop = _batch(inputs, base / "o", serial=True)
                    dask1 = _batch(inputs, base / "o", scheduler=one.scheduler_address)
                    dask2 = _batch(inputs, base / "o", scheduler=two.scheduler_address)
                    rows.append((loop, dask1, dask2))
    loop, dask1, dask2 = (min(r[i] for r in rows) for i in range(3))
    print(f"{count} seed-sized theses, best of {repeat}; local cluster start: {started:.1f} s")
    print(
        table(
            ["loop s", "1 worker s", "2 workers s", "docs/s (2)", "2 ÷ 1 workers", "Dask 1 ÷ loop"],
            [(loop, dask1, dask2, count / dask2, dask1 / dask2, dask1 / loop)],
        )
    )


def merge(count: int) -> None:
    """Merge *count* parsed theses: time against the sum of their parse times, and memory."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = theses(Path(tmp) / "in", count)
        parse_times: list[float] = []
        merge_time = 0.0
        merger = CorpusMerger()
        cached = []
        for path in paths:
            start = time.perf_counter()
            dataset = purgehist.parse(path)
            parse_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            merger.add(dataset, document=path.name)
            merge_time += time.perf_counter() - start
            cached.append(Path(tmp) / f"{path.stem}.json")
            cached[-1].write_text(dumps(dataset), encoding="utf-8")
        start = time.perf_counter()
        corpus, log = merger.result()
        merge_time += time.perf_counter() - start
        del merger, corpus, log
        gc.collect()
        tracemalloc.start()
        merger = CorpusMerger()
        largest = 0
        for path in cached:
            before = tracemalloc.get_traced_memory()[0]
            dataset = loads(path.read_text(encoding="utf-8"))
            largest = max(largest, tracemalloc.get_traced_memory()[0] - before)
            merger.add(dataset, document=path.name)
            del dataset
        corpus, log = merger.result()
        del merger
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0]
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    parsed = sum(parse_times)
    merges, near = len(log.merges), len(log.near_misses)
    print(f"{count} theses: {corpus.counts()}; {merges} merges, {near} near misses")
    print(
        table(
            [
                "sum of parses s",
                "merge s",
                "merge ÷ parses",
                "(parse+merge) ÷ parses",
                "merged MB",
                "peak MB",
                "peak ÷ (merged + largest doc)",
            ],
            [
                (
                    parsed,
                    merge_time,
                    merge_time / parsed,
                    (parsed + merge_time) / parsed,
                    kept / 1e6,
                    peak / 1e6,
                    peak / (kept + largest),
                )
            ],
        )
    )


def sqlite(claims: int, repeat: int = 2) -> None:
    """The SQLite export of a generated dataset against its JSON export."""
    dataset = generate(claims)
    with tempfile.TemporaryDirectory() as tmp:
        times: dict[str, list[float]] = {"json": [], "sqlite": []}
        for _ in range(repeat):
            for fmt, name in (("json", "d.json"), ("sqlite", "d.db")):
                start = time.perf_counter()
                purgehist.export(dataset, fmt, Path(tmp) / name)
                times[fmt].append(time.perf_counter() - start)
        size = (Path(tmp) / "d.db").stat().st_size / 1e6
    best = {fmt: min(t) for fmt, t in times.items()}
    print(
        table(
            ["claims", "JSON export s", "SQLite export s", "SQLite ÷ JSON", "SQLite MB"],
            [(claims, best["json"], best["sqlite"], best["sqlite"] / best["json"], size)],
        )
    )


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "scaling"
    size = int(sys.argv[2]) if len(sys.argv) > 2 else None
    if what == "scaling":
        scaling(size or 40)
    elif what == "merge":
        merge(size or 1000)
    else:
        sqlite(size or 100_000)

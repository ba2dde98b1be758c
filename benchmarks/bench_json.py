"""JSON load/dump benchmark: purgehist against plain json and orjson (the floor: they build
dicts, check nothing) and an equivalent pydantic v2 model (what a user would otherwise pick).

    python benchmarks/bench_json.py [N_CLAIMS ...]      (default: 1000 10000 100000)

Needs the ``bench`` extra (orjson, pydantic). Times are CPU time (``time.process_time``), the
least of three rounds in which the candidates take turns, the cyclic collector on
(``_harness.alternating``). Memory, per claim:

- *load peak*: tracemalloc's peak during ``purgehist.loads`` and pydantic's
  ``model_validate_json`` of the file's bytes (the bytes, made before, are not counted);
- *RSS growth*: a fresh process reading the file, ``VmHWM`` at the end less ``VmRSS`` before
  (``purgehist.load`` streams the file; pydantic reads its bytes first, as it must);
- *dump peak ÷ dataset*: during ``purgehist.dump`` to a file, tracemalloc's peak over the
  loaded dataset's bytes, and in a fresh process the peak RSS over the RSS the loaded
  dataset holds (both include the dataset: 1.00 is a dump that holds nothing more).
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).parent))

import purgehist
from purgehist.formats.json.codec import to_data

from _harness import alternating, peak_memory, reset_peak_rss, rss_kb, table
from generate import generate
from pydantic_model import Dataset as PydanticDataset


def _child(mode: str, path: Path) -> None:
    """One measure in this fresh process (``--rss MODE PATH``), printed as JSON."""
    gc.collect()
    base = rss_kb("VmRSS")
    reset_peak_rss()
    if mode == "load-pydantic":
        PydanticDataset.model_validate_json(path.read_bytes())
        print(json.dumps({"growth_kb": rss_kb() - base}))
        return
    dataset = purgehist.load(path)
    growth = rss_kb() - base
    gc.collect()
    held = rss_kb("VmRSS") - base
    reset_peak_rss()
    purgehist.dump(dataset, path.with_suffix(".out.json"))
    print(json.dumps({"growth_kb": growth, "held_kb": held, "dump_peak_kb": rss_kb() - base}))


def _fresh(mode: str, path: Path) -> dict[str, int]:
    done = subprocess.run(
        [sys.executable, __file__, "--rss", mode, str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    found: dict[str, int] = json.loads(done.stdout)
    return found


def _dump_over_dataset(raw: bytes, out: Path) -> float:
    """tracemalloc's peak during a dump to a file, over the bytes of the dataset loaded."""
    gc.collect()
    tracemalloc.start()
    try:
        dataset = purgehist.loads(raw)
        held = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        purgehist.dump(dataset, out)
        return tracemalloc.get_traced_memory()[1] / held
    finally:
        tracemalloc.stop()


def _times(dataset: purgehist.Dataset, raw: bytes) -> tuple[dict[str, float], dict[str, float]]:
    """CPU seconds of each candidate's load of *raw*, and of its dump of the same data."""
    model = PydanticDataset.model_validate_json(raw)
    load = alternating(
        {
            "json": lambda: json.loads(raw),
            "orjson": lambda: orjson.loads(raw),
            "ours": lambda: purgehist.loads(raw),
            "pydantic": lambda: PydanticDataset.model_validate_json(raw),
        }
    )
    data = to_data(dataset)
    dump = alternating(
        {
            "json": lambda: json.dumps(data, ensure_ascii=False, indent=2),
            "ours": lambda: purgehist.dumps(dataset),
            "pydantic": lambda: model.model_dump_json(exclude_defaults=True, indent=2),
        }
    )
    return load, dump


def run(n_claims: int, folder: Path) -> list[object]:
    dataset = generate(n_claims)
    path = folder / f"bench{n_claims}.json"
    purgehist.dump(dataset, path)
    raw = path.read_bytes()
    assert purgehist.loads(raw) == dataset
    load, dump = _times(dataset, raw)
    ours_peak = peak_memory(lambda: purgehist.loads(raw))
    pydantic_peak = peak_memory(lambda: PydanticDataset.model_validate_json(raw))
    dump_traced = _dump_over_dataset(raw, folder / "out.json")
    del dataset
    gc.collect()
    ours_rss = _fresh("load-ours", path)
    pydantic_rss = _fresh("load-pydantic", path)
    path.unlink()
    return [
        n_claims,
        f"{len(raw) / 1e6:.1f}",
        load["ours"],
        f"{load['ours'] / n_claims * 1e6:.1f}",
        f"{load['ours'] / load['json']:.2f}",
        f"{load['ours'] / load['orjson']:.2f}",
        f"{load['ours'] / load['pydantic']:.2f}",
        dump["ours"],
        f"{dump['ours'] / dump['json']:.2f}",
        f"{dump['ours'] / dump['pydantic']:.2f}",
        f"{ours_peak / n_claims:,.0f}",
        f"{pydantic_peak / n_claims:,.0f}",
        f"{ours_rss['growth_kb'] * 1024 / n_claims:,.0f}",
        f"{pydantic_rss['growth_kb'] * 1024 / n_claims:,.0f}",
        f"{dump_traced:.2f}",
        f"{ours_rss['dump_peak_kb'] / ours_rss['held_kb']:.2f}",
    ]


def main() -> None:
    if sys.argv[1:2] == ["--rss"]:
        _child(sys.argv[2], Path(sys.argv[3]))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10_000, 100_000]
    headers = [
        "claims",
        "MB",
        "load s",
        "load µs/claim",
        "÷ json",
        "÷ orjson",
        "÷ pydantic",
        "dump s",
        "÷ json.dumps",
        "÷ pydantic",
        "load peak B/claim",
        "pydantic B/claim",
        "RSS growth B/claim",
        "pydantic RSS B/claim",
        "dump peak ÷ dataset",
        "RSS dump peak ÷ dataset",
    ]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            rows.append(run(n, Path(tmp)))
            print(table(headers, rows), flush=True)


if __name__ == "__main__":
    main()

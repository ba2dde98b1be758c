"""JSON load/dump benchmark: purgehist against plain json and orjson (the floor) and an
equivalent pydantic v2 model (what a user would otherwise pick).

    python benchmarks/bench_json.py [N_CLAIMS ...]      (default: 1000 10000 100000)

Needs the ``bench`` extra (orjson, pydantic). Times are best of three; memory is the peak
traced by tracemalloc during a load, per claim, and while
dumping to a file, against the load's. The cyclic GC is on (see ``_harness.best_of``).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).parent))

import purgehist
from purgehist.formats.json.codec import to_data

from _harness import best_of, peak_memory, table
from generate import generate
from pydantic_model import Dataset as PydanticDataset


def run(n_claims: int) -> list[object]:
    dataset = generate(n_claims)
    text = purgehist.dumps(dataset)
    raw = text.encode()
    model = PydanticDataset.model_validate_json(raw)
    assert purgehist.loads(raw) == dataset
    t_json = best_of(lambda: json.loads(raw))
    t_orjson = best_of(lambda: orjson.loads(raw))
    t_ours = best_of(lambda: purgehist.loads(raw))
    t_pyd = best_of(lambda: PydanticDataset.model_validate_json(raw))
    data = to_data(dataset)
    d_json = best_of(lambda: json.dumps(data, ensure_ascii=False, indent=2))
    d_ours = best_of(lambda: purgehist.dumps(dataset))
    d_pyd = best_of(lambda: model.model_dump_json(exclude_defaults=True, indent=2))
    mem_ours = peak_memory(lambda: purgehist.loads(raw))
    mem_pyd = peak_memory(lambda: PydanticDataset.model_validate_json(raw))
    with tempfile.TemporaryDirectory() as tmp:
        mem_dump = peak_memory(lambda: purgehist.dump(dataset, Path(tmp) / "out.json"))
    return [
        n_claims,
        f"{len(raw) / 1e6:.1f}",
        t_ours,
        t_ours / t_json,
        t_ours / t_orjson,
        t_ours / t_pyd,
        d_ours,
        d_ours / d_json,
        d_ours / d_pyd,
        f"{mem_ours / n_claims:.0f}",
        f"{mem_pyd / n_claims:.0f}",
        f"{mem_dump / mem_ours:.2f}",
    ]


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10_000, 100_000]
    rows = [run(n) for n in sizes]
    headers = [
        "claims",
        "MB",
        "load s",
        "÷ json",
        "÷ orjson",
        "÷ pydantic",
        "dump s",
        "÷ json.dumps",
        "÷ pydantic",
        "load B/claim",
        "pydantic B/claim",
        "dump-to-file peak ÷ load peak",
    ]
    print(table(headers, rows))


if __name__ == "__main__":
    main()

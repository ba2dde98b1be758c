"""Count the hostile inputs a purgehist handles badly, and the output-safety checks it fails.

    python tests/hardening/hardening_audit.py                       # this checkout's purgehist
    python tests/hardening/hardening_audit.py --purgehist /work/main/.venv/bin/purgehist
    python tests/hardening/hardening_audit.py --only xlsx/ -v       # some cases, with their faults

Each hostile input is validated and converted (to every output format for the JSON string
cases); see :mod:`hostile_judge` for what makes a run bad. Output safety is :mod:`output_checks`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from hostile_corpus import Case, build
from hostile_judge import Run, Runner, faults, run_purgehist
from output_checks import CHECKS


def judge_case(run: Runner, case: Case, path: Path) -> list[str]:
    """Every fault of the runs on one input (*run* runs purgehist)."""
    cwd = path.parent if path.parent != Path("/dev") else Path(tempfile.gettempdir())
    found = []
    check = run(["validate", str(path)], cwd)
    found += [f"validate: {f}" for f in faults(check, path)]
    summary = check.stdout.decode("utf-8", "replace")
    if check.returncode == 0 and "ok (" in summary and not any(c.isdigit() for c in summary):
        found.append("validate: ok for an input holding no record")
    for fmt in case.exports:
        out = cwd / f"out-{fmt}"
        converted = run(["convert", str(path), "--to", fmt, "-o", str(out)], cwd)
        found += [f"convert --to {fmt}: {f}" for f in faults(converted, path)]
        if check.returncode != 0 and converted.returncode == 0:
            found.append(f"convert --to {fmt}: exit 0 where validate refused")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--purgehist", default=str(Path(sys.executable).with_name("purgehist")))
    parser.add_argument("--only", default="", help="run only the cases whose name holds this")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-inputs", action="store_true")
    parser.add_argument("--skip-outputs", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every fault")
    args = parser.parse_args()
    exe = [args.purgehist]

    def run(command: Sequence[str], cwd: Path) -> Run:
        return run_purgehist(exe, command, cwd=cwd)

    with tempfile.TemporaryDirectory() as folder:
        if not args.skip_inputs:
            made = [(c, p) for c, p in build(Path(folder) / "in") if args.only in c.name]
            with ThreadPoolExecutor(args.jobs) as pool:
                results = list(pool.map(lambda item: judge_case(run, *item), made))
            bad = [(c.name, f) for (c, _), f in zip(made, results, strict=True) if f]
            for name, found in bad:
                print(f"BAD {name}: " + ("; ".join(found) if args.verbose else found[0]))
            print(f"hostile inputs handled badly: {len(bad)} of {len(made)}")
        if not args.skip_outputs:
            failed = 0
            checks = [c for c in CHECKS if args.only in c.__name__]
            for check in checks:
                with tempfile.TemporaryDirectory() as home:
                    try:
                        problem = check(exe, Path(home))
                    except Exception as exc:
                        problem = f"{type(exc).__name__}: {exc}"
                if problem:
                    failed += 1
                    print(f"FAIL {check.__name__}: {problem}")
            print(f"output-safety checks failing: {failed} of {len(checks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

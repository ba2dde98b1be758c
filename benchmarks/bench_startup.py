"""Start-up cost: CPU time of fresh processes, against ``python -c pass`` in the same run.

    python benchmarks/bench_startup.py [REPEAT]      (default: 15)

Each command runs *REPEAT* times in a new interpreter; the table gives the least CPU time (user
plus system, from ``getrusage`` of the child) and its ratio to the bare interpreter, which does
less than any command can (the floor).
"""

from __future__ import annotations

import resource
import subprocess
import sys

from _harness import table

COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import purgehist": [sys.executable, "-c", "import purgehist"],
    "purgehist --help": [sys.executable, "-m", "purgehist", "--help"],
    "purgehist formats": [sys.executable, "-m", "purgehist", "formats"],
}


def cpu_seconds(command: list[str]) -> float:
    """CPU time (user + system) of one run of *command*."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    best = {name: min(cpu_seconds(c) for _ in range(repeat)) for name, c in COMMANDS.items()}
    floor = best["python -c pass"]
    rows = [[name, f"{1000 * s:.0f}", f"{s / floor:.1f}"] for name, s in best.items()]
    print(table(["command", "CPU ms", "÷ python -c pass"], rows))


if __name__ == "__main__":
    main()

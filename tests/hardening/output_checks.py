"""The output-safety checks: each runs ``purgehist`` in an empty folder and answers what went
wrong, or ``None``. Outputs are opened by real consumers (json, openpyxl, lxml, csv)."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
from hostile_judge import run_purgehist
from lxml import etree

__all__ = ["CHECKS"]

Check = Callable[[list[str], Path], "str | None"]

DATASET = {
    "format": "purgehist",
    "version": "2.0",
    "metadata": {"title": "Two historians"},
    "actors": [
        {"id": "pers_getty", "name": "J. Arch Getty", "kind": "person"},
        {"id": "pers_conquest", "name": "Robert Conquest", "kind": "person"},
    ],
    "claims": [
        {
            "id": "claim_kirov",
            "text": "Stalin ordered the murder of Kirov.",
            "attributions": [
                {"actor": "pers_conquest", "no_evidence": True},
                {"actor": "pers_getty", "stance": "disputes", "no_evidence": True},
            ],
        }
    ],
}

# (--to, -o name, how a real consumer opens it)
OUTPUTS: dict[str, tuple[str, Callable[[Path], object]]] = {
    "json": ("out.json", lambda p: json.loads(p.read_bytes())),
    "xlsx": ("out.xlsx", lambda p: openpyxl.load_workbook(p, read_only=True).sheetnames),
    "tei": ("out.tei.xml", lambda p: etree.parse(str(p))),
    "gexf": ("out.gexf", lambda p: etree.parse(str(p))),
    "csv": ("out", lambda p: list(csv.reader((p / "actors.csv").open(encoding="utf-8")))),
    "html": ("out.html", lambda p: etree.parse(str(p), etree.HTMLParser())),
    "markdown": ("out.md", lambda p: p.read_text(encoding="utf-8")),
}


def _data(home: Path, dataset: object = None) -> Path:
    path = home / "data.json"
    path.write_text(json.dumps(dataset or DATASET), encoding="utf-8")
    return path


def _victim(home: Path) -> Path:
    victim = home / "victim.txt"
    victim.write_bytes(b"precious")
    return victim


def _write(exe: list[str], home: Path, fmt: str, target: str) -> tuple[int, str]:
    data = _data(home)
    if fmt in ("html", "markdown"):
        args = ["report", str(data), "--format", fmt, "-o", target]
    else:
        args = ["convert", str(data), "--to", fmt, "-o", target]
    run = run_purgehist(exe, args, cwd=home, timeout=30)
    return run.returncode, run.stderr


def _leftovers(home: Path) -> list[str]:
    return sorted(p.name for p in home.iterdir() if p.name.endswith((".part", ".old")))


def _link_to_file(fmt: str) -> Check:
    def check(exe: list[str], home: Path) -> str | None:
        victim = _victim(home)
        name = OUTPUTS[fmt][0]
        (home / name).symlink_to(victim.name)
        code, err = _write(exe, home, fmt, name)
        if victim.read_bytes() != b"precious":
            return f"wrote through the link into its target (exit {code})"
        if (home / name).is_symlink() and code == 0:
            return "exit 0 but nothing written"
        if code != 0 and "Traceback" in err:
            return "traceback"
        return None

    check.__name__ = f"link_to_file_{fmt}"
    return check


def _dangling_link(fmt: str) -> Check:
    def check(exe: list[str], home: Path) -> str | None:
        name = OUTPUTS[fmt][0]
        (home / name).symlink_to("created-elsewhere")
        _write(exe, home, fmt, name)
        if (home / "created-elsewhere").exists():
            return "a dangling link created its target"
        return None

    check.__name__ = f"dangling_link_{fmt}"
    return check


def folder_link_csv(exe: list[str], home: Path) -> str | None:
    folder = home / "work"
    folder.mkdir()
    (folder / "thesis.docx").write_text("precious")
    (home / "out").symlink_to("work")
    _write(exe, home, "csv", "out")
    if not (folder / "thesis.docx").exists():
        return "the folder a link points to was emptied"
    return None


def folder_link_of_own_output(exe: list[str], home: Path) -> str | None:
    code, _ = _write(exe, home, "csv", "package")
    (home / "out").symlink_to("package")
    before = sorted(os.listdir(home / "package"))
    _write(exe, home, "csv", "out")
    if not (home / "out").is_symlink() or sorted(os.listdir(home / "package")) != before:
        return "a link to a package folder was replaced or its folder rewritten"
    return None if code == 0 else f"the package itself was not written (exit {code})"


def example_link(exe: list[str], home: Path) -> str | None:
    victim = _victim(home)
    (home / "out.json").symlink_to(victim.name)
    run_purgehist(exe, ["example", "-o", "out.json"], cwd=home, timeout=60)
    return None if victim.read_bytes() == b"precious" else "example wrote through a link"


def report_over_input(exe: list[str], home: Path) -> str | None:
    data = _data(home)
    run = run_purgehist(exe, ["report", str(data), "-o", str(data)], cwd=home)
    if json.loads(data.read_text())["actors"] != DATASET["actors"]:
        return f"report replaced its input (exit {run.returncode})"
    return None


def report_markdown_over_input(exe: list[str], home: Path) -> str | None:
    data = _data(home)
    run_purgehist(exe, ["report", str(data), "--format", "markdown", "-o", "data.json"], cwd=home)
    return None if data.read_text().startswith("{") else "report replaced its input"


def _dotdot(fmt: str) -> Check:
    def check(exe: list[str], home: Path) -> str | None:
        data = _data(home)
        run = run_purgehist(
            exe, ["convert", str(data), "--to", fmt, "-o", "./nosuchdir/../data.json"], cwd=home
        )
        if not data.read_bytes().startswith(b"{"):
            return f"convert wrote over the input through nosuchdir/.. (exit {run.returncode})"
        if (home / "nosuchdir").exists():
            return "created nosuchdir"
        return None

    check.__name__ = f"dotdot_over_input_{fmt}"
    return check


def into_input_package(exe: list[str], home: Path) -> str | None:
    _write(exe, home, "csv", "package")
    descriptor = home / "package" / "datapackage.json"
    before = descriptor.read_bytes()
    run_purgehist(exe, ["convert", "package", "--to", "json", "-o", str(descriptor)], cwd=home)
    return None if descriptor.read_bytes() == before else "overwrote a file inside the input"


def package_around_input(exe: list[str], home: Path) -> str | None:
    _write(exe, home, "csv", "package")
    before = sorted(os.listdir(home / "package"))
    run_purgehist(exe, ["convert", "package/actors.csv", "--to", "csv", "-o", "package"], cwd=home)
    return (
        None
        if sorted(os.listdir(home / "package")) == before
        else "replaced a folder holding the input"
    )


def hard_link_to_input(exe: list[str], home: Path) -> str | None:
    data = _data(home)
    os.link(data, home / "same.json")
    run = run_purgehist(exe, ["convert", str(data), "--to", "xlsx", "-o", "same.json"], cwd=home)
    if run.returncode == 0:
        return "wrote over a hard link of the input"
    return None


def _killed(sig: int) -> Check:
    def check(exe: list[str], home: Path) -> str | None:
        data = _data(home, _big_dataset())
        found = []
        for delay in (0.6, 0.9, 1.2, 1.5, 1.8):
            process = subprocess.Popen(
                [*exe, "convert", str(data), "--to", "xlsx", "-o", "out.xlsx"],
                cwd=home,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(delay)
            process.send_signal(sig)
            process.wait()
            if sig == signal.SIGKILL:
                # the next run there removes what the killed one left
                small = home / "small.json"
                small.write_text(json.dumps(DATASET), encoding="utf-8")
                run_purgehist(
                    exe, ["convert", "small.json", "--to", "xlsx", "-o", "out.xlsx"], cwd=home
                )
            found += _leftovers(home)
            if (home / "out.xlsx").exists():
                try:
                    openpyxl.load_workbook(home / "out.xlsx", read_only=True)
                except (zipfile.BadZipFile, OSError, KeyError) as exc:
                    return f"a half-written output: {exc}"
        stale = [name for name in found if "out.xlsx" in name and sig != signal.SIGKILL]
        stale += [name for name in _leftovers(home) if "out.xlsx" in name]
        return f"left {len(stale)} temporaries, e.g. {stale[0]}" if stale else None

    check.__name__ = f"killed_by_{signal.Signals(sig).name}"
    return check


def _big_dataset() -> dict[str, object]:
    actors = [
        {"id": f"pers_{i}", "name": f"Historian {i}", "kind": "person"} for i in range(60_000)
    ]
    return {**DATASET, "actors": [*DATASET["actors"], *actors]}  # type: ignore[list-item]


def fifo_without_reader(exe: list[str], home: Path) -> str | None:
    os.mkfifo(home / "pipe")
    run = run_purgehist(
        exe, ["convert", str(_data(home)), "--to", "json", "-o", "pipe"], cwd=home, timeout=30
    )
    if run.returncode == -9:
        return "blocked on a pipe nobody reads (killed after 30 s)"
    return None if run.returncode == 2 else f"exit {run.returncode}"


def fifo_with_reader(exe: list[str], home: Path) -> str | None:
    fifo = home / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = run_purgehist(
        exe, ["convert", str(_data(home)), "--to", "json", "-o", "pipe"], cwd=home, timeout=30
    )
    if reader.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    reader.join(5)
    if run.returncode != 0 or not got or json.loads(got[0])["actors"][0]["id"] != "pers_getty":
        return f"the pipe's reader got no dataset (exit {run.returncode})"
    return None


def dev_full(exe: list[str], home: Path) -> str | None:
    run = run_purgehist(
        exe, ["convert", str(_data(home)), "--to", "json", "-o", "/dev/full"], cwd=home
    )
    lines = run.stderr.strip().splitlines()
    if (
        (run.returncode != 1 and run.returncode != 2)
        or len(lines) != 1
        or "Traceback" in run.stderr
    ):
        return f"exit {run.returncode}, {len(lines)} lines on stderr"
    return None


def stdout_closed(exe: list[str], home: Path) -> str | None:
    data = _data(home)
    run = subprocess.run(
        f"{exe[0]} convert {data} --to json -o - >&-",
        shell=True,
        capture_output=True,
        text=True,
        cwd=home,
        check=False,
    )
    if run.returncode not in (1, 2) or "internal error" in run.stderr:
        return f"exit {run.returncode}: {run.stderr.strip()[:80]}"
    return None


def report_into_folder(exe: list[str], home: Path) -> str | None:
    (home / "existing").mkdir()
    run = run_purgehist(exe, ["report", str(_data(home)), "-o", "existing"], cwd=home)
    if ".part" in run.stderr or run.returncode not in (1, 2):
        return f"exit {run.returncode}: {run.stderr.strip()[:100]}"
    return None


def error_keeps_old_output(exe: list[str], home: Path) -> str | None:
    out = home / "out.json"
    out.write_text("old")
    bad = home / "bad.json"
    bad.write_text('{"format": "purgehist", "version": "2.0", "actors": [{"id": 1}]}')
    run_purgehist(exe, ["convert", str(bad), "--to", "json", "-o", "out.json"], cwd=home)
    if out.read_text() != "old" or _leftovers(home):
        return "a failed run touched the old output or left a temporary"
    return None


def parallel_writers(exe: list[str], home: Path) -> str | None:
    data = _data(home, _big_dataset())
    processes = [
        subprocess.Popen(
            [*exe, "convert", str(data), "--to", "json", "-o", "out.json"],
            cwd=home,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(4)
    ]
    for process in processes:
        process.wait()
    try:
        json.loads((home / "out.json").read_bytes())
    except ValueError:
        return "parallel writers left a broken file"
    return None if not _leftovers(home) else "temporaries left"


def _xlsx_string(label: str, value: str) -> Check:
    def check(exe: list[str], home: Path) -> str | None:
        dataset = json.loads(json.dumps(DATASET))
        dataset["claims"][0]["text"] = value
        data = _data(home, dataset)
        run = run_purgehist(
            exe, ["convert", str(data), "--to", "xlsx", "-o", "out.xlsx"], cwd=home, timeout=60
        )
        if run.returncode != 0:
            return (
                None
                if "claim" in run.stderr.lower() or "32" in run.stderr
                else "refused without saying where"
            )
        back = run_purgehist(
            exe, ["convert", "out.xlsx", "--to", "json", "-o", "back.json"], cwd=home, timeout=60
        )
        if back.returncode != 0:
            return f"written with exit 0, read back with exit {back.returncode}"
        text = json.loads((home / "back.json").read_text())["claims"][0]["text"]
        return (
            None if text == value else f"came back altered ({len(text)} of {len(value)} characters)"
        )

    check.__name__ = f"xlsx_string_{label}"
    return check


def markdown_escapes(exe: list[str], home: Path) -> str | None:
    dataset = json.loads(json.dumps(DATASET))
    dataset["claims"][0]["text"] = "<img src=x onerror=alert(1)> [click](javascript:alert(1))"
    data = _data(home, dataset)
    run_purgehist(exe, ["report", str(data), "-o", "out.md"], cwd=home)
    text = (home / "out.md").read_text(encoding="utf-8")
    if "<img" in text or "](javascript:" in text:
        return "HTML or a javascript: link passed through raw"
    return None


def csv_formulas(exe: list[str], home: Path) -> str | None:
    dataset = json.loads(json.dumps(DATASET))
    dataset["claims"][0]["text"] = "=cmd|' /C calc'!A0"
    data = _data(home, dataset)
    run = run_purgehist(exe, ["convert", str(data), "--to", "csv", "-o", "out"], cwd=home)
    if "formula" not in run.stderr.lower():
        return "a cell a spreadsheet would run as a formula was written without a warning"
    return None


def outputs_open_in_their_consumers(exe: list[str], home: Path) -> str | None:
    for fmt, (name, consume) in OUTPUTS.items():
        code, err = _write(exe, home, fmt, name)
        if code != 0:
            return f"{fmt}: exit {code}: {err[:80]}"
        try:
            consume(home / name)
        except Exception as exc:
            return f"{fmt}: {type(exc).__name__}: {exc}"
    return None


CHECKS: list[Check] = [
    *(_link_to_file(fmt) for fmt in OUTPUTS),
    *(_dangling_link(fmt) for fmt in ("json", "xlsx", "tei", "html")),
    folder_link_csv,
    folder_link_of_own_output,
    example_link,
    report_over_input,
    report_markdown_over_input,
    _dotdot("json"),
    _dotdot("xlsx"),
    into_input_package,
    package_around_input,
    hard_link_to_input,
    _killed(signal.SIGTERM),
    _killed(signal.SIGKILL),
    fifo_without_reader,
    fifo_with_reader,
    dev_full,
    stdout_closed,
    report_into_folder,
    error_keeps_old_output,
    parallel_writers,
    _xlsx_string("control_32767", "\x07" * 10 + "x" * 32_757),
    _xlsx_string("escape_literal_32767", "_x0041_" + "x" * 32_760),
    _xlsx_string("emoji_32767", "\U0001f600" * 32_767),
    _xlsx_string("control_short", "a\x07\x00b\x1bc"),
    markdown_escapes,
    csv_formulas,
    outputs_open_in_their_consumers,
]
"""Every output-safety check, in order of harm."""

"""purgehist batch in this process: failures reported, resume, atomic outputs, the report."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

import purgehist
from conftest import CORRUPT_PDF
from purgehist.corpus import task
from purgehist.corpus.report import CONVERTED, FAILED, UNCHANGED
from purgehist.examples import example_bytes


def _report(out: Path) -> dict:
    return json.loads((out / "batch-report.json").read_text(encoding="utf-8"))


def test_a_corrupt_pdf_is_reported_and_the_others_converted(theses: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (theses / "four.pdf").write_bytes(example_bytes("thesis-pdf"))
    report = purgehist.batch(
        [theses], out=out, to="tei", merge=tmp_path / "corpus.json", serial=True
    )
    statuses = {Path(d.input).name: d.status for d in report.documents}
    assert statuses == {
        "broken.pdf": FAILED,
        "one.txt": CONVERTED,
        "two.txt": CONVERTED,
        "three.txt": CONVERTED,
        "four.pdf": CONVERTED,
    }
    (failed,) = report.failed
    assert failed.reason is not None
    assert failed.reason.startswith("1 problem: ")
    assert "the PDF is damaged or truncated" in failed.reason
    assert report.exit_code == 1
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.xml")) == [
        "four.tei.xml",
        "more/three.tei.xml",
        "one.tei.xml",
        "two.tei.xml",
    ]
    corpus = purgehist.load(tmp_path / "corpus.json")
    assert len(corpus.documents) == 4
    assert purgehist.problems(corpus) == []
    data = _report(out)
    assert data["totals"] == {CONVERTED: 4, UNCHANGED: 0, FAILED: 1}
    entry = next(d for d in data["documents"] if d["input"].endswith("one.txt"))
    assert set(entry["timings"]) >= {"parse", "export", "total"}
    assert entry["sha256"]
    assert entry["output"].endswith("one.tei.xml")
    assert data["merge"]["status"] == "written"
    assert data["merge"]["merges"] > 0


def test_a_second_run_does_nothing(theses: Path, tmp_path: Path) -> None:
    out, corpus = tmp_path / "out", tmp_path / "corpus.json"
    purgehist.batch([theses], out=out, to="tei", merge=corpus, serial=True)
    before = {p: p.stat().st_mtime_ns for p in [*out.rglob("*.xml"), corpus]}
    report = purgehist.batch([theses], out=out, to="tei", merge=corpus, serial=True)
    assert report.totals == {CONVERTED: 0, UNCHANGED: 3, FAILED: 1}
    assert report.merge is not None
    assert report.merge["status"] == UNCHANGED
    assert {p: p.stat().st_mtime_ns for p in before} == before


def test_a_changed_document_or_option_is_done_again(theses: Path, tmp_path: Path) -> None:
    out, corpus = tmp_path / "out", tmp_path / "corpus.json"
    purgehist.batch([theses], out=out, to="tei", merge=corpus, serial=True)
    (theses / "two.txt").write_text(
        (theses / "two.txt").read_text(encoding="utf-8") + "\nA new last line.\n",
        encoding="utf-8",
    )
    report = purgehist.batch([theses], out=out, to="tei", merge=corpus, serial=True)
    changed = {Path(d.input).name for d in report.documents if d.status == CONVERTED}
    assert changed == {"two.txt"}
    assert report.merge is not None
    assert report.merge["status"] == "written"
    assert len(purgehist.load(corpus).documents) == 3
    again = purgehist.batch([theses], out=out, to="json", serial=True)
    assert again.totals[CONVERTED] == 3


def test_a_fixed_failure_is_tried_again(theses: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    purgehist.batch([theses], out=out, to="json", serial=True)
    (theses / "broken.pdf").unlink()
    (theses / "broken.txt").write_text("A Title\n\nSome text.\n", encoding="utf-8")
    report = purgehist.batch([theses], out=out, to="json", serial=True)
    assert report.failed == ()


def test_an_interrupted_run_goes_on_where_it_stopped(
    theses: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    real = task.process
    done: list[str] = []

    def interrupted_after_one(job: task.Job, settings: task.Settings) -> task.Outcome:
        if done:
            raise KeyboardInterrupt
        done.append(job.input)
        return real(job, settings)

    monkeypatch.setattr("purgehist.corpus.execute.process", interrupted_after_one)
    report = purgehist.batch([theses], out=out, to="tei", serial=True)
    assert report.interrupted
    assert report.exit_code == 130
    assert not list(out.rglob("*.part"))
    seen: list[str] = []

    def counted(job: task.Job, settings: task.Settings) -> task.Outcome:
        seen.append(job.input)
        return real(job, settings)

    monkeypatch.setattr("purgehist.corpus.execute.process", counted)
    again = purgehist.batch([theses], out=out, to="tei", serial=True)
    assert done[0] not in seen
    assert len(seen) == len(again.documents) - 1


def test_inputs_as_globs_and_list_files(theses: Path, tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"# two theses\n{theses / 'one.txt'}\n\n{theses / 'more'}\n")
    report = purgehist.batch(
        [f"@{listing}", str(theses / "t*.txt"), theses / "one.txt"],
        out=tmp_path / "out",
        to="json",
        serial=True,
    )
    assert [Path(d.input).name for d in report.documents] == ["one.txt", "three.txt", "two.txt"]


def test_a_missing_input_is_a_failed_document(tmp_path: Path, theses: Path) -> None:
    report = purgehist.batch(
        [theses / "one.txt", tmp_path / "nowhere.txt"], out=tmp_path / "out", serial=True
    )
    assert [d.reason for d in report.failed] == ["no such file"]


def test_no_documents_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(purgehist.UsageError, match="no documents"):
        purgehist.batch([tmp_path / "empty"], out=tmp_path / "out", serial=True)


def _on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run ``purgehist ARGS`` with standard error on a pseudo-terminal: its exit code, and
    what it showed there."""
    env = {**os.environ, "PURGEHIST_PROGRESS_DELAY": "0", "COLUMNS": "160"}
    env.pop("PURGEHIST_NO_PROGRESS", None)
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "purgehist", *args],
        cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower,
    )  # fmt: skip
    os.close(follower)
    shown = b""
    while select.select([leader], [], [], 120)[0]:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed once the process has ended
            break
        if not chunk:
            break
        shown += chunk
    code = process.wait(timeout=120)
    os.close(leader)
    return code, shown.decode("utf-8", "replace")


def test_the_command_line_done_when(theses: Path, tmp_path: Path) -> None:
    """The issue's test: a corrupt PDF among good files, progress shown, the others converted,
    and a second run does nothing (and, piped, shows no progress)."""
    (theses / "four.pdf").write_bytes(example_bytes("thesis-pdf"))
    args = ["batch", "theses/", "--to", "tei", "--out", "out/", "--merge", "corpus.json"]
    code, shown = _on_a_terminal([*args, "--serial"], tmp_path)
    assert code == 1, shown
    assert "documents: " in shown
    assert "docs/s" in shown
    assert "failed: theses/broken.pdf: 1 problem: " in shown
    assert "4 converted, 1 failed" in shown
    second = subprocess.run(
        [sys.executable, "-m", "purgehist", *args, "--serial"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert second.returncode == 1
    assert "4 unchanged, 1 failed" in second.stderr
    assert "corpus corpus.json: unchanged" in second.stderr
    assert "\x1b[" not in second.stderr
    assert "docs/s" not in second.stderr


def test_integrity_errors_fail_a_document_unless_forced(tmp_path: Path) -> None:
    bad = purgehist.Dataset(claims=(purgehist.Claim(id="c", text="t", about=("nobody",)),))
    purgehist.dump(bad, tmp_path / "bad.json")
    report = purgehist.batch([tmp_path / "bad.json"], out=tmp_path / "out", to="json", serial=True)
    assert report.failed
    assert "nobody" in (report.failed[0].reason or "")
    forced = purgehist.batch(
        [tmp_path / "bad.json"], out=tmp_path / "out", to="json", serial=True, force=True
    )
    assert forced.failed == ()


def test_a_pdf_that_is_not_one_is_never_read_as_text(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(CORRUPT_PDF)
    report = purgehist.batch([tmp_path / "x.pdf"], out=tmp_path / "out", serial=True)
    assert report.failed[0].reason is not None

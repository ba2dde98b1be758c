"""The command line, through the real entry point: exit codes 0/1/2 and messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import purgehist
from purgehist import Actor, Attribution, Claim, Dataset, Metadata
from purgehist.cli import main


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "purgehist", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def run_inline(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    dataset = Dataset(
        metadata=Metadata(title="Two historians"),
        actors=[
            Actor(id="pers_getty", name="J. Arch Getty"),
            Actor(id="pers_conquest", name="Robert Conquest"),
        ],
        claims=[
            Claim(
                id="claim_kirov",
                text="Stalin ordered the murder of Kirov.",
                attributions=[
                    Attribution(actor="pers_conquest", no_evidence=True),
                    Attribution(actor="pers_getty", stance="disputes", no_evidence=True),
                ],
            )
        ],
    )
    path = tmp_path / "small.json"
    purgehist.dump(dataset, path)
    return path


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("purgehist")
    assert script.exists()
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert purgehist.__version__ in result.stdout


def test_validate_ok(small_file: Path) -> None:
    result = run("validate", str(small_file))
    assert result.returncode == 0, result.stderr
    assert "ok (2 actors, 1 claims)" in result.stdout


def test_validate_reports_problems_with_paths_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "purgehist",
                "version": "1.0",
                "claims": [{"id": "claim_1", "text": "t", "attributions": [{"actor": "pers_x"}]}],
            }
        )
    )
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert "$.claims[0].attributions[0].actor: no actor with id 'pers_x'" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_malformed_json_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "purgehist", ')
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert f"{bad}:1:" in result.stderr
    assert "Traceback" not in result.stderr


def test_convert_to_json(small_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.json"
    result = run("convert", str(small_file), "--to", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert purgehist.load(out) == purgehist.load(small_file)
    assert f"wrote {out}" in result.stderr


def test_convert_merges_inputs(small_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    purgehist.dump(Dataset(actors=[Actor(id="pers_kirov", name="Sergei Kirov")]), other)
    out = tmp_path / "merged.json"
    assert (
        run("convert", str(small_file), str(other), "--to", "json", "-o", str(out)).returncode == 0
    )
    assert [a.id for a in purgehist.load(out).actors] == [
        "pers_getty",
        "pers_conquest",
        "pers_kirov",
    ]


def test_convert_refuses_invalid_data_unless_forced(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    purgehist.dump(
        Dataset(claims=[Claim(id="claim_1", text="t", attributions=[Attribution(actor="pers_x")])]),
        bad,
    )
    out = tmp_path / "out.json"
    result = run("convert", str(bad), "--to", "json", "-o", str(out))
    assert result.returncode == 1
    assert "use --force" in result.stderr
    assert not out.exists()
    assert run("convert", str(bad), "--to", "json", "-o", str(out), "--force").returncode == 0
    assert out.exists()


def test_unknown_format_usage_error_exit_2(small_file: Path, tmp_path: Path) -> None:
    result = run("convert", str(small_file), "--to", "jsno", "-o", str(tmp_path / "x"))
    assert result.returncode == 2
    assert "unknown export format 'jsno'; available:" in result.stderr
    assert "(did you mean 'json'?)" in result.stderr


def test_missing_file_usage_error_exit_2(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nowhere.json"))
    assert result.returncode == 2
    assert "no such file or directory" in result.stderr


def test_missing_argument_exit_2() -> None:
    result = run("convert")
    assert result.returncode == 2
    assert "Missing argument" in result.stderr


def test_unwritable_output_is_a_clean_error(small_file: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = run("convert", str(small_file), "--to", "json", "-o", str(blocker / "x.json"))
    assert result.returncode == 1
    assert result.stderr.startswith("purgehist: error:")
    assert "Traceback" not in result.stderr


def test_info_prints_counts_and_problems(
    small_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_inline(capsys, "info", str(small_file))
    assert code == 0
    assert "actors" in out
    assert "problems: 0 error(s), 0 warning(s)" in out
    code, out, _ = run_inline(capsys, "info", "--json", str(small_file))
    assert json.loads(out)["counts"]["claims"] == 1


def test_formats_lists_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_inline(capsys, "formats")
    assert code == 0
    assert "Input formats:" in out
    assert "json" in out
    assert "built-in" in out
    assert "hearsay" in out


def test_schema_command_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_inline(capsys, "schema")
    assert code == 0
    assert json.loads(out)["title"] == "purgehist dataset"


def test_plugin_exporter_is_seen_by_the_cli(
    small_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from test_plugins import CountPlugin

    pm = purgehist.plugins.default_plugin_manager()
    pm.register(CountPlugin(), name="count")
    try:
        code, out, _ = run_inline(capsys, "formats")
        assert "count" in out
        assert "[plugin count]" in out
        out_path = tmp_path / "n.count"
        code, _, err = run_inline(
            capsys,
            "convert",
            str(small_file),
            "--to",
            "count",
            "-o",
            str(out_path),
            "-O",
            "suffix=.",
        )
        assert code == 0, err
        assert out_path.read_text() == "1 claims.\n"
    finally:
        pm.unregister(name="count")


def test_example_command_writes_and_summarises(tmp_path: Path) -> None:
    result = run("example", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = [p for p in tmp_path.iterdir() if p.name.startswith("great-purge")]
    assert len(written) == 1
    assert "Contested claims" in result.stdout

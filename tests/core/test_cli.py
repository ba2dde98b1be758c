"""The command line, through the real entry point: exit codes 0/1/2 and messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import purgehist
from purgehist import Actor, Attribution, Claim, Dataset, Metadata
from purgehist.cli import main
from purgehist.plugins import sdk


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
    assert "ok (2 actors, 1 claim)" in result.stdout


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
    target = blocker / "x.json"
    result = run("convert", str(small_file), "--to", "json", "-o", str(target))
    assert result.returncode == 2
    assert result.stderr.startswith(f"purgehist: error: {target}: cannot write here:")
    assert ".part" not in result.stderr
    assert "Traceback" not in result.stderr


def test_export_never_replaces_a_users_folder(small_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "thesis.docx").write_bytes(b"precious")
    result = run("convert", str(small_file), "--to", "csv", "-o", str(folder))
    assert result.returncode == 2
    assert "holds more than csv output" in result.stderr
    assert (folder / "thesis.docx").read_bytes() == b"precious"


def test_export_replaces_its_own_package_folder(small_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "package"
    assert run("convert", str(small_file), "--to", "csv", "-o", str(folder)).returncode == 0
    assert run("convert", str(small_file), "--to", "csv", "-o", str(folder)).returncode == 0
    assert (folder / "datapackage.json").is_file()


def test_current_folder_as_output_is_refused_cleanly(small_file: Path, tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("x")
    result = run("convert", str(small_file), "--to", "csv", "-o", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert (tmp_path / "keep.txt").exists()


def test_a_folder_given_as_a_file_output(small_file: Path, tmp_path: Path) -> None:
    result = run("convert", str(small_file), "--to", "json", "-o", str(tmp_path))
    assert result.returncode == 2
    assert "is a folder; give a file name" in result.stderr


def test_symlinked_output_is_refused_and_the_link_and_its_target_kept(
    small_file: Path, tmp_path: Path
) -> None:
    # issue 13: a link at the output is never written through (it was followed before)
    target = tmp_path / "v2.json"
    target.write_text("old")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    result = run("convert", str(small_file), "--to", "json", "-o", str(link))
    assert result.returncode == 2
    assert "is a symbolic link" in result.stderr
    assert link.is_symlink()
    assert target.read_text() == "old"


def test_output_to_a_pipe_is_written_in_place(small_file: Path, tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run("convert", str(small_file), "--to", "json", "-o", str(fifo))
    if reader.is_alive() and result.returncode != 0:
        # the command never opened the pipe: open it ourselves so that the reader returns
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert purgehist.loads(received[0]) == purgehist.load(small_file)
    assert fifo.is_fifo()


def test_convert_refuses_to_overwrite_its_input(small_file: Path) -> None:
    result = run("convert", str(small_file), "--to", "json")
    assert result.returncode == 2
    assert "would overwrite an input" in result.stderr


def test_default_output_is_beside_the_input(small_file: Path, tmp_path: Path) -> None:
    result = run("convert", str(small_file), "--to", "csv", "--force", cwd=tmp_path / "..")
    assert result.returncode == 0, result.stderr
    assert (small_file.parent / "small.zip").is_file()


def test_validate_goes_on_after_a_bad_path(small_file: Path, tmp_path: Path) -> None:
    result = run("validate", "--from", "json", str(tmp_path), str(small_file))
    assert result.returncode == 2
    assert "is a folder; the json format reads a file" in result.stderr
    assert "ok (2 actors, 1 claim)" in result.stdout


def test_deeply_nested_json_is_refused_cleanly(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    result = run("validate", str(deep))
    assert result.returncode == 1
    assert "nested too deeply" in result.stderr


def test_a_bug_in_a_plugin_gives_a_message_not_a_traceback(
    small_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    class Broken:
        @sdk.hookimpl
        def register_exporters(self, register: Any) -> None:
            def export(*args: object) -> sdk.ExportResult:
                raise KeyError("oops")

            register(
                sdk.ExporterSpec(
                    name="broken", description="", suffix=".b", media_type="x/y", export=export
                )
            )

    pm = purgehist.plugins.default_plugin_manager()
    pm.register(Broken(), name="broken")
    try:
        code, _, err = run_inline(
            capsys, "convert", str(small_file), "--to", "broken", "-o", str(tmp_path / "x.b")
        )
    finally:
        pm.unregister(name="broken")
    assert code == 70
    assert "internal error: KeyError" in err
    assert "Traceback" not in err


def test_info_prints_counts_and_problems(
    small_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_inline(capsys, "info", str(small_file))
    assert code == 0
    assert "actors" in out
    assert "Problems: 0 errors, 0 warnings" in out
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


def test_validate_prints_infos_and_still_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "stub.json"
    stub = Actor(id="pers_bucharin", name="Bucharin", external="#reg1234")
    purgehist.dump(Dataset(actors=[stub]), path)
    for strict in ((), ("--strict",)):
        code, out, err = run_inline(capsys, "validate", *strict, str(path))
        assert code == 0
        assert "ok (1 actor)" in out
        assert f"{path}: 1 info" in err
        assert "$.actors[0].external: actor 'pers_bucharin' is a stub for '#reg1234'" in err
        assert err.rstrip().endswith("(info)")


def test_validate_with_infos_and_errors_fails_on_the_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "stub.json"
    stub = Actor(id="pers_bucharin", name="Bucharin", external="#reg1234", birth_place="pl_x")
    purgehist.dump(Dataset(actors=[stub]), path)
    code, _, err = run_inline(capsys, "validate", str(path))
    assert code == 1
    assert f"{path}: 1 problem" in err
    assert f"{path}: 1 info" in err


def test_example_lists_its_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_inline(capsys, "example", "--list")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == ["great-purge", "thesis", "thesis-pdf"]


def test_example_writes_the_sample_thesis_for_the_command_line(tmp_path: Path) -> None:
    result = run("example", "thesis", "-o", "sample-thesis.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = tmp_path / "sample-thesis.txt"
    assert written.read_bytes() == purgehist.sample_thesis_path().read_bytes()
    info = run("info", "sample-thesis.txt", cwd=tmp_path)
    assert info.returncode == 0, info.stderr
    assert "footnotes" in info.stdout
    assert run("example", "thesis", "--to", "tei", cwd=tmp_path).returncode == 2


def test_example_takes_its_format_from_the_output_suffix(tmp_path: Path) -> None:
    result = run("example", "-o", "great-purge.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert purgehist.load(tmp_path / "great-purge.json") == purgehist.example_dataset()
    unknown = run("example", "nothing", cwd=tmp_path)
    assert unknown.returncode == 2
    assert "no example 'nothing'; examples: great-purge, thesis, thesis-pdf" in unknown.stderr


@pytest.mark.parametrize(
    ("name", "fmt", "start"),
    [
        ("t.md", "markdown", b"# Two historians"),
        ("t.tei.xml", "tei", b"<?xml"),
        ("t.xml", "tei", b"<?xml"),
    ],
)
def test_convert_takes_the_format_from_the_output_suffix(
    small_file: Path, tmp_path: Path, name: str, fmt: str, start: bytes
) -> None:
    out = tmp_path / name
    result = run("convert", str(small_file), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert f"wrote {out} ({fmt})" in result.stderr
    assert out.read_bytes().startswith(start)


def test_the_longest_suffix_wins_and_a_tie_is_named() -> None:
    pm = purgehist.plugins.make_plugin_manager(entry_points=False)
    json_export = purgehist.api.find_exporter("json", pm).export

    class Twin:
        @sdk.hookimpl
        def register_exporters(self, register: Any) -> None:
            for name, suffix in (("twin", ".json"), ("long", ".long.json")):
                register(
                    sdk.ExporterSpec(
                        name=name,
                        description="",
                        suffix=suffix,
                        media_type="x/y",
                        export=json_export,
                    )
                )

    pm.register(Twin(), name="twin")
    assert purgehist.api.exporter_for_path("a.long.json", pm).name == "long"
    with pytest.raises(purgehist.UsageError, match="both 'json' and 'twin' write this suffix"):
        purgehist.api.exporter_for_path("a.json", pm)
    with pytest.raises(purgehist.UsageError, match="no output format writes this suffix"):
        purgehist.api.exporter_for_path("a.docx", pm)


def test_convert_without_to_or_output_says_what_to_give(small_file: Path) -> None:
    result = run("convert", str(small_file))
    assert result.returncode == 2
    assert "name the output format with --to, or give -o a file name" in result.stderr


def test_convert_help_says_where_the_output_goes() -> None:
    result = run("convert", "--help")
    assert result.returncode == 0
    assert "Without -o the output is written beside the first input" in " ".join(
        result.stdout.split()
    )


def test_convert_says_when_o_names_an_input(small_file: Path) -> None:
    result = run("convert", str(small_file), "--to", "json", "-o", str(small_file))
    assert result.returncode == 2
    assert "-o names one of the inputs" in result.stderr
    assert "name the output with -o" not in result.stderr


def test_info_is_a_readable_report(tmp_path: Path) -> None:
    thesis = tmp_path / "thesis.txt"
    thesis.write_bytes(purgehist.sample_thesis_path().read_bytes())
    result = run("info", str(thesis))
    assert result.returncode == 0, result.stderr
    for heading in (
        "Records",
        "Parser report",
        "Warnings by kind",
        "Problems: 0 errors, 1 warning",
    ):
        assert f"\n{heading}\n" in f"\n{result.stdout}"
    assert "['" not in result.stdout
    assert "{'" not in result.stdout
    assert f"{thesis}:33: marker 6 has no footnote text (warning)" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) < 120


def test_info_shows_the_first_items_of_a_list_and_how_many_more() -> None:
    from purgehist.cli.info import report_lines

    stats = {"unresolved": [f"thesis.txt:{n}: Ibid." for n in range(1, 31)], "pages": 500}
    lines = report_lines(Path("t.txt"), "T", {"claims": 1}, stats, [], limit=10)
    assert "Unresolved citations (30)" in lines
    assert "  thesis.txt:10: Ibid." in lines
    assert "  thesis.txt:11: Ibid." not in lines
    assert "  … and 20 more (--limit 0 shows all, --json gives everything)" in lines
    assert len(report_lines(Path("t.txt"), "T", {}, stats, [], limit=0)) > 30


def test_problems_say_one_problem_and_three_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    claims = [{"id": "claim_1", "text": "t", "attributions": [{"actor": "pers_x"}]}]
    bad.write_text(json.dumps({"format": "purgehist", "version": "1.0", "claims": claims}))
    result = run("validate", str(bad))
    assert f"{bad}: 1 problem\n" in result.stderr
    assert "(s)" not in result.stderr


def test_integrity_problems_are_located_at_the_line_they_were_read_from(tmp_path: Path) -> None:
    from purgehist.model import Provenance

    claim = Claim(
        id="claim_1",
        text="t",
        attributions=[Attribution(actor="pers_x", no_evidence=True)],
        provenance=Provenance(file="thesis.txt", line=12),
    )
    path = tmp_path / "located.json"
    purgehist.dump(Dataset(claims=[claim]), path)
    result = run("validate", str(path))
    assert result.returncode == 1
    assert (
        "thesis.txt:12: no actor with id 'pers_x' (at $.claims[0].attributions[0].actor)"
        in result.stderr
    )

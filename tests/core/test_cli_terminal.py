"""The command line as a person at a terminal meets it: progress bars for long runs (and
none when piped), and a broken plugin that is named, with how to go on, while the commands
that need no plugin still work."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import purgehist
from purgehist.cli import cli, main
from purgehist.cli.progress import TerminalProgress
from purgehist.plugins import broken_plugins, default_plugin_manager, make_plugin_manager, sdk

from test_plugins import _fake_entry_point


class Typo:
    @sdk.hookimpl
    def register_exporter(self, register: Any) -> None:
        """Misspelt: the hook is register_exporters."""


@pytest.fixture
def typo_installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An installed plugin with a misspelt hook, seen by the process-wide plugin manager."""
    _fake_entry_point(monkeypatch, "typo", Typo())
    default_plugin_manager.cache_clear()
    monkeypatch.setattr(cli, "_plugins_added", False)
    yield
    default_plugin_manager.cache_clear()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


def test_a_broken_plugin_is_left_out_and_named_once(
    typo_installed: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d.json"
    purgehist.dump(purgehist.Dataset(), data)
    code, out, err = _run(capsys, "validate", str(data))
    assert code == 0
    assert "ok" in out
    assert err.count("plugin 'typo' implements an unknown hook: 'register_exporter'") == 1
    assert "(did you mean 'register_exporters'?)" in err
    assert "pip uninstall purgehist-typo" in err
    assert "PURGEHIST_LOAD_PLUGINS" in err
    assert [b.name for b in broken_plugins()] == ["typo"]


def test_a_command_that_needs_the_broken_plugin_fails_with_its_message(
    typo_installed: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d.json"
    purgehist.dump(purgehist.Dataset(), data)
    code, _, err = _run(capsys, "convert", str(data), "--to", "typo")
    assert code == 2
    assert "unknown export format 'typo'" in err
    assert "a broken plugin, left out, may be the one meant to provide it" in err
    assert "pip uninstall purgehist-typo" in err


def test_a_broken_plugin_still_fails_a_manager_made_strictly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fake_entry_point(monkeypatch, "typo", Typo())
    with pytest.raises(purgehist.PluginError, match="PURGEHIST_LOAD_PLUGINS"):
        make_plugin_manager()
    assert [b.name for b in broken_plugins(make_plugin_manager(skip_broken=True))] == ["typo"]


def test_progress_draws_bars_once_a_run_lasts() -> None:
    stream = io.StringIO()
    with TerminalProgress(stream=stream, force=True, delay=0) as bars:
        step = bars.callback("thesis.txt")
        for page in range(1, 4):
            step(page, 3, "pages")
    assert "thesis.txt: pages" in stream.getvalue()


def test_progress_is_quiet_when_not_on_a_terminal_or_quick() -> None:
    piped = io.StringIO()
    with TerminalProgress(stream=piped, delay=0) as bars:
        bars.update("inputs", 1, 2, "a.json")
    assert piped.getvalue() == ""
    quick = io.StringIO()
    with TerminalProgress(stream=quick, force=True, delay=60) as bars:
        bars.update("inputs", 1, 2, "a.json")
    assert quick.getvalue() == ""


def test_help_stays_fast_it_does_not_import_the_progress_library() -> None:
    code = (
        "import sys\n"
        "from purgehist.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('rich' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("False")


def _on_a_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run ``purgehist ARGS`` with standard error on a pseudo-terminal; what it showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "purgehist", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=follower,
    )
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    process.wait(timeout=60)
    os.close(leader)
    return shown.decode("utf-8", "replace")


def test_many_inputs_show_progress_on_a_terminal_and_none_when_piped(tmp_path: Path) -> None:
    names = []
    for n in range(3):
        names.append(f"part{n}.json")
        purgehist.dump(purgehist.Dataset(), tmp_path / names[-1])
    env = {**os.environ, "PURGEHIST_PROGRESS_DELAY": "0", "COLUMNS": "100"}
    env.pop("PURGEHIST_NO_PROGRESS", None)
    shown = _on_a_terminal(["validate", *names], tmp_path, env)
    assert "files: part" in shown
    piped = subprocess.run(
        [sys.executable, "-m", "purgehist", "validate", *names],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert piped.returncode == 0
    assert "\x1b[" not in piped.stderr
    assert "files:" not in piped.stderr


def test_a_long_step_shows_once_the_delay_is_over_without_another_report() -> None:
    import time

    stream = io.StringIO()
    with TerminalProgress(stream=stream, force=True, delay=0.05) as bars:
        bars.update("thesis.txt", 0, None, "reading the text")
        time.sleep(0.5)
    assert "thesis.txt: reading the text" in stream.getvalue()

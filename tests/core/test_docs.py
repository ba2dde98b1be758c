"""The documentation keeps up with the code: every hook is documented with its signature, every
block a reader copies (files, shell commands, Python) runs as written in a fresh folder, the
command-line reference covers every command, and the API documents every parameter."""

from __future__ import annotations

import importlib.metadata
import inspect
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import click
import pytest

import purgehist
from purgehist import api
from purgehist.plugins import default_plugin_manager, hookspecs

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_hook_is_documented_with_its_signature() -> None:
    text = (DOCS / "plugins.md").read_text(encoding="utf-8")
    hooks = [
        name
        for name, value in vars(hookspecs).items()
        if callable(value) and hasattr(value, "purgehist_spec")
    ]
    assert hooks, "hookspecs has hooks"
    for name in hooks:
        params = ", ".join(inspect.signature(getattr(hookspecs, name)).parameters)
        assert f"## {name}({params})" in text, name


def test_every_docs_page_is_in_a_toctree() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    pages = [
        p.relative_to(DOCS).with_suffix("").as_posix()
        for p in DOCS.rglob("*.md")
        if p.name != "index.md" and "_build" not in p.parts
    ]
    missing = [page for page in pages if page not in index]
    assert missing == []


def _script_blocks(text: str) -> list[str]:
    """The ```python blocks that are scripts, not doctests (those run through --doctest-glob)."""
    blocks = re.findall(r"^```python\n(.*?)^```$", text, flags=re.DOTALL | re.MULTILINE)
    return [b for b in blocks if not b.lstrip().startswith(">>>")]


PAGES_WITH_SCRIPTS = sorted(
    p
    for p in [*DOCS.rglob("*.md"), DOCS.parent / "README.md"]
    if "_build" not in p.parts and _script_blocks(p.read_text(encoding="utf-8"))
)


@pytest.mark.parametrize("page", PAGES_WITH_SCRIPTS, ids=lambda p: p.name)
def test_every_script_in_the_docs_runs(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page's script blocks run in order in one namespace, as a reader would paste them."""
    monkeypatch.chdir(tmp_path)
    pm = default_plugin_manager()
    before = {name for name, _ in pm.list_name_plugin()}
    namespace: dict[str, object] = {"__name__": "__docs__"}
    try:
        for block in _script_blocks(page.read_text(encoding="utf-8")):
            exec(compile(block, str(page), "exec"), namespace)
    finally:
        for name, _ in pm.list_name_plugin():
            if name not in before:
                pm.unregister(name=name)


def test_every_public_name_is_in_the_api_reference() -> None:
    from purgehist.plugins import sdk

    page = (DOCS / "api.md").read_text(encoding="utf-8")
    missing = [
        f"{module.__name__}.{name}"
        for module in (purgehist, sdk)
        for name in module.__all__
        if f"{module.__name__}.{name}" not in page and f"`{name}`" not in page
    ]
    assert missing == []


# --- Every block a reader copies: files, shell commands, JSON and TOML -----------------------

REPO = DOCS.parent
_FENCE = re.compile(r"^```(?P<info>[^\n]*)\n(?P<body>.*?)^```$", flags=re.DOTALL | re.MULTILINE)
_SHELL = {"sh", "bash", "console", "shell"}
_CI_COMMANDS = {
    part.strip().removeprefix(".venv/bin/")
    for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for part in line.split("&&")
}
"""Commands CI runs on the checkout: the docs may show them; the tests do not run them again."""

PENDING: dict[str, str] = {}
"""Pages owned elsewhere whose blocks do not yet run in a fresh folder, and why."""


def _blocks(text: str) -> list[tuple[str, str, str]]:
    """``(language, caption, body)`` of each fenced block; a ```` ```{code-block} ```` with a
    ``:caption:`` is a file the reader saves under that name."""
    found = []
    for match in _FENCE.finditer(text):
        info, body = match["info"].strip(), match["body"]
        caption = ""
        if info.startswith("{code-block}"):
            info = info.removeprefix("{code-block}").strip()
            lines = body.splitlines(keepends=True)
            while lines and lines[0].startswith(":"):
                key, _, value = lines.pop(0)[1:].partition(":")
                if key == "caption":
                    caption = value.strip()
            body = "".join(lines).lstrip("\n")
        found.append((info, caption, body))
    return found


def _commands(body: str) -> list[str]:
    """The commands of a shell block: one a line (joined at a trailing backslash), each split
    at ``&&``, comments and prompts left out."""
    joined = body.replace("\\\n", " ")
    commands = []
    for line in joined.splitlines():
        line = line.strip().removeprefix("$ ")
        if not line or line.startswith("#"):
            continue
        line = re.sub(r"\s+#.*$", "", line)
        commands += [part.strip() for part in line.split("&&")]
    return commands


class _Reader:
    """A reader following one page in a fresh folder, with this test's virtual environment
    standing for the one the page makes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.site = folder / ".site"
        bin_dir = str(Path(sys.executable).parent)
        self.env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
        self.env.pop("PYTHONPATH", None)

    def save(self, caption: str, body: str, language: str) -> None:
        path = self.folder / caption
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
        if language == "python":
            compile(body, caption, "exec")

    def run(self, command: str) -> None:
        command = command.replace(".venv/bin/", "")
        if command == "python3 -m venv .venv" or command in _CI_COMMANDS:
            return  # the environment the tests run in; CI runs these on the checkout
        developer = re.match(r"^python (benchmarks|scripts)/(\S+\.py)", command)
        if developer:
            assert (REPO / developer[1] / developer[2]).is_file(), command
            return
        if command.startswith("pip install "):
            self._pip_install(command.split()[2:])
            return
        done = subprocess.run(
            command,
            shell=True,
            cwd=self.folder,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, f"{command}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"

    def _pip_install(self, words: list[str]) -> None:
        """Packages of the checkout must be installed here already; a package the page made
        is really built and installed, into a folder of its own (not into this environment)."""
        targets = [w for w in words if not w.startswith("-")]
        if "-r" in words:
            assert (REPO / targets[0]).is_file(), targets[0]
            return
        for target in targets:
            local = self.folder / target
            if target == ".":
                assert (REPO / "pyproject.toml").is_file()  # the checkout, installed here
            elif (local / "pyproject.toml").is_file():
                done = subprocess.run(
                    [sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                     "--no-build-isolation", "--target", str(self.site), str(local)],
                    capture_output=True, text=True, timeout=300, check=False,
                )  # fmt: skip
                assert done.returncode == 0, done.stderr[-3000:]
                self.env["PYTHONPATH"] = str(self.site)
            elif (REPO / target / "pyproject.toml").is_file():
                project = tomllib.loads((REPO / target / "pyproject.toml").read_text("utf-8"))
                importlib.metadata.version(project["project"]["name"])  # installed here
            else:  # the checkout's project with extras: 'purgehist[corpus]'
                name = target.strip("'\"").partition("[")[0]
                assert (
                    name
                    == tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"][
                        "name"
                    ]
                ), target
                importlib.metadata.version(name)


def _pages_with(kinds: set[str]) -> list[Path]:
    pages = [*DOCS.rglob("*.md"), REPO / "README.md"]
    return sorted(
        p
        for p in pages
        if "_build" not in p.parts
        and any(lang in kinds or caption for lang, caption, _ in _blocks(p.read_text("utf-8")))
    )


def _page_param(page: Path) -> Any:
    reason = PENDING.get(page.name)
    marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
    return pytest.param(page, id=page.name, marks=marks)


@pytest.mark.parametrize("page", [_page_param(p) for p in _pages_with(_SHELL)])
def test_every_shell_block_and_file_of_a_page_works_in_a_fresh_folder(
    page: Path, tmp_path: Path
) -> None:
    """As a reader would: save each file the page shows under its caption's name and run
    each command, in the page's order, in an empty folder."""
    reader = _Reader(tmp_path)
    for language, caption, body in _blocks(page.read_text(encoding="utf-8")):
        if caption:
            reader.save(caption, body, language)
        elif language in _SHELL:
            for command in _commands(body):
                reader.run(command)


def _sub_mapping(part: object, whole: object) -> bool:
    if isinstance(part, dict):
        return isinstance(whole, dict) and all(
            k in whole and _sub_mapping(v, whole[k]) for k, v in part.items()
        )
    return part == whole


def test_toml_and_json_excerpts_are_real() -> None:
    """A TOML excerpt without a file name is part of a real ``pyproject.toml``; a JSON block
    parses, and a purgehist dataset in JSON loads."""
    projects = [tomllib.loads(p.read_text("utf-8")) for p in REPO.glob("**/pyproject.toml")]
    seen = 0
    for page in [*DOCS.rglob("*.md"), REPO / "README.md"]:
        for language, caption, body in _blocks(page.read_text(encoding="utf-8")):
            if caption:
                continue
            if language == "toml":
                seen += 1
                excerpt = tomllib.loads(body)
                assert any(_sub_mapping(excerpt, p) for p in projects), f"{page.name}: {body}"
            elif language == "json":
                seen += 1
                data = json.loads(body)
                if isinstance(data, dict) and data.get("format") == "purgehist":
                    purgehist.loads(body.encode())
    assert seen


# --- The command-line reference, exit codes and the API's docstrings ------------------------


def _cli_reference() -> str:
    sys.path.insert(0, str(DOCS / "_ext"))
    try:
        from cli_reference import cli_reference_rst

        return str(cli_reference_rst())
    finally:
        sys.path.remove(str(DOCS / "_ext"))


def test_the_cli_reference_has_every_command_and_option() -> None:
    from purgehist.cli import cli

    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert "```{cli-reference}" in page
    text = _cli_reference()
    for name, command in cli.commands.items():
        assert f"purgehist {name}\n" in text
        for param in command.params:
            names = param.opts if isinstance(param, click.Option) else [param.human_readable_name]
            for opt in names:
                assert opt in text, f"{name} {opt}"


def test_every_environment_variable_and_exit_code_is_documented() -> None:
    from purgehist.cli.run import EXIT_CODES

    used = {
        name
        for path in (REPO / "src").rglob("*.py")
        for name in re.findall(r"PURGEHIST_[A-Z_]+", path.read_text(encoding="utf-8"))
    }
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert sorted(n for n in used if n not in page) == []
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    exit_line = readme[readme.index("Exit codes:") :].split("\n\n")[0]
    for code in EXIT_CODES:
        assert re.search(rf"\b{code} ", exit_line), code
    assert all(f"``{code}``" in _cli_reference() for code in EXIT_CODES)


@pytest.mark.parametrize("name", api.__all__)
def test_every_api_parameter_is_described(name: str) -> None:
    function = getattr(api, name)
    doc = inspect.getdoc(function) or ""
    for param in inspect.signature(function).parameters:
        assert f":param {param}:" in doc, f"{name}({param})"
    if name not in {"problems"}:
        assert ":raises" in doc, name

"""The ``cli-reference`` directive: the command-line reference, generated from the click
commands when the docs are built, so that it cannot drift from them."""

from __future__ import annotations

import inspect
import re
from typing import Any

import click
from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

__all__ = ["cli_reference_rst", "setup"]


def _help(text: str) -> list[str]:
    """click help text as reStructuredText: ``\\b`` paragraphs (examples) become literal
    blocks, the rest stays prose."""
    out: list[str] = []
    for block in inspect.cleandoc(text).split("\n\n"):
        if block.startswith("\b\n"):
            out += ["::", "", *(f"   {line}" for line in block[2:].splitlines()), ""]
        else:
            out += [_literals(" ".join(block.split())), ""]
    return out


def _literals(text: str) -> str:
    """Markdown-style `code` in help texts as reStructuredText literals."""
    return re.sub(r"(?<!`)`([^`]+)`(?!`)", r"``\1``", text)


def _param(param: click.Parameter, ctx: click.Context) -> list[str]:
    if isinstance(param, click.Argument):
        many = " (one or more)" if param.nargs == -1 else ""
        return [f"``{param.human_readable_name}``", f"   argument{many}", ""]
    assert isinstance(param, click.Option)
    record = param.get_help_record(ctx)
    if record is None:
        return []
    names, text = record
    return [f"``{names}``", f"   {_literals(' '.join(text.split()))}", ""]


def _command(name: str, command: click.Command, parent: click.Context) -> list[str]:
    ctx = click.Context(command, info_name=name, parent=parent)
    title = f"purgehist {name}"
    usage = " ".join(command.collect_usage_pieces(ctx))
    lines = [title, "-" * len(title), "", f"``{title} {usage}``", ""]
    lines += _help(command.help or "")
    lines += [line for param in command.get_params(ctx) for line in _param(param, ctx)]
    return lines


def cli_reference_rst() -> str:
    """Every built-in command: its usage, its help and each argument and option."""
    from purgehist.cli import cli
    from purgehist.cli.run import EXIT_CODES

    root = click.Context(cli, info_name="purgehist")
    lines = ["``purgehist [--version] [--help] COMMAND ...``", ""]
    lines += [cli.help.splitlines()[0] if cli.help else "", "", "Exit codes:", ""]
    lines += [f"* ``{code}``: {meaning}" for code, meaning in EXIT_CODES.items()]
    lines.append("")
    for name in sorted(cli.commands):
        command = cli.commands[name]
        module = getattr(command.callback, "__module__", None) or ""
        if module.startswith("purgehist."):
            lines += _command(name, command, root)
    return "\n".join(lines) + "\n"


class CliReference(SphinxDirective):
    """``{cli-reference}``: the reference of every ``purgehist`` command."""

    def run(self) -> list[nodes.Node]:
        container = nodes.section()
        container.document = self.state.document
        source = StringList(cli_reference_rst().splitlines(), source="purgehist.cli")
        self.state.nested_parse(source, self.content_offset, container, match_titles=True)
        return list(container.children)


def setup(app: Any) -> dict[str, Any]:
    """Register the directive."""
    app.add_directive("cli-reference", CliReference)
    return {"parallel_read_safe": True, "parallel_write_safe": True}

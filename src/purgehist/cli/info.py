"""``purgehist info``: what a file holds and what its parser found, as a readable report."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from purgehist.cli.group import cli
from purgehist.cli.messages import errors_and_warnings, located
from purgehist.cli.progress import TerminalProgress

if TYPE_CHECKING:
    from purgehist.diagnostics import Problem

__all__ = ["info", "report_lines"]


def _jsonable(value: object) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


_HEADINGS = {"unresolved": "Unresolved citations", "warnings": "Warnings by kind"}
"""Headings for the text parser's report where its key alone says too little."""


def _heading(key: str) -> str:
    return _HEADINGS.get(key) or key.replace("_", " ").capitalize()


def _table(rows: Sequence[tuple[str, object]]) -> list[str]:
    """Two aligned columns: names left, numbers right, text left."""
    if not rows:
        return []
    name_w = max(len(name) for name, _ in rows)
    number_w = max((len(str(v)) for _, v in rows if isinstance(v, int | float)), default=0)
    lines = []
    for name, value in rows:
        if isinstance(value, int | float) and not isinstance(value, bool):
            text = f"{value:>{number_w}}"
        else:
            text = str(value)
        lines.append(f"  {name:<{name_w}}  {text}".rstrip())
    return lines


def _first(items: Sequence[object], limit: int, more: str) -> list[str]:
    shown = items if limit <= 0 else items[:limit]
    lines = [f"  {item}" for item in shown]
    if len(items) > len(shown):
        lines.append(f"  … and {len(items) - len(shown)} more ({more})")
    return lines


def report_lines(
    file: Path,
    title: str,
    counts: Mapping[str, int],
    stats: Mapping[str, object],
    problems: Sequence[Problem],
    *,
    limit: int = 10,
) -> list[str]:
    """The report ``info`` prints: a title, then a table per section; lists show their first
    *limit* items (0: all) and how many more there are."""
    more = "--limit 0 shows all, --json gives everything"
    lines = [f"{file}: {title}", "", "Records", *_table(list(counts.items()))]
    scalars: list[tuple[str, object]] = []
    sections: list[str] = []
    for key, value in stats.items():
        if key in counts:
            continue
        if isinstance(value, Mapping):
            rows = [(str(k), _jsonable(v)) for k, v in value.items()]
            if rows:
                sections += ["", _heading(key), *_table(rows)]
        elif isinstance(value, list | tuple):
            if value:
                items = [_jsonable(v) for v in value]
                sections += ["", f"{_heading(key)} ({len(items)})", *_first(items, limit, more)]
        else:
            scalars.append((key.replace("_", " "), _jsonable(value)))
    if scalars:
        lines += ["", "Parser report", *_table(scalars)]
    lines += sections
    lines += ["", f"Problems: {errors_and_warnings(problems)}"]
    lines += _first([str(p) for p in problems], limit, more)
    return lines


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--from", "from_format", help="Input format, when it cannot be guessed.")
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON, for programs.")
@click.option(
    "--limit",
    default=10,
    show_default=True,
    metavar="N",
    help="Show the first N items of each list (0: all).",
)
def info(file: Path, from_format: str | None, as_json: bool, limit: int) -> None:
    """What FILE holds and what its parser found: counts, the parser's report (footnotes,
    citations resolved and unresolved, warnings by kind) and the problems, each at its place."""
    from purgehist import api

    with TerminalProgress() as bars:
        result = api.parse_file(file, from_format, progress=bars.callback(file.name))
    found = [
        *result.problems,
        *located(api.problems(result.dataset), result.dataset, result.origins),
    ]
    counts = result.dataset.counts()
    if as_json:
        payload = {
            "file": str(file),
            "title": result.dataset.metadata.title,
            "counts": counts,
            "stats": _jsonable(result.stats),
            "problems": [
                {
                    "severity": str(p.severity),
                    "code": p.code,
                    "location": p.location,
                    "message": p.message,
                }
                for p in found
            ],
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    title = result.dataset.metadata.title
    for line in report_lines(file, title, counts, result.stats, found, limit=limit):
        click.echo(line)

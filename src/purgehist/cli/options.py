"""Options several commands share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

__all__ = ["output_options"]

_F = TypeVar("_F", bound=Callable[..., object])


def output_options(*, to_help: str, output_help: str) -> Callable[[_F], _F]:
    """``--to FORMAT`` (passed as ``to_format``) and ``-o/--output PATH``, in that order."""

    def decorate(function: _F) -> _F:
        output = click.option("-o", "--output", type=click.Path(path_type=Path), help=output_help)
        to = click.option("--to", "to_format", default=None, metavar="FORMAT", help=to_help)
        return to(output(function))

    return decorate

"""Options several commands share."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

import click

from purgehist.errors import UsageError

__all__ = ["output_options", "standard_output"]

_F = TypeVar("_F", bound=Callable[..., object])


def output_options(*, to_help: str, output_help: str) -> Callable[[_F], _F]:
    """``--to FORMAT`` (passed as ``to_format``) and ``-o/--output PATH``, in that order."""

    def decorate(function: _F) -> _F:
        output = click.option("-o", "--output", type=click.Path(path_type=Path), help=output_help)
        to = click.option("--to", "to_format", default=None, metavar="FORMAT", help=to_help)
        return to(output(function))

    return decorate


def standard_output() -> BinaryIO:
    """The binary standard output, for ``-o -``.

    :raises UsageError: it is closed (``purgehist … >&-``).
    """
    if sys.stdout is None:
        msg = "standard output is closed; name an output file with -o"
        raise UsageError(msg)
    return sys.stdout.buffer

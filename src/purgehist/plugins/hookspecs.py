"""The hooks through which plugins (built-in and third-party) add formats and grades."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import click

    from purgehist.plugins.specs import RegisterExporter, RegisterGrade, RegisterParser

__all__ = ["hookimpl", "hookspec"]

PROJECT = "purgehist"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_parsers(register: RegisterParser) -> None:
    """Add input formats: call ``register(ParserSpec(...))`` once per format.

    :param register: callback taking a :class:`~purgehist.plugins.specs.ParserSpec`.

    .. versionadded:: 0.1
    """


@hookspec
def register_exporters(register: RegisterExporter) -> None:
    """Add output formats: call ``register(ExporterSpec(...))`` once per format.

    :param register: callback taking an :class:`~purgehist.plugins.specs.ExporterSpec`.

    .. versionadded:: 0.1
    """


@hookspec
def register_evidence_grades(register: RegisterGrade) -> None:
    """Add evidence grades beyond the built-in ones (archival … tertiary).

    :param register: callback taking a :class:`~purgehist.plugins.specs.GradeSpec`.

    .. versionadded:: 0.1
    """


@hookspec
def register_commands(cli: click.Group) -> None:
    """Add subcommands to the ``purgehist`` command line.

    :param cli: the top-level :class:`click.Group`; add commands with ``@cli.command()``.

    .. versionadded:: 0.1
    """

"""``purgehist formats`` and ``purgehist schema``: what can be read and written, and how."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from purgehist import plugins
from purgehist.cli.group import cli

if TYPE_CHECKING:
    from purgehist.plugins.specs import OptionSpec

__all__ = ["formats", "schema"]


def _option_help(option: OptionSpec) -> str:
    if option.default in (None, "") or "default" in option.help:
        return option.help
    return f"{option.help} (default: {option.default})"


@cli.command()
def formats() -> None:
    """List input and output formats and evidence grades, built-in and from plugins, and any
    installed plugin that is broken."""
    versions = plugins.plugin_versions()

    def origin(plugin: str) -> str:
        if plugin.startswith("purgehist."):
            return "built-in"
        version = versions.get(plugin)
        return f"plugin {plugin} {version}" if version else f"plugin {plugin}"

    click.echo("Input formats:")
    for name, parser in plugins.get_parsers().items():
        suffixes = " ".join(parser.suffixes)
        click.echo(f"  {name:<12} {suffixes:<18} {parser.description} [{origin(parser.plugin)}]")
        for option in parser.options:
            click.echo(f"      -I {option.name}=…  {_option_help(option)}")
    click.echo("Output formats:")
    for name, exporter in plugins.get_exporters().items():
        click.echo(
            f"  {name:<12} {exporter.suffix:<18} {exporter.description} [{origin(exporter.plugin)}]"
        )
        for option in exporter.options:
            click.echo(f"      -O {option.name}=…  {_option_help(option)}")
    click.echo("Evidence grades:")
    for name, grade in plugins.get_grades().items():
        click.echo(f"  {name:<18} {grade.description}")
    broken = plugins.broken_plugins()
    if broken:
        click.echo("Broken plugins (not loaded):")
        for plugin in broken:
            click.echo(f"  {plugin.name:<12} {plugin.reason}")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of purgehist's JSON format."""
    from purgehist.formats.json.schema import schema_text

    click.echo(schema_text(), nl=False)

"""The top-level ``purgehist`` group, with the commands plugins add."""

from __future__ import annotations

import click

from purgehist import plugins

__all__ = ["cli"]


class _PluginGroup(click.Group):
    """The top-level group; plugins' commands are added the first time commands are looked up,
    so that they are there however the group is invoked (``main``, click's test runner…).
    A broken plugin is named once, with how to go on without it, and left out."""

    _plugins_added = False

    def _add_plugins(self) -> None:
        if not self._plugins_added:
            self._plugins_added = True
            for broken in plugins.broken_plugins():
                click.echo(f"purgehist: warning: {broken.message}", err=True)
            plugins.default_plugin_manager().hook.register_commands(cli=self)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        self._add_plugins()
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._add_plugins()
        return super().list_commands(ctx)


@click.group(cls=_PluginGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="purgehist")
def cli() -> None:
    """purgehist: historians' claims, stances and graded evidence as structured data.

    Exit codes: 0 success, 1 invalid data, 2 usage error (or a broken plugin), 70 a bug
    (run again with PURGEHIST_DEBUG=1 for the traceback), 130 interrupted.
    """

"""The plugin system: hook specifications, the plugin manager and what plugins register.

Built-in formats register through the same hooks as third-party plugins. Plugin authors import
what they need from :mod:`purgehist.plugins.sdk`.
"""

from purgehist.plugins.hookspecs import hookimpl, hookspec
from purgehist.plugins.manager import (
    DEFAULT_PLUGINS,
    ENTRY_POINT_GROUP,
    BrokenPlugin,
    broken_plugins,
    default_plugin_manager,
    get_exporters,
    get_grades,
    get_parsers,
    make_context,
    make_plugin_manager,
    plugin_versions,
)

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "BrokenPlugin",
    "broken_plugins",
    "default_plugin_manager",
    "get_exporters",
    "get_grades",
    "get_parsers",
    "hookimpl",
    "hookspec",
    "make_context",
    "make_plugin_manager",
    "plugin_versions",
]

"""The plugin manager: built-in formats and entry-point plugins, and typed getters over them."""

from __future__ import annotations

import difflib
import importlib
import os
import sys
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeVar

import pluggy

from purgehist.errors import PluginError
from purgehist.plugins import hookspecs
from purgehist.plugins.specs import Context, ExporterSpec, GradeSpec, ParserSpec

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "default_plugin_manager",
    "get_exporters",
    "get_grades",
    "get_parsers",
    "make_context",
    "make_plugin_manager",
    "plugin_versions",
]

ENTRY_POINT_GROUP = "purgehist"
"""Third-party plugins declare ``[project.entry-points.purgehist] name = "module"``."""

DEFAULT_PLUGINS: tuple[str, ...] = (
    "purgehist.plugins.grades",
    "purgehist.formats.json",
    "purgehist.formats.tei",
    "purgehist.formats.xlsx",
    "purgehist.formats.csv",
    "purgehist.formats.text",
    "purgehist.formats.bibtex",
    "purgehist.formats.report",
    "purgehist.formats.sqlite",
)
"""Built-in plugins: they register through the same hooks as third-party ones."""

_Spec = TypeVar("_Spec", ParserSpec, ExporterSpec, GradeSpec)


def make_plugin_manager(*, entry_points: bool = True) -> pluggy.PluginManager:
    """A plugin manager with the built-in plugins and, if *entry_points*, installed ones.

    ``PURGEHIST_LOAD_PLUGINS=a,b`` limits the entry points loaded to those names (empty: none);
    ``PURGEHIST_TRACE_PLUGINS=1`` prints every hook call to standard error.

    :raises PluginError: a plugin fails to import or implements an unknown hook.
    """
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    if entry_points:
        _load_entry_points(pm)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(_unknown_hook_message(pm, exc)) from None
    if os.environ.get("PURGEHIST_TRACE_PLUGINS"):
        pm.trace.root.setwriter(lambda line: sys.stderr.write(str(line)))
        pm.enable_tracing()
    return pm


def _load_entry_points(pm: pluggy.PluginManager) -> None:
    from importlib.metadata import entry_points

    names = sorted({ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)})
    wanted = os.environ.get("PURGEHIST_LOAD_PLUGINS")
    if wanted is not None:
        allowed = {w.strip() for w in wanted.split(",")}
        names = [n for n in names if n in allowed]
    for name in names:
        try:
            pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP, name)
        except pluggy.PluginValidationError as exc:
            msg = f"plugin {name!r}: {exc}"
            raise PluginError(msg) from None
        except Exception as exc:
            msg = f"plugin {name!r} failed to load: {exc}"
            raise PluginError(msg) from exc


def _unknown_hook_message(pm: pluggy.PluginManager, exc: pluggy.PluginValidationError) -> str:
    name = pm.get_name(exc.plugin) or repr(exc.plugin)
    known = [h for h in dir(hookspecs) if h.startswith("register_")]
    parts = []
    for caller in vars(pm.hook).values():
        if not isinstance(caller, pluggy.HookCaller) or caller.has_spec():
            continue
        if any(impl.plugin is exc.plugin for impl in caller.get_hookimpls()):
            close = difflib.get_close_matches(caller.name, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            parts.append(f"{caller.name!r}{hint}")
    return f"plugin {name!r} implements unknown hook(s): {', '.join(parts) or exc}"


@cache
def default_plugin_manager() -> pluggy.PluginManager:
    """The process-wide plugin manager the public API uses (built once)."""
    return make_plugin_manager()


def _collect(
    pm: pluggy.PluginManager,
    hook_name: str,
    fill_plugin: Callable[[_Spec, str], _Spec] | None = None,
) -> dict[str, _Spec]:
    """Call each plugin's implementation of *hook_name* on its own, so as to know who
    registered what; the calls go through the hook caller, so tracing sees them."""
    hook: pluggy.HookCaller = getattr(pm.hook, hook_name)
    noun = "evidence grade" if hook_name == "register_evidence_grades" else "format name"
    found: dict[str, _Spec] = {}
    owners: dict[str, str] = {}
    implementers = [impl.plugin for impl in reversed(hook.get_hookimpls())]
    for plugin in implementers:
        plugin_name: str = pm.get_name(plugin) or repr(plugin)

        def register(spec: _Spec, /, owner: str = plugin_name) -> None:
            if spec.name in found:
                msg = (
                    f"{noun} {spec.name!r} is registered by both "
                    f"{owners[spec.name]!r} and {owner!r}"
                )
                raise PluginError(msg)
            owners[spec.name] = owner
            found[spec.name] = fill_plugin(spec, owner) if fill_plugin else spec

        others = [p for p in implementers if p is not plugin]
        pm.subset_hook_caller(hook_name, remove_plugins=others)(register=register)
    return dict(sorted(found.items()))


def _with_plugin(spec: Any, owner: str) -> Any:
    import attrs

    return attrs.evolve(spec, plugin=owner)


def get_parsers(pm: pluggy.PluginManager | None = None) -> Mapping[str, ParserSpec]:
    """Every registered input format, by name.

    :raises PluginError: two plugins register the same name.
    """
    return _collect(pm or default_plugin_manager(), "register_parsers", _with_plugin)


def get_exporters(pm: pluggy.PluginManager | None = None) -> Mapping[str, ExporterSpec]:
    """Every registered output format, by name.

    :raises PluginError: two plugins register the same name.
    """
    return _collect(pm or default_plugin_manager(), "register_exporters", _with_plugin)


def get_grades(pm: pluggy.PluginManager | None = None) -> Mapping[str, GradeSpec]:
    """Every evidence grade, built-in and from plugins, by name."""
    return _collect(pm or default_plugin_manager(), "register_evidence_grades")


def make_context(pm: pluggy.PluginManager | None = None) -> Context:
    """The :class:`~purgehist.plugins.specs.Context` parsers and exporters are called with:
    what *pm* (by default the process-wide manager) registers."""
    return Context(grades=get_grades(pm))


def plugin_versions(pm: pluggy.PluginManager | None = None) -> dict[str, str]:
    """Plugin name → distribution version, for plugins installed through entry points."""
    pm = pm or default_plugin_manager()
    versions = {}
    for plugin, dist in pm.list_plugin_distinfo():
        name = pm.get_name(plugin)
        if name:
            versions[name] = dist.version
    return versions

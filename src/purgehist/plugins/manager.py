"""The plugin manager: built-in formats and entry-point plugins, and typed getters over them."""

from __future__ import annotations

import difflib
import importlib
import os
import sys
import weakref
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeVar

import pluggy
from attrs import frozen

from purgehist.errors import PluginError
from purgehist.plugins import hookspecs
from purgehist.plugins.specs import (
    Context,
    ExporterSpec,
    GradeSpec,
    ParserSpec,
    ProgressCallback,
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
    "purgehist.formats.pdf",
    "purgehist.formats.bibtex",
    "purgehist.formats.ris",
    "purgehist.formats.report",
    "purgehist.formats.sqlite",
)
"""Built-in plugins: they register through the same hooks as third-party ones."""

_Spec = TypeVar("_Spec", ParserSpec, ExporterSpec, GradeSpec)


@frozen(kw_only=True)
class BrokenPlugin:
    """An installed plugin that could not be loaded, and was left out."""

    name: str
    """Its entry-point name (what ``PURGEHIST_LOAD_PLUGINS`` lists)."""
    distribution: str | None
    """The installed package that declares it, when known."""
    reason: str
    """What is wrong, naming the plugin: ``plugin 'x' failed to load: …``."""

    @property
    def message(self) -> str:
        """:attr:`reason` and how to go on without the plugin."""
        uninstall = (
            f"uninstall it (pip uninstall {self.distribution}) or " if self.distribution else ""
        )
        return (
            f"{self.reason}\nTo go on without it, {uninstall}set PURGEHIST_LOAD_PLUGINS to "
            "the plugins to load (comma-separated; empty: none)."
        )


_BROKEN: weakref.WeakKeyDictionary[pluggy.PluginManager, tuple[BrokenPlugin, ...]] = (
    weakref.WeakKeyDictionary()
)


def make_plugin_manager(
    *, entry_points: bool = True, skip_broken: bool = False
) -> pluggy.PluginManager:
    """A plugin manager with the built-in plugins and, if *entry_points*, installed ones.

    ``PURGEHIST_LOAD_PLUGINS=a,b`` limits the entry points loaded to those names (empty: none);
    ``PURGEHIST_TRACE_PLUGINS=1`` prints every hook call to standard error.

    :param entry_points: load the plugins installed packages declare.
    :param skip_broken: leave out an installed plugin that fails to import or implements an
        unknown hook, and list it in :func:`broken_plugins`, instead of raising.
    :raises PluginError: a plugin fails to import or implements an unknown hook (an installed
        one only without *skip_broken*); the message says how to go on without it.
    """
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    if entry_points:
        broken = _load_entry_points(pm)
        if broken and not skip_broken:
            raise PluginError(broken[0].message)
        _BROKEN[pm] = tuple(broken)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(_unknown_hook_message(pm, exc.plugin) or str(exc)) from None
    if os.environ.get("PURGEHIST_TRACE_PLUGINS"):
        pm.trace.root.setwriter(lambda line: sys.stderr.write(str(line)))
        pm.enable_tracing()
    return pm


def broken_plugins(pm: pluggy.PluginManager | None = None) -> tuple[BrokenPlugin, ...]:
    """The installed plugins *pm* (by default the process-wide manager) left out."""
    return _BROKEN.get(pm or default_plugin_manager(), ())


def _load_entry_points(pm: pluggy.PluginManager) -> list[BrokenPlugin]:
    from importlib.metadata import entry_points

    names = sorted({ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)})
    wanted = os.environ.get("PURGEHIST_LOAD_PLUGINS")
    if wanted is not None:
        allowed = {w.strip() for w in wanted.split(",")}
        names = [n for n in names if n in allowed]
    broken = []
    for name in names:
        reason = _load_entry_point(pm, name)
        if reason is not None:
            if pm.get_plugin(name) is not None:
                pm.unregister(name=name)
            broken.append(BrokenPlugin(name=name, distribution=_distribution(name), reason=reason))
    return broken


def _load_entry_point(pm: pluggy.PluginManager, name: str) -> str | None:
    """Load one entry point; what is wrong with it, or ``None``."""
    try:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP, name)
    except pluggy.PluginValidationError as exc:
        return f"plugin {name!r}: {exc}"
    except Exception as exc:
        return f"plugin {name!r} failed to load: {exc}"
    plugin = pm.get_plugin(name)
    return None if plugin is None else _unknown_hook_message(pm, plugin)


def _distribution(name: str) -> str | None:
    from importlib.metadata import distributions

    for dist in distributions():
        if any(ep.group == ENTRY_POINT_GROUP and ep.name == name for ep in dist.entry_points):
            return str(dist.metadata["name"])
    return None


def _unknown_hook_message(pm: pluggy.PluginManager, plugin: object) -> str | None:
    """``plugin 'x' implements an unknown hook: 'register_exporter' (did you mean …?)``, or
    ``None`` when *plugin* implements only known hooks."""
    known = [h for h in dir(hookspecs) if h.startswith("register_")]
    parts = []
    for caller in vars(pm.hook).values():
        if not isinstance(caller, pluggy.HookCaller) or caller.has_spec():
            continue
        if any(impl.plugin is plugin for impl in caller.get_hookimpls()):
            close = difflib.get_close_matches(caller.name, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            parts.append(f"{caller.name!r}{hint}")
    if not parts:
        return None
    name = pm.get_name(plugin) or repr(plugin)
    hooks = "an unknown hook" if len(parts) == 1 else "unknown hooks"
    return f"plugin {name!r} implements {hooks}: {', '.join(parts)}"


@cache
def default_plugin_manager() -> pluggy.PluginManager:
    """The process-wide plugin manager the public API uses (built once); an installed plugin
    that is broken is left out and listed by :func:`broken_plugins`."""
    return make_plugin_manager(skip_broken=True)


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


def make_context(
    pm: pluggy.PluginManager | None = None,
    *,
    progress: ProgressCallback | None = None,
    force: bool = False,
) -> Context:
    """The :class:`~purgehist.plugins.specs.Context` parsers and exporters are called with:
    what *pm* (by default the process-wide manager) registers, *progress* and *force*."""
    return Context(grades=get_grades(pm), progress=progress, force=force)


def plugin_versions(pm: pluggy.PluginManager | None = None) -> dict[str, str]:
    """Plugin name → distribution version, for plugins installed through entry points."""
    pm = pm or default_plugin_manager()
    versions = {}
    for plugin, dist in pm.list_plugin_distinfo():
        name = pm.get_name(plugin)
        if name:
            versions[name] = dist.version
    return versions

"""Sphinx configuration for the purgehist documentation (Markdown pages through MyST)."""

from __future__ import annotations

import sys
from pathlib import Path

import purgehist

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "purgehist"
author = "purgehist developers"
copyright = "2026, purgehist developers"
release = purgehist.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "cli_reference",
]
source_suffix = {".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build", "_ext"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}

html_theme = "furo"
html_title = f"purgehist {release}"

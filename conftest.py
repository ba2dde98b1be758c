"""Collection rules for the whole tree: module doctests in src/, Markdown doctests in docs/."""

collect_ignore = ["src/purgehist/__main__.py", "docs/conf.py"]

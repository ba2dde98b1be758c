"""Built-in formats, one package each, registered through the same hooks as plugins.

Each package's ``__init__`` holds its hook implementations only; the reader and writer modules
are imported when the format is first used.
"""

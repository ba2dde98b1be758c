"""The ``purgehist`` command line: convert, validate, info, formats, schema, example, report, batch.

One module per command or pair of commands; importing this package registers them all on
:data:`cli`.
"""

from purgehist.cli import batch, convert, example, info, listing, report  # noqa: F401  (registers)
from purgehist.cli.group import cli
from purgehist.cli.run import main

__all__ = ["cli", "main"]

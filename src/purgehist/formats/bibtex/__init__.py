"""Built-in format: BibTeX and biblatex bibliographies, read as sources and their authors."""

from __future__ import annotations

import re

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import OptionSpec, ParserSpec, RegisterParser, deferred

__all__ = ["register_parsers"]

# the defaults of purgehist.formats.bibtex.macros, not imported: registering stays cheap
_OPTIONS = (
    OptionSpec(
        name="string_value_limit",
        help="most characters one value built with @string macros may hold",
        default=1 << 20,
    ),
    OptionSpec(
        name="string_total_limit",
        help="most characters all @string expansions in one file may add up to",
        default=1 << 25,
    ),
)

_ENTRY_START = re.compile(r"^[ \t]*@\s*[A-Za-z][\w-]*\s*[{(]", re.MULTILINE)


def _sniff(head: bytes) -> bool:
    return _ENTRY_START.search(head.decode("utf-8", "replace")) is not None


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``bibtex`` input format."""
    register(
        ParserSpec(
            name="bibtex",
            description="BibTeX / biblatex bibliography (entries become sources and authors)",
            suffixes=(".bib",),
            parse=deferred("purgehist.formats.bibtex.read:parse_bibtex"),
            sniff=_sniff,
            options=_OPTIONS,
        )
    )

"""Built-in format: RIS bibliographies (as Zotero, EndNote, Citavi and catalogues export
them), read as sources and their authors."""

from __future__ import annotations

import re

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import ParserSpec, RegisterParser, deferred

__all__ = ["register_parsers"]

_FIRST_TAG = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*TY {1,2}-")


def _sniff(head: bytes) -> bool:
    return _FIRST_TAG.match(head) is not None


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``ris`` input format."""
    register(
        ParserSpec(
            name="ris",
            description="RIS bibliography (records become sources and authors)",
            suffixes=(".ris",),
            parse=deferred("purgehist.formats.ris.read:parse_ris"),
            sniff=_sniff,
        )
    )

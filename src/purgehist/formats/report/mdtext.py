"""Text from the data made inert in Markdown: shown as written, never read as markup.

The HTML report escapes what it shows; the Markdown report must too, since a Markdown
renderer passes raw HTML through and turns ``[x](javascript:…)`` into a link.

>>> markdown_text("<img src=x> [x](javascript:alert(1)) *a* & b")
'&lt;img src=x&gt; &#91;x&#93;(javascript:alert(1)) \\\\*a\\\\* &amp; b'
>>> markdown_cell("a | b\\nc")
'a \\\\| b c'
"""

from __future__ import annotations

import re

__all__ = ["markdown_cell", "markdown_text"]

# Brackets become character references rather than backslash escapes: CommonMark never
# reads a reference as structure, so no link or image can start or end there.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "&#91;", "]": "&#93;"}
# ``~`` is left as it is: EDTF writes it in dates, and at worst it strikes text through.
_SPECIAL = re.compile(r"[&<>\[\]\\`*_|]")
_LINE_BREAK = re.compile(r"\r\n?|[\n\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    char = match[0]
    return _ENTITIES.get(char, "\\" + char)


def markdown_text(text: object) -> str:
    """*text* escaped so that Markdown shows it as written: no HTML, link, image, emphasis
    or code span can come from it."""
    return _SPECIAL.sub(_escape, str(text))


def markdown_cell(text: object) -> str:
    """:func:`markdown_text` fit for a table cell: on one line."""
    return _LINE_BREAK.sub(" ", markdown_text(text))

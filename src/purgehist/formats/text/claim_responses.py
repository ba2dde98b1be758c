"""The document author's bare response to the claim just reported: ``I agree, which is why
…`` after ``Jansen tells us that history matters``. The sentence names no one and reports
nothing new; it records the author's stance on the claim before. A clause going on with an
object (``I agree, however, with Park that``) is a claim of its own, not a bare response."""

from __future__ import annotations

import re

__all__ = ["author_response"]

_RESPONSES: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"^(?:(?:and|but|here|indeed)\s*,?\s+)?(?:I|we)\s+(?:would\s+)?"
        r"(?:(?P<part>partly|partially|only\s+partly)\s+|(?:fully|entirely|wholly|also)\s+)?"
        r"(?P<verb>agree|concur|disagree)\b(?!\s+(?:on|about|to)\b)(?![^.;:]*\b(?:with|that)\b)",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        r"^(?:ik|wij|we)\s+ben(?:nen)?\s+het\s+(?:daar(?:mee)?\s+|hiermee\s+)?"
        r"(?P<part>gedeeltelijk\s+|deels\s+)?(?P<verb>eens|oneens|niet\s+eens)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^(?:dem|dieser\s+\w+|dieser)\s+(?:stimme|stimmen)\s+(?:ich|wir)\s+"
        r"(?P<part>teilweise\s+|nur\s+bedingt\s+)?(?P<verb>nicht\s+)?zu\b",
        re.IGNORECASE,
    ),
}
"""A response opening the sentence, by language: agreement, partial agreement, rejection."""
_REJECTIONS = frozenset({"disagree", "oneens", "niet eens", "nicht"})


def author_response(sentence: str, language: str | None) -> str | None:
    """The author's stance (``asserts``, ``qualifies``, ``disputes``) that *sentence*'s bare
    response takes on the claim before it, or ``None`` when it opens otherwise."""
    langs = [language] if language in _RESPONSES else list(_RESPONSES)
    for lang in langs:
        match = _RESPONSES[lang].match(sentence.strip())
        if match is None:
            continue
        verb = " ".join((match["verb"] or "").casefold().split())
        if verb in _REJECTIONS:
            return "disputes"
        return "qualifies" if match["part"] else "asserts"
    return None

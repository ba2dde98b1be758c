"""A scholar's reading named by a noun as the subject of a verb of showing, in Dutch, German
and French (``Getty's lezing van het plenum benadrukt``, ``Gettys Deutung des Plenums
betont``, ``L'interprétation de Getty souligne``): the reading's owner holds what it shows, as
:mod:`.claim_pointed_views` reads English *Smith's interpretation of the quotas reproduces*."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from purgehist.formats.text.claim_readings import Found
from purgehist.formats.text.claim_sources import NAME, named

__all__ = ["owned_readings"]

_OF = r"(?:\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+)?"
"""The reading's object, up to four words (``van het plenum``, ``des Plenums``)."""
_YEAR = r"(?:\s*\(\s*\d{4}[^()]{0,20}\))?"
_PATTERNS = {
    "nl": re.compile(
        rf"^(?P<name>{NAME})['’]s{_YEAR}\s+(?:lezing|interpretatie|analyse|visie|studie)"
        rf"(?:\s+van{_OF})?\s+(?:benadrukt|toont|suggereert|onderstreept|bevestigt|laat)\b"
    ),
    "de": re.compile(
        rf"^(?P<name>{NAME})s{_YEAR}\s+(?:Lesart|Deutung|Interpretation|Analyse|Darstellung|"
        rf"Studie|Untersuchung)(?:\s+(?:des|der|von){_OF})?\s+"
        r"(?:betont|zeigt|unterstreicht|belegt|legt|bestätigt|suggeriert)\b"
    ),
    "fr": re.compile(
        r"^(?:L['’]|La\s+|Le\s+)(?:lecture|interprétation|analyse|étude|thèse)\s+"
        rf"(?:de|d['’])\s*(?P<name>{NAME}){_YEAR}(?:\s+(?:du|de\s+la|des){_OF})?\s+"
        r"(?:souligne|montre|suggère|insiste|indique|révèle|confirme|met)\b"
    ),
}


def owned_readings(
    sentence: str, lang: str | None, known: Mapping[str, str], names: Collection[str]
) -> list[Found]:
    """The owner of the reading *sentence* opens with, as the subject of a verb of showing
    (Dutch, German and French)."""
    for code in [lang] if lang in _PATTERNS else list(_PATTERNS):
        match = _PATTERNS[code].match(sentence)
        if match is None:
            continue
        owner = named(match["name"], match.start("name"), known, names)
        if owner is not None:
            return [Found(owner, "'s reading", "asserts")]
    return []

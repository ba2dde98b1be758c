"""The prose before a note's cited work: a cue word (``see``, ``vgl.``) and a lead-in of
comment (``For a different view see``, ``Abgedruckt in:``), or a longer sentence running into
the reference."""

from __future__ import annotations

import re

from purgehist.formats.text.citation_parts import CUE_PREFIX, ParsedCitation, split_outside
from purgehist.formats.text.person_names import looks_like_names
from purgehist.formats.text.references import parse_reference
from purgehist.names import PARTICLES

__all__ = ["past_prose", "strip_lead_in"]

# "See, e.g.,", "For a different view see", "The older debate is summarized in", "Abgedruckt
# in:", "den Überblick bei", "Zie voor dit verwijt": words of prose that end in a cue before
# the cited name or title.
_LEAD_OPEN = re.compile(
    r"^(?:see|zie|siehe|voir|vgl\.|cf\.)\s*,?\s*(?:e\.\s?g\.|z\.\s?B\.|bijv\.|"
    r"for\s+example|for\s+instance|par\s+exemple|etwa)\s*,?\s+",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?P<lead>(?:[„“\"'‘«]?[^\W\d_][\w'’-]*[”“\"'’»]?\s+){0,8}?)"
    r"(?P<cue>see|zie|siehe|voir|bei|bij|aan|by|door|chez|nach|in|dans|met|with|of|vgl\.|cf\.)"
    r"(?P<colon>\s*:)?\s+"
    r"(?=[A-ZÀ-ÝА-Я„“\"'‘«])"
)


def strip_lead_in(text: str) -> str:
    """*text* without a cue word and a lead-in of prose before the cited work (``See, e.g.,``,
    ``For a different view see``, ``The older debate is summarized in``, ``Abgedruckt in:``,
    ``Zie voor dit verwijt``): a few words, mostly in lower case, with no figure or
    punctuation, that end in a cue word or follow one."""
    opened = _LEAD_OPEN.match(text) or CUE_PREFIX.match(text)
    if opened is not None:
        text = text[opened.end() :]
    match = _LEAD_IN.match(text)
    if match is not None and _lead_ok(match):
        return _drop_relative(text[match.end() :])
    if opened is not None:
        words = _AFTER_CUE.match(text)
        if words is not None and words[0].split()[0].lower() not in PARTICLES:
            return _drop_relative(text[words.end() :])
    return _drop_relative(text)


# "Kotkin, who places more weight on …: Stephen Kotkin, Stalin …", "Getty, der betont, …":
# a relative clause after the name cited; the reference follows a colon or the clause.
_RELATIVE = re.compile(
    r"^(?P<name>[A-ZÀ-ÝА-Я][\w'’-]+(?:\s+(?:and|und|en|et|&)\s+[A-ZÀ-ÝА-Я][\w'’-]+)?),\s+"
    r"(?:who|whose|which|der|die|dessen|deren|qui|dont|lequel|laquelle|die|dat|wiens|wier)\s+"
    r"[^:;]*?(?P<end>:\s+(?=\S)|,\s+(?=[^\W\d_]{0,4}\.?\s*\d)|$)"
)


def _drop_relative(text: str) -> str:
    match = _RELATIVE.match(text)
    if match is None:
        return text
    if match["end"].startswith(":"):
        return text[match.end() :]
    return f"{match['name']}, {text[match.end() :]}".rstrip(" ,")


# A longer sentence of comment that runs into the reference by a verb or a preposition ("The
# best book on it remains James Boyle, The Public Domain (…, 2008)", "The other treatment,
# which Rorty rarely cited, appears in Veblen, The Theory of Business Enterprise (…, 1904)").
_PROSE_LEAD = re.compile(
    r"^(?P<lead>(?:[^\W\d_][\w'’.-]*,?\s+){2,16}?)"
    r"(?:in|by|from|is|are|was|were|remains|remain|include|includes|see)\s+"
    r"(?=[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3},\s)"
)


def past_prose(text: str) -> ParsedCitation | None:
    """The reference after a sentence of comment that runs into it, when it names its
    authors, a title, and a year or pages (``None`` otherwise)."""
    match = _PROSE_LEAD.match(text)
    if match is None:
        return None
    words = match["lead"].split()
    if sum(1 for w in words if w[:1].islower()) < 0.6 * len(words):
        return None
    rest = text[match.end() :]
    if not looks_like_names(split_outside(rest, ",")[0]):
        return None
    citation = parse_reference(rest)
    if not (citation.authors and citation.title and (citation.year or citation.locator)):
        return None
    return citation


_AFTER_CUE = re.compile(r"^(?:[a-zß-ÿ][\w'’-]*\s+){1,5}(?=[A-ZÀ-ÝА-Я„“\"'‘«])")


def _lead_ok(match: re.Match[str]) -> bool:
    words = match["lead"].split()
    cue = match["cue"].lower()
    if match["colon"]:
        return len(words) <= 3  # "Abgedruckt in:", "Zitiert nach:"
    if not words:
        return False
    if cue in {"in", "dans", "with", "met", "of", "aan"} and (
        len(words) < 2 or not words[-1][:1].islower()
    ):
        return False  # "Stalin in Power" is a title; "is summarized in" a lead-in
    if cue in {"vgl.", "cf.", "siehe", "see", "zie", "voir"}:
        return True  # "Zu dieser Formulierung vgl.": German nouns are capitalised
    return sum(1 for w in words if w[:1].islower()) >= 0.5 * len(words)

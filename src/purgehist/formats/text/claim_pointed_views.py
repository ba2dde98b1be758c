"""English views named by a noun rather than by a reporting verb: a scholar's reading or
insight, and a view the sentence points back to.

- a possessive before a view noun whose content follows (``Coser's (1965) insight that``,
  ``Smith's claim that``): the owner holds it, wherever the phrase stands in the sentence;
- a possessive reading as the sentence's subject (``Simpson's reading (1986) does a good job
  of``, ``Smith's interpretation of the quotas reproduces``): the reading is its owner's;
- a demonstrative with a view noun opening the sentence (``This romantic view might not``,
  ``This conclusion is perplexing``, ``This appeal to the myth``, ``Counter to this line of
  interpretation, we``, and ``the misreading``, a verdict that points back too): a mention of
  the view's holder, resolved like a pronoun to the scholar under discussion, within the
  paragraph (one opening a paragraph may point to a view the paragraph before only said was
  widely held). *Counter to* / *contrary to* before it is the author's rejection, and a view
  the noun itself calls a misreading or a myth is too;
- a point granted and what it was taken to show denied (``the fact that he never built a team
  does not mean``, ``But this does not mean``): the point is its holder's, the one under
  discussion for *this*, the one a citation in the sentence names for *the fact that*; the
  author qualifies it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from purgehist.formats.text.author_stance import author_stance
from purgehist.formats.text.claim_owned_readings import owned_readings
from purgehist.formats.text.claim_readings import Found, Mentioned, SentenceReading
from purgehist.formats.text.claim_sources import NAME, named
from purgehist.formats.text.claim_view_nouns import CONTENT_NOUNS, POSSESSIVE_END, READING_NOUNS

__all__ = ["owned_views", "pointed_view"]

_FINITE = r"[a-z]+(?:s|ed)|is|was|has|had|can|could|may|might|must|will|would|should"
"""A word that may be a finite verb: a third person or past form, an auxiliary."""
_YEAR = r"(?:\s*\(\s*\d{4}[^()]{0,20}\))?"
_POSSESSIVE = rf"(?P<name>{NAME}){POSSESSIVE_END}"
_INSIGHT = re.compile(rf"(?:^|\b){_POSSESSIVE}{_YEAR}\s+(?:{CONTENT_NOUNS}){_YEAR}\s+that\b")
_READING = re.compile(
    rf"^(?:[^\W\d_]+\s+){{0,2}}?(?:[^\W\d_]+,\s+)?{_POSSESSIVE}{_YEAR}\s+(?:{READING_NOUNS})"
    rf"{_YEAR}(?:\s+of\s+(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+)?\s+(?P<verb>{_FINITE})\b"
)
"""A possessive reading opening the sentence (after a short phrase: ``Nuance notwithstanding,
Smith's reading …``) and the word after it, which must be a finite verb."""

_POINTED_NOUNS = (
    "view|views|reading|readings|misreading|interpretation|interpretations|conclusion|"
    "conclusions|reputation|myth|assumption|assumptions|claim|claims|argument|arguments|thesis|"
    "contention|portrayal|characterization|characterisation"
)
_NOT_MODIFIER = (
    r"the|a|an|of|to|in|on|at|by|for|from|with|into|about|that|is|was|were|are|be|been|has|had"
)
"""Words that cannot stand between the demonstrative and its view noun (``This made the
reputation of``, ``This led to claims that`` narrate; they point to no view)."""
_POINTER = re.compile(
    r"^(?:(?:but|and|yet|still|thus|hence)\s*,?\s+)?"
    r"(?P<contrary>(?:counter|contrary)\s+to\s+)?"
    r"(?P<mention>the\s+(?P<verdict>misreadings?)|(?:this|these|such\s+an?|such)\s+"
    rf"(?:(?:(?!(?:{_NOT_MODIFIER})\b)[a-z-]+\s+){{0,2}}?(?P<noun>{_POINTED_NOUNS})"
    rf"|(?:appeal|line|strand)\s+(?:to|of)\s+(?:the\s+)?(?P<object>{_POINTED_NOUNS})))\b",
    re.IGNORECASE,
)
_REJECTED = frozenset({"misreading", "misreadings", "myth"})
"""View nouns that are the author's rejection of the view they name."""
_PERPLEXING = re.compile(r"\b(?:is|was|seems|remains)\s+(?:\w+\s+)?perplexing\b", re.IGNORECASE)
"""The author's verdict on the view pointed to (``This conclusion is perplexing``)."""
_NOT_FINITE = frozenset({"his", "this", "its", "as", "thus", "hers", "ours", "theirs"})
"""Words that end like a finite verb and are none."""


def owned_views(
    sentence: str, lang: str | None, known: Mapping[str, str], names: Collection[str]
) -> list[Found]:
    """The owners of the possessive views in *sentence* (in Dutch, German and French only a
    reading as the subject, :mod:`.claim_owned_readings`)."""
    if lang != "en":  # a language unknown may be any of them
        found = owned_readings(sentence, lang, known, names)
        if found or lang is not None:
            return found
    found = []
    for match in _INSIGHT.finditer(sentence):
        owner = named(match["name"], match.start("name"), known, names)
        if owner is not None:
            found.append(Found(owner, "'s … that", "asserts"))
    reading = _READING.match(sentence)
    if reading and reading["verb"] not in _NOT_FINITE:
        owner = named(reading["name"], reading.start("name"), known, names)
        if owner is not None and all(f.claimant.name != owner.name for f in found):
            found.append(Found(owner, "'s reading", "asserts"))
    return found


_DENIED = r"(?:does|did)\s+not\s+(?:necessarily\s+)?(?:mean|imply|show|prove)\b(?!\s+(?:to|up)\b)"
"""An inference denied; not *did not mean to* (an intention) nor *did not show up*."""
_GRANTED = re.compile(
    r"^(?:(?:however|equally|but|yet|still|and)\s*,?\s+)?"
    rf"(?:(?P<fact>the\s+fact\s+that)\s[^;:]{{0,300}}?\b{_DENIED}|(?P<this>this)\s+{_DENIED})",
    re.IGNORECASE,
)
"""A point granted and what it was taken to show denied: ``the fact that he never built a
team does not mean``, ``But this does not mean``. *This* takes the verb at once, so that a
denial inside a clause of its own (``This letter shows that the king did not``) is none."""


def pointed_view(sentence: str, lang: str | None) -> SentenceReading | None:
    """The holder of the view *sentence* opens by pointing back to (``This romantic view``),
    resolved like a pronoun, and the author's stance the pointing shows; ``None`` when it opens
    otherwise (English only)."""
    if lang not in {"en", None}:
        return None
    granted = _GRANTED.match(sentence)
    if granted is not None:  # the holder's point granted, its inference denied: a qualification
        group = "this" if granted["this"] else "fact"
        # "this" points back to the holder under discussion; "the fact that …" states the
        # point itself, whose holder only a citation in the sentence names (a role)
        kind = "implicit" if group == "this" else "pronoun"
        mention = Mentioned(kind, granted[group].casefold(), None, *granted.span(group))
        return SentenceReading((Found(mention, "does not mean", "asserts"),), "qualifies")
    match = _POINTER.match(sentence)
    if match is None:
        return None
    noun = (match["verdict"] or match["noun"] or match["object"]).casefold()
    mention = Mentioned(
        "implicit", match["mention"].casefold(), None, match.start("mention"), match.end("mention")
    )
    # a view called perplexing is rejected; in reported speech the word is the speaker's
    rejected = match["contrary"] or noun in _REJECTED or _PERPLEXING.search(sentence)
    author = "disputes" if rejected else author_stance(sentence, ["en"])
    return SentenceReading((Found(mention, f"this {noun}", "asserts"),), author)

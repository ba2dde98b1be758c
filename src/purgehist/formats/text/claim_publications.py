"""A publication or a study as the subject of a reporting verb (``The report concluded that``,
``A 1965 study found that``, ``The journal's volume argued that``): the view is its authors'.
A definite one (*the*, *her*) is the work of the scholar under discussion, resolved like a
pronoun; an indefinite one names no one and is a claimant under its own label, as a treatise
whose author is not named is. *This*, *the present* or *our* study is the document speaking
of itself, never another's work."""

from __future__ import annotations

import re

from purgehist.formats.text.claim_readings import Found, Mentioned

__all__ = ["OPENING", "WORD", "publication"]

_NOUNS = (
    "reports? articles? papers? publications? volumes? books? assessments? reviews? "
    "journals? commission committee surveys? study studies analys[ie]s "
    "investigations? inquiry inquiries experiments? treatises? pamphlets? memoirs"
)
_VERBS = (
    "found finds concluded concludes argued argues claimed claims maintained maintains "
    "stated states asserted asserts showed shows demonstrated demonstrates suggested "
    "suggests contended contends"
)
WORD = r"[^\W\d_][\w’'-]*"
"""A word that begins with a letter (apostrophes and hyphens inside it)."""
OPENING = rf"^(?:{WORD}(?:\s+{WORD}){{0,2}},\s+)?"
"""A sentence's short opening adverbial, if any (``Thus, ``, ``Finally, ``)."""
_PUBLICATION = re.compile(
    rf"{OPENING}"  # a short opening adverbial
    rf"(?P<np>(?P<det>the|this|that|these|our|its|their|his|her|an?|one)\s+"
    rf"(?:(?:[\w’'-]+|\d{{4}})\s+){{0,3}}?(?:{'|'.join(_NOUNS.split())})"
    rf"(?:\s+\(\d{{4}}\)|\s+of\s+(?:{WORD}\s+){{0,2}}?{WORD})?)"
    rf"(?:\s*,\s+[^,;:()]{{1,60}},)?"  # an aside: ", in its 19th volume,"
    rf"\s+(?:(?:also|further|then|again|clearly|even)\s+)?(?:{'|'.join(_VERBS.split())})"
    rf"\s+that\b",
    re.IGNORECASE,
)
"""A publication's or study's noun phrase as the subject of a reporting or finding verb and
its *that*-clause, after at most a short opening adverbial."""


_OWN = re.compile(r"\b(?:this|these|the\s+present|our)\b", re.IGNORECASE)
"""The determiners by which a document names itself or its part (``this study``, ``the
present paper``, ``in this chapter``)."""


def publication(sentence: str) -> Found | None:
    """The publication or study that holds what *sentence* reports (English), or ``None``:
    an implicit mention when it is definite, a labelled one when it is indefinite."""
    match = _PUBLICATION.match(sentence)
    if match is None or _OWN.search(sentence[: match.start("np")] + match["np"][:11]):
        return None  # "This book argues", "In this chapter, the analysis": the document's own
    start, end = match.start("np"), match.end("np")
    if match["det"].casefold() in {"a", "an", "one"}:
        label = sentence[match.end("det") : end].strip()
        return Found(Mentioned("group", label, None, start, end), "publication", "asserts")
    return Found(Mentioned("implicit", match["np"], None, start, end), "publication", "asserts")

"""Claims without a reporting subject that name their holder otherwise: a study's finding with
the study as subject (``The analysis showed that …``), a sentence closed by an ``ibid.`` page
citation that goes on with the cited scholar's account, and a reporting passive without agent
(``it was hypothesised that …``), whose holder the text has just named; and a view framed by
whom it is true for (``To her, …``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.author_stance import author_stance
from purgehist.formats.text.claim_cues import CLAIM_CUES
from purgehist.formats.text.claim_publications import OPENING, WORD, publication
from purgehist.formats.text.claim_readings import Found, Mentioned
from purgehist.formats.text.claimants import Claimants

__all__ = [
    "agentless",
    "agentless_passive",
    "finding",
    "findings",
    "ibid_account",
]

Resolved = list[tuple[Found, tuple[str, str]]]

_STUDY_NOUNS = (
    "results? findings? analys[ie]s data study studies experiments? calculations? evaluations? "
    "surveys? investigations? comparisons? measurements? tests? corpus"
)
_FINDING_VERBS = (
    "show(?:s|ed)? reveal(?:s|ed)? demonstrat(?:es?|ed) confirm(?:s|ed)? prove[sd]? "
    "indicat(?:es?|ed) suggest(?:s|ed)?"
)
_FINDING = re.compile(
    rf"{OPENING}"  # a short opening adverbial
    rf"(?P<np>(?:the|her|his|their|its|this|these|those)\s+"
    rf"(?:{WORD}\s+){{0,4}}?(?:{'|'.join(_STUDY_NOUNS.split())})"
    rf"(?:\s+(?:of|from|on)(?:\s+{WORD}){{1,4}}?|,\s+[^,;:()]{{1,50}},)?)"
    rf"\s+(?:(?:further|again|also|clearly|then)\s+)?(?:{'|'.join(_FINDING_VERBS.split())})"
    rf"(?:\s+again)?\s+that\b",
    re.IGNORECASE,
)
"""A finding whose subject is the study, its analysis, results or data (``Her results show
that``, ``The analysis of technical effort showed that``): the study's authors hold it."""


_BEFUND_NOUNS = (
    r"Karten?|Tabellen?|Ergebnisse?|Untersuchung(?:en)?|Studien?|Analysen?|Daten|"
    r"Erhebung(?:en)?|Befragung(?:en)?|Auswertung(?:en)?|Befunde?"
)
_BEFUND_NP = (
    r"(?P<{}>(?:die|der|das|diese[rs]?|seine|ihre)\s+(?:[^\W\d_]+\s+){{0,2}}?"
    rf"(?:{_BEFUND_NOUNS}))"
)
_SHOW = r"(?:zeigt|zeigen|belegt|belegen|ergibt|ergeben|bestätigt|bestätigen)"
_ALSO = r"(?:\s+(?:auch|außerdem|zudem|jedoch|aber|ebenfalls|deutlich|klar|dagegen))*"
_BEFUND = re.compile(
    rf"^(?:{_BEFUND_NP.format('np')}(?:\s*,[^;]{{1,160}}?,)?\s+{_SHOW}"
    rf"|[^\W\d_]+\s+{_SHOW}\s+{_BEFUND_NP.format('np2')}){_ALSO}\s*,\s*da(?:ss|ß)\b",
    re.IGNORECASE,
)
"""The German finding of a study: its map, data or results show that (``Die Karte, die …
hervorgebracht wurde, zeigt, dass``); German puts the finite verb second, so an adverb
opening the sentence puts the study after its verb (``Freilich zeigt die Karte zudem, dass``)."""


def finding(sentence: str, language: str | None) -> Found | None:
    """The study that holds the finding *sentence* reports, as an implicit claimant (the
    scholar under discussion), or ``None``."""
    if language == "de":
        match = _BEFUND.match(sentence)
        if match is None:
            return None
        np = "np" if match["np"] is not None else "np2"
        mention = Mentioned("implicit", match[np], start=match.start(np), end=match.end(np))
        return Found(mention, "finding", "asserts")
    if language not in {"en", None}:
        return None
    match = _FINDING.match(sentence)
    if match is None:
        return None
    mention = Mentioned("implicit", match["np"], start=match.start("np"), end=match.end("np"))
    return Found(mention, "finding", "asserts")


_IBID = re.compile(r"\((?:cf\.\s*|vgl\.\s*|see\s+)?ibid\b\.?(?:\s*:\s*[\d–-]+[^()]*)?\)")
"""A bracket page citation of the work cited last: ``(ibid.: 172-188)``, ``(cf. ibid: 17)``;
not ``(for a list see Table 5.4 in ibid.: 194)``, which points to where to look."""
_PROCEDURE = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:conducted|provided|paid|recruited|asked|instructed|"
    r"classified|prepared)\b|\btook\s+part\b|\b(?:we|our|us|I)\b|:\s*$"
)
"""A sentence of a study's method (its procedure in the passive: ``was conducted with pen and
paper``, ``were paid for their work``), the author's own voice, or one that opens a list:
an ``ibid.`` on it cites where the method is described, not a view."""


def ibid_account(sentence: str, language: str | None) -> Found | None:
    """The cited scholar (``ibid.``) whose account *sentence*, closed by the citation, goes on
    with, or ``None``."""
    if language not in {"en", None}:
        return None
    match = _IBID.search(sentence)
    if match is None or sentence[match.end() :].strip(".;, ") or _PROCEDURE.search(sentence):
        return None
    mention = Mentioned("implicit", "ibid.", start=match.start(), end=match.end())
    return Found(mention, "ibid.", "asserts")


def findings(
    sentence: str, language: str | None, claimants: Claimants, line: int
) -> tuple[Resolved, str | None]:
    """The claimants of a sentence without a reporting cue that reports a study's finding or
    goes on with an ``ibid.`` account, and the author's stance its wording shows."""
    found = (
        finding(sentence, language)
        or (publication(sentence) if language in {"en", None} else None)
        or ibid_account(sentence, language)
    )
    if found is None:
        return [], None
    if found.cue == "ibid.":  # the work cited last: its author, never a name in passing
        cited = claimants.last_cited or claimants.focus
        if cited is None:
            return [], None
        named = Mentioned("known" if cited.actor else "person", cited.name, cited.actor)
        resolved = claimants.resolve(named, line, sentence)
    else:
        resolved = claimants.resolve(found.claimant, line, sentence)
    if resolved is None and found.cue == "publication":  # "the report": no one to stand for
        label = re.sub(r"(?i)^(?:the|this|that|its|their|his|her)\s+", "", found.claimant.name)
        found = Found(Mentioned("group", label, None), found.cue, found.stance)
        resolved = claimants.resolve(found.claimant, line, sentence)
    if resolved is None:
        return [], None
    langs = [language] if language in CLAIM_CUES else list(CLAIM_CUES)
    return [(found, resolved)], author_stance(sentence, langs)


_AGENTLESS = {
    "en": re.compile(
        r"\b(?:claimed|considered|believed|thought|held|alleged|supposed|assumed|said)"
        r" to (?:be|have)\b"
        r"|\bit was (?:hypothesi[sz]ed|assumed|expected|predicted|presumed|postulated) that\b"
    ),
}
"""Reporting passives without their agent, by language (English ``claimed to be typical``,
``usually considered to have``, and in the past of a study's account ``it was hypothesised
that``; not the present ``it is assumed that`` of a belief no one holds in particular, nor
``it has been argued that``, which says no one's view): the sentence reports a view, whose
holder the text has just named."""


def agentless_passive(sentence: str, language: str | None) -> bool:
    """Whether *sentence* has a reporting passive without agent in *language* (in any
    language the table has, when it is not known)."""
    patterns = [_AGENTLESS[language]] if language in _AGENTLESS else []
    if language is None or language not in CLAIM_CUES:
        patterns = list(_AGENTLESS.values())
    return any(p.search(sentence) for p in patterns)


def agentless(
    before: Sequence[tuple[Found, tuple[str, str]]],
    claimants: Claimants,
    line: int,
    sentence: str,
) -> Resolved:
    """The claimants of a sentence whose reporting passive has no agent: those of the
    sentence before, else the scholar under discussion."""
    if before:
        return [(Found(Mentioned("continued", r[1]), "agentless", f.stance), r) for f, r in before]
    focus = claimants.focus
    if focus is None:
        return []
    mention = Mentioned("known" if focus.actor else "person", focus.name, focus.actor)
    resolved = claimants.resolve(mention, line, sentence)
    return [(Found(mention, "agentless", "asserts"), resolved)] if resolved else []

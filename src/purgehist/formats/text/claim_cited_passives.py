"""A view reported by an agentless passive and credited by an author–year citation at the end
of the sentence (``This view has been challenged (Smith 2009).``, ``Diese These wurde
bestritten (Meyer 2001).``, ``Cette analyse a été contestée (Dupont 1999).``, ``Deze these
werd bekritiseerd (Jansen 2003).``): the cited authors hold what the participle says, with its
stance."""

from __future__ import annotations

import re
from collections.abc import Callable

from purgehist.formats.text.claim_perfect import PARTICIPLES
from purgehist.formats.text.claim_phrases import STATEMENT_NOUNS
from purgehist.formats.text.claim_readings import Found, Mentioned
from purgehist.formats.text.claim_view_nouns import CONTENT_NOUNS

__all__ = ["cited_passive"]


def _forms(stances: dict[str, str]) -> dict[str, str]:
    return {word: stance for stance, words in stances.items() for word in words.split()}


_PARTICIPLES: dict[str, dict[str, str]] = {
    "en": _forms(
        {
            "asserts": "argued suggested claimed proposed maintained contended posited "
            "hypothesized hypothesised assumed",
            "disputes": "challenged questioned criticized criticised disputed rejected refuted "
            "doubted contested",
            "qualifies": "qualified nuanced",
        }
    ),
    "fr": _forms(
        {
            "asserts": "soutenu soutenue affirmé affirmée avancé avancée proposé proposée",
            "disputes": "critiqué critiquée contesté contestée réfuté réfutée rejeté rejetée",
            "qualifies": "nuancé nuancée",
        }
    ),
    **PARTICIPLES,  # German and Dutch: the participles that close a perfect
}
"""Reporting participles by language, each with its stance."""
_AUXILIARY = {
    "en": r"(?:has|have|had)\s+(?:\w+\s+)?been|is|are|was|were",
    "de": r"wurde|wurden|wird|werden|ist|sind",
    "fr": r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?été",
    "nl": r"is|zijn|werd|werden|wordt|worden",
}
"""The auxiliaries of the passive, with a word between (``has often been``)."""
_MIDDLE = {"en": 1, "de": 6, "fr": 1, "nl": 6}
"""How many words may stand between the auxiliary and its participle: one adverb in English
and French, the middle field in German and Dutch (``wurde von Anfang an bestritten``)."""
_ESTIMATES = {
    "en": {"figure", "figures", "estimate", "estimates", "analysis"},
    "de": {"zahl", "zahlen", "schätzung", "schätzungen", "analyse"},
    "fr": {"chiffre", "chiffres", "estimation", "estimations", "analyse"},
    "nl": {"cijfer", "cijfers", "schatting", "schattingen", "analyse"},
}
"""Figures and analyses someone put forward, which a passive of reporting treats as views."""
_VIEWS = {
    code: {n.casefold() for n in nouns} | _ESTIMATES[code]
    for code, nouns in STATEMENT_NOUNS.items()
}
_VIEWS["en"] |= set(CONTENT_NOUNS.split("|"))
_IMPERSONAL = {"en": ("it", "that"), "de": ("es", "dass"), "fr": ("il", "que"), "nl": ("er", "dat")}
"""The empty subject of an impersonal passive and the complementiser its content follows
(``it has been argued that``, ``es wurde behauptet, dass``)."""
_AGENT = re.compile(r"\b(?:by|von|durch|par|door)\b", re.IGNORECASE)
_CLOSING = re.compile(r"\(([^()]*\d{4}[^()]*)\)\s*[.;]?\s*$")


def _passive(lang: str) -> re.Pattern[str]:
    stances = _PARTICIPLES[lang]
    verbs = "|".join(re.escape(v) for v in sorted(stances, key=len, reverse=True))
    return re.compile(
        rf"\b(?:{_AUXILIARY[lang]})\s+(?:[^\s,;:()]+\s+){{0,{_MIDDLE[lang]}}}?"
        rf"(?P<verb>{verbs})\b(?:\s+(?:worden|geworden))?",
        re.IGNORECASE,
    )


_PASSIVES = {lang: _passive(lang) for lang in _PARTICIPLES}


def cited_passive(
    sentence: str, lang: str | None, cited: Callable[[str, int], list[Mentioned]]
) -> list[Found]:
    """The authors the closing citation of *sentence* names, when its main verb is an
    agentless passive of a reporting participle (*cited* reads a bracket's authors from its
    text and offset)."""
    closing = _CLOSING.search(sentence)
    if closing is None:
        return []
    body = sentence[: closing.start()]
    for code in [lang] if lang in _PASSIVES else list(_PASSIVES):
        passive = _PASSIVES[code].search(body)
        if passive is None or _AGENT.search(body, passive.start()):
            continue  # "von Meyer bestritten": the agent names the claimant
        if not _reports_view(body, passive, code):
            continue  # "Bukharin's appeal was rejected": an event, not a view
        verb = passive["verb"].casefold()
        stance = _PARTICIPLES[code][verb]
        mentions = cited(closing[1], closing.start(1))
        return [Found(m, f"passive … {verb} (year)", stance) for m in mentions]
    return []


def _reports_view(body: str, passive: re.Match[str], lang: str) -> bool:
    """Whether the passive's subject is a view or a figure (``This view has been
    challenged``), or is empty with a *that*-clause after the verb (``It has been argued
    that``); a passive with any other subject reports an event."""
    clause = re.split(r"[,;:]", body[: passive.start()])[-1]
    words = re.findall(r"\w+", clause.casefold())
    if _VIEWS[lang].intersection(words):
        return True
    pronoun, complementiser = _IMPERSONAL[lang]
    after = re.findall(r"\w+", body[passive.end() :].casefold())[:2]
    return words[-1:] == [pronoun] and complementiser in after

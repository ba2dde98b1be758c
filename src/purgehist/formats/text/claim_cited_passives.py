"""A view reported by an agentless passive and credited by an author–year citation at the end
of the sentence (``This view has been challenged (Smith 2009).``, ``Diese These wurde
bestritten (Meyer 2001).``, ``Cette analyse a été contestée (Dupont 1999).``, ``Deze these
werd bekritiseerd (Jansen 2003).``): the cited authors hold what the participle says, with its
stance."""

from __future__ import annotations

import re
from collections.abc import Callable

from purgehist.formats.text.claim_readings import Found, Mentioned

__all__ = ["cited_passive"]

_PARTICIPLES: dict[str, dict[str, str]] = {
    "en": {
        "asserts": "argued suggested claimed proposed maintained contended posited "
        "hypothesized hypothesised assumed",
        "disputes": "challenged questioned criticized criticised disputed rejected refuted "
        "doubted contested",
        "qualifies": "qualified nuanced",
    },
    "de": {
        "asserts": "behauptet vertreten postuliert vermutet angenommen vorgeschlagen",
        "disputes": "kritisiert bestritten widerlegt abgelehnt bezweifelt zurückgewiesen",
        "qualifies": "relativiert eingeschränkt",
    },
    "fr": {
        "asserts": "soutenu soutenue affirmé affirmée avancé avancée proposé proposée",
        "disputes": "critiqué critiquée contesté contestée réfuté réfutée rejeté rejetée",
        "qualifies": "nuancé nuancée",
    },
    "nl": {
        "asserts": "beweerd betoogd gesteld verdedigd gesuggereerd verondersteld",
        "disputes": "bekritiseerd betwist verworpen weerlegd bestreden betwijfeld",
        "qualifies": "genuanceerd gerelativeerd",
    },
}
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
_AGENT = re.compile(r"\b(?:by|von|durch|par|door)\b", re.IGNORECASE)
_CLOSING = re.compile(r"\(([^()]*\d{4}[^()]*)\)\s*[.;]?\s*$")


def _passive(lang: str) -> re.Pattern[str]:
    stances = _PARTICIPLES[lang]
    verbs = "|".join(re.escape(v) for words in stances.values() for v in words.split())
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
        verb = passive["verb"].casefold()
        stance = next(s for s, words in _PARTICIPLES[code].items() if verb in words.split())
        mentions = cited(closing[1], closing.start(1))
        return [Found(m, f"passive … {verb} (year)", stance) for m in mentions]
    return []

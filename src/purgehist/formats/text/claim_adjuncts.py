"""Reporting adjuncts: a phrase of *for* (or *to*) and a claimant opening the sentence or set
off by commas makes the sentence that claimant's view (``For Getty, the lists came from
below``, ``To her, the fact … only proves that``, ``This was, for the author, a break``,
``Für Weber ist …``, ``Voor Getty was …``). French *pour* is a cue word of its own
(:data:`.claim_cues.CLAIM_CUES`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from purgehist.formats.text.claim_lexicon import FORMER_LATTER
from purgehist.formats.text.claim_readings import Found

if TYPE_CHECKING:
    from purgehist.formats.text.attribution_mentions import SentenceMentions

__all__ = ["REPORTING_ADJUNCTS", "reporting_adjunct"]

REPORTING_ADJUNCTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (frozenset({"for", "to"}), frozenset()),
    "de": (frozenset({"für"}), frozenset({"ist", "sind", "war", "waren", "bleibt", "blieb"})),
    "nl": (frozenset({"voor"}), frozenset({"is", "was", "waren", "blijft", "bleef"})),
}
"""The prepositions of a reporting adjunct, by language, and the finite verbs that may follow
the claimant instead of a comma where the adjunct opens a verb-second main clause
(``Für Weber sind die Listen echt``). *to* takes only a pronoun or a name opening the
sentence (``To her,``), being the preposition of so much else. Dutch *zijn* is left out, being
also the possessive of a clause of *voor* meaning *before* (``Voor Getty zijn boek
publiceerde, …``)."""

_POINTERS = frozenset({"see", "cf", "zie", "siehe", "vgl", "voir"})
"""Words after the comma that make *for X,* a pointer to more reading (``for Getty, see
chapter 2``), not X's view."""

_CLAUSE_STARTS = frozenset({",", ";", ":", "("})
_KINDS = frozenset({"known", "person", "pronoun"})


def reporting_adjunct(words: SentenceMentions, i: int) -> list[Found]:
    """The claimants of a reporting adjunct whose preposition is token *i*: a person, a
    pronoun or a role (``for the author``), the adjunct opening the sentence or a clause and
    closed by a comma (or, in a verb-second language, by the verb); none else (``a book for
    Getty``, ``for Getty's sake``)."""
    low = words.t.low
    adjunct = next(
        (REPORTING_ADJUNCTS[code] for code in words.langs if code in REPORTING_ADJUNCTS
         and low[i] in REPORTING_ADJUNCTS[code][0]),
        None,
    )  # fmt: skip
    if adjunct is None or (i > 0 and low[i - 1] not in _CLAUSE_STARTS):
        return []
    named = words.after(i + 1)
    if not named or any(m.kind not in _KINDS or m.name in FORMER_LATTER for m in named):
        return []  # "For the latter, four evaluators were": the latter of two things
    if low[i] == "to" and i > 0:
        return []
    last = max(k for k, span in enumerate(words.t.spans) if span[1] <= named[-1].end)
    cited = words.past_citation(last)
    if cited == last and any(m.kind == "person" for m in named):
        return []  # "For Greek, …": a name the bibliography lacks only with its year
    last = cited
    following = low[last + 1 : last + 2]
    if following != [","] and not (i == 0 and following and following[0] in adjunct[1]):
        return []
    if low[last + 2 : last + 3] and low[last + 2].rstrip(".") in _POINTERS:
        return []
    return [Found(m, low[i], "asserts") for m in named]

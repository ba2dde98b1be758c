"""Where a claimant stands away from its reporting verb in the clause: the antecedent of a
relative clause (clefts too: ``It is Getty who argues``, ``Es ist Weber, der behauptet``), a
subject before an adjunct of time or place (``Getty in his 1990 book argued``), and people
named right after the subject as acting with it (``Weber (2005) zusammen mit Getty``).
Read by :class:`.attribution_mentions.SentenceMentions`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from purgehist.formats.text.claim_readings import Mentioned

if TYPE_CHECKING:
    from purgehist.formats.text.attribution_mentions import SentenceMentions

__all__ = ["comitative", "over_adjunct", "relative_antecedent"]

_RELATIVE_SPAN = 8
"""The most words a German relative clause may hold before its final verb."""
_ADJUNCT_PREPOSITIONS = frozenset({"in", "at", "during", "around", "since", "until"})
_ADJUNCT_SPAN = 5
"""The most words of an adjunct between a subject and its verb (``in his 1990 book``)."""


def relative_antecedent(words: SentenceMentions, i: int, j: int) -> list[Mentioned] | None:
    """The antecedent of the relative pronoun that makes the verb at *i* the verb of a
    relative clause, which is its subject whatever its place in the main clause (``It is
    Getty who argues``, ``I disagree with Getty, who argues``, ``Es ist Weber, der
    behauptet``); ``None`` when the verb is not in such a clause. *j* is the word
    before the verb, adverbs and asides skipped."""
    low = words.t.low
    if "en" in words.langs and j > 0 and low[j] == "who":
        end = j - 1 - (low[j - 1] == ",")
    elif "de" in words.langs:  # verb-final: the pronoun opens the clause after a comma
        opening = next(
            (k for k in range(i - 1, max(0, i - _RELATIVE_SPAN), -1) if low[k] in ",;:()"),
            -1,
        )
        pronoun = low[opening + 1 : opening + 2] if opening > 0 else []
        if low[opening] != "," or pronoun not in (["der"], ["die"]):
            return None
        if opening + 2 < i and not _in_relative(words, opening + 2, i):
            return None
        end = opening - 1
        if pronoun == ["die"]:  # also the plural's: "Es gibt Autoren, die behaupten"
            group = words.group(end, forward=False)
            return [group] if group is not None else None
    else:
        return None
    end = words.before_citation(end)
    mention = words.name_at(end)
    if mention is not None:
        return [mention]
    group = words.group(end, forward=False) if end >= 0 else None
    return [group] if group is not None else None


def over_adjunct(words: SentenceMentions, j: int) -> int:
    """The word before an English adjunct of time or place that ends at token *j* and
    stands between a named subject and its verb (``Getty in his 1990 book argued``,
    ``EPTIC at that time classified``), when that word names someone; else *j*."""
    low, text = words.t.low, words.t.text
    if "en" not in words.langs or j < 2 or not low[j].isalnum():
        return j
    for p in range(j, max(0, j - _ADJUNCT_SPAN) - 1, -1):
        if not low[p].isalnum() or text[p][:1].isupper():
            return j  # "Gonzalez at New Mexico State University": a place, no adjunct
        if low[p] in _ADJUNCT_PREPOSITIONS and p < j:
            before = words.before_citation(p - 1)
            named = words.name_at(before) if before >= 0 else None
            if named is None or named.kind == "pronoun":
                return j
            first = next(k for k, span in enumerate(words.t.spans) if span[1] > named.start)
            opens = first == 0 or low[first - 1] in {",", ";", ":"}
            return before if opens else j  # not "colleagues around Goffman at Penn"
    return j


def comitative(words: SentenceMentions, mention: Mentioned) -> list[Mentioned]:
    """The people named right after the subject *mention* as acting with it (``bestreitet
    Weber (2005) zusammen mit Getty``, ``Getty, together with Conquest, argues``):
    they share its claim."""
    if mention.kind not in {"known", "person"}:
        return []
    low = words.t.low
    last = max((k for k, span in enumerate(words.t.spans) if span[1] <= mention.end), default=-1)
    k = words.past_citation(last) + 1 if last >= 0 else len(low)
    k += low[k : k + 1] == [","]
    size = next((len(w) for w in words.comitatives if tuple(low[k : k + len(w)]) == w), 0)
    if not size:
        return []
    return [m for m in words.after(k + size) if m.kind in {"known", "person"}]


def _in_relative(words: SentenceMentions, first: int, verb: int) -> bool:
    """Whether the words from *first* up to the verb at *verb* may be the inside of a
    verb-final relative clause: no finite verb or subordinator opens another clause."""
    return not any(
        w in words.subordinators or w in words.complementisers for w in words.t.low[first:verb]
    )

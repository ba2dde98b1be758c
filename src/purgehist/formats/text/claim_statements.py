"""Statement nouns in a sentence: the owner of a view named by its noun (``Getty's thesis
that``, ``de stelling van Getty is dat``, ``Webers These``), which holds it when its content
follows, the author weighs it, or a contrast sets the sentence against it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from purgehist.formats.text.author_stance import author_stance
from purgehist.formats.text.claim_clauses import contrast_before, opening, reported_after
from purgehist.formats.text.claim_cues import CueSet
from purgehist.formats.text.claim_phrases import ADVERBIAL_ONLY, ADVERBIAL_VIEWS, OWNED
from purgehist.formats.text.claim_readings import Found, Mentioned
from purgehist.names import name_key

if TYPE_CHECKING:
    from purgehist.formats.text.attribution import _Words

__all__ = ["statement"]

_MANNER = frozenset({"als", "as", "wie", "comme", "hoe", "how"})
"""Complementisers of manner, which do not give a statement noun its content."""
_OPENING_ARTICLE: tuple[list[str], ...] = ([], ["die"], ["the"], ["de"])


def statement(words: _Words, i: int, cue_sets: Sequence[CueSet]) -> list[Found]:
    """The owner of a statement noun whose content follows (``Getty's thesis that``, ``de
    stelling van Getty is dat``, ``Chroesjtsjov's toespraak waarin … zou``), or which a
    contrast sets the sentence against (``entgegen der Ansicht von Lenerz``: disputes)."""
    text, low = words.t.text, words.t.low
    owner: list[Mentioned] = []
    noun = last = -1
    possessive = re.match(r"(.+?)(?:’s|'s|’|')$", text[i]) or (
        re.match(r"(.+?)s$", text[i])
        if name_key(text[i][:-1]) in words.known or text[i][:-1] in words.names
        else None
    )  # German genitive: "Webers These"
    role = possessive is not None and _role_owner(words, i, possessive[1])
    if possessive and (text[i][:1].isupper() or role):
        for k in range(i + 1, min(len(low), i + 4)):
            if low[k] in words.statements or low[k] in words.speeches:
                mention = _owner(words, i, possessive[1])
                owner, noun, last = ([mention] if mention else []), k, k
                break
            if not low[k].isalpha() or text[k][:1].isupper():
                break
    elif low[i] in words.statements | words.speeches and not OWNED.intersection(low[i - 2 : i]):
        # "his interpretation of New Testament Greek": the of-phrase is what is interpreted
        of = i + 2 if low[i + 1 : i + 2] and low[i + 1].isdigit() else i + 1  # "Hypothese 2"
        size = next((len(w) for w in words.of_list if low[of : of + len(w)] == w), 0)
        if size:  # "de stelling van Getty", "the idea attributed to Pseudo-Plutarch"
            owner = [m for m in words.after(of + size) if m.kind != "pronoun"]
            noun = i
        elif of > i + 1 and low[:i] in _OPENING_ARTICLE and low[i] in words.statements:
            # a numbered statement opening the sentence ("Hypothese 3 besagt, dass")
            owner, noun, last = [Mentioned("implicit", low[i], None, *words.t.spans[i])], i, of
    if not owner:
        return []
    complementisers = set().union(*(c.complementisers for c in cue_sets)) - _MANNER
    if possessive and complementisers & set(low[:i]) - {":"}:
        return []  # "argued that Homer’s speech was mixed": the owner is in what is reported
    if last < 0:  # after "de stelling van Getty"
        last = max(k for k, span in enumerate(words.t.spans) if span[1] <= owner[-1].end)
    noun_is_view = low[noun] in words.statements  # "in Homer's speech" is no source
    contrast = contrast_before(words.t.low, i, [c.contrast for c in cue_sets])
    if contrast:
        words.contrast_cues.add(contrast)
        return [Found(m, contrast, "disputes") for m in owner]
    opener = i - 2 if role else i - 1  # "In the author's view"
    if low[noun] in ADVERBIAL_VIEWS and not (
        possessive and opener >= 0 and low[opener] in words.in_view and opening(low, opener, noun)
    ):
        return []
    if (
        low[opener : opener + 1]
        and low[opener] in ADVERBIAL_ONLY
        and low[noun] not in ADVERBIAL_VIEWS
    ):
        return []  # "on Goffman's life or ideas"
    if possessive and opener >= 0 and low[opener] in words.in_view and noun_is_view:
        return [Found(m, f"{low[opener]} … {low[noun]}", "asserts") for m in owner]
    if low[noun] in words.statements:
        evaluated = words.evaluations.intersection(low[last + 1 : last + 4])
        after = set(low[last + 1 : last + 6]) | set(low[_bracket_end(low, last) + 1 :][:5])
        if not complementisers & after and not (evaluated or _weighed(words, min(i, noun), last)):
            return []  # "Thurmairs Hypothese 2 bestätigt sich": the author weighs it
    elif not reported_after(low, noun, complementisers - {"als", "as"}, words.reportive):
        return []
    return [Found(m, low[noun], "asserts") for m in owner]


def _bracket_end(low: Sequence[str], last: int) -> int:
    """The end of a citation in brackets right after token *last* (``Hypothese 2 von Weber
    (1989) besagt, dass``), else *last*: the year in brackets belongs to the owner's name, as
    in any author–year citation, so the words that give the statement its content come after
    it."""
    if low[last + 1 : last + 2] != ["("]:
        return last
    return next((k for k in range(last + 2, min(len(low), last + 12)) if low[k] == ")"), last)


def _weighed(words: _Words, first: int, last: int) -> bool:
    """Whether the author weighs the statement from token *first* to *last* in its own
    clause (``Webers Ansicht ist zu Recht verbreitet``; not ``Die Ansicht von Weber wird
    oft zitiert, betont zu Recht Schmidt``, where the weighing is of another's words)."""
    end = next((k for k in range(last + 1, len(words.t.low)) if words.t.low[k] in ",;:()"), 0)
    stop = words.t.spans[end - 1][1] if end else len(words.sentence)
    clause = words.sentence[words.t.spans[first][0] : stop]
    return author_stance(clause, words.langs) is not None


def _owner(words: _Words, i: int, name: str) -> Mentioned | None:
    """The claimant named by the possessive at *i* (``Getty’s``)."""
    start = words.t.spans[i][0]
    end = start + len(name)
    actor = words.known.get(name_key(name))
    if actor is not None:
        return Mentioned("known", name, actor, start, end)
    if words.strangers and name in words.names:
        return Mentioned("person", name, None, start, end)
    if _role_owner(words, i, name):
        return Mentioned("pronoun", name.casefold(), None, start, end)
    return None


def _role_owner(words: _Words, i: int, name: str) -> bool:
    """Whether the possessive at *i* is the role noun of the scholar under discussion after
    *the* (``In the author’s view``), which stands for them as a pronoun does."""
    return (
        words.strangers
        and name.casefold() in words.pronouns
        and name[:1].islower()
        and words.t.low[i - 1 : i] == ["the"]
    )

"""Tests on the clause around a reporting verb, read from a sentence's casefolded words: a
negation or a hedge next to it, a topic instead of a view, *not all* before a group, and a
complement that only a block quotation after the sentence gives."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Sequence

from purgehist.formats.text.claim_phrases import ADVERBIAL_ONLY, ADVERBIAL_VIEWS, POSSESSORS
from purgehist.formats.text.claim_readings import Mentioned
from purgehist.formats.text.sentence_tokens import Tokens

__all__ = [
    "aim_only",
    "as_clause",
    "content_elsewhere",
    "contrast_before",
    "hedged",
    "negated",
    "not_all",
    "opening",
    "owned_view",
    "reported_after",
    "source_passive",
    "topic_only",
]

_ALL = frozenset({"all", "alle", "allen", "tous", "toutes"})
"""Words for *all*, which a negation before a group makes *not all*."""
_NOT_ONLY = frozenset({"only", "nur", "alleen", "seulement"})
"""Words that make a negation *not only … but also*: an addition, no denial."""
_FEW = frozenset({"hardly", "scarcely", "kaum", "nauwelijks", "guère"})
_DETERMINERS = frozenset({"a", "an", "any", "ein", "eine", "einer", "een", "un", "une"})
"""Determiners after which *hardly*/*kaum* count a noun (``kaum ein Historiker``)."""


def _clause(words: Iterable[str], bounds: Collection[str]) -> list[str]:
    return list(itertools.takewhile(lambda w: w not in bounds, words))


def negated(
    low: Sequence[str], i: int, negations: Collection[str], bounds: Collection[str]
) -> bool:
    """Whether a negation stands right around the verb at *i*, in its own clause: not past a
    comma or the *that* opening the reported clause (``zegt dat niet alles``), nor in *not
    only* (``did not only regard … but also``, ``nicht nur``)."""
    before = _clause(reversed(low[max(0, i - 3) : i]), bounds)
    after = _clause(low[i + 1 : i + 3], bounds)
    if _NOT_ONLY.intersection(before[:1] + after[:2]):
        return False
    # "Kaum ein Historiker bestreitet": the negation counts the subject, not the verb's act
    before = [w for k, w in enumerate(before) if not (w in _FEW and low[i - k] in _DETERMINERS)]
    return bool(set(negations) & {*before, *after}) or _closing_negation(low, i, negations, bounds)


_OBJECT_SPAN = 7
"""The most words a verb's object may have before a negation closing its clause."""


def _closing_negation(
    low: Sequence[str], i: int, negations: Collection[str], bounds: Collection[str]
) -> bool:
    """Whether a negation closes the short clause of the verb at *i* after its object, where
    Dutch and German put it (``deelt deze opvatting niet``, ``teilt diese Ansicht nicht``)."""
    clause = _clause(low[i + 1 : i + 2 + _OBJECT_SPAN], bounds)
    end = i + 1 + len(clause)
    closed = end >= len(low) or low[end] in bounds
    return closed and 1 < len(clause) <= _OBJECT_SPAN and clause[-1] in negations


def hedged(low: Sequence[str], i: int, hedges: Collection[str]) -> bool:
    """Whether a hedge (``gedeeltelijk``, ``to some extent``) stands right around the verb at
    *i*."""
    window = f" {' '.join(low[max(0, i - 3) : i + 5])} "
    return any(f" {hedge} " in window for hedge in hedges)


def topic_only(
    low: Sequence[str],
    i: int,
    topics: Collection[str],
    complementisers: Collection[str],
    bounds: Collection[str],
) -> bool:
    """Whether the verb at *i* has a topic and no view: a topic preposition within a few
    words in its clause and no *that*-clause after it (``disagreed for decades about``)."""
    if not set(topics).intersection(_clause(low[i + 1 : i + 5], bounds)):
        return False
    return not set(complementisers).intersection(low[i + 1 :])


_AIMS = frozenset(
    {"intention", "intentions", "aim", "aims", "goal", "goals", "wish", "plan", "plans",
     "purpose", "desire", "hope", "ambition"}
)  # fmt: skip
"""English nouns of what someone means to do (``states her intention to give an account``)."""


_ANNOUNCING = frozenset(
    {"state", "states", "stated", "announce", "announces", "announced", "declare", "declares",
     "declared", "express", "expresses", "expressed", "mention", "mentions", "mentioned"}
)  # fmt: skip
"""English verbs of announcing, whose object may be an aim rather than a view."""


def aim_only(low: Sequence[str], i: int) -> bool:
    """Whether the verb at *i* has an aim as its object and no view (``explicitly states her
    intention to``, ``announced his plan to``, not ``argues the plan to annex … failed``): an
    aim is an action to come, not a claim."""
    window = low[i + 1 : i + 4]
    return (
        low[i] in _ANNOUNCING
        and any(w in _AIMS and low[i + 2 + k : i + 3 + k] == ["to"] for k, w in enumerate(window))
        and "that" not in low[i + 1 : i + 6]
    )


def not_all(low: Sequence[str], first: int, negations: Collection[str]) -> bool:
    """Whether the group whose first word is token *first* is one some of whom only hold the
    claim (``not all scholars``, ``nicht alle Forscher``)."""
    window = low[max(0, first - 2) : first + 1]
    return any(a in negations and b in _ALL for a, b in itertools.pairwise(window))


def content_elsewhere(rest: Sequence[str], complementisers: Collection[str]) -> bool:
    """Whether the only complementiser after a verb (*rest*, the words after it) ends the
    sentence (``concluded:``, ``explained that``): what is said is in the block quotation
    after it, not in this sentence."""
    depth, outside = 0, []
    for word in rest:
        depth += (word == "(") - (word == ")")
        if depth <= 0 and word != ")":
            outside.append(word)  # "sieht Abraham (1991a: 118) …": a citation's colon
    words = set(outside[:-1])
    return bool(outside) and outside[-1] in complementisers and not set(complementisers) & words


def contrast_before(low: Sequence[str], i: int, contrasts: Sequence[Collection[str]]) -> str | None:
    """The contrast phrase (of one of *contrasts*) right before token *i*, over an article
    (``contrary to the``)."""
    for skip in (0, 1):
        for size in (4, 3, 2, 1):
            begin = i - skip - size
            phrase = " ".join(low[max(0, begin) : i - skip])
            if begin >= 0 and any(phrase in c for c in contrasts):
                return phrase
    return None


_AS_REACH = 8
"""The most words from *as*/*wie* to the verb of its clause (``Wie Weber (1999: 12) zeigt``)."""


_OPENING_CONJUNCTIONS = frozenset(
    {"and", "but", "yet", "und", "aber", "doch", "en", "maar", "toch", "et", "mais"}
)
"""Conjunctions that may open a sentence before its *as*-clause (``Doch wie er bemerkt, …``)."""


def as_clause(low: Sequence[str], i: int, manner: Collection[str]) -> bool:
    """Whether the verb at *i* ends a clause opened by *as*/*wie* (``Wie Weber zeigt, …``,
    ``as Getty notes, …``): the sentence it is set in is what the subject shows or says."""
    if low[i + 1 : i + 2] not in ([","], []):
        return False
    before = low[max(0, i - _AS_REACH) : i]
    depth = 0
    for k in range(len(before) - 1, -1, -1):
        depth += (before[k] == ")") - (before[k] == "(")
        if depth > 0 or before[k] == "(":
            continue  # a citation: "Wie Weber (1999: 12) zeigt"
        if before[k] in manner:
            opening = k == 0 or (k == 1 and before[0] in _OPENING_CONJUNCTIONS)
            return (opening and i <= _AS_REACH) or before[k - 1] in {",", ";", ":"}
        if before[k] in {",", ";", ":"}:
            return False
    return False


_NEAR = 6
"""How many words after a speech noun the *that* giving its content may stand."""


def reported_after(
    low: Sequence[str], k: int, complementisers: Collection[str], reportive: Collection[str]
) -> bool:
    """Whether a *that*-clause opens right after token *k* (``Chroesjtsjov's speech, in which
    he said that``: not a *that* further on) or a reportive verb follows it."""
    near = set(low[k + 1 : k + 1 + _NEAR])
    return bool(near & set(complementisers) or set(low[k + 1 :]) & set(reportive))


def owned_view(
    low: Sequence[str], i: int, in_view: Collection[str], statements: Collection[str]
) -> str | None:
    """The pronoun for the owner of a view named by a possessive determiner at *i* as the
    source of the sentence (``In his view``, ``naar hun mening``, ``Seiner Ansicht nach``,
    ``nach ihrer Auffassung``); ``None``."""
    if low[i] not in POSSESSORS or low[i + 1 : i + 2] == [] or low[i + 1] not in statements:
        return None
    if low[i + 1] in ADVERBIAL_VIEWS and not (i > 0 and opening(low, i - 1, i + 1)):
        return None  # "owes much to his estimation of the sources"
    if i > 0 and low[i - 1] in ADVERBIAL_ONLY and low[i + 1] not in ADVERBIAL_VIEWS:
        return None  # "essays on his ideas"
    if (i > 0 and low[i - 1] in in_view) or low[i + 2 : i + 3] == ["nach"]:
        return POSSESSORS[low[i]]
    return None


def opening(low: Sequence[str], first: int, last: int) -> bool:
    """Whether tokens *first* to *last* are a phrase opening the sentence or a clause and set
    off by a comma (``In his estimation,``)."""
    return (first == 0 or low[first - 1] in {",", ";", ":"}) and low[last + 1 : last + 2] == [","]


def source_passive(
    t: Tokens,
    named: Sequence[Mentioned],
    passives: Collection[str],
    auxiliaries: Collection[str],
) -> str | None:
    """The participle of a passive that reports what the work *named* with its year at the
    opening of the sentence holds (``In Zifonun u. a. (1997) werden … die Abfolgen
    angegeben``, ``In Getty (1985) it is argued that``); ``None``."""
    if not named:
        return None
    low = t.low
    end = max(k for k, span in enumerate(t.spans) if span[1] <= named[-1].end)
    bracket = low[end + 1 : end + 8]
    if "(" not in bracket or not any(w.isdigit() and len(w) == 4 for w in bracket):
        return None
    if not set(auxiliaries).intersection(low[end:]):
        return None
    return next((w for w in low[end:] if w in passives), None)


_PLACED = frozenset({"above", "below"})
"""Where a participle places what it modifies in the document; *here*, *earlier* and *in this
…* are left out, as they follow a finite verb as often (``his critics argued earlier that``)."""


def reduced_relative(low: Sequence[str], i: int) -> bool:
    """Whether the participle at *i* modifies the noun before it, which a preposition governs:
    ``many of the scholars described in these pages``, ``one of the views cited above``. The
    noun is then no subject, and the participle reports nothing."""
    if not low[i].endswith("ed"):
        return False
    after = low[i + 1 : i + 4]
    placed = after[:1] and (after[0] in _PLACED or after == ["in", "these", "pages"])
    return bool(placed) and "of" in low[max(0, i - 4) : i - 1]


_DIFFERING = frozenset(
    {"different", "opposite", "opposing", "contrary", "andere", "anderen", "gegenteilige",
     "gegenteiligen", "ander", "afwijkende", "tegengestelde", "différent", "différente",
     "opposé", "opposée", "contraire"}
)  # fmt: skip
_VIEWS = frozenset(
    {"view", "views", "position", "opinion", "stance", "approach", "ansicht", "auffassung",
     "meinung", "standpunkt", "opvatting", "mening", "visie", "standpunt",
     "vue", "avis", "point"}
)  # fmt: skip
_DIFFERING_SPAN = 4
_CLAUSE_OPENERS = frozenset({"that", "dass", "daß", "dat", "que", "qu'", ",", ";", ":"})
"""Words that open the clause after the verb, where a view no longer is the verb's object."""
"""The most words from the verb to the view noun (``takes a rather different view``)."""


def differing_view(low: Sequence[str], i: int) -> bool:
    """Whether the verb at *i* holds a view its object calls different or opposite (``takes a
    different view``, ``vertritt eine andere Auffassung``, ``adopte un point de vue
    différent``): a view held against the one before, which the holder disputes."""
    window = list(
        itertools.takewhile(
            lambda w: w not in _CLAUSE_OPENERS, low[i + 1 : i + 2 + _DIFFERING_SPAN]
        )
    )  # "argues that the opposite view is untenable": the other view is in the content
    for k, word in enumerate(window):
        if word in _VIEWS and (
            _DIFFERING.intersection(window[max(0, k - 2) : k])
            or _DIFFERING.intersection(window[k + 1 : k + 4])
        ):
            return True
    return False

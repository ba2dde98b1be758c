"""French views named by their owner and the sentences that report them.

A view noun (*analyse*, *théorie*, *proposition*, *critique*) is owned by the name after *de*
(``l’analyse de Lemaire``, ``la théorie d’Arnauld``) or by the adjective French derives from a
name (``l’analyse lemairienne``, ``la théorie duboisienne``). Its owner holds what the sentence
says when the view is its source (``Selon l’analyse de Lemaire, …``), when its content follows
(``la thèse de Dubois est que``) or when it is the subject of a reporting verb (``l’analyse de
Lemaire prédit que``); an objection's owner disputes. The author may weigh it
(``la définition de Dubois est suffisante``). An objector's target holds the view objected to
(``Morin s’oppose à Lemaire``, ``Morin critique l’analyse de Lemaire``: Lemaire
asserts), and a detached *chez X* or *suivant X* names the source, as *selon X* does."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from purgehist.formats.text.claim_lexicon import SKIP_WORDS
from purgehist.formats.text.claim_phrases import STATEMENT_NOUNS
from purgehist.formats.text.claim_readings import Found, Mentioned
from purgehist.formats.text.claim_verb_cues import THAT_CUES, VERB_CUES
from purgehist.formats.text.sentence_tokens import Tokens
from purgehist.names import name_key

__all__ = [
    "BOUNDS",
    "GAP_WORDS",
    "OPPOSITION_VERBS",
    "SAYING",
    "SCHOOLS",
    "SKIP",
    "Reader",
    "bare",
    "detached_sources",
    "objected",
    "owned_views",
    "people",
    "relative_view",
    "theory_sources",
    "weighed",
    "words",
]


class Reader(Protocol):
    """What the French rules need of a sentence being read for attributions."""

    t: Tokens
    sentence: str
    known: Mapping[str, str]
    langs: Sequence[str]

    def name_at(self, j: int) -> Mentioned | None: ...

    def after(self, k: int, *, inverted: bool = False) -> list[Mentioned]: ...

    def before(self, i: int) -> list[Mentioned]: ...


def words(text: str) -> frozenset[str]:
    """The words of *text*."""
    return frozenset(text.split())


SAYING = frozenset(VERB_CUES["fr"]) | frozenset(THAT_CUES["fr"])
"""French verbs of saying and showing."""
GAP_WORDS = words(
    "ne n' n’ le la les l' l’ y en se s' s’ nous a ont avait avaient aurait auraient bien déjà "
    "notamment toutefois ainsi encore d'ailleurs d’ailleurs souvent parfois"
)
"""The clitics, auxiliaries and adverbs that stand between a French subject and its verb
(``Dubois l’a montré``, ``Dubois n’en a pas``): skipped only in a text read as French, since
some are words of other languages (Dutch *en* "and", English *a*)."""
SKIP = frozenset(SKIP_WORDS["fr"]) | GAP_WORDS
BOUNDS = frozenset({",", ";", ":"})
_PEOPLE = frozenset({"known", "person"})
_OF = words("de d’ d'")


def bare(word: str) -> str:
    """*word* without an elided article (``l’analyse``: ``analyse``)."""
    return re.split(r"['’]", word)[-1]


def people(reader: Reader, k: int) -> list[Mentioned]:
    """The people named from token *k* on (over skipped adverbs and clitics)."""
    low = reader.t.low
    while k < len(low) and low[k] in SKIP:
        k += 1
    return [m for m in reader.after(k) if m.kind in _PEOPLE]


def _last(reader: Reader, mention: Mentioned) -> int:
    """The last token of *mention*, and of the year in brackets after it (``Dubois (1892)``)."""
    last = max(n for n, span in enumerate(reader.t.spans) if span[1] <= mention.end)
    low = reader.t.low
    if low[last + 1 : last + 2] == ["("] and ")" in low[last + 2 : last + 8]:
        return low.index(")", last + 2)
    return last


_DERIVED = ("iennes", "ienne", "iens", "ien", "éennes", "éenne", "éens", "éen", "ennes", "enne")
_DERIVED_KEYS = tuple(dict.fromkeys(name_key(s) for s in (*_DERIVED, "ens", "en")))
"""The endings of adjectives made from names (``lemairienne``, ``duboisien``, ``gricéenne``)."""


def _derived_owner(reader: Reader, j: int) -> Mentioned | None:
    """The known author an adjective made from their name at token *j* stands for."""
    if j >= len(reader.t.low) or not reader.t.text[j].islower():
        return None
    key = name_key(reader.t.text[j])
    for ending in _DERIVED_KEYS:
        if not key.endswith(ending):
            continue
        for stem in (key[: -len(ending)], f"{key[: -len(ending)]}e"):  # Saussure: saussurien
            if len(stem) >= 3 and stem in reader.known:
                start, end = reader.t.spans[j]
                return Mentioned("known", stem.capitalize(), reader.known[stem], start, end)
    return None


def _owner(reader: Reader, k: int) -> tuple[list[Mentioned], int]:
    """The owners of the view noun at token *k* and the last token naming them."""
    low = reader.t.low
    if low[k + 1 : k + 2] and low[k + 1] in _OF:
        named = people(reader, k + 2)
        return (named, _last(reader, named[-1])) if named else ([], k)
    derived = _derived_owner(reader, k + 1)
    return ([derived], k + 1) if derived else ([], k)


_VIEW_NOUNS = words(
    "définition proposition analyse hypothèse thèse théorie conception idée solution explication "
    "approche critique objection propositions analyses théories objections critiques"
)
_STATEMENTS = frozenset(STATEMENT_NOUNS["fr"])
_OBJECTIONS = words("critique critiques objection objections")
_SOURCES = words("selon d’après d'après suivant")
_DETACHED_SOURCES = words("dans chez")
_PREDICTS = SAYING | words("prédit prédisait prévoit stipule implique consiste revient")
_CONTENT = words("que qu’ qu' :")
_PERSONAL = words("nous on l’on je vous il elle ils elles")
"""Subjects after *que* that make it a relative pronoun (``la thèse de Dubois que nous
adoptons``), not the opening of the view's content."""
_WHICH = words("laquelle lequel lesquels lesquelles")


def _content_follows(rest: list[str]) -> bool:
    """Whether the view's content follows (``est que``, ``selon laquelle``, ``consiste à``)."""
    for n, word in enumerate(rest):
        if word in _CONTENT:  # "la thèse de Dubois que nous adoptons": a relative
            return n > 0 or rest[n + 1 : n + 2] == [] or rest[n + 1] not in _PERSONAL
        if word == "selon" and rest[n + 1 : n + 2] and rest[n + 1] in _WHICH:
            return True
        if word in BOUNDS:
            return False
    return False


def owned_views(reader: Reader) -> list[Found]:
    """The owners of the views that the sentence reports (see the module)."""
    low = reader.t.low
    found: list[Found] = []
    for k in range(len(low) - 1):
        head = bare(low[k])
        if head not in _VIEW_NOUNS:
            continue
        named, last = _owner(reader, k)
        if not named:
            continue
        before = low[max(0, k - 2) : k]
        detached = (k < 3 or low[k - 2] in BOUNDS or low[k - 1] in BOUNDS) and low[
            last + 1 : last + 2
        ] == [","]
        source = _SOURCES.intersection(before) or (detached and _DETACHED_SOURCES & set(before))
        verb = next((w for w in low[last + 1 : last + 4] if w not in SKIP), "")
        if source or verb in _PREDICTS or _content_follows(low[last + 1 : last + 7]):
            stance = "disputes" if head in _OBJECTIONS else "asserts"
            found += [Found(m, f"{head} de", stance) for m in named]
    return found


_AGREES = words(
    "suffisant suffisante suffisants suffisantes juste justes correct correcte corrects "
    "correctes pertinent pertinente pertinents pertinentes adéquat adéquate adéquats adéquates "
    "fondé fondée fondés fondées justifié justifiée justifiés justifiées"
)
_DISAGREES = words(
    "insuffisant insuffisante insuffisants insuffisantes erroné erronée erronés erronées "
    "inadéquat inadéquate inadéquats inadéquates impropre impropres intenable intenables faux "
    "fausse fausses"
)
"""Predicates by which the author weighs a view named with its owner (``la définition de
Dubois est suffisante``); only after a copula, since the same words also mean "just"
(``juste après``) or "based" (``fondée sur``)."""
_COPULAS = words(
    "est sont était étaient semble semblent paraît paraissent reste restent soit soient serait "
    "seraient demeure n’est n'est n’était n'était n’étaient n'étaient"
)
_DEGREE = words("pas plus moins très tout fait à bien assez guère peu parfaitement")
_NEGATIONS = words("pas guère")
_JUSTIFIES = words("justification justifications")
"""Nouns by which the author gives reasons for a view (``des justifications à cette
proposition de Dubois``)."""


def _predicate(words_: list[str]) -> str | None:
    """``asserts`` or ``disputes`` when *words_* hold a weighing adjective after a copula (with
    degree words between, a negation among them turning it round), or a noun of justification;
    else None."""
    for n, word in enumerate(words_):
        if word in _JUSTIFIES:
            return "asserts"
        if word not in _AGREES and word not in _DISAGREES:
            continue
        if word.startswith("fond") and words_[n + 1 : n + 2] == ["sur"]:
            continue
        back = n - 1
        while back >= 0 and words_[back] in _DEGREE:
            back -= 1
        if back >= 0 and words_[back] in _COPULAS:
            negated = bool(_NEGATIONS.intersection(words_[back + 1 : n]))
            return "disputes" if (word in _DISAGREES) != negated else "asserts"
    return None


def weighed(reader: Reader) -> tuple[list[Found], str | None]:
    """The owner of a view the author weighs near it, and the author's stance."""
    low = reader.t.low
    for k in range(len(low) - 2):
        if bare(low[k]) not in _VIEW_NOUNS:
            continue
        named, last = _owner(reader, k)
        if not named:
            continue
        stance = _predicate(low[max(0, k - 4) : k]) or _predicate(low[last + 1 : last + 8])
        if stance:
            return [Found(m, f"{bare(low[k])} de", "asserts") for m in named], stance
    return [], None


_OPPOSING: tuple[tuple[frozenset[str], tuple[str, ...], frozenset[str]], ...] = (
    (words("oppose opposait opposent"), ("à",), words("s’ s' se")),
    (words("prend prenait"), ("à",), words("en s’en s'en")),
    (words("reproche reprochait objecte objectait"), ("à",), frozenset()),
)
"""Verbs of opposition, the words before their object, and the word that must stand before
the verb (``s’oppose à``, ``s’en prend à``, ``reproche à``; not ``oppose A à B``)."""


OPPOSITION_VERBS = frozenset().union(*(verbs for verbs, _, _ in _OPPOSING))
"""The verbs of :data:`_OPPOSING`, which an elided *s’* is split from."""


def relative_view(reader: Reader, found: Found) -> bool:
    """Whether *found* is the owner of a view followed by a relative clause in someone
    else's voice (``la thèse de Lemaire que nous adoptons``), not by its content."""
    if found.claimant.kind not in _PEOPLE or found.cue.split()[0] not in _VIEW_NOUNS | _STATEMENTS:
        return False
    k = _last(reader, found.claimant) + 1
    low = reader.t.low
    return (
        low[k : k + 1] != []
        and low[k] in _CONTENT
        and low[k + 1 : k + 2] != []
        and (low[k + 1] in _PERSONAL)
    )


def objected(reader: Reader, found: list[Found]) -> list[Found]:
    """The objectors of *s’opposer à*, *s’en prendre à*, *reprocher à* (disputes), and the
    targets of every objection in the sentence, who hold what is objected to (asserts)."""
    low = reader.t.low
    out: list[Found] = []
    for i in range(1, len(low) - 1):
        for verbs, marker, before in _OPPOSING:
            after = low[i + 1 : i + 1 + len(marker)]
            if low[i] in verbs and tuple(after) == marker and (not before or low[i - 1] in before):
                objector = reader.before(i)
                out += [Found(m, f"{low[i]} {' '.join(marker)}", "disputes") for m in objector]
                out += _targets(reader, i + 1 + len(marker))
    for f in found:
        if f.stance == "disputes" and f.cue in VERB_CUES["fr"]:
            verb = next((k for k, w in enumerate(low) if w == f.cue), -1)
            out += _targets(reader, verb + 1) if verb >= 0 else []
    return out


def _targets(reader: Reader, k: int) -> list[Found]:
    """The people whose view the object from token *k* names (``Lemaire``, ``l’analyse de
    Lemaire``, ``la théorie lemairienne``)."""
    low = reader.t.low
    while k < len(low) and (low[k] in SKIP or low[k] in {"de", "à", "d’", "d'"}):
        k += 1
    named = people(reader, k)
    for j in range(k, min(len(low), k + 3)):
        if named or low[j] in BOUNDS:
            break
        if bare(low[j]) in _VIEW_NOUNS:
            named = _owner(reader, j)[0]
    return [Found(m, "objected to", "asserts") for m in named]


SCHOOLS = words("théorie théories approche tradition école")
"""Nouns for a body of thought that is a claimant when named by its modifier (``la théorie
de la variation``, ``la tradition des remarqueurs``); an analysis or a notion names no holder
(``l’analyse par décomposition``)."""


_DETERMINERS = words("de d’ d' des du la le les l’ l' un une")


def _ends_name(low: list[str], n: int) -> bool:
    """Whether token *n* ends a theory's name: a boundary, or a reporting verb (a word of
    that spelling after a determiner is a noun: ``la théorie d’une analyse``)."""
    return low[n] in BOUNDS or (low[n] in _PREDICTS and low[n - 1] not in _DETERMINERS)


def theory_sources(reader: Reader) -> list[Found]:
    """A theory named by its modifier that is the sentence's source (``Selon la théorie de la
    variation, …``, ``Dans la tradition des remarqueurs, …``) or the subject of a
    reporting verb (``La théorie de la pertinence prédit que``); one owned by a person is
    theirs (:func:`owned_views`)."""
    low, spans = reader.t.low, reader.t.spans
    for k in range(len(low) - 2):
        head = bare(low[k])
        definite = head != low[k] or low[k - 1 : k] in (["la"], ["le"], ["les"])
        modified = low[k + 1] in {"de", "des", "du"} or low[k + 1].startswith(("d’", "d'"))
        if head not in SCHOOLS or not definite or not modified or _owner(reader, k)[0]:
            continue  # "une approche plus approfondie", "la théorie sémantique": no one's
        end = next((n for n in range(k + 1, len(low)) if _ends_name(low, n)), len(low))
        last = end - 1
        while last > k and (low[last] in {"(", ")"} or low[last].isdigit()):
            last -= 1
        if last == k or not reader.t.text[last][:1].islower():
            continue
        before = low[max(0, k - 2) : k]
        detached = (k < 3 or BOUNDS.intersection(before)) and low[end : end + 1] == [","]
        source = _SOURCES.intersection(before) or (detached and words("dans pour") & set(before))
        if source or (end < len(low) and low[end] in _PREDICTS):
            start = spans[k][1] - len(head)
            label = reader.sentence[start : spans[last][1]]
            return [Found(Mentioned("group", label, None, start, spans[last][1]), head, "asserts")]
    return []


def detached_sources(reader: Reader) -> list[Found]:
    """The people a detached *chez X* or *suivant X* names as the source (``Chez Dubois, le
    sens …``)."""
    low = reader.t.low
    for i in range(len(low) - 2):
        opening = i == 0 or low[i - 1] in BOUNDS
        if low[i] not in {"chez", "suivant"} or not opening:
            continue
        named = people(reader, i + 1)
        last = _last(reader, named[-1]) if named else -1
        if named and low[last + 1 : last + 2] == [","]:
            return [Found(m, low[i], "asserts") for m in named]
    return []

"""The claimants a sentence names around a cue: a name (over titles, given names and initials
to the surname), names joined by *and*, a pronoun or a role standing for a scholar named
before, a group (``de revisionisten``, ``some Latin authors``), found as the subject before a
verb, after it when inverted, in a verb-final clause, or after a cue word.
:mod:`.attribution` reads a sentence's cues with them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Mapping, Sequence

from purgehist.formats.text.claim_cues import CueSet
from purgehist.formats.text.claim_french import skip_words
from purgehist.formats.text.claim_lexicon import (
    COMITATIVES,
    FORMER_LATTER,
    GROUP_NOUNS,
    OBLIQUE,
    PRONOUNS,
    STANCE_ADVERB_PHRASES,
    SUBORDINATORS,
    WORKS_POINTED_TO,
)
from purgehist.formats.text.claim_particles import PARTICLE_CUES
from purgehist.formats.text.claim_phrases import (
    CLAUSAL,
    OF_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from purgehist.formats.text.claim_progressive import progressive_start
from purgehist.formats.text.claim_readings import Mentioned
from purgehist.formats.text.claim_relatives import over_adjunct, relative_antecedent
from purgehist.formats.text.claim_verbs import (
    AGENT_WORDS as _AGENT_WORDS,
)
from purgehist.formats.text.claim_verbs import (
    AS_WORDS as _AS,
)
from purgehist.formats.text.claim_verbs import (
    BUT as _BUT,
)
from purgehist.formats.text.claim_verbs import (
    INDEFINITE,
    SCHOLAR_NOUNS,
)
from purgehist.formats.text.claim_view_nouns import WORK_NOUNS, possessor
from purgehist.formats.text.sentence_tokens import (
    Tokens,
    apposed_subject,
    english_adverb,
    role_at,
)
from purgehist.names import name_key

__all__ = ["OPENING", "RAISING", "SentenceMentions"]


_CONJUNCTIONS = frozenset({"en", "and", "und", "et", "&"})
_POINTING = frozenset(
    {"introduced", "discussed", "mentioned", "cited", "quoted", "named", "reviewed",
     "described", "considered", "examined", "surveyed", "listed", "presented"}
)  # fmt: skip
"""Participles by which the document points to the people it has dealt with (``the scholars
discussed above``): the group before one is still the subject of the verb after."""
_POINTED_TO = frozenset({"in", "above", "here", "earlier", "below", "so", "before", "previously"})
"""The first word after such a participle: where in the document (``in this chapter``)."""
_POINTER_SPAN = 6
"""The most words from the group's noun to the verb over such a participle phrase."""
_RELATIVES = frozenset(
    {"die", "wat", "welke", "waar", "waarbij", "waarin", "waardoor", "wie", "der", "das"}
)
"""Relative pronouns: the name after one may be the object (``personen die Stalin … zag``)."""
_AUXILIARIES = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "does", "did", "would", "will", "can",
     "could", "may", "might", "should", "must", "also", "however", "ist", "war", "hat", "hatte",
     "wird", "heeft", "wordt", "est", "a", "avait", "sera"}
)  # fmt: skip
"""Finite verbs and adverbs that may follow a pronoun such as *the latter*, beyond the
reporting verbs and the words skipped before a verb."""
_ASIDE = 5
"""The most words an aside between commas may have (``, in other words,``)."""
_CITATION_SPAN = 8
"""The most tokens a citation's bracket after a name may hold (``(1990: 120–121)``)."""
_REPORTED = tuple(
    (be, participle)
    for be in ("is", "was", "are", "were")
    for participle in ("said", "reported", "known", "thought", "believed", "alleged")
)
_FIRST = tuple((be, "the", "first") for be in ("is", "was", "are", "were"))
RAISING = (("seems",), ("goes", "on"), ("went", "on"), ("go", "on"), *_REPORTED, *_FIRST)
"""Verbs whose infinitive after *to* has their subject (``he goes on to argue``, ``Getty was
the first to argue``), with the reporting passives (``Getty is said to have argued``: still
Getty's claim, at second hand)."""
_RAISING_PHRASES = (*(r for r in RAISING if len(r) > 1), *(r[:-1] for r in _FIRST))
"""The same before a verb, read back from it; *first* is skipped as an adverb before them."""
OPENING = 3
"""A cue within the first words of a sentence opening with a concessive is its main verb: the
contrast is the claimant's own (``Toch schrijft hij ook dat``), not the author's."""


class SentenceMentions:
    """The tokens of a sentence, the lexicon of its languages, and the claimants it names
    around a cue: names, pronouns, roles and groups, as subjects or after a preposition."""

    def __init__(
        self,
        tokens: Tokens,
        langs: Sequence[str],
        known: Mapping[str, str],
        names: Collection[str],
        strangers: bool,
        cue_sets: Sequence[CueSet] = (),
    ) -> None:
        self.t = tokens
        self.sentence = ""
        self.known = known
        self.names = names
        self.strangers = strangers
        self.pronouns = set().union(*(PRONOUNS[code] for code in langs))
        self.groups = set().union(*(GROUP_NOUNS[code] for code in langs))
        self.skip = skip_words(langs)
        self.prepositions = set().union(*(OBLIQUE[code] for code in langs))
        self.langs = langs
        self.complementisers = {w for c in cue_sets for w in c.complementisers}
        self.roles = set().union(*(ROLE_NOUNS[code] for code in langs))
        self.persons = set().union(*(SCHOLAR_NOUNS.get(code, set()) for code in langs))
        self.origins = {w for code in langs for w in OF_WORDS[code] if " " not in w}
        self.adverb_phrases = set().union(*(STANCE_ADVERB_PHRASES[code] for code in langs))
        self.subordinators = set().union(*(SUBORDINATORS[code] for code in langs)) - _RELATIVES
        self.comitatives = [tuple(w.split()) for code in langs for w in COMITATIVES[code]]
        self.pointing = {w for code in langs for w in WORKS_POINTED_TO[code][0]}
        self.works = {w for code in langs for w in WORKS_POINTED_TO[code][1]}
        self.cue_words = {
            w for c in cue_sets for phrase in c.before | c.contrast for w in phrase.split()
        } | {w for c in cue_sets for w in c.after | c.after_that}
        self.verbal = (
            self.skip | _AUXILIARIES | {w for p in self.cue_words for w in p.split()}
        ) | {verb for code in langs for verb, _ in PARTICLE_CUES.get(code, {})}

    def _subject(self, end: int) -> Mentioned | None:
        """The first claimant named before token *end* as a subject (not after a
        preposition), in the clause that *end* belongs to."""
        low = self.t.low
        for j in range(end):
            if low[j] in ";:":
                return None
            mention = self.name_at(j)
            if mention is None or (j > 0 and low[j - 1] in self.prepositions):
                continue
            if mention.kind in {"known", "person"} and j + 1 < end and self.name_at(j + 1):
                continue  # "Peter Kenez": the surname is the mention
            return mention
        groups = (self.group(j, forward=False) for j in range(min(end, OPENING + 2)))
        return next((g for g in groups if g is not None), None)  # "Some scholars … by claiming"

    def _coordinated(self, i: int) -> list[Mentioned]:
        """The sentence's subject for a verb joined to its first verb by *and* or *but* (``In
        doing so, X made … and rejected``, ``X first accorded … but then claimed``), when no
        *that*-clause stands between them."""
        low = self.t.low
        if i < 2 or low[self._skip_back(i - 1)] not in _CONJUNCTIONS | _BUT:
            return []
        subject = self._subject(i)
        if subject is None or subject.kind == "pronoun":
            return []
        first = next(k for k, span in enumerate(self.t.spans) if span[1] >= subject.end)
        return [] if self.complementisers & set(low[first:i]) else [subject]

    def clause_subject(self, i: int) -> list[Mentioned]:
        """The subject right after the subordinator of a verb-final clause (``omdat
        bijvoorbeeld Getty het voorbeeld noemt``, ``weil Weber die These vertritt``)."""
        low = self.t.low
        for j in range(i - 1, max(-1, i - 10), -1):
            if low[j] in ",;:()":
                return []
            if low[j] in self.subordinators:
                k = j + 1
                while k < i and low[k] in self.skip:
                    k += 1
                named = [m for m in self.after(k) if m.kind in {"known", "person"}]
                return named if named and named[-1].end <= self.t.spans[i][0] else []
        return []

    def name_at(self, j: int) -> Mentioned | None:
        """The claimant named by token *j*, with any given names and initials before it."""
        text, low = self.t.text, self.t.low
        if not 0 <= j < len(text):
            return None
        word = text[j]
        if re.search(r"(?:’s|'s|’)$", word):
            return None  # "volgens Stalin's wensen" names his wishes, not his claim
        picked = next(
            (
                w
                for w, (words, _) in FORMER_LATTER.items()
                if tuple(low[j - len(words) + 1 : j + 1]) == words
            ),
            None,
        )
        if picked is not None and self.strangers and self._stands_alone(j):  # "the latter argues"
            first = j - len(FORMER_LATTER[picked][0]) + 1
            return Mentioned("pronoun", picked, None, self.t.spans[first][0], self.t.spans[j][1])
        if j > 0 and self.strangers and low[j] in self.works and low[j - 1] in self.pointing:
            first = j - 1 - (j > 1 and low[j - 2] in {"the", "die", "de", "les"})
            return Mentioned("pronoun", "they", None, self.t.spans[first][0], self.t.spans[j][1])
        if low[j] in self.pronouns or role_at(self.t, j, self.roles):
            if not self.strangers:
                return None
            return Mentioned("pronoun", low[j], None, *self.t.spans[j])
        if not word[:1].isupper() or len(word) < 2:
            return None
        first = j
        while first > 0 and text[first - 1][:1].isupper() and not self._stop(first - 1):
            first -= 1
            if j - first >= 3:
                break
        start, end = self.t.spans[first][0], self.t.spans[j][1]
        actor = self.known.get(name_key(word))
        if actor is not None:
            return Mentioned("known", word, actor, start, end)
        if not self.strangers or word not in self.names or low[j] in self.groups:
            return None
        return Mentioned("person", " ".join(text[first : j + 1]), None, start, end)

    def _stands_alone(self, j: int) -> bool:
        """Whether the word at *j* ends a noun phrase of its own: what follows is no word,
        or a verb or adverb (``the latter argues``), not a noun (``the former Soviet
        officials``)."""
        following = self.t.low[j + 1 : j + 2]
        return not following or not following[0].isalpha() or following[0] in self.verbal

    def _stop(self, j: int) -> bool:
        """Whether capitalised token *j* cannot be part of the name after it: a title, a cue
        word opening the sentence (``Volgens``) or a surname of its own (``noemt Conquest
        Enukidze``)."""
        low = self.t.low[j]
        return low in TITLES or low in self.cue_words or name_key(low) in self.known

    def after(self, k: int, *, inverted: bool = False) -> list[Mentioned]:
        """The claimants named from token *k* on: a name (walking over titles, given names and
        initials to the surname), names joined by ``en``/``and``, a pronoun, a group."""
        low = self.t.low
        while inverted and k < len(low) and low[k] in self.skip:
            k += 1
        found: list[Mentioned] = []
        floor = k
        while k < len(low):
            j = k
            while j < len(low) and (low[j] in TITLES or self._initial(j)) and not self._role(j):
                j += 1
            first = j
            while (
                j + 1 < len(low)
                and self.t.text[j][:1].isupper()
                and self.t.text[j + 1][:1].isupper()
                and j + 1 - first <= 3
                and name_key(self.t.low[j]) not in self.known
            ):
                j += 1  # to the last word of "Peter Kenez", "C J Friedrich"
            mention = self.name_at(j) if j < len(low) else None
            if mention is None and not inverted:
                mention = self.group(k, forward=True, floor=floor)
            if mention is None:
                break
            found.append(mention)
            j = self.past_citation(j)  # "Helbig (1990) und Karagjosova (2003)"
            if mention.kind == "pronoun" or j + 2 >= len(low) or low[j + 1] not in _CONJUNCTIONS:
                break
            k = j + 2
        return found

    def _role(self, j: int) -> bool:
        """Whether token *j*, a title, is the role noun of the author under discussion
        standing alone (``according to the author,``), not a title before a name (``the
        author Peter Kenez``)."""
        after = self.t.text[j + 1 : j + 2]
        return self.t.low[j] in self.pronouns and not (after and after[0][:1].isupper())

    def _initial(self, j: int) -> bool:
        word = self.t.text[j]
        return len(word) <= 2 and word[:1].isupper() and j + 1 < len(self.t.text)

    def before(self, i: int) -> list[Mentioned]:
        """The subject named right before the verb at *i* (over adverbs and a year in
        brackets), or before the comma of an English *who* opening a relative clause, and the
        names joined to it by ``en``/``and``."""
        low = self.t.low
        j = self._skip_back(self.progressive(i) - 1)  # "Getty is now arguing"
        antecedent = relative_antecedent(self, i, j)
        if antecedent is not None:  # "It is Getty who argues", "Es ist Weber, der behauptet"
            return antecedent
        j = over_adjunct(self, j)  # "Getty in his 1990 book argued"
        if j > 1 and low[j] == "who" and low[j - 1] == ",":
            j -= 2  # "Gedike (1782: 7), who assumed that": the relative's antecedent
        elif j > 0 and low[j] == "die" and "nl" in self.langs:
            j -= 2 if low[j - 1] == "," else 1  # "waaronder Jezjov die zei dat"
        j = self.before_citation(j)
        found: list[Mentioned] = []
        if j > 0 and low[j] == ",":
            return self._apposed(j)
        if j > 1 and low[j - 1] in self.origins and self.name_at(j) is None:
            j -= 2  # "Gregory of Corinth, active much later, suggested"
        if j > 0 and low[j] in WORK_NOUNS and (owner := self._possessor(j - 1)) is not None:
            return [owner]  # "as Smith's study shows": the work's author holds its view
        while j >= 0:
            mention = self.name_at(j)
            if mention is None:
                break
            first = j
            while first > 0 and self.t.text[first - 1][:1].isupper():
                first -= 1
            if first > 0 and low[first - 1] in self.prepositions - _AGENT_WORDS - _AS:
                break  # "wat Stalin tegen Enukidze zei": a name after a preposition is no
                # subject; an agent is ("die von Thurmair beobachtete"), and "zoals Getty zegt"
            found.insert(0, mention)
            if first < 2 or low[first - 1] not in _CONJUNCTIONS:
                break
            j = self.before_citation(first - 2)  # "Smith (1990) and Meyer (2003) argue"
        return found

    def progressive(self, i: int) -> int:
        """The first word of the progressive frame of the verb at *i*, or *i*."""
        return progressive_start(
            self.t.low, i, self.langs, lambda j: self.t.low[j] in self.skip or self._adverb(j)
        )

    def _possessor(self, j: int) -> Mentioned | None:
        """The scholar named by the English possessive at token *j* (``Smith’s``)."""
        bare = possessor(self.t.text[j])
        if bare is None:
            return None
        start = self.t.spans[j][0]
        actor = self.known.get(name_key(bare))
        if actor is not None:
            return Mentioned("known", bare, actor, start, start + len(bare))
        if self.strangers and bare in self.names:
            return Mentioned("person", bare, None, start, start + len(bare))
        return None

    def before_citation(self, j: int) -> int:
        """The token before the bracket that token *j* closes, when it closes one within
        :data:`_CITATION_SPAN` tokens (a year after a name); else *j*."""
        low = self.t.low
        if j >= 0 and low[j] == ")" and "(" in low[max(0, j - _CITATION_SPAN) : j]:
            return max(k for k in range(max(0, j - _CITATION_SPAN), j) if low[k] == "(") - 1
        return j

    def past_citation(self, j: int) -> int:
        """The last token of the bracket that opens right after token *j*, when it closes
        within :data:`_CITATION_SPAN` tokens and holds a year; else *j*."""
        low = self.t.low
        if low[j + 1 : j + 2] != ["("]:
            return j
        inside = low[j + 2 : j + 2 + _CITATION_SPAN]
        close = next((n for n, w in enumerate(inside) if w in ("(", ")")), -1)
        if close < 0 or inside[close] != ")" or not any(w[:4].isdigit() for w in inside[:close]):
            return j
        return j + 2 + close

    def _apposed(self, comma: int) -> list[Mentioned]:
        """The name opening the sentence before an apposition ending right before the verb."""
        ends = apposed_subject(self.t, comma, self.prepositions)
        mention = next((m for k in ends if (m := self.name_at(k)) is not None), None)
        return [mention] if mention else []

    def _skip_back(self, j: int) -> int:
        """The first token at or before *j* that is not an adverb, an auxiliary of a raising
        verb (``seems to have``) or an aside between commas (``Dio, in other words,
        believed``)."""
        low = self.t.low
        while j >= 0:
            if low[j] in self.skip or self._adverb(j):
                j -= 1
            elif phrase := next(
                (
                    p
                    for p in (*self.adverb_phrases, *_RAISING_PHRASES)
                    if tuple(low[max(0, j - len(p) + 1) : j + 1]) == p
                ),
                (),
            ):
                j -= len(phrase)  # "wie Weber zu Recht bemerkt", "he goes on to argue"
            elif low[j] == "," and "," in low[max(0, j - _ASIDE) : j]:
                j = max(m for m in range(max(0, j - _ASIDE), j) if low[m] == ",") - 1
            else:
                return j
        return j

    def _adverb(self, j: int) -> bool:
        return "en" in self.langs and english_adverb(self.t.text[j])

    def _someone(self, h: int) -> bool:
        """Whether token *h* is a scholar's role in the singular after an indefinite
        determiner (``a Greek grammarian``, ``one author``, ``another scholar``): someone the
        text leaves unnamed, a claimant under that label."""
        low = self.t.low
        if low[h] not in self.roles | self.persons:
            return False
        named = self.t.text[h + 2 : h + 3]
        if low[h + 1 : h + 2] == [","] and named and named[0][:1].isupper():
            return False  # "a Calvinist scholar, Georg Pasor": named after all
        before = low[max(0, h - 3) : h]
        k = next((n for n in range(len(before) - 1, -1, -1) if before[n] in INDEFINITE), -1)
        return k >= 0 and all(w.isalpha() and w not in self.skip for w in before[k + 1 :])

    def group_before(self, i: int) -> list[Mentioned]:
        """A group subject ending within four words before the verb at *i*, over an aside
        (``Most scholars did, however, agree``) or a participle pointing into the document
        (``most scholars introduced in this chapter agree``)."""
        i = self.progressive(i)
        end = self._skip_back(i - 1) if self.t.low[i - 1 : i] == [","] else i - 1
        for j in range(end, max(-1, end - 4), -1):
            if self.t.low[j] in ",;:()":
                break
            mention = self.group(j, forward=False)
            if mention is not None:
                return [mention]
        for j in range(end, max(0, end - _POINTER_SPAN), -1):
            low = self.t.low
            if not low[j].isalpha():
                break
            if low[j] in _POINTING and (j == end or low[j + 1] in _POINTED_TO):
                mention = self.group(j - 1, forward=False)
                return [mention] if mention is not None else []
        return []

    def group(self, j: int, *, forward: bool, floor: int = 0) -> Mentioned | None:
        """A group label whose noun is token *j* (or, *forward*, within the next three words,
        capitalised modifiers not counted: ``some Latin and Greek Early Christian authors``),
        with up to two words before the noun."""
        if not self.strangers:
            return None
        low, text = self.t.low, self.t.text
        plain = itertools.accumulate(
            not text[k][:1].isupper() and low[k] not in _CONJUNCTIONS | {"or"}
            for k in range(j, len(low))
        )
        # the counts only grow: stop at the fourth plain word, not at the sentence's end
        near = itertools.takewhile(lambda count: count <= 3, plain)
        heads = [j + n for n, _ in enumerate(near)] if forward else [j]
        for h in heads:
            if low[h] in self.groups or self._someone(h):
                first = h
                while first > max(floor, h - 2) and low[first - 1].isalpha():
                    if low[first - 1] in TITLES | self.skip | self.prepositions | CLAUSAL:
                        break  # "whereas others": the conjunction is no part of the label
                    first -= 1
                label = " ".join(self.t.text[first : h + 1])
                return Mentioned("group", label, None, self.t.spans[first][0], self.t.spans[h][1])
            if low[h] in ",;:()" or low[h] in self.prepositions:
                break  # "dan men van het paradigma gewend is": the group is no subject
        return None

"""Read one sentence for attributions: who is said to claim, dispute, qualify or report what
follows, through which cue, and the author's own stance where the sentence shows it.

A claimant is found next to its cue: after ``volgens``/``according to``/``in tegenstelling
tot``, as the subject of a reporting verb (before it, or after it when the verb comes first:
``schrijft hij``, ``nimmt Thurmair an``), or as the agent of a passive (``door Getty
aangevallen``, ``criticised by Getty``). It is a known actor (by surname), a name the
bibliography lacks, a group (``de revisionisten``, ``Renaissance scholars``) or a pronoun,
which :mod:`.claims` resolves to the scholar the paragraph discusses.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping, Sequence

from purgehist.formats.text.attribution_mentions import OPENING, RAISING, SentenceMentions
from purgehist.formats.text.author_stance import author_stance, concessive
from purgehist.formats.text.claim_academic import HELD_VIEWS
from purgehist.formats.text.claim_adjuncts import reporting_adjunct
from purgehist.formats.text.claim_clauses import (
    aim_only,
    as_clause,
    content_elsewhere,
    differing_view,
    hedged,
    negated,
    not_all,
    owned_view,
    reduced_relative,
    source_passive,
    topic_only,
)
from purgehist.formats.text.claim_continuation import reported_speech
from purgehist.formats.text.claim_cues import CLAIM_CUES, CueSet, cue_verbs
from purgehist.formats.text.claim_french import french_reading, sentence_tokens
from purgehist.formats.text.claim_lexicon import (
    NEGATIONS,
    REPORTIVE,
    ROLE_PREPOSITIONS,
)
from purgehist.formats.text.claim_particles import (
    CLOSE_PARTICLES,
    JUDGED_ACTS,
    STANCE_OBJECTS,
    THAT_PAIRS,
    THAT_PARTICLES,
    TRAILING_PARTICLES,
)
from purgehist.formats.text.claim_perfect import perfect_auxiliary, perfect_participle
from purgehist.formats.text.claim_phrases import (
    EVALUATIONS,
    EXAMPLE_NOUNS,
    GERUND_CUES,
    GERUND_OPENERS,
    HEDGES,
    IN_VIEW,
    KNOWN_ONLY,
    OF_WORDS,
    PASSIVE_AUXILIARIES,
    SOURCE_OPENERS,
    SOURCE_PASSIVES,
    SPEECH_NOUNS,
    STATEMENT_NOUNS,
    TOPIC_PREPOSITIONS,
)
from purgehist.formats.text.claim_progressive import english_base
from purgehist.formats.text.claim_readings import Found, Mentioned, SentenceReading
from purgehist.formats.text.claim_relatives import comitative
from purgehist.formats.text.claim_statements import statement
from purgehist.formats.text.claim_verbs import (
    CITE as _CITE,
)
from purgehist.formats.text.claim_verbs import (
    GERMAN_FINAL,
    GERMAN_PARTICLES,
    OBJECT_PRONOUNS,
)
from purgehist.formats.text.sentence_tokens import Tokens as _Tokens
from purgehist.formats.text.sentence_tokens import (
    followed_at,
    particle_at,
    reported_subject,
)

__all__ = ["Found", "Mentioned", "SentenceReading", "read_sentence"]


_INFINITIVE = frozenset({"te", "to", "zu"})
_DEFINITE_ARTICLES = (["der"], ["dem"], ["den"], ["des"], ["die"])
_CLAUSE_ENDS: tuple[list[str], ...] = ([], [","], [";"], [":"], [")"])
_AGENT_WORDS = (["von"], ["durch"], ["door"], ["van"])
_REACH = 13
"""How many words after a verb its *dat*/*als* may stand (``noemt … als``, over an object)."""
_LEADING = frozenset({"leads", "led", "lead", "leading", "prompts", "prompted", "prompt"})
"""English verbs whose object is the subject of the infinitive after them."""
_NOMINATIVE = {"her": "she", "him": "he", "them": "they"}
_PERFECT_ADVERBS = frozenset({"have", "already", "also", "first", "ever", "explicitly"})
"""Words between *to* and its infinitive (``to have already argued``)."""
_COPULAS = frozenset({"is", "was", "remains", "remained"})
_MANNER = frozenset({"als", "as", "wie", "comme", "hoe", "how"})
"""Complementisers of manner, which do not give a statement noun its content."""


def read_sentence(
    sentence: str,
    lang: str | None,
    known: Mapping[str, str],
    *,
    extra: Mapping[str, CueSet] | None = None,
    names: Collection[str] = frozenset(),
    strangers: bool = True,
) -> SentenceReading:
    """The attributions of *sentence*.

    :param known: folded surname → actor id
    :param names: the capitalised words of the document that are names of people; only these
        may name a claimant the bibliography lacks
    :param strangers: whether names the bibliography lacks, groups and pronouns may be
        claimants (else only *known* actors)
    """
    langs = [lang] if lang in CLAIM_CUES else list(CLAIM_CUES)
    cue_sets = [*(extra or {}).values(), *(CLAIM_CUES[code] for code in langs)]
    words = _Words(sentence_tokens(sentence, lang), langs, known, names, strangers, cue_sets)
    words.sentence = sentence
    found: list[Found] = []
    author: str | None = None
    first_cue = len(words.t.low)
    for i in range(len(words.t.low)):
        for hit in words.cues_at(i, cue_sets):
            first_cue = min(first_cue, i)
            if all(f.claimant.name != hit.claimant.name for f in found):
                found.append(hit)
                if hit.cue in words.contrast_cues:
                    author = "asserts"
    found, author = french_reading(words, found, author)
    if found:
        author = author_stance(sentence, langs) or author
        if author is None and first_cue >= OPENING and concessive(sentence, langs):
            author = "disputes"  # "Toch zet X … opzij, omdat volgens hem …", not "Toch zegt hij"
    return SentenceReading(tuple(found), author if found else None)


def _raised(before: list[str]) -> bool:
    """Whether the words *before* an infinitive's *to* end in a raising verb."""
    return any(before[len(before) - len(r) :] == list(r) for r in RAISING)


class _Words(SentenceMentions):
    """A sentence's tokens read for cues: reporting verbs, phrases, passives and their
    claimants, with the stance each gives."""

    def __init__(
        self,
        tokens: _Tokens,
        langs: Sequence[str],
        known: Mapping[str, str],
        names: Collection[str],
        strangers: bool,
        cue_sets: Sequence[CueSet] = (),
    ) -> None:
        super().__init__(tokens, langs, known, names, strangers, cue_sets)
        self.negations = set().union(*(NEGATIONS[code] for code in langs))
        self.contrast_cues: set[str] = set()
        self.bounds = {",", ";", ":", "(", ")"} | self.complementisers
        self.topics = set().union(*(TOPIC_PREPOSITIONS[code] for code in langs))
        self.statements = set().union(*(STATEMENT_NOUNS[code] for code in langs))
        self.speeches = set().union(*(SPEECH_NOUNS[code] for code in langs))
        self.of_list = [w.split() for code in langs for w in OF_WORDS[code]]
        self.hedges = {h.casefold() for code in langs for h in HEDGES[code]}  # ß: ss
        self.in_view = set().union(*(IN_VIEW[code] for code in langs))
        self.known_only = set().union(*(KNOWN_ONLY[code] for code in langs))
        self.role_prepositions = set().union(*(ROLE_PREPOSITIONS[code] for code in langs))
        self.examples = set().union(*(EXAMPLE_NOUNS[code] for code in langs))
        self.evaluations = set().union(*(EVALUATIONS[code] for code in langs))
        self.reportive = set().union(*(REPORTIVE.get(code, set()) for code in langs))
        self.source_openers = set().union(*(SOURCE_OPENERS[code] for code in langs))
        self.source_passives = set().union(*(SOURCE_PASSIVES[code] for code in langs))
        self.auxiliaries = set().union(*(PASSIVE_AUXILIARIES[code] for code in langs))
        self.cue_verbs = cue_verbs(cue_sets)

    def cues_at(self, i: int, cue_sets: Sequence[CueSet]) -> list[Found]:
        """The attributions whose cue starts at token *i*."""
        low = self.t.low
        if i == 0 and low[0] in self.source_openers:  # "In Zifonun u. a. (1997) werden …"
            named = [m for m in self.after(1) if m.kind in {"known", "person"}]
            reports = source_passive(self.t, named, self.source_passives, self.auxiliaries)
            reports = reports or self._it_says(named)
            if reports:
                return [Found(m, f"{low[0]} … {reports}", "asserts", True) for m in named]
        for cues in cue_sets:
            for size in (4, 3, 2, 1):
                phrase = " ".join(low[i : i + size])
                if i + size <= len(low) and (phrase in cues.before or phrase in cues.contrast):
                    contrast = phrase in cues.contrast
                    if contrast:
                        self.contrast_cues.add(phrase)
                    stance = "disputes" if contrast else "asserts"
                    return [Found(m, phrase, stance) for m in self.after(i + size)]
        word = self._simple(i)
        adjunct = reporting_adjunct(self, i)
        if adjunct:  # "For Getty, the lists came from below"
            return adjunct
        if word in self.known_only:
            named = [m for m in self.after(i + 1) if m.kind == "known"]
            if named:
                return [Found(m, word, "asserts") for m in named]
        if word in self.role_prepositions and low[i + 1 : i + 2] in _DEFINITE_ARTICLES:
            role = self.name_at(i + 2) or self.group(i + 2, forward=False, floor=i + 2)
            if role is not None and role.kind in {"pronoun", "group"}:  # "Nach der Autorin ist"
                return [Found(role, f"{word} {low[i + 1]}", "asserts")]
        owner = owned_view(low, i, self.in_view, self.statements)
        if owner:  # "In his view, …", "Seiner Ansicht nach …"
            mention = Mentioned("pronoun", owner, None, *self.t.spans[i])
            return [Found(mention, f"{word} {low[i + 1]}", "asserts")] if self.strangers else []
        nominal = statement(self, i, cue_sets)
        if nominal:
            return nominal
        gerund = self._gerund(i, cue_sets)
        if gerund:
            return gerund
        for cues in cue_sets:
            if word == cues.agent:
                passive = self._passive(i, cues)
                if passive:
                    return passive
        complementisers = set().union(*(c.complementisers for c in cue_sets))
        for cues in cue_sets:
            for (verb, particle), stance in cues.particles.items():
                if word != verb:
                    continue
                p = particle_at(low, i, particle)
                if p < 0:
                    continue
                if particle in CLOSE_PARTICLES and not all(
                    w[:1].isupper() or w.casefold() in self.pronouns for w in self.t.text[i + 1 : p]
                ):
                    continue
                after = [w for w in low[p + 1 : p + 3] if w != ","][:1]
                that_only = particle in THAT_PARTICLES or (verb, particle) in THAT_PAIRS
                if that_only and not (
                    complementisers & set(after) or self._judged(p) or self._reported(p)
                ):
                    continue
                trailing = TRAILING_PARTICLES | (
                    GERMAN_FINAL if (verb, particle) in GERMAN_PARTICLES else set()
                )
                if particle in trailing and low[p + 1 : p + 2] not in _CLAUSE_ENDS:
                    continue  # "führt keine Beispiele an, die … aus Helbig": a preposition
                return self._verb(i, f"{word} … {particle}", stance)
        perfect = perfect_participle(low, i, self.langs)
        if perfect is not None and self._subject_before(i):
            perfect = None  # "betont" after its subject is the present tense, not a participle
        if perfect is not None:  # "Getty hat diese Zahl als zu hoch bezeichnet"
            aux, stance = perfect
            if self.negations & set(low[i - 2 : i]) and not negated(
                low, aux, self.negations, self.bounds
            ):  # "hat die These nicht kritisiert": the negation closes the clause
                stance = {"asserts": "disputes", "disputes": "qualifies"}.get(stance, stance)
            return self._verb(aux, f"{low[aux]} … {word}", stance)
        if content_elsewhere(low[i + 1 :], complementisers):
            return []
        for cues in cue_sets:
            stance = cues.stances.get(word, "asserts")
            if word in cues.after and stance == "reports" and not word.startswith(_CITE):
                # "described the Greek language", "erwähnt die Kombination": a topic; what is
                # reported is a view only in a clause after the verb, which the reporter holds
                if complementisers & set(low[i + 1 : i + _REACH]) or self._reported(i):
                    return self._verb(i, word, "asserts")
                continue
            if word in cues.after:
                return self._verb(i, word, "asserts" if stance == "reports" else stance)
            example = self.examples & set(low[max(0, i - 3) : i])  # "het voorbeeld noemt"
            if word in cues.after_that and (
                complementisers & set(low[i + 1 : i + _REACH])
                or example
                or as_clause(low, i, _MANNER)
                or self._reported(i)
            ):
                found = self._verb(i, word, cues.stances.get(word, "asserts"))
                content = complementisers - {":"} - _MANNER
                return [f for f in found if not reported_subject(self.t, f.claimant.start, content)]
        return []

    def _simple(self, i: int) -> str:
        """The word at *i*, or for an English progressive its simple form among the cues
        (``is arguing``: ``argue``)."""
        word = self.t.low[i]
        if "en" not in self.langs or self.progressive(i) == i:
            return word
        return english_base(word, self.cue_verbs) or word

    def _subject_before(self, i: int) -> bool:
        """Whether a claimant named right before the verb at *i* is its subject, not the
        object of *von*/*door* (``hat die These von Conquest kritisiert``)."""
        return self.name_at(i - 1) is not None and self.t.low[i - 2 : i - 1] not in _AGENT_WORDS

    def _judged(self, p: int) -> bool:
        """Whether the judgement at *p* (``right``, ``mistaken``) is followed by the act it
        judges, which is a view (:data:`JUDGED_ACTS`): *to* takes a reporting verb."""
        low = self.t.low
        after = low[p + 1 : p + 2]
        if not after or after[0] not in JUDGED_ACTS.get(low[p], frozenset()):
            return False
        if after[0] != "to":
            return True
        verb = low[p + 2 : p + 3]  # "right to argue", "right to point out"
        return bool(verb) and verb[0] in self.cue_verbs

    def _it_says(self, named: Sequence[Mentioned]) -> str | None:
        """``heißt es`` right after the work or author the sentence opens with (``Bei Dik
        (1997: 402) heißt es, dass``): what is said there is the author's."""
        if not named:
            return None
        low = self.t.low
        end = max(k for k, span in enumerate(self.t.spans) if span[1] <= named[-1].end)
        k = end + 1
        if low[k : k + 1] == ["("]:
            k = next((j + 1 for j in range(k, len(low)) if low[j] == ")"), k)
        return "heißt es" if low[k : k + 2] == ["heisst", "es"] else None

    def _reported(self, i: int) -> bool:
        """Whether the verb or particle at *i* has a German reported clause after a comma."""
        return "de" in self.langs and reported_speech(self.t.text, self.t.low, i)

    def _gerund(self, i: int, cue_sets: Sequence[CueSet]) -> list[Found]:
        """The main clause's subject for a gerund of saying before a *that*-clause (``Conquest
        geeft de grenzen aan door te vermelden dat``, ``Getty begins by arguing that``)."""
        low = self.t.low
        complementisers = set().union(*(c.complementisers for c in cue_sets))
        for code in self.langs:
            stance = GERUND_CUES.get(code, {}).get(low[i])
            if stance is None or not complementisers & set(low[i + 1 : i + 4]):
                continue
            for opener in GERUND_OPENERS.get(code, ()):
                if low[max(0, i - len(opener)) : i] != list(opener) and not (
                    opener[-1] == "te" and low[i - 1 : i] == ["te"] and "door" in low[i - 4 : i - 1]
                ):
                    continue
                start = low.index(opener[0], max(0, i - 4))
                subject = self._subject(start)
                return [Found(subject, f"{' '.join(opener)} {low[i]}", stance)] if subject else []
        return []

    def _passive(self, i: int, cues: CueSet) -> list[Found]:
        """The agents after the passive's *door*/*by* at *i* when an attributing participle
        follows them (``door andere historici aangevallen``) or stands right before
        (``criticised by Getty``)."""
        agents = self.after(i + 1)
        if not agents or any(
            perfect_auxiliary(self.t.low, i, code) is not None for code in self.langs
        ):
            return []  # "hat die These von Conquest kritisiert": active, not a passive
        low = self.t.low
        last = max(k for k, span in enumerate(self.t.spans) if span[1] <= agents[-1].end)
        following = list(itertools.takewhile(lambda w: w not in ",;:()", low[last + 1 : last + 5]))
        # "was characterized as the language of sailors by …": the participle opens the clause
        clause = itertools.takewhile(lambda w: w not in ",;:()", reversed(low[max(0, i - 12) : i]))
        for word in [*clause, *following]:
            if word in cues.participles:
                return [Found(m, f"{cues.agent} … {word}", cues.participles[word]) for m in agents]
        return []

    def _verb(self, i: int, cue: str, stance: str) -> list[Found]:
        low = self.t.low
        controller = self._controller(i)
        if controller is not None:  # "This leads her to conclude that"
            return [Found(controller, cue, stance)]
        members = self._one_of(i)
        if members:  # "Camic (1995) is one of the few scholars to have argued"
            return [Found(m, cue, stance) for m in members]
        if (
            i > 0
            and low[i - 1] in _INFINITIVE
            and not _raised(low[max(0, i - 4) : i - 1])
            and self.progressive(i) == i
        ):
            return []  # "is te zien aan": an infinitive has no subject of its own
        if low[i + 1 : i + 2] == ["sich"] and low[i + 2 : i + 3] != ["einig"]:
            return []  # "die Ansätze unterscheiden sich", "zeigt sich"; not "sind sich einig"
        # "held the same assumptions about", "raises doubts about": a stance, not a topic
        held_view = cue.rpartition(" … ")[2] in _HELD_VIEWS | STANCE_OBJECTS
        if not held_view and topic_only(low, i, self.topics, self.complementisers, self.bounds):
            return []
        if "en" in self.langs and (aim_only(low, i) or _plural_noun(self.t.text, low, i)):
            return []
        if reduced_relative(low, i):
            return []
        subjects = self.before(i)
        subjects = [m for m in subjects if m.name not in OBJECT_PRONOUNS]
        inverted = self.after(i + 1, inverted=True)
        inverted = [m for m in inverted if m.name not in OBJECT_PRONOUNS]  # "viel hem aan"
        if self.langs == ["en"] and low[i - 1 : i] != [","]:
            inverted = []  # English inverts only after a quotation (", argues Getty")
        if all(m.kind == "person" for m in subjects) and any(m.kind == "known" for m in inverted):
            # "Neben solchen Einstellungen nimmt Doherty … an": a capitalised noun before the
            # verb is no subject when a known author follows it
            subjects = inverted
        subjects = (
            subjects
            or inverted
            or self.group_before(i)
            or self.clause_subject(i)
            or self._coordinated(i)
        )
        if stance in {"asserts", "disputes"} and any(self._not_all(m) for m in subjects):
            stance = "disputes" if stance == "asserts" else "qualifies"  # "not all scholars"
        elif stance in {"asserts", "disputes"} and negated(low, i, self.negations, self.bounds):
            if low[i] in _UNAWARE:
                return []  # "did not realize that": unaware of it, not against it
            # "ontkent niet dat" concedes
            stance = "disputes" if stance == "asserts" else "qualifies"
        elif stance == "asserts" and hedged(low, i, self.hedges):
            stance = "qualifies"
        elif stance == "asserts" and differing_view(low, i):
            stance = "disputes"  # "takes a different view"
        k = followed_at(self.t, i)  # "others followed X in proposing that": X too
        followed = [m] if k >= 0 and (m := self.name_at(k)) else []
        joined = [c for m in subjects for c in comitative(self, m)]  # "X (2005) mit Y (1986)"
        return [Found(m, cue, stance) for m in [*subjects, *followed, *joined]]

    def _controller(self, i: int) -> Mentioned | None:
        """The object of a verb of leading before the infinitive at *i*, who is its subject
        (``leads her to conclude``, ``led Smith to argue``), a pronoun made nominative."""
        low = self.t.low
        if i < 3 or low[i - 1] != "to" or low[i - 3] not in _LEADING:
            return None
        if low[i - 2] in _NOMINATIVE:
            name = _NOMINATIVE[low[i - 2]]
            return (
                Mentioned("pronoun", name, None, *self.t.spans[i - 2]) if self.strangers else None
            )
        return self.name_at(i - 2)

    def _one_of(self, i: int) -> list[Mentioned]:
        """The people a sentence says are *one of the* group whose infinitive is at *i*
        (``Camic (1995) is one of the few scholars to have already argued``): the subject of
        the copula, not the group, holds the view."""
        low = self.t.low
        k = i - 1
        while k > 0 and low[k] in _PERFECT_ADVERBS:
            k -= 1
        if low[k] != "to":
            return []
        one = next((j for j in range(k - 1, max(0, k - 8), -1) if low[j] == "one"), -1)
        if one < 1 or low[one + 1 : one + 3] != ["of", "the"] or low[one - 1] not in _COPULAS:
            return []
        return [m for m in self.before(one - 1) if m.kind in {"known", "person"}]

    def _not_all(self, mention: Mentioned) -> bool:
        first = next((k for k, span in enumerate(self.t.spans) if span[1] > mention.start), 0)
        return not_all(self.t.low, first, self.negations)


_HELD_VIEWS = frozenset(word for words in HELD_VIEWS.values() for word in words.split())
_UNAWARE = frozenset(
    {"realize", "realise", "realized", "realised", "notice", "noticed", "recognize",
     "recognise", "recognized", "recognised"}
)  # fmt: skip
"""English verbs of becoming aware: negated, they say the subject missed the point, not that
they reject it."""
_AUXILIARIES = frozenset(
    {"can", "could", "may", "might", "must", "will", "would", "should", "shall", "are", "were"}
)
"""Words a plural subject takes and a third-person verb never precedes."""


def _plural_noun(text: Sequence[str], low: Sequence[str], i: int) -> bool:
    """Whether the English cue at *i*, ending in *-s*, is a plural noun: a modal or a plural
    verb follows it (``cultural objects can no longer``, ``his claims are``), and no subject
    stands right before it (``which Jones believes were forged``, ``what she argues would``)."""
    if not (low[i].endswith("s") and i + 1 < len(low) and low[i + 1] in _AUXILIARIES):
        return False
    before = text[i - 1] if i > 0 else ""
    named = (i > 1 and before[:1].isupper()) or before.isdigit()  # "Jones", "Jones (2001)"
    return not (named or before.casefold() in _SUBJECT_PRONOUNS)


_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "one"})

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
import re
from collections.abc import Collection, Mapping, Sequence

from purgehist.formats.text.author_stance import author_stance, concessive
from purgehist.formats.text.claim_clauses import (
    as_clause,
    content_elsewhere,
    hedged,
    negated,
    not_all,
    owned_view,
    source_passive,
    topic_only,
)
from purgehist.formats.text.claim_continuation import reported_speech
from purgehist.formats.text.claim_cues import CLAIM_CUES, CueSet
from purgehist.formats.text.claim_french import french_reading, sentence_tokens, skip_words
from purgehist.formats.text.claim_lexicon import (
    GROUP_NOUNS,
    NEGATIONS,
    OBLIQUE,
    PRONOUNS,
    REPORTIVE,
    SUBORDINATORS,
)
from purgehist.formats.text.claim_particles import (
    CLOSE_PARTICLES,
    THAT_PAIRS,
    THAT_PARTICLES,
    TRAILING_PARTICLES,
)
from purgehist.formats.text.claim_phrases import (
    CLAUSAL,
    EVALUATIONS,
    EXAMPLE_NOUNS,
    GERUND_CUES,
    GERUND_OPENERS,
    HEDGES,
    IN_VIEW,
    KNOWN_ONLY,
    OF_WORDS,
    PASSIVE_AUXILIARIES,
    ROLE_NOUNS,
    SOURCE_OPENERS,
    SOURCE_PASSIVES,
    SPEECH_NOUNS,
    STATEMENT_NOUNS,
    TITLES,
    TOPIC_PREPOSITIONS,
)
from purgehist.formats.text.claim_readings import Found, Mentioned, SentenceReading
from purgehist.formats.text.claim_statements import statement
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
    CITE as _CITE,
)
from purgehist.formats.text.claim_verbs import (
    GERMAN_FINAL,
    GERMAN_PARTICLES,
    INDEFINITE,
    OBJECT_PRONOUNS,
    SCHOLAR_NOUNS,
)
from purgehist.formats.text.sentence_tokens import Tokens as _Tokens
from purgehist.formats.text.sentence_tokens import (
    apposed_subject,
    english_adverb,
    followed_at,
    particle_at,
    reported_subject,
    role_at,
)
from purgehist.names import name_key

__all__ = ["Found", "Mentioned", "SentenceReading", "read_sentence"]


_CONJUNCTIONS = frozenset({"en", "and", "und", "et", "&"})
_INFINITIVE = frozenset({"te", "to", "zu"})
_CLAUSE_ENDS: tuple[list[str], ...] = ([], [","], [";"], [":"], [")"])
_REACH = 13
"""How many words after a verb its *dat*/*als* may stand (``noemt … als``, over an object)."""
_RELATIVES = frozenset(
    {"die", "wat", "welke", "waar", "waarbij", "waarin", "waardoor", "wie", "der", "das"}
)
"""Relative pronouns: the name after one may be the object (``personen die Stalin … zag``)."""
_MANNER = frozenset({"als", "as", "wie", "comme", "hoe", "how"})
"""Complementisers of manner, which do not give a statement noun its content."""
_ASIDE = 5
"""The most words an aside between commas may have (``, in other words,``)."""
_OPENING = 3
"""A cue within the first words of a sentence opening with a concessive is its main verb: the
contrast is the claimant's own (``Toch schrijft hij ook dat``), not the author's."""


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
        if author is None and first_cue >= _OPENING and concessive(sentence, langs):
            author = "disputes"  # "Toch zet X … opzij, omdat volgens hem …", not "Toch zegt hij"
    return SentenceReading(tuple(found), author if found else None)


class _Words:
    """The tokens of a sentence and what is known about them."""

    def __init__(
        self,
        tokens: _Tokens,
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
        self.negations = set().union(*(NEGATIONS[code] for code in langs))
        self.skip = skip_words(langs)
        self.prepositions = set().union(*(OBLIQUE[code] for code in langs))
        self.contrast_cues: set[str] = set()
        self.langs = langs
        self.complementisers = {w for c in cue_sets for w in c.complementisers}
        self.bounds = {",", ";", ":", "(", ")"} | self.complementisers
        self.topics = set().union(*(TOPIC_PREPOSITIONS[code] for code in langs))
        self.statements = set().union(*(STATEMENT_NOUNS[code] for code in langs))
        self.speeches = set().union(*(SPEECH_NOUNS[code] for code in langs))
        self.of_list = [w.split() for code in langs for w in OF_WORDS[code]]
        self.hedges = {h.casefold() for code in langs for h in HEDGES[code]}  # ß: ss
        self.in_view = set().union(*(IN_VIEW[code] for code in langs))
        self.known_only = set().union(*(KNOWN_ONLY[code] for code in langs))
        self.examples = set().union(*(EXAMPLE_NOUNS[code] for code in langs))
        self.evaluations = set().union(*(EVALUATIONS[code] for code in langs))
        self.roles = set().union(*(ROLE_NOUNS[code] for code in langs))
        self.persons = set().union(*(SCHOLAR_NOUNS.get(code, set()) for code in langs))
        self.reportive = set().union(*(REPORTIVE.get(code, set()) for code in langs))
        self.source_openers = set().union(*(SOURCE_OPENERS[code] for code in langs))
        self.source_passives = set().union(*(SOURCE_PASSIVES[code] for code in langs))
        self.auxiliaries = set().union(*(PASSIVE_AUXILIARIES[code] for code in langs))
        self.origins = {w for code in langs for w in OF_WORDS[code] if " " not in w}
        self.subordinators = set().union(*(SUBORDINATORS[code] for code in langs)) - _RELATIVES
        self.cue_words = {
            w for c in cue_sets for phrase in c.before | c.contrast for w in phrase.split()
        } | {w for c in cue_sets for w in c.after | c.after_that}

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
        word = low[i]
        if word in self.known_only:
            named = [m for m in self.after(i + 1) if m.kind == "known"]
            if named:
                return [Found(m, word, "asserts") for m in named]
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
                if that_only and not (complementisers & set(after) or self._reported(p)):
                    continue
                trailing = TRAILING_PARTICLES | (
                    GERMAN_FINAL if (verb, particle) in GERMAN_PARTICLES else set()
                )
                if particle in trailing and low[p + 1 : p + 2] not in _CLAUSE_ENDS:
                    continue  # "führt keine Beispiele an, die … aus Helbig": a preposition
                return self._verb(i, f"{word} … {particle}", stance)
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
        groups = (self._group(j, forward=False) for j in range(min(end, _OPENING + 2)))
        return next((g for g in groups if g is not None), None)  # "Some scholars … by claiming"

    def _passive(self, i: int, cues: CueSet) -> list[Found]:
        """The agents after the passive's *door*/*by* at *i* when an attributing participle
        follows them (``door andere historici aangevallen``) or stands right before
        (``criticised by Getty``)."""
        agents = self.after(i + 1)
        if not agents:
            return []
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
        if i > 0 and low[i - 1] in _INFINITIVE and low[i - 2 : i - 1] != ["seems"]:
            return []  # "is te zien aan": an infinitive has no subject of its own
        if low[i + 1 : i + 2] == ["sich"]:
            return []  # "die Ansätze unterscheiden sich", "zeigt sich": no one reports
        if topic_only(low, i, self.topics, self.complementisers, self.bounds):
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
            # "ontkent niet dat" concedes
            stance = "disputes" if stance == "asserts" else "qualifies"
        elif stance == "asserts" and hedged(low, i, self.hedges):
            stance = "qualifies"
        k = followed_at(self.t, i)  # "others followed X in proposing that": X too
        followed = [m] if k >= 0 and (m := self.name_at(k)) else []
        return [Found(m, cue, stance) for m in [*subjects, *followed]]

    def _not_all(self, mention: Mentioned) -> bool:
        first = next((k for k, span in enumerate(self.t.spans) if span[1] > mention.start), 0)
        return not_all(self.t.low, first, self.negations)

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
            while j < len(low) and (low[j] in TITLES or self._initial(j)):
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
                mention = self._group(k, forward=True, floor=floor)
            if mention is None:
                break
            found.append(mention)
            if mention.kind == "pronoun" or j + 2 >= len(low) or low[j + 1] not in _CONJUNCTIONS:
                break
            k = j + 2
        return found

    def _initial(self, j: int) -> bool:
        word = self.t.text[j]
        return len(word) <= 2 and word[:1].isupper() and j + 1 < len(self.t.text)

    def before(self, i: int) -> list[Mentioned]:
        """The subject named right before the verb at *i* (over adverbs and a year in
        brackets), or before the comma of an English *who* opening a relative clause, and the
        names joined to it by ``en``/``and``."""
        low = self.t.low
        j = self._skip_back(i - 1)
        if j > 1 and low[j] == "who" and low[j - 1] == ",":
            j -= 2  # "Gedike (1782: 7), who assumed that": the relative's antecedent
        elif j > 0 and low[j] == "die" and "nl" in self.langs:
            j -= 2 if low[j - 1] == "," else 1  # "waaronder Jezjov die zei dat"
        if j >= 0 and low[j] == ")" and "(" in low[max(0, j - 8) : j]:
            j = max(k for k in range(max(0, j - 8), j) if low[k] == "(") - 1  # a citation
        found: list[Mentioned] = []
        if j > 0 and low[j] == ",":
            return self._apposed(j)
        if j > 1 and low[j - 1] in self.origins and self.name_at(j) is None:
            j -= 2  # "Gregory of Corinth, active much later, suggested"
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
            j = first - 2
        return found

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
        (``Most scholars did, however, agree``)."""
        end = self._skip_back(i - 1) if self.t.low[i - 1 : i] == [","] else i - 1
        for j in range(end, max(-1, end - 4), -1):
            if self.t.low[j] in ",;:()":
                break
            mention = self._group(j, forward=False)
            if mention is not None:
                return [mention]
        return []

    def _group(self, j: int, *, forward: bool, floor: int = 0) -> Mentioned | None:
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

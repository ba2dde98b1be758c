"""Who a sentence's claimant is: the people and groups the text names, the scholar under
discussion that pronouns refer to, and the actors made for claimants the bibliography lacks
(with the line of their first mention)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from purgehist.formats.text.attribution import Mentioned
from purgehist.formats.text.claim_joint import authors_label, joint_citations
from purgehist.formats.text.claim_lexicon import (
    FORMER_LATTER,
    OBLIQUE,
    PLURAL_PRONOUNS,
    PRONOUNS,
    SCHOOL_NOUNS,
)
from purgehist.formats.text.claim_phrases import NOMINATIVE, PEOPLE
from purgehist.formats.text.reading import Reading
from purgehist.model import (
    Actor,
    ActorKind,
    Claim,
    slug,
)
from purgehist.names import name_key


@dataclass(slots=True)
class ClaimCandidates:
    """The claims found, and the actors they made: claimants the bibliography lacks, groups,
    and the document's author (*author*, its id, when the text shows the author's stance)."""

    claims: list[Claim] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    author: str | None = None


WORD = re.compile(r"[^\W\d_]+")
NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
"""A word that may be a name, hyphenated names whole (``Pseudo-Plutarch``)."""
_ARTICLES = frozenset(
    {"de", "het", "een", "deze", "dit", "die", "the", "a", "an", "this", "these", "those",
     "der", "das", "den", "dem", "ein", "eine", "diese", "le", "la", "les", "l", "un", "une",
     "ce", "cette", "ces"}
)  # fmt: skip
"""Articles and demonstratives, which a group's label may open with."""
_ROLES = frozenset({"author", "autor", "autorin"})
"""Nouns that point, like pronouns, to the scholar under discussion, never to the sentence's
own subject."""
_EITHER = frozenset({"zij", "ze", "sie"})
"""Pronouns for one woman or for a group."""
_CONJUNCTIONS = frozenset({"en", "and", "und", "et", "&"})
_OTHERS = {"others": "other", "anderen": "andere", "andere": "andere", "autres": "autres"}
"""*Others* standing alone, and the adjective that makes it a label with a people noun."""


@dataclass(frozen=True, slots=True)
class Entity:
    """Someone the text has named: the folded key and the name as printed, the line of the
    first mention, and the actor id once there is one."""

    key: str
    name: str
    line: int
    actor: str | None = None


class Claimants:
    """The claimants met so far and the discourse the pronouns refer to: the scholar under
    discussion in the paragraph (*focus*), the last person and group of the paragraph, and
    the school of thought last named in the document."""

    def __init__(
        self,
        reading: Reading,
        known: Mapping[str, str],
        language: str | None,
        *,
        names: Collection[str] = frozenset(),
        scholars: Collection[str] = frozenset(),
        figures: Collection[str] = frozenset(),
        vocabulary: Collection[str] = frozenset(),
    ) -> None:
        self.reading = reading
        self.vocabulary = vocabulary
        self.known = known
        self.names = names
        self.scholars = scholars
        self.figures = figures
        self.found = ClaimCandidates()
        self.ids: dict[str, str] = {}
        self.taken = set(known.values())
        self.focus: Entity | None = None
        self.topic: Entity | None = None
        """The person who opened the sentence before as its subject, or whom a pronoun
        subject continued."""
        self.last_person: Entity | None = None
        self.last_cited: Entity | None = None
        """The scholar whose work the text cited last (a bibliography author, or a name before
        a bracketed year), whom a later ``ibid.`` cites again."""
        self.last_group: tuple[str, str] | None = None
        self.named_group: tuple[str, int] | None = None
        self.pronoun_entity: Entity | None = None
        self.first_seen: dict[str, int] = {}
        """The line where each person the text names is first named."""
        self.joint: Entity | None = None
        """The first author of the joint work cited last in the paragraph (``X & Y (2010)``),
        until a group is named."""
        self.pair: list[Entity] = []
        """People named together as a subject (``Getty en Naumov``), whom a plural pronoun
        after them stands for, one attribution each."""
        """The person the last pronoun resolved stands for."""
        """The label and line of a group named as a subject since the last group claimant."""
        self.kind_of_people: str | None = None
        """The plural noun of the people last named as a group (``scholars``), whom a bare
        *others* means more of."""
        self.last_school: tuple[str, int] | None = None
        """The label and line of the school of thought last named."""
        self.author_id = f"{reading.document}_author"
        self.language = language
        langs = [language] if language in OBLIQUE else list(OBLIQUE)
        self.oblique = set().union(*(OBLIQUE[code] for code in langs))
        self.groups = set().union(*(PEOPLE[code] for code in langs))
        self.nominative = set().union(*(NOMINATIVE[code] for code in langs))
        self.pronouns = set().union(*(PRONOUNS[code] for code in langs))
        self.schools = set().union(*(SCHOOL_NOUNS[code] for code in langs))

    def new_paragraph(self, *, section: bool = True) -> None:
        """Start a paragraph; the scholar under discussion carries over unless a heading
        (*section*) starts it."""
        if section:
            self.focus = self.last_cited = None
        self.last_person = self.topic = self.joint = None  # "they" ends with the paragraph
        self.last_group = self.named_group = None
        self.pair = []

    def people(self, sentence: str, line: int) -> list[tuple[int, Entity, bool]]:
        """The people *sentence* names, in order: offset, entity, and whether the name stands
        after a preposition (``zoals Getty``) rather than as a subject."""
        found = []
        before = ""
        for match in NAME_WORD.finditer(sentence):
            word = match[0]
            key = name_key(word)
            actor = self.known.get(key) if word[:1].isupper() else None
            name = word in self.names and word[:1].isupper() and key not in self.pronouns
            if actor is not None or name:
                entity = Entity(key, word, line, actor or self.ids.get(key))
                found.append((match.start(), entity, before in self.oblique))
            before = word.casefold()
        return found

    def named(
        self, sentence: str, line: int, cited: Collection[str], resolved: Entity | None = None
    ) -> None:
        """Follow the discourse past *sentence*: the last person it names, and the scholar it
        discusses — one it cites (*cited*, actor ids), or a scholar named as a subject (or
        after a preposition when the paragraph has none yet); its topic, the person it opens
        with (or *resolved*, whom its opening pronoun stands for); likewise the school and
        the group it names."""
        people = self.people(sentence, line)
        joint = joint_citations(sentence)
        if joint is not None:
            at = [e for offset, e, _ in people if offset >= joint[0]][:1] if joint[1] else []
            self.joint = at[0] if at else None
        brackets = [m.span() for m in re.finditer(r"\([^()]*\)", sentence)]
        for offset, entity, oblique in people:
            self.first_seen.setdefault(entity.key, line)
            if any(a < offset < b for a, b in brackets) and entity.actor not in cited:
                continue  # "(vgl. auch Dahl 1988)" backs the sentence, it is not its topic
            self.last_person = entity
            if not entity.name.isupper() and (entity.actor or _CITED.match(sentence, offset)):
                self.last_cited = entity
            if entity.actor in cited or (
                entity.key in self.scholars and (not oblique or self.focus is None)
            ):
                self.focus = entity
        words = WORD.findall(sentence)
        opening = WORD.search(sentence)
        first = people[0] if people else None
        if first is not None and not first[2] and _opens(sentence, first[0]):
            # a word the text also writes in lower case names no one; a name met once may be
            # a capitalised noun
            entity = first[1]
            lowered = entity.name.casefold() in self.vocabulary
            seen = entity.actor or entity.key in self.scholars or entity.key in self.figures
            self.topic = entity if seen and not lowered else None
        elif opening is not None and opening[0].casefold() in self.pronouns:
            self.topic = resolved or self.topic
        elif people:
            self.topic = None
        for before, word in itertools.pairwise(words):
            if word.casefold() in self.schools and before.islower() and before not in _ARTICLES:
                self.last_school = (f"{before} {word}", line)
        for k, word in enumerate(words):
            if word.casefold() in self.groups:
                self.kind_of_people = word.casefold()
            if word.casefold() in self.groups and word.islower():
                if self.oblique.intersection(w.casefold() for w in words[max(0, k - 3) : k]):
                    continue
                label = [word]
                if k and words[k - 1].islower() and words[k - 1] not in _ARTICLES:
                    label.insert(0, words[k - 1])
                if self.joint is not None and authors_label(" ".join(words[max(0, k - 2) : k + 1])):
                    break  # "Die Autoren untersuchen": the joint work's authors, no group
                self.named_group = (" ".join(label), line)
                if joint is None or not joint[1]:
                    self.joint = None  # "Many peasants fled. They said": the group goes on
                self.last_group = None
                self.pair = []
                break
        for (a, one, oblique), (b, other, _) in itertools.pairwise(people):
            between = sentence[a + len(one.name) : b].strip().casefold()
            acronym = one.name.isupper() or other.name.isupper()
            if not oblique and between in _CONJUNCTIONS and one.key != other.key and not acronym:
                self.pair = [one, other]
                self.named_group = self.last_group = None

    def _pronoun(self, mention: Mentioned, sentence: str, line: int) -> Entity | None:
        """The person a singular pronoun stands for: a scholar named earlier in the sentence,
        for a subject pronoun opening the sentence the topic of the sentence before (even a
        figure of the period), else the scholar under discussion, else the last person named
        unless a figure."""
        earlier = [
            e
            for offset, e, oblique in self.people(sentence, line)
            if offset < mention.start and e.key in self.scholars and not oblique
        ]  # not "much like Pseudo-Plutarch, he …": a comparison names someone else
        if earlier:
            return earlier[-1]
        subject = (
            None if mention.name in _ROLES else self._subject_before(sentence, line, mention.start)
        )
        if subject is not None:
            return subject
        topic = self.topic
        opening = mention.name in self.nominative and _opens(sentence, mention.start)
        if topic is not None and opening:
            return topic
        if self.focus:
            return self.focus
        last = self.last_person
        return last if last is not None and last.key not in self.figures else None

    def _subject_before(self, sentence: str, line: int, end: int) -> Entity | None:
        """The person who opens *sentence* as its subject before offset *end* (``The English
        clergyman Thomas Lydiat assumed …, since he had found``), the last word of the name.
        Not in Dutch, whose thesis narrates figures of the period: whether a pronoun after one
        (``Stalin wilde … toen hij merkte dat``) is a claimant the protocol leaves open, so
        the scholar under discussion stays the default there."""
        if self.language == "nl":
            return None
        people = [p for p in self.people(sentence, line) if p[0] < end]
        if not people or people[0][2] or not _opens_clause(sentence, people[0][0]):
            return None
        offset, entity, _ = people[0]
        for later, other, _ in people[1:]:
            if sentence[offset + len(entity.name) : later].strip():
                break
            offset, entity = later, other
        if entity.name.isupper():
            return None  # "Die MP denn": no one
        if self.language == "de" and not (entity.key in self.known or entity.key in self.scholars):
            return None  # German nouns are capitalised: "Diese Auffassung ist …: Er versteht"
        return entity

    def resolve_all(self, mention: Mentioned, line: int, sentence: str) -> list[tuple[str, str]]:
        """The actor ids and names *mention* stands for: each of the people named together
        before a plural pronoun, else what :meth:`resolve` finds."""
        if (
            mention.kind == "pronoun"
            and mention.name in PLURAL_PRONOUNS
            and self.pair
            and not _singular_verb(mention, sentence)
        ):
            return [
                (e.actor or self._actor(e.key, e.name, ActorKind.PERSON, e.line), e.name)
                for e in self.pair
            ]
        if mention.kind == "pronoun" and mention.name in FORMER_LATTER and self.pair:
            one = self.pair[FORMER_LATTER[mention.name][1]]  # "the latter": of the pair named
            return [
                (one.actor or self._actor(one.key, one.name, ActorKind.PERSON, one.line), one.name)
            ]
        joint = self.joint
        if joint is not None and (
            (mention.kind == "group" and authors_label(mention.name))
            or (
                mention.kind == "pronoun"
                and mention.name in PLURAL_PRONOUNS
                and not (self.pair or self.named_group or self.last_group)
                and not _singular_verb(mention, sentence)
            )
        ):  # "They conclude", "den beiden Autoren zufolge": the joint work cited last
            actor = joint.actor or self._actor(joint.key, joint.name, ActorKind.PERSON, joint.line)
            return [(actor, joint.name)]
        found = self.resolve(mention, line, sentence)
        return [found] if found else []

    def resolve(self, mention: Mentioned, line: int, sentence: str = "") -> tuple[str, str] | None:
        """The actor id and name *mention* stands for (``None``: a pronoun with nothing to
        refer to); a name or group met for the first time becomes an actor."""
        if mention.kind == "known" and mention.actor:
            return mention.actor, mention.name
        if mention.kind in {"pronoun", "implicit"}:
            if (
                self.named_group
                and mention.name in PLURAL_PRONOUNS
                and not _singular_verb(mention, sentence)
            ):
                label, first = self.named_group
                key, kind = self._group_key(label)
                self.last_group = (self._actor(key, label, kind, first), label)
                self.named_group = None
            plural = mention.name in PLURAL_PRONOUNS and not _singular_verb(mention, sentence)
            if plural and (self.last_group or mention.name not in _EITHER):
                return self.last_group
            entity = self._pronoun(mention, sentence, line)
            self.pronoun_entity = entity
            if entity is None:
                return None
            actor = entity.actor or self._actor(
                name_key(entity.name), entity.name, ActorKind.PERSON, entity.line
            )
            return actor, entity.name
        if mention.kind == "person":
            key = name_key(mention.name.split()[-1])
            return self._actor(key, mention.name, ActorKind.PERSON, line), mention.name
        label = mention.name
        words = [w for w in label.casefold().split() if w not in _ARTICLES]
        if self.last_school and len(words) == 1 and words[0] in self.schools:
            label, line = self.last_school  # "het paradigma": the school last named
        elif words and words[-1] in _OTHERS and self.kind_of_people:
            # "whereas others", "Still others": more of the people the text last named
            label = f"{_OTHERS[words[-1]]} {self.kind_of_people}"
        elif words and words[-1] in self.groups:
            self.kind_of_people = words[-1]
        key, kind = self._group_key(label)
        self.last_group = (self._actor(key, label, kind, line), label)
        if kind is ActorKind.SCHOOL:
            self.last_school = (label, line)
        return self.last_group

    def _group_key(self, label: str) -> tuple[str, ActorKind]:
        """A group's key and kind: a school of thought is known by its modifier, whatever
        noun names it (*totalitaire school*, *het totalitaire paradigma*)."""
        words = [w for w in label.casefold().split() if w not in _ARTICLES]
        if words and words[-1] in self.schools:
            return name_key(" ".join(words[:-1]) or words[-1]), ActorKind.SCHOOL
        kind = ActorKind.SCHOOL if re.search(r"(?i)school|schule|école", label) else ActorKind.GROUP
        return name_key(label), kind

    def _actor(self, key: str, name: str, kind: ActorKind, line: int) -> str:
        if key in self.known and kind is ActorKind.PERSON:
            return self.known[key]
        if key in self.ids:
            return self.ids[key]
        if kind is ActorKind.PERSON:
            line = min(line, self.first_seen.get(key, line))
        base = slug(
            name.split()[-1] if kind is ActorKind.PERSON else name,
            "pers_" if kind is ActorKind.PERSON else "grp_",
        )
        actor_id, n = base, 1
        while actor_id in self.taken:
            n += 1
            actor_id = f"{base}_{n}"
        self.taken.add(actor_id)
        self.ids[key] = actor_id
        self.found.actors.append(
            Actor(
                id=actor_id,
                kind=kind,
                name=name,
                description="named as a claimant in the text, not in the bibliography",
                provenance=self.reading.provenance(line),
            )
        )
        return actor_id

    def author(self) -> str:
        """The id of the document's author, made on first use."""
        if self.found.author is None:
            self.found.author = self.author_id
            self.found.actors.append(
                Actor(
                    id=self.author_id,
                    name="the author of the document",
                    description="the author's own stance on claims the text reports",
                )
            )
        return self.author_id


_CITED = re.compile(r"\S+(?:\s+\S+)?\s+(?:et\s+al\.\s*)?\((?:cf\.\s*)?(?:\d{4}|ibid)")
"""A name followed by its citation: ``Krings (2001: 12)``, ``Carl et al. (2011)``."""


def _singular_verb(mention: Mentioned, sentence: str) -> bool:
    """Whether the German *sie* at *mention* is *she*: the finite verb next to it has the
    singular *-t* (``Sie macht``, ``nimmt sie an``), not the plural *-en*."""
    if mention.name != "sie" or not sentence:
        return False
    opening = sentence[: mention.start].rstrip()[-1:] in {"", ":", ";", ","}
    before = [] if opening else re.findall(r"[^\W\d_]+", sentence[: mention.start])[-1:]
    after = re.findall(r"[^\W\d_]+", sentence[mention.end :])[:1]
    verb = before or after  # a clause it opens: "…: Sie argumentiert, dass"
    return bool(verb) and verb[0].islower() and verb[0].endswith("t")


def _opens_clause(sentence: str, offset: int) -> bool:
    """Whether the name at *offset* is the subject opening *sentence*: after its article and
    modifiers (``The English clergyman``), with no verb or comma before it."""
    before = sentence[:offset]
    return "," not in before and len(before.split()) <= _SUBJECT_WORDS


_SUBJECT_WORDS = 4


def _opens(sentence: str, offset: int) -> bool:
    """Whether the name at *offset* opens *sentence*, after initials at most (``A.A
    Zhdanov``)."""
    return not re.search(r"[^\W\d_]{3,}", sentence[:offset])

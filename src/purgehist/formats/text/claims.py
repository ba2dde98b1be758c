"""Claim candidates: sentences that attribute a statement to someone, found by cue words
(:mod:`.attribution`), with the claimant's stance, and claimants the bibliography lacks made
actors where they are first named.

Pronouns are resolved in the paragraph to the scholar under discussion: one the sentence
cites, or one named as a subject, where a scholar is someone the text cites as a claimant
at least once in five mentions — not a figure of the period it narrates. A bare *het
paradigma* is the school last named; a sentence without a cue that continues the one before
(``zou … hebben``, ``En dat …``) keeps its claimants."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from purgehist.formats.author_index import AuthorIndex
from purgehist.formats.text.attribution import Found, Mentioned, read_sentence
from purgehist.formats.text.claim_cues import (
    CLAIM_CUES,
    CueSet,
    parse_cue_option,
    register_cues,
)
from purgehist.formats.text.claim_lexicon import (
    AUXILIARIES,
    CONTINUATIONS,
    DEMONSTRATIVES,
    OBLIQUE,
    PLURAL_PRONOUNS,
    PRONOUNS,
    REPORTIVE,
    SCHOOL_NOUNS,
    SUBORDINATORS,
)
from purgehist.formats.text.claim_phrases import NOMINATIVE, PEOPLE
from purgehist.formats.text.reading import Reading
from purgehist.formats.text.structure import Para
from purgehist.model import (
    Actor,
    ActorKind,
    Attribution,
    Claim,
    ClaimStatus,
    Evidence,
    Paragraph,
    Source,
    Stance,
    slug,
)
from purgehist.names import name_key

__all__ = [
    "CLAIM_CUES",
    "ClaimCandidates",
    "CueSet",
    "Mention",
    "claim_candidates",
    "find_attributions",
    "parse_cue_option",
    "register_cues",
    "sentences",
    "surname_keys",
]


_ABBREVIATION = re.compile(
    r"(?:\b[A-ZÀ-Ý]|\b(?:o\.a|e\.a|c\.q|d\.w\.z|i\.e|e\.g|vgl|bijv|ca|resp|nr|vol|dr|prof|mr|"
    r"st|z\.B|u\.a|bzw|cf|p|pp|S|blz|jr|sr|M))\.$"
)
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’'»)]*(?=\s+[\"“‘'«(]?[A-ZÀ-ÝА-Я0-9])")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of a paragraph; initials and abbreviations do not end
    sentences."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[max(0, match.start() - 12) : match.end()]
        if _ABBREVIATION.search(before.rstrip("”\"’'»)")):
            continue
        yield start, match.end()
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        yield start, len(text)


@dataclass(frozen=True, slots=True)
class Mention:
    """An attribution found in a sentence: the actor and the cue that made it one."""

    actor: str
    cue: str


def find_attributions(
    sentence: str,
    lang: str | None,
    actors: Mapping[str, str],
    extra: Mapping[str, CueSet] | None = None,
) -> list[Mention]:
    """Known actors to whom *sentence* attributes a statement; *actors* maps folded surnames
    to ids.

    Only the cues of *lang* are used (all languages' when it is unknown): a word that is a
    cue in one language may be an ordinary word in another (``held``).
    """
    reading = read_sentence(sentence, lang, actors, extra=extra, strangers=False)
    return [Mention(f.claimant.actor, f.cue) for f in reading.found if f.claimant.actor]


def surname_keys(authors: AuthorIndex) -> dict[str, str]:
    """Folded surname → actor id: the surnames that name one actor only, and the last word of
    each spelling of an actor's name that is such a surname."""
    unique = authors.surnames()
    keys: dict[str, set[str]] = {}
    for key, actor_id in unique.items():
        keys.setdefault(actor_id, set()).add(key)
    for actor in authors.actors():
        for name in actor.all_names():
            last = name_key(name.split()[-1] if name.split() else name)
            if last in unique:
                keys.setdefault(actor.id, set()).add(last)
    known: dict[str, str] = {}
    for actor_id, actor_keys in keys.items():
        for key in actor_keys:
            known.setdefault(key, actor_id)
    return known


@dataclass(slots=True)
class ClaimCandidates:
    """The claims found, and the actors they made: claimants the bibliography lacks, groups,
    and the document's author (*author*, its id, when the text shows the author's stance)."""

    claims: list[Claim] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    author: str | None = None


_WORD = re.compile(r"[^\W\d_]+")
_ARTICLES = frozenset(
    {"de", "het", "een", "deze", "dit", "die", "the", "a", "an", "this", "these", "those",
     "der", "das", "den", "dem", "ein", "eine", "diese", "le", "la", "les", "l", "un", "une",
     "ce", "cette", "ces"}
)  # fmt: skip
"""Articles and demonstratives, which a group's label may open with."""
_EITHER = frozenset({"zij", "ze", "sie"})
_CONJUNCTIONS = frozenset({"en", "and", "und", "et", "&"})
_AND = {"nl": "en", "en": "and", "de": "und", "fr": "et"}
"""The word each language joins names with."""
"""Pronouns for one woman or for a group."""
_NAMED = re.compile(
    r"\b([A-ZÀ-Ý][\w.]*)\s+([A-ZÀ-ÝŁŚŻ][^\W\d_]+)|([A-ZÀ-ÝŁŚŻ][^\W\d_]+)\s*\(?\d{4}"
    r"|\b([A-ZÀ-ÝŁŚŻ][^\W\d_]+(?:-[A-ZÀ-ÝŁŚŻ][^\W\d_]+)?)(?:’s|'s)\b"
)


def _names(paras: Sequence[Para], vocabulary: set[str]) -> set[str]:
    """Capitalised words that are names: after a given name or an initial (``Peter Kenez``,
    ``J. Getty``), before a year (``Thurmair (1989)``) or as a possessive (``Dio’s``,
    ``Pseudo-Plutarch’s``); not words the text also writes in lower case."""
    names: set[str] = set()
    for para in paras:
        for match in _NAMED.finditer(para.text):
            given, word = match[1], match[2] or match[3] or match[4]
            if given and given.rstrip(".").casefold() in vocabulary:
                continue
            if given and given.endswith(".") and len(given.replace(".", "")) > 2:
                continue  # "zoals Getty. Hij": a sentence ends, no given name

            if word.casefold() not in vocabulary:
                names.add(word)
    return names


@dataclass(frozen=True, slots=True)
class _Entity:
    """Someone the text has named: the folded key and the name as printed, the line of the
    first mention, and the actor id once there is one."""

    key: str
    name: str
    line: int
    actor: str | None = None


class _Claimants:
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
        self.focus: _Entity | None = None
        self.topic: _Entity | None = None
        """The person who opened the sentence before as its subject, or whom a pronoun
        subject continued."""
        self.last_person: _Entity | None = None
        self.last_group: tuple[str, str] | None = None
        self.named_group: tuple[str, int] | None = None
        self.pronoun_entity: _Entity | None = None
        self.first_seen: dict[str, int] = {}
        """The line where each person the text names is first named."""
        self.pair: list[_Entity] = []
        """People named together as a subject (``Getty en Naumov``), whom a plural pronoun
        after them stands for, one attribution each."""
        """The person the last pronoun resolved stands for."""
        """The label and line of a group named as a subject since the last group claimant."""
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
            self.focus = None
        self.last_person = self.topic = None
        self.last_group = self.named_group = None
        self.pair = []

    def people(self, sentence: str, line: int) -> list[tuple[int, _Entity, bool]]:
        """The people *sentence* names, in order: offset, entity, and whether the name stands
        after a preposition (``zoals Getty``) rather than as a subject."""
        found = []
        before = ""
        for match in _WORD.finditer(sentence):
            word = match[0]
            key = name_key(word)
            actor = self.known.get(key) if word[:1].isupper() else None
            name = word in self.names and word[:1].isupper() and key not in self.pronouns
            if actor is not None or name:
                entity = _Entity(key, word, line, actor or self.ids.get(key))
                found.append((match.start(), entity, before in self.oblique))
            before = word.casefold()
        return found

    def named(
        self, sentence: str, line: int, cited: Collection[str], resolved: _Entity | None = None
    ) -> None:
        """Follow the discourse past *sentence*: the last person it names, and the scholar it
        discusses — one it cites (*cited*, actor ids), or a scholar named as a subject (or
        after a preposition when the paragraph has none yet); its topic, the person it opens
        with (or *resolved*, whom its opening pronoun stands for); likewise the school and
        the group it names."""
        people = self.people(sentence, line)
        brackets = [m.span() for m in re.finditer(r"\([^()]*\)", sentence)]
        for offset, entity, oblique in people:
            self.first_seen.setdefault(entity.key, line)
            if any(a < offset < b for a, b in brackets) and entity.actor not in cited:
                continue  # "(vgl. auch Dahl 1988)" backs the sentence, it is not its topic
            self.last_person = entity
            if entity.actor in cited or (
                entity.key in self.scholars and (not oblique or self.focus is None)
            ):
                self.focus = entity
        words = _WORD.findall(sentence)
        opening = _WORD.search(sentence)
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
            if word.casefold() in self.groups and word.islower():
                if self.oblique.intersection(w.casefold() for w in words[max(0, k - 3) : k]):
                    continue
                label = [word]
                if k and words[k - 1].islower() and words[k - 1] not in _ARTICLES:
                    label.insert(0, words[k - 1])
                self.named_group = (" ".join(label), line)
                self.last_group = None
                self.pair = []
                break
        for (a, one, oblique), (b, other, _) in itertools.pairwise(people):
            between = sentence[a + len(one.name) : b].strip().casefold()
            acronym = one.name.isupper() or other.name.isupper()
            if not oblique and between in _CONJUNCTIONS and one.key != other.key and not acronym:
                self.pair = [one, other]
                self.named_group = self.last_group = None

    def _pronoun(self, mention: Mentioned, sentence: str, line: int) -> _Entity | None:
        """The person a singular pronoun stands for: a scholar named earlier in the sentence,
        for a subject pronoun opening the sentence the topic of the sentence before (even a
        figure of the period), else the scholar under discussion, else the last person named
        unless a figure."""
        earlier = [
            e
            for offset, e, _ in self.people(sentence, line)
            if offset < mention.start and e.key in self.scholars
        ]
        if earlier:
            return earlier[-1]
        topic = self.topic
        opening = mention.name in self.nominative and _opens(sentence, mention.start)
        if topic is not None and opening:
            return topic
        if self.focus:
            return self.focus
        last = self.last_person
        return last if last is not None and last.key not in self.figures else None

    def resolve_all(self, mention: Mentioned, line: int, sentence: str) -> list[tuple[str, str]]:
        """The actor ids and names *mention* stands for: each of the people named together
        before a plural pronoun, else what :meth:`resolve` finds."""
        if mention.kind == "pronoun" and mention.name in PLURAL_PRONOUNS and self.pair:
            return [
                (e.actor or self._actor(e.key, e.name, ActorKind.PERSON, e.line), e.name)
                for e in self.pair
            ]
        found = self.resolve(mention, line, sentence)
        return [found] if found else []

    def resolve(self, mention: Mentioned, line: int, sentence: str = "") -> tuple[str, str] | None:
        """The actor id and name *mention* stands for (``None``: a pronoun with nothing to
        refer to); a name or group met for the first time becomes an actor."""
        if mention.kind == "known" and mention.actor:
            return mention.actor, mention.name
        if mention.kind == "pronoun":
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


def claim_candidates(
    paras: Sequence[Para],
    records: Sequence[Paragraph],
    *,
    known: Mapping[str, str],
    evidence: Sequence[Evidence],
    note_evidence: Mapping[int, Sequence[str]],
    sources: Mapping[str, Source],
    page_labels: Sequence[str],
    reading: Reading,
    language: str | None,
    cues: Mapping[str, CueSet] | None = None,
    sections: Sequence[bool] | None = None,
) -> ClaimCandidates:
    """A claim candidate for each sentence that attributes a statement to someone, with the
    evidence of the sentence's footnotes; the work is the cited source the actor wrote, if
    there is one.

    The claim's *text* reads alone (pronouns replaced by the names they stand for, a leading
    *dit*/*this* preceded by the sentence it points to); its *quote* keeps the sentence
    verbatim when the text differs.

    :param records: the paragraph record of each of *paras*
    :param known: folded surname → actor id (see :func:`surname_keys`)
    :param note_evidence: the ids of each note's evidence, by note key
    :param cues: cue words on top of :data:`CLAIM_CUES`, by language
    :param sections: whether a heading comes before each of *paras* (default: all): a
        pronoun opening a paragraph may stand for the scholar the paragraph before discussed,
        never across a heading
    """
    evidence_by_id = {e.id: e for e in evidence}
    vocabulary = {w for p in paras for w in _WORD.findall(p.text) if w.islower()}
    names = _names(paras, vocabulary)
    scholars, figures = _roles(paras, language, known, cues, names)
    claimants = _Claimants(
        reading,
        known,
        language,
        names=names,
        scholars=scholars,
        figures=figures,
        vocabulary=vocabulary,
    )
    claims = claimants.found.claims
    headed = list(sections) if sections is not None else [True] * len(paras)
    for para, record, section in zip(paras, records, headed, strict=True):
        claimants.new_paragraph(section=section)
        line_offsets = [o for o, _ in para.line_starts]
        previous = ""
        before: list[tuple[Found, tuple[str, str]]] = []
        for start, end in sentences(para.text):
            sentence = para.text[start:end].strip()
            source_line = _SOURCE_LINE.match(sentence)
            if source_line:  # the example's source ran into the next sentence: drop it
                sentence = sentence[source_line.end() :]
            k = max(0, bisect.bisect_right(line_offsets, start) - 1)
            line = para.line_starts[k][1] if para.line_starts else para.line
            if (
                len(sentence) < 20
                or sentence.rstrip("”\"’' ").endswith("?")
                or _EXAMPLE.match(sentence)
            ):
                previous, before = sentence, []
                continue
            read = read_sentence(sentence, language, known, extra=cues, names=names)
            claimants.pronoun_entity = None
            found = [
                (f, r)
                for f in read.found
                for r in claimants.resolve_all(f.claimant, line, sentence)
                if not _figure_acts(r[1], f, sentence, figures, language)
            ]
            found = _cited_for_vague(found, sentence, claimants, line, known)
            if not found and before and _continues(sentence, language):
                found = [
                    (Found(Mentioned("continued", r[1]), "continued", f.stance), r)
                    for f, r in before
                ]
            claimants.named(sentence, line, {r[0] for _, r in found}, claimants.pronoun_entity)
            previous, before = sentence, found
            if not found:
                continue
            markers = [n for offset, n in para.markers if start < offset <= end + 1]
            evidence_ids = tuple(e for n in markers for e in note_evidence.get(n, ()))
            cited = [evidence_by_id[e].source for e in evidence_ids]
            page_index = para.page
            for offset, page in para.page_breaks:
                if offset <= start:
                    page_index = page
            by_actor = {r[0]: f for f, r in reversed(found)}
            attributions = [
                Attribution(
                    actor=actor,
                    stance=Stance(f.stance),
                    work=_work_of(actor, cited, sources),
                    evidence=evidence_ids,
                    note=f"cue: {f.cue}",
                )
                for actor, f in reversed(by_actor.items())
            ]
            if read.author:
                attributions.append(
                    Attribution(actor=claimants.author(), stance=Stance(read.author), note="author")
                )
            text = _self_contained(sentence, found, previous, language)
            claims.append(
                Claim(
                    id=f"claim_{len(claims) + 1}",
                    text=text,
                    quote=sentence if text != sentence else None,
                    lang=language,
                    attributions=tuple(attributions),
                    status=ClaimStatus.CANDIDATE,
                    provenance=reading.provenance(
                        line, page=page_labels[page_index] if page_labels else None
                    ),
                    anchor=record.id,
                )
            )
    return claimants.found


def _roles(
    paras: Sequence[Para],
    language: str | None,
    known: Mapping[str, str],
    cues: Mapping[str, CueSet] | None,
    names: Collection[str],
) -> tuple[set[str], set[str]]:
    """The folded surnames of the text's scholars, the people it cites as claimants (or
    author–year: ``Kallmeyer (2001)``) at least once for every :data:`_CITED_SHARE` times it
    names them, and of its figures,
    named that often and cited less: the people of the period it narrates (Stalin, named on
    every page, cited now and then)."""
    cited: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for para in paras:
        for start, end in sentences(para.text):
            sentence = para.text[start:end]
            for f in read_sentence(sentence, language, known, extra=cues, names=names).found:
                if f.claimant.kind in {"known", "person"}:
                    cited[name_key(f.claimant.name.split()[-1])] += 1
            for match in _CITATION.finditer(sentence):
                cited[name_key(match[1])] += 1
            for word in _WORD.findall(sentence):
                if word[:1].isupper() and (name_key(word) in known or word in names):
                    named[name_key(word)] += 1
    scholars = {key for key, n in cited.items() if n * _CITED_SHARE >= named[key]}
    figures = {key for key, n in named.items() if n >= _CITED_SHARE and key not in scholars}
    return scholars, figures


_CITED_SHARE = 5
_CITATION = re.compile(r"([A-ZÀ-Ý][^\W\d_]+)(?:\s+et\s+al\.)?\s*\(\d{4}[a-z]?\s*[):,;]")
"""An author–year citation (``Kallmeyer (2001)``, ``Reiss (1981: 12)``), not a lifespan."""


_MANNER = frozenset({"als", "as", "wie", "comme", "hoe", "how"})
_EXAMPLE = re.compile(r"\(\d{1,3}[a-z]?\)\s+[A-ZÀ-Ý]")
"""A numbered linguistic example (``(4) Klassen nach …``): no sentence of the text."""
_SOURCE_LINE = re.compile(r"[A-ZÀ-Ý][^\W\d_]+ \(\d{4}[a-z]?: [\d/–-]+\)\s+(?=[A-ZÀ-Ý])")
"""The source line under an example (``Thurmair (1989: 286)``) that the next sentence runs
on from (``… Auf der Basis …``)."""


def _figure_acts(
    name: str, found: Found, sentence: str, figures: Collection[str], language: str | None
) -> bool:
    """Whether *sentence* tells what a figure of the period did rather than what they held:
    the cue is no source phrase and nothing after the figure's name gives the content of a view
    (a *that*-clause, a colon, the reportive mood): ``Hij viel Stalin's beleid aan`` and
    ``Getty schrijft dat Stalin de oppositie bestreed``, not ``Hij vond dat …``."""
    if not name.split() or name_key(name.split()[-1]) not in figures:
        return False
    langs = [language] if language in CLAIM_CUES else list(CLAIM_CUES)
    if any(found.cue in CLAIM_CUES[code].before | CLAIM_CUES[code].contrast for code in langs):
        return False
    content = set().union(*(CLAIM_CUES[code].complementisers for code in langs)) - _MANNER
    content |= set().union(*(REPORTIVE.get(code, set()) for code in langs))
    after = sentence[found.claimant.end :] if found.claimant.end else sentence
    words = set(re.findall(r"[^\W\d_]+|:", after.casefold()))
    return not content & words


_VAGUE = frozenset({"others", "author", "scholar", "autor", "autorin", "andere", "autoren"})
"""Heads of a claimant left vague (*Still others*, *One author*) whom the sentence's inline
citations name."""
_DEFINITE = frozenset({"the", "this", "der", "die", "diese", "dieser"})
_INLINE = re.compile(
    r"([A-ZÀ-Ý][^\W\d_]+)(?:\s+(?:&|and|und)\s+[A-ZÀ-Ý][^\W\d_]+)?(?:\s+et\s+al\.)?"
    r",?\s+\d{4}[a-z]?\s*(?=[:;,)])"
)
"""An author–year citation inside brackets (``Schmidt 1604: 2``), its first author's name."""


def _cited_for_vague(
    found: list[tuple[Found, tuple[str, str]]],
    sentence: str,
    claimants: _Claimants,
    line: int,
    known: Mapping[str, str],
) -> list[tuple[Found, tuple[str, str]]]:
    """*found* with a vague claimant (``Still others suggested … (e.g. Schmidt 1604: 2;
    Rhenius 1626: 84)``, ``One author assumed … (Reynolds 1752)``) replaced by the scholars
    the sentence cites in brackets, one attribution each; ``the author`` is the scholar under
    discussion and stays."""
    cited = [
        m[1] for bracket in re.findall(r"\(([^()]*)\)", sentence) for m in _INLINE.finditer(bracket)
    ]
    if not cited:
        return found
    out: list[tuple[Found, tuple[str, str]]] = []
    for f, r in found:
        words = f.claimant.name.casefold().split()
        before = sentence[: f.claimant.start].casefold().split()[-1:]
        vague = words and words[-1] in _VAGUE and not _DEFINITE.intersection(before + words)
        if f.claimant.kind not in {"group", "pronoun"} or not vague:
            out.append((f, r))
            continue
        for name in dict.fromkeys(cited):
            actor = known.get(name_key(name))
            mention = Mentioned("known" if actor else "person", name, actor)
            resolved = claimants.resolve(mention, line, sentence)
            if resolved:
                out.append((Found(mention, f.cue, f.stance), resolved))
    return out


def _singular_verb(mention: Mentioned, sentence: str) -> bool:
    """Whether the German *sie* at *mention* is *she*: the finite verb next to it has the
    singular *-t* (``Sie macht``, ``nimmt sie an``), not the plural *-en*."""
    if mention.name != "sie" or not sentence:
        return False
    before = re.findall(r"[^\W\d_]+", sentence[: mention.start])[-1:]
    after = re.findall(r"[^\W\d_]+", sentence[mention.end :])[:1]
    verb = before or after
    return bool(verb) and verb[0].islower() and verb[0].endswith("t")


def _opens(sentence: str, offset: int) -> bool:
    """Whether the name at *offset* opens *sentence*, after initials at most (``A.A
    Zhdanov``)."""
    return not re.search(r"[^\W\d_]{3,}", sentence[:offset])


def _continues(sentence: str, language: str | None) -> bool:
    """Whether *sentence*, which has no cue, goes on reporting the claim of the sentence
    before: a fragment opening with *and that*, or a main clause in the reportive mood
    (``zou … hebben``, German Konjunktiv I) whose subject is not a pronoun."""
    langs = [language] if language in REPORTIVE else list(REPORTIVE)
    words = re.findall(r"[^\W\d_]+|,", sentence.casefold())
    if not words or any(PRONOUNS[code].intersection(words[:3]) for code in langs):
        return False  # "Hij zou …", "Ook zou hij …" tell of him, not what the claimant said
    for code in langs:
        for opening in CONTINUATIONS[code]:
            size = len(opening.split())
            after = words[size : size + 1]
            if words[:size] == opening.split() and not ({","} | AUXILIARIES[code]) & set(after):
                return True
        clause: list[str] = []
        for word in words:
            if word in REPORTIVE[code] and not SUBORDINATORS[code].intersection(clause):
                return True
            clause = [] if word == "," else [*clause, word]
    return False


def _self_contained(
    sentence: str,
    found: Sequence[tuple[Found, tuple[str, str]]],
    previous: str,
    language: str | None,
) -> str:
    """*sentence* with the pronouns that name claimants replaced by the names, and preceded by
    *previous* in brackets when it opens with a demonstrative pointing back (``Dit was …``)."""
    text = sentence
    names: dict[tuple[int, int], list[str]] = {}
    for f, (_, name) in found:
        if f.claimant.kind == "pronoun":
            names.setdefault((f.claimant.start, f.claimant.end), []).append(name)
    joined = f" {_AND.get(language or '', 'and')} "
    for (start, end), who in sorted(names.items(), reverse=True):
        text = f"{text[:start]}{joined.join(dict.fromkeys(who))}{text[end:]}"
    first = text.split(maxsplit=1)[0].casefold() if text.split() else ""
    pointers = DEMONSTRATIVES.get(language or "", set().union(*DEMONSTRATIVES.values()))
    if previous and first in pointers:
        text = f"[{previous}] {text}"
    return text


def _work_of(actor: str, cited: Sequence[str | None], sources: Mapping[str, Source]) -> str | None:
    """The first source in *cited* that *actor* wrote."""
    return next(
        (s for s in cited if s and any(c.actor == actor for c in sources[s].creators)), None
    )

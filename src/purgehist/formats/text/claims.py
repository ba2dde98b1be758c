"""Claim candidates: sentences that attribute a statement to a known actor, found by cue words."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from purgehist.formats.author_index import AuthorIndex
from purgehist.formats.text.reading import Reading
from purgehist.formats.text.structure import Para
from purgehist.model import (
    Attribution,
    Claim,
    ClaimStatus,
    Evidence,
    Paragraph,
    Source,
    Stance,
)
from purgehist.names import name_key

__all__ = [
    "CLAIM_CUES",
    "CueSet",
    "Mention",
    "claim_candidates",
    "find_attributions",
    "parse_cue_option",
    "register_cues",
    "sentences",
    "surname_keys",
]


@dataclass(slots=True)
class CueSet:
    """Cue words of one language.

    *before*: phrases right before the name (``volgens``, ``according to``).
    *after*: verbs right after the name that attribute by themselves (``argues``).
    *after_that*: verbs that attribute only when a ``that``-clause or a colon follows
    (``ziet … dat``, ``finds that``).
    *complementisers*: the words that open such a clause.
    """

    before: set[str] = field(default_factory=set)
    after: set[str] = field(default_factory=set)
    after_that: set[str] = field(default_factory=set)
    complementisers: set[str] = field(default_factory=set)


def _words(text: str) -> set[str]:
    return set(text.split())


CLAIM_CUES: dict[str, CueSet] = {
    "nl": CueSet(
        before={"volgens", "aldus", "naar mening van", "in de ogen van", "naar de mening van"},
        after=_words(
            "stelt stelde beweert beweerde veronderstelt veronderstelde meent meende betoogt "
            "betoogde concludeert concludeerde suggereert suggereerde benadrukt benadrukte "
            "constateert constateerde argumenteert argumenteerde beargumenteert schat schatte "
            "gelooft geloofde erkent erkende zegt zei"
        ),
        after_that=_words(
            "schrijft schreef denkt dacht vindt vond ziet zag noemt noemde beschrijft beschreef "
            "wijst wees toont toonde geeft gaf merkt merkte"
        ),
        complementisers={"dat", ":", "erop", "aan"},
    ),
    "en": CueSet(
        before={"according to", "in the view of", "in the words of", "as argued by"},
        after=_words(
            "argues argued claims claimed contends contended maintains maintained asserts "
            "asserted suggests suggested concludes concluded insists insisted believes believed "
            "estimates estimated states stated holds held"
        ),
        after_that=_words(
            "writes wrote thinks thought finds found notes noted sees saw shows showed"
        ),
        complementisers={"that", ":"},
    ),
    "de": CueSet(
        before={"nach ansicht von", "laut", "nach meinung von", "gemäß", "nach auffassung von"},
        after=_words(
            "meint meinte behauptet behauptete argumentiert argumentierte vermutet vermutete "
            "betont betonte folgert folgerte glaubt glaubte schätzt schätzte zufolge"
        ),
        after_that=_words("schreibt schrieb sieht sah stellt stellte zeigt zeigte findet fand"),
        complementisers={"dass", "daß", ":", "fest"},
    ),
    "fr": CueSet(
        before={"selon", "d'après", "d’après", "aux yeux de", "pour"},
        after=_words(
            "affirme affirmait soutient soutenait estime estimait prétend prétendait suggère "
            "suggérait conclut concluait souligne soulignait avance avançait considère considérait"
        ),
        after_that=_words("écrit écrivait pense pensait montre montrait note notait voit voyait"),
        complementisers={"que", "qu'", "qu’", ":"},
    ),
}
"""Cue words by language; extend with :func:`register_cues` or the ``claim_cues`` option."""


def register_cues(
    lang: str,
    *,
    before: Iterable[str] = (),
    after: Iterable[str] = (),
    after_that: Iterable[str] = (),
    complementisers: Iterable[str] = (),
) -> None:
    """Add cue words for *lang* (``nl``, ``en``, ``de``, ``fr`` or another language)."""
    cues = CLAIM_CUES.setdefault(lang, CueSet())
    cues.before.update(w.casefold() for w in before)
    cues.after.update(w.casefold() for w in after)
    cues.after_that.update(w.casefold() for w in after_that)
    cues.complementisers.update(w.casefold() for w in complementisers)


def parse_cue_option(value: str) -> dict[str, CueSet]:
    """Read ``claim_cues`` (``nl:before:naar het oordeel van, en:after:reckons``) into cue sets
    to use on top of :data:`CLAIM_CUES`.

    :raises ValueError: an item is not ``lang:position:phrase``.
    """
    extra: dict[str, CueSet] = {}
    for item in filter(None, (part.strip() for part in value.split(","))):
        lang, _, rest = item.partition(":")
        position, _, phrase = rest.partition(":")
        if position not in {"before", "after", "after_that"} or not phrase.strip():
            msg = f"claim cue {item!r} is not 'lang:before|after|after_that:phrase'"
            raise ValueError(msg)
        getattr(extra.setdefault(lang.strip(), CueSet()), position).add(phrase.strip().casefold())
    return extra


_ABBREVIATION = re.compile(
    r"(?:\b[A-ZÀ-Ý]|\b(?:o\.a|e\.a|c\.q|d\.w\.z|i\.e|e\.g|vgl|bijv|ca|resp|nr|vol|dr|prof|mr|"
    r"st|z\.B|u\.a|bzw|usw|etc|cf|p|pp|S|blz|jr|sr|M))\.$"
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


_TOKEN = re.compile(r"[^\W\d_][\w’'\-]*|:")


def _strip_possessive(word: str) -> str:
    return re.sub(r"(?:’s|'s|’|')$", "", word)


def find_attributions(
    sentence: str,
    lang: str | None,
    actors: Mapping[str, str],
    extra: Mapping[str, CueSet] | None = None,
) -> list[Mention]:
    """Actors to whom *sentence* attributes a statement; *actors* maps folded surnames to ids.

    Only the cues of *lang* are used (all languages' when it is unknown): a word that is a
    cue in one language may be an ordinary word in another (``held``).
    """
    tokens = [m[0] for m in _TOKEN.finditer(sentence)]
    lowered = [t.casefold() for t in tokens]
    langs = [lang] if lang in CLAIM_CUES else list(CLAIM_CUES)
    cue_sets = [CLAIM_CUES[code] for code in langs]
    if extra:
        cue_sets = [*extra.values(), *cue_sets]
    found: list[Mention] = []
    seen: set[str] = set()
    for i, token in enumerate(tokens):
        if not token[:1].isupper() or _strip_possessive(token) != token:
            continue  # "volgens Stalin's wensen" names his wishes, not his claim
        actor = actors.get(name_key(token))
        if actor is None or actor in seen:
            continue
        cue = _cue_for(i, tokens, lowered, cue_sets)
        if cue is not None:
            seen.add(actor)
            found.append(Mention(actor, cue))
    return found


_TITLES = frozenset(
    {"historicus", "historica", "historian", "historiker", "historikerin", "historien",
     "historienne", "de", "the", "der", "die", "l'historien", "auteur", "author", "schrijver",
     "politicoloog", "socioloog", "professor", "prof", "dr"}
)  # fmt: skip


def _cue_for(i: int, tokens: list[str], lowered: list[str], cue_sets: list[CueSet]) -> str | None:
    # Walk back over given names, initials and titles ("de historicus J. Arch") to a cue.
    j = i - 1
    while j >= 0:
        for k in range(max(0, j - 3), j + 1):
            phrase = " ".join(lowered[k : j + 1])
            if any(phrase in cues.before for cues in cue_sets):
                return phrase
        if lowered[j] in _TITLES or (tokens[j][:1].isupper() and i - j <= 3):
            j -= 1
            continue
        break
    after = lowered[i + 1 : i + 6]
    for cues in cue_sets:
        for offset, word in enumerate(after[:3]):
            if word in cues.after:
                return word
            if word in cues.after_that and any(
                w in cues.complementisers for w in after[offset + 1 : offset + 5]
            ):
                return word
    return None


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
) -> list[Claim]:
    """A claim candidate for each sentence that attributes a statement to a known actor,
    with the evidence of the sentence's footnotes; the work is the cited source the actor
    wrote, if there is one.

    :param records: the paragraph record of each of *paras*
    :param known: folded surname → actor id (see :func:`surname_keys`)
    :param note_evidence: the ids of each note's evidence, by note key
    :param cues: cue words on top of :data:`CLAIM_CUES`, by language
    """
    evidence_by_id = {e.id: e for e in evidence}
    claims: list[Claim] = []
    for para, record in zip(paras, records, strict=True):
        line_offsets = [o for o, _ in para.line_starts]
        for start, end in sentences(para.text):
            sentence = para.text[start:end].strip()
            if len(sentence) < 20 or sentence.rstrip("”\"’' ").endswith("?"):
                continue
            mentions = find_attributions(sentence, language, known, cues)
            if not mentions:
                continue
            markers = [n for offset, n in para.markers if start < offset <= end + 1]
            evidence_ids = tuple(e for n in markers for e in note_evidence.get(n, ()))
            cited = [evidence_by_id[e].source for e in evidence_ids]
            k = max(0, bisect.bisect_right(line_offsets, start) - 1)
            line = para.line_starts[k][1] if para.line_starts else para.line
            page_index = para.page
            for offset, page in para.page_breaks:
                if offset <= start:
                    page_index = page
            attributions = tuple(
                Attribution(
                    actor=mention.actor,
                    stance=Stance.ASSERTS,
                    work=_work_of(mention.actor, cited, sources),
                    evidence=evidence_ids,
                    note=f"cue: {mention.cue}",
                )
                for mention in mentions
            )
            claims.append(
                Claim(
                    id=f"claim_{len(claims) + 1}",
                    text=sentence,
                    lang=language,
                    attributions=attributions,
                    status=ClaimStatus.CANDIDATE,
                    provenance=reading.provenance(
                        line, page=page_labels[page_index] if page_labels else None
                    ),
                    anchor=record.id,
                )
            )
    return claims


def _work_of(actor: str, cited: Sequence[str | None], sources: Mapping[str, Source]) -> str | None:
    """The first source in *cited* that *actor* wrote."""
    return next(
        (s for s in cited if s and any(c.actor == actor for c in sources[s].creators)), None
    )

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
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from attrs import evolve

from purgehist.formats.author_index import AuthorIndex
from purgehist.formats.text.attribution import Found, Mentioned, read_sentence
from purgehist.formats.text.author_stance import author_stance
from purgehist.formats.text.claim_backing import backing_citations
from purgehist.formats.text.claim_cited import (
    ALREADY_CUES,
    BACKED,
    REPORTED,
    as_cited,
    cited_as_earlier,
    cited_for_vague,
    is_role,
)
from purgehist.formats.text.claim_coauthors import joint_authors
from purgehist.formats.text.claim_continuation import continues
from purgehist.formats.text.claim_cues import (
    CLAIM_CUES,
    CueSet,
    parse_cue_option,
    register_cues,
)
from purgehist.formats.text.claim_examples import is_example, text_start
from purgehist.formats.text.claim_findings import agentless, agentless_passive, findings
from purgehist.formats.text.claim_french import asked
from purgehist.formats.text.claim_headings import heading_end
from purgehist.formats.text.claim_judgements import judged
from purgehist.formats.text.claim_lexicon import DEMONSTRATIVES
from purgehist.formats.text.claim_objects import without_objects
from purgehist.formats.text.claim_paragraphs import record_at, rejoined, sentences
from purgehist.formats.text.claim_pointed_views import owned_views, pointed_view
from purgehist.formats.text.claim_quotes import block_quotations
from purgehist.formats.text.claim_readings import SentenceReading
from purgehist.formats.text.claim_responses import author_response
from purgehist.formats.text.claim_roles import (
    document_names,
    figure_acts,
    scholars_and_figures,
    without_openers,
)
from purgehist.formats.text.claim_sources import source_constructions
from purgehist.formats.text.claimants import WORD, Claimants, ClaimCandidates
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


_AND = {"nl": "en", "en": "and", "de": "und", "fr": "et"}
"""The word each language joins names with."""


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
    langs = [language] if language in CLAIM_CUES else list(CLAIM_CUES)
    vocabulary = {w for p in paras for w in WORD.findall(p.text) if w.islower()}
    known = without_openers(paras, known, vocabulary)
    names = document_names(paras, vocabulary)
    scholars, figures = scholars_and_figures(paras, language, known, cues, names)
    claimants = Claimants(
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
    for para, joined, section in rejoined(paras, records, headed):
        heading = heading_end(para)  # "6.2 X's treatment of Y" read into the paragraph
        claimants.new_paragraph(section=section or heading > 0)
        line_offsets = [o for o, _ in para.line_starts]
        previous = ""
        before: list[tuple[Found, tuple[str, str]]] = []
        last: int | None = None  # the index of the claim *before* made
        quotations = block_quotations(para, reading.origin)
        for start, whole in sentences(para.text):
            if whole <= heading:
                continue
            start = max(start, heading)
            end = min([whole, *(a for a, _ in quotations if start < a < whole)])
            if any(a <= start < b for a, b in quotations):
                previous, before, last = "", [], None
                continue  # a block quotation: the quoted text's words, not the document's
            start += len(para.text[start:end]) - len(para.text[start:end].lstrip())
            sentence = para.text[start:end].strip()
            own = text_start(sentence)
            if own:  # the example and its source ran into the next sentence: drop them
                sentence = sentence[own:]
                start += own
            k = max(0, bisect.bisect_right(line_offsets, start) - 1)
            line = para.line_starts[k][1] if para.line_starts else para.line
            if (
                len(sentence) < 20
                or sentence.rstrip("”\"’' ").endswith("?")
                or is_example(sentence)
            ):
                resolve = functools.partial(claimants.resolve, line=line, sentence=sentence)
                previous, before, last = (
                    sentence,
                    asked(sentence, language, known, names, resolve),
                    None,
                )
                continue
            read = read_sentence(sentence, language, known, extra=cues, names=names)
            if not read.found:  # "It has been argued (X 2007) that", "Following X, …"
                read = source_constructions(sentence, language, known, names) or read
            owned = owned_views(sentence, language, known, names)  # "X's (1965) insight that"
            if owned:
                named_already = {f.claimant.name for f in read.found}
                extra = tuple(f for f in owned if f.claimant.name not in named_already)
                read = SentenceReading((*read.found, *extra), read.author)
            if not read.found and previous:  # "This romantic view …", not opening a paragraph
                read = pointed_view(sentence, language) or read
            claimants.pronoun_entity = None
            read_found = without_objects(
                joint_authors(read.found, sentence, known, names), sentence
            )
            read_found = judged(read_found, sentence)
            roles = [f for f in read_found if is_role(f)]
            found = [
                (f, r)
                for f in read_found
                if f not in roles
                for r in claimants.resolve_all(f.claimant, line, sentence)
                if not figure_acts(r[1], f, sentence, figures, language)
            ]
            found = cited_for_vague(found, sentence, claimants, line, known)
            found += [p for f in roles for p in as_cited(f, sentence, claimants, line, known)]
            if found:
                found += cited_as_earlier(found, sentence, claimants, line, known)
            reported = not found and continues(sentence, language, before)
            by_citation = as_cited(REPORTED, sentence, claimants, line, known) if reported else []
            if by_citation:  # "Das Thema der Frage sei … gegeben (vgl. Ickler 1994: 384)"
                found = by_citation
            elif reported and before:
                found = [  # what goes on being reported is what they hold, whatever they disputed
                    (Found(Mentioned("continued", r[1]), "continued", "asserts"), r)
                    for _, r in before
                ]
            elif not found and agentless_passive(sentence, language):
                found = agentless(before, claimants, line, sentence)
            author = read.author
            if not found:  # "… (vgl. z.B. Weydt 1969: 40, Dahl 1988: 101)."
                backers = backing_citations(sentence, previous, [r[1] for _, r in before])
                found = as_cited(BACKED, sentence, claimants, line, known, backers)
                author = author_stance(sentence, langs) if found else author
            if not found:  # "The analysis showed that", "… (cf. ibid.: 14)"
                found, author = findings(sentence, language, claimants, line)
            response = author_response(sentence, language) if not found and before else None
            if response is not None and last is not None:  # "I agree, …": on the claim before
                claims[last] = _with_author(claims[last], response, claimants.author())
                previous = sentence
                continue
            discussed = {r[0] for f, r in found if f.cue not in {*ALREADY_CUES, BACKED.cue}}
            claimants.named(sentence, line, discussed, claimants.pronoun_entity)
            previous, before, last = sentence, found, None
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
            if author:
                attributions.append(
                    Attribution(actor=claimants.author(), stance=Stance(author), note="author")
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
                    anchor=record_at(joined, start).id,
                )
            )
            last = len(claims) - 1
    return claimants.found


def _with_author(claim: Claim, response: str, author: str) -> Claim:
    """*claim* with the author's stance that a bare response to it (``I agree``) takes: the
    response's own, related to its claimants' (agreeing with a denial denies the claim)."""
    held = {a.stance.value for a in claim.attributions if a.note != "author"}
    stance = response
    if held == {"disputes"}:
        stance = {"asserts": "disputes", "disputes": "asserts"}.get(response, response)
    elif held == {"qualifies"} and response == "asserts":
        stance = "qualifies"
    others = tuple(a for a in claim.attributions if a.note != "author")
    mine = Attribution(actor=author, stance=Stance(stance), note="author")
    return evolve(claim, attributions=(*others, mine))


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

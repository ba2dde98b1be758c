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
import re
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass

from purgehist.formats.author_index import AuthorIndex
from purgehist.formats.text.attribution import Found, Mentioned, read_sentence
from purgehist.formats.text.author_stance import author_stance
from purgehist.formats.text.claim_backing import backing_citations
from purgehist.formats.text.claim_coauthors import joint_authors
from purgehist.formats.text.claim_continuation import bracket_citations, continues
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
from purgehist.formats.text.claim_lexicon import DEMONSTRATIVES, PRONOUNS, REPORTIVE
from purgehist.formats.text.claim_objects import without_objects
from purgehist.formats.text.claim_quotes import block_quotations
from purgehist.formats.text.claim_sources import source_constructions
from purgehist.formats.text.claimants import NAME_WORD, WORD, Claimants, ClaimCandidates
from purgehist.formats.text.reading import Reading
from purgehist.formats.text.sentence_tokens import DEFINITE
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


_ABBREVIATION = re.compile(
    r"(?:\b[A-ZÀ-Ý]|\b(?:o\.a|e\.a|c\.q|d\.w\.z|i\.e|e\.g|vgl|bijv|ca|resp|nr|vol|dr|prof|mr|"
    r"st|z\.B|u\.a|u\.\s?a|et\s+al|bzw|cf|vs|p|pp|S|blz|jr|sr|M))\.$"
)
_SENTENCE_END = re.compile(
    r"[.!?…]+[”\"’'»]*\s+\([^()]{1,60}\)(?=\s+[\"“‘'«]?[A-ZÀ-ÝА-Я])"
    r"|[.!?…]+[”\"’'»)]*(?=\s+[\"“‘'«(]?[A-ZÀ-ÝА-Я0-9])"
)
"""A full stop, or a full stop and the bracket after it (``… from scratch. (cf. ibid.: 14)
Interestingly``): a citation standing after the full stop closes its sentence, not the next."""


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of a paragraph; initials and abbreviations do not end
    sentences."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        stop = text.find("(", match.start()) if match[0].endswith(")") else match.end()
        before = text[max(0, match.start() - 12) : stop].rstrip()
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


_AND = {"nl": "en", "en": "and", "de": "und", "fr": "et"}
"""The word each language joins names with."""
_UPPER = "A-ZÀ-ÝŁŚŻ"
_NO_ARTICLE = r"(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )"
_NAMED = (
    re.compile(rf"\b([A-ZÀ-Ý][\w.]*)\s+([{_UPPER}][^\W\d_]+)"),
    re.compile(rf"()([{_UPPER}][^\W\d_]+)\s*\(?\d{{4}}"),
    re.compile(rf"()\b([{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)?)(?:’s|'s)\b"),
    re.compile(rf"{_NO_ARTICLE}()\b([{_UPPER}][^\W\d_]+)\s+of\s+[{_UPPER}][^\W\d_]{{3,}}"),
)
"""A name after a given name or an initial, before a year, as a possessive, or before an
origin (``Hermogenes of Tarsus``); each read apart, so that a rejected given name (``In
Hermogenes’s``) leaves the possessive to be read. The origin is read after English *of* only
and with no article before (``the University of Chicago``): German *von* follows every noun
that owns something (``die Analyse von Weber``), and German nouns are capitalised."""


def _names(paras: Sequence[Para], vocabulary: set[str]) -> set[str]:
    """Capitalised words that are names: after a given name or an initial (``Peter Kenez``,
    ``J. Getty``), before a year (``Thurmair (1989)``), as a possessive (``Dio’s``,
    ``Pseudo-Plutarch’s``) or before an origin (``Gregory of Corinth``); not words the text
    also writes in lower case."""
    names: set[str] = set()
    for para in paras:
        for pattern in _NAMED:
            for match in pattern.finditer(para.text):
                given, word = match[1], match[2]
                if given and given.rstrip(".").casefold() in vocabulary:
                    continue
                if given and given.endswith(".") and len(given.replace(".", "")) > 2:
                    continue  # "zoals Getty. Hij": a sentence ends, no given name
                if word.casefold() not in vocabulary:
                    names.add(word)
    return names


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
    names = _names(paras, vocabulary)
    scholars, figures = _roles(paras, language, known, cues, names)
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
    for para, joined, section in _rejoined(paras, records, headed):
        heading = heading_end(para)  # "6.2 X's treatment of Y" read into the paragraph
        claimants.new_paragraph(section=section or heading > 0)
        line_offsets = [o for o, _ in para.line_starts]
        previous = ""
        before: list[tuple[Found, tuple[str, str]]] = []
        quotations = block_quotations(para, reading.origin)
        for start, whole in sentences(para.text):
            if whole <= heading:
                continue
            start = max(start, heading)
            end = min([whole, *(a for a, _ in quotations if start < a < whole)])
            if any(a <= start < b for a, b in quotations):
                previous, before = "", []
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
                previous, before = sentence, asked(sentence, language, known, names, resolve)
                continue
            read = read_sentence(sentence, language, known, extra=cues, names=names)
            if not read.found:  # "It has been argued (X 2007) that", "Following X, …"
                read = source_constructions(sentence, language, known, names) or read
            claimants.pronoun_entity = None
            read_found = without_objects(
                joint_authors(read.found, sentence, known, names), sentence
            )
            read_found = judged(read_found, sentence)
            roles = [f for f in read_found if _role(f)]
            found = [
                (f, r)
                for f in read_found
                if f not in roles
                for r in claimants.resolve_all(f.claimant, line, sentence)
                if not _figure_acts(r[1], f, sentence, figures, language)
            ]
            found = _cited_for_vague(found, sentence, claimants, line, known)
            found += [p for f in roles for p in _as_cited(f, sentence, claimants, line, known)]
            if found:
                found += _cited_as_earlier(found, sentence, claimants, line, known)
            reported = not found and continues(sentence, language, before)
            by_citation = _as_cited(_REPORTED, sentence, claimants, line, known) if reported else []
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
                found = _as_cited(_BACKED, sentence, claimants, line, known, backers)
                author = author_stance(sentence, langs) if found else author
            if not found:  # "The analysis showed that", "… (cf. ibid.: 14)"
                found, author = findings(sentence, language, claimants, line)
            discussed = {r[0] for f, r in found if f.cue not in {*_ALREADY_CUES, _BACKED.cue}}
            claimants.named(sentence, line, discussed, claimants.pronoun_entity)
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
                    anchor=_record_at(joined, start).id,
                )
            )
    return claimants.found


_MID_SENTENCE = re.compile(r"(?:\b[a-zà-ÿß]+|[,;–-])\s*$")
"""A paragraph's text that stops in a sentence: on a word in lower case, a comma, a dash."""


def _open(text: str) -> bool:
    """Whether *text* stops mid-sentence (``contended that``): no heading can come next, so
    a heading read there is the running head of the next page."""
    return bool(_MID_SENTENCE.search(text))


def _rejoined(
    paras: Sequence[Para], records: Sequence[Paragraph], headed: Sequence[bool]
) -> list[tuple[Para, list[tuple[int, Paragraph]], bool]]:
    """Each paragraph with its records (by the offset where each starts in it) and whether a
    heading comes before it, a paragraph whose text stops mid-sentence on one page joined to
    the next one on the next page: the page break with its footnotes, running head and page
    number parted them (``Estienne (1573: 13) contended that`` | ``Thucydides wrote …``), and a
    heading read there is the running head."""
    out: list[tuple[Para, list[tuple[int, Paragraph]], bool]] = []
    for para, record, section in zip(paras, records, headed, strict=True):
        if out and _open(out[-1][0].text) and para.page != _last_page(out[-1][0]):
            first, first_records, first_section = out[-1]
            joined = _join(first, para)
            shift = len(joined.text) - len(para.text)
            out[-1] = (joined, [*first_records, (shift, record)], first_section)
            continue
        out.append((para, [(0, record)], section))
    return out


def _last_page(para: Para) -> int:
    return para.page_breaks[-1][1] if para.page_breaks else para.page


def _record_at(records: Sequence[tuple[int, Paragraph]], offset: int) -> Paragraph:
    """The record of the paragraph (of those joined) in which *offset* lies."""
    k = bisect.bisect_right([start for start, _ in records], offset) - 1
    return records[max(0, k)][1]


def _join(first: Para, second: Para) -> Para:
    """*second* read on after *first*, its offsets moved past *first*'s text and a space."""
    shift = len(first.text.rstrip()) + 1
    return Para(
        text=f"{first.text.rstrip()} {second.text}",
        line=first.line,
        page=first.page,
        markers=[*first.markers, *((o + shift, n) for o, n in second.markers)],
        page_breaks=[
            *first.page_breaks,
            (shift, second.page),
            *((o + shift, p) for o, p in second.page_breaks),
        ],
        line_starts=[*first.line_starts, *((o + shift, n) for o, n in second.line_starts)],
    )


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
                cited[name_key(match[1] or match[2])] += 1
            for word in NAME_WORD.findall(sentence):
                if word[:1].isupper() and (name_key(word) in known or word in names):
                    named[name_key(word)] += 1
    scholars = {key for key, n in cited.items() if n * _CITED_SHARE >= named[key]}
    figures = {key for key, n in named.items() if n >= _CITED_SHARE and key not in scholars}
    return scholars, figures


_CITED_SHARE = 5
_COAUTHORS = (
    r"(?:\s+(?:&|and|und|et)\s+[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)?"
    r"|\s+et\s+al\.|\s+u\.\s?a\.)?"
)
_CITATION = re.compile(
    rf"([A-ZÀ-Ý][^\W\d_]+){_COAUTHORS}\s*\(\d{{4}}[a-z]?(?=\s*[):,;])"
    r"|[(;]\s*(?:(?:vgl\.|cf\.|see|siehe|voir|zie|z\.\s?B\.|e\.\s?g\.)\s+)?"
    rf"([A-ZÀ-Ý][^\W\d_]+){_COAUTHORS}\s+\d{{4}}[a-z]?(?=\s*[):,;])"
)
"""An author–year citation (``Kallmeyer (2001)``, ``Reiss (1981: 12)``, ``(vgl. Potts 2003:
7)``, ``Gutzmann & Castroviejo Miró (2011)``: the first author), not a lifespan nor a name
before a year outside brackets (``Unter Stalin 1937, als …``)."""


_MANNER = frozenset({"als", "as", "wie", "comme", "hoe", "how"})


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
    if found.source:
        return False  # "In Zifonun u. a. (1997) werden … angegeben": the work's view
    content = set().union(*(CLAIM_CUES[code].complementisers for code in langs)) - _MANNER
    content |= set().union(*(REPORTIVE.get(code, set()) for code in langs))
    after = sentence[found.claimant.end :] if found.claimant.end else sentence
    words = set(re.findall(r"[^\W\d_]+|:", after.casefold()))
    return not content & words


_VAGUE = frozenset({"others", "author", "scholar", "autor", "autorin", "andere", "autoren"})
"""Heads of a claimant left vague (*Still others*, *One author*) whom the sentence's inline
citations name."""
_DEFINITE = DEFINITE | {"this", "diese", "dieser"}
"""Definite articles and demonstratives: *the other scholars* are no vague claimant."""


def _cited_for_vague(
    found: list[tuple[Found, tuple[str, str]]],
    sentence: str,
    claimants: Claimants,
    line: int,
    known: Mapping[str, str],
) -> list[tuple[Found, tuple[str, str]]]:
    """*found* with a vague claimant (``Still others suggested … (e.g. Schmidt 1604: 2;
    Rhenius 1626: 84)``, ``One author assumed … (Reynolds 1752)``) replaced by the scholars
    the sentence cites in brackets, one attribution each; ``the author`` is the scholar under
    discussion and stays."""
    if not _cited(sentence):
        return found
    out: list[tuple[Found, tuple[str, str]]] = []
    for f, r in found:
        words = f.claimant.name.casefold().split()
        before = sentence[: f.claimant.start].casefold().split()[-1:]
        vague = words and words[-1] in _VAGUE and not _DEFINITE.intersection(before + words)
        if f.claimant.kind not in {"group", "pronoun"} or not vague:
            out.append((f, r))
            continue
        out.extend(_as_cited(f, sentence, claimants, line, known))
    return out


def _cited(sentence: str) -> list[str]:
    """The first authors of the author–year citations in brackets in *sentence*."""
    return list(dict.fromkeys(c.name for c in bracket_citations(sentence)))


def _as_cited(
    found: Found,
    sentence: str,
    claimants: Claimants,
    line: int,
    known: Mapping[str, str],
    cited: Sequence[str] | None = None,
) -> list[tuple[Found, tuple[str, str]]]:
    """The attributions of *found* to each scholar *sentence* cites in brackets (or to those
    *cited*) instead of its claimant (none without a citation)."""
    out = []
    for name in _cited(sentence) if cited is None else cited:
        actor = known.get(name_key(name))
        mention = Mentioned("known" if actor else "person", name, actor)
        resolved = claimants.resolve(mention, line, sentence)
        if resolved:
            out.append((Found(mention, found.cue, found.stance), resolved))
    return out


_REPORTED = Found(Mentioned("implicit", "reported"), "reported, cited", "asserts")
"""The attribution of a sentence in the reportive mood to the scholars it cites."""
_BACKED = Found(Mentioned("implicit", "backed"), "backing citation", "asserts")
"""The attribution of a sentence to the scholars its closing bracket credits it to."""
_ALL_PRONOUNS = frozenset().union(*PRONOUNS.values())


def _role(found: Found) -> bool:
    """Whether *found*'s claimant is a role made definite (``the Venetian printer-scholar
    claimed … (Manutius 1496)``): the scholar the sentence cites, else no one the text
    names for sure."""
    return found.claimant.kind == "pronoun" and found.claimant.name not in _ALL_PRONOUNS


def _cited_as_earlier(
    found: list[tuple[Found, tuple[str, str]]],
    sentence: str,
    claimants: Claimants,
    line: int,
    known: Mapping[str, str],
) -> list[tuple[Found, tuple[str, str]]]:
    """Scholars a sentence that reports a view cites as having said it already
    (``(vgl. dazu schon Dahl 1988: 225)``, ``(see already Dahl 1988)``): each asserts it too."""
    out: list[tuple[Found, tuple[str, str]]] = []
    taken = {r[0] for _, r in found}
    for cited in bracket_citations(sentence):
        already = _ALREADY.search(cited.bracket[: cited.start])
        if already is None:
            continue
        actor = known.get(name_key(cited.name))
        mention = Mentioned("known" if actor else "person", cited.name, actor)
        resolved = claimants.resolve(mention, line, sentence)
        if resolved and resolved[0] not in taken:
            taken.add(resolved[0])
            out.append((Found(mention, already[1], "asserts"), resolved))
    return out


_ALREADY_CUES = ("already", "bereits", "déjà", "reeds", "schon")
_ALREADY = re.compile(rf"\b({'|'.join(_ALREADY_CUES)})\s+$")
"""*Already* before a citation: the scholar cited said it before the one reported, and is
not the one the text goes on to discuss."""


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

"""Constructions of scholarly prose that name a claim's source without a reporting verb of
which it is the subject.

- the impersonal passive with a citation: *It has been argued (Smith 2007) that*, *Es wurde
  gezeigt (Meyer 2001), dass*, *Il a été montré (Dupont 1999) que*, *Er is betoogd (Jansen
  2003) dat*: the cited authors hold the claim;
- *Following X*, *Im Anschluss an X*, *À la suite de X*, *In navolging van X*: X holds the
  claim and the author, who builds on it, agrees;
- a view noun owned by a name before a postposition or after *nach* (*Meyers Analyse zufolge*,
  *nach Meyers Argumentation*) or a work noun owned by a name as the subject of a verb of
  showing (*Smith's analysis shows that*);
- a part of a cited work (its map, table, main point) that a statement is read from: *Der
  Karte in Meyer (1995: 41) ist zu entnehmen, dass*, *The main point in Smith (2000: 3) is
  that*;
- an observation or idea that goes back to a cited work: *Die früheste Beobachtung geht zurück
  auf Meyer (1978)*, *These considerations stem from Smith (1988)*, *gaat terug op Jansen
  (1990)*, *remonte à Dupont (1999)*.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from purgehist.formats.text.claim_cited_passives import cited_passive
from purgehist.formats.text.claim_readings import Found, Mentioned, SentenceReading
from purgehist.formats.text.claim_view_nouns import POSSESSIVE_END, WORK_PATTERN
from purgehist.names import name_key

__all__ = ["NAME", "named", "source_constructions"]

NAME = r"(?:[A-ZÀ-Ý]\.\s*)*(?:(?:van|von|de|der|den|du|le|la)\s+)*[A-ZÀ-Ý][\w’'-]+"
_WORK = (
    rf"(?P<first>{NAME})(?:\s*(?:,|&|and|und|et|en)\s*{NAME})*"
    r"(?:\s+(?:et\s+al\.|u\.\s?a\.|e\.\s?a\.))?\s*,?\s*\d{4}[a-z]?(?:\s*:\s*[\d–-]+)?"
)
_CITATION = re.compile(r"\([^()]*\d{4}[^()]*\)")
"""A bracket with a year: a citation of one or more works (``(Smith 2007)``, ``(vgl. Meyer &
Roth 2001: 12; Lang 1999)``), whose authors :data:`_ONE_WORK` finds."""
_ONE_WORK = re.compile(_WORK)

_PARTICIPLES = {
    "en": "argued suggested claimed proposed shown demonstrated observed noted maintained "
    "contended posited hypothesized hypothesised assumed established",
    "de": "argumentiert gezeigt behauptet vorgeschlagen angenommen festgestellt nachgewiesen "
    "vermutet postuliert betont dargelegt",
    "fr": "montré démontré suggéré proposé avancé soutenu affirmé observé noté remarqué "
    "établi postulé",
    "nl": "betoogd beweerd gesuggereerd aangetoond voorgesteld opgemerkt verondersteld "
    "geopperd geconcludeerd",
}
_IMPERSONAL = {
    "en": r"it\s+(?:has|had)\s+(?:also\s+|often\s+|repeatedly\s+)?been|it\s+(?:is|was)",
    "de": r"es\s+(?:wurde|ist|wird)(?:\s+(?:auch|bereits|schon|mehrfach|oft))?",
    "fr": r"il\s+a\s+(?:(?:aussi|déjà|souvent)\s+)?été",
    "nl": r"er\s+(?:is|werd|wordt)(?:\s+(?:ook|al|vaak))?",
}
_THAT = {"en": r"that", "de": r"(?:worden\s*)?,?\s*dass", "fr": r"qu(?:e|’|')", "nl": r"dat"}


def _impersonal(lang: str) -> re.Pattern[str]:
    verbs = "|".join(_PARTICIPLES[lang].split())
    return re.compile(
        rf"^(?:{_IMPERSONAL[lang]})\s+(?P<verb>{verbs})(?:\s+worden)?\s*(?P<cite>\([^()]*\d{{4}}[^()]*\))?"
        rf"\s*,?\s*{_THAT[lang]}\b",
        re.IGNORECASE,
    )


_IMPERSONALS = {lang: _impersonal(lang) for lang in _PARTICIPLES}

_FOLLOWING = re.compile(
    r"^(?P<cue>Following|In\s+line\s+with|Im\s+Anschluss\s+an|In\s+Anlehnung\s+an|"
    r"(?:À|A)\s+la\s+suite\s+de|In\s+navolging\s+van)\s+"
    rf"(?P<names>{NAME}(?:\s*(?:,|&|and|und|et|en)\s*{NAME})*"
    r"(?:\s+(?:et\s+al\.|u\.\s?a\.|e\.\s?a\.))?)"
    r"\s*(?P<year>\(\s*\d{4}[^()]*\))?\s*,?"
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|ich|wir|je|nous|ik|wij)\b|\bj['’]", re.IGNORECASE)
"""The author speaking: who follows a scholar's work without a citation is the author only
when the sentence says so (*Following Smith, I assume*), not a figure (*Following Stalin, the
party …*)."""

_VIEWS = (
    r"Analyse|Auffassung|Ansicht|Meinung|Darstellung|Interpretation|Deutung|Einschätzung|"
    r"Argumentation|Theorie|Hypothese|Befund(?:en)?"
)
_ZUFOLGE = re.compile(
    rf"(?:^|\b)(?P<name>{NAME})s\s+(?:{_VIEWS})\s+zufolge\b"
    rf"|\b[Nn]ach\s+(?P<after>{NAME})s\s+(?:{_VIEWS})\b"
)
_WORK_SHOWS = re.compile(
    rf"(?:^|\b)(?P<name>{NAME}){POSSESSIVE_END}\s+(?:\(\s*\d{{4}}[^()]*\)\s+)?"
    rf"(?:{WORK_PATTERN})(?:\s+(?:of|on)\s+[^,.;()]{{1,40}}?)?\s+"
    r"(?P<verb>shows?|showed|suggests?|suggested|"
    r"demonstrates?|demonstrated|indicates?|indicated|reveals?|revealed|implies|implied)\s+that\b"
)
_PART = (
    r"Karte|Tabelle|Abbildung|Punkt|Kernpunkt|Ergebnis|Befund|map|table|figure|point|result|"
    r"finding"
)
_IN_WORK = re.compile(
    r"^(?:Der|Die|Das|Dem|Den|The)\s*(?:[^\W\d_]+\s+)?"
    rf"(?:{_PART})\s+(?:aus|in|bei|from|of)\s+(?P<name>{NAME})"
    r"\s*\(\s*\d{4}[^()]*\)"
)
"""A part of a cited work as the sentence's subject (German also its dative, ``Der Karte in``):
an author–year citation names the work, so what the part holds is the cited author's."""
_READ_FROM = re.compile(r"\bzu\s+entnehmen\b|^\s*(?:ist|is)\s*,?\s*(?:dass|that)")
_SHOWS = re.compile(r"\b(?:zeigt|shows)\b")
_THAT_CLAUSE = re.compile(r"\b(?:dass|that)")


def _read_from(text: str) -> bool:
    """Whether *text* says the statement is read from the part of the work: *zu entnehmen*,
    a copula or a verb of showing before its *that*-clause, in the first clause (one search
    after the other, which stays linear on a long clause)."""
    if _READ_FROM.search(text):
        return True
    clause = re.split(r"[.;:]", text, maxsplit=1)[0]
    shows = _SHOWS.search(clause)
    return shows is not None and _THAT_CLAUSE.search(clause, shows.end()) is not None


_ORIGIN = re.compile(
    r"\b(?:(?:geht|gehen|ging|gingen)\s+(?:[^\W\d_]+\s+)?zurück\s+auf|"
    r"(?:stammt|stammen|stammte|stammten)\s+(?:[^\W\d_]+\s+)?(?:aus|von)|"
    r"(?:goes|go|went)\s+back\s+to|(?:stems?|stemmed|derives?|derived)\s+from|"
    r"(?:gaat|gaan|ging|gingen)\s+terug\s+op|(?:remonte|remontent)\s+à)"
    rf"\s+(?P<name>{NAME})\s*\(\s*\d{{4}}"
)
"""A statement's origin in a cited work: the verb, the first author, a year in brackets."""


def named(
    name: str, start: int, known: Mapping[str, str], names: Collection[str]
) -> Mentioned | None:
    surname = name.split()[-1]
    actor = known.get(name_key(surname))
    if actor is not None:
        return Mentioned("known", surname, actor, start, start + len(name))
    if surname in names:
        return Mentioned("person", name, None, start, start + len(name))
    return None


def _cited(
    text: str, offset: int, known: Mapping[str, str], names: Collection[str]
) -> list[Mentioned]:
    """The first author of each work a citation in brackets cites."""
    out: list[Mentioned] = []
    for work in _ONE_WORK.finditer(text):
        mention = named(work["first"], offset + work.start("first"), known, names)
        if mention is not None and all(m.name != mention.name for m in out):
            out.append(mention)
    return out


def source_constructions(
    sentence: str,
    lang: str | None,
    known: Mapping[str, str],
    names: Collection[str] = frozenset(),
) -> SentenceReading | None:
    """The attributions of the constructions above in *sentence*; ``None`` when it has none."""
    langs = [lang] if lang in _IMPERSONALS else list(_IMPERSONALS)
    for code in langs:
        passive = _IMPERSONALS[code].match(sentence)
        if passive is None:
            continue
        cite = passive["cite"]
        at = passive.start("cite")
        if cite is None:  # "It has been argued that … (Smith 2007)."
            last = list(_CITATION.finditer(sentence))
            if not last or sentence[last[-1].end() :].strip(" .;") != "":
                return None
            cite, at = last[-1].group(), last[-1].start()
        cited = _cited(cite, at, known, names)
        if cited:
            cue = f"{passive.group().split()[0].casefold()} … {passive['verb'].casefold()}"
            return SentenceReading(tuple(Found(m, cue, "asserts") for m in cited))
        return None
    following = _FOLLOWING.match(sentence)
    if following and (following["year"] or _FIRST_PERSON.search(sentence, following.end())):
        cue = " ".join(following["cue"].casefold().split())
        found = [
            Found(m, cue, "asserts")
            for part in re.split(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\ben\b)\s*", following["names"])
            if part and (m := named(part, following.start("names"), known, names))
        ]
        if found:
            return SentenceReading(tuple(found[:1]), "asserts")
    in_work = _IN_WORK.match(sentence)
    if in_work and _read_from(sentence[in_work.end() :]):
        m = named(in_work["name"], in_work.start("name"), known, names)
        if m is not None:
            return SentenceReading((Found(m, "in … (year)", "asserts"),))
    for pattern, cue in (
        (_ZUFOLGE, "zufolge"),
        (_WORK_SHOWS, "'s … shows"),
        (_ORIGIN, "goes back to"),
    ):
        owned = pattern.search(sentence)
        if owned:
            group = "after" if "after" in owned.re.groupindex and owned["after"] else "name"
            m = named(owned[group], owned.start(group), known, names)
            if m is not None:
                return SentenceReading((Found(m, cue, "asserts"),))
    credited = cited_passive(sentence, lang, lambda text, at: _cited(text, at, known, names))
    return SentenceReading(tuple(credited)) if credited else None

"""Who a document's people are: the capitalised words that are names, and of those named, the
scholars it cites as claimants and the figures of the period it narrates, whose actions are no
claims."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from purgehist.formats.text.attribution import Found, read_sentence
from purgehist.formats.text.claim_cues import CLAIM_CUES, CueSet
from purgehist.formats.text.claim_lexicon import REPORTIVE
from purgehist.formats.text.claim_paragraphs import sentences
from purgehist.formats.text.claimants import NAME_WORD
from purgehist.formats.text.structure import Para
from purgehist.names import name_key

__all__ = [
    "CITATION",
    "document_names",
    "figure_acts",
    "scholars_and_figures",
    "without_openers",
]


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


def document_names(paras: Sequence[Para], vocabulary: set[str]) -> set[str]:
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


_CITED_AFTER = re.compile(r"\s*\(?\d{4}|’s\b|'s\b")
"""A year or a possessive right after a word: it is a name."""


def without_openers(
    paras: Sequence[Para], known: Mapping[str, str], vocabulary: Collection[str]
) -> dict[str, str]:
    """*known* without the surnames that are words of the text: written in lower case and
    capitalised only where a sentence begins (``Thus, the journal proposed`` after a note
    misread as a work by *Thus*). A real surname the text also writes in lower case (*Price*)
    is capitalised inside a sentence somewhere (``De Sola Price (1963)``), or cited with a
    year or as a possessive at a sentence's start (``Young (1990) argues``)."""
    suspects = {k for k in known if k in vocabulary}
    if not suspects:
        return dict(known)
    inside: set[str] = set()
    for para in paras:
        for start, end in sentences(para.text):
            words = list(NAME_WORD.finditer(para.text, start, end))
            inside.update(name_key(w[0]) for w in words[1:] if w[0][:1].isupper())
            if words and _CITED_AFTER.match(para.text, words[0].end()):
                inside.add(name_key(words[0][0]))  # "Young (1990) argues": a name at the start
    return {k: v for k, v in known.items() if k not in suspects or k in inside}


def scholars_and_figures(
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
            for match in CITATION.finditer(sentence):
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
CITATION = re.compile(
    rf"([A-ZÀ-Ý][^\W\d_]+){_COAUTHORS}\s*\(\d{{4}}[a-z]?(?=\s*[):,;])"
    r"|[(;]\s*(?:(?:vgl\.|cf\.|see|siehe|voir|zie|z\.\s?B\.|e\.\s?g\.)\s+)?"
    rf"([A-ZÀ-Ý][^\W\d_]+){_COAUTHORS}\s+\d{{4}}[a-z]?(?=\s*[):,;])"
)
"""An author–year citation (``Kallmeyer (2001)``, ``Reiss (1981: 12)``, ``(vgl. Potts 2003:
7)``, ``Gutzmann & Castroviejo Miró (2011)``: the first author), not a lifespan nor a name
before a year outside brackets (``Unter Stalin 1937, als …``)."""


_MANNER = frozenset({"als", "as", "wie", "comme", "hoe", "how"})


def figure_acts(
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

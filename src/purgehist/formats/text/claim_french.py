"""French constructions of attribution that word lists alone do not catch.

French elides and inverts its pronouns (``qu’Arnauld``, ``d’Arnauld``, ``définit-il``): these are
split from their words first, and the particles of a surname joined to it (``van der Brugge``).
Then: a relative clause whose subject follows its verb (``l’analyse que propose Lemaire``,
``ce que proposent Dubois et Lemaire``), *comme* with an inverted subject (``Comme le montre
Dubois``), a relative *qui* after the name (``Dubois, qui soutient que``), a view credited to its
authors by a passive when its content follows (``avancée par Dubois … repose sur l’idée
que``), a view named by a possessive (``Dans ses termes, …``), *pour X* only as a detached
phrase (``Pour Dubois, …``, not ``vrai pour Alice``), *ce que* as what is spoken of rather than
what is said (``X précise ce que sont …``), the conditional of a hypothesis (``si …``), which
reports nothing, and a question on a scholar's view, whose answer goes on with that scholar's
account (``Comment Dubois définit-il la liaison ?``). Views named by their owner are read in
:mod:`.claim_french_views`."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from purgehist.formats.text.claim_french_views import BOUNDS as _BOUNDS
from purgehist.formats.text.claim_french_views import (
    GAP_WORDS,
    OPPOSITION_VERBS,
    SCHOOLS,
    Reader,
    bare,
    detached_sources,
    objected,
    owned_views,
    relative_view,
    theory_sources,
    weighed,
)
from purgehist.formats.text.claim_french_views import SAYING as _SAYING
from purgehist.formats.text.claim_french_views import SKIP as _SKIP
from purgehist.formats.text.claim_french_views import people as _people
from purgehist.formats.text.claim_french_views import words as _words
from purgehist.formats.text.claim_lexicon import CONTRAST, GROUP_NOUNS, REPORTIVE, SKIP_WORDS
from purgehist.formats.text.claim_particles import PARTICLE_CUES
from purgehist.formats.text.claim_phrases import POSSESSORS
from purgehist.formats.text.claim_readings import Found, Mentioned
from purgehist.formats.text.claim_verb_cues import THAT_CUES, VERB_CUES
from purgehist.formats.text.sentence_tokens import Tokens, tokens
from purgehist.names import name_key

__all__ = [
    "ASKED",
    "asked",
    "french_reading",
    "french_tokens",
    "hypothetical",
    "sentence_tokens",
    "skip_words",
]


_VERBS = _SAYING | OPPOSITION_VERBS | {verb for verb, _ in PARTICLE_CUES["fr"]}
_AUXILIARIES = _words("a ont avait avaient")
_ELISION = re.compile(r"(?i)(qu|jusqu|lorsqu|puisqu|quoiqu|[cdjlmnst])['’](?=\w)")
_QU = frozenset({"qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})
_QUE = _words("que qu’ qu'")
_INVERSION = re.compile(r"(?i)-(?:t-)?(il|elle|ils|elles|on)$")


def sentence_tokens(sentence: str, lang: str | None) -> Tokens:
    """The words of *sentence*, read as French when *lang* is (:func:`french_tokens`)."""
    return french_tokens(sentence) if lang == "fr" else tokens(sentence)


def skip_words(langs: Sequence[str]) -> set[str]:
    """The words that may stand between a verb and its subject in *langs*: with the French
    clitics and auxiliaries only when the text is read as French alone (:data:`GAP_WORDS`)."""
    gaps = GAP_WORDS if list(langs) == ["fr"] else frozenset()
    return set().union(*(SKIP_WORDS[code] for code in langs)) | gaps


def french_tokens(sentence: str) -> Tokens:
    """The words of a French *sentence*, with an elided *que* split from the word after it
    (``qu’il``), any elided word from a name (``d’Arnauld``) or from a reporting verb
    (``l’affirme``), an inverted subject pronoun from its verb (``ajoute-t-il``), and the
    particles of a surname joined to it (``van der Brugge``)."""
    base = tokens(sentence)
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    for word, (start, end) in zip(base.text, base.spans, strict=True):
        elided = _ELISION.match(word)
        if elided:
            rest = word[elided.end() :]
            verb = rest.casefold() in _VERBS | _AUXILIARIES
            if elided[1].casefold() in _QU or rest[:1].isupper() or verb:
                text.append(word[: elided.end()])
                spans.append((start, start + elided.end()))
                word, start = rest, start + elided.end()
        inverted = _INVERSION.search(word)
        if inverted and inverted.start() > 0:
            text += [word[: inverted.start()], inverted[1]]
            spans += [(start, start + inverted.start()), (start + inverted.start(1), end)]
            continue
        text.append(word)
        spans.append((start, end))
    return _particles_joined(text, spans)


_PARTICLES = _words("van von der den ter ten")
"""Particles of Dutch and German surnames, no French words (``selon van der Brugge``)."""


def _particles_joined(text: list[str], spans: list[tuple[int, int]]) -> Tokens:
    """The words with the particles before a capitalised surname made part of its span. The
    token's text stays the surname, by which names are looked up and known to be names
    (``Brugge``, its span ``van der Brugge``): like a word hyphenated at a line break (see
    :func:`.sentence_tokens.tokens`), a token's text need not be the sentence at its span."""
    out: list[str] = []
    out_spans: list[tuple[int, int]] = []
    k = 0
    while k < len(text):
        j = k
        while j < len(text) and text[j] in _PARTICLES:
            j += 1
        if k < j < len(text) and text[j][:1].isupper():
            out.append(text[j])
            out_spans.append((spans[k][0], spans[j][1]))
            k = j + 1
            continue
        stop = max(j, k + 1)  # particles before no surname, or a word of their own
        out += text[k:stop]
        out_spans += spans[k:stop]
        k = stop
    return Tokens(out, [w.casefold() for w in out], out_spans)


_NAMING = _words("nomme nommait appelle appelait qualifie qualifiait baptise")
"""Verbs that give a term, not a view (``ce qu’Arnauld nomme verbes adjectifs``)."""
_EXAMPLE_VERBS = _words("donne donnait donnent cite citait")
"""Verbs that credit a view only through the examples they give (``les exemples que donne
Lemaire``)."""
_TOPICS = _words("question questions problème problèmes difficulté difficultés")
"""Nouns that make *poser* raise a topic, not a view (``la question que pose Dubois``)."""
_RELATIVE_VERBS = (_SAYING | _EXAMPLE_VERBS | _words("pose posait posent posé")) - _NAMING
_CLITICS = _words("le l’ l' les l’a l'a l’ont l'ont l’avait l'avait")
_COMPLEMENTISERS = _words("que qu’ qu' :")


def _base(word: str) -> str:
    """*word* without the endings of agreement (``proposée``: ``proposé``) when the bare form
    is a verb of :data:`_RELATIVE_VERBS`."""
    for ending in ("es", "e", "s"):
        if word.endswith(ending) and word[: -len(ending)] in _RELATIVE_VERBS:
            return word[: -len(ending)]
    return word


def _stance(verb: str) -> str:
    return VERB_CUES["fr"].get(verb, "asserts")


def _contrasted(low: Sequence[str], i: int) -> bool:
    """Whether a contrast phrase stands before *ce que* at *i* (``à l’inverse de ce que``):
    the sentence does not say what the relative credits, and how its subject stands to it is
    not read here."""
    end = i - 1 if low[i - 1 : i] == ["ce"] else i
    return any(
        end - size >= 0 and " ".join(low[end - size : end]) in CONTRAST["fr"] for size in (4, 3, 2)
    )


def _relative(words: Reader, i: int) -> list[Found]:
    """The subject after the verb of a relative clause opened by *que* at *i* (``l’analyse
    que propose Lemaire``, ``ce qu’a montré Dubois``), unless a contrast governs it."""
    low = words.t.low
    if low[i] not in _QUE or i == 0 or _contrasted(low, i):
        return []
    j = i + 1
    if j < len(low) and low[j] in _AUXILIARIES:
        j += 1
    verb = _base(low[j]) if j < len(low) else ""
    if verb not in _RELATIVE_VERBS:
        return []
    before = low[max(0, i - 3) : i]
    if verb in _EXAMPLE_VERBS and not any(w.startswith("exemple") for w in before):
        return []
    if verb.startswith("pos") and _TOPICS.intersection(before):
        return []
    return [Found(m, f"que … {verb}", _stance(verb)) for m in _people(words, j + 1)]


def _subject_relative(words: Reader, i: int) -> list[Found]:
    """The name before a relative *qui* whose verb reports (``Dubois, qui soutient que``)."""
    low = words.t.low
    if low[i] != "qui" or i == 0:
        return []
    j = i + 1
    while j < len(low) and low[j] in _SKIP:
        j += 1
    verb = low[j] if j < len(low) else ""
    said = verb in VERB_CUES["fr"] or (
        verb in THAT_CUES["fr"] and bool(_COMPLEMENTISERS.intersection(low[j + 1 : j + 13]))
    )
    k = i - 2 if low[i - 1] == "," else i - 1
    mention = words.name_at(k) if said and k >= 0 else None
    if mention is None or mention.kind not in {"known", "person"}:
        return []
    return [Found(mention, f"qui {verb}", _stance(verb))]


def _comme(words: Reader, i: int) -> list[Found]:
    """The inverted subject of *comme* + a verb of saying or showing (``Comme le montre
    Dubois``, ``comme l’a montré la théorie de la variation``, ``ainsi que l’explique
    X``): a person it names, else a theory or group with its modifier."""
    low = words.t.low
    if low[i] != "comme" and low[max(0, i - 1) : i + 1] != ["ainsi", "que"]:
        return []
    j = i + 1
    if j < len(low) and low[j] in _CLITICS:
        j += 1
    if j < len(low) and low[j] in _AUXILIARIES:
        j += 1
    verb = _base(low[j]) if j < len(low) else ""
    if verb not in _SAYING or _stance(verb) != "asserts" or j == i + 1:
        return []
    end = next((k for k in range(j + 1, len(low)) if low[k] in _BOUNDS), len(low))
    for k in range(j + 1, end):
        if words.t.text[k][:1].isupper():
            named = _people(words, k)
            if named:
                return [Found(m, f"comme … {verb}", "asserts") for m in named]
    group = _body_of_thought(words, j + 1, end)
    return [Found(group, f"comme … {verb}", "asserts")] if group else []


def _body_of_thought(words: Reader, start: int, end: int) -> Mentioned | None:
    """A theory or group named from token *start* to *end* by its head noun and a modifier
    (``la théorie de la variation``, ``les linguistes structuralistes``)."""
    low, spans = words.t.low, words.t.spans
    for k in range(start, min(end, start + 3)):
        head = bare(low[k])
        if head in GROUP_NOUNS["fr"] | SCHOOLS and end - k > 1:
            last = end - 1
            while last > k and (low[last] in {"(", ")"} or low[last].isdigit()):
                last -= 1
            offset, stop = spans[k][1] - len(head), spans[last][1]
            return Mentioned("group", words.sentence[offset:stop], None, offset, stop)
    return None


_CREDITING = _words(
    "initié proposé introduit développé formulé élaboré systématisé défendu avancé soutenu "
    "repris postulé fondé"
)
_CREDITED = frozenset({f"{w}{e}" for w in _CREDITING for e in ("", "e", "s", "es")})
_CONTENT = re.compile(
    r"(?i)\b(?:idée|principe|hypothèse|thèse|postulat|intuition|conviction)s?\s+"
    r"(?:que\b|qu['’]|selon\s+l(?:a|es)quelles?)"
)
"""A noun of content with its clause (``le principe que``, ``l’hypothèse selon laquelle``):
what a view credited to its authors holds."""


def _credited(words: Reader, i: int) -> list[Found]:
    """The authors a passive credits a view to (``Cette hypothèse, avancée par Dubois
    puis développée par Lemaire, repose sur l’idée que``), when the sentence states the
    view's content; a term merely introduced by someone is no claim."""
    low = words.t.low
    if low[i] != "par":
        return []
    clause = []
    for k in range(i - 1, max(-1, i - 6), -1):
        if low[k] in _BOUNDS | {"(", ")"}:
            break
        clause.append(low[k])
    participle = next((w for w in clause if w in _CREDITED), None)
    if participle is None:
        return []
    named = _people(words, i + 1)
    if not named or not _CONTENT.search(words.sentence[named[-1].end :]):
        return []
    return [Found(m, f"{participle} par", "asserts") for m in named]


_VIEWS = {
    "dans": _words("termes conception vision perspective esprit"),
    "selon": _words("termes conception vision"),
    "à": _words("yeux sens"),
    "de": _words("point"),
}
"""Prepositions and the nouns that with a possessive name the owner's view (``Dans ses
termes``, ``à ses yeux``, ``de son point de vue``); ``à son avis``, ``selon sa théorie`` are
read as statement nouns already."""


def _possessive_view(words: Reader) -> list[Found]:
    """The owner of a view named by a possessive as a detached phrase (``Dans ses termes,
    …``), a pronoun to resolve."""
    low, spans = words.t.low, words.t.spans
    for i in range(len(low) - 3):
        if low[i + 1] not in POSSESSORS or low[i + 2] not in _VIEWS.get(low[i], ()):
            continue
        opening = i == 0 or low[i - 1] in _BOUNDS
        closed = "," in low[i + 3 : i + 6]
        if opening and closed:
            mention = Mentioned("pronoun", POSSESSORS[low[i + 1]], None, *spans[i + 1])
            return [Found(mention, " ".join(low[i : i + 3]), "asserts")]
    return []


_DETACHED_REST = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:[^\W\d_]+\s*){0,3},")
"""What may stand between the name and the comma closing a detached *pour X*: a year, a
second name, an adverb (``Pour Dubois en revanche,``)."""


def _detached(words: Reader, found: Found) -> bool:
    """Whether *pour X* is a detached phrase, the view's source (``Pour Dubois, le sens …``,
    ``…, pour lui, …``), not a beneficiary (``vrai pour Alice``)."""
    sentence = words.sentence
    before = sentence[: found.claimant.start].rstrip()
    if not before.casefold().endswith("pour"):
        return True  # a name joined to the first ("Pour Dubois et Lemaire")
    opening = before[:-4].rstrip()
    return (not opening or opening[-1] in ",;(") and bool(
        _DETACHED_REST.match(sentence[found.claimant.end :])
    )


def _spoken_of(words: Reader, found: Found) -> bool:
    """Whether a verb has only *ce que* for its content (``Dubois précise ce que sont les
    liaisons obligatoires``, ``explique ce qu’est une liaison``): what it speaks of, not what
    it says; a verb that needs a *that*-clause has no other after it."""
    verb = found.cue
    if verb not in _SAYING:
        return False
    low = words.t.low
    for k in range(len(low)):
        if low[k] == verb:
            after = low[k + 1 : k + 13]
            if after[:1] == ["ce"] and after[1:2] and after[1] in _COMPLEMENTISERS:
                return True  # "explique ce qu’est …"
            first = next((n for n, w in enumerate(after) if w in _COMPLEMENTISERS), -1)
            return verb not in VERB_CUES["fr"] and first > 0 and after[first - 1] == "ce"
    return False


_REFLEXIVE = _words("se s’ s'")
_SUBORDINATE = _words("que qu’ qu' si s’ s' lorsque lorsqu’ lorsqu' puisque puisqu’ puisqu' quand")
"""Words that open a subordinate clause: *il*/*elle* after one is mostly a thing of the
sentence before (``du fait qu’elle postule``, of a solution), and French has no *it*."""


def _false_cue(words: Reader, found: Found) -> bool:
    """Whether *found* is no attribution: a reflexive verb (``Elle se distingue de``: differs),
    the verb of a relative that a contrast governs (``À l’inverse de ce qu’affirme Lemaire``),
    or a subject pronoun of a subordinate clause."""
    low, spans = words.t.low, words.t.spans
    verb = next((k for k, w in enumerate(low) if w == found.cue), -1)
    if verb > 0 and low[verb - 1] in _REFLEXIVE:
        return True
    que = verb - 2 if verb > 1 and low[verb - 1] in _AUXILIARIES else verb - 1
    if que > 0 and low[que] in _QUE and _contrasted(low, que):
        return True
    if found.claimant.kind != "pronoun" or found.claimant.name not in _SUBJECTS:
        return False
    k = next((k for k, span in enumerate(spans) if span[0] == found.claimant.start), -1)
    return k > 0 and low[k - 1] in _SUBORDINATE


_SUBJECTS = _words("il elle ils elles")


def french_reading(
    words: Reader, found: list[Found], author: str | None
) -> tuple[list[Found], str | None]:
    """*found* in a French sentence without its false cues (*pour* before a beneficiary, a
    verb with only *ce que* after it), with the claimants of the constructions above; and the
    author's stance (on a view the author weighs)."""
    if list(words.langs) != ["fr"]:
        return found, author  # its tokens and skipped words are French only (see sentence_tokens)
    kept = [
        f
        for f in found
        if (f.cue != "pour" or _detached(words, f))
        and not _spoken_of(words, f)
        and not _false_cue(words, f)
        and not relative_view(words, f)
    ]
    names = {f.claimant.name for f in kept}
    for i in range(len(words.t.low)):
        hits = (
            _relative(words, i)
            or _subject_relative(words, i)
            or _comme(words, i)
            or _credited(words, i)
        )
        for hit in hits:
            if hit.claimant.name not in names:
                kept.append(hit)
                names.add(hit.claimant.name)
    views, stance = weighed(words)
    sources = [*owned_views(words), *detached_sources(words), *theory_sources(words)]
    for hit in [*views, *sources, *objected(words, kept)]:
        if hit.claimant.name not in names:
            kept.append(hit)
            names.add(hit.claimant.name)
            author = author or (stance if hit in views else None)
    if not kept:
        kept = _possessive_view(words)
    return kept, author


ASKED = "question"
"""The cue of a question on a scholar's view, which the sentence answering it continues."""
_QUESTIONS = _words("comment que qu’ qu' quel quelle quels quelles pourquoi quoi")
_ASKING = _SAYING | _words(
    "conçoit concevait entend entendait analyse analysait traite traitait envisage justifie"
)


def asked(
    sentence: str,
    language: str | None,
    known: Mapping[str, str],
    names: Collection[str],
    resolve: Callable[[Mentioned], tuple[str, str] | None],
) -> list[tuple[Found, tuple[str, str]]]:
    """The scholar whose view a French question asks for, by its inverted subject (``Comment
    Dubois définit-il la liaison ?``), resolved: the sentence answering it goes on with that
    scholar's account."""
    if language != "fr":
        return []
    t = french_tokens(sentence)
    low = t.low
    if not _QUESTIONS.intersection(low[:3]):
        return []
    for k in range(len(low) - 2):
        word = t.text[k]
        named = name_key(word) in known or word in names
        if word[:1].isupper() and named and low[k + 1] in _ASKING and low[k + 2] in _SUBJECTS:
            actor = known.get(name_key(word))
            mention = Mentioned("known" if actor else "person", word, actor, *t.spans[k])
            resolved = resolve(mention)
            return [(Found(mention, ASKED, "asserts"), resolved)] if resolved else []
    return []


_HYPOTHESIS = r"(?:si|s['’]ils?|sinon|au cas où|à supposer)(?!\w)"
_IN_CLAUSE = re.compile(rf"(?i)(?<!\w)(?<!même )(?<!comme ){_HYPOTHESIS}")
"""A hypothesis in a clause, not a concessive *même si* nor a *comme si* (no condition)."""
_OPENING = re.compile(rf"(?i)\s*(?:(?:et|mais|or)\s+)?{_HYPOTHESIS}")
"""A *si*-clause opening the clause before a conditional (``Si …, la liaison serait …``)."""


def hypothetical(sentence: str) -> bool:
    """Whether each conditional of a French *sentence* (:data:`.REPORTIVE`) is the consequence
    of a hypothesis, not reported speech: a *si* in its clause (up to a comma: ``serait
    attestée si …``) or opening the clause just before it (``Si …, elle serait …``)."""
    clauses = re.split(r"[,;:]", sentence)
    conditional = [
        n
        for n, clause in enumerate(clauses)
        if REPORTIVE["fr"].intersection(re.findall(r"[^\W\d_]+", clause.casefold()))
    ]
    return bool(conditional) and all(
        _IN_CLAUSE.search(clauses[n]) or (n > 0 and _OPENING.match(clauses[n - 1]))
        for n in conditional
    )

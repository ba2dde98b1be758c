"""Claimants a sentence names only by the author–year citations in its brackets: a vague
claimant (*others*, *one author*) or a role (*the Venetian printer-scholar*) replaced by the
scholars cited, a reported or backed sentence attributed to them, and scholars cited as having
said it *already*."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from purgehist.formats.text.attribution import Found, Mentioned
from purgehist.formats.text.claim_continuation import bracket_citations
from purgehist.formats.text.claim_lexicon import FORMER_LATTER, PRONOUNS
from purgehist.formats.text.claimants import Claimants
from purgehist.formats.text.sentence_tokens import DEFINITE
from purgehist.names import name_key

__all__ = [
    "ALREADY_CUES",
    "BACKED",
    "REPORTED",
    "as_cited",
    "cited_as_earlier",
    "cited_for_vague",
    "is_role",
]


_VAGUE = frozenset({"others", "author", "scholar", "autor", "autorin", "andere", "autoren"})
"""Heads of a claimant left vague (*Still others*, *One author*) whom the sentence's inline
citations name."""
_SCHOLARS = frozenset(
    {"scholars", "historians", "authors", "researchers", "linguists", "studies", "critics",
     "commentators", "historiker", "forscher", "linguisten", "studien", "auteurs",
     "historiens", "chercheurs", "linguistes", "études", "historici", "onderzoekers",
     "wetenschappers", "taalkundigen"}
)  # fmt: skip
"""Plural nouns for modern scholars: some of them left unnamed (*Several historians have
argued*, *einige Forscher*) are the scholars the sentence's citations name; a group with a
capitalised modifier (*some Early Christian authors*) is a party of its own, for which a
modern study is cited."""
_SOME = frozenset(
    {"several", "some", "various", "other", "einige", "mehrere", "verschiedene", "andere",
     "plusieurs", "certains", "divers", "sommige", "verscheidene", "enkele"}
)  # fmt: skip
"""Quantifiers of a few scholars whom citations name; not *few* or *many*, which count a
population (*only few scholars disputed his authorship*) that a study is cited for."""
_DEFINITE = DEFINITE | {"this", "diese", "dieser"}
"""Definite articles and demonstratives: *the other scholars* are no vague claimant."""


def cited_for_vague(
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
        unnamed = bool(words) and (words[-1] in _VAGUE or _some_scholars(f.claimant.name, before))
        vague = unnamed and not _DEFINITE.intersection(before + words)
        if f.claimant.kind not in {"group", "pronoun"} or not vague:
            out.append((f, r))
            continue
        out.extend(as_cited(f, sentence, claimants, line, known))
    return out


def _some_scholars(label: str, before: list[str]) -> bool:
    """Whether *label* (with the word *before* it) is some modern scholars left unnamed:
    an indefinite quantifier and a plural scholar noun without a capitalised modifier."""
    words = label.split()
    quantifier = {*before, *(w.casefold() for w in words[:-1])} & _SOME
    return (
        words[-1].casefold() in _SCHOLARS
        and bool(quantifier)
        and not any(w[:1].isupper() for w in words[1:-1])
    )


def _cited(sentence: str) -> list[str]:
    """The first authors of the author–year citations in brackets in *sentence*."""
    return list(dict.fromkeys(c.name for c in bracket_citations(sentence)))


def as_cited(
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


REPORTED = Found(Mentioned("implicit", "reported"), "reported, cited", "asserts")
"""The attribution of a sentence in the reportive mood to the scholars it cites."""
BACKED = Found(Mentioned("implicit", "backed"), "backing citation", "asserts")
"""The attribution of a sentence to the scholars its closing bracket credits it to."""
_ALL_PRONOUNS = frozenset().union(*PRONOUNS.values(), FORMER_LATTER)


def is_role(found: Found) -> bool:
    """Whether *found*'s claimant is a role made definite (``the Venetian printer-scholar
    claimed … (Manutius 1496)``): the scholar the sentence cites, else no one the text
    names for sure."""
    return found.claimant.kind == "pronoun" and found.claimant.name not in _ALL_PRONOUNS


def cited_as_earlier(
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


ALREADY_CUES = ("already", "bereits", "déjà", "reeds", "schon")
_ALREADY = re.compile(rf"\b({'|'.join(ALREADY_CUES)})\s+$")
"""*Already* before a citation: the scholar cited said it before the one reported, and is
not the one the text goes on to discuss."""

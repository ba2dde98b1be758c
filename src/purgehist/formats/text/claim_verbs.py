"""Reporting verbs by lemma, inflected by rule: a cue list names the verb once and every finite
form and participle of it is a cue, so that a text in the present tense is read like one in
the past (``contends``, ``contended``) without listing each form that a tuned text happened
to use."""

from __future__ import annotations

__all__ = [
    "AGENT_WORDS",
    "AS_WORDS",
    "BUT",
    "CITE",
    "EN_ASSERTS",
    "EN_DISPUTES",
    "EN_PASSIVE_ASSERTS",
    "EN_PASSIVE_DISPUTES",
    "EN_QUALIFIES",
    "EN_REPORTS",
    "EN_THAT",
    "GERMAN_FINAL",
    "GERMAN_PARTICLES",
    "INDEFINITE",
    "OBJECT_PRONOUNS",
    "SCHOLAR_NOUNS",
    "english_forms",
    "english_participles",
    "english_verbs",
]

_SIBILANTS = ("s", "sh", "ch", "x", "z")
_VOWELS = "aeiou"


def english_forms(entry: str) -> dict[str, str]:
    """The finite forms and the participle of an English verb, by kind: ``lemma``, ``third``
    (*-s*), ``past`` and ``participle``. *entry* is the lemma, or ``lemma:past:participle``
    for an irregular verb or one that doubles its last consonant (``admit:admitted``)."""
    lemma, *given = entry.split(":")
    if lemma.endswith(_SIBILANTS):
        third = f"{lemma}es"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        third = f"{lemma[:-1]}ies"
    else:
        third = f"{lemma}s"
    if given:
        past = given[0]
    elif lemma.endswith("e"):
        past = f"{lemma}d"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        past = f"{lemma[:-1]}ied"
    else:
        past = f"{lemma}ed"
    participle = given[1] if len(given) > 1 else past
    return {"lemma": lemma, "third": third, "past": past, "participle": participle}


def english_verbs(stance: str, text: str) -> dict[str, str]:
    """Every finite form of the verbs in *text* (entries as :func:`english_forms` reads them),
    mapped to *stance*."""
    out: dict[str, str] = {}
    for entry in text.split():
        forms = english_forms(entry)
        for kind in ("lemma", "third", "past"):
            out[forms[kind]] = stance
    return out


def english_participles(stance: str, text: str) -> dict[str, str]:
    """The past participle of each verb in *text*, mapped to *stance*."""
    return {english_forms(entry)["participle"]: stance for entry in text.split()}


EN_ASSERTS = (
    "argue contend maintain assert suggest conclude insist believe estimate assume stress "
    "emphasize emphasise propose explain add posit affirm declare allege state imagine "
    "presuppose notice identify presume suppose surmise speculate hypothesize hypothesise "
    "postulate conjecture infer:inferred deduce deem advocate defend recognize "
    "recognise deplore stipulate theorize theorise claim underline ascribe attribute "
    "summarise summarize acknowledge recommend"
)
"""English verbs by which a subject holds what follows (their object or clause)."""
EN_DISPUTES = (
    "deny reject dispute refute rebut:rebutted criticize criticise challenge doubt question "
    "dismiss contest object counter disagree oppose contradict dissent reproach disprove "
    "repudiate"
)
EN_QUALIFIES = "concede admit:admitted grant accept temper nuance suspect"
EN_REPORTS = "recount report cite describe"
EN_THAT = (
    "write:wrote:written think:thought find:found note see:saw:seen show:showed:shown agree "
    "observe feel:felt hold:held demonstrate outline say:said mention warn indicate "
    "reply:replied respond comment concur:concurred reason highlight underscore remind "
    "realize realise"
)
"""English verbs that report a view only before a *that*-clause, a colon or *as*."""
EN_PASSIVE_ASSERTS = (
    "argue claim suggest assert maintain propose contend characterize characterise regard "
    "assume believe hold:held:held posit postulate adopt endorse share accept acknowledge "
    "uphold:upheld:upheld embrace stress emphasize emphasise consider view "
    "identify recognize recognise presuppose hypothesize hypothesise think:thought:thought"
)
"""English participles whose passive names, after *by*, who holds the subject's view
(``was widely acknowledged by Hellenists``, ``was adopted by most scholars``)."""
EN_PASSIVE_DISPUTES = (
    "attack criticize criticise dispute reject challenge refute question deny contradict "
    "reproach doubt dismiss contest oppose"
)

GERMAN_PARTICLES: dict[tuple[str, str], str] = {
    **{
        (verb, particle): "asserts"
        for verbs, particle in (
            ("versteht verstehen verstand", "als"),
            ("hält halten hielt", "für"),
            ("setzt setzen setzte", "an"),
            ("weist weisen wies", "nach"),
            ("schreibt schreiben schrieb", "zu"),
            ("führt führen führte", "zurück"),
            ("bringt bringen brachte", "verbindung"),
        )
        for verb in verbs.split()
    },
    **{(verb, "anders"): "disputes" for verb in ("sieht", "sehen", "sah")},
}
"""German separable verbs of analysis by which a scholar holds a view of the object, each met
more than once in the dev document's literature review (de-langsci175 outside its held-out
block): *versteht X als Y*, *hält X für Y* (``Hentschel (1986: 141) hält die Verwendung von
doch hier für veraltet``), *setzt für X die Bedeutung … an* (``Für wohl setzt Doherty die
Bedeutung in (57) an``), *weist nach, dass*, *schreibt X eine Funktion zu*, *führt X darauf
zurück, dass*, *bringt X mit Y in Verbindung*; and *sieht X anders*, which disputes X."""

GERMAN_FINAL = frozenset({"an", "nach", "zu", "zurück", "anders"})
"""Particles of :data:`GERMAN_PARTICLES` that are also prepositions or the infinitive's *zu*:
the verb's particle only where they close its clause (``schreibt der Partikel … zu.``; not
``schreibt …, dass schwer zu entscheiden ist``, ``dieser Sicht nach``); *anders* closing
``sieht das anders``, not ``sieht anders aus``)."""

SCHOLAR_NOUNS: dict[str, set[str]] = {
    "nl": {"auteur", "historicus", "onderzoeker", "wetenschapper", "getuige"},
    "en": {"author", "historian", "hellenist", "critic", "theologian", "lexicographer",
           "editor", "dissertation", "treatise", "witness"},
    "de": {"autor", "autorin", "historiker", "forscher", "forscherin", "kritiker"},
    "fr": {"auteur", "historien", "chercheur", "critique"},
}  # fmt: skip
"""Singular nouns for a scholar or a text besides the roles, which after an indefinite
determiner name an unnamed claimant (``one author held``, ``a dissertation claimed``)."""

INDEFINITE = frozenset({"a", "an", "one", "another", "een", "ein", "eine", "einer", "un", "une"})
"""Indefinite determiners."""

OBJECT_PRONOUNS = frozenset({"hem", "hen", "him", "them", "ihm", "ihn", "ihnen", "lui", "eux"})
"""Pronouns in the object case, never the subject of a reporting verb (``Deze viel hem aan``):
they name a claimant only after a preposition (``volgens hem``, ``according to him``)."""

AGENT_WORDS = frozenset({"door", "by", "von", "durch", "par"})
"""Prepositions of the agent, before the one who does what a participle says."""

AS_WORDS = frozenset({"zoals", "als", "as", "wie", "comme"})
"""Words that open a clause of manner as well as a comparison (``zoals Getty ook zegt``)."""

BUT = frozenset({"but"})
"""English *but* joining two verbs of one subject (Dutch *maar* and German *aber* are as often
particles: *maar een gerucht*)."""

CITE = ("cit", "zit")
"""Verbs of quoting (*cites*, *citeert*, *zitiert*): the quotation is the view reported."""

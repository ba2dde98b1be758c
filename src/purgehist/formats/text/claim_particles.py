"""Separable reporting verbs by language: the verb and its particle (or object) later in the
sentence (``nimmt … an``, ``points out``), with the stance they give the claimant, and the
particles whose reading depends on what follows them. Declarative tables, the academic pairs of
:mod:`.claim_academic` merged under their own entries."""

from __future__ import annotations

from purgehist.formats.text.claim_academic import ACADEMIC_PARTICLES

__all__ = [
    "CLOSE_PARTICLES",
    "JUDGED_ACTS",
    "PARTICLE_CUES",
    "STANCE_OBJECTS",
    "THAT_PAIRS",
    "THAT_PARTICLES",
    "TRAILING_PARTICLES",
]


def _words(text: str) -> list[str]:
    return text.split()


PARTICLE_CUES: dict[str, dict[tuple[str, str], str]] = {
    "nl": {
        ("geeft", "toe"): "qualifies",
        ("gaf", "toe"): "qualifies",
        ("geven", "toe"): "qualifies",
        ("valt", "aan"): "disputes",
        ("vallen", "aan"): "disputes",
        ("viel", "aan"): "disputes",
        ("vielen", "aan"): "disputes",
        ("zet", "vraagtekens"): "disputes",
        ("zetten", "vraagtekens"): "disputes",
        ("gaat", "uit"): "asserts",
        ("gaan", "uit"): "asserts",
        ("ging", "uit"): "asserts",
        ("gingen", "uit"): "asserts",
        ("legt", "nadruk"): "asserts",
        ("leggen", "nadruk"): "asserts",
        **{(verb, "af"): "disputes" for verb in _words("wijst wees wijzen wezen")},
        ("komen", "overeen"): "asserts",
        ("komt", "overeen"): "asserts",
        ("kwamen", "overeen"): "asserts",
        ("spreekt", "van"): "asserts",
        ("sprak", "van"): "asserts",
        ("noemt", "voorbeeld"): "asserts",
        ("noemde", "voorbeeld"): "asserts",
        ("geeft", "voorbeeld"): "asserts",
        ("gaf", "voorbeeld"): "asserts",
        ("heeft", "gelijk"): "asserts",
        ("hebben", "gelijk"): "asserts",
        ("had", "gelijk"): "asserts",
        ("heeft", "ongelijk"): "asserts",
        ("hebben", "ongelijk"): "asserts",
        ("had", "ongelijk"): "asserts",
        **{(verb, "twijfel"): "disputes" for verb in _words("trekt trok trekken trokken")},
        **{
            (verb, "kanttekeningen"): "qualifies"
            for verb in _words("plaatst plaatste plaatsen plaatsten")
        },
        ("is", "oneens"): "disputes",
        **{(verb, "toe"): "asserts" for verb in _words("voegt voegde voegen voegden")},
        **{(verb, "aan"): "asserts" for verb in _words("vult vulde vullen")},
        ("was", "oneens"): "disputes",
        ("zijn", "oneens"): "disputes",
    },
    "de": {
        ("nimmt", "an"): "asserts",
        ("nahm", "an"): "asserts",
        ("nehmen", "an"): "asserts",
        ("stellt", "frage"): "disputes",
        ("stellte", "frage"): "disputes",
        ("lehnt", "ab"): "disputes",
        ("lehnte", "ab"): "disputes",
        ("räumt", "ein"): "qualifies",
        ("räumte", "ein"): "qualifies",
        ("schränkt", "ein"): "qualifies",
        ("fasst", "auf"): "asserts",
        ("schlägt", "vor"): "asserts",
        ("schlagen", "vor"): "asserts",
        **{(verb, "an"): "asserts" for verb in _words("führt führte führen führten")},
        ("hält", "fest"): "asserts",
        ("stellt", "fest"): "asserts",
        ("geht", "aus"): "asserts",
        ("gehen", "aus"): "asserts",
        ("ging", "aus"): "asserts",
        ("gingen", "aus"): "asserts",
        ("hielt", "fest"): "asserts",
        ("fassen", "auf"): "asserts",
        ("fasste", "auf"): "asserts",
        **{
            (verb, particle): "asserts"
            for verb in _words("ist sind war waren")
            for particle in ("ansicht", "meinung", "auffassung", "überzeugung")
        },
        **{
            (verb, "als"): "asserts"
            for verb in _words(
                "bezeichnet bezeichnete beschreibt beschrieb betrachtet "
                "charakterisiert charakterisierte interpretiert deutet deutete "
                "analysiert analysierte"
            )
        },
        **{(verb, "dar"): "asserts" for verb in _words("legt legte legen")},
        **{(verb, "aus"): "asserts" for verb in _words("führt führte führen")},
        **{(verb, "schluss"): "asserts" for verb in _words("kommt kam kommen")},
        ("stellt", "heraus"): "asserts",
        ("plädiert", "für"): "asserts",
        **{
            (verb, particle): stance
            for verb in _words("hält hielt halten")
            for particle, stance in (("möglich", "qualifies"), ("falsch", "disputes"))
        },
        ("argumentiert", "gegen"): "disputes",
        ("steht", "skeptisch"): "disputes",
        ("weist", "zurück"): "disputes",
        ("wies", "zurück"): "disputes",
        ("zweifelt", "an"): "disputes",
        ("gesteht", "zu"): "qualifies",
        ("hebt", "hervor"): "asserts",
        ("weist", "hin"): "asserts",
        ("wies", "hin"): "asserts",
        ("leiten", "ab"): "asserts",
        ("fasst", "zusammen"): "asserts",
        ("fassen", "zusammen"): "asserts",
        ("buchstabiert", "aus"): "asserts",
        ("arbeitet", "heraus"): "asserts",
        ("nennt", "beispiel"): "asserts",
        ("nannte", "beispiel"): "asserts",
        ("hat", "recht"): "asserts",
        ("hat", "unrecht"): "asserts",
        ("verweist", "auf"): "asserts",
        ("verwies", "auf"): "asserts",
        ("verweisen", "auf"): "asserts",
        ("zählt", "zu"): "asserts",
        ("zählt", "zur"): "asserts",
        ("zählt", "zum"): "asserts",
        ("zählte", "zu"): "asserts",
        ("zählte", "zur"): "asserts",
        ("zählte", "zum"): "asserts",
        ("macht", "beobachtung"): "asserts",
        ("machte", "beobachtung"): "asserts",
        ("leitet", "ab"): "asserts",
        ("leitete", "ab"): "asserts",
        ("baut", "auf"): "asserts",
        ("baute", "auf"): "asserts",
        ("zieht", "erwägung"): "qualifies",
        ("zog", "erwägung"): "qualifies",
        **{(verb, "von"): "asserts" for verb in _words("spricht sprach sprechen")},
        **{(verb, "hinzu"): "asserts" for verb in _words("fügt fügte fügen fügten")},
    },
    "en": {
        ("points", "out"): "asserts",
        ("pointed", "out"): "asserts",
        ("is", "right"): "asserts",
        ("was", "right"): "asserts",
        ("is", "wrong"): "asserts",
        ("was", "wrong"): "asserts",
        **{(verb, "mistaken"): "asserts" for verb in _words("is was are were")},
        **{(verb, "careful"): "asserts" for verb in _words("is was are were")},
        ("gives", "example"): "asserts",
        ("gave", "example"): "asserts",
        ("cites", "example"): "asserts",
        ("cited", "example"): "asserts",
        ("puts", "it"): "asserts",
        ("put", "it"): "asserts",
        ("takes", "issue"): "disputes",
        ("took", "issue"): "disputes",
        **{  # an evaluation that is a view: "speak ill of MT" (it is of little worth)
            (verb, manner): "asserts"
            for verb in _words("speak speaks spoke")
            for manner in ("ill", "disparagingly")
        },
        **{(verb, "away"): "disputes" for verb in _words("break breaks broke")},
        **{
            (verb, "between"): "asserts"
            for verb in _words("distinguish distinguishes distinguished")
        },
        **{
            (verb, "as"): "asserts"
            for verb in _words(
                "regard regards regarded view views viewed conceive conceives conceived "
                "classify classifies classified consider considers considered"
            )
        },
        **{(verb, "with"): "asserts" for verb in _words("identify identifies identified")},
        **{
            (verb, word): "asserts"
            for verb in _words("is was are were")
            for word in ("convinced", "opinion")
        },
        **{(verb, "as"): "asserts" for verb in _words("describe describes described")},
        **{(verb, "against"): "disputes" for verb in _words("argue argues argued")},
        **{
            (verb, word): "disputes"
            for verb in _words("is was are were")
            for word in ("sceptical", "skeptical")
        },
        **{(verb, "possibility"): "qualifies" for verb in _words("raises raised raise")},
    },
    "fr": {
        ("donne", "exemple"): "asserts",
        ("cite", "exemple"): "asserts",
        ("met", "doute"): "disputes",
        ("remet", "cause"): "disputes",
        **{(verb, "distinction"): "asserts" for verb in _words("pose posait établit opère")},
        **{(verb, "jour"): "asserts" for verb in _words("met mettait")},
        **{(verb, "question"): "disputes" for verb in _words("met remet")},
        **{(verb, "remarquer"): "asserts" for verb in _words("fait faisait")},
    },
}
"""Separable verbs: the verb and its particle (or object) later in the sentence."""

THAT_PARTICLES = frozenset(
    {"overeen", "gelijk", "ongelijk", "right", "wrong", "mistaken", "recht", "unrecht", "eens",
     "einig", "careful", "oordeel"}
)  # fmt: skip
"""Particles that attribute only before a *that*-clause (``komen overeen dat``, not
``komen overeen met``; ``heeft gelijk dat``, not ``heeft gelijk``)."""

JUDGED_ACTS: dict[str, frozenset[str]] = {
    "right": frozenset({"to"}),
    "wrong": frozenset({"to"}),
    "mistaken": frozenset({"to", "when", "in"}),
    "careful": frozenset({"to"}),
}
"""English judgements of a scholar that attribute before what the scholar did as well: an
infinitive of a reporting verb (``Smith is right to stress …``, not ``was wrong to leave``;
``is careful to note``), or, for *mistaken*, which judges a belief, a clause of when or in
what (``was mistaken when he lumped …``)."""

STANCE_OBJECTS = frozenset(
    {"doubt", "doubts", "questions", "zweifel", "twijfel", "vraagtekens", "kanttekeningen",
     "anders"}
)  # fmt: skip
"""Particles and objects that make the verb a stance on what the preposition after them names
(``raises doubts about the figure``, ``denkt er anders over``), not talk on a topic."""

THAT_PAIRS = frozenset(
    [
        *((verb, "an") for verb in ("führt", "führte", "führen", "führten")),
        *((verb, "aan") for verb in ("vult", "vulde", "vullen")),  # not "vult de lijst aan"
        *((verb, "hinzu") for verb in ("fügt", "fügte", "fügen", "fügten")),
        *((verb, "zu") for verb in ("gibt", "geben", "gab", "gaben")),  # not "gibt Anlass zu"
        *((verb, "zu") for verb in ("stimmt", "stimmen", "stimmte", "stimmten")),
    ]
)
"""Verbs and particles that attribute only before a *that*-clause or a colon (``führt an,
dass``; not ``führt selbst keine Beispiele dafür an``, which cites nothing)."""

CLOSE_PARTICLES = frozenset({"van", "von", "against", "gegen", "to"})
"""Prepositions that are a verb's particle only right after its subject (``spreekt Starkov
van``, ``points to``), not further on (``sprak over democratisering van de partij``, ``points
the reader to``)."""

TRAILING_PARTICLES = frozenset({"aus", "dar"})
"""Particles that are also prepositions, a verb's particle only where they close its clause
(``führt aus, dass``; not ``… die Daten aus Helbig``)."""

for _lang, _pairs in ACADEMIC_PARTICLES.items():
    PARTICLE_CUES[_lang] = {**_pairs, **PARTICLE_CUES[_lang]}


def _german_plural(verb: str) -> str | None:
    """The plural of a regular German third person singular (``lehnt``: ``lehnen``,
    ``räumte``: ``räumten``, ``arbeitet``: ``arbeiten``), which a group or *beide* takes."""
    if verb.endswith("te"):
        return f"{verb}n"
    if verb.endswith("et"):
        return f"{verb[:-2]}en"
    if verb.endswith("t") and len(verb) > 3:
        return f"{verb[:-1]}en"
    return None


PARTICLE_CUES["de"] = {
    **{
        (plural, particle): stance
        for (verb, particle), stance in PARTICLE_CUES["de"].items()
        if (plural := _german_plural(verb)) is not None
    },
    **PARTICLE_CUES["de"],
}

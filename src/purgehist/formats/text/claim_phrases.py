"""Constructions beyond a reporting verb next to its subject, by language: statement nouns
(``Getty's thesis that``, ``de stelling van Getty``, ``in Getty's view``), gerunds that take
the main clause's subject (``door te stellen dat``, ``by arguing that``), source words for
bibliography authors only (``nach Weber``), hedges that make a claimant qualify, the words by
which the author's own stance shows (rejection, agreement, distance, persistence, concessive
openings), and the people nouns and subject pronouns that pronoun resolution follows.
Declarative tables read by :mod:`.attribution` and :mod:`.claims`."""

from __future__ import annotations

from purgehist.formats.text.claim_weighing import MISWEIGHING_PHRASES

__all__ = [
    "ADVERBIAL_ONLY",
    "ADVERBIAL_VIEWS",
    "AS_OPENING_VERBS",
    "AUTHOR_AGREES",
    "AUTHOR_DISAGREES",
    "AUTHOR_QUALIFIES",
    "CLAUSAL",
    "CONCESSIVE_OPENINGS",
    "EVALUATIONS",
    "EXAMPLE_NOUNS",
    "GERUND_CUES",
    "GERUND_OPENERS",
    "HEDGES",
    "IN_VIEW",
    "KNOWN_ONLY",
    "NOMINATIVE",
    "OF_WORDS",
    "OWNED",
    "PASSIVE_AUXILIARIES",
    "PEOPLE",
    "POSSESSORS",
    "ROLE_NOUNS",
    "SOURCE_OPENERS",
    "SOURCE_PASSIVES",
    "SPEECH_NOUNS",
    "STATEMENT_NOUNS",
    "TITLES",
    "VERDICTS",
]


def _forms(stance: str, text: str) -> dict[str, str]:
    return dict.fromkeys(text.split(), stance)


STATEMENT_NOUNS: dict[str, set[str]] = {
    "nl": {"stelling", "these", "opvatting", "bewering", "visie", "mening", "standpunt",
           "theorie", "interpretatie", "conclusie", "veronderstelling", "redenering",
           "argument", "hypothese", "lezing", "claim", "oordeel", "woorden"},
    "en": {"thesis", "view", "views", "claim", "claims", "argument", "contention", "assertion",
           "theory", "interpretation", "conclusion", "hypothesis", "position", "assumption",
           "account", "opinion", "judgement", "judgment", "words", "insistence", "suggestion",
           "proposal", "idea", "ideas", "generalization", "generalisation", "insight",
           "estimation", "understanding", "mind", "reading", "conception"},
    "de": {"these", "ansicht", "auffassung", "behauptung", "meinung", "theorie", "deutung",
           "interpretation", "schlussfolgerung", "annahme", "argument", "hypothese",
           "position", "sichtweise", "worten", "sicht", "überlegung", "überlegungen",
           "generalisierung", "vorschlag", "einsicht"},
    "fr": {"thèse", "opinion", "affirmation", "théorie", "interprétation", "conclusion",
           "hypothèse", "position", "argument", "avis", "lecture"},
}  # fmt: skip
"""Nouns for what someone holds true: their owner claims it (``Getty's thesis that``,
``de stelling van Getty``, ``la thèse de Getty``)."""

SPEECH_NOUNS: dict[str, set[str]] = {
    "nl": {"toespraak", "verklaring", "getuigenis", "memoires", "rede", "verslag"},
    "en": {"speech", "testimony", "statement", "memoirs", "report", "confession"},
    "de": {"rede", "aussage", "erklärung", "memoiren", "bericht", "geständnis"},
    "fr": {"discours", "témoignage", "déclaration", "mémoires", "rapport", "aveux"},
}
"""Nouns for something someone said or wrote: their owner claims what it reports only when a
*that*-clause or the reportive mood follows (a speech as an event is no claim)."""

OF_WORDS: dict[str, set[str]] = {
    "nl": {"van", "toegeschreven aan"},
    "en": {"of", "attributed to", "ascribed to"},
    "de": {"von"},
    "fr": {"de", "d'", "d’"},
}
"""The preposition between a statement noun and its owner (``de stelling van Getty``, ``the
idea attributed to Pseudo-Plutarch that``)."""

GERUND_OPENERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "nl": (("door", "te"),),
    "en": (("by",), ("in",)),
    "fr": (("en",),),
}
"""The words before a gerund of saying whose subject is the main clause's (``Conquest …
door te vermelden dat``, ``idiosyncratic in arguing that``)."""

GERUND_CUES: dict[str, dict[str, str]] = {
    "nl": {
        **_forms(
            "asserts",
            "vermelden stellen beweren betogen benadrukken suggereren opmerken schrijven "
            "concluderen wijzen aanvoeren",
        ),
        **_forms("disputes", "ontkennen betwisten bestrijden weerleggen"),
        **_forms("qualifies", "erkennen toegeven"),
    },
    "en": {
        **_forms(
            "asserts",
            "arguing claiming stating suggesting noting pointing insisting stressing "
            "emphasizing emphasising writing concluding asserting maintaining",
        ),
        **_forms("disputes", "denying rejecting disputing questioning refuting"),
        **_forms("qualifies", "conceding acknowledging admitting"),
    },
    "fr": {
        **_forms(
            "asserts",
            "affirmant soutenant soulignant notant rappelant suggérant estimant écrivant concluant",
        ),
        **_forms("disputes", "niant contestant réfutant rejetant"),
        **_forms("qualifies", "concédant reconnaissant admettant"),
    },
}
"""Gerunds of saying after :data:`GERUND_OPENERS`, with the stance they give the subject;
they attribute only before a *that*-clause or a colon."""

HEDGES: dict[str, set[str]] = {
    "nl": {"gedeeltelijk", "deels", "enigszins", "tot op zekere hoogte", "in zekere mate",
           "met enig voorbehoud", "voorzichtig"},
    "en": {"partly", "partially", "in part", "to some extent", "to a degree", "with caution",
           "cautiously", "tentatively", "somewhat"},
    "de": {"teilweise", "zum teil", "bis zu einem gewissen grad", "in gewissem maße",
           "vorsichtig", "mit vorbehalt", "bedingt"},
    "fr": {"en partie", "partiellement", "dans une certaine mesure", "avec prudence",
           "prudemment", "avec réserve"},
}  # fmt: skip
"""Hedges next to an asserting cue: the claimant holds the claim only in part (qualifies)."""


AUTHOR_DISAGREES: dict[str, set[str]] = {
    "nl": {"ten onrechte", "onterecht", "heeft ongelijk", "hebben ongelijk", "had ongelijk",
           "vergist zich", "vergissen zich", "vergiste zich", "zich … vergist", "niet overtuigend",
           "weinig overtuigend", "ik ben het niet eens", "ben ik het niet eens",
           "ik ben het … oneens", "ik ben het … niet … eens"},
    "en": {"wrongly", "mistakenly", "erroneously", "incorrectly", "is wrong", "was wrong",
           "are wrong", "were wrong", "is mistaken", "was mistaken", "are mistaken", "unconvincing",
           "not convincing", "i disagree", "i do not agree", "i don't agree", "i … disagree",
           "i … not … agree", "straw man", "proved … incorrect", "proved … wrong"},
    "de": {"zu unrecht", "fälschlich", "fälschlicherweise", "irrtümlich", "irrt", "irren", "irrte",
           "hat unrecht", "nicht überzeugend", "wenig überzeugend", "ich stimme … nicht zu"},
    "fr": {"à tort", "se trompe", "se trompent", "se trompait", "a tort", "ont tort",
           "peu convaincant", "peu convaincante", "je ne suis pas d'accord",
           "je ne suis pas d’accord", "erroné", "erronée", "erronés", "erronées", "intenable"},
}  # fmt: skip
"""Words by which the author rejects the reported claim (checked before :data:`AUTHOR_AGREES`:
*niet overtuigend* before *overtuigend*); ``…`` stands for up to three words."""

AUTHOR_AGREES: dict[str, set[str]] = {
    "nl": {"terecht", "toont aan", "toonde aan", "bewijst", "bewees", "ook zegt",
           "heeft gelijk", "hebben gelijk", "had gelijk", "overtuigend", "ik ben het eens",
           "ben ik het eens", "ik sluit me aan bij", "ik sluit mij aan bij", "ik ben het … eens"},
    "en": {"rightly", "correctly", "demonstrated", "demonstrates", "has shown", "have shown",
           "convincingly", "is right", "was right", "are right", "i agree", "i concur",
           "i … agree", "noticed", "pointed out", "was aware", "were aware", "points out",
           "point out", "acknowledges", "acknowledged", "show … that", "shows … that",
           "showed … that", "shown … that", "found … that", "finds … that", "reveal … that",
           "reveals … that", "revealed … that", "recognise that", "recognises that",
           "recognised that", "recognize that", "recognizes that", "recognized that",
           "realized that", "realised that", "realizes that", "realises that", "makes sense"},
    "de": {"zu recht", "weist nach", "wies nach", "zeigt überzeugend", "überzeugend",
           "hat recht", "haben recht", "ich stimme … zu", "bestätigt sich", "bestätigen sich",
           "weist … darauf hin", "weisen … darauf hin", "wies … darauf hin",
           "darauf hingewiesen", "selbst bemerkt", "ich schließe mich … an"},
    "fr": {"à juste titre", "à raison", "démontre", "a montré", "a raison", "ont raison",
           "de manière convaincante", "je suis d'accord", "je suis d’accord", "je partage",
           "montre que", "montrent que", "a démontré", "ont démontré", "ont montré",
           "comme le montre", "comme … le montre", "comme l’a montré", "comme l'a montré",
           "comme l’explique", "comme l'explique", "comme le déclare", "comme le souligne",
           "comme le note", "comme le remarque", "comme le rappelle", "remarque que",
           "constate que", "met au jour", "a mis au jour", "fait remarquer", "avec raison"},
}  # fmt: skip
"""Words by which the author takes the reported claim for their own (factive verbs, whose
clause the writer presupposes true: *showed that*, *points out*, *acknowledges*; *rightly*,
*zoals X ook zegt*, *X heeft gelijk*, *I agree*). *selbst bemerkt* (``wie sie selbst
bemerkt``) is factive *bemerken* with *selbst*, the scholar's own admission, which the author
takes as given; *bemerkt* alone is left out, as it is also the agentless *wird bemerkt*."""

AS_OPENING_VERBS: dict[str, tuple[str, set[str]]] = {
    "en": ("as", {"argue", "argues", "argued", "observe", "observes", "observed", "note",
                  "notes", "noted", "suggest", "suggests", "suggested", "show", "shows",
                  "showed", "shown", "demonstrate", "demonstrates", "demonstrated", "explain",
                  "explains", "explained", "remark", "remarks", "remarked", "emphasize",
                  "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised", "stress",
                  "stresses", "stressed"}),
    "de": ("wie", {"zeigt", "zeigte", "gezeigt", "betont", "betonte", "bemerkt", "bemerkte",
                   "feststellt", "feststellte", "festgestellt", "hervorhebt", "hervorhob",
                   "nachweist", "nachwies", "nachgewiesen", "darlegt", "darlegte"}),
    "nl": ("zoals", {"aantoont", "aantoonde", "aangetoond", "opmerkt", "opmerkte", "opgemerkt",
                     "benadrukt", "benadrukte", "betoogt", "betoogde", "betoogd", "zien",
                     "ziet", "zag", "zagen", "uitlegt", "uitlegde"}),
}  # fmt: skip
"""A clause of manner opening the sentence (``As Smith (2007) argues, …``, ``Wie Meyer zeigt,
…``, ``Zoals Jansen opmerkt, …``): the author states the claim in their own main clause and
takes it as given; the verb closes the clause before its comma. *points out* and French
*comme le montre X* are among :data:`AUTHOR_AGREES`."""

AUTHOR_QUALIFIES: dict[str, set[str]] = {
    "nl": {"zogenaamde", "zogenaamd", "vermeende", "vermeend", "blijven … leunen op",
           "blijft … leunen op", "bleven … leunen op", "blijven … vasthouden aan",
           "blijft … vasthouden aan", "blijven … uitgaan van", "blijft … uitgaan van",
           "gaat te ver", "ging te ver", "gaan te ver"} | MISWEIGHING_PHRASES["nl"],
    "en": {"so-called", "allegedly", "supposedly", "alleged", "still … cling to",
           "continue to cling to", "continues to cling to", "continue to rely on",
           "continues to rely on", "still … rely on", "still … relies on", "oddly",
           "hyperbolically", "idiosyncratic", "vague", "on unclear grounds",
           "not … substantiated", "unsubstantiated", "does not mean", "did not mean",
           "the supposed", "puzzling", "oversimplified", "oversimplifies", "too simple",
           "is debatable", "the ambiguity of", "an artifact of", "an artefact of",
           "goes too far", "go too far", "went too far",
           "gone too far"} | MISWEIGHING_PHRASES["en"],
    "de": {"angeblich", "angebliche", "angeblichen", "vermeintlich", "vermeintliche",
           "vermeintlichen", "halten … weiterhin … fest", "hält … weiterhin … fest",
           "klammern sich … an", "klammert sich … an", "nachvollziehbar, wenn",
           "plausibel, wenn", "behaupten zu zeigen", "behauptet zu zeigen", "geht zu weit",
           "gehen zu weit", "ging zu weit"} | MISWEIGHING_PHRASES["de"],
    "fr": {"prétendu", "prétendue", "soi-disant", "prétendument", "restent attachés à",
           "reste attaché à", "s'accrochent à", "s’accrochent à", "s'accroche à", "va trop loin",
           "vont trop loin", "allait trop loin"} | MISWEIGHING_PHRASES["fr"],
}  # fmt: skip
"""Words by which the author keeps their distance from the reported claim without rejecting
it: *so-called*, the claimant persisting in an idea (``blijven ze leunen op het idee``), and
the author's verdict that it goes too far (every form of the verbs of weighing of
:data:`~purgehist.formats.text.claim_weighing.MISWEIGHING`, *too simple*, *the fact that …
does not mean*, *goes too far in claiming*, *gaat te ver*, *geht zu weit*, *va trop loin*);
``…`` stands for up to three words."""

ADVERBIAL_VIEWS = frozenset({"estimation", "understanding", "mind", "reading", "conception"})
"""English statement nouns that name a view only in an opening phrase set off by a comma
(``In Smith's estimation,``, ``To his mind,``, ``On Getty's reading,``), not as any object
(``owes much to Park's estimation of the sources``, ``Getty's reading of the sources``)."""

VERDICTS = frozenset(
    {"makes sense", "does not mean", "did not mean", "the supposed", "puzzling",
     "oversimplified", "oversimplifies", "overstates", "overstated", "too simple",
     "is debatable", "the ambiguity of", "an artifact of", "an artefact of",
     "goes too far", "go too far", "went too far", "gone too far", "exaggerates",
     "exaggerated", "gaat te ver", "ging te ver", "gaan te ver", "overdrijft", "overdreef",
     "geht zu weit", "gehen zu weit", "ging zu weit", "übertreibt", "übertrieb",
     "va trop loin", "vont trop loin", "allait trop loin", "exagère", "exagèrent"}
)  # fmt: skip
"""The author's verdicts that are the author's only outside the reported *that*-clause:
``Jones argues that this does not mean`` gives the claimant's words, ``The fact that Jones
argued it does not mean`` the author's; ``Getty goes too far in claiming that`` is the
author's reservation, ``Getty argues that the NKVD exaggerated`` Getty's own."""

CONCESSIVE_OPENINGS: dict[str, set[str]] = {
    "nl": {"toch"},
    "en": {"nevertheless", "nonetheless", "yet"},
    "de": {"dennoch", "trotzdem"},
    "fr": {"pourtant", "néanmoins"},
}
"""Sentence openings that set what follows against the author's preceding view (``Toch zet
Conquest dergelijke analyses opzij``): the author disagrees with the claim reported."""

PEOPLE: dict[str, set[str]] = {
    "nl": {"historici", "revisionisten", "aanhangers", "sovjetologen", "onderzoekers",
           "wetenschappers", "auteurs", "critici", "totalitaristen", "leiders",
           "partijleiders", "bolsjewieken", "communisten", "arbeiders", "boeren",
           "functionarissen", "getuigen"},
    "en": {"scholars", "historians", "authors", "critics", "revisionists", "researchers",
           "leaders", "officials", "bolsheviks", "communists", "workers", "peasants",
           "witnesses"},
    "de": {"forscher", "historiker", "autoren", "kritiker", "revisionisten", "führer",
           "funktionäre", "bolschewiki", "kommunisten", "arbeiter", "bauern", "zeugen"},
    "fr": {"historiens", "chercheurs", "auteurs", "critiques", "révisionnistes", "dirigeants",
           "responsables", "bolcheviks", "communistes", "ouvriers", "paysans", "témoins"},
}  # fmt: skip
"""Plural nouns for people: a group named as a subject with one is what a plural pronoun
after it stands for (``lokale leiders … Zo zeiden ze``)."""

NOMINATIVE: dict[str, set[str]] = {
    "nl": {"hij", "zij", "ze"},
    "en": {"he", "she"},
    "de": {"er", "sie"},
    "fr": {"il", "elle"},
}
"""Subject pronouns: one opening a sentence continues its topic, the person who opened the
sentence before, even a figure of the period (``A.A Zhdanov zat … Hij vond dat``)."""

IN_VIEW: dict[str, set[str]] = {
    "nl": {"in", "naar"},
    "en": {"in", "to", "on"},
    "de": {"in", "nach", "aus"},
    "fr": {"à", "selon"},
}
"""Prepositions before a possessive statement noun that make it a source, like *volgens*
(``in Getty's view``, ``naar Conquests oordeel``): no *that*-clause needed. Those of
:data:`ADVERBIAL_ONLY` only before a noun of :data:`ADVERBIAL_VIEWS`."""

ADVERBIAL_ONLY = frozenset({"on"})
"""Prepositions of :data:`IN_VIEW` that make a source only of a view named in an opening
phrase (``On Getty's reading,``), not of any statement noun (``essays on his ideas``)."""

KNOWN_ONLY: dict[str, set[str]] = {
    "nl": set(),
    "en": set(),
    "de": {"nach", "so", "bei"},
    "fr": set(),
}
"""Words before a name that mean *according to* only when the name is an author of the
bibliography (``nach Weber``, ``…, so Weber``), being words of time or place too (``nach
Stalin``)."""

EXAMPLE_NOUNS: dict[str, set[str]] = {
    "nl": {"voorbeeld"},
    "en": {"example"},
    "de": {"beispiel"},
    "fr": {"exemple"},
}
"""Objects that make a verb of showing or naming an attribution without a *that*-clause, in a
verb-final clause (``omdat Getty het voorbeeld noemt waarin …``); before it, see the
particle cues (``noemt … voorbeeld``)."""

TOPIC_PREPOSITIONS: dict[str, set[str]] = {
    "nl": {"over"},
    "en": {"about", "over"},
    "de": {"über"},
    "fr": {"sur"},
}
"""Prepositions that give a reporting verb a topic instead of a view (``historians have
disagreed for decades about the repression``, ``streiten über``): with no *that*-clause
anywhere after the verb, the sentence reports a debate, and nobody holds a claim in it."""

EVALUATIONS: dict[str, set[str]] = {
    "nl": {"bevestigd", "bevestigt", "aannemelijk", "overtuigend", "plausibel", "houdbaar"},
    "en": {"confirmed", "borne", "plausible", "convincing", "implausible", "unconvincing",
           "untenable", "tenable"},
    "de": {"bestätigt", "nachvollziehbar", "plausibel", "überzeugend",
           "haltbar", "unhaltbar"},
    "fr": {"confirmée", "confirmé", "plausible", "convaincante", "convaincant"},
}  # fmt: skip
"""Predicates by which the author weighs a scholar's statement named by its noun (``Thurmairs
Hypothese 2 bestätigt sich``, ``Abrahams Überlegung ist nachvollziehbar``): its owner holds it,
with no *that*-clause needed."""

POSSESSORS: dict[str, str] = {
    "his": "he", "her": "she", "their": "they",
    "zijn": "hij", "haar": "zij", "hun": "ze",
    **dict.fromkeys(("sein", "seine", "seiner", "seines", "seinem", "seinen"), "er"),
    **dict.fromkeys(("ihre", "ihrer", "ihres", "ihrem", "ihren"), "sie"),
    **dict.fromkeys(("son", "ses"), "il"), "sa": "elle", **dict.fromkeys(("leur", "leurs"), "ils"),
}  # fmt: skip
"""Possessive determiners and the pronoun that names their owner (``In his view``: he)."""

OWNED = frozenset({*POSSESSORS, "its"})
"""Possessive determiners (*its* too, which names no person): a statement noun after one has
its owner already, and the phrase after *of* is its object."""

TITLES = frozenset(
    {"historicus", "historica", "historian", "historiker", "historikerin", "historien",
     "historienne", "l'historien", "auteur", "author", "schrijver", "politicoloog", "socioloog",
     "professor", "prof", "dr", "de", "the", "der", "die"}
)  # fmt: skip
"""Titles and articles before a name, which the name's mention walks over."""

CLAUSAL = frozenset(
    {"whereas", "while", "whilst", "but", "because", "although", "though", "when", "if", "that",
     "maar", "terwijl", "omdat", "dat", "aber", "während", "wohingegen", "weil", "dass", "mais"}
)  # fmt: skip
"""Conjunctions, which open a clause before its subject and are no part of a group's label."""

ROLE_NOUNS: dict[str, set[str]] = {
    "nl": {"biograaf", "geleerde", "grammaticus", "humanist", "filoloog", "theoloog",
           "commentator"},
    "en": {"biographer", "scholar", "grammarian", "humanist", "philologist", "linguist",
           "writer", "commentator"},
    "de": {"biograph", "gelehrte", "grammatiker", "humanist", "philologe", "linguist",
           "linguistin", "theologe", "verfasser", "verfasserin", "kommentator"},
    "fr": {"biographe", "savant", "grammairien", "humaniste", "philologue", "linguiste",
           "théologien", "commentateur"},
}  # fmt: skip
"""Singular nouns for a scholar's role: after a definite article (``the biographer``, ``the
Venetian printer-scholar``) and before no name, they point back to the person last named,
as a pronoun does."""

SOURCE_OPENERS: dict[str, set[str]] = {
    "nl": {"in", "bij"},
    "en": {"in"},
    "de": {"in", "bei"},
    "fr": {"dans", "chez"},
}
"""Prepositions opening a sentence before a work named with its year (``In Zifonun u. a.
(1997) werden …``) whose passive reports what the work holds."""

SOURCE_PASSIVES: dict[str, set[str]] = {
    "nl": {"aangenomen", "beweerd", "betoogd", "gesteld", "voorgesteld", "aangetoond"},
    "en": {"argued", "claimed", "suggested", "proposed", "assumed", "shown", "maintained",
           "posited"},
    "de": {"angegeben", "vorgeschlagen", "beschrieben",
           "formuliert", "vertreten", "behauptet", "postuliert", "argumentiert",
           "festgestellt"},
    "fr": {"affirmé", "soutenu", "proposé", "supposé", "montré"},
}  # fmt: skip
"""Participles by which such a passive reports a view, not an action."""

PASSIVE_AUXILIARIES: dict[str, set[str]] = {
    "nl": {"wordt", "worden", "werd", "werden"},
    "en": {"is", "are", "was", "were", "been"},
    "de": {"wird", "werden", "wurde", "wurden"},
    "fr": {"est", "sont", "été"},
}
"""The auxiliaries of the passive."""

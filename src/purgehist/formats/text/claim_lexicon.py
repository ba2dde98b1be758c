"""The words that make a sentence an attribution, by language: reporting verbs and phrases with
the stance they give the claimant, contrast and concession markers, pronouns and group nouns
(the author's own evaluative words are in :mod:`.claim_phrases`). Declarative tables;
:mod:`.claims` builds its cue sets from them and :mod:`.attribution` reads sentences with them."""

from __future__ import annotations

from purgehist.formats.text.claim_academic import (
    ACADEMIC_PARTICLES,
    ACADEMIC_SKIP,
    ACADEMIC_THAT,
    ACADEMIC_VERBS,
)
from purgehist.formats.text.claim_verbs import (
    EN_ASSERTS,
    EN_DISPUTES,
    EN_PASSIVE_ASSERTS,
    EN_PASSIVE_DISPUTES,
    EN_QUALIFIES,
    EN_REPORTS,
    EN_THAT,
    english_participles,
    english_verbs,
)

__all__ = [
    "AGENTS",
    "AUXILIARIES",
    "CLOSE_PARTICLES",
    "CONTINUATIONS",
    "CONTRAST",
    "DEMONSTRATIVES",
    "GROUP_NOUNS",
    "NEGATIONS",
    "OBLIQUE",
    "PARTICIPLE_CUES",
    "PARTICLE_CUES",
    "PLURAL_PRONOUNS",
    "PRONOUNS",
    "REPORTIVE",
    "SCHOOL_NOUNS",
    "SKIP_WORDS",
    "SUBORDINATORS",
    "THAT_CUES",
    "THAT_PAIRS",
    "THAT_PARTICLES",
    "TRAILING_PARTICLES",
    "VERB_CUES",
]


def _forms(stance: str, text: str) -> dict[str, str]:
    return dict.fromkeys(text.split(), stance)


def _words(text: str) -> list[str]:
    return text.split()


VERB_CUES: dict[str, dict[str, str]] = {
    "nl": {
        **_forms(
            "asserts",
            "beweert beweerde beweren beweerden veronderstelt veronderstelde veronderstellen "
            "meent meende menen meenden betoogt betoogde betogen concludeert concludeerde "
            "concluderen suggereert suggereerde suggereren benadrukt benadrukte benadrukken "
            "constateert constateerde argumenteert argumenteerde beargumenteert "
            "beargumenteerde gelooft geloofde geloven geloofden zegt zei zeggen zeiden "
            "verklaart verklaarde verklaren verklaarden pleit pleitte houdt hield "
            "verdedigt verdedigde stellen beschrijft beschreef beschrijven betoogden "
            "concludeerden suggereerden constateren constateerden argumenteren argumenteerden "
            "verdedigen verdedigden pleiten pleitten oppert opperde opperen onderstreept "
            "onderstreepte poneert poneerde waarschuwt waarschuwde waarschuwen opmerkt opmerkte "
            "aangeeft aangaf aantoont aantoonde vaststelt vaststelde uitgaat uitging",
        ),
        **_forms(
            "disputes",
            "ontkent ontkende ontkennen ontkenden betwist betwistte betwisten verwerpt "
            "verwierp verwerpen bekritiseert bekritiseerde bekritiseren weerlegt weerlegde "
            "weerleggen bestrijdt bestreed bestrijden betwijfelt betwijfelde betwijfelen "
            "ontkracht ontkrachtte verwierpen bekritiseerden weerlegden bestreden betwijfelden "
            "betwistten ontkrachtten weerspreekt weersprak afwijst afwees aanvalt aanviel",
        ),
        **_forms(
            "qualifies",
            "erkent erkende erkennen nuanceert nuanceerde nuanceren relativeert relativeerde "
            "relativeren erkenden nuanceerden relativeerden toegeeft toegaf",
        ),
        **_forms(
            "reports", "vertelt vertelde vertellen vertelden citeert citeerde citeren citeerden"
        ),
    },
    "en": {
        **_forms(
            "asserts",
            "argues argued argue contends contended maintains maintained asserts asserted "
            "suggests suggested concludes concluded insists insisted believes believed believe "
            "estimates estimated claims claimed claim claiming assumed assumes "
            "assume stressed stresses emphasized emphasised emphasizes proposed proposes "
            "explained explains added adds stating argued arguing proposing maintain contend "
            "suggest insist conclude assert emphasize emphasise stress posits posited "
            "affirms affirmed declares declared alleges alleged states stated imagined imagines "
            "presupposed presupposes noticed notices identified identifies",
        ),
        **_forms(
            "disputes",
            "denies denied rejects rejected disputes disputed refutes refuted rebutted "
            "criticized criticised criticizes challenges challenged doubts doubted questioned "
            "questions dismisses dismissed contests contested objects objected counters "
            "countered disagrees disagreed deny reject dispute doubt refute opposed opposes "
            "contradicted contradicts dissented",
        ),
        **_forms(
            "qualifies",
            "concedes conceded acknowledges acknowledged admits admitted concede acknowledge "
            "admit grants granted accepts accepted tempers tempered nuances",
        ),
        **_forms("reports", "recounts recounted reports reported cites cited describes described"),
        **english_verbs("asserts", EN_ASSERTS),
        **english_verbs("disputes", EN_DISPUTES),
        **english_verbs("qualifies", EN_QUALIFIES),
        **english_verbs("reports", EN_REPORTS),
    },
    "de": {
        **_forms(
            "asserts",
            "meint meinte behauptet behauptete argumentiert argumentierte vermutet vermutete "
            "betont betonte folgert folgerte glaubt glaubte schätzt schätzte zufolge vertritt "
            "vertrat postuliert postulierte schlägt schlug erklärt "
            "erklärte unterstreicht unterstrich konstatiert konstatierte behaupten meinen "
            "vermuten argumentieren vertreten betonen unterscheidet unterschied unterscheiden",
        ),
        **_forms(
            "disputes",
            "bestreitet bestritt kritisiert kritisierte bezweifelt bezweifelte widerspricht "
            "widersprach widerlegt widerlegte verwirft verwarf bestreiten kritisieren "
            "bezweifeln widersprechen hinterfragt hinterfragte",
        ),
        **_forms("qualifies", "relativiert relativierte relativieren"),
        **_forms("reports", "berichtet berichtete zitiert zitierte erwähnt erwähnte"),
    },
    "fr": {
        **_forms(
            "asserts",
            "affirme affirmait soutient soutenait estime estimait prétend prétendait suggère "
            "suggérait conclut concluait souligne soulignait avance avançait considère "
            "considérait affirment soutiennent estiment prétendent avancent considèrent "
            "explique expliquait insiste insistait défend défendait déclare déclarait postule "
            "propose proposait proposent suppose supposait supposent défendent postulent ajoute "
            "ajoutait maintient identifie distingue distinguait distinguent affirmé soutenu "
            "proposé supposé défendu suggéré avancé postulé souligné conclu considéré distingué",
        ),
        **_forms(
            "disputes",
            "conteste contestait réfute réfutait rejette rejetait critique critiquait nie niait "
            "récuse récusait contestent réfutent rejettent critiquent nient "
            "objecte objectait contredit contredisait contesté réfuté rejeté critiqué nié récusé",
        ),
        **_forms(
            "qualifies",
            "concède concédait admet admettait nuance nuançait reconnaît reconnaissait "
            "concèdent admettent nuancent relativise relativisait tempère concédé nuancé",
        ),
        **_forms("reports", "rapporte rapportait raconte racontait cite citait"),
    },
}
"""Verbs that attribute by themselves, next to their subject, with the stance they give it."""

THAT_CUES: dict[str, dict[str, str]] = {
    "nl": {
        **_forms(
            "asserts",
            "schrijft schreef schrijven schreven denkt dacht denken dachten vindt vond vinden "
            "vonden ziet zag zien zagen noemt noemde stelt stelde wijst wees wijzen toont "
            "toonde geeft gaf merkt merkte schat schatte vermeldt vermeldde vermelden leunt "
            "leunde leunen stelden noemen noemden toonden merken merkten wezen gaven "
            "vermeldden",
        ),
    },
    "en": {
        **_forms(
            "asserts",
            "writes wrote thinks thought finds found notes noted sees saw shows showed agreed "
            "agree agrees observed observes felt convinced holds held demonstrated demonstrates "
            "outlined",
        ),
        **english_verbs("asserts", EN_THAT),
    },
    "de": _forms(
        "asserts",
        "schreibt schrieb sieht sah stellt stellte zeigt zeigte findet fand hält hielt "
        "beobachtet beobachtete formuliert formulierte",
    ),
    "fr": _forms(
        "asserts",
        "écrit écrivait pense pensait montre montrait note notait voit voyait dit disait disent "
        "remarque observe constate précise indique rappelle décrit décrivait décrivent définit "
        "définissait caractérise montrent démontré montré remarqué noté constaté observé précisé "
        "traite traitait analyse analysait interprète interprétait",
    ),
}
"""Verbs that attribute only when a that-clause, a colon or an *als*/*as* complement follows."""

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
        ("wijst", "af"): "disputes",
        ("wees", "af"): "disputes",
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
        ("trekt", "twijfel"): "disputes",
        ("trok", "twijfel"): "disputes",
        ("plaatst", "kanttekeningen"): "qualifies",
        ("plaatste", "kanttekeningen"): "qualifies",
        ("is", "oneens"): "disputes",
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
    },
    "en": {
        ("points", "out"): "asserts",
        ("pointed", "out"): "asserts",
        ("is", "right"): "asserts",
        ("was", "right"): "asserts",
        ("is", "wrong"): "asserts",
        ("was", "wrong"): "asserts",
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

THAT_PARTICLES = frozenset({"overeen", "gelijk", "ongelijk", "right", "wrong", "recht", "unrecht"})
"""Particles that attribute only before a *that*-clause (``komen overeen dat``, not
``komen overeen met``; ``heeft gelijk dat``, not ``heeft gelijk``)."""

THAT_PAIRS = frozenset((verb, "an") for verb in ("führt", "führte", "führen", "führten"))
"""Verbs and particles that attribute only before a *that*-clause or a colon (``führt an,
dass``; not ``führt selbst keine Beispiele dafür an``, which cites nothing)."""

CLOSE_PARTICLES = frozenset({"van", "against", "gegen"})
"""Prepositions that are a verb's particle only right after its subject (``spreekt Starkov
van``), not further on (``sprak over democratisering van de partij``)."""

TRAILING_PARTICLES = frozenset({"aus", "dar"})
"""Particles that are also prepositions, a verb's particle only where they close its clause
(``führt aus, dass``; not ``… die Daten aus Helbig``)."""

OBLIQUE: dict[str, set[str]] = {
    "nl": {"van", "zoals", "door", "met", "dan", "tot", "aan", "bij", "over", "naar", "tegen"},
    "en": {"of", "like", "by", "with", "than", "to", "against", "about"},
    "de": {"von", "wie", "durch", "mit", "als", "zu", "gegen", "über"},
    "fr": {"de", "comme", "par", "avec", "que", "contre", "sur", "d", "d'", "d’", "à", "chez"},
}
"""Prepositions before a name that make it no subject: a scholar named after one does not
take over the paragraph from the scholar it discusses (``zoals Getty``)."""

AGENTS: dict[str, str] = {"nl": "door", "en": "by", "de": "von", "fr": "par"}
"""The word that introduces the agent of a passive (``wordt door X aangevallen``)."""

PARTICIPLE_CUES: dict[str, dict[str, str]] = {
    "nl": {
        **_forms(
            "asserts",
            "beweerd gesteld betoogd verdedigd gesuggereerd benadrukt verondersteld geopperd",
        ),
        **_forms(
            "disputes",
            "aangevallen bekritiseerd betwist verworpen weerlegd bestreden ontkend betwijfeld "
            "tegengesproken",
        ),
        **_forms("qualifies", "genuanceerd gerelativeerd"),
    },
    "en": {
        **_forms(
            "asserts",
            "argued claimed suggested asserted maintained proposed contended characterized "
            "characterised regarded",
        ),
        **_forms(
            "disputes",
            "attacked criticized criticised disputed rejected challenged refuted questioned "
            "denied contradicted",
        ),
        **_forms("qualifies", "qualified nuanced"),
        **english_participles("asserts", EN_PASSIVE_ASSERTS),
        **english_participles("disputes", EN_PASSIVE_DISPUTES),
    },
    "de": {
        **_forms("asserts", "behauptet vertreten postuliert vermutet"),
        **_forms("disputes", "kritisiert bestritten widerlegt abgelehnt bezweifelt"),
        **_forms("qualifies", "relativiert eingeschränkt"),
    },
    "fr": {
        **_forms("asserts", "soutenu affirmé avancé soutenue affirmée avancée défendu défendue"),
        **_forms("disputes", "critiqué contesté réfuté rejeté critiquée contestée réfutée rejetée"),
        **_forms("qualifies", "nuancé nuancée"),
    },
}
"""Participles that attribute in a passive, to the agent after :data:`AGENTS`: *de these wordt
door Getty aangevallen* is Getty disputing it."""

REPORTIVE: dict[str, set[str]] = {
    "nl": {"zou", "zouden"},
    "de": {
        "sei",
        "seien",
        "habe",
        "solle",
        "werde",
        "könne",
        "müsse",
        "dürfe",
        "wolle",
        "möge",
    },
    "en": set(),
    "fr": {"serait", "seraient", "aurait", "auraient"},
}
"""Finite verbs of reported speech (the Dutch reportive conditional, German Konjunktiv I): a
sentence with one and no cue continues the account of the claimant of the sentence before."""

CONTINUATIONS: dict[str, set[str]] = {
    "nl": {"en dat", "maar dat", "ook dat", "dit terwijl"},
    "en": {"and that", "but that", "also that"},
    "de": {"und dass", "aber dass", "auch dass"},
    "fr": {"et que", "mais que", "et qu", "mais qu"},
}
"""Sentence openings that continue the *that*-clause of the sentence before (a fragment
without a main clause), unless a finite verb of :data:`AUXILIARIES` follows: then *dat* is
a demonstrative (``Maar dat wordt weerlegd``)."""

AUXILIARIES: dict[str, set[str]] = {
    "nl": {"is", "was", "wordt", "werd", "zijn", "waren", "heeft", "had", "kan", "kon", "zou",
           "moet", "lijkt", "blijkt"},
    "en": {"is", "was", "has", "had", "would", "can", "could", "seems"},
    "de": {"ist", "war", "wird", "wurde", "hat", "hatte", "kann", "konnte"},
    "fr": {"est", "était", "a", "avait", "sont", "étaient", "ont", "avaient", "serait"},
}  # fmt: skip
"""Finite verbs that follow a demonstrative subject at once."""

SUBORDINATORS: dict[str, set[str]] = {
    "nl": {"dat", "omdat", "als", "die", "wat", "waar", "hoe", "wanneer", "zodat", "doordat",
           "of", "welke", "waarbij", "waarin", "waardoor", "terwijl", "indien", "zodra", "nadat",
           "voordat", "hoewel", "tenzij", "totdat", "opdat", "aangezien", "wie"},
    "de": {"dass", "daß", "weil", "wenn", "ob", "obwohl", "damit", "sodass", "als", "wie"},
    "en": set(),
    "fr": {"que", "qu", "qu'", "qu’", "si", "lorsque", "lorsqu", "quand", "puisque", "puisqu",
           "parce", "quoique", "où"},
}  # fmt: skip
"""Words that open a subordinate clause: a reportive verb after one in its clause (up to a
comma) is the author's own conditional (``omdat het schade zou doen``), not reported speech."""

SCHOOL_NOUNS: dict[str, set[str]] = {
    "nl": {"school", "paradigma", "stroming", "denkschool"},
    "en": {"school", "paradigm"},
    "de": {"schule", "paradigma", "richtung"},
    "fr": {"école", "paradigme", "courant"},
}
"""Group nouns for a school of thought; a bare definite one (*het paradigma*) refers to the
school last named."""

CONTRAST: dict[str, set[str]] = {
    "nl": {"in tegenstelling tot", "anders dan", "in weerwil van"},
    "en": {"contrary to", "unlike", "in contrast to"},
    "de": {"im gegensatz zu", "anders als", "entgegen"},
    "fr": {"contrairement à", "à l'inverse de", "à l’inverse de"},
}
"""Phrases before a name that set the claimant against the sentence: the claimant disputes
what the sentence says, and the author asserts it."""

NEGATIONS: dict[str, set[str]] = {
    "nl": {"niet", "geen", "nooit"},
    "en": {"not", "never", "no", "n't"},
    "de": {"nicht", "kein", "keine", "nie"},
    "fr": {"pas", "jamais", "nullement", "aucunement"},
}
"""Negations that turn an asserting cue next to them into a dispute."""

PRONOUNS: dict[str, set[str]] = {
    "nl": {"hij", "hem", "zij", "ze", "hen", "hun", "haar"},
    "en": {"he", "him", "she", "her", "they", "them", "author"},
    "de": {"er", "ihm", "ihn", "sie", "ihr", "ihnen", "autorin", "autor"},
    "fr": {"il", "lui", "elle", "ils", "elles", "eux"},
}
"""Pronouns that may stand for a claimant named earlier in the paragraph."""

PLURAL_PRONOUNS = frozenset({"zij", "ze", "hen", "hun", "they", "them", "sie", "ils", "elles"})

DEMONSTRATIVES: dict[str, set[str]] = {
    "nl": {"dit", "dat"},
    "en": {"this"},
    "de": {"dies", "das"},
    "fr": {"cela", "ceci"},
}
"""Sentence-initial words that point back to the sentence before."""

GROUP_NOUNS: dict[str, set[str]] = {
    "nl": {
        "historici", "revisionisten", "school", "aanhangers", "sovjetologen", "onderzoekers",
        "wetenschappers", "auteurs", "critici", "sovjets", "russen", "getuigen", "bronnen",
        "partij", "totalitaristen", "paradigma", "stroming", "denkschool",
    },
    "en": {
        "scholars", "historians", "humanists", "linguists", "grammarians", "authors", "critics",
        "revisionists", "school", "researchers", "writers", "philologists", "theologians",
        "paradigm", "others", "commentators", "editors", "lexicographers", "translators",
        "theorists", "specialists", "experts", "reformers",
    },
    "de": {
        "forscher", "historiker", "autoren", "linguisten", "grammatiker", "forschung",
        "literatur", "ansätze", "autorinnen", "forscherinnen", "linguistinnen", "philologen",
        "theologen", "sprachwissenschaftler", "kritiker", "vertreter",
    },
    "fr": {"historiens", "chercheurs", "auteurs", "linguistes", "grammairiens", "critiques",
           "philosophes", "logiciens", "sémanticiens", "théoriciens", "spécialistes", "travaux"},
}  # fmt: skip
"""Nouns that make a subject noun phrase a group claimant (*de revisionisten*, *scholars*)."""

SKIP_WORDS: dict[str, set[str]] = {
    "nl": {"ook", "zelf", "zelfs", "echter", "dan", "dus", "nog", "wel", "namelijk", "verder",
           "eveneens", "juist", "erop", "daarop", "hierover", "daarover", "bijvoorbeeld",
           "eigenlijk", "hierbij", "later"},
    "en": {"also", "himself", "herself", "even", "however", "further", "therefore", "thus",
           "then", "too", "does", "did", "do", "not", "never", "doesn't", "didn't", "don't",
           "has", "have", "had", "seems", "seemed", "appears", "appeared", "to", "must",
           "simply", "usually", "often", "later", "indeed", "already", "apparently",
           "explicitly", "first", "only", "generally", "still", "hence", "furthermore",
           "moreover", "again", "consequently", "accordingly"},
    "de": {"auch", "selbst", "sogar", "jedoch", "dann", "also", "ferner", "zudem", "ebenfalls",
           "hier", "schon", "bereits", "ebenso", "folglich", "zunächst", "allerdings"},
    "fr": {"aussi", "même", "cependant", "donc", "ensuite", "également"},
}  # fmt: skip
"""Adverbs that may stand between a reporting verb and its subject."""

for _table, _academic in ((VERB_CUES, ACADEMIC_VERBS), (THAT_CUES, ACADEMIC_THAT)):
    for _lang, _cues in _academic.items():  # the tables' own entries win
        _table[_lang] = {**_cues, **_table[_lang]}
for _lang, _pairs in ACADEMIC_PARTICLES.items():
    PARTICLE_CUES[_lang] = {**_pairs, **PARTICLE_CUES[_lang]}
for _lang, _skip in ACADEMIC_SKIP.items():
    SKIP_WORDS[_lang] |= _skip

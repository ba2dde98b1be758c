"""The reporting verbs of academic writing in each language, in all the tenses a literature
review uses, as the grammars and writing guides list them: the verbs by which a cited scholar
argues, shows, assumes, finds, rejects or concedes (*X (2007) proposes/shows/finds that*, *X
(2007) nimmt an / geht davon aus / kommt zu dem Schluss, dass*, *X (2007) montre / soutient /
fait l'hypothèse que*, *X (2007) laat zien / is van mening dat*). Merged under the cue tables of
:mod:`.claim_verb_cues` and :mod:`.claim_particles`, whose own entries win; forms are made by
rule from one entry a verb, so that a review in the present reads like one in the past or the
perfect (*has shown*, *a montré*, *heeft betoogd*), and a German verb-final clause (*wie X
feststellt*) like a main one."""

from __future__ import annotations

from purgehist.formats.text.claim_verbs import english_forms, english_verbs
from purgehist.formats.text.claim_weighing import MISWEIGHING, MISWEIGHING_PARTICLES

__all__ = [
    "ACADEMIC_PARTICLES",
    "ACADEMIC_SKIP",
    "ACADEMIC_THAT",
    "ACADEMIC_VERBS",
    "HELD_VIEWS",
    "french_forms",
]


def _forms(stance: str, text: str) -> dict[str, str]:
    return dict.fromkeys(text.split(), stance)


def _english(stance: str, text: str) -> dict[str, str]:
    """Every finite form and the participle (of the perfect: *has shown*) of each verb."""
    out: dict[str, str] = {}
    for entry in text.split():
        forms = english_forms(entry)
        for kind in ("lemma", "third", "past", "participle"):
            out[forms[kind]] = stance
    return out


def french_forms(stem: str) -> list[str]:
    """The third persons of a French verb in *-er* (present, imperfect, simple past) and its
    participle, from the stem: ``montr`` → *montre, montrent, montrait, …, montré*."""
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    return [
        f"{stem}e",
        f"{stem}ent",
        f"{soft}ait",
        f"{soft}aient",
        f"{soft}a",
        f"{stem}èrent",
        f"{stem}é",
        f"{stem}era",  # the historic future of a literature review: "Getty affirmera que"
        f"{stem}eront",
    ]


def _french(stance: str, stems: str) -> dict[str, str]:
    return {form: stance for stem in stems.split() for form in french_forms(stem)}


def _pairs(stance: str, verbs: str, particles: str) -> dict[tuple[str, str], str]:
    return {(v, p): stance for v in verbs.split() for p in particles.split()}


HELD_VIEWS: dict[str, str] = {
    "en": "view views assumption assumptions belief beliefs opinion opinions",
    "de": "ansicht ansichten auffassung auffassungen meinung meinungen",
    "nl": "opvatting opvattingen mening meningen visie visies",
    "fr": "opinion opinions idée idées avis",
}
"""The nouns by which a scholar is said to hold, share or adopt a view (*held the same
assumptions*, *teilt diese Ansicht*, *deelt deze opvatting*, *partage cette opinion*): the
object names the view, so a topic after it (*about biography*, *über die Säuberung*) does not
make the verb one of topic only. Not French *vue*, which is as often *en vue de* (in order to)."""

ACADEMIC_VERBS: dict[str, dict[str, str]] = {
    "en": {
        **_english(
            "asserts",
            "argue contend maintain assert suggest conclude insist propose posit postulate "
            "hypothesize hypothesise predict claim believe assume presume suppose stress "
            "emphasize emphasise advocate theorize theorise speculate",
        ),
        **_english(
            "disputes", "deny reject dispute refute criticize criticise challenge question doubt"
        ),
        **_english("qualifies", "concede acknowledge admit:admitted:admitted qualify"),
        # weighing too much or too little is holding a view the author keeps from
        **dict.fromkeys(MISWEIGHING["en"], "asserts"),
    },
    "de": {
        **_forms(
            "asserts",
            "schlussfolgert schlussfolgerte folgern folgerten resümiert resümierte mutmaßt "
            "mutmaßte postulieren postulierten konstatieren konstatierten argumentierten "
            "behaupteten vermuteten betonten "
            # verb-final in a subordinate clause: "wie Meyer (2007) feststellt"
            "feststellt feststellte festhält festhielt annimmt annahm vorschlägt vorschlug "
            "darlegt darlegte ausführt ausführte hervorhebt hervorhob herausstellt "
            "herausstellte hinweist hinwies nachweist nachwies",
        ),
        # the perfect and its Konjunktiv: "Meyer (2001) hat/habe argumentiert, dass"
        **_forms(
            "asserts",
            "argumentiert gezeigt behauptet vermutet betont postuliert "
            "vorgeschlagen festgestellt nachgewiesen dargelegt hervorgehoben "
            "herausgestellt gefolgert",
        ),
        # Konjunktiv I of reported speech: "Meyer behaupte, dass"
        **_forms("asserts", "argumentiere behaupte vermute betone postuliere folgere"),
        **_forms("disputes", "ablehnt ablehnte zurückweist zurückwies bestritten kritisierten"),
        **_forms("qualifies", "einräumt einräumte einschränkt einschränkte zugesteht"),
        **_forms("disputes", "verwerfen verwarfen widerlegen widerlegten zurückweisen"),
        **dict.fromkeys(MISWEIGHING["de"], "asserts"),
    },
    "nl": {
        **_forms(
            "asserts",
            # the perfect: "Jansen (2007) heeft betoogd dat"
            "betoogd beweerd geconcludeerd gesuggereerd verondersteld aangetoond "
            "geponeerd geopperd",
        ),
        **_forms("asserts", "gesteld volgehouden benadrukt verdedigd"),
        **_forms("disputes", "ontkend betwist verworpen bekritiseerd weerlegd bestreden"),
        **_forms("qualifies", "onderkent onderkende onderkennen erkend genuanceerd"),
        **dict.fromkeys(MISWEIGHING["nl"], "asserts"),
    },
    "fr": {
        **_french(
            "asserts",
            "affirm propos suppos postul insist considér estim suggér soulign avanc préconis",
        ),
        **_forms(
            "asserts",
            "soutient soutiennent soutenait soutenaient soutint soutenu conclut concluent "
            "concluait concluaient conclu prétend prétendent prétendait prétendu "
            "maintient maintiennent maintenait maintenu",
        ),
        **_french("disputes", "contest réfut critiqu récus"),
        **_forms("disputes", "rejette rejettent rejetait rejetaient rejeté nie nient niait nié"),
        **_french("qualifies", "concéd nuanc"),
        **_forms("qualifies", "admet admettent admettait admis reconnaît reconnaissent reconnu"),
        **dict.fromkeys(MISWEIGHING["fr"], "asserts"),
    },
}
"""Verbs that attribute by themselves, next to their subject."""

ACADEMIC_THAT: dict[str, dict[str, str]] = {
    "en": {
        **english_verbs(
            "asserts",
            "demonstrate note observe remark establish reveal report confirm indicate "
            "explain analyse analyze interpret define characterize characterise construe treat "
            "teach:taught:taught tell:told:told recall",
        ),
        "shown": "asserts",  # "as Smith has shown"; not "seen as", "found in": passives
    },
    "de": _forms(
        "asserts",
        "bemerkt bemerkte sehen sahen schreiben schrieben beobachten "
        "beobachteten definiert definierte definieren begreift begriff lehrt lehrte",
    ),
    "nl": _forms(
        "asserts",
        "beschouwt beschouwde beschouwen beschouwden karakteriseert karakteriseerde "
        "typeert typeerde definieert definieerde interpreteert interpreteerde analyseert "
        "analyseerde opgemerkt gewezen geschreven",
    ),
    "fr": {
        **_french(
            "asserts",
            "montr démontr observ remarqu not constat expliqu précis indiqu analys "
            "interprét caractéris signal",
        ),
        **_forms("asserts", "écrit écrivent écrivait établit établissent établi prédit"),
        **_forms("disputes", "doute doutent doutait doutaient"),  # "Getty doute que"
        **_french("asserts", "enseign"),
    },
}
"""Verbs that attribute only before a *that*-clause, a colon or an *as*/*als*/*comme*."""

ACADEMIC_PARTICLES: dict[str, dict[tuple[str, str], str]] = {
    "en": {
        **_pairs("asserts", "takes take took", "view position"),
        **_pairs("asserts", "puts put", "forward"),
        **_pairs("disputes", "calls call called casts cast", "question doubt"),
        **_pairs("disputes", "raises raise raised", "doubts doubt questions"),
        **dict.fromkeys(MISWEIGHING_PARTICLES["en"].items(), "asserts"),
        # holding a view named by its noun: "held the same assumptions", "shares this view"
        **_pairs(
            "asserts", "holds hold held share shares shared adopts adopt adopted", HELD_VIEWS["en"]
        ),
        **_pairs("asserts", "draws draw drew drawn makes make made", "distinction distinctions"),
        **_pairs("asserts", "points point pointed", "to"),
        **_pairs("asserts", "refers refer referred", "as"),  # "refers to X as one of many"
        # "placed Mattelart within a tradition": a reading of where a scholar belongs
        **_pairs("asserts", "places place placed situates situate situated", "within"),
        **_pairs("asserts", "classifies classify classified", "within"),
    },
    "de": {
        **_pairs("asserts", "kommt kommen kam kamen gelangt gelangen gelangte", "ergebnis"),
        **_pairs("qualifies", "gibt geben gab gaben", "zu"),  # before "dass" only
        **_pairs("asserts", "teilt teilen teilte teilten", HELD_VIEWS["de"]),
        **_pairs("asserts", "ist sind war waren", "einig"),  # "sind sich einig, dass"
        **_pairs("asserts", "stimmt stimmen stimmte stimmten", "zu"),  # before "dass" only
        **_pairs("asserts", "gelangt gelangen gelangte", "schluss auffassung"),
        **_pairs("asserts", "macht machen machte", "deutlich geltend"),
        **_pairs("asserts", "legt legen legte", "nahe"),
        **_pairs("asserts", "plädiert plädieren plädierte", "dafür"),
        **_pairs("disputes", "stellt stellen stellte", "infrage"),
        # "meldet Zweifel an der Zahl an", "äußert Zweifel"
        **_pairs(
            "disputes", "meldet melden meldete äussert äussern äusserte hegt hegte", "zweifel"
        ),
    },
    "nl": {
        **_pairs("asserts", "laat laten liet lieten", "zien"),
        **_pairs("asserts", "neemt nemen nam namen", "aan"),
        **_pairs("asserts", "toont tonen toonde toonden", "aan"),
        **_pairs("asserts", "komt komen kwam kwamen", "conclusie"),
        **_pairs("asserts", "is zijn was waren", "mening opvatting"),
        **_pairs("asserts", "schat schatte schatten", "op"),  # "schat het aantal op"
        **_pairs("asserts", "deelt delen deelde deelden", HELD_VIEWS["nl"]),
        **_pairs("asserts", "is zijn was waren", "eens"),  # "zijn het erover eens dat"
        **_pairs("asserts", "komt komen kwam kwamen", "slotsom"),
        **_pairs("disputes", "plaatst plaatsen plaatste plaatsten", "vraagtekens"),
        **_pairs("disputes", "denkt denken dacht dachten", "anders"),  # "denkt er anders over"
        **_pairs("asserts", "is zijn was waren", "oordeel"),  # "is van oordeel dat"
    },
    "fr": {
        **_pairs("asserts", "fait font faisait faisaient", "hypothèse l'hypothèse l’hypothèse"),
        **_pairs("asserts", "part partent partait", "l'hypothèse l’hypothèse principe"),
        **_pairs("asserts", "met mettent mettait", "évidence"),
        **_pairs("asserts", "arrive arrivent arrivait aboutit aboutissent", "conclusion"),
        **_pairs("asserts", "fait font faisait faisaient", "valoir"),
        **_pairs("asserts", "est sont était étaient", "d'avis d’avis"),
        **_pairs("asserts", "partage partagent partageait", HELD_VIEWS["fr"]),
    },
}
"""A verb and its particle or object noun (``laat zien``, ``kommt zu dem Ergebnis``)."""

ACADEMIC_SKIP: dict[str, set[str]] = {
    "nl": {"heeft", "hebben", "had", "hadden"},
    "de": {"hat", "haben", "habe", "hatte", "hatten", "hätte", "hätten"},
}
"""Auxiliaries of the perfect between a subject and its participle (``Jansen heeft betoogd``,
``Meyer (2001) hat gezeigt``)."""

"""Reporting verbs by language, with the stance they give the claimant: verbs that attribute by
themselves, verbs that attribute before a *that*-clause, and participles that attribute in a
passive to the agent after the language's *by*. Declarative tables, the academic verbs of
:mod:`.claim_academic` merged under their own entries."""

from __future__ import annotations

from purgehist.formats.text.claim_academic import ACADEMIC_THAT, ACADEMIC_VERBS
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

__all__ = ["AGENTS", "PARTICIPLE_CUES", "THAT_CUES", "VERB_CUES"]


def _forms(stance: str, text: str) -> dict[str, str]:
    return dict.fromkeys(text.split(), stance)


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
        **_forms("qualifies", "relativiert relativierte relativieren nuanciert nuancierte"),
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
            "vermeldden vervolgt vervolgde",
        ),
    },
    "en": {
        **_forms(
            "asserts",
            "writes wrote thinks thought finds found notes noted sees saw shows showed agreed "
            "agree agrees observed observes felt convinced holds held demonstrated demonstrates "
            "outlined continues continued",
        ),
        **english_verbs("asserts", EN_THAT),
    },
    "de": _forms(
        "asserts",
        "schreibt schrieb sieht sah stellt stellte zeigt zeigte findet fand hält hielt "
        "beobachtet beobachtete formuliert formulierte ergänzt ergänzte",
    ),
    "fr": _forms(
        "asserts",
        "écrit écrivait pense pensait montre montrait note notait voit voyait dit disait disent "
        "juge jugeait jugent croit croyait croient "
        "remarque observe constate précise indique rappelle décrit décrivait décrivent définit "
        "définissait caractérise montrent démontré montré remarqué noté constaté observé précisé "
        "traite traitait analyse analysait interprète interprétait",
    ),
}
"""Verbs that attribute only when a that-clause, a colon or an *als*/*as* complement follows."""

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

for _table, _academic in ((VERB_CUES, ACADEMIC_VERBS), (THAT_CUES, ACADEMIC_THAT)):
    for _lang, _cues in _academic.items():  # the tables' own entries win
        _table[_lang] = {**_cues, **_table[_lang]}

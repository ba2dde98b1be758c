"""Dutch reporting constructions of a historiography of the Great Purge, written from the
language rather than from a document: verbs of saying, arguing, showing, estimating, denying
and conceding in the tenses and voices a literature review uses, with the claimant as subject,
agent, possessor, in an adjunct or as a pronoun or group, and the stance each gives; sentences
that attribute nothing beside them. Every sentence is made up for the tests."""

from __future__ import annotations

import pytest
from purge_scholars import claimants as _claimants_in
from purge_scholars import read


def _claimants(sentence: str) -> dict[str, str]:
    return _claimants_in(sentence, "nl")


@pytest.mark.parametrize(
    ("sentence", "claimants"),
    [
        ("Conquest beweert dat de terreur van bovenaf gepland was.", {"pers_conquest": "asserts"}),
        (
            "Conquest heeft betoogd dat de terreur van bovenaf gepland was.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Conquest had al eerder betoogd dat de terreur gepland was.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Getty laat zien dat de zuivering van 1933 tegen passieve leden gericht was.",
            {"pers_getty": "asserts"},
        ),
        (
            "Getty heeft laten zien dat de zuivering tegen passieve leden gericht was.",
            {"pers_getty": "asserts"},
        ),
        (
            "Getty toont aan dat de regionale leiders de arrestaties aanstuurden.",
            {"pers_getty": "asserts"},
        ),
        (
            "Medvedev schat het aantal slachtoffers op twintig miljoen.",
            {"pers_medvedev": "asserts"},
        ),
        ("Medvedev schat dat twintig miljoen mensen omkwamen.", {"pers_medvedev": "asserts"}),
        ("Getty ontkent dat Stalin de moord op Kirov beraamde.", {"pers_getty": "disputes"}),
        (
            "Getty wijst de opvatting af dat de terreur vanaf het begin gepland was.",
            {"pers_getty": "disputes"},
        ),
        (
            "Thurston betwijfelt of de angst onder arbeiders wijdverbreid was.",
            {"pers_thurston": "disputes"},
        ),
        (
            "Rittersporn geeft toe dat het centrum de eindverantwoordelijkheid droeg.",
            {"pers_rittersporn": "qualifies"},
        ),
        (
            "Khlevniuk nuanceert het revisionistische beeld van een chaotisch centrum.",
            {"pers_khlevniuk": "qualifies"},
        ),
        ("Getty ontkent niet dat Stalin de quota goedkeurde.", {"pers_getty": "qualifies"}),
        (
            "Volgens Getty verloor het centrum in 1937 de controle over de regio's.",
            {"pers_getty": "asserts"},
        ),
        ("Volgens hem verloor het centrum de controle over de regio's.", {"hem": "asserts"}),
        (
            "Naar de mening van Conquest leidde Stalin elke fase van de zuivering.",
            {"pers_conquest": "asserts"},
        ),
        (
            "In de ogen van Rittersporn verloor de partij de greep op haar afdelingen.",
            {"pers_rittersporn": "asserts"},
        ),
        (
            "Getty's stelling dat de terreur uit lokale conflicten voortkwam, is omstreden.",
            {"pers_getty": "asserts"},
        ),
        (
            "De stelling van Getty dat de terreur uit lokale conflicten voortkwam, is omstreden.",
            {"pers_getty": "asserts"},
        ),
        (
            "De revisionisten stellen dat de terreur chaotisch verliep.",
            {"revisionisten": "asserts"},
        ),
        ("Beide auteurs zijn het erover eens dat de quota uit Moskou kwamen.", {"they": "asserts"}),
        ("Deze historici verwerpen het idee van een masterplan.", {"Deze historici": "disputes"}),
        (
            "Hij stelt dat de regionale secretarissen de arrestaties aanstuurden.",
            {"hij": "asserts"},
        ),
        (
            "Zij betoogt dat arbeiders de zuivering van hun directeuren vaak verwelkomden.",
            {"zij": "asserts"},
        ),
        ("Conquest overschat het aantal slachtoffers.", {"pers_conquest": "asserts"}),
        ("Getty onderschat de rol van Stalin.", {"pers_getty": "asserts"}),
        (
            "Zoals Khlevniuk heeft aangetoond, tekende Stalin de lijsten zelf.",
            {"pers_khlevniuk": "asserts"},
        ),
        (
            "Zoals Conquest opmerkt, bevestigen de archieven de omvang van de terreur.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Thurston wijst erop dat de meeste arbeiders geen arrestatie vreesden.",
            {"pers_thurston": "asserts"},
        ),
        (
            "Khlevniuk komt tot de conclusie dat de terreur centraal geleid werd.",
            {"pers_khlevniuk": "asserts"},
        ),
        ("Getty trekt de conclusie van Conquest in twijfel.", {"pers_getty": "disputes"}),
        (
            "Thurston plaatst vraagtekens bij de betrouwbaarheid van de memoires.",
            {"pers_thurston": "disputes"},
        ),
        (
            "In tegenstelling tot Conquest ziet Getty de terreur als een product van chaos.",
            {"pers_conquest": "disputes", "pers_getty": "asserts"},
        ),
        ("Getty is van mening dat de regio's de terreur aandreven.", {"pers_getty": "asserts"}),
        ("Getty gaat ervan uit dat de regio's de terreur aandreven.", {"pers_getty": "asserts"}),
        (
            "Er wordt door Conquest beweerd dat de processen voor het buitenland werden opgevoerd.",
            {"pers_conquest": "asserts"},
        ),
        (
            "De opvatting dat de terreur gepland was, werd door Getty bestreden.",
            {"pers_getty": "disputes"},
        ),
        ("Starkov betoogde dat de militaire zuivering in 1936 begon.", {"Starkov": "asserts"}),
        (
            "De archieven, zo betoogt Khlevniuk, tonen aan dat Stalin de terreur leidde.",
            {"pers_khlevniuk": "asserts"},
        ),
        ("Getty benadrukt dat de centrale leiding zwak was.", {"pers_getty": "asserts"}),
        ("Getty wees erop dat de centrale leiding zwak was.", {"pers_getty": "asserts"}),
        ("Getty kwam tot de slotsom dat de centrale leiding zwak was.", {"pers_getty": "asserts"}),
        (
            "Getty onderkent dat Stalin de eindverantwoordelijkheid droeg.",
            {"pers_getty": "qualifies"},
        ),
        ("Getty zou later betogen dat de centrale leiding zwak was.", {"pers_getty": "asserts"}),
        (
            "Getty heeft altijd volgehouden dat de centrale leiding zwak was.",
            {"pers_getty": "asserts"},
        ),
        ("Getty houdt vol dat de centrale leiding zwak was.", {"pers_getty": "asserts"}),
        ("Conquest gaat ervan uit dat Stalin alles plande.", {"pers_conquest": "asserts"}),
        (
            "Het is volgens Khlevniuk duidelijk dat Stalin de terreur leidde.",
            {"pers_khlevniuk": "asserts"},
        ),
        ("Conquest overdrijft de rol van Stalin.", {"pers_conquest": "asserts"}),
        ("Getty deelt deze opvatting niet.", {"pers_getty": "disputes"}),
        ("Thurston deelt deze opvatting over de zuivering niet.", {"pers_thurston": "disputes"}),
        ("Rittersporn ontkent dit niet.", {"pers_rittersporn": "qualifies"}),
        ("Getty schreef over de zuivering in Smolensk niet.", {}),
        (
            "Khlevniuk merkt op dat deze karakterisering te sterk is.",
            {"pers_khlevniuk": "asserts"},
        ),
        (
            "Getty is aan het betogen dat de regio's de terreur aanstuurden.",
            {"pers_getty": "asserts"},
        ),
        (
            "Getty is bezig te betogen dat de regio's de terreur aanstuurden.",
            {"pers_getty": "asserts"},
        ),
        ("Getty heeft deze these verworpen.", {"pers_getty": "disputes"}),
        (
            "Getty heeft het aantal slachtoffers op twintig miljoen geschat.",
            {"pers_getty": "asserts"},
        ),
        ("Getty heeft de these van Conquest later bekritiseerd.", {"pers_getty": "disputes"}),
        ("De these werd door Conquest bekritiseerd.", {"pers_conquest": "disputes"}),
        ("Getty denkt er anders over.", {"pers_getty": "disputes"}),
        ("Getty is een andere mening toegedaan.", {"pers_getty": "disputes"}),
        ("Getty is van oordeel dat het centrum zwak was.", {"pers_getty": "asserts"}),
        ("Getty heeft een andere auto.", {}),
        ("Deze historici wijzen het idee van een masterplan af.", {"Deze historici": "disputes"}),
        ("Getty betwist nauwelijks dat Stalin de lijsten tekende.", {"pers_getty": "qualifies"}),
        (
            "Nauwelijks een historicus betwist dat Stalin de lijsten tekende.",
            {"Nauwelijks een historicus": "disputes"},
        ),
    ],
)
def test_dutch_reporting_constructions(sentence: str, claimants: dict[str, str]) -> None:
    assert _claimants(sentence) == claimants


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Conquest overschat het aantal slachtoffers.", "qualifies"),
        ("Conquest overdrijft de rol van Stalin.", "qualifies"),
        ("De revisionisten onderschatten de rol van Stalin.", "qualifies"),
        ("Conquest overschatte het aantal slachtoffers.", "qualifies"),
        ("Getty onderschat de rol van Stalin.", "qualifies"),
    ],
)
def test_dutch_weighing_too_much_or_too_little_is_a_view_the_author_keeps_from(
    sentence: str, author: str
) -> None:
    reading = read(sentence, "nl")
    assert [f.stance for f in reading.found] == ["asserts"]
    assert reading.author == author

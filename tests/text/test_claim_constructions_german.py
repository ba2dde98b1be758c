"""German reporting constructions of a historiography of the Great Purge, written from the
language rather than from a document: verbs of saying, arguing, showing, estimating, denying
and conceding in the tenses and voices a literature review uses, with the claimant as subject,
agent, possessor, in an adjunct or as a pronoun or group, and the stance each gives; sentences
that attribute nothing beside them. Every sentence is made up for the tests."""

from __future__ import annotations

import pytest
from purge_scholars import claimants as _claimants_in
from purge_scholars import read


def _claimants(sentence: str) -> dict[str, str]:
    return _claimants_in(sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "claimants"),
    [
        ("Conquest behauptet, dass der Terror von oben geplant war.", {"pers_conquest": "asserts"}),
        (
            "Conquest hat behauptet, dass der Terror von oben geplant war.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Conquest hatte schon früher behauptet, dass der Terror geplant war.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Getty zeigt, dass die Säuberung von 1933 passive Mitglieder traf.",
            {"pers_getty": "asserts"},
        ),
        (
            "Getty hat gezeigt, dass die Säuberung passive Mitglieder traf.",
            {"pers_getty": "asserts"},
        ),
        (
            "Getty weist nach, dass die regionalen Führer die Verhaftungen vorantrieben.",
            {"pers_getty": "asserts"},
        ),
        (
            "Medvedev schätzt die Zahl der Opfer auf zwanzig Millionen.",
            {"pers_medvedev": "asserts"},
        ),
        ("Getty bestreitet, dass Stalin den Mord an Kirow plante.", {"pers_getty": "disputes"}),
        (
            "Getty lehnt die Auffassung ab, dass der Terror von Anfang an geplant war.",
            {"pers_getty": "disputes"},
        ),
        (
            "Thurston bezweifelt, dass die Angst unter den Arbeitern verbreitet war.",
            {"pers_thurston": "disputes"},
        ),
        (
            "Rittersporn räumt ein, dass die Zentrale die letzte Verantwortung trug.",
            {"pers_rittersporn": "qualifies"},
        ),
        (
            "Rittersporn gesteht zu, dass die Zentrale die letzte Verantwortung trug.",
            {"pers_rittersporn": "qualifies"},
        ),
        (
            "Khlevniuk relativiert das revisionistische Bild einer chaotischen Zentrale.",
            {"pers_khlevniuk": "qualifies"},
        ),
        ("Getty bestreitet nicht, dass Stalin die Quoten billigte.", {"pers_getty": "qualifies"}),
        (
            "Laut Getty verlor die Zentrale 1937 die Kontrolle über die Regionen.",
            {"pers_getty": "asserts"},
        ),
        (
            "Nach Ansicht von Conquest leitete Stalin jede Phase der Säuberung.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Nach Getty verlor die Zentrale die Kontrolle über die Regionen.",
            {"pers_getty": "asserts"},
        ),
        (
            "Getty zufolge verlor die Zentrale die Kontrolle über die Regionen.",
            {"pers_getty": "asserts"},
        ),
        (
            "Gettys These, dass der Terror aus lokalen Konflikten entstand, ist umstritten.",
            {"pers_getty": "asserts"},
        ),
        (
            "Die These von Getty, dass der Terror aus lokalen Konflikten entstand, ist umstritten.",
            {"pers_getty": "asserts"},
        ),
        (
            "Die Revisionisten behaupten, dass der Terror chaotisch verlief.",
            {"Revisionisten": "asserts"},
        ),
        (
            "Diese Historiker verwerfen die Idee eines Gesamtplans.",
            {"Diese Historiker": "disputes"},
        ),
        (
            "Er argumentiert, dass die regionalen Sekretäre die Verhaftungen vorantrieben.",
            {"er": "asserts"},
        ),
        (
            "Sie zeigt, dass Arbeiter die Säuberung ihrer Direktoren oft begrüßten.",
            {"sie": "asserts"},
        ),
        ("Conquest überschätzt die Zahl der Opfer.", {"pers_conquest": "asserts"}),
        ("Getty unterschätzt die Rolle Stalins.", {"pers_getty": "asserts"}),
        (
            "Wie Khlevniuk gezeigt hat, unterschrieb Stalin die Listen selbst.",
            {"pers_khlevniuk": "asserts"},
        ),
        (
            "Wie Conquest betont, bestätigen die Archive das Ausmaß des Terrors.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Thurston weist darauf hin, dass die meisten Arbeiter keine Verhaftung fürchteten.",
            {"pers_thurston": "asserts"},
        ),
        (
            "Khlevniuk kommt zu dem Schluss, dass der Terror zentral gelenkt wurde.",
            {"pers_khlevniuk": "asserts"},
        ),
        ("Getty stellt die Schlussfolgerung von Conquest in Frage.", {"pers_getty": "disputes"}),
        (
            "Im Gegensatz zu Conquest sieht Getty den Terror als Produkt des Chaos.",
            {"pers_conquest": "disputes", "pers_getty": "asserts"},
        ),
        (
            "Getty ist der Ansicht, dass die Regionen den Terror antrieben.",
            {"pers_getty": "asserts"},
        ),
        (
            "Getty geht davon aus, dass die Regionen den Terror antrieben.",
            {"pers_getty": "asserts"},
        ),
        (
            "Es wird von Conquest behauptet, dass die Prozesse für das Ausland inszeniert wurden.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Die Auffassung, der Terror sei geplant gewesen, wurde von Getty bestritten.",
            {"pers_getty": "disputes"},
        ),
        (
            "Starkov argumentierte, dass die Säuberung der Armee 1936 begann.",
            {"Starkov": "asserts"},
        ),
        (
            "Die Archive, so Khlevniuk, zeigen, dass Stalin den Terror leitete.",
            {"pers_khlevniuk": "asserts"},
        ),
        ("Getty betont, die zentrale Führung sei schwach gewesen.", {"pers_getty": "asserts"}),
        (
            "Getty würde später behaupten, dass die zentrale Führung schwach war.",
            {"pers_getty": "asserts"},
        ),
        ("Conquest übertreibt die Rolle Stalins.", {"pers_conquest": "asserts"}),
        ("Nach Meinung von Khlevniuk leitete Stalin den Terror.", {"pers_khlevniuk": "asserts"}),
        ("Getty widerspricht Conquest in diesem Punkt.", {"pers_getty": "disputes"}),
        (
            "Getty stimmt Conquest darin zu, dass Stalin die Listen unterschrieb.",
            {"pers_getty": "asserts"},
        ),
        ("Getty kritisiert Conquests Darstellung des Kirow-Mordes.", {"pers_getty": "disputes"}),
        ("Getty hebt hervor, dass die Zentrale schwach war.", {"pers_getty": "asserts"}),
        ("Getty vertritt die These, dass die Zentrale schwach war.", {"pers_getty": "asserts"}),
        ("Getty stellt fest, dass die Zentrale schwach war.", {"pers_getty": "asserts"}),
        ("Getty gibt zu, dass die Zentrale Verantwortung trug.", {"pers_getty": "qualifies"}),
        ("Getty schränkt diese Aussage ein.", {"pers_getty": "qualifies"}),
        ("Getty teilt diese Ansicht nicht.", {"pers_getty": "disputes"}),
        ("Thurston teilt diese Ansicht über die Säuberung nicht.", {"pers_thurston": "disputes"}),
        ("Getty teilt die Auffassung von Conquest.", {"pers_getty": "asserts"}),
        (
            "Getty und Conquest sind sich einig, dass Stalin die Listen unterschrieb.",
            {"pers_getty": "asserts", "pers_conquest": "asserts"},
        ),
        (
            "Khlevniuk weist darauf hin, dass diese Charakterisierung zu stark ausfalle.",
            {"pers_khlevniuk": "asserts"},
        ),
        (
            "Im Unterschied zu Conquest sieht Getty den Terror als Produkt des Chaos.",
            {"pers_conquest": "disputes", "pers_getty": "asserts"},
        ),
        ("Getty gibt einen Überblick zu den Quellen.", {}),
        ("Getty betont, dass der Druck aus Moskau zu stark war.", {"pers_getty": "asserts"}),
        (
            "Getty ist dabei, zu behaupten, dass die Regionen den Terror antrieben.",
            {"pers_getty": "asserts"},
        ),
        ("Getty hat diese Zahl als zu hoch bezeichnet.", {"pers_getty": "asserts"}),
        ("Dabei hat Getty diese These zurückgewiesen.", {"pers_getty": "disputes"}),
        (
            "Getty hat die Zahl der Opfer auf zwanzig Millionen geschätzt.",
            {"pers_getty": "asserts"},
        ),
        ("Getty hat die These von Conquest kritisiert.", {"pers_getty": "disputes"}),
        ("Getty hat die These von Conquest nicht kritisiert.", {"pers_getty": "qualifies"}),
        ("Die These wurde von Conquest kritisiert.", {"pers_conquest": "disputes"}),
        ("Getty hat die Akten in Moskau gelesen.", {}),
        ("Getty meldet Zweifel an der Zahl an.", {"pers_getty": "disputes"}),
        ("Getty äußert Zweifel an der Zahl.", {"pers_getty": "disputes"}),
        ("Getty sieht das anders.", {"pers_getty": "disputes"}),
        ("Die Lage sieht für Getty anders aus.", {}),
        ("Getty nuanciert dieses Bild.", {"pers_getty": "qualifies"}),
        (
            "Getty bestreitet kaum, dass Stalin die Listen unterschrieb.",
            {"pers_getty": "qualifies"},
        ),
        (
            "Diese Historiker lehnen die Idee eines Gesamtplans ab.",
            {"Diese Historiker": "disputes"},
        ),
        ("Beide Autoren räumen ein, dass die Zentrale verantwortlich war.", {"they": "qualifies"}),
        ("Getty vertritt eine andere Auffassung.", {"pers_getty": "disputes"}),
        (
            "Conquest hat die Akten gelesen und Getty betont, dass die Zentrale schwach war.",
            {"pers_getty": "asserts"},
        ),
        (
            "Die Partei hatte viele Mitglieder und Getty betont, dass die Zentrale schwach war.",
            {"pers_getty": "asserts"},
        ),
        (
            "Kaum ein Historiker bestreitet heute, dass Stalin die Listen unterschrieb.",
            {"Kaum ein Historiker": "disputes"},
        ),
        (
            "Getty vertritt die Auffassung, dass die anderen Regionen schwach waren.",
            {"pers_getty": "asserts"},
        ),
    ],
)
def test_german_reporting_constructions(sentence: str, claimants: dict[str, str]) -> None:
    assert _claimants(sentence) == claimants


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Conquest überschätzt die Zahl der Opfer.", "qualifies"),
        ("Getty unterschätzt die Rolle Stalins.", "qualifies"),
        ("Die Revisionisten unterschätzen die Rolle Stalins.", "qualifies"),
        ("Conquest übertrieb die Zahl der Opfer.", "qualifies"),
        ("Conquest überschätzte die Zahl der Opfer.", "qualifies"),
    ],
)
def test_german_weighing_too_much_or_too_little_is_a_view_the_author_keeps_from(
    sentence: str, author: str
) -> None:
    reading = read(sentence, "de")
    assert [f.stance for f in reading.found] == ["asserts"]
    assert reading.author == author

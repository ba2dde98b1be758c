"""French reporting constructions of a historiography of the Great Purge, written from the
language rather than from a document: verbs of saying, arguing, showing, estimating, denying
and conceding in the tenses and voices a literature review uses, with the claimant as subject,
agent, possessor, in an adjunct or as a pronoun or group, and the stance each gives; sentences
that attribute nothing beside them. Every sentence is made up for the tests."""

from __future__ import annotations

import pytest
from purge_scholars import claimants as _claimants_in
from purge_scholars import read


def _claimants(sentence: str) -> dict[str, str]:
    return _claimants_in(sentence, "fr")


@pytest.mark.parametrize(
    ("sentence", "claimants"),
    [
        ("Conquest affirme que la terreur fut planifiée d'en haut.", {"pers_conquest": "asserts"}),
        (
            "Conquest a affirmé que la terreur fut planifiée d'en haut.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Conquest avait déjà soutenu que la terreur était planifiée.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Getty montre que la purge de 1933 visait les membres passifs.",
            {"pers_getty": "asserts"},
        ),
        ("Getty a montré que la purge visait les membres passifs.", {"pers_getty": "asserts"}),
        (
            "Getty démontre que les chefs régionaux menaient les arrestations.",
            {"pers_getty": "asserts"},
        ),
        ("Medvedev estime le nombre des victimes à vingt millions.", {"pers_medvedev": "asserts"}),
        ("Getty nie que Staline ait organisé le meurtre de Kirov.", {"pers_getty": "disputes"}),
        (
            "Getty rejette l'idée que la terreur ait été planifiée dès le début.",
            {"pers_getty": "disputes"},
        ),
        (
            "Thurston doute que la peur fût répandue parmi les ouvriers.",
            {"pers_thurston": "disputes"},
        ),
        (
            "Rittersporn concède que le centre portait la responsabilité ultime.",
            {"pers_rittersporn": "qualifies"},
        ),
        (
            "Rittersporn reconnaît que le centre portait la responsabilité ultime.",
            {"pers_rittersporn": "qualifies"},
        ),
        (
            "Khlevniuk nuance le tableau révisionniste d'un centre chaotique.",
            {"pers_khlevniuk": "qualifies"},
        ),
        ("Getty ne nie pas que Staline ait approuvé les quotas.", {"pers_getty": "qualifies"}),
        (
            "Selon Getty, le centre perdit le contrôle des régions en 1937.",
            {"pers_getty": "asserts"},
        ),
        (
            "D'après Conquest, Staline dirigea chaque étape de la purge.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Pour Getty, la terreur naquit des tensions entre le centre et la périphérie.",
            {"pers_getty": "asserts"},
        ),
        (
            "Aux yeux de Rittersporn, le parti perdit le contrôle de ses organisations locales.",
            {"pers_rittersporn": "asserts"},
        ),
        (
            "La thèse de Getty selon laquelle la terreur naquit de conflits locaux est contestée.",
            {"pers_getty": "asserts"},
        ),
        (
            "L'idée de Conquest que la famine fut voulue repose sur des témoignages.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Les révisionnistes soutiennent que la terreur fut chaotique.",
            {"révisionnistes": "asserts"},
        ),
        ("Ces historiens rejettent l'idée d'un plan d'ensemble.", {"Ces historiens": "disputes"}),
        ("Il soutient que les secrétaires régionaux menaient les arrestations.", {"il": "asserts"}),
        (
            "Elle montre que les ouvriers saluaient souvent la purge de leurs directeurs.",
            {"elle": "asserts"},
        ),
        ("Conquest surestime le nombre des victimes.", {"pers_conquest": "asserts"}),
        ("Getty sous-estime le rôle de Staline.", {"pers_getty": "asserts"}),
        (
            "Comme l'a montré Khlevniuk, Staline signait lui-même les listes.",
            {"pers_khlevniuk": "asserts"},
        ),
        (
            "Comme le souligne Conquest, les archives confirment l'ampleur de la terreur.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Thurston fait remarquer que la plupart des ouvriers ne craignaient pas l'arrestation.",
            {"pers_thurston": "asserts"},
        ),
        (
            "Khlevniuk en conclut que la terreur était dirigée par le centre.",
            {"pers_khlevniuk": "asserts"},
        ),
        ("Getty remet en question la conclusion de Conquest.", {"pers_getty": "disputes"}),
        ("Getty remet en cause la conclusion de Conquest.", {"pers_getty": "disputes"}),
        (
            "Contrairement à Conquest, Getty voit la terreur comme un produit du chaos.",
            {"pers_conquest": "disputes", "pers_getty": "asserts"},
        ),
        (
            "À la différence de Conquest, Getty voit la terreur comme un produit du chaos.",
            {"pers_conquest": "disputes", "pers_getty": "asserts"},
        ),
        ("Getty est d'avis que les régions poussaient la terreur.", {"pers_getty": "asserts"}),
        (
            "Getty part du principe que les régions poussaient la terreur.",
            {"pers_getty": "asserts"},
        ),
        (
            "Il a été soutenu par Conquest que les procès furent mis en scène.",
            {"pers_conquest": "asserts"},
        ),
        ("L'idée d'une terreur planifiée a été contestée par Getty.", {"pers_getty": "disputes"}),
        ("Starkov soutenait que la purge de l'armée commença en 1936.", {"Starkov": "asserts"}),
        (
            "Les archives, selon Khlevniuk, montrent que Staline dirigeait la terreur.",
            {"pers_khlevniuk": "asserts"},
        ),
        (
            "Les archives, écrit Khlevniuk, montrent que Staline dirigeait la terreur.",
            {"pers_khlevniuk": "asserts"},
        ),
        (
            "Getty insiste sur le fait que la direction centrale était faible.",
            {"pers_getty": "asserts"},
        ),
        ("Conquest exagère le rôle de Staline.", {"pers_conquest": "asserts"}),
        ("Getty admet que Staline portait la responsabilité.", {"pers_getty": "qualifies"}),
        ("Getty conteste l'interprétation de Conquest.", {"pers_getty": "disputes"}),
        (
            "Getty critique la thèse de Conquest.",
            {"pers_getty": "disputes", "pers_conquest": "asserts"},
        ),
        ("Getty aurait affirmé que la direction était faible.", {"pers_getty": "asserts"}),
        ("Getty fait valoir que la direction était faible.", {"pers_getty": "asserts"}),
        ("Getty met en doute les chiffres de Conquest.", {"pers_getty": "disputes"}),
        ("Getty pense que la direction était faible.", {"pers_getty": "asserts"}),
        ("Getty suggérera que la direction était faible.", {"pers_getty": "asserts"}),
        ("Getty affirmera plus tard que la direction était faible.", {"pers_getty": "asserts"}),
        (
            "Getty s'oppose à la thèse de Conquest.",
            {"pers_getty": "disputes", "pers_conquest": "asserts"},
        ),
        ("Getty ne partage pas cette opinion.", {"pers_getty": "disputes"}),
        (
            "Getty partage les archives de Smolensk avec Conquest en vue de leur publication.",
            {},
        ),
        (
            "Khlevniuk remarque que cette caractérisation est trop forte.",
            {"pers_khlevniuk": "asserts"},
        ),
        ("Getty est sans doute le plus connu des révisionnistes.", {}),
        ("Getty juge que le centre était faible.", {"pers_getty": "asserts"}),
        ("Getty croit que le centre était faible.", {"pers_getty": "asserts"}),
        ("Getty ne croit pas que le centre était faible.", {"pers_getty": "disputes"}),
        ("Getty défend une position différente.", {"pers_getty": "disputes"}),
    ],
)
def test_french_reporting_constructions(sentence: str, claimants: dict[str, str]) -> None:
    assert _claimants(sentence) == claimants


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Conquest surestime le nombre des victimes.", "qualifies"),
        ("Conquest exagère le rôle de Staline.", "qualifies"),
        ("Les révisionnistes sous-estiment le rôle de Staline.", "qualifies"),
        ("Getty minimise le rôle de Staline.", "qualifies"),
        ("Conquest surestimait le nombre des victimes.", "qualifies"),
        ("Conquest a exagéré le rôle de Staline.", "qualifies"),
    ],
)
def test_french_weighing_too_much_or_too_little_is_a_view_the_author_keeps_from(
    sentence: str, author: str
) -> None:
    reading = read(sentence, "fr")
    assert [f.stance for f in reading.found] == ["asserts"]
    assert reading.author == author

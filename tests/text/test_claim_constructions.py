"""Stance and recall constructions beyond a reporting verb next to its subject, in Dutch,
English, German and French: the author's own stance, statement nouns, gerunds of saying,
hedges and the wider verb lists. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claims import sentences
from purgehist.formats.text.read import parse_text
from purgehist.model import ActorKind

KNOWN = {"getty": "pers_getty", "conquest": "pers_conquest", "weber": "pers_weber"}
NAMES = {"Orlov", "Chroesjtsjov", "Stalin"}


def _author(sentence: str, lang: str) -> str | None:
    return read_sentence(sentence, lang, KNOWN, names=NAMES).author


@pytest.mark.parametrize(
    ("sentence", "lang", "stance"),
    [
        ("Getty heeft gelijk dat de lijsten van onderop kwamen.", "nl", "asserts"),
        ("Getty is right that the lists came from below.", "en", "asserts"),
        ("Volgens Conquest, die zich hierin vergist, was alles gepland.", "nl", "disputes"),
        ("Getty was wrong: the lists came from the centre.", "en", "disputes"),
        ("I disagree with Getty, who argues that the lists came from below.", "en", "disputes"),
        ("Conquest argues convincingly that the terror was planned.", "en", "asserts"),
        ("According to Getty, research is primary, and I generally agree.", "en", "asserts"),
        ("According to Getty, research is primary; I do not fully agree.", "en", "disputes"),
        ("Laut Weber sind die Listen echt; ich stimme dem nicht zu.", "de", "disputes"),
        ("Laut Weber sind die Listen echt, und ich stimme ihm darin zu.", "de", "asserts"),
        ("Weber behauptet zu Recht, dass die Listen unvollständig waren.", "de", "asserts"),
        ("Laut Weber, der hier irrt, waren die Listen vollständig.", "de", "disputes"),
        ("Getty affirme à tort que les listes venaient d'en bas.", "fr", "disputes"),
        ("Selon Getty, qui a raison sur ce point, les listes venaient d'en bas.", "fr", "asserts"),
    ],
)
def test_the_wording_shows_the_authors_own_stance(sentence: str, lang: str, stance: str) -> None:
    assert _author(sentence, lang) == stance


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Toch blijven ze volgens Getty leunen op het idee van een plan.", "nl"),
        ("De zogenaamde samenzwering bestond volgens Conquest al in 1934.", "nl"),
        ("Scholars still cling to the idea, Getty argues, that Stalin planned it all.", "en"),
        ("Die angebliche Verschwörung war laut Weber schon 1934 geplant.", "de"),
        ("Le prétendu complot existait déjà en 1934 selon Conquest.", "fr"),
    ],
)
def test_distance_and_persistence_make_the_author_qualify(sentence: str, lang: str) -> None:
    assert _author(sentence, lang) == "qualifies"


def test_a_concessive_opening_sets_the_claim_against_the_author() -> None:
    dutch = "Toch zet Conquest die analyses opzij, omdat volgens hem alles vastlag."
    assert _author(dutch, "nl") == "disputes"
    assert _author("Nevertheless the plenum, according to Getty, ended in silence.", "en") == (
        "disputes"
    )
    assert _author("Dennoch war die Kampagne laut Weber ein Erfolg.", "de") == "disputes"
    assert _author("Pourtant la campagne fut, selon Getty, un échec.", "fr") == "disputes"


def test_a_concessive_before_the_claimants_own_verb_is_the_claimants_contrast() -> None:
    assert _author("Toch schrijft hij ook dat er al in 1938 oppositie was.", "nl") is None
    assert _author("Yet Getty argues that the plenum changed little.", "en") is None


def test_no_author_stance_without_an_attribution() -> None:
    assert _author("Toch bleef de partij ten onrechte zwijgen over de lijsten.", "nl") is None


def test_a_list_ending_in_etc_ends_its_sentence() -> None:
    text = "Er zijn studies over structuren, geopolitiek etc. Toch zet Conquest ze opzij."
    assert [text[a:b] for a, b in sentences(text)][-1] == "Toch zet Conquest ze opzij."
    assert len(list(sentences("Lenin, Trotski etc. werden genoemd."))) == 1


def _stances(sentence: str, lang: str) -> dict[str, str]:
    found = read_sentence(sentence, lang, KNOWN, names=NAMES).found
    return {f.claimant.actor or f.claimant.name: f.stance for f in found}


@pytest.mark.parametrize(
    ("sentence", "lang", "claimant"),
    [
        ("Getty’s stelling dat de lijsten van onderop kwamen, is omstreden.", "nl", "pers_getty"),
        ("De opvatting van Conquest is dat alles gepland was.", "nl", "pers_conquest"),
        ("Getty's main argument is that the centre lacked control.", "en", "pers_getty"),
        ("The interpretation of Conquest is that the plot was real.", "en", "pers_conquest"),
        ("Die These von Weber lautet, dass die Listen vollständig waren.", "de", "pers_weber"),
        ("La thèse de Getty est que les listes venaient d'en bas.", "fr", "pers_getty"),
    ],
)
def test_the_owner_of_a_statement_noun_asserts_it(sentence: str, lang: str, claimant: str) -> None:
    assert _stances(sentence, lang) == {claimant: "asserts"}


def test_a_speech_is_a_claim_only_when_what_it_says_follows() -> None:
    reported = (
        "Hij citeert uit Chroesjtsjov’s geheime toespraak waar Stalin Jezjov zou hebben aanbevolen."
    )
    assert _stances(reported, "nl") == {"hij": "asserts", "Chroesjtsjov": "asserts"}
    assert _stances("Chroesjtsjov’s geheime toespraak duurde vier uur.", "nl") == {}
    assert _stances("Stalin's speech at the plenum was long.", "en") == {}
    assert _stances("Stalin's speech claimed that the enemies were everywhere.", "en") == {
        "Stalin": "asserts"
    }


def test_a_possessive_that_is_no_statement_names_no_claimant() -> None:
    assert _stances("Volgens Stalin’s wensen werden de lijsten verlengd.", "nl") == {}
    assert _stances("Getty's archive work changed the field.", "en") == {}


def test_a_remark_on_a_scholars_view_without_its_content_is_no_claim() -> None:
    assert _stances("The interpretation of Conquest rests on émigré memoirs.", "en") == {}
    assert _stances("La thèse de Getty repose sur les archives régionales.", "fr") == {}
    assert _stances("Die Theorie von Weber ist weder formal noch empirisch begründet.", "de") == {}


@pytest.mark.parametrize(
    ("sentence", "lang", "claimant"),
    [
        ("In tegenstelling tot de opvatting van Getty was het centrum sterk.", "nl", "pers_getty"),
        ("Contrary to Conquest's claim, the lists were drawn up locally.", "en", "pers_conquest"),
        ("Entgegen der Ansicht von Weber ist die Betonung hier normal.", "de", "pers_weber"),
    ],
)
def test_a_contrast_with_a_scholars_view_disputes_it(
    sentence: str, lang: str, claimant: str
) -> None:
    reading = read_sentence(sentence, lang, KNOWN)
    assert [(f.claimant.actor, f.stance) for f in reading.found] == [(claimant, "disputes")]
    assert reading.author == "asserts"


@pytest.mark.parametrize(
    ("sentence", "lang", "stance"),
    [
        ("Conquest geeft de grenzen aan door te vermelden dat Stalin geen memoires naliet.", "nl",
         "asserts"),
        ("Getty begins by arguing that the centre was weak.", "en", "asserts"),
        ("Getty ends by denying that any plan existed.", "en", "disputes"),
        ("Getty conclut en soulignant que le centre était faible.", "fr", "asserts"),
    ],
)  # fmt: skip
def test_a_gerund_of_saying_takes_the_main_clauses_subject(
    sentence: str, lang: str, stance: str
) -> None:
    claimant = "pers_conquest" if "Conquest" in sentence else "pers_getty"
    assert _stances(sentence, lang)[claimant] == stance


def test_a_gerund_without_a_that_clause_or_after_a_preposition_is_not_a_claim() -> None:
    assert _stances("Het werk van Conquest begint door te schrijven over Kirov.", "nl") == {}
    assert _stances("Getty begins by writing about Kirov.", "en") == {}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Getty stelt gedeeltelijk dat het centrum zwak was.", "nl"),
        ("Conquest argues to some extent that the lists were real.", "en"),
        ("Weber behauptet teilweise, dass die Listen echt waren.", "de"),
        ("Getty affirme en partie que le centre était faible.", "fr"),
    ],
)
def test_a_hedged_assertion_qualifies(sentence: str, lang: str) -> None:
    assert set(_stances(sentence, lang).values()) == {"qualifies"}


@pytest.mark.parametrize(
    ("sentence", "lang", "stance"),
    [
        ("Getty trekt de cijfers van Conquest in twijfel.", "nl", "disputes"),
        ("Conquest plaatst kanttekeningen bij de archiefcijfers.", "nl", "qualifies"),
        ("Getty is het oneens met die lezing.", "nl", "disputes"),
        ("Getty points out that the lists were incomplete.", "en", "asserts"),
        ("Conquest takes issue with the archival figures.", "en", "disputes"),
        ("Weber weist diese Deutung zurück.", "de", "disputes"),
        ("Weber gesteht zu, dass die Zahlen unsicher sind.", "de", "qualifies"),
        ("Getty remet en cause les chiffres de Conquest.", "fr", "disputes"),
    ],
)
def test_separable_and_phrasal_verbs_give_their_stance(
    sentence: str, lang: str, stance: str
) -> None:
    claimant = (
        "pers_weber"
        if "Weber" in sentence.split()[0]
        else ("pers_getty" if sentence.startswith("Getty") else "pers_conquest")
    )
    assert _stances(sentence, lang)[claimant] == stance


def test_agreeing_with_a_scholar_makes_the_scholar_a_claimant() -> None:
    reading = read_sentence("I agree with Getty that the centre was weak.", "en", KNOWN)
    assert [(f.claimant.actor, f.stance) for f in reading.found] == [("pers_getty", "asserts")]
    assert reading.author == "asserts"


TOPIC = """\
Inleiding

Volgens Getty lag het initiatief bij de regio's. Stalin las de rapporten en Stalin tekende de
lijsten. Stalin liet ze terugsturen. A.A. Zhdanov stond volgens Getty achter het partijherstel.
Dit promootte hij boven zuiveringen. Hij vond eigenlijk dat heropvoeding beter werkte dan
uitzetting. Volgens hem was de partij daardoor sterker geworden.

Lokale leiders negeerden de toespraken over democratisering. Zo zeiden ze dat open verkiezingen
vijanden aan de macht zouden brengen.

Zhdanov aan het woord

Hij vond dat de verkiezingen door moesten gaan.

Bibliografie

Getty, J. Arch, Origins of the Great Purges (Cambridge 1985).
Stalin, Iosif, Stalin's Letters to Molotov (New Haven 1995).
Zhdanov, Andrej, Speeches (Moscow 1946).
"""


def test_a_subject_pronoun_continues_the_person_who_opened_the_sentence_before() -> None:
    dataset = parse_text(TOPIC).dataset
    names = {a.id: a.name for a in dataset.actors}
    claim = next(c for c in dataset.claims if (c.quote or c.text).startswith("Hij vond eigenlijk"))
    assert [names[a.actor] for a in claim.attributions] == ["Andrej Zhdanov"]
    assert claim.text.startswith("Zhdanov vond eigenlijk")
    assert claim.quote is not None
    assert claim.quote.startswith("Hij vond eigenlijk")
    # "volgens hem" is the scholar under discussion, not the figure the paragraph narrates
    later = next(c for c in dataset.claims if (c.quote or c.text).startswith("Volgens hem"))
    assert [names[a.actor] for a in later.attributions] == ["J. Arch Getty"]


def test_a_plural_pronoun_is_the_group_named_as_subject_before() -> None:
    dataset = parse_text(TOPIC).dataset
    claim = next(c for c in dataset.claims if (c.quote or c.text).startswith("Zo zeiden ze"))
    actor = next(a for a in dataset.actors if a.id == claim.attributions[0].actor)
    assert actor.kind is ActorKind.GROUP
    assert actor.name.casefold().endswith("leiders")
    assert actor.provenance is not None
    assert actor.provenance.line == 8


def test_a_pronoun_is_not_resolved_across_a_heading() -> None:
    dataset = parse_text(TOPIC).dataset
    assert not any(
        (c.quote or c.text).startswith("Hij vond dat de verkiezingen") for c in dataset.claims
    )


PAIR = """\
Inleiding

Getty en Naumov werkten samen in de archieven van Moskou. Ze stellen dat de lijsten uit de
regio's kwamen. Stalin tekende ze wel.

Bibliografie

Getty, J. Arch, Origins of the Great Purges (Cambridge 1985).
Naumov, Oleg, The Road to Terror (New Haven 1999).
"""


def test_a_plural_pronoun_after_two_names_gives_each_an_attribution() -> None:
    dataset = parse_text(PAIR).dataset
    names = {a.id: a.name for a in dataset.actors}
    claim = next(c for c in dataset.claims if (c.quote or c.text).startswith("Ze stellen"))
    assert sorted(names[a.actor] for a in claim.attributions) == ["J. Arch Getty", "Oleg Naumov"]
    assert claim.text.startswith("Getty en Naumov stellen dat")


@pytest.mark.parametrize(
    ("sentence", "lang", "claimant"),
    [
        ("In Getty's view, the centre never controlled the regions.", "en", "pers_getty"),
        ("Naar Conquest’s oordeel was de terreur vooraf gepland.", "nl", "pers_conquest"),
        ("Nach Webers Auffassung war die Betonung normal.", "de", "pers_weber"),
        ("Nach Weber ist die Betonung hier normal.", "de", "pers_weber"),
        ("Die Betonung ist hier normal, so Weber.", "de", "pers_weber"),
        ("In Conquest's words, the terror was a plan.", "en", "pers_conquest"),
        ("As Getty puts it, the centre was weak.", "en", "pers_getty"),
        ("Zoals Getty opmerkt, kwamen de lijsten uit de regio's.", "nl", "pers_getty"),
        ("Het is juist wat Conquest vaststelt: de lijsten waren lang.", "nl", "pers_conquest"),
    ],
)
def test_source_phrases_attribute_like_according_to(
    sentence: str, lang: str, claimant: str
) -> None:
    assert _stances(sentence, lang) == {claimant: "asserts"}


def test_nach_a_name_outside_the_bibliography_is_time_not_a_source() -> None:
    assert _stances("Nach Stalin kam Chruschtschow an die Macht.", "de") == {}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Getty zegt dat niet alles vooraf gepland was.", "nl"),
        ("Getty argues that not every list was signed.", "en"),
        ("Weber behauptet, nicht alle Listen seien unterschrieben.", "de"),
    ],
)
def test_a_negation_in_the_reported_clause_is_not_the_claimants(sentence: str, lang: str) -> None:
    assert set(_stances(sentence, lang).values()) == {"asserts"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Getty ontkent niet dat de regio's ook lijsten opstelden.", "nl"),
        ("Conquest does not deny that the regions drew up lists too.", "en"),
        ("Weber bestreitet nicht, dass die Regionen auch Listen erstellten.", "de"),
    ],
)
def test_a_negated_denial_concedes(sentence: str, lang: str) -> None:
    assert set(_stances(sentence, lang).values()) == {"qualifies"}


FIGURES = """\
Inleiding

Stalin las de rapporten. Stalin tekende de lijsten. Stalin ontving Jezjov elke week. Stalin
reisde zelden. Stalin sliep weinig. Stalin belde vaak in de nacht. Stalin las de notulen van
het Politburo. Stalin schreef in de kantlijn. Stalin liet Jezjov komen. Stalin koos de leden
van de commissie. Stalin las Lenin. Stalin rookte pijp. Stalin wandelde in de tuin. Volgens
Getty lag het initiatief bij de regio's. Stalin bekritiseerde de regionale leiders op het
plenum. Getty schrijft dat Stalin de oppositie bestreed. Stalin verklaarde dat de vijanden
overal zaten.

Bibliografie

Getty, J. Arch, Origins of the Great Purges (Cambridge 1985).
Stalin, Iosif, Stalin's Letters to Molotov (New Haven 1995).
"""


def test_a_figures_actions_are_no_claims_but_their_stated_views_are() -> None:
    claims = {
        (c.quote or c.text): [a.actor for a in c.attributions]
        for c in parse_text(FIGURES).dataset.claims
    }
    assert "Stalin bekritiseerde de regionale leiders op het plenum." not in claims
    # the dispute verb is Stalin's act inside Getty's clause, not a claim of Stalin's
    assert claims["Getty schrijft dat Stalin de oppositie bestreed."] == ["pers_getty"]
    assert claims["Stalin verklaarde dat de vijanden overal zaten."] == ["pers_stalin"]


CARRIED = """\
Inleiding

Volgens Getty lag het initiatief bij de regio's. Getty baseert zich op regionale archieven.

Hij stelt verder dat Moskou de lijsten vaak pas achteraf goedkeurde.

Moskou en de regio's

Hij schrijft ook dat de regio's elkaar beconcurreerden.

Bibliografie

Getty, J. Arch, Origins of the Great Purges (Cambridge 1985).
"""


def test_a_pronoun_opening_a_paragraph_is_the_scholar_before_unless_a_heading_intervenes() -> None:
    claims = {
        (c.quote or c.text): [a.actor for a in c.attributions]
        for c in parse_text(CARRIED).dataset.claims
    }
    assert claims["Hij stelt verder dat Moskou de lijsten vaak pas achteraf goedkeurde."] == [
        "pers_getty"
    ]
    assert not any(text.startswith("Hij schrijft ook") for text in claims)


@pytest.mark.parametrize(
    ("sentence", "lang", "claimant"),
    [
        ("Dat is omstreden, omdat bijvoorbeeld Getty het voorbeeld noemt waarin Stalin ingreep.",
         "nl", "pers_getty"),
        ("Die Lage ist unklar, weil Weber diese Deutung bestreitet.", "de", "pers_weber"),
    ],
)  # fmt: skip
def test_the_subject_of_a_verb_final_clause_stands_after_its_subordinator(
    sentence: str, lang: str, claimant: str
) -> None:
    assert claimant in _stances(sentence, lang)


def test_a_name_after_a_relative_pronoun_is_not_taken_for_the_subject() -> None:
    sentence = "Hij noemt enkele personen die Stalin op die manier zag: Kirov en Ordzjonikidze."
    assert "Stalin" not in _stances(sentence, "nl")


CITED = """\
Einleitung

Kallmeyer (2001) beschreibt die Grammatik. Kallmeyer (2003) erweitert sie um Bäume. Kallmeyer
(2005) wendet sie auf das Deutsche an. Kallmeyer (2007) testet sie an einem Korpus. Kallmeyer
(2009) fasst die Arbeiten zusammen. Kallmeyer (2010) zufolge erweist sich die Lösung als zu
strikt.

Literatur

Kallmeyer, Laura, Tree Grammars (Tübingen 2010).
"""


def test_a_scholar_cited_author_year_is_no_figure_of_the_period() -> None:
    claims = [c.quote or c.text for c in parse_text(CITED).dataset.claims]
    assert any(text.startswith("Kallmeyer (2010) zufolge") for text in claims)


FIRST = """\
Inleiding

De memoires van Aleksandr Orlov verschenen pas in 1953. Orlov was toen al lang gevlucht.

Volgens Orlov had Jezjov de lijsten zelf opgesteld.

Bibliografie

Getty, J. Arch, Origins of the Great Purges (Cambridge 1985).
"""


def test_a_claimant_outside_the_bibliography_has_the_provenance_of_the_first_mention() -> None:
    dataset = parse_text(FIRST).dataset
    orlov = next(a for a in dataset.actors if a.name.endswith("Orlov"))
    assert orlov.provenance is not None
    assert orlov.provenance.line == 3  # named there, claiming on line 5
    claim = next(c for c in dataset.claims if c.text.startswith("Volgens Orlov"))
    assert [a.actor for a in claim.attributions] == [orlov.id]


@pytest.mark.parametrize(
    ("sentence", "lang", "claimant"),
    [
        ("Getty, in other words, believed the lists to be genuine.", "en", "pers_getty"),
        ("Conquest, for his part, argued that the plot was real.", "en", "pers_conquest"),
        ("Getty seems to have suggested that the centre lacked control.", "en", "pers_getty"),
        ("Conquest had already claimed that the plot was real.", "en", "pers_conquest"),
        ("Schon Weber (1999) verweist auf zwei Ausnahmen dieser Regel.", "de", "pers_weber"),
    ],
)
def test_an_aside_or_an_auxiliary_between_subject_and_verb_keeps_the_subject(
    sentence: str, lang: str, claimant: str
) -> None:
    assert _stances(sentence, lang) == {claimant: "asserts"}


def test_a_name_in_the_aside_is_not_the_subject() -> None:
    assert _stances("Getty, unlike Conquest, argued that the lists were real.", "en") == {
        "pers_getty": "asserts",
        "pers_conquest": "disputes",
    }


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Not all historians agreed that the plot was real.", "en"),
        ("Not all Soviet historians were convinced that the lists were genuine.", "en"),
        ("Nicht alle Forscher nehmen an, dass die Listen echt sind.", "de"),
    ],
)
def test_not_all_of_a_group_disputes(sentence: str, lang: str) -> None:
    assert list(_stances(sentence, lang).values()) == ["disputes"]


def test_all_of_a_group_asserts() -> None:
    assert list(_stances("All historians agreed that the plot was real.", "en").values()) == [
        "asserts"
    ]


@pytest.mark.parametrize(
    ("sentence", "lang", "claimant"),
    [
        ("Getty regarded the plenum of 1937 as a turning point.", "en", "pers_getty"),
        ("Conquest identified the terror with Stalin's own plans.", "en", "pers_conquest"),
        ("Conquest imagined the purge as a single campaign.", "en", "pers_conquest"),
        ("Getty has also identified two waves of arrests in 1937.", "en", "pers_getty"),
        ("Innerhalb der Listen unterscheidet Weber zwei Arten von Opfern.", "de", "pers_weber"),
        ("Die Säuberung zählt Weber zur Geschichte der Partei.", "de", "pers_weber"),
        ("Den Kern der Listen sieht Weber darin, Gegner zu erfassen.", "de", "pers_weber"),
        ("Neben solchen Listen nimmt Weber auch geheime Befehle an.", "de", "pers_weber"),
    ],
)
def test_verbs_of_classing_and_distinguishing_attribute(
    sentence: str, lang: str, claimant: str
) -> None:
    assert _stances(sentence, lang) == {claimant: "asserts"}


def test_a_passive_of_regarding_has_no_claimant() -> None:
    assert _stances("Getty was regarded as a revisionist by many.", "en") == {}
    assert _stances("Stalin was considered a trustworthy ally at the time.", "en") == {}


def test_nach_ansicht_der_autorin_is_a_source_phrase() -> None:
    found = read_sentence(
        "Die Listen sind nach Ansicht der Autorin unvollständig.", "de", KNOWN
    ).found
    assert [(f.claimant.kind, f.claimant.name, f.cue) for f in found] == [
        ("pronoun", "autorin", "nach ansicht der")
    ]


EXAMPLES = """\
Einleitung

Weber (1999) nimmt drei Klassen von Partikeln an. Die Klassen zeigt das folgende Beispiel.

(4)   Klassen nach Weber (1999: 91) a. denn, doch b. nun, wohl

Weber (1999: 91) Auf der Basis dieser Klassen werden Abfolgen bestimmt.

(5)   Er kommt ja doch.                                         Weber (1999: 93)
Nach dem Beispiel drückt der Sprecher Weber zufolge aus, dass er etwas weiß.

Literatur

Weber, Anna, Partikeln (Tübingen 1999).
"""


def test_a_numbered_example_and_the_source_line_under_it_are_no_claims() -> None:
    claims = [c.quote or c.text for c in parse_text(EXAMPLES).dataset.claims]
    assert claims == [
        "Weber (1999) nimmt drei Klassen von Partikeln an.",
        "Nach dem Beispiel drückt der Sprecher Weber zufolge aus, dass er etwas weiß.",
    ]


def test_an_owner_inside_the_reported_clause_is_no_claimant() -> None:
    sentence = "Conquest argued that Getty's account of the plenum was mistaken."
    assert _stances(sentence, "en") == {"pers_conquest": "asserts"}


def test_a_speech_gives_a_claim_only_with_a_that_clause_right_after_it() -> None:
    far = "Orlov's testimony was long, and later historians doubted that it was true."
    assert "Orlov" not in _stances(far, "en")
    near = "Orlov's testimony in 1953 was that Jezjov wrote the lists."
    assert _stances(near, "en") == {"Orlov": "asserts"}


POSSESSIVE = """\
Introduction

Dio’s view of the dialects was shared by many. According to Dio, the mixture was deliberate.

Bibliography

Getty, J. Arch, Origins of the Great Purges (Cambridge 1985).
"""


def test_a_name_the_text_writes_as_a_possessive_can_be_a_claimant() -> None:
    dataset = parse_text(POSSESSIVE).dataset
    claim = next(c for c in dataset.claims if c.text.startswith("According to Dio"))
    names = {a.id: a.name for a in dataset.actors}
    assert [names[a.actor] for a in claim.attributions] == ["Dio"]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Getty argued, oddly, that the plenum changed nothing.", "qualifies"),
        ("Conquest claimed on unclear grounds that the plot was real.", "qualifies"),
        ("Getty claimed the lists were genuine, a claim not further substantiated.", "qualifies"),
        ("Conquest offered a vague account, as he claimed that all was planned.", "qualifies"),
        ("Getty also noticed that the lists were incomplete.", "asserts"),
        ("Conquest pointed out that the archives were closed.", "asserts"),
    ],
)
def test_english_evaluative_words_show_the_authors_stance(sentence: str, stance: str) -> None:
    assert _author(sentence, "en") == stance


def test_no_evaluative_word_no_author_stance() -> None:
    assert _author("Getty claimed that the lists were genuine.", "en") is None


def test_a_reflexive_verb_reports_nothing() -> None:
    assert _stances("Die Ansätze unterscheiden sich in ihren Klassen voneinander.", "de") == {}
    assert _stances("Weber unterscheidet sich darin von den älteren Ansätzen.", "de") == {}
    assert _stances("Weber unterscheidet zwei Klassen von Partikeln.", "de") == {
        "pers_weber": "asserts"
    }


VAGUE = """\
Introduction

Conquest (1968) argued that the terror was planned. Still others suggested a mixed answer,
stating that both the centre and the regions acted (e.g. Orlov 1953: 2; Getty 1985: 84). One
émigré author assumed that the lists came from Moscow (Orlov 1953: 7). Some Soviet historians
claimed that the plenum decided it all (Conquest 1968: 12).

Bibliography

Getty, J. Arch, Origins of the Great Purges (Cambridge 1985).
Conquest, Robert, The Great Terror (London 1968).
"""


def _claimants(text: str) -> dict[str, list[str]]:
    dataset = parse_text(text).dataset
    names = {a.id: a.name for a in dataset.actors}
    return {
        (c.quote or c.text)[:12]: [names[a.actor] for a in c.attributions] for c in dataset.claims
    }


def test_a_vague_claimant_is_the_scholars_the_sentence_cites() -> None:
    found = _claimants(VAGUE)
    assert sorted(n.split()[-1] for n in found["Still others"]) == ["Getty", "Orlov"]
    assert [n.split()[-1] for n in found["One émigré a"]] == ["Orlov"]


def test_a_named_group_keeps_its_label_despite_a_citation() -> None:
    assert _claimants(VAGUE)["Some Soviet "] == ["Some Soviet historians"]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Weber zieht sogar in Erwägung, die Listen als Fälschung einzustufen.", "qualifies"),
        ("Die Hypothese 2 von Weber besagt, dass die Listen echt sind.", "asserts"),
    ],
)
def test_german_hedges_and_numbered_hypotheses(sentence: str, stance: str) -> None:
    assert _stances(sentence, "de") == {"pers_weber": stance}


BRACKETED = """\
Einleitung

Kallmeyer (2001) nimmt an, dass die Listen gefälscht sind.

Weber (1999) nimmt an, dass die Listen echt sind. Die Listen wurden 1937 erstellt (vgl. auch
Kallmeyer 2001: 12). Nach Ansicht der Autorin waren sie vollständig.

Literatur

Weber, Anna, Listen (Tübingen 1999).
Kallmeyer, Laura, Bäume (Tübingen 2001).
"""


def test_a_scholar_cited_in_brackets_does_not_become_the_one_discussed() -> None:
    dataset = parse_text(BRACKETED).dataset
    names = {a.id: a.name for a in dataset.actors}
    claim = next(c for c in dataset.claims if c.text.startswith("Nach Ansicht"))
    assert [names[a.actor] for a in claim.attributions] == ["Anna Weber"]


def test_after_a_possessive_determiner_the_of_phrase_is_the_object() -> None:
    sentence = "In 1990 he gave his interpretation of Conquest as follows: all was planned."
    assert "pers_conquest" not in _stances(sentence, "en")
    assert _stances("The interpretation of Conquest is that all was planned.", "en") == {
        "pers_conquest": "asserts"
    }


SIE = """\
Einleitung

Anders als die älteren Ansätze nimmt Weber (1999) an, dass die Listen echt sind. Sie macht
die Beobachtung, dass die Listen vollständig sind.

Viele Forscher bezweifeln, dass die Listen echt sind. Sie nehmen an, dass sie gefälscht
wurden.

Literatur

Weber, Anna, Listen (Tübingen 1999).
"""


def test_german_sie_with_a_singular_verb_is_she_not_they() -> None:
    found = _claimants(SIE)
    assert found["Sie macht di"] == ["Anna Weber"]
    assert found["Sie nehmen a"] == ["Viele Forscher"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Scholars have argued for years about the origins of the lists.", "en"),
        ("Historians have disagreed for decades about the scale of the purge.", "en"),
        ("Weber und Getty argumentieren seit Jahren über die Herkunft der Listen.", "de"),
        ("Getty betoogt al jaren over de lijsten.", "nl"),
    ],
)
def test_a_verb_with_only_a_topic_reports_a_debate_not_a_claim(sentence: str, lang: str) -> None:
    assert _stances(sentence, lang) == {}


def test_a_topic_before_a_that_clause_keeps_the_claim() -> None:
    dutch = "Getty zegt over de lijsten dat ze van onderop kwamen."
    english = "Getty argued about the lists that they came from below."
    assert _stances(dutch, "nl") == {"pers_getty": "asserts"}
    assert _stances(english, "en") == {"pers_getty": "asserts"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the particle closes a long middle field
        "Aus den älteren Listen leitet Weber (1999) für die Bezirke der Region zusätzlich "
        "eine Reihe von geplanten Verhaftungen in den Kreisen ab.",
        # the verb hyphenated at a line break
        "Aus den Listen lei- tet Weber ab, dass die Verhaftungen geplant waren.",
        "Weber buchstabiert diese Annahme für die Bezirke der Region aus.",
    ],
)
def test_a_german_particle_verb_reports_however_far_its_particle(sentence: str) -> None:
    assert _stances(sentence, "de") == {"pers_weber": "asserts"}


def test_a_particle_in_another_clause_does_not_complete_the_verb() -> None:
    sentence = (
        "Weber leitet die Abteilung für die Bezirke der Region seit dem Jahr 1999 mit großer "
        "Umsicht, und die Listen gleicht sie jeden Monat mit den Akten ab."
    )
    assert _stances(sentence, "de") == {}
    assert _stances("Weber leitet seit 1999 das Archiv der Region.", "de") == {}


def test_a_suspended_hyphen_before_a_conjunction_stays() -> None:
    # "Satz- und": the hyphen stands for a shared second part, not a line break
    assert _stances("Weber behandelt Satz- und Wortebene getrennt.", "de") == {}
    assert _stances("Weber unter- scheidet zwei Klassen von Partikeln.", "de") == {
        "pers_weber": "asserts"
    }


HYPOTHESES = """\
Einleitung

Weber (1999) stellt drei Hypothesen zu den Listen auf. Hypothese 2 besagt, dass die Listen aus
den Bezirken kamen. Hypothese 3 wird im nächsten Abschnitt geprüft. Die Listen stützen nach
Hypothese 1 die These von der Planung.

Literatur

Weber, Anna, Listen (Tübingen 1999).
"""


def test_a_numbered_hypothesis_opening_a_sentence_is_the_discussed_scholars() -> None:
    found = _claimants(HYPOTHESES)
    assert found["Hypothese 2 "] == ["Anna Weber"]
    assert "Hypothese 3 " not in found  # no content follows it
    assert "Die Listen s" not in found  # not the sentence's subject


@pytest.mark.parametrize(
    ("sentence", "lang", "who"),
    [
        ("The historian Getty (born 1950), writing long after the events, argued that the "
         "lists came from below.", "en", "pers_getty"),
        ("Getty, a critic of the older school, argued that the lists came from below.", "en",
         "pers_getty"),
        ("Der Historiker Weber aus Tübingen, seit Jahren mit den Akten vertraut, nimmt an, "
         "dass die Listen echt sind.", "de", "pers_weber"),
    ],
)  # fmt: skip
def test_a_subject_before_an_apposition_reports(sentence: str, lang: str, who: str) -> None:
    assert _stances(sentence, lang) == {who: "asserts"}


def test_an_opening_phrase_between_commas_is_no_subject() -> None:
    english = "Like Getty, the young archivist argued that the lists were real."
    assert _stances(english, "en") == {}
    numbers = "Three Soviet lists were printed, among them two forged, claimed to be real."
    assert _stances(numbers, "en") == {}


def test_a_group_subject_reports_across_an_aside() -> None:
    found = read_sentence("Most historians did, however, agree that it was planned.", "en", {})
    assert [(f.claimant.name, f.stance) for f in found.found] == [("Most historians", "asserts")]
    # a group in the clause before a comma is not the aside's subject
    other = "The lists of the historians were lost in 1941, so Getty argued that it was planned."
    assert _stances(other, "en") == {"pers_getty": "asserts"}


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("This leads her to conclude that the lists came from below.", ("pronoun", "she")),
        ("The archive led Getty to argue that the lists came from below.", ("known", "Getty")),
        ("Getty (1985) is one of the few scholars to have already argued that the lists came "
         "from below.", ("known", "Getty")),
        ("Conquest was one of the first historians to claim that the terror was planned.",
         ("known", "Conquest")),
    ],
)  # fmt: skip
def test_the_subject_of_an_infinitive_of_saying_is_its_controller(
    sentence: str, claimant: tuple[str, str]
) -> None:
    found = read_sentence(sentence, "en", KNOWN, names=NAMES).found
    assert [(f.claimant.kind, f.claimant.name) for f in found] == [claimant]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Furthermore, although Getty is right to stress the local lists, he follows the "
         "dominant line on the centre.", "qualifies"),
        ("Although Getty rightly notes that the lists were local, he ignores the centre.",
         "qualifies"),
        ("Although the archive is small, Getty rightly notes that the lists were local.",
         "asserts"),
        ("Getty is right to stress that the lists were local.", "asserts"),
    ],
)  # fmt: skip
def test_agreement_inside_an_opening_concession_is_a_qualification(
    sentence: str, stance: str
) -> None:
    assert _author(sentence, "en") == stance

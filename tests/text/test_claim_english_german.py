"""English and German constructions met in histories of linguistics: gerunds and coordinated
verbs that take the sentence's subject, statements the author weighs, verbs that need their
content, block quotations, roles made definite, citations that continue or add a claimant, the
German Konjunktiv I before a pronoun and *others* after a group. The sentences are made up for
the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claim_continuation import continues
from purgehist.formats.text.claim_findings import finding, ibid_account
from purgehist.formats.text.claims import sentences
from purgehist.formats.text.read import parse_text
from purgehist.model import Dataset

KNOWN = {"getty": "pers_getty", "conquest": "pers_conquest", "weber": "pers_weber"}
NAMES = {"Orlov", "Homer", "Lindqvist"}


def _stances(sentence: str, lang: str) -> dict[str, str]:
    found = read_sentence(sentence, lang, KNOWN, names=NAMES).found
    return {f.claimant.actor or f.claimant.name: f.stance for f in found}


@pytest.mark.parametrize(
    ("sentence", "claimant", "stance"),
    [
        ("Orlov was, however, unusual in arguing that the epic was written in one dialect.",
         "Orlov", "asserts"),
        ("Some grammarians took the idea further by claiming that a poet could mix five dialects.",
         "Some grammarians", "asserts"),
        ("In doing so, Getty made the region the centre of the story and rejected the idea that "
         "Moscow planned it.", "pers_getty", "disputes"),
        ("Later, several eighteenth-century scholars broke away from the older views of Orlov.",
         "scholars", "disputes"),
        ("Historians today usually distinguish between the plenum of 1937 and the earlier ones.",
         "Historians", "asserts"),
        ("Modern linguists have demonstrated that the epic language is mainly Ionic.",
         "Modern linguists", "asserts"),
        ("Still, many translators speak ill of machine translation.", "many translators",
         "asserts"),
    ],
)  # fmt: skip
def test_english_subjects_of_gerunds_coordinated_and_phrasal_verbs(
    sentence: str, claimant: str, stance: str
) -> None:
    assert _stances(sentence, "en") == {claimant: stance}


def test_not_only_adds_and_does_not_deny() -> None:
    sentence = "In fact, Orlov did not only regard the epic as mixed, but also the hymns."
    assert _stances(sentence, "en") == {"Orlov": "asserts"}
    assert _stances("Orlov did not regard the epic as mixed.", "en") == {"Orlov": "disputes"}


def test_hold_and_formulieren_need_what_is_held() -> None:
    assert _stances("He taught in Leiden, where Orlov held the Greek chair.", "en") == {}
    assert _stances("Orlov held that the epic was mixed.", "en") == {"Orlov": "asserts"}
    assert _stances("Weber formuliert eine Reihe von Generalisierungen.", "de") == {}
    assert _stances("Weber formuliert die These, dass die Listen echt sind.", "de") == {
        "pers_weber": "asserts"
    }
    assert _stances("Weber führt selbst keine Beispiele dafür an.", "de") == {}
    assert _stances("Weber führt an, dass die Partikel unbetont bleibt.", "de") == {
        "pers_weber": "asserts"
    }
    sentence = "Als Beleg führt Weber (1999: 12) an, dass die Partikel im Mittelfeld steht."
    assert _stances(sentence, "de") == {"pers_weber": "asserts"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Orlov subsequently concluded:", "en"),
        ("A teacher of Greek, Orlov read the epic with pupils, to whom he explained that", "en"),
        ("Auf diese Weise sieht Weber (1999: 118) die Möglichkeit, beide Ansätze zu vereinen:",
         "de"),
    ],
)  # fmt: skip
def test_a_verb_whose_content_is_only_in_a_block_quotation_reports_nothing(
    sentence: str, lang: str
) -> None:
    assert _stances(sentence, lang) == {}


def test_a_particle_verb_with_its_object_before_a_colon_still_reports() -> None:
    sentence = "Weber (1999: 31) nimmt die folgenden drei Klassen an:"
    assert _stances(sentence, "de") == {"pers_weber": "asserts"}


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Webers Hypothese 2 bestätigt sich bei den Listen, wenn man annimmt, dass sie "
         "regional entstanden.", "asserts"),
        ("Geht man davon aus, ist Webers Überlegung nachvollziehbar, wenn man sie derart liest, "
         "dass die Listen spät entstanden.", "qualifies"),
    ],
)  # fmt: skip
def test_a_statement_the_author_weighs_is_its_owners(sentence: str, author: str) -> None:
    reading = read_sentence(sentence, "de", KNOWN)
    assert [(f.claimant.actor, f.stance) for f in reading.found] == [("pers_weber", "asserts")]
    assert reading.author == author


def test_the_author_weighs_a_statement_only_in_its_own_clause() -> None:
    assert _stances("Webers Ansicht ist zu Recht verbreitet.", "de") == {"pers_weber": "asserts"}
    sentence = "Die Ansicht von Weber wird oft zitiert, betont Getty zu Recht."
    assert _stances(sentence, "de") == {"pers_getty": "asserts"}


def test_an_insistence_on_an_idea_is_a_statement() -> None:
    sentence = "The preface may reflect Orlov’s insistence on the idea that the poet travelled."
    assert _stances(sentence, "en") == {"Orlov": "asserts"}


def test_the_subject_of_a_reported_clause_is_no_claimant() -> None:
    sentence = "Orlov (1953: 22) argued that Homer wrote in an old dialect that had no name."
    assert _stances(sentence, "en") == {"Orlov": "asserts"}


def test_english_takes_no_subject_after_the_verb() -> None:
    sentence = "Later scholars simply classified Homer as one of the poets of the mixed dialect."
    assert _stances(sentence, "en") == {"scholars": "asserts"}


def _claims(dataset: Dataset) -> dict[str, list[tuple[str, str]]]:
    names = {a.id: a.name for a in dataset.actors}
    return {
        (c.quote or c.text)[:20]: [(names[a.actor], a.stance.value) for a in c.attributions]
        for c in dataset.claims
    }


def _read(text: str) -> set[str]:
    """The first 20 characters of each sentence the paragraphs of *text* split into: a
    negative check on a claim key means something only if its sentence was read."""
    out = set()
    for para in text.split("\n\n"):
        joined = " ".join(para.split())
        out |= {joined[start:end].strip()[:20] for start, end in sentences(joined)}
    return out


GREEK = """\
Introduction

Orlov (1953) argued that the epic was written in a mixed dialect. In a later edition,
Lindqvist changed the attribution to another author. Like Orlov, the Swedish printer-scholar
claimed that the epic was mixed (Lindqvist 1961: 4). According to the biographer, the poet
had travelled widely. A large number of scholars assumed that Ionic prevailed, whereas others
proposed that Attic did.

A teacher of Greek, Orlov read the epic with his pupils, to whom he explained that

        all the tongues of the Greeks were in it, so that each tribe found its own words.
        Yet he does not reject common words either.

Orlov also wrote a grammar. He claimed that the apostles wrote for all peoples. The
apostles wanted to reach every nation in its own dialect (Orlov 1953: 143).

Bibliography

Orlov, Ivan, The Epic Dialects (Uppsala 1953).
Lindqvist, Per, Printing Homer (Lund 1961).
"""


def test_a_role_made_definite_is_the_scholar_the_sentence_cites() -> None:
    claims = _claims(parse_text(GREEK).dataset)
    assert claims["Like Orlov, the Swed"] == [("Per Lindqvist", "asserts")]
    assert "According to the bio" in _read(GREEK)
    assert "According to the bio" not in claims  # no citation: no one for sure


def test_others_after_a_group_are_more_of_that_group() -> None:
    claims = _claims(parse_text(GREEK).dataset)
    assert [n for n, _ in claims["A large number of sc"]] == ["scholars", "other scholars"]


def test_a_block_quotation_ends_its_sentence_and_gives_no_claims() -> None:
    dataset = parse_text(GREEK).dataset
    claims = _claims(dataset)
    assert "A teacher of Greek, " in _read(GREEK)
    assert "A teacher of Greek, " not in claims
    assert not any("explained" in (c.quote or c.text) for c in dataset.claims)
    assert not any(text.startswith("Yet he") for text in claims)


def test_a_sentence_citing_the_claimant_before_goes_on_with_the_claim() -> None:
    claims = _claims(parse_text(GREEK).dataset)
    assert claims["The apostles wanted "] == [("Ivan Orlov", "asserts")]


def test_a_citation_continues_no_sentence_about_the_scholar_himself() -> None:
    text = GREEK.replace("The\napostles wanted", "He\nwanted")
    assert "He wanted to reach e" not in _claims(parse_text(text).dataset)


DAHL = """\
Einleitung

Weber (1999) nimmt an, dass die Partikeln geordnet sind. Hypothese 1 besagt, dass die
unspezifischste Partikel vorne steht (vgl. dazu auch schon Kallmeyer 1988: 225). Die Partikel
denn zeigt nach Ansicht der Autorin an, dass die Frage an den Kontext anknüpft.

Bei der Partikel JA nimmt Weber an, dass sie in Imperativsätzen steht. In diesem Kontext
verstärke sie den Willen des Sprechers. Danach sagte er nichts mehr.

Literatur

Weber, Anna, Partikeln (Tübingen 1999).
Kallmeyer, Laura, Fragen (Tübingen 1988).
"""


def test_a_scholar_cited_as_having_said_it_already_asserts_it_too() -> None:
    claims = _claims(parse_text(DAHL).dataset)
    assert claims["Hypothese 1 besagt, "] == [
        ("Anna Weber", "asserts"),
        ("Laura Kallmeyer", "asserts"),
    ]
    # and does not become the scholar the text goes on to discuss
    assert claims["Die Partikel denn ze"] == [("Anna Weber", "asserts")]


def test_a_citation_closing_its_bracket_is_read_too() -> None:
    text = DAHL.replace("(vgl. dazu auch schon Kallmeyer 1988: 225)", "(vgl. schon Kallmeyer 1988)")
    claims = _claims(parse_text(text).dataset)
    assert claims["Hypothese 1 besagt, "] == [
        ("Anna Weber", "asserts"),
        ("Laura Kallmeyer", "asserts"),
    ]


def test_the_konjunktiv_before_a_pronoun_continues_the_account() -> None:
    claims = _claims(parse_text(DAHL).dataset)
    assert claims["In diesem Kontext ve"] == [("Anna Weber", "asserts")]
    assert "Danach sagte er nich" in _read(DAHL)
    assert not any(text.startswith("Danach sagte") for text in claims)  # a past tense in -te


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In diesem Kontext verstärke sie die Frage nach dem Grund.", True),
        ("Wenn die Partikel betont ist, verstärke sie die Frage.", True),
        ("Im Korpus zeigen diese sie begleitenden Partikeln eine klare Funktion.", False),
        ("Im Dialog stehen ohne sie nur die Fragen der Lehrerin.", False),
        ("Im Korpus zeigen die Belege aus dem Dialog typische sie begleitende Partikeln.", False),
    ],
)
def test_the_konjunktiv_before_a_pronoun_is_a_verb_inverted_after_a_constituent(
    sentence: str, expected: bool
) -> None:
    assert continues(sentence, "de") is expected


HYPHEN = """\
Introduction

Pseudo-Orlov’s account was widely read. Pseudo-Orlov (1601) argued that the epic was mixed.
He also noticed archaisms in it. The rhetorician Gregory of Corinth, active much later,
suggested that the poet used Ionic.

Bibliography

Getty, J. Arch, Origins (Cambridge 1985).
"""


def test_hyphenated_names_and_names_before_an_origin_are_claimants() -> None:
    claims = _claims(parse_text(HYPHEN).dataset)
    assert claims["He also noticed arch"] == [
        ("Pseudo-Orlov", "asserts"),
        ("the author of the document", "asserts"),
    ]
    assert claims["The rhetorician Greg"] == [("Gregory", "asserts")]


def test_the_scholar_followed_in_saying_it_and_a_view_attributed_to_someone_hold_it() -> None:
    sentence = "Many scholars assumed that Ionic prevailed, whereas others followed Orlov in "
    sentence += "proposing that Attic did."
    assert _stances(sentence, "en") == {
        "Many scholars": "asserts",
        "others": "asserts",
        "Orlov": "asserts",
    }
    sentence = "Getty rejected the idea attributed to Orlov that the poet travelled."
    assert _stances(sentence, "en") == {"pers_getty": "disputes", "Orlov": "asserts"}
    assert _stances("The epic was long attributed to Orlov by the printers.", "en") == {}


NOUNS_BEFORE_VON = """\
Die Modalpartikeln im Deutschen

Die Analyse von Satztypen ist alt. Die Analyse zeigt, dass die Partikeln im Mittelfeld stehen. \
Die Deutung von Weber ist, dass sie unbetont bleiben.

Literatur

Weber, Anna. 1999. Partikeln und Satztypen. Berlin: de Gruyter.
"""


def test_a_noun_before_von_or_after_an_article_is_no_name() -> None:
    dataset = parse_text(NOUNS_BEFORE_VON).dataset
    claims = _claims(dataset)
    assert "Die Analyse zeigt, d" not in claims
    assert claims["Die Deutung von Webe"] == [("Anna Weber", "asserts")]
    text = HYPHEN.replace(
        "Introduction\n",
        "Introduction\n\nThe University of Chicago claimed that the grammar was printed in Venice.",
    )
    dataset = parse_text(text).dataset
    claims = _claims(dataset)
    assert "The University of Ch" not in claims
    assert claims["The rhetorician Greg"] == [("Gregory", "asserts")]
    assert {a.name for a in dataset.actors}.isdisjoint({"Analyse", "Satztypen", "University"})


AGENTLESS = """\
Introduction

Orlov (1953) devoted a chapter to the dialects of the epic. He listed three Doric features,
among them a short vowel, claimed to be typical of that dialect. Three Ionic features were
described as well. Historians today usually distinguish between two layers of the text. Both
are, however, usually considered to have one origin. The epic was considered a model.

Bibliography

Orlov, Ivan, The Epic Dialects (Uppsala 1953).
"""


def test_an_agentless_reporting_passive_reports_the_view_of_the_one_just_named() -> None:
    claims = _claims(parse_text(AGENTLESS).dataset)
    assert claims["He listed three Dori"] == [("Ivan Orlov", "asserts")]
    assert claims["Both are, however, u"] == [("Historians", "asserts")]
    assert "The epic was conside" in _read(AGENTLESS)
    assert not any(text.startswith("The epic was conside") for text in claims)


def test_the_english_agentless_passive_is_not_read_in_german() -> None:
    sentence = "Der englische Ausdruck thought to have dient hier als Vergleich."
    text = DAHL.replace("Danach sagte er nichts mehr.", sentence)
    assert "Der englische Ausdru" in _read(text)
    assert "Der englische Ausdru" not in _claims(parse_text(text).dataset)


@pytest.mark.parametrize(
    ("sentence", "lang", "claimant"),
    [
        ("Wie Weber (1999: 12) zeigt, sind die Listen unvollständig.", "de", "pers_weber"),
        ("Die Listen waren regional, wie Weber schreibt.", "de", "pers_weber"),
        ("The lists, as Getty notes, were drawn up in the regions.", "en", "pers_getty"),
    ],
)
def test_a_clause_of_manner_makes_the_sentence_the_scholars(
    sentence: str, lang: str, claimant: str
) -> None:
    assert _stances(sentence, lang) == {claimant: "asserts"}


def test_words_with_sharp_s_are_read_as_casefolded() -> None:
    assert _stances("Gemäß Weber waren die Listen echt.", "de") == {"pers_weber": "asserts"}
    sentence = "Weber behauptet in gewissem Maße, dass die Listen echt sind."
    assert _stances(sentence, "de") == {"pers_weber": "qualifies"}


@pytest.mark.parametrize(
    ("sentence", "lang", "stances"),
    [
        ("Die meisten Autoren gehen davon aus, dass Weber recht hat.", "de",
         {"meisten Autoren": "asserts"}),
        ("Getty considered the lists as regional products.", "en", {"pers_getty": "asserts"}),
        ("Getty was not convinced that the lists were central.", "en",
         {"pers_getty": "disputes"}),
    ],
)  # fmt: skip
def test_protocol_verbs_of_holding_and_rejecting(
    sentence: str, lang: str, stances: dict[str, str]
) -> None:
    assert _stances(sentence, lang) == stances


@pytest.mark.parametrize(
    ("sentence", "lang", "claimant"),
    [
        ("In Weber (1999: 15) werden die zulässigen Abfolgen der Partikeln angegeben.", "de",
         "pers_weber"),
        ("In Getty (1985) it is argued that the lists were regional.", "en", "pers_getty"),
    ],
)  # fmt: skip
def test_a_work_opening_the_sentence_holds_what_its_passive_reports(
    sentence: str, lang: str, claimant: str
) -> None:
    assert _stances(sentence, lang) == {claimant: "asserts"}


def test_a_work_opening_the_sentence_without_such_a_passive_reports_nothing() -> None:
    assert _stances("In Weber (1999) findet sich der erste Vorschlag einer Klasse.", "de") == {}
    assert _stances("An account of the rules in Orlov’s speech closes the book.", "en") == {}


def test_a_passive_agent_after_a_long_complement_and_capitalised_modifiers() -> None:
    sentence = "It was characterized as the language of sailors by some Latin and Greek "
    sentence += "Early Christian authors."
    assert _stances(sentence, "en") == {"Early Christian authors": "asserts"}


def test_u_a_and_et_al_do_not_end_a_sentence() -> None:
    text = "In Weber u. a. (1997: 15) werden die Abfolgen angegeben. Danach kommt Getty."
    assert len(list(sentences(text))) == 2
    assert len(list(sentences("Orlov et al. (1953) argued that it was mixed."))) == 1


@pytest.mark.parametrize(
    ("sentence", "lang", "pronoun"),
    [
        ("In his view, the lists were drawn up in the regions.", "en", "he"),
        ("In their opinion, the poet mixed the dialects.", "en", "they"),
        ("Seiner Ansicht nach ist halt eine Variante von eben.", "de", "er"),
        ("Nach ihrer Auffassung steht denn immer vorne.", "de", "sie"),
    ],
)
def test_a_view_owned_by_a_pronoun_is_the_sentences_source(
    sentence: str, lang: str, pronoun: str
) -> None:
    found = read_sentence(sentence, lang, KNOWN).found
    assert [(f.claimant.kind, f.claimant.name, f.stance) for f in found] == [
        ("pronoun", pronoun, "asserts")
    ]


@pytest.mark.parametrize(
    ("sentence", "lang", "stance"),
    [
        ("Weber ist der Ansicht, dass die Listen echt sind.", "de", "asserts"),
        ("Weber bezeichnet halt als Modalpartikel.", "de", "asserts"),
        ("Weber legt dar, dass die Listen echt sind.", "de", "asserts"),
        ("Weber kommt zu dem Schluss, dass die Listen echt sind.", "de", "asserts"),
        ("Getty described the lists as regional products.", "en", "asserts"),
        ("Getty is of the opinion that the lists were central.", "en", "asserts"),
        ("Getty opposed the idea that the lists were central.", "en", "disputes"),
        ("Getty argued against the view that the lists were central.", "en", "disputes"),
    ],
)
def test_more_verbs_of_holding_and_opposing(sentence: str, lang: str, stance: str) -> None:
    claimant = "pers_weber" if lang == "de" else "pers_getty"
    assert _stances(sentence, lang) == {claimant: stance}


def test_a_particle_that_is_also_a_preposition_must_close_the_clause() -> None:
    sentence = "Weber führt selbst keine Belege an, die Zahlen aus Getty bestätigen es."
    assert _stances(sentence, "de") == {}
    assert _stances("Getty argued that Stalin fought against the opposition.", "en") == {
        "pers_getty": "asserts"
    }


@pytest.mark.parametrize(
    ("sentence", "lang", "stance"),
    [
        ("Weber hält es für möglich, dass die Listen echt sind.", "de", "qualifies"),
        ("Weber hält diese Deutung für falsch.", "de", "disputes"),
        ("Weber argumentiert gegen diese Deutung.", "de", "disputes"),
        ("Weber steht dieser Deutung skeptisch gegenüber.", "de", "disputes"),
        ("Getty was sceptical of the idea that the lists were central.", "en", "disputes"),
        ("Getty raises the possibility that the lists were central.", "en", "qualifies"),
    ],
)
def test_hedges_and_rejections_give_their_stance(sentence: str, lang: str, stance: str) -> None:
    claimant = "pers_weber" if lang == "de" else "pers_getty"
    assert _stances(sentence, lang) == {claimant: stance}


@pytest.mark.parametrize(
    ("sentence", "lang", "label"),
    [
        ("The editors claimed that the language of the apostles was pure.", "en", "editors"),
        ("Several commentators argued that the poet used Ionic.", "en", "Several commentators"),
        ("Die Vertreter dieser Richtung nehmen an, dass halt betont ist.", "de", "Vertreter"),
    ],
)
def test_more_nouns_for_groups_of_scholars(sentence: str, lang: str, label: str) -> None:
    assert _stances(sentence, lang) == {label: "asserts"}


STUDIES = """\
Introduction

The study by Arenas (2008) compared the speed of two groups of translators. The study was
conducted with pen and paper (cf. ibid.: 12). First, Arenas assumed that editing would take as
long as translating. Further, it was hypothesised that the quality of both texts is equal. The
analysis showed that, on average, the participants were faster when they edited. They were
slowest when they translated from scratch. (cf. ibid.: 14) Interestingly, most mistakes were
found in the edited texts, which shows that editing needs care.

Heller (2012) writes about the attention that machine translation receives. To her, the fact
that it is discussed so much only proves that translators are still needed.

Bibliography

Arenas, Ana, Productivity and Quality in Post-Editing (Barcelona 2008).
Heller, Lavinia, Begriffsbildung in der Translationswissenschaft (Heidelberg 2012).
"""


def test_a_review_of_studies_attributes_findings_hypotheses_and_ibid_accounts() -> None:
    claims = _claims(parse_text(STUDIES).dataset)
    arenas = [("Ana Arenas", "asserts")]
    assert claims["First, Arenas assume"] == arenas
    assert claims["Further, it was hypo"] == arenas  # the agentless hypothesis of the study
    assert claims["They were slowest wh"] == arenas  # closed by its ibid. citation
    assert claims["To her, the fact tha"] == [("Lavinia Heller", "asserts")]
    read = _read(STUDIES)
    for design_or_author in ("The study was conduc", "Interestingly, most "):
        assert design_or_author in read
        assert design_or_author not in claims


def test_the_study_as_subject_holds_its_finding_and_the_author_agrees() -> None:
    claims = _claims(parse_text(STUDIES).dataset)
    finding = claims["The analysis showed "]
    assert ("Ana Arenas", "asserts") in finding
    assert [stance for name, stance in finding if name != "Ana Arenas"] == ["asserts"]


def test_a_citation_after_a_full_stop_closes_its_sentence() -> None:
    text = (
        "They were slowest from scratch. (cf. ibid.: 14) Interestingly, most mistakes were made "
        "in the edited texts. Carl et al. (2011) compared the two groups."
    )
    assert [text[a:b][:24] for a, b in sentences(text)] == [
        "They were slowest from s",
        "Interestingly, most mist",
        "Carl et al. (2011) compa",
    ]


@pytest.mark.parametrize(
    ("sentence", "study"),
    [
        ("Her results show that the indicators extend the editing time.", "Her results"),
        ("Finally, the Choice Network Analysis showed again that some indicators count more.",
         "the Choice Network Analysis"),
        ("The new calculations, including the penalty, showed that six were faster.",
         "The new calculations, including the penalty,"),
        ("The eyetracking data further showed that more time was spent on the target.",
         "The eyetracking data"),
        ("The editing distance did not correlate with the score, which shows that more editing "
         "does not help.", None),
        ("The participants showed that they were tired.", None),
    ],
)  # fmt: skip
def test_a_finding_has_the_study_or_its_analysis_as_subject(
    sentence: str, study: str | None
) -> None:
    found = finding(sentence, "en")
    assert (found.claimant.name if found else None) == study
    assert finding(sentence, "de") is None


def test_an_ibid_citation_on_a_sentence_of_method_or_in_the_middle_attributes_nothing() -> None:
    assert ibid_account("They were slowest from scratch. (cf. ibid.: 14)", "en") is not None
    assert ibid_account("Only three were faster (cf. ibid: 17).", "en") is not None
    assert ibid_account("The participants were paid for their work (cf. ibid.: 73).", "en") is None
    assert ibid_account("Carl et al. (ibid.: 140) explain that", "en") is None
    assert ibid_account("Thirteen sessions were held (for a list see ibid.: 194).", "en") is None


def test_an_adverb_between_subject_and_verb_keeps_the_subject() -> None:
    sentence = "Orlov hence suggests that the epic was written in one dialect."
    assert _stances(sentence, "en") == {"Orlov": "asserts"}
    assert _stances("Orlov speaks about the dialects of the epic.", "en") == {}

"""Author–year citations in notes resolved against a references list printed with hanging
indents: entries that open with a particle or an editor's bracket, continuation lines that
open with a page number, names with letters beyond Latin-1, and one author's works of one
year told apart by how many authors the citation names."""

from __future__ import annotations

from purgehist.formats.text.read import parse_text
from purgehist.model.dataset import Dataset

_BODY = """\
The grammars of the period were seldom printed twice.1 Their dialect chapters were copied
from one another,2 and later scholars read them as a single tradition.3 Corpus studies of
translators came much later.4 The joint studies followed.5

1 See de Vergara (1537: 209) and [Frisch] (1730: 1132–1133).
2 Considine (2010: 12); compare Anon. (1765: 174).
3 Considine & Van Hal (2010: 4–5).
4 Čulo (2014: 201).
5 Čulo et al. (2014: 17).
\f"""

_REFERENCES = """\
References

Anon. 1765. Patois. In Denis Diderot & Jean le Rond d’Alembert (eds.), Ency-
  clopédie, ou dictionnaire raisonné des sciences, vol. 12,
  174. A Neufchastel: chez Samuel Faulche.
Considine, John. 2010. Why was Claude de Saumaise interested in the Scythian
  hypothesis? Language & History 53. 81–96.
Considine, John & Toon Van Hal. 2010. Introduction: Classifying and comparing
  early modern languages. Language & History 53. 63–69.
Čulo, Oliver. 2014. From translation machine theory to machine translation theory.
  Berlin: Frank & Timme.
Čulo, Oliver, Silke Gutermuth, Silvia Hansen-Schirra & Jean Nitzke. 2014. The
  influence of post-editing on translation strategies. Berlin: Frank & Timme.
de Vergara, Francisco. 1537. De Graecae linguae grammatica libri quinque: Opus
  nunc primum natum et excusum. Compluti: apud Michaelem de Eguia.
[Frisch, Johann Leonhard]. 1730. Vollständigere Griechische Grammatik. Berlin:
  bey Ambrosius Haude.
Merula, Paul[l]us. 1605. Cosmographiae generalis libri tres. Lugduni Batauorum:
  ex officina Plantiniana.
"""


def _cited(dataset: Dataset) -> dict[str, list[tuple[str, str | None]]]:
    """Per note, the titles' first words and pages of the works its citations resolve to."""
    titles = {s.id: " ".join(s.title.split()[:3]) for s in dataset.sources}
    cited: dict[str, list[tuple[str, str | None]]] = {}
    for evidence in dataset.evidence:
        note = str(evidence.provenance.footnote) if evidence.provenance else "?"
        title = titles.get(evidence.source or "", "?")
        pages = evidence.locator.printed if evidence.locator else None
        cited.setdefault(note, []).append((title, pages))
    return cited


def test_entries_opening_with_a_particle_or_a_bracket_are_entries_of_their_own() -> None:
    dataset = parse_text(_BODY + _REFERENCES).dataset
    listed = {" ".join(s.title.split()[:3]) for s in dataset.sources if s.listed}
    assert {"De Graecae linguae", "Vollständigere Griechische Grammatik"} <= listed
    assert {"Cosmographiae generalis libri", "Patois"} <= listed
    assert len([s for s in dataset.sources if s.listed]) == 8


def test_bracketed_author_and_particle_resolve() -> None:
    cited = _cited(parse_text(_BODY + _REFERENCES).dataset)
    assert cited["1"] == [
        ("De Graecae linguae", "209"),
        ("Vollständigere Griechische Grammatik", "1132–1133"),
    ]


def test_one_author_and_year_means_the_work_without_coauthors() -> None:
    cited = _cited(parse_text(_BODY + _REFERENCES).dataset)
    assert cited["2"][0] == ("Why was Claude", "12")
    assert cited["3"] == [("Introduction: Classifying and", "4–5")]


def test_et_al_means_the_work_with_more_authors() -> None:
    cited = _cited(parse_text(_BODY + _REFERENCES).dataset)
    assert cited["4"] == [("From translation machine", "201")]
    assert cited["5"] == [("The influence of", "17")]


_LETTERS_AND_UNDATED = """\
Sense and reference were told apart early.1 The fragment theory came later.2 The field notes
were never printed.3

1 Frege (1892b,a) remain the place to start; see also Montague (1970a,b; 1973).
2 Montague (1970b: 377), against Goodtracks (forthcoming: 12).
3 Goodtracks (n.d.) and Goodtracks (1992).
\f\
References

Frege, Gottlob. 1892a. Über Begriff und Gegenstand. Vierteljahrsschrift für wissenschaftliche
  Philosophie 16. 192–205.
Frege, Gottlob. 1892b. Über Sinn und Bedeutung. Zeitschrift für Philosophie und philosophische
  Kritik 100. 25–50.
Goodtracks, Jimm G. 1992. Otoe and Iowa language. Lawrence: University of Kansas.
Goodtracks, Jimm G. n.d. Baxoje-Jiwere-Nyut’aji dictionary. Manuscript.
Goodtracks, Jimm G. forthcoming. Ioway-Otoe verbs. Lawrence: University of Kansas.
Montague, Richard. 1970a. English as a formal language. In Bruno Visentini (ed.), Linguaggi
  nella società e nella tecnica, 189–224. Milan: Edizioni di Comunità.
Montague, Richard. 1970b. Universal grammar. Theoria 36. 373–398.
Montague, Richard. 1973. The proper treatment of quantification in ordinary English. In
  Jaakko Hintikka (ed.), Approaches to natural language, 221–242. Dordrecht: Reidel.
"""


def test_letters_after_a_year_cite_one_work_each() -> None:
    cited = _cited(parse_text(_LETTERS_AND_UNDATED).dataset)
    assert cited["1"] == [
        ("Über Sinn und", None),
        ("Über Begriff und", None),
        ("English as a", None),
        ("Universal grammar", None),
        ("The proper treatment", None),
    ]
    assert cited["2"][0] == ("Universal grammar", "377")


def test_undated_and_forthcoming_works_are_cited_by_their_word_for_the_year() -> None:
    cited = _cited(parse_text(_LETTERS_AND_UNDATED).dataset)
    assert cited["2"][1] == ("Ioway-Otoe verbs", "12")
    assert cited["3"] == [("Baxoje-Jiwere-Nyut’aji dictionary", None), ("Otoe and Iowa", None)]


_NAMED_EARLIER = """\
Excorporation has been described often.1 The loanwords for cars are alike.2 The treatise
was adapted twice.3

1 Roberts defines excorporation as “successive cyclic head movement where one head
excorporates” (1991: 211); Wilss’ (1994: 12) account differs.
2 Keith Basso described the Western Apache (Athabaskan) words for automobiles in similar
terms (1990: 17).
3 See Anon. (1765: 174) and Amerot’s adaptation of Tryphon’s treatise (1520: 4).
\f\
References

Amerot, Adrien. 1520. Compendium Graecae grammatices. Louanii: apud Theodoricum Martinum.
Anon. 1765. Patois. In Denis Diderot (ed.), Encyclopédie, vol. 12, 174. A Neufchastel:
  chez Samuel Faulche.
Basso, Keith H. 1990. Western Apache language and culture. Tucson: University of Arizona
  Press.
Roberts, Ian. 1991. Excorporation and minimality. Linguistic Inquiry 22. 209–218.
Wilss, Wolfram. 1994. A framework for decision-making in translation. Target 6. 131–150.
"""


def test_a_year_in_brackets_is_cited_to_the_author_named_earlier_in_its_sentence() -> None:
    cited = _cited(parse_text(_NAMED_EARLIER).dataset)
    assert cited["1"] == [("Excorporation and minimality", "211"), ("A framework for", "12")]
    assert cited["2"] == [("Western Apache language", "17")]
    assert cited["3"] == [("Patois", "174"), ("Compendium Graecae grammatices", "4")]


def test_forthcoming_works_told_apart_by_a_letter() -> None:
    text = (
        "Two books are announced.1\n\n1 Van Rooy (fc.[b]: 12) and Van Rooy (fc.[a]).\n\f"
        "References\n\n"
        "Van Rooy, Raf. fc.(a). A Latin defence of early modern Greek culture. Leiden: Brill.\n"
        "Van Rooy, Raf. fc.(b). Language or dialect? The history of a conceptual pair. Oxford:\n"
        "  Oxford University Press.\n"
    )
    cited = _cited(parse_text(text).dataset)
    assert cited["1"] == [("Language or dialect?", "12"), ("A Latin defence", None)]


def test_a_note_without_an_author_year_citation_makes_up_no_work() -> None:
    text = (
        "The recordings were lost.1 The clan myths differ.2\n\n"
        "1 Sadly, of course, such recordings would have been made on wax cylinders, which\n"
        "Edward Curtis, a photographer, kept in Seattle until 1912.\n"
        "2 In the clan origin myths, this animal leads the people; see Foster (1996: 14).\n\f"
        "References\n\n"
        "Foster, Lance M. 1996. The Ioway and the landscape of southeast Iowa. Journal of the\n"
        "  Iowa Archeological Society 43. 1–5.\n"
        "Rankin, Robert L. 2015. Comparative Siouan dictionary. Leipzig: Max Planck Institute.\n"
    )
    dataset = parse_text(text).dataset
    assert [s.title for s in dataset.sources if not s.listed] == []
    assert _cited(dataset) == {"2": [("The Ioway and", "14")]}


_VOLUME = """\
1 Winnebago accent

Accent falls on the second syllable.1

1 Cf. Miner (1979: 26) on Dorsey's law.
\f\
References

Miner, Kenneth L. 1979. Dorsey's law in Winnebago-Chiwere and Winnebago accent.
  International Journal of American Linguistics 45. 25–33.
\f\
2 Chiwere vowels

The vowel classes pattern together.1

1 Miner (1979: 172).
\f\
References

Miner, Kenneth L. 1979. An unusual natural class in Mississippi Valley Siouan. Kansas
  Working Papers in Linguistics 4. 171–176.
"""


def test_a_paper_cites_the_work_of_its_own_references_list() -> None:
    dataset = parse_text(_VOLUME).dataset
    titles = {s.id: " ".join(s.title.split()[:3]) for s in dataset.sources}
    cited = [(titles.get(e.source or ""), e.locator.printed if e.locator else None)
             for e in dataset.evidence]  # fmt: skip
    assert cited == [("Dorsey's law in", "26"), ("An unusual natural", "172")]


_FLAT = """\
The dialects were counted again.1 Their number was disputed.2

1 See de Vergara (1537: 209); Anon. (1613: 11–12); [Blackwell] (1735).
2 Gedike (1782: 21), against Ax (1987: 25).
\f\
References
Amerot, Adrien. 1530. De dialectis diuersis declinationum Graecanicarum. Parisiis: ex officina
Gerardi Morrhii.
Anon. 1613. Grammatica Graeca, praecipue quatenus a Latina differt. Bremae: apud Wesselium.
[Blackwell, Thomas]. 1735. An enquiry into the life and writings of Homer. London: [s.n.].
de Vergara, Francisco. 1537. De Graecae linguae grammatica libri quinque. Compluti: apud
Michaelem de Eguia.
Gedike, Friedrich. 1779. Gedanken über Purismus und Sprachbereicherung. Berlin: Dekker.
Primary sources
Gedike, Friedrich. 1782. Ueber Dialekte, besonders die griechischen. Berlinsches Magazin 1(2).
1–26.
Liège: Mardaga.
Secondary literature
Ax, Wolfram. 1987. Quadripertita ratio. In Daniel J. Taylor (ed.), The history of linguistics
in the classical period, 17–40. Amsterdam: Benjamins.
"""


def test_a_references_list_without_indents_is_split_at_each_name_and_year() -> None:
    dataset = parse_text(_FLAT).dataset
    titles = {s.id: " ".join(s.title.split()[:2]) for s in dataset.sources}
    cited = _cited_titles(dataset, titles)
    assert cited == {
        "1": [("De Graecae", "209"), ("Grammatica Graeca,", "11–12"), ("An enquiry", None)],
        "2": [("Ueber Dialekte,", "21"), ("Quadripertita ratio", "25")],
    }


def _cited_titles(
    dataset: Dataset, titles: dict[str, str]
) -> dict[str, list[tuple[str | None, str | None]]]:
    cited: dict[str, list[tuple[str | None, str | None]]] = {}
    for evidence in dataset.evidence:
        pages = evidence.locator.printed if evidence.locator else None
        note = str(evidence.provenance.footnote) if evidence.provenance else "?"
        cited.setdefault(note, []).append((titles.get(evidence.source or ""), pages))
    return cited


_PURGES = """\
The purges have been read as a struggle between centre and regions.1 The word for the
softened cases is itself disputed.2

1 Getty (1985: 38 and 1993) reads them so; against him Conquest (1990: 12).
2 Weber (1999: mild) lists it, Weber (1999: xiv) explains it.
\f\
References

Conquest, Robert. 1990. The great terror: A reassessment. New York: Oxford University Press.
Getty, J. Arch. 1985. Origins of the great purges. Cambridge: Cambridge University Press.
Getty, J. Arch. 1993. Stalinist terror: New perspectives. Cambridge: Cambridge University Press.
Weber, Anna. 1999. Softened speech in the files. Berlin: Akademie.
"""


def test_a_year_after_and_is_a_citation_and_a_word_no_page() -> None:
    cited = _cited(parse_text(_PURGES).dataset)
    assert cited == {
        "1": [
            ("Origins of the", "38"),
            ("Stalinist terror: New", None),
            ("The great terror:", "12"),
        ],
        "2": [("Softened speech in", None), ("Softened speech in", "xiv")],
    }


_UNDATED_TWICE = """\
1 Spelling conventions

The forms are written as the circle writes them.1

1 The spelling is set out on the Circle's web pages (Redcloud n.d.).
\f\
References

Redcloud, Mary A. n.d. A guide to the Chiwere sounds, with recordings, on the web.
  Lawrence, KS: Chiwere Language Circle.
\f\
2 Word lists

The list prints either form.1

1 The older forms are kept (Redcloud n.d.).
\f\
References

Redcloud, Mary A. n.d. A guide to the Chiwere sounds, with recordings, on the web.
  Lawrence, KS: Chiwere Language Circle.
"""


def test_an_undated_work_listed_by_two_papers_is_the_one_of_each_papers_own_list() -> None:
    dataset = parse_text(_UNDATED_TWICE).dataset
    listed = [s.id for s in dataset.sources if s.listed]
    assert len(listed) == 2
    assert [e.source for e in dataset.evidence] == listed

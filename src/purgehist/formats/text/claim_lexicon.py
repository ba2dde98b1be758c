"""The word classes that shape an attribution, by language: prepositions that make a name no
subject, the reportive mood, continuations, subordinators, contrast phrases, negations,
pronouns, demonstratives, group and school nouns, adverbs between a verb and its subject.
Declarative tables; the reporting verbs are in :mod:`.claim_verb_cues` and
:mod:`.claim_particles`, the author's own evaluative words in :mod:`.claim_phrases`."""

from __future__ import annotations

from purgehist.formats.text.claim_academic import ACADEMIC_SKIP

__all__ = [
    "AUXILIARIES",
    "COMITATIVES",
    "CONTINUATIONS",
    "CONTRAST",
    "DEMONSTRATIVES",
    "FORMER_LATTER",
    "GROUP_NOUNS",
    "NEGATIONS",
    "OBLIQUE",
    "PLURAL_PRONOUNS",
    "PRONOUNS",
    "REPORTIVE",
    "ROLE_PREPOSITIONS",
    "SCHOOL_NOUNS",
    "SKIP_WORDS",
    "STANCE_ADVERBS",
    "STANCE_ADVERB_PHRASES",
    "SUBORDINATORS",
    "WORKS_POINTED_TO",
]

OBLIQUE: dict[str, set[str]] = {
    "nl": {"van", "zoals", "door", "met", "dan", "tot", "aan", "bij", "over", "naar", "tegen"},
    "en": {"of", "like", "by", "with", "than", "to", "against", "about"},
    "de": {"von", "wie", "durch", "mit", "als", "zu", "gegen", "über"},
    "fr": {"de", "comme", "par", "avec", "que", "contre", "sur", "d", "d'", "d’", "à", "chez"},
}
"""Prepositions before a name that make it no subject: a scholar named after one does not
take over the paragraph from the scholar it discusses (``zoals Getty``)."""

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
    "de": {"im gegensatz zu", "anders als", "entgegen", "im unterschied zu"},
    "fr": {
        "contrairement à",
        "à l'inverse de",
        "à l’inverse de",
        "à la différence de",
        "au contraire de",
    },
}
"""Phrases before a name that set the claimant against the sentence: the claimant disputes
what the sentence says, and the author asserts it."""

NEGATIONS: dict[str, set[str]] = {
    "nl": {"niet", "geen", "nooit", "nauwelijks"},
    "en": {"not", "never", "no", "n't", "hardly", "scarcely"},
    "de": {"nicht", "kein", "keine", "nie", "kaum"},
    "fr": {"pas", "jamais", "nullement", "aucunement", "guère"},
}
"""Negations that turn an asserting cue next to them into a dispute and a disputing one into
a concession (``hardly denies``, ``bestreitet kaum``)."""

PRONOUNS: dict[str, set[str]] = {
    "nl": {"hij", "hem", "zij", "ze", "hen", "hun", "haar", "auteur"},
    "en": {"he", "him", "she", "her", "they", "them", "author"},
    "de": {"er", "ihm", "ihn", "sie", "ihr", "ihnen", "autorin", "autor", "verfasser",
           "verfasserin"},
    "fr": {"il", "lui", "elle", "ils", "elles", "eux", "auteur", "l'auteur", "l’auteur"},
}  # fmt: skip
"""Pronouns that may stand for a claimant named earlier in the paragraph, with the role noun
of the author under discussion (*the author*, *de auteur*, *die Autorin*, *l'auteur*)."""

PLURAL_PRONOUNS = frozenset({"zij", "ze", "hen", "hun", "they", "them", "sie", "ils", "elles"})

COMITATIVES: dict[str, set[str]] = {
    "nl": {"samen met"},
    "en": {"together with", "along with"},
    "de": {"zusammen mit"},
    "fr": {"de concert avec", "conjointement avec"},
}
"""Words by which a person named right after a claimant acts with them (``bestreitet Weber
zusammen mit Getty``, ``Getty, together with Conquest, argues``); a bare *with*, *met*, *mit*
or *avec* is left out, being the preposition of the verb's object so often (``agrees with``,
``kritisiert … mit Recht``)."""

FORMER_LATTER: dict[str, tuple[tuple[str, ...], int]] = {
    "the former": (("the", "former"), 0),
    "the latter": (("the", "latter"), 1),
    "ersterer": (("ersterer",), 0),
    "erstere": (("erstere",), 0),
    "letzterer": (("letzterer",), 1),
    "letztere": (("letztere",), 1),
    "eerstgenoemde": (("eerstgenoemde",), 0),
    "laatstgenoemde": (("laatstgenoemde",), 1),
    "ce dernier": (("ce", "dernier"), 1),
    "cette dernière": (("cette", "dernière"), 1),
}
"""Pronouns that pick one of the two people named together last (``Getty and Conquest
differ: the latter argues``), by its words and its place in the pair; with no pair they
stand for the person last named, as *he* does."""

WORKS_POINTED_TO: dict[str, tuple[set[str], set[str]]] = {
    "nl": ({"deze", "beide", "die", "twee"},
           {"studies", "werken", "artikelen", "boeken", "auteurs", "onderzoeken"}),
    "en": ({"these", "those", "both", "two"},
           {"studies", "works", "papers", "articles", "books", "authors", "accounts"}),
    "de": ({"diese", "beide", "beiden", "zwei"},
           {"studien", "arbeiten", "untersuchungen", "aufsätze", "bücher", "autoren"}),
    "fr": ({"ces", "deux"}, {"études", "travaux", "articles", "ouvrages", "auteurs"}),
}  # fmt: skip
"""A plural pronoun for texts or their authors named before (``these studies``, ``both
authors``, ``die beiden Autoren``, ``ces deux auteurs``): a determiner of pointing or of
number right before a plural noun for works or authors. It stands for the people named
together last, as *they* does."""

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
        "theorists", "specialists", "experts", "reformers", "sociologists", "anthropologists",
        "economists", "psychologists", "philosophers", "biographers", "observers", "analysts",
    },
    "de": {
        "forscher", "historiker", "revisionisten", "autoren", "linguisten", "grammatiker",
        "forschung", "literatur", "ansätze", "autorinnen", "forscherinnen", "linguistinnen",
        "philologen", "theologen", "sprachwissenschaftler", "kritiker", "vertreter",
    },
    "fr": {"historiens", "révisionnistes", "chercheurs", "auteurs", "linguistes",
           "grammairiens", "critiques", "philosophes", "logiciens", "sémanticiens",
           "théoriciens", "spécialistes", "travaux"},
}  # fmt: skip
"""Nouns that make a subject noun phrase a group claimant (*de revisionisten*, *scholars*)."""

SKIP_WORDS: dict[str, set[str]] = {
    "nl": {"ook", "zelf", "zelfs", "echter", "dan", "dus", "nog", "wel", "namelijk", "verder",
           "eveneens", "juist", "erop", "daarop", "hierover", "daarover", "bijvoorbeeld",
           "eigenlijk", "hierbij", "later", "al", "eerder", "altijd", "steeds", "ooit",
           "zou", "zouden", "zal", "zullen"},
    "en": {"also", "himself", "herself", "even", "however", "further", "therefore", "thus",
           "then", "too", "does", "did", "do", "not", "never", "doesn't", "didn't", "don't",
           "has", "have", "had", "seems", "seemed", "appears", "appeared", "to", "must",
           "simply", "usually", "often", "later", "indeed", "already", "apparently",
           "explicitly", "first", "only", "generally", "still", "hence", "furthermore",
           "moreover", "again", "consequently", "accordingly", "both", "would", "will",
           "may", "might", "could", "can", "should", "shall", "once", "always"},
    "de": {"auch", "selbst", "sogar", "jedoch", "dann", "also", "ferner", "zudem", "ebenfalls",
           "hier", "schon", "bereits", "ebenso", "folglich", "zunächst", "allerdings",
           "früher", "später", "immer", "stets", "würde", "würden"},
    "fr": {"aussi", "même", "cependant", "donc", "ensuite", "également", "déjà", "toujours",
           "souvent"},
}  # fmt: skip
"""Adverbs that may stand between a reporting verb and its subject."""

ROLE_PREPOSITIONS: dict[str, set[str]] = {"nl": set(), "en": set(), "de": {"nach"}, "fr": set()}
"""Prepositions that mean *according to* only before a definite role noun or group (*nach
der Autorin*, *nach den Autoren*); before anything else they mean *after*."""

STANCE_ADVERBS: dict[str, set[str]] = {
    "nl": {"terecht", "onterecht", "overtuigend", "treffend", "abusievelijk"},
    "en": set(),  # adverbs in -ly are read as adverbs wherever they stand
    "de": {"überzeugend", "zurecht", "fälschlich", "fälschlicherweise", "treffend",
           "irrtümlich", "irrtümlicherweise", "richtigerweise"},
    "fr": {"justement", "pertinemment", "faussement", "correctement", "judicieusement"},
}  # fmt: skip
"""The author's judgement of a report as an adverb between the reporter and the verb (*zoals
Getty overtuigend aantoont*, *wie Weber überzeugend zeigt*): skipped like any adverb, the
judgement itself read by :mod:`.author_stance`."""

STANCE_ADVERB_PHRASES: dict[str, set[tuple[str, ...]]] = {
    "nl": {("ten", "onrechte"), ("met", "recht")},
    "en": {("with", "good", "reason")},
    "de": {("zu", "recht"), ("zu", "unrecht"), ("mit", "recht")},
    "fr": {("à", "tort"), ("à", "raison"), ("à", "juste", "titre")},
}
"""The same judgements in several words (*zu Recht*, *ten onrechte*, *à juste titre*)."""

for _lang, _skip in ACADEMIC_SKIP.items():
    SKIP_WORDS[_lang] |= _skip
for _lang, _adverbs in STANCE_ADVERBS.items():
    SKIP_WORDS[_lang] |= _adverbs

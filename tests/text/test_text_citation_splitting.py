"""The citations of one footnote: where one ends and the next begins (at ``;``, a cue word, a
conjunction between complete citations, a new sentence), and the prose before a cited work
(lead-ins, relative clauses) left out."""

from __future__ import annotations

import pytest

from purgehist.formats.text.note_citations import parse_note, split_citations, strip_lead_in


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        pytest.param(
            "Stephen F. Cohen, “Stalin’s Terror,” Russian Review 45, no. 4 (1986): 375–84. "
            "The whole exchange in that issue repays careful reading.",
            [("Cohen", "375–84")],
            id="en-comment-after-pages",
        ),
        pytest.param(
            "Conquest, De grote terreur, 45. Dit punt wordt door veel historici betwist.",
            [("Conquest", "45")],
            id="nl-comment-after-pages",
        ),
        pytest.param(
            "Schlögel, Karl: Terror und Traum. Moskau 1937. München 2008, S. 23.",
            [("Schlögel", "S. 23")],
            id="de-year-in-title-is-no-sentence-end",
        ),
        pytest.param(
            "Getty, Origins, 12; see also Thurston, Life and Terror, 227.",
            [("Getty", "12"), ("Thurston", "227")],
            id="en-see-also",
        ),
        pytest.param(
            "Getty, Origins, 12; zie ook Conquest, De grote terreur, 45.",
            [("Getty", "12"), ("Conquest", "45")],
            id="nl-zie-ook",
        ),
        pytest.param(
            "Hildermeier, Manfred: Die Sowjetunion. München 2001, S. 13–19; vgl. auch "
            "Baberowski: Terror, S. 201.",
            [("Hildermeier", "S. 13–19"), ("Baberowski", "S. 201")],
            id="de-vgl-auch",
        ),
        pytest.param(
            "Sur la notion de « limites », voir Binner et Junge, art. cit., p. 561.",
            [("Binner", "p. 561")],
            id="fr-voir-after-comment",
        ),
        pytest.param(
            "Getty, Origins, op. cit., 210, and cf. Thurston, Life and Terror, 12.",
            [("Getty", "210"), ("Thurston", "12")],
            id="en-and-cf",
        ),
    ],
)
def test_split_and_read_citations(note: str, expected: list[tuple[str, str]]) -> None:
    citations = parse_note(note)
    assert [(c.authors[0].surname, c.locator) for c in citations] == expected


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("Compare Harris, Great Fear, p. 3, with Khlevniuk, Master, p. 19.", id="en"),
        pytest.param("cf. Harris, Great Fear, 3-7, and Anne Smith, Old Tales, 250.", id="en-and"),
        pytest.param("Müller, Der Staat, S. 3, und Weber, Die Macht, S. 9.", id="de"),
        pytest.param("Jansen, De staat, blz. 3, met Pieters, De macht, blz. 9.", id="nl"),
    ],
)
def test_both_citations_are_kept(note: str) -> None:
    assert len(split_citations(note)) == 2
    assert all(c.authors for c in parse_note(note))


def test_conjunction_after_a_semicolon_is_dropped() -> None:
    pieces = split_citations("Smith, Old Tales, 3; and Jones, New Tales, 9.")
    assert pieces[1].startswith("Jones")


@pytest.mark.parametrize(
    ("note", "title_end"),
    [
        pytest.param(
            "Brown, Alan. The Party Reconsidered, 1933-1938. Cambridge UP, 1985, pp. 19-20.",
            "1933-1938",
            id="en",
        ),
        pytest.param(
            "Dupont, Jean. La société française, 1914-1918. Gallimard, 1994, pp. 5-9.",
            "1914-1918",
            id="fr",
        ),
    ],
)
def test_mla_title_with_dates_is_one_citation(note: str, title_end: str) -> None:
    citations = parse_note(note)
    assert len(citations) == 1
    assert (citations[0].title or "").endswith(title_end)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        pytest.param(
            "For another reading see Brown, Long War, 12.", "Brown, Long War, 12.", id="en"
        ),
        pytest.param(
            "See, e.g., the study by Brown, Long War, 12.", "Brown, Long War, 12.", id="en-eg"
        ),
        pytest.param(
            "Zie over deze kwestie Visser, Lange oorlog, 12.", "Visser, Lange oorlog, 12.", id="nl"
        ),
        pytest.param(
            "Gedruckt in: Akten zur Politik, S. 12.", "Akten zur Politik, S. 12.", id="de"
        ),
        pytest.param(
            "Le débat est résumé dans Martin, Guerre, p. 12.", "Martin, Guerre, p. 12.", id="fr"
        ),
        pytest.param("Stalin in Power, 444.", "Stalin in Power, 444.", id="title-kept"),
        pytest.param("Cf. van Dijk, Oorlog, 3.", "van Dijk, Oorlog, 3.", id="particle-kept"),
    ],
)
def test_lead_ins_are_not_part_of_the_citation(text: str, rest: str) -> None:
    assert strip_lead_in(text) == rest


@pytest.mark.parametrize(
    ("note", "stripped"),
    [
        pytest.param("See Brown, who argues the opposite: Mary Brown, Winters (London, 2001), 4.",
                     "Mary Brown, Winters (London, 2001), 4.", id="en-colon"),
        pytest.param("Vgl. Meier, der das anders sieht, S. 45.", "Meier, S. 45.", id="de-page"),
        pytest.param("Voir Martin, qui nuance ce point : Paul Martin, Les villes, Paris, 2000.",
                     "Paul Martin, Les villes, Paris, 2000.", id="fr-colon"),
        pytest.param("Zie Jansen, die dit betwist, blz. 8.", "Jansen, blz. 8.", id="nl-page"),
    ],
)  # fmt: skip
def test_relative_clause_after_name(note: str, stripped: str) -> None:
    assert strip_lead_in(note) == stripped


def test_relative_clause_note_names_the_work() -> None:
    (citation,) = parse_note(
        "For another reading see Brown, who stresses the towns: Mary Brown, Winters in the"
        " Provinces (London: Allen, 2001), 44."
    )
    assert citation.authors[0].surname == "Brown"
    assert citation.title == "Winters in the Provinces"


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        pytest.param(
            "Peters and Simonson, Mass Communication and American Social Thought, 495. Perhaps "
            "unsurprisingly, the editors included an excerpt from Our Master’s Voice: “The "
            "Business Nobody Knows,” 106–9.",
            [(["Peters", "Simonson"], "Mass Communication and American Social Thought", "495")],
            id="comment-naming-a-work-after-pages",
        ),
        pytest.param(
            "Rorty published his own pamphlet, Order on the Air!, in a series of the same year. "
            "Rorty, Order on the Air! (New York: John Day Company, 1934).",
            [(["Rorty"], "Order on the Air!", None)],
            id="comment-before-the-reference",
        ),
        pytest.param(
            "John Durham Peters and Peter Simonson, eds., Mass Communication and American "
            "Social Thought: Key Texts, 1919–1968 (Lanham, Md.: Rowman & Littlefield, 2004).",
            [
                (
                    ["Peters", "Simonson"],
                    "Mass Communication and American Social Thought: Key Texts, 1919–1968",
                    None,
                )
            ],
            id="editors-then-a-title-with-and",
        ),
        pytest.param(
            "Veblen, Absentee Ownership, 306– 7n12. The footnote’s first paragraph is not "
            "quoted here.",
            [(["Veblen"], "Absentee Ownership", "306– 7n12")],
            id="page-and-note",
        ),
    ],
)
def test_chicago_notes_with_comment(
    note: str, expected: list[tuple[list[str], str, str | None]]
) -> None:
    found = [([a.surname for a in c.authors], c.title, c.locator) for c in parse_note(note)]
    assert found == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        pytest.param(
            "Thorstein Veblen, Absentee Ownership and Business Enterprise in Recent Times "
            "(New York: B. W. Huebsch, 1923), chap. 11. The other treatment appears in Veblen, "
            "The Theory of Business Enterprise (New York: Charles Scribner’s Sons, 1904), 55–60.",
            [
                (["Veblen"], "Absentee Ownership and Business Enterprise in Recent Times",
                 "1923", "chap. 11"),
                (["Veblen"], "The Theory of Business Enterprise", "1904", "55–60"),
            ],
            id="a-chapter-then-a-sentence-that-runs-into-a-reference",
        ),
        pytest.param(
            "Vance O. Packard, The Hidden Persuaders (New York: McKay, 1957). Gross, Richard "
            "Rorty, 36.",
            [(["Packard"], "The Hidden Persuaders", "1957", None),
             (["Gross"], "Richard Rorty", None, "36")],
            id="an-imprint-in-brackets-ends-a-citation",
        ),
        pytest.param(
            "The best book on the enclosure of public knowledge remains James Boyle, The Public "
            "Domain (New Haven, Conn.: Yale University Press, 2008), which is free to download.",
            [(["Boyle"], "The Public Domain", "2008", None)],
            id="comment-that-runs-into-the-reference",
        ),
        pytest.param(
            "In 1927 Raushenbush and Rorty, for example, were arrested in Boston for protesting "
            "the executions of Sacco and Vanzetti. Boles, “James Rorty’s Social Ecology,” 159.",
            [(["Boles"], "James Rorty’s Social Ecology", None, "159")],
            id="comment-with-a-year-before-a-short-reference",
        ),
        pytest.param(
            "In 1927 the paper cited Boles, “James Rorty’s Social Ecology,” in full.",
            [],
            id="comment-naming-a-work-in-passing",
        ),
    ],
)  # fmt: skip
def test_chicago_notes_with_comment_and_chapters(
    note: str, expected: list[tuple[list[str], str, str | None, str | None]]
) -> None:
    found = [
        ([a.surname for a in c.authors], c.title, c.year, c.locator)
        for c in parse_note(note)
        if c.kind != "comment"
    ]
    assert found == expected

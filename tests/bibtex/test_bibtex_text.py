"""LaTeX to Unicode and BibTeX name splitting."""

from __future__ import annotations

import pytest

from purgehist.formats.bibtex.latex import latex_to_unicode
from purgehist.formats.bibtex.names import BibName, split_names


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        pytest.param('{\\"o}', "ö", id="braced_umlaut"),
        pytest.param('\\"{o}', "ö", id="umlaut_braced_letter"),
        pytest.param('\\"o', "ö", id="bare_umlaut"),
        pytest.param("\\'e", "é", id="acute"),
        pytest.param("\\`a", "à", id="grave"),
        pytest.param("\\^o", "ô", id="circumflex"),
        pytest.param("\\~n", "ñ", id="tilde"),
        pytest.param("{\\v{s}}", "š", id="caron_braced"),
        pytest.param("\\v s", "š", id="caron_space"),
        pytest.param("\\v{Z}", "Ž", id="caron_capital"),
        pytest.param("\\c{c}", "ç", id="cedilla"),
        pytest.param("\\k{a}", "ą", id="ogonek"),
        pytest.param("\\H{o}", "ő", id="double_acute"),
        pytest.param("\\u{g}", "ğ", id="breve"),
        pytest.param("\\r{a}", "å", id="ring"),
        pytest.param("\\'{\\i}", "í", id="dotless_i"),
        pytest.param("{\\ss}", "ß", id="eszett"),
        pytest.param("S\\o{}ren", "Søren", id="slashed_o"),
        pytest.param("{\\L}\\'od\\'z", "Łódź", id="polish"),
        pytest.param("{\\AE}sop", "Æsop", id="ligature"),
        pytest.param("Marx \\& Engels", "Marx & Engels", id="escaped_ampersand"),
        pytest.param("100\\%", "100%", id="escaped_percent"),
        pytest.param("1936--1938", "1936–1938", id="en_dash"),
        pytest.param("purge---and after", "purge—and after", id="em_dash"),
        pytest.param("J.~Arch Getty", "J. Arch Getty", id="tie"),
        pytest.param("The {USSR} and {\\emph{Pravda}}", "The USSR and Pravda", id="protect_emph"),
        pytest.param("\\textit{Izvestiia}", "Izvestiia", id="textit"),
        pytest.param("``Great Terror''", "“Great Terror”", id="tex_quotes"),
        pytest.param("Террор  в\n  СССР", "Террор в СССР", id="cyrillic_and_spaces"),
    ],
)
def test_latex_to_unicode(latex: str, text: str) -> None:
    assert latex_to_unicode(latex) == text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("Conquest, Robert", [("Robert", "", "Conquest", "")], id="last_first"),
        pytest.param("Robert Conquest", [("Robert", "", "Conquest", "")], id="first_last"),
        pytest.param("J. Arch Getty", [("J. Arch", "", "Getty", "")], id="two_given"),
        pytest.param(
            "Ludwig van Beethoven", [("Ludwig", "van", "Beethoven", "")], id="first_von_last"
        ),
        pytest.param(
            "van Goudoever, A. P.", [("A. P.", "van", "Goudoever", "")], id="von_last_first"
        ),
        pytest.param("King, Jr., Martin Luther", [("Martin Luther", "", "King", "Jr.")], id="jr"),
        pytest.param("Stalin", [("", "", "Stalin", "")], id="single_name"),
        pytest.param(
            "Getty, J. Arch and Oleg V. Naumov",
            [("J. Arch", "", "Getty", ""), ("Oleg V.", "", "Naumov", "")],
            id="mixed_forms",
        ),
        pytest.param(
            "Dvo{\\v{r}}{\\'a}k, Ji{\\v r}{\\'\\i}", [("Jiří", "", "Dvořák", "")], id="accented"
        ),
        pytest.param(
            "{Barnes and Noble}, Inc.", [("Inc.", "", "Barnes and Noble", "")], id="braced_and"
        ),
        pytest.param("Иванов, Иван Иванович", [("Иван Иванович", "", "Иванов", "")], id="cyrillic"),
        pytest.param("A, B AND C, D", [("B", "", "A", ""), ("D", "", "C", "")], id="upper_and"),
    ],
)
def test_split_names(value: str, expected: list[tuple[str, str, str, str]]) -> None:
    names, others = split_names(value)
    assert [(n.first, n.von, n.last, n.jr) for n in names] == expected
    assert not others


def test_braced_name_is_a_body_kept_whole() -> None:
    names, _ = split_names("{Institut Marksizma-Leninizma} and {Central Committee of the {VKP(b)}}")
    assert names == [
        BibName(last="Institut Marksizma-Leninizma", literal=True),
        BibName(last="Central Committee of the VKP(b)", literal=True),
    ]
    assert names[0].sort_form == names[0].display == "Institut Marksizma-Leninizma"


def test_and_others_is_flagged() -> None:
    names, others = split_names("Jansen, Marc and others")
    assert [n.sort_form for n in names] == ["Jansen, Marc"]
    assert others


def test_name_forms() -> None:
    name = BibName(first="Martin Luther", last="King", jr="Jr.")
    assert name.sort_form == "King, Martin Luther, Jr."
    assert name.display == "Martin Luther King, Jr."
    von = BibName(first="A. P.", von="van", last="Goudoever")
    assert (von.sort_form, von.display) == ("van Goudoever, A. P.", "A. P. van Goudoever")

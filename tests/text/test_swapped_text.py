"""Ligatures whose letters a re-distilled PDF's ``ToUnicode`` map gives byte-swapped, as
``pdftotext`` prints them, written back in the text front end."""

from __future__ import annotations

from purgehist.formats.text.read import parse_text
from purgehist.formats.text.swapped_text import unswapped_text
from purgehist.model.documents import walk_paragraphs

_FI = "\u6600\u6900"  # "fi" with each letter's two bytes swapped
_FL = "\u6600\u6c00"
_TT = "\u7400\u7400"


def test_swapped_letters_inside_words_are_written_back() -> None:
    text = f"Dri{_TT}e, überarbeitete Au{_FL}age, siehe S. 217{_FI[0]}{_FI[0]}."
    assert unswapped_text(text) == "Dritte, überarbeitete Auflage, siehe S. 217ff."


def test_a_page_of_chinese_keeps_its_ideographs() -> None:
    # the same code points among the ideographs of a Chinese page stand for themselves
    page = f"昀氀是汉字，{_FI}，中文的文字，中国语言，书写系统。"
    assert unswapped_text(f"Au{_FL}age\f{page}") == f"Auflage\f{page}"


def test_a_notes_text_reads_with_its_ligatures_mended() -> None:
    text = (
        "Die Grammatik beschreibt das System der Sprache, nicht ihren richtigen Gebrauch.1\n"
        "Sie ist damit eine Wissenschaft wie andere auch.\n"
        f"1 Vgl. zu dieser De{_FI}nition die Einleitung der dri{_TT}en Au{_FL}age.\n"
        "\n"
        "17\n"
    )
    dataset = parse_text(text, file="swapped.txt").dataset
    notes = [n.text for p in walk_paragraphs(dataset.documents[0].divisions) for n in p.notes]
    assert notes == ["Vgl. zu dieser Definition die Einleitung der dritten Auflage."]

"""Author–year citations: the references list's entries (``Wodak, Ruth & Teun A. van Dijk.
2000. Title. Place: Publisher.``, ``Smith, J. (2001). Title.``) and the citations in notes that
point at them (``Wodak (1996, 2001: 12)``, ``(van Dijk 1995: 18; Reisigl & Wodak 2001)``,
``Rankin et al. 2006: 232``, ``Stalnaker (1973 : 448)``).

A citation is found by its year: the names right before it (or before the parenthesis that
holds it), or those of the citation before it in the same parenthesis (``Wodak (1996, 2001)``),
and the pages after a colon. The year may carry a letter (``2016d``) that tells apart the works
of one author and year, as the references list prints it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from purgehist.formats.text.citation_parts import (
    NAME_JOINER,
    PARTICLE_BEFORE,
    ROMAN_NUMERAL,
    CitationKind,
    ParsedCitation,
)
from purgehist.formats.text.person_names import looks_like_names, parse_name
from purgehist.names import PersonName

__all__ = ["author_year_citations", "read_author_year_entry", "undated_label"]

_YEAR = r"(?:1[4-9]\d\d|20\d\d)[a-z]?"
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-Ω"
# Capitalised words that open sentences and clauses, never a cited name.
_NOT_NAMES = (
    r"(?:See|Cf|For|In|On|The|And|Also|But|As|At|This|That|These|Those|Here|Note|Compare|"
    r"Vgl|Siehe|Voir|Dans|Pour|Zu|Zur|Die|Der|Das|Dies|Le|La|Les|Un|Une|Et|Sur|Avec|Par|Bei|"
    r"Nach|Von|Table|Figure|Chapter|Section|Kapitel|Abschnitt|Chapitre|Tabelle|Abbildung|"
    r"Example|Beispiel|Exemple|Appendix|Anhang|Annexe|Part|Teil|Vol|Volume|Band|No|Nr|Page|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
# a name, or one an editor supplied in brackets ("[Frisch]", "[Frederick the Great]")
_WORD = rf"(?!{_NOT_NAMES})(?:[{_UP}][\w’'\-]*[^\W\d_]|\[[{_UP}][^\[\]();:,]{{1,40}}\]|Anon\.)"
# "Polier de Bottens", "Marineo Sículo": a particle may also join two words of one surname
_SURNAME = rf"(?:{PARTICLE_BEFORE})*{_WORD}(?:[\s-]{_WORD}|\s+{PARTICLE_BEFORE}{_WORD})?"
_NAMES = (
    rf"{_SURNAME}(?:\s*{NAME_JOINER}\s*{_SURNAME})*"
    r"(?:\s+et\s+al\.?|\s+u\.\s?a\.)?"
)
# a possessive may have the cited thing between it and the year ("Dorsey’s manuscripts (n.d.)")
_NAMES_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(;,/\[„“\"'‘«]))(?P<names>{_NAMES})"
    r"(?:(?:’s|'s|(?<=s)[’'])(?P<thing>\s+[a-zß-ÿ]{3,}(?=\s*\())?)?\s*(?:\(\s*)?$"
)
# APA's form, a comma between the names and the year inside the bracket ("(White, 1980)",
# "(Hogg, McKean, & Craig, 2005; Long, 2000)"): a place and year look the same ("(Paris,
# 1939)"), so it is read only for an author with a listed work of that year
_APA_BEFORE = re.compile(
    rf"(?:^|(?<=[(;])|(?<=[(;]\s))(?P<names>{_SURNAME}"
    rf"(?:\s*,?\s*(?:&|and)\s*{_SURNAME}|\s*,\s*{_SURNAME})*(?:\s+et\s+al\.)?)(?P<thing>),\s*$"
)
# works not yet out or undated: cited and listed with a word for the year
_UNDATED = (
    r"(?:n\.\s?d\.|o\.\s?J\.|s\.\s?d\.|fc\.|[Ff]orthcoming|[Ii]n\s+press|im\s+Druck|"
    r"à\s+paraître|sous\s+presse)(?:\s?[(\[][a-z][)\]])?"
)
# a work published over several years is cited by the span and listed by its first year
# ("Rotolo (1973–1974: 91)", "Brinck (1615-1635: 56v)")
_YEAR_AT = re.compile(
    rf"(?<![\w/.-])(?:(?P<year>{_YEAR})(?:\s?[–-]\s?(?:1[4-9]|20)?\d\d)?(?![\w/-]|\.\d)|"
    rf"{_UNDATED}(?!\w))"
)
# "1970a,b", "1892b, a": more works of the same year, by their letters alone
_MORE_LETTER = re.compile(r"\s?,\s?([a-z])(?=\s*[,;:)\]]|\s*$)")
_MORE_BRACKETED = re.compile(r"\s?,\s?[(\[]([a-z])[)\]]")
# The pages after a colon (or ", p."): numbers, ranges and lists of them, roman numerals, and
# the leaves of early printed books by their signatures, whose recto or verso mark is often
# set apart ("a.3v", "*.iiv", "b.4v –b.5r , 432", ")(.7v"); or a dictionary's headword
# ("s.v. “dialect”"). A full stop after a figure ends them ("193. 5": the next note's label).
# After a comma, a chapter, section, table or figure keeps its unit ("Dowty et al. (1981,
# chap. 7)", "IEEE [2012a, Table 8-3]"); the following pages may be set apart ("45 ff.",
# "12 sqq."), a note on the page added ("12, Fn. 4").
# a roman numeral, not nothing (nor "mild", "civil": no numerals)
_ROMAN = rf"{ROMAN_NUMERAL}(?<=[ivxlcdm])"
# a number after "and" or a comma that is a year opens the next citation ("1985: 12 and 1990")
_NOT_YEAR = r"(?!(?:1[4-9]|20)\d\d[a-z]?(?![\w–-]))"
# which of a book's paginations the pages are in ("i.203, 3rd sequence of pagination",
# "5, second pagination sequence"): part of the locator, no page
_SEQUENCE = (
    r",\s(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)\s+"
    r"(?:sequence\s+of\s+pagination|pagination(?:\s+sequence)?)(?=\s*[);]|$)"
)
# a dash set apart before a sentence of comment ("77 – I refer to the German translation")
_NOT_PROSE = r"(?![A-ZÀ-Ý][a-zß-ÿ]*\s+[a-zß-ÿ])"
_PAGES = re.compile(
    r"\s*(?:\[[^\]]{0,30}\]\s*)?(?::|,\s*(?:pp?\.|S\.|p\.)\s*|"
    r",\s*(?=(?:chap|ch|Kap|Kapitel|sect|Abschnitt|Table|Tab|Tabelle|Tableau|Fig|Figure|Abb)\.?\s?\d|§))"
    r"\s*(?P<pages>"
    r"s\.\s?v\.\s*[“\"‘'«„][^”\"’'»“\n]{1,40}[”\"’'»“]|"
    rf"(?:{_SEQUENCE}|[^;()\s,]|,(?=\w)|\)\((?=\.)|(?<!\d\.)\s(?=[\w.–-]*\d)|\s+(?=[–—-]\s*{_NOT_PROSE}\S)|"
    rf"(?<=[–—-])\s+{_NOT_PROSE}(?=\S)|\s(?=(?:ff?|sqq?|seq|et\s+suiv)\.?(?:[\s);,]|$))|"
    rf"\s?,\s{_NOT_YEAR}(?=[\w.*†‡¶]*\d|{_ROMAN}\b(?!\.)|passim\b|(?:Fn|Anm|n|note)\.?\s?\d)|"
    rf"\s(?:&|and|et|und)\s{_NOT_YEAR}(?=[A-Z]?\d)|;\s?{_NOT_YEAR}(?=\d+[\s,–-]*\d*\s*[);]))+)"
)
# what pages must look like: a figure, a roman numeral (perhaps a signature's or a section's),
# a headword, the title page or "passim"
_PAGES_OK = re.compile(
    rf"\d|^\[?[§¶*†‡✠]*(?:\S{{1,3}}\.)?{_ROMAN}[rv]?\b|^s\.\s?v\.|^(?:title|passim)\b"
)
_SAME_GROUP = re.compile(r"^\s*(?:[,;]|\s(?:and|und|et|&)\s)\s*(?:(?:see|cf\.|vgl\.)\s+)?$")


# a year in brackets with no name before it: the author named earlier in the sentence
# (also after a word that sends the reader there: "(vgl. 2011: 119)", "(see 1990)")
_BARE_YEAR = re.compile(r"\(\s*(?:(?:vgl|cf|see|siehe|voir|s)\.?\s+)?$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+(?=[A-ZÀ-Ý])|;\s)")
_CAPITALISED = re.compile(rf"(?<![\w’'\-])[{_UP}][\w’'\-]*[^\W\d_]")


def author_year_citations(
    text: str, has_work: Callable[[str, str], bool] | None = None
) -> list[ParsedCitation]:
    """Every author–year citation in *text* (a note), in order. With *has_work* (whether a
    surname has a listed work of a year), a bracketed year without a name before it
    (``Roberts defines excorporation as “…” (1991: 211)``) is cited to the last name earlier
    in its sentence that has a work of that year."""
    found: list[ParsedCitation] = []
    names: list[PersonName] = []
    names_text = ""
    last_end = -1
    for match in _YEAR_AT.finditer(text):
        start = match.start()
        if start < last_end:
            continue  # a number among the pages of the citation before
        before = _NAMES_BEFORE.search(text[max(0, start - 90) : start])
        # "Amerot’s adaptation of Tryphon’s treatise (1520)": the possessor may be no author
        # of the year; the sentence's subject then is
        if (
            before is not None
            and before["thing"]
            and has_work
            and match["year"]
            and not has_work(_names(before["names"])[0].surname, match["year"][:4])
        ):
            before = None
        if before is None and has_work is not None and match["year"]:
            apa = _APA_BEFORE.search(text[max(0, start - 90) : start])
            if apa is not None and has_work(_names(apa["names"])[0].surname, match["year"][:4]):
                before = apa
        if before is not None:
            names_text = before["names"]
            names = _names(names_text)
            if has_work is not None and match["year"]:
                names = _genitive(names, match["year"][:4], has_work)
        elif found and last_end >= 0 and _SAME_GROUP.match(text[last_end:start]):
            pass
        elif has_work is not None and (subject := _subject(text, start, has_work)) is not None:
            names_text, names = subject, [PersonName(surname=subject)]
        elif (earlier := _same_work(found, text, match)) is not None:
            # "Coniglio (2011: 98) geht … (vgl. 2011: 119)": the work cited before, again
            names_text, names = earlier.printed, list(earlier.authors)
        else:
            continue
        year = match["year"] or match[0]
        labels, after = [year], match.end()
        while year[-1:].isalpha() and (more := _MORE_LETTER.match(text, after)) is not None:
            labels.append(year[:4] + more[1])
            after = more.end()
        lettered = re.match(r"^(.*?)[(\[][a-z][)\]]$", year) if not match["year"] else None
        while lettered and (more := _MORE_BRACKETED.match(text, after)) is not None:
            labels.append(f"{lettered[1]}[{more[1]}]")  # "n.d.[a],[b],[c]"
            after = more.end()
        pages = _PAGES.match(text, after)
        if pages is not None and not _PAGES_OK.search(pages["pages"]):
            pages = None  # "Thurmair (1989): halt": a word the note goes on to discuss
        end = pages.end() if pages else after
        locator = _tidy_pages(pages["pages"]) if pages else None
        printed = text[start if before is None else max(0, start - 90) + before.start() : end]
        for label in labels:
            dated = label[:1].isdigit()
            found.append(
                ParsedCitation(
                    kind=CitationKind.SHORT,
                    printed=printed,
                    authors=list(names),
                    year=label[:4] if dated else None,
                    year_label=label if dated else undated_label(label),
                    # the pages follow the last of the letters
                    locator=(locator or None) if label is labels[-1] else None,
                    et_al=bool(_ET_AL.search(names_text)),
                )
            )
        last_end = end
    return found


_ET_AL = re.compile(r"\s+(?:et\s+al\.?|u\.\s?a\.)$")


def _same_work(
    found: list[ParsedCitation], text: str, year: re.Match[str]
) -> ParsedCitation | None:
    """The citation earlier in the note of the same year, the last, when a bracketed year
    stands without a name (``(vgl. 2011: 119)``) and no other citation between names
    another author."""
    if (
        not found
        or not year["year"]
        or not _BARE_YEAR.search(text[max(0, year.start() - 10) : year.start()])
    ):
        return None
    last = found[-1]
    return last if last.authors and last.year_label == year["year"] else None


def _genitive(
    names: list[PersonName], year: str, has_work: Callable[[str, str], bool]
) -> list[PersonName]:
    """*names*, the first read as the surname in the genitive before a noun when it is no
    listed author of *year* but that surname is (German ``Ormelius-Sandbloms Ausführungen
    (1997)``, ``Coniglios Analyse (2011)``). The noun reaches here as the second word of a
    two-word surname (``_SURNAME`` joins at most two capitalised words, as in ``Marineo
    Sículo``): a longer run of capitalised words is never read as one name."""
    if not names or has_work(names[0].surname, year):
        return names
    words = names[0].surname.split()
    if len(words) != 2 or not words[0].endswith("s") or not words[1][:1].isupper():
        return names
    for surname in (words[0][:-1], words[0]):
        if has_work(surname, year):
            return [PersonName(surname=surname), *names[1:]]
    return names


def _tidy_pages(text: str) -> str:
    """The pages as printed without the spaces a set-apart recto or verso mark leaves
    (``b.4v –b.5r , 432`` → ``b.4v–b.5r, 432``) and without a closing full stop or comma."""
    text = re.sub(r"\s*([–—-])\s*", r"\1", text.strip())
    text = re.sub(r"\s+,", ",", text).rstrip(".,")
    if re.fullmatch(r"\[[^\[\]]+\]", text):
        return text[1:-1]  # "[i]": a page an editor numbered, unnumbered in print
    # "[vgl. Hentschel 1986: 202–203]": the square bracket closes around the citation
    return text.rstrip("]").rstrip(".,") if text.count("]") > text.count("[") else text


def _subject(text: str, start: int, has_work: Callable[[str, str], bool]) -> str | None:
    """The surname a bare bracketed year at *start* belongs to: the last capitalised word of
    its sentence, before the bracket, with a listed work of that year."""
    if not _BARE_YEAR.search(text[max(0, start - 10) : start]):
        return None
    year = text[start : start + 4]
    if not year.isdigit():
        return None
    sentence = text[max(0, start - 300) : start]
    opening = list(_SENTENCE_START.finditer(sentence))
    sentence = sentence[opening[-1].end() :] if opening else sentence
    for word in reversed(_CAPITALISED.findall(sentence)):
        name = re.sub(r"(?:’s|'s|’|')$", "", word)
        if has_work(name, year):
            return name
    return None


def undated_label(text: str) -> str:
    """One label for the words that stand for a year: ``n.d.`` for an undated work (``n. d.``,
    ``o. J.``, ``s.d.``), ``forthcoming`` for one not yet out (``fc.``, ``in press``), with
    the letter that tells apart one author's works so dated (``fc.(a)``: ``forthcoming a``)."""
    letter = re.search(r"[(\[]([a-z])[)\]]$", text)
    folded = re.sub(r"\s+", "", text[: letter.start()] if letter else text).lower()
    label = "n.d." if folded in ("n.d.", "o.j.", "s.d.") else "forthcoming"
    return f"{label} {letter[1]}" if letter else label


def _names(text: str) -> list[PersonName]:
    text = _ET_AL.sub("", text.strip())
    parts = re.split(rf"\s*{NAME_JOINER}\s*", text)
    # "van Dijk’s (1998) model": the possessive is no part of the name
    return [PersonName(surname=re.sub(r"[’']s$", "", p.strip("[]"))) for p in parts if p.strip()]


_ENTRY = re.compile(
    rf"^(?P<names>.+?)[.,]?\s+\(?(?P<year>{_YEAR}|{_UNDATED})"
    r"(?:\s?[–-]\s?(?:\d{2,4}|present))?\)?(?:\s*\[[^\]]{0,40}\])?(?:\.|(?<=\.))\s+"
    r"(?P<rest>.+)$"
)
_EDITED = re.compile(r"\s*\((?:eds?|Hg|Hrsg|éds?|dir)\.?\)\s*$", re.IGNORECASE)
# a title ends at a sentence's end, but a volume named after it belongs to it ("Logic,
# language, and meaning. Vol. 2: Intensional logic")
_TITLE_END = re.compile(
    r"(?<=[^\s.][.?!])(?<!Vol\.)(?<!Bd\.)\s+(?!(?:Vol|Bd|Tome|Part|Teil|Band)\b)"
    r"(?=In[: ]|[A-Z0-9ÀÉ“\"(])"
    r"|(?<=\.)\s+(?=\()"
)
_IN = re.compile(r"^In:?\s+(?:(?P<eds>.+?)\s+\((?:eds?|Hg|Hrsg|éds?|dir)\.?\),?\s+)?(?P<book>.+)$")
_JOURNAL = re.compile(
    r"^(?P<cont>[^.]+?)\s+(?P<vol>\d+)(?:\((?P<iss>[^)]+)\))?\.\s*(?P<pages>\d+\s*[-–]\s*\d+)"
)


def read_author_year_entry(text: str) -> ParsedCitation | None:
    """An entry of an author–year references list (``Names. Year. Title. Rest.``), else
    ``None``."""
    match = _ENTRY.match(text.strip())
    if match is None:
        return None
    names_text = match["names"].strip()
    edited = bool(_EDITED.search(names_text))
    names_text = _ROLE.sub("", _EDITED.sub("", names_text))
    et_al = bool(_ET_AL.search(names_text))
    names_text = _ET_AL.sub("", names_text)
    authors = _bracketed_names(names_text)
    if authors is None:
        # editors' brackets: an attributed author ("[Frisch, Johann Leonhard]"), a restored
        # letter ("Paul[l]us"), a particle set after the given names ("Saumaise, Claude (de)")
        authors = _entry_names(re.sub(r"[\[\]()]", "", names_text).strip())
    if not authors:
        return None
    year = match["year"]
    rest = match["rest"].strip()
    cut = _TITLE_END.search(rest)
    title = (rest[: cut.start()] if cut else rest).strip().rstrip(".")
    after = rest[cut.end() :].strip() if cut else ""
    citation = ParsedCitation(
        kind=CitationKind.FULL,
        printed=text.strip(),
        authors=authors,
        title=title,
        year=year[:4] if year[:1].isdigit() else None,
        year_label=year if year[:1].isdigit() else undated_label(year),
        editors=edited,
        et_al=et_al,
    )
    inside = _IN.match(after)
    journal = _JOURNAL.match(after)
    if inside is not None:
        citation.in_book = True
        citation.container = inside["book"].split(",")[0].strip()
    elif journal is not None:
        citation.container = journal["cont"].strip()
        citation.volume = journal["vol"]
        citation.issue = journal["iss"]
        citation.pages = journal["pages"]
        citation.quoted_title = True
    return citation


# a role set after a name in brackets, in lower case: "Polier de Bottens, Antoine-Noé [auctor
# et defendens]", "[praeses]"
_ROLE = re.compile(r"\s+\[[a-z][^\]]{0,40}\]")
_BRACKETED = re.compile(r"\[([^\[\]]+)\]")


def _bracketed_names(text: str) -> list[PersonName] | None:
    """The authors of an entry whose every name an editor has supplied in brackets
    (``[Spieghel, Hendrik Laurensz], [Coornhert, Dirck] & [Fallet, G.]``, ``[Frederick the
    Great]``), else ``None``: each bracket holds one name, inverted, or a name used whole."""
    names = _BRACKETED.findall(text)
    if not names or re.sub(rf"\s*{NAME_JOINER}\s*", "", _BRACKETED.sub("", text)):
        return None
    return [
        parse_name(n, inverted=True) if "," in n else PersonName(surname=n.strip()) for n in names
    ]


# APA's names, each inverted with initials: "Hogg, R. V., McKean, J. V., & Craig, A. T."
_APA_NAME = (
    rf"((?:{PARTICLE_BEFORE})*[{_UP}][\w’'-]+(?:\s[{_UP}][\w’'-]+)?),\s"
    rf"([{_UP}](?:\.\s?-?[{_UP}])*\.?)"
)
_APA_NAMES = re.compile(rf"^{_APA_NAME}(?:,\s(?:&\s)?{_APA_NAME}|,?\s(?:&|and)\s{_APA_NAME})+$")


def _entry_names(text: str) -> list[PersonName]:
    """``Wodak, Ruth & Teun A. van Dijk``, ``Reisigl, Martin, Ruth Wodak & X Y``: the first
    name inverted, the others in natural order; APA's every name inverted."""
    if _APA_NAMES.match(text):
        return [PersonName(surname=m[1], given=m[2]) for m in re.finditer(_APA_NAME, text)]
    if "," not in text:
        return [parse_name(text)] if looks_like_names(text) or text.startswith("Anon") else []
    first_surname, _, others = text.partition(",")
    parts = [p.strip() for p in re.split(rf"\s*{NAME_JOINER}\s*", others) if p.strip()]
    if not parts or len(first_surname.split()) > 4:
        return []
    # the first name is checked whole: given names in initials alone (``Hainsworth, J. B``)
    # hold no word of two letters
    if not all(looks_like_names(p) for p in (f"{first_surname} {parts[0]}", *parts[1:])):
        return []
    names = [parse_name(f"{first_surname}, {parts[0]}", inverted=True)]
    names.extend(parse_name(p) for p in parts[1:])
    return names

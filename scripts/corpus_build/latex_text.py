"""LaTeX turned into plain text (pylatexenc), with the commands of the corpus's books."""

from __future__ import annotations

import re
from typing import Any

_L2T: Any = None


def _converter() -> Any:
    global _L2T
    if _L2T is not None:
        return _L2T
    from pylatexenc import latexwalker, macrospec  # type: ignore[import-untyped]
    from pylatexenc.latex2text import (  # type: ignore[import-untyped]
        LatexNodes2Text,
        MacroTextSpec,
    )

    db = latexwalker.get_default_latex_context_db()
    drop1 = [
        "ia",
        "il",
        "is",
        "index",
        "label",
        "iw",
        "isi_",
        "ie",
        "iai_",
        "footnotemark",
        "hypertarget",
        "phantomsection",
        "nocite",
        "addcontentsline",
        "vspace",
        "hspace",
        "pagebreak",
        "linebreak",
        "newpage",
        "clearpage",
        "noindent",
        "mbox_",
        "todo",
        "ig",
        "vpageref",
        "pageref",
    ]
    keep1 = [
        "iai",
        "ili",
        "isi",
        "textsc",
        "textsuperscript",
        "textsubscript",
        "url",
        "href_",
        "mbox",
        "textup",
        "textnormal",
        "textmd",
        "upshape",
        "oldstylenums",
        "lsptoprule",
        "gloss",
        "textbf",
        "textit",
        "emph",
        "textsl",
        "texttt",
        "textsf",
        "underline",
        "uline",
        "enquote",
        "textquote",
        "mkbibquote",
        "foreignlanguage_",
        "textgreek",
        "textcyrillic",
        "textstylehigh",
        "lang",
        "ile",
        "isce",
        "ia_",
        "tss",
        "tsub",
        "tsup",
        "bluebold",
    ]
    specs: list[Any] = []
    mspecs: list[Any] = []
    for n in drop1:
        n = n.rstrip("_")
        mspecs.append(macrospec.MacroSpec(n, "{"))
        specs.append(MacroTextSpec(n, simplify_repl=""))
    for n in keep1:
        n = n.rstrip("_")
        mspecs.append(macrospec.MacroSpec(n, "{"))
        specs.append(MacroTextSpec(n, simplify_repl="%(1)s"))
    mspecs += [
        macrospec.MacroSpec("hyperref", "[{"),
        macrospec.MacroSpec("href", "{{"),
        macrospec.MacroSpec("foreignlanguage", "[{{"),
        macrospec.MacroSpec("ref", "{"),
        macrospec.MacroSpec("sectref", "{"),
        macrospec.MacroSpec("chapref", "{"),
        macrospec.MacroSpec("tabref", "{"),
        macrospec.MacroSpec("figref", "{"),
        macrospec.MacroSpec("exref", "{"),
        macrospec.MacroSpec("fnref", "{"),
        macrospec.MacroSpec("appref", "{"),
        macrospec.MacroSpec("partref", "{"),
        macrospec.MacroSpec("REF", "{"),
        macrospec.MacroSpec("eqref", "{"),
        macrospec.MacroSpec("autoref", "{"),
        macrospec.MacroSpec("cref", "{"),
        macrospec.MacroSpec("Cref", "{"),
    ]
    specs += [
        MacroTextSpec("hyperref", simplify_repl="%(2)s"),
        MacroTextSpec("href", simplify_repl="%(2)s"),
        MacroTextSpec("foreignlanguage", simplify_repl="%(3)s"),
        MacroTextSpec("ref", simplify_repl=""),
        MacroTextSpec("sectref", simplify_repl="Section"),
        MacroTextSpec("chapref", simplify_repl="Chapter"),
        MacroTextSpec("tabref", simplify_repl="Table"),
        MacroTextSpec("figref", simplify_repl="Figure"),
        MacroTextSpec("exref", simplify_repl=""),
        MacroTextSpec("fnref", simplify_repl="Footnote"),
        MacroTextSpec("appref", simplify_repl="Appendix"),
        MacroTextSpec("partref", simplify_repl="Part"),
        MacroTextSpec("REF", simplify_repl=""),
        MacroTextSpec("eqref", simplify_repl=""),
        MacroTextSpec("autoref", simplify_repl=""),
        MacroTextSpec("cref", simplify_repl=""),
        MacroTextSpec("Cref", simplify_repl=""),
        MacroTextSpec("ia", simplify_repl=""),
        MacroTextSpec("dots", simplify_repl="…"),
        MacroTextSpec("ldots", simplify_repl="…"),
        MacroTextSpec("textellipsis", simplify_repl="…"),
        MacroTextSpec("ea", simplify_repl=""),
        MacroTextSpec("z", simplify_repl=""),
        MacroTextSpec("ex", simplify_repl=""),
        MacroTextSpec("trans", simplify_repl=""),
        MacroTextSpec("gll", simplify_repl=""),
        MacroTextSpec("glt", simplify_repl=""),
        MacroTextSpec("sub", simplify_repl=""),
        MacroTextSpec("zl", simplify_repl=""),
        MacroTextSpec("LaTeX", simplify_repl="LaTeX"),
        MacroTextSpec("TeX", simplify_repl="TeX"),
        MacroTextSpec("S", simplify_repl="§"),
        MacroTextSpec("textsection", simplify_repl="§"),
        MacroTextSpec("textendash", simplify_repl="–"),
        MacroTextSpec("textemdash", simplify_repl="—"),
        MacroTextSpec("ebd", simplify_repl="ebd."),
        MacroTextSpec("xspace", simplify_repl=""),
        MacroTextSpec("nobreakdash", simplify_repl=""),
        MacroTextSpec("slash", simplify_repl="/"),
        MacroTextSpec("hyphen", simplify_repl="-"),
        MacroTextSpec("break", simplify_repl=" "),
    ]
    db.add_context_category("purgehist", macros=mspecs, prepend=True)
    l2t = LatexNodes2Text(
        latex_context=_text_db(db, specs), math_mode="text", strict_latex_spaces=False
    )
    _L2T = (latexwalker, db, l2t)
    return _L2T


def _text_db(db: Any, specs: list[Any]) -> Any:
    from pylatexenc.latex2text import get_default_latex_context_db

    tdb = get_default_latex_context_db()
    tdb.add_context_category("purgehist", macros=specs, prepend=True)
    return tdb


def latex_to_text(src: str) -> str:
    """*src* (LaTeX) as plain text, its whitespace collapsed."""
    latexwalker, db, l2t = _converter()
    try:
        w = latexwalker.LatexWalker(src, latex_context=db, tolerant_parsing=True)
        nodes, _, _ = w.get_latex_nodes()
        txt = l2t.nodelist_to_text(nodes)
    except Exception:
        txt = re.sub(r"\\[A-Za-z]+\*?", " ", src)
        txt = re.sub(r"[{}]", "", txt)
    txt = txt.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", txt).strip()

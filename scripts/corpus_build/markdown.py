"""Notes of Markdown files: ``[^n]`` references and ``[^n]:`` definitions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from corpus_build.mirror import Repo
from corpus_build.notes import Extracted, SourceNote, tail

MD_REF_RE = re.compile(r"\[\^([^\]\s]+)\](?!:)")
MD_DEF_RE = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*(.*(?:\n(?:[ \t]{2,}|\t).*)*)", re.M)
MD_LINK_RE = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*([^()\s]*(?:\([^()]*\)[^()\s]*)*)\s*\)")
MD_AUTOLINK_RE = re.compile(r"<((?:https?|ftp|doi|mailto):[^<>\s]+)>")


def md_to_text(src: str, cfg: dict[str, Any]) -> str:
    """Plain text of a Markdown fragment, links written as the document prints them.

    ``link_templates`` maps a link's text to how it is printed (``{url}`` is the target);
    ``autolink_brackets`` keeps the angle brackets of ``<https://…>``.
    """
    templates: dict[str, str] = cfg.get("link_templates", {})
    keep_brackets = bool(cfg.get("autolink_brackets", False))

    def link(m: re.Match[str]) -> str:
        text, url = m.group(1), m.group(2)
        template = templates.get(text.strip())
        return template.format(url=url) if template else text

    text = src if keep_brackets else MD_AUTOLINK_RE.sub(r"\1", src)
    text = MD_LINK_RE.sub(link, text)
    text = MD_REF_RE.sub("", text)
    text = re.sub(r"(?<![\\*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def split_run_together(defs: dict[str, str], wanted: Iterable[str]) -> dict[str, str]:
    """Recover notes whose definitions ran together into the previous one.

    A word processor's export can glue note *n + 1* to the end of note *n* (``… S. 127. 92
    Vgl. ebd.``): a numeric id referenced in the text but not defined is split off the
    definition of the id before it, where that number stands alone before a capital letter.
    """
    out = dict(defs)
    for name in wanted:
        if name in out or not name.isdigit():
            continue
        before = str(int(name) - 1)
        text = out.get(before)
        if text is None:
            continue
        m = re.search(r"\s" + name + r"\s+(?=[A-ZÄÖÜ])", text)
        if m is None:
            continue
        out[before] = text[: m.start()].rstrip()
        out[name] = text[m.end() :].strip()
    return out


def markdown_notes(doc: dict[str, Any], repo: Repo) -> Extracted:
    """Notes of Markdown files (``paths.parts`` in order), numbered by their ids."""
    cfg = doc.get("extract", {})
    parts = doc["paths"].get("parts") or [doc["paths"]["main"]]
    texts = [repo.text(doc["commit"], p) or "" for p in parts]
    defs: dict[str, str] = {}
    bodies: list[str] = []
    for text in texts:
        defs.update({m.group(1): m.group(2) for m in MD_DEF_RE.finditer(text)})
        bodies.append(MD_DEF_RE.sub("", text))
    body = "\n\n".join(bodies)
    refs = list(MD_REF_RE.finditer(body))
    defs = split_run_together(defs, (m.group(1) for m in refs))
    notes: list[SourceNote] = []
    seen: set[str] = set()
    for m in refs:
        name = m.group(1)
        if name in seen or name not in defs:
            continue
        seen.add(name)
        start = body.rfind("\n\n", 0, m.start())
        before = body[start + 1 if start >= 0 else 0 : m.start()]
        notes.append(
            SourceNote(
                label=name if cfg.get("label_from") == "id" else str(len(notes) + 1),
                scope="document",
                text=md_to_text(defs[name], cfg),
                anchor=tail(md_to_text(before, cfg)),
            )
        )
    return Extracted(notes, files=list(parts))

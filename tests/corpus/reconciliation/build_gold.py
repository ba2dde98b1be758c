"""Rebuild the reconciliation gold set from the bibliographies of CC BY books.

    python tests/corpus/reconciliation/build_gold.py /work/.mirror /work/corpus

Records come from the ``.bib`` files of Language Science Press repositories and from the
``gold.json`` bibliographies of the real-document corpus (with the identifiers of the same
entries in the book's ``.bib``). Pairs are labelled by what an identifier says (a DOI or an
ISBN both records carry) or by a person's reading; the reading is written down here: the
groups below were read pair by pair, and the exceptions found are listed. The matcher under
test labels nothing.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

import purgehist
from purgehist.corpus.reconcile.keys import family_key, normal_identifier, title_keys, year_of

HERE = Path(__file__).resolve().parent

CORPUS_BOOKS = {  # corpus document → (repository, its .bib): CC BY 4.0 per the corpus manifest
    "en-langsci253-vanrooy-greece": ("253", "localbibliography.bib"),
    "en-langsci94-siouan": ("94", "localbibliography.bib"),
    "en-langsci214-form-formalism": ("214", "localbibliography.bib"),
    "en-langsci196-nitzke-postediting": ("196", "localbibliography.bib"),
    "de-langsci224-schaefer-einfuehrung": ("224", "localbibliography.bib"),
    "de-langsci20-lichte-valenz": ("20", "Lichte/literatur.bib"),
    "de-langsci175-mueller-modalpartikel": ("175", None),
    "fr-langsci143-roussarie-semantique": ("143", "skeleton/localbibliography.bib"),
    "fr-langsci27-bilbiie-ellipse": ("27", "localbibliography.bib"),
    "en-langsci292-lapierre-article": ("292", "localbibliography.bib"),
    "en-langsci292-schaden-article": ("292", "localbibliography.bib"),
    "en-langsci343-mori-article": ("343", "localbibliography.bib"),
}
BIB_BOOKS = {  # repository → .bib: CC BY 4.0 stated in the sources, or the langscibook default
    "50": "paul.bib", "51": "references.bib", "134": "localbibliography.bib",
    "199": "localbibliography.bib", "241": "localbibliography.bib",
    "327": "localbibliography.bib", "363": "localbibliography.bib",
    "567": "localbibliography.bib", "101": "localbibliography.bib",
    "116": "localbibliography.bib", "163": "phrasal-lfg.bib", "186": "localbibliography.bib",
    "279": "localbibliography.bib", "286": "localbibliography.bib",
    "330": "localbibliography.bib", "340": "localbibliography.bib",
    "361": "localbibliography.bib", "371": "localbibliography.bib",
    "403": "localbibliography.bib", "46": "egbd.lsp/localbibliography.bib",
    "544": "localbibliography.bib",
}  # fmt: skip

# Read: one work each in two readings, though the matcher's keys agree or nearly do.
DIFFERENT = {
    ("langsci/224:Eisenberg2013a", "langsci/101:Eisenberg2"),  # Das Wort / Der Satz
    ("langsci/224:Eisenberg2013a", "langsci/46:Eisenberg2"),
    ("langsci/224:Eisenberg2013b", "langsci/101:Eisenberg1"),
    ("langsci/224:Eisenberg2013b", "langsci/46:Eisenberg1"),
    ("langsci/101:Eisenberg1", "langsci/46:Eisenberg2"),
    ("langsci/101:Eisenberg2", "langsci/46:Eisenberg1"),
    ("langsci/50:bib_steelsdebeule_2006", "langsci/51:steels06very"),
    ("langsci/134:Wiesinger1983", "langsci/363:Wiesinger1983c"),
    ("langsci/363:Wiesinger1983c", "langsci/116:Wiesinger1983a"),
    ("langsci/363:Wiesinger1983c", "langsci/279:Wiesinger1983"),
    ("langsci/330:schmidt_personalpronomina_1919", "langsci/361:schmidt1919a"),
}
# Read: one work, though one title carries a subtitle the other leaves out.
SAME = {
    ("langsci/199:bib_arnauld_lancelot1660_port_royal", "langsci/286:ArnauldLancelot1660"),
    ("langsci/286:ArnauldLancelot1660", "langsci/361:arnauld1660a"),
    ("langsci/199:bib_bybee_morphology", "langsci/363:Bybee1985b"),
    ("langsci/199:bib_harrison07_when_languages_die", "langsci/403:Harrison2007"),
    ("langsci/199:bib_joos57_ril1", "langsci/327:bib_joos57_readings"),
    ("langsci/199:bib_sapir_language", "langsci/241:sapir1921language"),
    ("langsci/214:Sapir1921", "langsci/199:bib_sapir_language"),
    ("langsci/214:Sapir1921", "langsci/327:bib_sapir21_language"),
    ("langsci/241:sapir1921language", "langsci/327:bib_sapir21_language"),
    ("langsci/199:bib_schleicher_darwin", "langsci/361:schleicher1863a"),
    ("langsci/214:Darnell1990", "langsci/199:bib_darnell_sapir"),
    ("langsci/214:Darnell1990", "langsci/327:bib_darnell90_sapir"),
    ("langsci/224:Sievers1876", "langsci/327:bib_sievers76_lautphysiologie"),
    ("langsci/286:Strehlow2011", "langsci/330:strehlow_tale_2011"),
    ("langsci/327:bib_koerner73_saussure", "langsci/286:Koerner1973"),
    ("langsci/330:schmidt_gliederung_1919", "langsci/361:schmidt1919a"),
    ("langsci/363:WA", "langsci/279:Wenker1888"),
}
# Read and left out: the reading does not settle it (a volume or the set, a working title).
UNSETTLED = {
    ("langsci/199:bib_jespersen24_philosophy_of_grammar", "langsci/241:jespersen1924philosophy"),
    ("langsci/241:jespersen1924philosophy", "langsci/327:bib_jespersen24_philosophy_of_grammar"),
    ("langsci/286:Latz2014", "langsci/330:Latz2014"),
    ("langsci/50:bib_saussure_1974", "langsci/327:bib_saussure_cours"),
    ("langsci/224:Sievers1876", "langsci/361:sievers1876a"),
    ("langsci/224:Sievers1876", "langsci/363:Sievers1976"),
    ("langsci/327:bib_sievers76_lautphysiologie", "langsci/361:sievers1876a"),  # 1876: Phonetik?
    ("langsci/143:Lyons:77Fr", "langsci/286:Lyons1977"),
    ("langsci/241:kahane2020encyclopedia", "langsci/286:Kahane2020"),
    ("langsci/327:bib_rumelhart_mcclelland86_pdp", "langsci/186:Rumelhart.1986a"),
    ("langsci/330:muller_grundris_1882", "langsci/361:mueller1882a"),  # the work / volume II
}


def _show(mirror: Path, repo: str, path: str) -> bytes:
    git = ["git", f"--git-dir={mirror}/langsci+{repo}/repo", "show", f"HEAD:{path}"]
    return subprocess.run(git, capture_output=True, check=True).stdout


def _sources(mirror: Path, repo: str, path: str) -> list[Any]:
    data = _show(mirror, repo, path)
    return list(purgehist.parse_stream(io.BytesIO(data), "bibtex").dataset.sources)


def _ids(source: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for identifier in source.identifiers if source is not None else ():
        if identifier.scheme in ("doi", "isbn"):
            found.setdefault(identifier.scheme, identifier.value)
    return found


def collect(mirror: Path, corpus: Path) -> list[dict[str, Any]]:
    """Every record of the books, in one shape."""
    records = []
    for document, (repo, bib) in CORPUS_BOOKS.items():
        gold = json.loads((corpus / "docs" / document / "gold.json").read_text(encoding="utf-8"))
        by_key = {s.id: s for s in _sources(mirror, repo, bib)} if bib else {}
        for key, entry in gold["bibliography"].items():
            creators, role = entry.get("authors") or [], "author"
            if not creators:
                creators, role = entry.get("editors") or [], "editor"
            records.append(
                {
                    "id": f"langsci/{repo}:{key}",
                    "origin": f"corpus {document}/gold.json",
                    "type": entry.get("type") or "book",
                    "title": entry.get("title") or "",
                    "creators": creators,
                    "role": role,
                    "date": entry.get("year") or None,
                    "container": entry.get("container") or None,
                    **_ids(by_key.get(key)),
                }
            )
    for repo, bib in BIB_BOOKS.items():
        for source in _sources(mirror, repo, bib):
            roles = {c.role for c in source.creators}
            records.append(
                {
                    "id": f"langsci/{repo}:{source.id}",
                    "origin": f"langsci/{repo}:{bib}",
                    "type": str(source.type),
                    "title": source.title,
                    "creators": [c.name for c in source.creators],
                    "role": "author" if "author" in roles or not roles else sorted(roles)[0],
                    "date": source.date,
                    "container": source.container,
                    **_ids(source),
                }
            )
    unique = {r["id"]: r for r in records}
    return list(unique.values())


def _book(record: dict[str, Any]) -> str:
    return str(record["id"]).split(":", 1)[0]


def label(records: list[dict[str, Any]]) -> list[tuple[str, str, str, str, str]]:
    """(a, b, same|different, basis, kind) for every pair of the gold set."""
    pairs: dict[tuple[str, str], tuple[str, str, str]] = {}
    by_id: dict[str, set[int]] = defaultdict(set)
    for i, r in enumerate(records):
        for scheme in ("doi", "isbn"):
            key = normal_identifier(scheme, r[scheme]) if r.get(scheme) else None
            if key:
                by_id[key].add(i)
        r["_fam"] = [family_key(c) for c in r["creators"] if family_key(c)]
        r["_year"] = year_of(r["date"]) if r["date"] else None
        r["_title"] = title_keys(r["title"])[0] if r["title"] else ""
    for key, members in by_id.items():
        for a, b in itertools.combinations(sorted(members), 2):
            x, y = records[a], records[b]
            if _book(x) != _book(y):
                pairs[(x["id"], y["id"])] = ("same", key.split(":")[0], "identifier")
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        if r["_fam"]:
            blocks[r["_fam"][0]].append(i)
    for members in blocks.values():
        for a, b in itertools.combinations(members, 2):
            x, y = records[a], records[b]
            pair = (x["id"], y["id"])
            if _book(x) == _book(y) or pair in pairs or pair in UNSETTLED:
                continue
            if x["_year"] is None or y["_year"] is None:
                continue  # which edition a record without a year means cannot be read
            score = fuzz.token_sort_ratio(x["_title"], y["_title"])
            years = abs(x["_year"] - y["_year"])
            if pair in DIFFERENT or (pair[1], pair[0]) in DIFFERENT:
                pairs[pair] = ("different", "reading", "similar-title")
            elif pair in SAME:
                pairs[pair] = ("same", "reading", "subtitle-left-out")
            elif years == 0 and score >= 70:
                exact = x["title"] == y["title"] and x["creators"] == y["creators"]
                pairs[pair] = ("same", "reading", "identical" if exact else "written-differently")
            elif years == 1 and score >= 95:
                pairs[pair] = ("same", "reading", "year-off-by-one")
            elif years <= 1 and score < 50:
                pairs[pair] = ("different", "reading", "same-author-other-work")
            elif years >= 2 and score >= 90:
                pairs[pair] = ("different", "reading", "edition")
    titles: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        if r["_title"] and r["_fam"]:
            titles[r["_title"].split()[0]].append(i)
    for members in titles.values():
        for a, b in itertools.combinations(members, 2):
            x, y = records[a], records[b]
            pair = (x["id"], y["id"])
            if _book(x) == _book(y) or pair in pairs or set(x["_fam"]) & set(y["_fam"]):
                continue
            if len(x["_title"]) > 8 and fuzz.token_sort_ratio(x["_title"], y["_title"]) >= 80:
                pairs[pair] = ("different", "reading", "similar-title-other-authors")
    return [(a, b, *rest) for (a, b), rest in sorted(pairs.items())]


def main(mirror: Path, corpus: Path) -> None:
    """Write ``records.jsonl`` (the records of the pairs) and ``pairs.csv``."""
    records = collect(mirror, corpus)
    pairs = label(records)
    used = {a for a, *_ in pairs} | {b for _, b, *_ in pairs}
    keep = ("id", "origin", "type", "title", "creators", "role", "date", "container", "doi", "isbn")
    with (HERE / "records.jsonl").open("w", encoding="utf-8") as out:
        for r in records:
            if r["id"] in used:
                shown = {k: r[k] for k in keep if r.get(k)}
                out.write(json.dumps(shown, ensure_ascii=False) + "\n")
    with (HERE / "pairs.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["a", "b", "label", "basis", "kind"])
        writer.writerows(pairs)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

"""Measure name matching across transliterations on the gold set in ``tests/names/data``.

Usage: ``python scripts/names_accuracy.py [--part dev|heldout|all] [--misses] [--json]``

Protocol (see ``tests/names/data/README.md``):

- *pairs*: each name of a pair is indexed alone (one actor) and the other is asked with
  :meth:`~purgehist.names.NameMatcher.match`. A same-person pair counts as found only when both
  directions find the indexed actor; a different-person pair counts as rejected only when
  neither does. Figures per language pair and for Latin–Latin and Cyrillic–Latin.
- *namesake_absent*: every person of the case's ``index`` is indexed under one form (by default
  the English form ``given surname`` as printed; ``--index ru`` the Cyrillic original,
  ``--index random`` a seeded random Latin full name); the query, whose person is not in the
  index, must not be matched to anyone: it is answered "no match" or "ambiguous" (also
  measured with ``NameMatcher(surname_alone=False)``, where a bare surname is ambiguous).

Only :meth:`NameMatcher.match` is needed, so the script also measures older versions of the
matcher (``PYTHONPATH=<old src> python scripts/names_accuracy.py``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from purgehist import Actor
from purgehist.names import NameMatcher

DATA = Path(__file__).resolve().parent.parent / "tests" / "names" / "data"
HELD_OUT_SEED = 20250417
HELD_OUT_SHARE = 0.2
HELD_OUT = frozenset(
    {"allilueva_nadezhda", "enukidze", "khlevniuk", "khrushchev_nikita", "medvedeva_natalia",
     "mikoyan", "nikolaev", "orlov", "shkiryatov", "starkov", "trotsky", "ulrikh", "zemskov",
     "zinoviev"}
)  # fmt: skip
"""The persons kept apart (``random.Random(HELD_OUT_SEED).sample`` of the sorted ids, 20 %):
they were evaluated only once the matcher was finished, and are reported separately."""

PARTS = ("dev", "heldout", "all")
FULL_ORDERS = ("given_surname", "given_patronymic_surname", "surname_given")


def load_gold(data: Path = DATA) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """The persons by id and the pairs file."""
    persons = json.loads((data / "persons.json").read_text(encoding="utf-8"))["persons"]
    pairs = json.loads((data / "pairs.json").read_text(encoding="utf-8"))
    return {p["id"]: p for p in persons}, pairs


def held_out(ids: Iterable[str]) -> frozenset[str]:
    """The held-out persons: a seeded sample of 20 % of the sorted ids."""
    ordered = sorted(ids)
    rng = random.Random(HELD_OUT_SEED)
    return frozenset(rng.sample(ordered, round(len(ordered) * HELD_OUT_SHARE)))


def in_part(person_ids: Iterable[str], part: str) -> bool:
    """Whether an item about *person_ids* belongs to *part* (held out if any person is)."""
    heldout = any(p in HELD_OUT for p in person_ids)
    return part == "all" or (part == "heldout") == heldout


def _script(lang: str) -> str:
    return "Cyrillic" if lang == "ru" else "Latin"


def _finds(indexed: str, query: str) -> bool:
    return NameMatcher([Actor(id="indexed", name=indexed)]).match(query) == "indexed"


@dataclass
class Tally:
    """Hits out of a total, with the items missed."""

    hits: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, hit: bool, label: str) -> None:
        """Count one item."""
        self.total += 1
        self.hits += hit
        if not hit:
            self.misses.append(label)

    @property
    def share(self) -> float:
        """Hits ÷ total (1.0 when empty)."""
        return self.hits / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.hits}/{self.total} ({100 * self.share:.1f} %)"


@dataclass
class Report:
    """The figures of one part of the gold set."""

    same: Tally = field(default_factory=Tally)
    different: Tally = field(default_factory=Tally)
    same_by_langs: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    same_by_scripts: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    different_by_scripts: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    namesakes: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))


def measure_pairs(pairs: Sequence[dict[str, Any]], part: str, report: Report) -> None:
    """Ask each pair in both directions with one name indexed alone."""
    for pair in pairs:
        if not in_part(pair["person"].split("|"), part):
            continue
        a, b = pair["a"], pair["b"]
        found = (_finds(a, b), _finds(b, a))
        langs = "–".join(sorted((pair["a_lang"], pair["b_lang"])))
        scripts = "–".join(sorted((_script(pair["a_lang"]), _script(pair["b_lang"]))))
        label = f"{a!r} ~ {b!r} [{pair['a_lang']}/{pair['b_lang']}] found {found}"
        if pair["same"]:
            report.same.add(all(found), label)
            report.same_by_langs[langs].add(all(found), label)
            report.same_by_scripts[scripts].add(all(found), label)
        else:
            report.different.add(not any(found), label)
            report.different_by_scripts[scripts].add(not any(found), label)


def indexed_form(person: dict[str, Any], how: str) -> str:
    """The one form a user indexes *person* under: ``en`` (English ``given surname`` as
    printed), ``ru`` (the Cyrillic original) or ``random`` (a seeded Latin full name)."""
    if how == "ru":
        return str(person["cyrillic"])
    forms = [f for f in person["forms"] if not f.get("alias")]
    if how == "en":
        return next(
            f["form"]
            for f in forms
            if f["lang"] == "en" and f["order"] == "given_surname" and f["evidence"] != "derived"
        )
    latin = sorted(f["form"] for f in forms if f["lang"] != "ru" and f["order"] in FULL_ORDERS)
    return random.Random(f"{HELD_OUT_SEED}:{person['id']}").choice(latin)


def measure_namesakes(
    cases: Sequence[dict[str, Any]],
    persons: dict[str, dict[str, Any]],
    part: str,
    report: Report,
    how: str,
) -> None:
    """Ask each namesake-absent query of an index that lacks its person."""
    for case in cases:
        if not in_part([case["absent_person"], *case["namesakes_in_index"]], part):
            continue
        actors = [Actor(id=pid, name=indexed_form(persons[pid], how)) for pid in case["index"]]
        matcher = NameMatcher(actors)
        got = matcher.match(case["query"])
        status = _status(matcher, case["query"], got)
        label = f"{case['query']!r} [{case['query_lang']}] → {got} ({status})"
        report.namesakes[case["expected"]].add(got is None, label)
        report.namesakes["all"].add(got is None, label)
        try:  # a matcher told that a surname alone identifies no one
            strict = NameMatcher(actors, surname_alone=False).match(case["query"])
        except TypeError:  # the matcher before surname_alone
            continue
        report.namesakes["all (surname_alone=False)"].add(strict is None, label)


def _status(matcher: NameMatcher, query: str, got: str | None) -> str:
    identify = getattr(matcher, "identify", None)
    if identify is None:  # the matcher before identify(): None is "no match or ambiguous"
        return "match" if got else "none"
    return str(identify(query).status.value)


def measure(part: str, how: str = "en", data: Path = DATA) -> Report:
    """All figures of *part* (``dev``, ``heldout`` or ``all``)."""
    persons, pairs = load_gold(data)
    report = Report()
    measure_pairs(pairs["pairs"], part, report)
    measure_namesakes(pairs["namesake_absent"], persons, part, report, how)
    return report


def summary(report: Report) -> dict[str, Any]:
    """The figures as plain data."""

    def table(tallies: dict[str, Tally]) -> dict[str, list[int]]:
        return {key: [t.hits, t.total] for key, t in sorted(tallies.items())}

    return {
        "same_found": [report.same.hits, report.same.total],
        "different_rejected": [report.different.hits, report.different.total],
        "same_by_scripts": table(report.same_by_scripts),
        "different_by_scripts": table(report.different_by_scripts),
        "same_by_langs": table(report.same_by_langs),
        "namesake_absent_unmatched": table(report.namesakes),
    }


def _print(part: str, report: Report, *, misses: bool) -> None:
    print(f"== {part} ==")
    print(f"same-person pairs found (both directions): {report.same}")
    for key, tally in sorted(report.same_by_scripts.items()):
        print(f"    {key:<18} {tally}")
    print(f"different-person pairs rejected:           {report.different}")
    for key, tally in sorted(report.different_by_scripts.items()):
        print(f"    {key:<18} {tally}")
    print("namesake-absent queries answered no match or ambiguous:")
    for key, tally in sorted(report.namesakes.items()):
        print(f"    expected {key:<9} {tally}")
    print("same-person pairs by language pair:")
    worst = sorted(report.same_by_langs.items(), key=lambda kv: (kv[1].share, kv[0]))
    for key, tally in worst:
        print(f"    {key:<14} {tally}")
    if misses:
        for title, tally in (
            ("missed same-person pairs", report.same),
            ("accepted different-person pairs", report.different),
            ("namesake-absent queries matched", report.namesakes["all"]),
        ):
            print(f"{title} ({len(tally.misses)}):")
            for miss in tally.misses:
                print(f"    {miss}")
    print()


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures of each part asked for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", action="append", choices=PARTS, help="default: dev and heldout")
    parser.add_argument("--index", default="en", choices=("en", "ru", "random"))
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    persons, _ = load_gold()
    if held_out(persons) != HELD_OUT:
        raise SystemExit("the held-out split does not match its seed")
    results = {}
    for part in args.part or ["dev", "heldout"]:
        report = measure(part, args.index)
        results[part] = summary(report)
        if not args.json:
            _print(part, report, misses=args.misses)
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The agreement measure of two readers' claims golds (``scripts/claims_agreement.py``), on two
tiny made-up golds whose figures are worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from script_modules import load_script

from purgehist.evaluation.claim_gold import ClaimGold, read_claim_gold
from purgehist.model import ActorKind

agreement = load_script("claims_agreement")


def _att(claimant: str, mention: str, stance: str = "asserts", author: str | None = None) -> Any:
    found: dict[str, Any] = {"claimant": claimant, "stance": stance, "claimant_mention": mention}
    if author:
        found["author_stance"] = author
    return found


CONQUEST = "Volgens Conquest was Stalin de enige architect van de zuivering."
KULAKS = "Hij zegt dat de klasse van koelakken een verzinsel was."
OPINION = "Dit is naar mijn mening niet houdbaar."
GETTY = "Getty en Starkov zien de rol van Jezjov anders."
ZHDANOV = "Zhdanov sprak over democratisering van de partij."
PLANNED = "Toch houden ze vast aan de gedachte dat het politbureau elke arrestatie goedkeurde."
PARADIGM = "Toch kwam de oppositie niet van Stalin, wat volgens het paradigma te verwachten was."

# (line, text, reader A's attributions, reader B's); None: that reader does not list it.
SENTENCES: list[tuple[int, str, Any, Any]] = [
    (10, CONQUEST, [_att("Conquest", "Volgens Conquest", author="agrees")],
     [_att("Conquest", "Volgens Conquest", author="agrees")]),
    (12, KULAKS, [_att("Conquest", "Hij zegt", "disputes")], [_att("Conquest", "Hij zegt")]),
    (14, OPINION, [], []),
    (16, GETTY, [_att("Getty", "Getty"), _att("Starkov", "Starkov")], [_att("Getty", "Getty")]),
    (18, ZHDANOV, [], [_att("Zhdanov", "Zhdanov sprak")]),
    (20, PLANNED, [_att("totalitarian school", "ze", author="qualifies")],
     [_att("totalitaire school", "ze", author="disagrees")]),
    (22, PARADIGM, [_att("totalitarian school", "volgens het paradigma", author="disagrees")], []),
    (24, "Dat is alles.", [], None),
    (26, "Volgens Medvedev was Jezjov vriendelijk.", None, [_att("Medvedev", "Volgens Medvedev")]),
]  # fmt: skip


def _write(folder: Path, name: str, reader: int, heldout: int | None = None) -> Path:
    sentences = [
        {"id": f"{name}-{k}", "block": "b", "line": line, "text": text, "attributions": atts}
        for k, (line, text, *readers) in enumerate(SENTENCES)
        if (atts := readers[reader]) is not None
    ]
    gold: dict[str, Any] = {"doc": "made-up", "file": "made-up.txt", "blocks": {"b": [10, 26]}}
    if heldout is not None:
        gold["heldout_from_line"] = heldout
    gold["sentences"] = sentences
    path = folder / f"{name}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def golds(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "made-up.txt").write_text("", encoding="utf-8")
    return _write(tmp_path, "a", 0), _write(tmp_path, "b", 1)


def test_figures_of_two_made_up_golds(golds: tuple[Path, Path]) -> None:
    a, b = (read_claim_gold(p) for p in golds)
    result = agreement.measure_agreement(a, b)
    assert (result.both, result.only_a, result.only_b) == (7, 1, 1)
    # 7 sentences both list: 4 both attribute, 1 A only, 1 B only, 1 neither; p_o = 5/7,
    # p_e = (5/7)(5/7) + (2/7)(2/7) = 29/49, kappa = (35/49 - 29/49) / (20/49) = 0.3.
    assert result.kappa == pytest.approx(0.3)
    # 6 attributions each; Conquest twice, Getty and the totalitarian school match by claimant
    # (4), Conquest's second with a different stance (3 strict): F1 = 2·3/12 and 2·4/12.
    assert (result.attributions_a, result.attributions_b) == (6, 6)
    assert (result.matched, result.same_stance) == (4, 3)
    assert result.f1(result.same_stance, 6, 6) == pytest.approx(0.5)
    assert result.f1(result.matched, 6, 6) == pytest.approx(2 / 3)
    # author's stances: A 3 (agrees, qualifies, disagrees), B 2 (agrees, disagrees), 1 shared.
    assert (result.authors_a, result.authors_b, result.authors_same) == (3, 2, 1)
    assert result.f1(result.authors_same, 3, 2) == pytest.approx(0.4)


def test_disagreements_are_counted_by_kind(golds: tuple[Path, Path]) -> None:
    a, b = (read_claim_gold(p) for p in golds)
    kinds = [(kind, line) for kind, line, _ in agreement.measure_agreement(a, b).disagreements]
    assert sorted(kinds) == [
        ("attributed by A only", 22),
        ("attributed by B only", 18),
        ("author stance A only", 20),
        ("author stance A only", 22),
        ("author stance B only", 20),
        ("claimant A only", 16),
        ("sentence only A lists", 24),
        ("sentence only B lists", 26),
        ("stance", 12),
    ]


def test_kappa_is_undefined_when_chance_agreement_is_certain(tmp_path: Path) -> None:
    (tmp_path / "made-up.txt").write_text("", encoding="utf-8")
    path = _write(tmp_path, "a", 0)
    gold = read_claim_gold(path).block("b")
    unattributed = ClaimGold(gold.name, gold.text, gold.sentences[2:3], gold.blocks)
    result = agreement.measure_agreement(unattributed, unattributed)
    assert result.kappa is None
    assert result.f1(result.matched, 0, 0) == 1.0


@pytest.mark.parametrize(
    ("claimant", "kind"),
    [
        ("Conquest", ActorKind.PERSON),
        ("van der Sandt", ActorKind.PERSON),
        ("Carl et al.", ActorKind.PERSON),
        ("revisionists", ActorKind.GROUP),
        ("MT professionals", ActorKind.GROUP),
    ],
)
def test_reader_b_claimant_is_a_person_when_it_ends_in_a_surname(
    claimant: str, kind: ActorKind
) -> None:
    assert agreement._actor(claimant).kind is kind


def test_script_prints_the_figures(
    golds: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert agreement.main([str(golds[0]), str(golds[1]), "--block", "b", "--list"]) == 0
    out = capsys.readouterr().out
    assert "kappa 0.300" in out
    assert "claimant and stance 3, F1 50.0 %; claimant 4, F1 66.7 %" in out
    assert "(d) stance agreed on matched attributions: 3/4 (75.0 %)" in out
    assert "  12: stance: Conquest disputes / Conquest asserts" in out


def test_script_lists_no_disagreement_of_a_held_out_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "made-up.txt").write_text("", encoding="utf-8")
    a, b = _write(tmp_path, "a", 0, heldout=10), _write(tmp_path, "b", 1)
    assert agreement.main([str(a), str(b), "--block", "b", "--list"]) == 1
    captured = capsys.readouterr()
    assert "held out" in captured.err
    assert ": stance:" not in captured.out

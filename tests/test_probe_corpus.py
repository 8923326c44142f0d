"""The blind probe drafts of tests/corpus/probes/ (its README says who wrote them and how): no sincere
good probe draws an error, and no rule warns on more than a small share of them.  They were used to fix
rules, so this guards against regressions; it is no held-out measure (benchmarks/probes.py prints the
figures, faulty drafts included)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from followup_lint import Linter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from probes import PROBES, load  # noqa: E402

MAX_RULE_SHARE = 0.02  # at most 1 good probe in 50 warned by any one rule
# Warnings a round's good probes draw that we keep, each with its reason (one more such warning still fails).
KNOWN_WARNINGS = {
    # two thank-yous of 207 and 234 words that round 22's writer held good: the dev split labels notes of 214 and
    # 215 words padded, and a count of words alone cannot tell them apart (FL111's limit is a published figure)
    "round22": {"FL111": 2},
    # four status checks and a rejection reply of 130-146 words that round 34's writers held good; FL115's limit of 125
    # words is Boomerang's published figure (FIGURES.md) and a count alone cannot tell a warm note from a padded one
    "round34": {"FL115": 5},
    # three status checks of 134-137 words that round 35's writers held good (FL115's limit, as for round 34)
    "round35": {"FL115": 3},
    # (round 30's two and round 33's three FL330 warnings kept here went with the tone model's retrain of 2026-12-07,
    # which learned from the good probe drafts' sentences: docs/tone.md)
}

GOOD = sorted(p / "good" for p in PROBES.iterdir() if (p / "good").is_dir())


@pytest.fixture(scope="module")
def outcomes(linter: Linter) -> dict[str, list]:
    from calibrate import lint_all

    return {folder.parent.name: lint_all(load(folder), linter) for folder in GOOD}


def test_the_probe_rounds_are_found() -> None:
    assert [p.parent.name for p in GOOD] == [
        "round16",
        "round17",
        "round18",
        "round20",
        "round21",
        "round22",
        "round23",
        "round24",
        "round25",
        "round26",
        "round27",
        "round28",
        "round29",
        "round30",
        "round31",
        "round32",
        "round33",
        "round34",
        "round35",
    ]
    assert [len(load(folder)) for folder in GOOD] == [
        360,
        180,
        100,
        100,
        60,
        70,
        60,
        60,
        60,
        60,
        59,
        60,
        60,
        60,
        60,
        60,
        60,
        60,
        60,
    ]


@pytest.mark.parametrize("round_name", [p.parent.name for p in GOOD])
def test_no_good_probe_draws_an_error(outcomes: dict[str, list], round_name: str) -> None:
    erring = {o.sample.slug: [c for c, sev, _ in o.findings if sev == "error"] for o in outcomes[round_name]}
    assert {slug: codes for slug, codes in erring.items() if codes} == {}


@pytest.mark.parametrize("round_name", [p.parent.name for p in GOOD])
def test_no_rule_warns_on_many_good_probes(outcomes: dict[str, list], round_name: str) -> None:
    drafts = outcomes[round_name]
    warned = Counter(code for o in drafts for code in {c for c, sev, _ in o.findings if sev == "warning"})
    known = KNOWN_WARNINGS.get(round_name, {})
    over = {code: n for code, n in warned.items() if n > max(MAX_RULE_SHARE * len(drafts), known.get(code, 0))}
    assert over == {}


@pytest.mark.parametrize("round_name", [p.parent.name for p in GOOD])
def test_the_second_tone_model_tips_on_few_good_probes(outcomes: dict[str, list], round_name: str) -> None:
    # FL334 is a tip, so the warning share above does not see it; its budget is one good draft in a hundred
    drafts = outcomes[round_name]
    tipped = [o.sample.slug for o in drafts if any(code == "FL334" for code, _, _ in o.findings)]
    assert len(tipped) <= MAX_RULE_SHARE * len(drafts), tipped

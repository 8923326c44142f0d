"""The score formula: weights, severity factors, what is missing against what is said, and the
per-rule cap."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from finding_factory import make_finding
from project_scripts import load_script

from followup_lint import Linter
from followup_lint.report import Finding, Severity
from followup_lint.scoring import CAP_FACTOR, finding_costs

ROOT = Path(__file__).resolve().parents[1]


def finding(code: str, severity: Severity = Severity.WARNING, missing: bool = False, start: int = 0) -> Finding:
    return make_finding(code, start, severity=severity, missing=missing)


def test_first_finding_costs_the_weight_times_the_severity_factor() -> None:
    assert finding_costs([finding("A", Severity.ERROR)], {"A": 10}) == [15.0]
    assert finding_costs([finding("A", Severity.WARNING)], {"A": 10}) == [10.0]
    assert finding_costs([finding("A", Severity.INFO)], {"A": 10}) == [0.0]


def test_an_error_costs_more_than_a_warning_of_the_same_weight() -> None:
    error, warning = finding_costs([finding("A", Severity.ERROR), finding("B")], {"A": 10, "B": 10})
    assert error > warning > 0


def test_a_warning_about_something_missing_costs_a_third_of_one_about_something_said() -> None:
    said, missing = finding_costs([finding("A"), finding("B", missing=True)], {"A": 12, "B": 12})
    assert missing == said / 3
    # a missing error (no thanks in a thank-you) keeps its full price
    assert finding_costs([finding("A", Severity.ERROR, missing=True)], {"A": 10}) == [15.0]


def test_a_draft_that_says_something_wrong_scores_below_one_that_leaves_something_out() -> None:
    weights = {"JAB": 10, "NO-ASK": 10}
    assert sum(finding_costs([finding("JAB")], weights)) > sum(
        finding_costs([finding("NO-ASK", missing=True)], weights)
    )


def test_many_findings_of_one_rule_are_capped() -> None:
    costs = finding_costs([finding("A", Severity.ERROR)] * 50, {"A": 10})
    assert costs[:3] == [15.0, 3.75, 3.75]
    assert sum(costs) == 15 * CAP_FACTOR


def test_the_costliest_finding_of_a_rule_pays_the_full_price_wherever_it_stands() -> None:
    # a spelling tip (info) before a misspelled common word (error) must not make the error cheap
    tip_first = [finding("A", Severity.INFO, start=0), finding("A", Severity.ERROR, start=5)]
    assert finding_costs(tip_first, {"A": 6}) == [0.0, 9.0]
    # among equals the earlier finding pays the full price, the later a quarter
    assert finding_costs([finding("A", start=0), finding("A", start=5)], {"A": 8}) == [8.0, 2.0]


# The score's promise to a user: a note that career sites hold up as good scores above one they
# hold up as bad.  Measured on the calibration corpus's dev split (never the held-out one) as the
# AUC that benchmarks/calibrate.py reports; 0.968 before the factors of docs/scoring.md were chosen,
# 0.969-0.976 since as the corpus grew (356 drafts: 0.969; the old factors 0.966 on it, a broken
# factor 0.958-0.959).  A change to the factors, a weight or a severity that orders good and bad notes
# worse than before shows up here.
MIN_DEV_AUC = 0.962


def _calibrate() -> ModuleType:
    return load_script("benchmarks/calibrate.py")


def test_good_published_notes_score_above_bad_ones_on_the_dev_split(linter: Linter) -> None:
    calibrate = _calibrate()
    outcomes = calibrate.lint_all(calibrate.load_corpus(splits=("dev",)), linter)
    good = [o.score for o in outcomes if o.sample.verdict == "good" and o.score is not None]
    bad = [o.score for o in outcomes if o.sample.verdict == "bad" and o.score is not None]
    value = calibrate.auc(good, bad)
    assert value >= MIN_DEV_AUC, (
        f"dev score AUC {value:.3f} < {MIN_DEV_AUC}: good notes score above bad ones less often than "
        "before (docs/scoring.md, 'Why these factors'). A broken factor gives below 0.96 (info costing "
        "points, errors cheap, missing elements dearer than faults said); if a harder corpus batch is "
        "the cause instead, say so in the commit and set the floor below the measured value"
    )
    assert sum(good) / len(good) - sum(bad) / len(bad) > 30  # good notes near 100, bad ones far below

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
# AUC that benchmarks/calibrate.py reports.  Rather than a floor set under whatever the corpus
# measures today, the factors of docs/scoring.md are compared with the alternatives they were
# chosen over, rescoring the same findings: the old factors (error 1.0, warning 0.75, the first
# finding in position order pays, no discount for something missing) and one factor broken at a
# time (info costing points, errors cheap, missing elements priced as or above faults said, the
# first finding in position order paying).  At 368 dev drafts: current 0.9751; old 0.9672, info
# costs 0.9699, errors cheap 0.9719, missing full 0.9699, missing dearer 0.9651, first pays 0.9721;
# at 409: current 0.9669; old 0.9595, info costs 0.9643, errors cheap 0.9656, missing full 0.9615.
# At 956 (corpus batches y-19 to y-22 added): current 0.9764; old 0.9686, info costs 0.9737, errors
# cheap 0.9742, missing full 0.9687, missing dearer 0.9632, first pays 0.9766. Which finding of a rule
# pays in full changes the order of a few drafts only, and at 956 the two ways measure within 0.001: the
# costliest pays for the reason docs/scoring.md gives (a tip that comes first must not make a later
# error of the same rule cheap), so that alternative must only not order notes better by more than
# ``_NOISE``.  A change to a factor, a weight or a severity that orders good and bad notes no better than
# one of the others fails here.  (Near neighbours of the factors measure within 0.001 either way, e.g. error 1.0
# 0.9748, error 2.0 0.9756, missing 1/2 0.9739: the test guards the choices, not the decimals.)
_ALTERNATIVES = {
    # name: (severity factors, factor for a warning about something missing or None, costliest pays)
    "old factors": ({Severity.ERROR: 1.0, Severity.WARNING: 0.75, Severity.INFO: 0.0}, None, False),
    "info costs points": ({Severity.ERROR: 1.5, Severity.WARNING: 1.0, Severity.INFO: 0.5}, 1 / 3, True),
    "errors cheap": ({Severity.ERROR: 0.5, Severity.WARNING: 1.0, Severity.INFO: 0.0}, 1 / 3, True),
    "missing as dear as said": ({Severity.ERROR: 1.5, Severity.WARNING: 1.0, Severity.INFO: 0.0}, None, True),
    "missing dearer than said": ({Severity.ERROR: 1.5, Severity.WARNING: 1.0, Severity.INFO: 0.0}, 1.5, True),
    "first finding pays": ({Severity.ERROR: 1.5, Severity.WARNING: 1.0, Severity.INFO: 0.0}, 1 / 3, False),
}
# alternatives chosen against for a reason other than the AUC, which may match it within this
_WITHIN_NOISE = {"first finding pays"}
_NOISE = 0.001


def _alternative_score(
    findings: list[Finding],
    weights: dict[str, float],
    severity: dict[Severity, float],
    missing: float | None,
    costliest_pays: bool,
) -> float:
    """The score the findings would get under other factors (repeat and cap as now)."""
    full = [
        weights.get(f.code, 0.0)
        * (missing if missing is not None and f.missing and f.severity is Severity.WARNING else severity[f.severity])
        for f in findings
    ]
    order = sorted(range(len(findings)), key=lambda i: -full[i]) if costliest_pays else range(len(findings))
    top: dict[str, float] = {}
    spent: dict[str, float] = {}
    lost = 0.0
    for i in order:
        code = findings[i].code
        first = code not in top
        top.setdefault(code, full[i])
        want = full[i] if first else full[i] * 0.25
        cost = max(0.0, min(want, top[code] * CAP_FACTOR - spent.get(code, 0.0)))
        spent[code] = spent.get(code, 0.0) + cost
        lost += cost
    return max(0.0, 100.0 - lost)


def _calibrate() -> ModuleType:
    return load_script("benchmarks/calibrate.py")


def test_good_published_notes_score_above_bad_ones_on_the_dev_split(linter: Linter) -> None:
    calibrate = _calibrate()
    samples = calibrate.load_corpus(splits=("dev",))
    reports = [(s.verdict, linter.lint(s.text, context=s.context or None)) for s in samples]
    good = [r.score for v, r in reports if v == "good" and r.score is not None]
    bad = [r.score for v, r in reports if v == "bad" and r.score is not None]
    value = calibrate.auc(good, bad)
    weights = {rule.code: float(rule.weight) for rule in linter.rules}
    for name, (severity, missing, costliest) in _ALTERNATIVES.items():
        alt_good = [
            _alternative_score(r.findings, weights, severity, missing, costliest) for v, r in reports if v == "good"
        ]
        alt_bad = [
            _alternative_score(r.findings, weights, severity, missing, costliest) for v, r in reports if v == "bad"
        ]
        other = calibrate.auc(alt_good, alt_bad)
        if name in _WITHIN_NOISE:
            assert value > other - _NOISE, (
                f"dev score AUC {value:.4f} is more than {_NOISE} below {other:.4f} with {name}"
            )
            continue
        assert value > other, (
            f"dev score AUC {value:.4f} is not above {other:.4f} with {name}: the factors of docs/scoring.md no longer "
            "order good notes above bad ones best among the alternatives they were chosen over"
        )
    assert sum(good) / len(good) - sum(bad) / len(bad) > 30  # good notes near 100, bad ones far below

"""The score formula: weights, severity factors, and the per-rule cap."""

from __future__ import annotations

from followup_lint.report import Finding, Severity
from followup_lint.scoring import CAP_FACTOR, finding_costs


def finding(code: str, severity: Severity = Severity.WARNING) -> Finding:
    return Finding(code=code, name="x", severity=severity, category="tone", guidance=["G-X"], message="m",
                   start=0, end=0, line=1, column=1, end_line=1, end_column=1)


def test_first_finding_costs_the_weight_times_the_severity_factor() -> None:
    assert finding_costs([finding("A", Severity.ERROR)], {"A": 10}) == [10.0]
    assert finding_costs([finding("A", Severity.WARNING)], {"A": 10}) == [7.5]
    assert finding_costs([finding("A", Severity.INFO)], {"A": 10}) == [0.0]


def test_many_findings_of_one_rule_are_capped() -> None:
    costs = finding_costs([finding("A", Severity.ERROR)] * 50, {"A": 10})
    assert costs[:3] == [10.0, 2.5, 2.5]
    assert sum(costs) == 10 * CAP_FACTOR

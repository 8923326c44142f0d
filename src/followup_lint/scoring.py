"""Findings -> a 0-100 score, overall and per category.  The formula is in docs/scoring.md.

Each rule that fires costs its ``weight`` times a severity factor for its first finding and a
quarter of that for each further one, never more than twice the first: many findings of one
rule cannot zero the score.  Info findings are suggestions and cost nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from followup_lint.report import Finding, Severity
from followup_lint.rulepack import CATEGORIES, Rule

SEVERITY_FACTOR = {Severity.ERROR: 1.0, Severity.WARNING: 0.75, Severity.INFO: 0.0}
REPEAT_FACTOR = 0.25  # each further finding of the same rule
CAP_FACTOR = 2.0  # a rule never costs more than this many times its first finding


def finding_costs(findings: list[Finding], weights: dict[str, float]) -> list[float]:
    """Points each finding costs, in the order given (earlier findings of a rule cost more)."""
    spent: dict[str, float] = defaultdict(float)
    seen: dict[str, int] = defaultdict(int)
    costs = []
    for f in findings:
        first = weights.get(f.code, 0.0) * SEVERITY_FACTOR[f.severity]
        n = seen[f.code]
        want = first if n == 0 else first * REPEAT_FACTOR
        cost = max(0.0, min(want, first * CAP_FACTOR - spent[f.code]))
        spent[f.code] += cost
        seen[f.code] += 1
        costs.append(round(cost, 2))
    return costs


def score(findings: Iterable[Finding], active: Iterable[Rule]) -> tuple[float, dict[str, float]]:
    """Overall score and per-category scores for findings whose ``cost`` is already set.

    A category's score is the share of its active rules' weight that was not lost.
    """
    findings = list(findings)
    total = sum(f.cost for f in findings)
    overall = max(0.0, 100.0 - total)
    budget: dict[str, float] = defaultdict(float)
    for rule in active:
        budget[rule.category] += rule.weight
    lost: dict[str, float] = defaultdict(float)
    for f in findings:
        lost[f.category] += f.cost
    categories = {}
    for cat in CATEGORIES:
        if budget[cat] > 0 or lost[cat] > 0:
            base = budget[cat] or lost[cat]
            categories[cat] = round(max(0.0, 100.0 * (1 - lost[cat] / base)), 1)
    return round(overall, 1), categories

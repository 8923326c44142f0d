"""Findings -> a 0-100 score, overall and per category.  The formula is in docs/scoring.md.

Each rule that fires costs its ``weight`` times a severity factor (1.5 for an error, 1 for a
warning) for its costliest finding and a quarter of that for each further one, never more than twice
the costliest: many findings of one rule cannot zero the score. A warning about something the draft
leaves out (a finding marked ``missing``: no detail, no next step) costs a third of one about
something it says (a jab, a chase sent too soon): a reader notices what is written more than what is
not, and good published notes often skip an element some rule looks for. Info findings are
suggestions and cost nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from followup_lint.report import Finding, Severity
from followup_lint.rulepack import CATEGORIES, Rule

SEVERITY_FACTOR = {Severity.ERROR: 1.5, Severity.WARNING: 1.0, Severity.INFO: 0.0}
MISSING_WARNING_FACTOR = 1 / 3  # a warning about something left out: a third of one about something said
REPEAT_FACTOR = 0.25  # each further finding of the same rule
CAP_FACTOR = 2.0  # a rule never costs more than this many times its costliest finding


def factor(f: Finding) -> float:
    """The share of its rule's weight a finding costs when it is the rule's costliest."""
    if f.severity is Severity.WARNING and f.missing:
        return MISSING_WARNING_FACTOR
    return SEVERITY_FACTOR[f.severity]


def finding_costs(findings: list[Finding], weights: dict[str, float]) -> list[float]:
    """Points each finding costs, in the order given.

    Within a rule the costliest finding pays the full price and the others a quarter of it, ties
    going to the earlier finding; so an info finding that comes first does not make a later error
    of the same rule cheap.
    """
    full = [weights.get(f.code, 0.0) * factor(f) for f in findings]
    top: dict[str, float] = defaultdict(float)
    for f, price in zip(findings, full, strict=True):
        top[f.code] = max(top[f.code], price)
    order = sorted(range(len(findings)), key=lambda i: -full[i])  # stable: position order among equals
    spent: dict[str, float] = defaultdict(float)
    seen: set[str] = set()
    costs = [0.0] * len(findings)
    for i in order:
        code = findings[i].code
        want = full[i] if code not in seen else full[i] * REPEAT_FACTOR
        cost = max(0.0, min(want, top[code] * CAP_FACTOR - spent[code]))
        spent[code] += cost
        seen.add(code)
        costs[i] = round(cost, 2)
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

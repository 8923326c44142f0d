"""``yields_to``: one stretch of words gets one finding, from the rule that says most about it."""

from __future__ import annotations

from pathlib import Path

import pytest
from finding_factory import make_finding
from hypothesis import given
from hypothesis import strategies as st

from followup_lint import Config, Linter
from followup_lint.errors import FollowupLintError
from followup_lint.linter import without_yielded
from followup_lint.report import Finding, Severity
from followup_lint.rulepack import load_rule_file

SCORN = (
    "Subject: Following up\n\nHi Ana,\n\nThank you for the interview. Honestly the process was "
    "disorganized and unprofessional.\n\nBest,\nLee\n"
)
COMPLAINT = (
    "Subject: Following up\n\nHi Ana,\n\nThank you for the interview. The last company I interviewed "
    "with never even replied.\n\nBest,\nLee\n"
)


def _codes(report: object) -> list[str]:
    return [f.code for f in report.findings]  # type: ignore[attr-defined]


def test_scorn_at_the_process_is_reported_once_by_contempt(linter: Linter) -> None:
    codes = _codes(linter.lint(SCORN, purpose="status-check"))
    assert "FL322" in codes
    assert "FL316" not in codes


def test_a_complaint_contempt_does_not_report_is_still_a_complaint(linter: Linter) -> None:
    assert "FL316" in _codes(linter.lint(COMPLAINT, purpose="status-check"))


def test_with_the_more_specific_rule_off_the_complaint_comes_back() -> None:
    codes = _codes(Linter(Config(ignore=["FL322"])).lint(SCORN, purpose="status-check"))
    assert "FL316" in codes


@pytest.mark.parametrize("field", ["yields_to", "requires"])
def test_a_rule_file_must_name_rule_codes_to_yield_to_or_require(tmp_path: Path, field: str) -> None:
    path = tmp_path / "XX101-mine.toml"
    path.write_text(
        'code = "XX101"\nname = "mine"\nsummary = "Mine."\ncategory = "tone"\nseverity = "info"\n'
        f'weight = 1\nguidance = ["G-POSITIVE"]\ncheck = "existence"\n{field} = ["contempt"]\n'
        'rationale = "Ours."\nfix = "Reword."\n[params]\npatterns = ["\\\\bmeh\\\\b"]\n',
        encoding="utf-8",
    )
    with pytest.raises(FollowupLintError, match=field):
        load_rule_file(path)


def _finding(code: str, start: int, end: int) -> Finding:
    return make_finding(code, start, end)


def overlaps(a: Finding, b: Finding) -> bool:
    """Whether ``a`` shares a character with ``b`` (a point: lies inside it)."""
    if a.start == a.end:
        return b.start <= a.start < b.end
    return b.start < a.end and a.start < b.end


class _Rule:
    def __init__(self, code: str, yields_to: list[str], as_severe: list[str] | None = None) -> None:
        self.code, self.yields_to, self.yields_to_as_severe = code, yields_to, as_severe or []


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=12)


@given(mine=spans, theirs=spans)
def test_a_finding_is_dropped_exactly_where_a_span_it_yields_to_overlaps_it(
    mine: list[tuple[int, int]], theirs: list[tuple[int, int]]
) -> None:
    findings = [_finding("AA001", s, s + n) for s, n in mine] + [_finding("BB002", s, s + n) for s, n in theirs]
    rules = [_Rule("AA001", ["BB002"]), _Rule("BB002", [])]
    kept = without_yielded(findings, rules)  # type: ignore[arg-type]

    expected = [
        f for f in findings if f.code == "BB002" or not any(overlaps(f, g) for g in findings if g.code == "BB002")
    ]
    assert kept == expected


severe_spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8), st.sampled_from(list(Severity))), max_size=12)


@given(mine=severe_spans, theirs=severe_spans)
def test_yielding_as_severe_drops_a_finding_only_under_one_at_least_as_severe(
    mine: list[tuple[int, int, Severity]], theirs: list[tuple[int, int, Severity]]
) -> None:
    # FL334 yields to FL330 so: a tip of FL330 leaves FL334's warning standing, a warning of FL330 does not
    findings = [_finding_at("AA001", s, s + n, sev) for s, n, sev in mine]
    findings += [_finding_at("BB002", s, s + n, sev) for s, n, sev in theirs]
    rules = [_Rule("AA001", [], ["BB002"]), _Rule("BB002", [])]
    kept = without_yielded(findings, rules)  # type: ignore[arg-type]

    expected = [
        f
        for f in findings
        if f.code == "BB002"
        or not any(overlaps(f, g) and g.severity.rank >= f.severity.rank for g in findings if g.code == "BB002")
    ]
    assert kept == expected


def _finding_at(code: str, start: int, end: int, severity: Severity) -> Finding:
    return make_finding(code, start, end, severity=severity)

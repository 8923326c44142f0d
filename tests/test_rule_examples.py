"""Every rule's examples are tests: each `bad` draft fires the rule where the example says (line,
column) and, where the rule has a fix, fixes to the example's `fixed` text; each `good` one does
not fire it.  Both check that the rule was active, so a switched-off rule cannot pass."""

from __future__ import annotations

import pytest

from followup_lint import Config, Linter
from followup_lint.fixes import fix_of
from followup_lint.rulepack import load_rules

_SELECTED: dict[str, Linter] = {}


def _linter_for(default: Linter, code: str, on_by_default: bool) -> Linter:
    """The shared linter, or for an off-by-default rule one that selects it."""
    if on_by_default:
        return default
    if code not in _SELECTED:
        _SELECTED[code] = Linter(Config(select=[code]))
    return _SELECTED[code]


CASES = [
    pytest.param(rule.code, i, id=f"{rule.code}-{'bad' if ex.bad else 'good'}-{i}")
    for rule in load_rules()
    for i, ex in enumerate(rule.examples)
]


def test_every_rule_has_a_bad_and_a_good_example() -> None:
    for rule in load_rules():
        assert any(e.bad for e in rule.examples), f"{rule.code} has no bad example"
        assert any(e.good for e in rule.examples), f"{rule.code} has no good example"


@pytest.mark.parametrize(("code", "index"), CASES)
def test_rule_example(linter: Linter, code: str, index: int) -> None:
    rule = next(r for r in linter.rules if r.code == code)
    example = rule.examples[index]
    text = example.bad if example.bad is not None else example.good
    assert text is not None
    report = _linter_for(linter, code, rule.default_enabled).lint(
        text, purpose=example.purpose, channel=example.channel, context=example.context, template=example.template
    )
    used = _linter_for(linter, code, rule.default_enabled)
    assert report.score is not None, f"{code}: the example was not assessed ({report.notices})"
    active = [r.code for r in used.active_rules(report.purpose, report.channel)]
    assert code in active, f"{code} was not active for its example ({report.purpose}, {report.channel})"
    fired = [f for f in report.findings if f.code == code]
    if example.bad is None:
        assert not fired, f"{code} fired on its good example: {[f.message for f in fired]}"
        return
    assert fired, f"{code} did not fire on its bad example:\n{text}"
    for f in fired:
        assert 0 <= f.start <= f.end <= len(text)
    first = fired[0]
    assert example.line is not None and example.column is not None, f"{code}: a bad example needs line and column"
    assert (first.line, first.column) == (example.line, example.column), f"{code} fired at {first.line}:{first.column}"
    suggestion = fix_of(first, unsafe=True)
    if suggestion is None:
        assert example.fixed is None, f"{code}: `fixed` given but the finding has no fix"
        return
    fixed = text
    for edit in sorted(suggestion.edits, key=lambda e: (e.start, e.end), reverse=True):
        fixed = fixed[: edit.start] + edit.replacement + fixed[edit.end :]
    assert example.fixed is not None, f"{code}: the finding has a fix; give the example's `fixed` text:\n{fixed!r}"
    assert fixed == example.fixed

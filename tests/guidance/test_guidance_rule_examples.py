"""Every rule example: a ``bad`` one fires its rule, a ``good`` one does not."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.rulepack import load_rules

CASES = [(r.code, i, ex) for r in load_rules() for i, ex in enumerate(r.examples)]


@pytest.mark.parametrize(("code", "index", "example"), CASES, ids=[f"{c}-{i}" for c, i, _ in CASES])
def test_example(linter: Linter, code: str, index: int, example: object) -> None:
    ex = example
    text = ex.bad or ex.good  # type: ignore[attr-defined]
    rep = linter.lint(
        text,
        purpose=ex.purpose,
        channel=ex.channel,
        context=ex.context,  # type: ignore[attr-defined]
        template=ex.template,
    )  # type: ignore[attr-defined]
    fired = [f for f in rep.findings if f.code == code]
    if ex.bad:  # type: ignore[attr-defined]
        assert fired, f"{code} example {index} should fire; findings: {[f.code for f in rep.findings]}"
    else:
        assert not fired, f"{code} example {index} should pass: {[f.message for f in fired]}"


def test_every_rule_has_a_bad_and_a_good_example() -> None:
    for rule in load_rules():
        assert any(e.bad for e in rule.examples), rule.code
        assert any(e.good for e in rule.examples), rule.code

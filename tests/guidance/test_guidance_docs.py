"""The guidance table, the rule pack and docs/guidance.md agree."""

from __future__ import annotations

from pathlib import Path

from followup_lint.docs_gen import guidance_md
from followup_lint.guidance import BY_ID, ITEMS
from followup_lint.rulepack import load_rules


def test_docs_are_current(root: Path) -> None:
    current = (root / "docs" / "guidance.md").read_text(encoding="utf-8")
    assert current == guidance_md(), "docs/guidance.md is stale: run `python -m followup_lint.docs_gen`"


def test_every_lintable_item_has_a_rule() -> None:
    cited = {g for r in load_rules() for g in r.guidance}
    missing = [i.id for i in ITEMS if i.lintable and not i.external and i.id not in cited]
    assert not missing, f"lintable guidance items without a rule: {missing}"


def test_rules_cite_only_known_items() -> None:
    for rule in load_rules():
        unknown = [g for g in rule.guidance if g not in BY_ID]
        assert not unknown, f"{rule.code} cites unknown guidance items {unknown}"


def test_non_lintable_items_have_no_rule() -> None:
    cited = {g for r in load_rules() for g in r.guidance}
    assert not [i.id for i in ITEMS if not i.lintable and i.id in cited]


def test_rules_stay_in_their_code_families() -> None:
    families = {"1": {"structure", "tone"}, "2": {"content"}, "3": {"tone"}, "5": {"timing"}}
    for rule in load_rules():
        digit = rule.code[2]
        if digit in families:
            assert rule.category in families[digit], rule.code

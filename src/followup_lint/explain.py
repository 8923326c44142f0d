"""A rule's page: what it checks, why, a bad and a good example, how to fix (as Ruff's rule pages)."""

from __future__ import annotations

import textwrap

from followup_lint.errors import FollowupLintError
from followup_lint.rulepack import CHANNELS, PURPOSES, Rule, load_rules


def _scope(rule: Rule) -> str:
    purposes = "all purposes" if len(rule.purposes) == len(PURPOSES) else ", ".join(rule.purposes)
    channels = "all channels" if len(rule.channels) == len(CHANNELS) else ", ".join(rule.channels)
    return f"{purposes}; {channels}"


def rule_page(rule: Rule, heading: str = "##") -> str:
    """Markdown for one rule; the CLI prints it and docs/rules.md is made of these."""
    bad = next((e for e in rule.examples if e.bad), None)
    good = next((e for e in rule.examples if e.good), None)
    lines = [
        f"{heading} {rule.code} {rule.name}",
        "",
        (
            f"**{rule.summary}** Severity `{rule.severity_text()}`, weight {rule.weight:g}, category "
            f"`{rule.category}`; applies to {_scope(rule)}; guidance {', '.join(rule.guidance)}."
        ),
        "",
        *(
            []
            if rule.default_enabled
            else [
                (
                    f"Off by default: it runs only when `select` names its code or a prefix of it "
                    f'(`select = ["{rule.code}"]` runs just this rule; `select = ["FL"]` runs every rule).'
                ),
                "",
            ]
        ),
        f"{heading}# What it checks",
        "",
        textwrap.fill(rule.summary + f" (check kind `{rule.check}`.)", 100),
        "",
        f"{heading}# Why it matters",
        "",
        textwrap.fill(" ".join(rule.rationale.split()), 100),
        "",
    ]
    if "seed" in rule.rationale.lower():
        lines += [
            textwrap.fill(
                "(Seeds 000-004 are the five career-advice articles the guidance is drawn from; "
                "docs/guidance.md lists what each guidance item asks and which seeds say so.)",
                100,
            ),
            "",
        ]
    if bad and bad.bad:
        lines += [f"{heading}# Example that fires", "", "```text", bad.bad, "```", ""]
    if good and good.good:
        lines += [f"{heading}# Example that passes", "", "```text", good.good, "```", ""]
    lines += [f"{heading}# How to fix it", "", textwrap.fill(" ".join(rule.fix.split()), 100), ""]
    lines += [textwrap.fill(_fix_safety(rule), 100), ""]
    return "\n".join(lines)


def _fix_safety(rule: Rule) -> str:
    if rule.fix_safety == "safe":
        return (
            "Fix safety: **safe**. `followup-lint check --fix` applies this rule's suggested edits, "
            "except any its check judges unsafe in context (see docs/fixes.md)."
        )
    return (
        "Fix safety: **unsafe**. Any edit this rule suggests would change what you wrote, so "
        "`--fix` leaves it; `--unsafe-fixes` applies it (review the result)."
    )


def explain(code: str) -> str:
    """The page of a rule or a notice, by code (``FL204``, ``FL906``) or name (``gratitude``)."""
    from followup_lint.notices import NOTICES, notice_page

    wanted = code.strip()
    for rule in load_rules():
        if rule.code == wanted.upper() or rule.name == wanted.lower():
            return rule_page(rule, heading="#")
    for kind in NOTICES.values():
        if kind.code == wanted.upper() or kind.name == wanted.lower():
            return notice_page(kind)
    raise FollowupLintError(f"no rule or notice {code!r}; `followup-lint rules` lists them")

"""``followup-lint explain`` pages in the Ruff shape, and docs/rules.md built from the same pages."""

from __future__ import annotations

import re

import pytest
from cli_run import run

from followup_lint.explain import PARAM_HELP, explain, fix_kind, options, public_rationale, sources_of
from followup_lint.notices import NOTICES
from followup_lint.rulepack import load_rules

RULES = load_rules()
SECTIONS = ("What it does", "Why it matters", "Example", "Use instead", "Fix safety", "Options")
# Names a reader cannot look up: the seed articles' file names or prefixes, internal folders.
INTERNAL = re.compile(r"\b[Ss]eeds?\b|\b\d{3}_[0-9a-f]{16}\b|shared/|FIGURES\.md|GUIDANCE\.md")


def test_fl202_names_no_internal_file_and_lists_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "FL202")
    assert code == 0
    assert not INTERNAL.search(out), INTERNAL.search(out)
    assert "G-SPECIFICS" in out  # the guidance item instead
    options_part = out.split("## Options", 1)[1]
    for name in ("cues", "generic", "generic_words", "min_content_words", "slots"):
        assert f"| `{name}` |" in options_part
    assert "| `min_content_words` | `2` |" in options_part
    assert "[rules.FL202]" in options_part and "params = { min_content_words = 2 }" in options_part


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_page_has_the_sections_and_no_internal_names(rule) -> None:  # type: ignore[no-untyped-def]
    page = explain(rule.code)
    headings = re.findall(r"^## (.+)$", page, re.MULTILINE)
    assert headings == [s for s in SECTIONS if s != "Example" or any(e.bad for e in rule.examples)]
    assert not INTERNAL.search(page), f"{rule.code}: {INTERNAL.search(page)}"
    what = page.split("## What it does", 1)[1].split("##", 1)[0]
    assert " ".join(rule.summary.split()) not in " ".join(what.split())  # not the summary again
    for gid in rule.guidance:
        assert f"`{gid}`:" in page


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_parameter_is_listed_with_its_default_and_meaning(rule) -> None:  # type: ignore[no-untyped-def]
    rows = options(rule)
    assert [name for name, _, _ in rows] == list(type(rule.params).model_fields)
    for name, default, meaning in rows:
        assert default and meaning, f"{rule.code}: parameter {name} needs an entry in explain.PARAM_HELP"
        assert name in PARAM_HELP


def test_seed_citations_become_counts_of_guides() -> None:
    assert public_rationale("Seeds 000, 001 and 004 ask for it.") == "Three career guides ask for it."
    assert (
        public_rationale("a tone (seed 003) and\n seeds 000-004")
        == "a tone (one career guide) and all five career guides"
    )
    assert public_rationale("those seeds say so") == "those guides say so"


def test_figures_name_their_public_source() -> None:
    fl110 = next(r for r in RULES if r.code == "FL110")
    assert any(s.startswith("Boomerang") for s in sources_of(fl110))
    assert "Sources of the figures:" in explain("FL110")


def test_fix_safety_is_safe_unsafe_or_none() -> None:
    kinds = {r.code: fix_kind(r) for r in RULES}
    assert kinds["FL302"] == "safe" and kinds["FL311"] == "unsafe" and kinds["FL202"] == "none"
    assert "Fix safety: **none**" in explain("FL202")
    for rule in RULES:  # a rule whose example shows a fix never claims to have none
        if any(e.fixed for e in rule.examples):
            assert kinds[rule.code] != "none", rule.code


def test_use_instead_shows_the_fixed_example_or_a_good_one() -> None:
    page = explain("FL302")
    rule = next(r for r in RULES if r.code == "FL302")
    fixed = next(e.fixed for e in rule.examples if e.bad)
    assert fixed is not None and fixed in page.split("## Use instead", 1)[1]


@pytest.mark.parametrize("code", sorted(k.code for k in NOTICES.values()))
def test_notice_pages_name_no_internal_file(code: str) -> None:
    assert not INTERNAL.search(explain(code))


def test_a_linkedin_limit_names_its_source() -> None:
    fl120 = next(r for r in RULES if r.code == "FL120")
    assert any(s.startswith("LinkedIn") for s in sources_of(fl120))


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_the_page_states_what_its_bad_example_costs(linter, rule) -> None:  # type: ignore[no-untyped-def]
    """The cost a page states is what the scorer charges: each bad example is linted and the rule's
    costliest finding's price must be on the page, at the finding's severity and missing-ness."""
    from followup_lint import Config, Linter
    from followup_lint.explain import LEAVES_OUT, LEAVES_OUT_SOMETIMES, cost_text

    used = linter if rule.default_enabled else Linter(Config(select=[rule.code]))
    text = cost_text(rule)
    assert "points off the score" not in explain(rule.code)
    for example in (e for e in rule.examples if e.bad):
        report = used.lint(
            example.bad,
            purpose=example.purpose,
            channel=example.channel,
            context=example.context,
            template=example.template,
        )
        fired = sorted((f for f in report.findings if f.code == rule.code), key=lambda f: -f.cost)
        assert fired, f"{rule.code} did not fire on its bad example"
        top = fired[0]
        if top.severity.value == "info":
            assert top.cost == 0
            continue
        points = f"{top.cost:g} point{'' if top.cost == 1 else 's'}"
        assert f"as {'an' if top.severity.value == 'error' else 'a'} {top.severity.value}, " in text
        assert points in text, f"{rule.code}: its example's {top.severity.value} costs {points}; the page says: {text}"
        if top.missing and top.severity.value == "warning":
            assert rule.check in LEAVES_OUT | LEAVES_OUT_SOMETIMES, f"{rule.code}: add {rule.check!r} to LEAVES_OUT"
        elif top.severity.value == "warning":
            assert rule.check not in LEAVES_OUT, f"{rule.code}: {rule.check!r} is not always about something missing"

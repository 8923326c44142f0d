"""Which guidance items a rule's findings cite, and the citation audit script that checks them.

A finding counts toward every item its rule cites (docs/guidance.md, benchmarks/calibrate.py), so a
citation of an item the rule does not judge is a false alarm on that item wherever the rule fires.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from followup_lint import Linter
from followup_lint.report import Finding

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _findings(linter: Linter, text: str, code: str, channel: str | None = None) -> list[Finding]:
    return [f for f in linter.lint(text, channel=channel).findings if f.code == code]


def test_a_greeting_naming_nobody_is_a_salutation_shortfall_not_a_personal_one(linter: Linter) -> None:
    # "Hi there" is G-SALUTATION (LABELLING.md); G-PERSONAL is template slots, boilerplate and wrong names.
    text = "Subject: Thank you – Data Analyst interview\n\nHi there,\n\nThank you for your time today.\n\nBest,\nLee"
    found = _findings(linter, text, "FL130")
    assert found and all(f.guidance == ["G-SALUTATION"] for f in found)


def test_an_informal_greeting_on_a_letter_is_about_the_channel_not_the_salutation(linter: Linter) -> None:
    # "Hi Ana," names the reader, so G-SALUTATION is met; on paper it is simply not formal (G-CHANNEL).
    text = (
        "Lee Chen\n12 Oak Street\nSpringfield, IL 62701\n\nMarch 4, 2026\n\nHi Ana,\n\n"
        "Thank you for meeting with me on March 2 about the analyst role.\n\nSincerely,\nLee Chen"
    )
    found = _findings(linter, text, "FL123", channel="letter")
    assert found and all(f.guidance == ["G-CHANNEL"] for f in found)


def test_a_typed_letter_without_a_date_line_gets_a_tip_not_a_warning(linter: Linter) -> None:
    # Both address blocks, "Dear ...:" and "Sincerely," make the letter formal; the date is a convention.
    text = (
        "Lee Chen\n12 Oak Street\nSpringfield, IL 62701\n\nAna Lopez\nNorthwind Ltd\n4 Mill Road\n"
        "Springfield, IL 62702\n\nDear Ms. Lopez:\n\nThank you for meeting with me on March 2 about the "
        "analyst role.\n\nSincerely,\nLee Chen"
    )
    found = _findings(linter, text, "FL122", channel="letter")
    assert found and all(f.severity.value == "info" for f in found)


def test_attribution_counts_agreement_by_verdict() -> None:
    calibrate = _load("calibrate")
    attribution = _load("item_attribution")

    def outcome(slug: str, verdict: str, violates: set[str], findings: list[tuple[str, str, tuple[str, ...]]]) -> Any:
        sample = calibrate.Sample(slug, "dev", "", "thank-you", "email", verdict, False, frozenset(violates), {})
        return calibrate.Outcome(sample, "thank-you", "email", 90.0, findings)

    outcomes = [
        outcome("g-a", "good", set(), [("FL130", "warning", ("G-SALUTATION", "G-PERSONAL"))]),
        outcome("b-b", "bad", {"G-SALUTATION"}, [("FL130", "warning", ("G-SALUTATION", "G-PERSONAL"))]),
        outcome("b-c", "bad", {"G-PERSONAL"}, [("FL130", "info", ("G-SALUTATION", "G-PERSONAL"))]),
    ]
    table = attribution.attribution(outcomes)
    assert table[("FL130", "G-SALUTATION")] == {"disagree-good": 1, "agree-bad": 1}
    assert table[("FL130", "G-PERSONAL")] == {"disagree-good": 1, "disagree-bad": 1}  # the info tip does not count
    assert "G-PERSONAL **" in attribution.render(table, disagreeing_only=True)
    assert "G-SALUTATION" not in attribution.render(table, disagreeing_only=True)
    assert attribution.attribution(outcomes, "info")[("FL130", "G-PERSONAL")]["agree-bad"] == 1

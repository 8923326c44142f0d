"""Collect the drafts a content rule's own tests give it, each with the verdict the passing tests
assert, as training data for the rule's learned backstop (``tests/corpus/content-train/<rule>.jsonl``).

    python benchmarks/harvest_content_probes.py FL204

A rule's tests hold hundreds of blind probes and look-alikes written against its wordings ("I remain
very keen, for what it's worth" states interest; "I'm keen to know whether a decision has been made"
does not).  Those are the drafts a model of words alone gets wrong, so it learns from them.  Each row
is the text the rule reads (its scope) and whether the rule's wordings were satisfied while the tests
ran, with the backstop switched off: the tests were written against the wordings, so that is what
they assert wherever they assert the rule (a verdict read from the backstop itself would teach the
model its own mistakes).  Only tests that
pass count: a strict xfail records the rule's known mistake, so its drafts are dropped, and the run
stops if a test fails.  The file is committed, so training needs no test run; rerun this after adding
tests of the rule.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "corpus" / "content-train"
MAX_CHARS = 20_000  # growth tests feed huge drafts: no probe
# The tests of each rule with a backstop whose drafts are its probes: every test file that asserts the
# rule's verdict, except the backstop's own blind batches (tests/test_content_model.py for FL204), which
# measure the model and must stay unseen by it.
SOURCES: dict[str, tuple[str, ...]] = {
    "FL204": (
        "tests/test_interest_families.py",
        "tests/test_interest_fit_blind_round.py",
        "tests/test_interest_by_parts.py",
        "tests/guidance/test_interest_many_voices.py",
        "tests/guidance/test_interest_in_another_role.py",
        "tests/guidance/test_interest_plain_statements.py",
        "tests/guidance/test_calibration_tuning.py",
        "tests/guidance/test_issue9_misjudgements.py",
        "tests/test_review8_fixes.py",
    ),
    # The seventh batch of rejection round 9 (tests/test_rejection_blind_round9_seventh.py) and the
    # backstop's own blind batch (tests/test_rejection_model_blind.py) measure the model: never sources.
    "FL220": (
        "tests/test_rejection_reply_feedback.py",
        "tests/test_rejection_blind_round9.py",
        "tests/test_content_recall_styles.py",
        "tests/guidance/test_rejection_ask_families.py",
        "tests/guidance/test_calibration_tuning.py",
    ),
    # The backstop's own blind and confirmation batches (tests/test_fit_model_blind.py) measure the
    # model: never sources.  Growth tests (tests/test_fit_specifics_growth.py,
    # tests/test_quiet_round10_growth.py) time huge drafts and assert no verdict worth learning.
    "FL205": (
        "tests/test_fit_families.py",
        "tests/test_fit_by_parts.py",
        "tests/test_fit_specifics_blind_round9.py",
        "tests/test_fit_specifics_round9_batch_b.py",
        "tests/test_interest_fit_blind_round.py",
        "tests/test_fresh_draft_fixes.py",
        "tests/test_review8_fixes.py",
        "tests/test_content_recall_styles.py",
        "tests/test_recall_families.py",
        "tests/test_quiet_round10_blind.py",
        "tests/test_quiet_round10_blind2.py",
        "tests/guidance/test_fit_plain_links.py",
        "tests/guidance/test_fit_need_not_fit.py",
        "tests/guidance/test_issue9_misjudgements.py",
        "tests/guidance/test_calibration_tuning.py",
    ),
    # The backstop's own blind and confirmation batches (tests/test_next_steps_model_blind.py) measure
    # the model: never a source.  Growth tests feed only drafts past MAX_CHARS: left out.
    "FL203": (
        "tests/test_next_steps_families.py",
        "tests/test_next_steps_blind_round.py",
        "tests/test_next_steps_by_parts.py",
        "tests/test_next_steps_round9_blind.py",
        "tests/test_next_steps_round9_blind2.py",
        "tests/test_status_asks_blind_round.py",
        "tests/test_quiet_round10_blind.py",
        "tests/test_quiet_round10_blind2.py",
        "tests/test_recall_families.py",
        "tests/test_content_blind_probes.py",
        "tests/test_content_recall_styles.py",
        "tests/test_content_recall_tune.py",
        "tests/test_review8_fixes.py",
        "tests/test_severity_policy.py",
        "tests/guidance/test_next_steps_voices.py",
        "tests/guidance/test_status_check_asks.py",
        "tests/guidance/test_calibration_tuning.py",
    ),
}


def probes_path(rule: str) -> Path:
    return FOLDER / f"{rule}.jsonl"


def harvested_from_path(rule: str) -> Path:
    return FOLDER / f"{rule}.harvested-from.json"


class RuleRecorder:
    """Wraps the ``required`` check kind and records, for each run of ``rule``: the text it reads,
    whether it was satisfied, and whether its wordings alone were (the backstop switched off)."""

    def __init__(self, rule: str) -> None:
        self.rule = rule
        self.rows: list[dict] = []
        self._target: dict | None = None
        self._seen: dict[int, bool] = {}

    def install(self, backstop_off: bool = False) -> None:
        from followup_lint.checks import base, matching

        if backstop_off:
            matching._heard_by_model = lambda inp, params: False
        kind = base.REGISTRY["required"]
        original = kind.run

        def recording(inp, params):  # type: ignore[no-untyped-def]
            found = list(original(inp, params))
            if self._is_rule(params):
                text = matching.backstop_text(inp, params)  # what the backstop reads
                if len(text) <= MAX_CHARS:
                    by_words = matching._present(inp, params) or matching._slot_fills(inp, params.slots)
                    self.rows.append({"text": text, "satisfied": not found, "by_wordings": bool(by_words)})
            yield from found

        base.REGISTRY["required"] = replace(kind, run=recording)

    def _is_rule(self, params) -> bool:  # type: ignore[no-untyped-def]
        known = self._seen.get(id(params))
        if known is None:
            if self._target is None:
                self._target = _rule_params(self.rule)
            known = self._seen[id(params)] = _comparable(params) == self._target
        return known


def _comparable(params) -> dict:  # type: ignore[no-untyped-def]
    data = params.model_dump(mode="json")
    data.pop("backstop", None)
    return data


def builtin_rule(code: str):  # type: ignore[no-untyped-def]
    """The rule as the built-in rule pack loads it."""
    from followup_lint.rulepack import load_rules

    for r in load_rules():
        if r.code == code:
            return r
    raise SystemExit(f"no built-in rule {code}")


def _rule_params(rule: str) -> dict:
    """The rule's parameters as the built-in rule pack loads them."""
    return _comparable(builtin_rule(rule).params)


class TestRecorder(RuleRecorder):
    """A pytest plugin: rows recorded during a test are kept only if the test passed (not xfailed)."""

    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.kept: dict[str, dict] = {}

    def pytest_configure(self, config: pytest.Config) -> None:
        self.install(backstop_off=True)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call":
            return
        if report.passed and not hasattr(report, "wasxfail"):
            # keyed by test as well as row: two probes that read the same once their contrary sentences
            # are set aside ("Thank you for letting me know about the decision." after "You can keep your
            # feedback.") are two examples, not one, or the scaffold's own sentence loses its weight
            for row in self.rows:
                self.kept[report.nodeid + "\0" + json.dumps(row, sort_keys=True)] = row
        self.rows = []

    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        self.rows = []


def sources_digests(rule: str) -> dict[str, str]:
    """The SHA-256 of each test file the probes come from, so a test can tell when one changed and
    the probes were not harvested again."""
    return {src: hashlib.sha256((ROOT / src).read_bytes()).hexdigest() for src in SOURCES[rule]}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] not in SOURCES:
        print(f"usage: harvest_content_probes.py RULE (one of {', '.join(SOURCES)})", file=sys.stderr)
        return 2
    rule = args[0]
    recorder = TestRecorder(rule)
    code = pytest.main(["-q", "-p", "no:cacheprovider", *SOURCES[rule]], plugins=[recorder])
    if code != 0:
        print(f"the tests of {rule} do not pass: nothing written (their asserts are the labels)", file=sys.stderr)
        return int(code)
    FOLDER.mkdir(parents=True, exist_ok=True)
    rows = [recorder.kept[k] for k in sorted(recorder.kept)]
    out = probes_path(rule)
    out.write_text("".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    harvested_from_path(rule).write_text(
        json.dumps(sources_digests(rule), indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(rows)} probes to {out.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

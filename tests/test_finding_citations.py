"""A finding cites the guidance items its own evidence falls short of, not every item its rule
judges: an impatience pattern of FL327 cites G-TONE-PATIENT alone, while the rule's list (what
docs/rules.md and ``explain`` show) stays the union of what its findings may cite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import run

from followup_lint import Config, FollowupLintError, Linter
from followup_lint.rulepack import load_rule_file, load_rules

PATIENT, PROFESSIONAL, POSITIVE = "G-TONE-PATIENT", "G-TONE-PROFESSIONAL", "G-POSITIVE"


def status_check(sentence: str) -> str:
    return (
        "Subject: Following up – Data Analyst interview\n\nHi Priya,\n\n"
        "Thank you for meeting me on Tuesday about the analyst role; I am still very keen on it. "
        f"{sentence}\n\nBest regards,\nJordan Lee"
    )


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def cited(linter: Linter, sentence: str, code: str) -> list[list[str]]:
    report = linter.lint(status_check(sentence), purpose="status-check", channel="email")
    return [f.guidance for f in report.findings if f.code == code]


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        # counting the messages, a same-day deadline, waiting out loud: impatience, nothing more
        ("This is my fourth email about the role.", [PATIENT]),
        ("Please reply today.", [PATIENT]),
        ("I am tired of waiting for an answer.", [PATIENT]),
        ("I won't wait much longer for an answer.", [PATIENT]),
        # impatience said rudely: slang, or talking down to the reader
        ("Chop chop, I have other offers.", [PATIENT, PROFESSIONAL]),
        ("Could whoever is in charge tell me where things stand?", [PATIENT, PROFESSIONAL]),
        # a reproach aimed at the reader is negative too
        ("You haven't replied to any of my emails.", [PATIENT, POSITIVE]),
    ],
)
def test_a_pressure_finding_cites_what_its_pattern_judges(linter: Linter, sentence: str, items: list[str]) -> None:
    assert cited(linter, sentence, "FL327") == [items]


def test_the_rules_list_stays_the_union_of_its_findings_citations() -> None:
    rule = next(r for r in load_rules() if r.code == "FL327")
    assert rule.guidance == [PATIENT, PROFESSIONAL, POSITIVE]
    for pattern in rule.params.patterns:
        assert set(pattern.guidance) <= set(rule.guidance)


def test_the_json_report_carries_each_findings_own_citation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "chase.txt"
    path.write_text(status_check("This is my fourth email about the role."), encoding="utf-8")
    _, out, _ = run(capsys, "check", "--format", "json", "--purpose", "status-check", "--select", "FL327", str(path))
    findings = json.loads(out)["files"][0]["report"]["findings"]
    assert [(f["code"], f["guidance"]) for f in findings] == [("FL327", [PATIENT])]


RULE = """
code = "TM310"
name = "my-pressure"
summary = "Says a thing."
category = "tone"
severity = "warning"
weight = 5
guidance = ["G-TONE-PROFESSIONAL", "G-TONE-PATIENT", "G-POSITIVE"]
check = "stance"
rationale = "Why."
fix = "How."
[params]
[[params.patterns]]
tokens = [{LOWER = "chop"}, {LOWER = "chop"}]
guidance = ["G-TONE-PATIENT", "G-TONE-PROFESSIONAL"]
[[params.patterns]]
tokens = [{LOWER = "kindly"}, {LOWER = "revert"}]
EXTRA
"""


def rule_file(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "TM310-my-pressure.toml"
    path.write_text(RULE.replace("EXTRA", extra), encoding="utf-8")
    return path


def test_a_patterns_citation_keeps_the_rules_order_and_a_plain_pattern_cites_the_whole_list(
    tmp_path: Path,
) -> None:
    rule_file(tmp_path)
    linter = Linter(Config(rule_paths=[str(tmp_path)], select=["TM310"]))
    report = linter.lint(status_check("Chop chop. Kindly revert with the schedule."), purpose="status-check")
    assert [f.guidance for f in report.findings] == [
        [PROFESSIONAL, PATIENT],
        [PROFESSIONAL, PATIENT, POSITIVE],
    ]


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        (
            '[[params.patterns]]\ntokens = [{LOWER = "asap"}]\nguidance = ["G-INTEREST"]',
            "`params.patterns[2].guidance` cites G-INTEREST, which the rule's `guidance`",
        ),
        (
            '[[params.unless]]\ntokens = [{LOWER = "no"}, {LOWER = "rush"}]\nguidance = ["G-POSITIVE"]',
            "an exception never reports a finding",
        ),
    ],
)
def test_a_citation_the_rule_cannot_make_fails_at_load(tmp_path: Path, extra: str, problem: str) -> None:
    path = rule_file(tmp_path, extra)
    with pytest.raises(FollowupLintError) as exc:
        load_rule_file(path)
    assert str(path) in str(exc.value)
    assert problem in str(exc.value)


def test_a_users_pattern_may_not_cite_outside_the_rules_list(tmp_path: Path) -> None:
    config = Config.model_validate(
        {"rules": {"FL327": {"params": {"patterns": [{"tokens": [{"LOWER": "asap"}], "guidance": ["G-INTEREST"]}]}}}}
    )
    with pytest.raises(FollowupLintError) as exc:
        Linter(config).lint(status_check("Reply asap."), purpose="status-check")
    assert "rules.FL327" in str(exc.value)
    assert "cites G-INTEREST" in str(exc.value)


def test_sarif_tags_a_rule_with_every_item_its_findings_cited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "chase.txt"
    path.write_text(status_check("This is my fourth email about the role. Chop chop."), encoding="utf-8")
    _, out, _ = run(capsys, "check", "--format", "sarif", "--purpose", "status-check", "--select", "FL327", str(path))
    (rule,) = json.loads(out)["runs"][0]["tool"]["driver"]["rules"]
    assert rule["properties"]["tags"] == [PATIENT, PROFESSIONAL, "tone"]


# --- FL330 (learned tone): the items of the words the model weighed --------------------------------
@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        # waiting and expecting: impatience
        ("I have waited patiently until now, and I finally expect some word.", [PATIENT]),
        # scorn for the process: impolite and negative
        ("I find the whole thing a bit of a farce, to be honest.", [PROFESSIONAL, POSITIVE]),
        # the same two in other words (the model retrained on 2026-12-07 misses the first of the two above:
        # tests/tone_retrain_costs.py)
        ("I have waited patiently for weeks, and I now expect some word.", [PATIENT]),
        ("To be honest, the whole thing has been a bit of a farce.", [PROFESSIONAL, POSITIVE]),
        # dwelling on a grievance: negative
        ("I was frankly disappointed to be ignored for three weeks.", [POSITIVE]),
        # sarcasm in ordinary words: no list names them, so the rule's whole list
        ("Lovely of you to keep me guessing for a month.", [PROFESSIONAL, PATIENT, POSITIVE]),
    ],
)
def test_a_learned_tone_finding_cites_the_items_of_its_evidence(
    sentence_reader: Linter, sentence: str, items: list[str]
) -> None:
    assert cited(sentence_reader, sentence, "FL330") == [items]


@pytest.fixture(scope="module")
def sentence_reader() -> Linter:
    """FL330 as its sentence reading cites, before the reading of the whole draft (draft_reading.py)
    sets aside the items a polite frame does not lean towards (tests/test_draft_reading.py)."""
    return Linter(Config.model_validate({"rules": {"FL330": {"params": {"read_as_a_whole": False}}}}))


def test_a_learned_tone_citation_outside_the_rules_list_fails(tmp_path: Path) -> None:
    config = Config.model_validate(
        {"rules": {"FL330": {"params": {"cite": [{"guidance": ["G-INTEREST"], "words": ["keen"]}]}}}}
    )
    with pytest.raises(FollowupLintError) as exc:
        Linter(config).lint(status_check("Lovely of you to keep me guessing."), purpose="status-check")
    assert "`params.cite[0].guidance` cites G-INTEREST" in str(exc.value)


def test_a_learned_tone_citation_word_class_must_exist(tmp_path: Path) -> None:
    config = Config.model_validate(
        {"rules": {"FL330": {"params": {"cite": [{"guidance": [PATIENT], "words": ["@no-such-class"]}]}}}}
    )
    with pytest.raises(FollowupLintError) as exc:
        Linter(config).lint(status_check("Lovely of you to keep me guessing."), purpose="status-check")
    assert "no-such-class" in str(exc.value)

"""The library API: what a job tracker or mail client relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import followup_lint
from followup_lint import Config, Linter, Report

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

WEAK = "Hey Ana!!\n\nIt was a great conversation and I learned a lot about the company :)\n\nLee\n"


def test_lint_returns_a_report_with_positions(linter: Linter) -> None:
    report = linter.lint(WEAK)
    assert isinstance(report, Report)
    by_code = {f.code: f for f in report.findings}
    # the weak draft lacks gratitude, specifics and the ask, and has an emoji and "hey"
    for code in ("FL201", "FL202", "FL203", "FL301", "FL302"):
        assert code in by_code, code
    assert (by_code["FL302"].line, by_code["FL302"].column) == (1, 1)
    assert by_code["FL302"].suggestions[0].edits[0].replacement == "Hello"
    emoji = by_code["FL301"]
    assert (emoji.line, emoji.column) == (3, WEAK.splitlines()[2].index(":)") + 1)
    assert WEAK[emoji.start : emoji.end] == ":)"
    assert by_code["FL201"].missing and "body" in by_code["FL201"].message
    assert report.score is not None and report.score < 50
    assert report.purpose == "thank-you" and report.channel == "email"
    assert report.schema_version == followup_lint.SCHEMA_VERSION


def test_strong_note_scores_at_least_90(linter: Linter) -> None:
    text = (EXAMPLES / "thank-you.txt").read_text(encoding="utf-8")
    report = linter.lint(text)
    assert report.score is not None and report.score >= 90, [f.message for f in report.findings]


def test_findings_are_sorted_and_costed(linter: Linter) -> None:
    report = linter.lint(WEAK)
    keys = [(f.start, f.end, f.code) for f in report.findings]
    assert keys == sorted(keys)
    assert report.score == pytest.approx(max(0.0, 100 - sum(f.cost for f in report.findings)), abs=0.11)


def test_module_level_lint_and_lint_file(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "draft.txt"  # type: ignore[operator]
    path.write_text(WEAK, encoding="utf-8")
    reports = followup_lint.lint_file(path)
    assert len(reports) == 1 and reports[0].path == str(path)
    assert followup_lint.lint(WEAK).model_dump() == reports[0].model_copy(update={"path": None}).model_dump()


def test_same_input_same_output(linter: Linter) -> None:
    a = linter.lint(WEAK).model_dump_json()
    b = Linter().lint(WEAK).model_dump_json()
    assert a == b


def test_non_english_draft_gets_a_notice_not_findings(linter: Linter) -> None:
    text = (
        "Hola Ana,\n\nMuchas gracias por la entrevista de ayer. Me gustó mucho conocer al equipo "
        "y aprender sobre el proyecto de datos. Quedo atento a los próximos pasos.\n\nSaludos,\nLee"
    )
    report = linter.lint(text)
    assert report.findings == []
    assert report.score is None
    assert [n.code for n in report.notices] == ["FL901"]


def test_select_and_ignore_by_prefix() -> None:
    only_tone = Linter(Config(select=["FL3"])).lint(WEAK)
    assert only_tone.findings and all(f.code.startswith("FL3") for f in only_tone.findings)
    no_emoji = Linter(Config(ignore=["FL301"])).lint(WEAK)
    assert "FL301" not in {f.code for f in no_emoji.findings}


def test_ignoring_a_rule_never_lowers_the_score(linter: Linter) -> None:
    full = linter.lint(WEAK)
    for code in {f.code for f in full.findings}:
        fewer = Linter(Config(ignore=[code])).lint(WEAK)
        assert fewer.score is not None and full.score is not None and fewer.score >= full.score


def test_rule_settings_from_config() -> None:
    cfg = Config.model_validate({"rules": {"FL110": {"params": {"min": 5}, "severity": "info"}}})
    report = Linter(cfg).lint(WEAK)
    assert "FL110" not in {f.code for f in report.findings}


def test_bad_rule_settings_name_the_key() -> None:
    with pytest.raises(followup_lint.FollowupLintError, match=r"rules\.FL110.*params\.minimum"):
        Linter(Config.model_validate({"rules": {"FL110": {"params": {"minimum": 5}}}}))
    with pytest.raises(followup_lint.FollowupLintError, match="FL999"):
        Linter(Config.model_validate({"rules": {"FL999": {"severity": "info"}}}))


def test_report_json_round_trip(linter: Linter) -> None:
    report = linter.lint(WEAK)
    again = Report.model_validate(json.loads(report.model_dump_json()))
    assert again == report


def test_missing_subject_points_at_the_top(linter: Linter) -> None:
    report = linter.lint(WEAK)
    missing = next(f for f in report.findings if f.code == "FL101")
    assert missing.missing and (missing.line, missing.column) == (1, 1)


def test_empty_and_non_text_input(linter: Linter) -> None:
    report = linter.lint("  \n")
    assert report.score is None and [n.code for n in report.notices] == ["FL907"]
    with pytest.raises(followup_lint.FollowupLintError, match="must be text"):
        linter.lint(None)  # type: ignore[arg-type]


def test_interview_after_send_date_is_a_notice_not_a_timing_finding(linter: Linter) -> None:
    text = (EXAMPLES / "status-check.txt").read_text(encoding="utf-8")
    report = linter.lint(text, context={"interview_date": "2026-04-01", "sent_at": "2026-03-12"})
    assert "FL908" in [n.code for n in report.notices]
    assert not [f for f in report.findings if f.category == "timing"]


def test_word_count_agrees_with_the_length_rule(linter: Linter) -> None:
    report = linter.lint(WEAK)
    short = next(f for f in report.findings if f.code == "FL110")
    assert f"only {report.word_count} words" in short.message


def test_hyphenated_compound_is_not_a_repeated_word(linter: Linter) -> None:
    text = "Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for your take on on-call load.\n\nBest,\nLee"
    assert "FL403" not in {f.code for f in linter.lint(text).findings}

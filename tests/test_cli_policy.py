"""The command line as a job seeker and a CI maintainer read it: the exit policy, the score line,
--statistics, dates as people write them, and files named on purpose though excluded."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from cli_run import GOOD, WEAK, run

import followup_lint
from followup_lint.cli import main
from followup_lint.dates import DateError, parse_human_date


@pytest.fixture
def note_92(tmp_path: Path) -> Path:
    """A good note with one casual greeting: one warning (FL302, weight 8), score 92 (“Hey Ana!”: a
    plain “Hey Ana,” alone on the greeting line is a tip)."""
    path = tmp_path / "note.txt"
    path.write_text(GOOD.read_text(encoding="utf-8").replace("Dear Ana,", "Hey Ana!"), encoding="utf-8")
    return path


def test_fail_under_alone_decides_by_score(capsys: pytest.CaptureFixture[str], note_92: Path) -> None:
    code, out, _ = run(capsys, "check", str(note_92))
    assert code == 1 and "score 92/100" in out  # the default fails on the warning
    assert run(capsys, "check", "--fail-under", "80", str(note_92))[0] == 0
    code, _, err = run(capsys, "check", "--fail-under", "95", str(note_92))
    assert code == 1 and "below --fail-under 95" in err


def test_fail_on_and_fail_under_together_either_fails(capsys: pytest.CaptureFixture[str], note_92: Path) -> None:
    assert run(capsys, "check", "--fail-under", "80", "--fail-on", "warning", str(note_92))[0] == 1
    assert run(capsys, "check", "--fail-under", "95", "--fail-on", "error", str(note_92))[0] == 1
    assert run(capsys, "check", "--fail-under", "80", "--fail-on", "error", str(note_92))[0] == 0


def test_fail_on_never(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", "--fail-on", "never", str(WEAK))[0] == 0


def test_exit_zero_with_a_failing_flag_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    for flag in (["--fail-on", "error"], ["--fail-under", "50"]):
        with pytest.raises(SystemExit) as exc:
            main(["check", "--exit-zero", *flag, str(WEAK)])
        assert exc.value.code == 2
        assert "--exit-zero cannot be combined" in capsys.readouterr().err


def test_config_fail_under_alone_and_flags_beat_config(capsys: pytest.CaptureFixture[str], note_92: Path) -> None:
    cfg = note_92.parent / ".followup-lint.toml"
    cfg.write_text("fail_under = 80\n", encoding="utf-8")
    assert run(capsys, "check", str(note_92))[0] == 0  # the score alone decides
    assert run(capsys, "check", "--fail-on", "warning", str(note_92))[0] == 1  # the flag adds findings
    assert run(capsys, "check", "--exit-zero", str(WEAK))[0] == 0  # --exit-zero beats configuration
    cfg.write_text('fail_on = "warning"\nfail_under = 50\n', encoding="utf-8")
    assert run(capsys, "check", str(note_92))[0] == 1
    assert run(capsys, "check", "--fail-on", "never", str(note_92))[0] == 0  # flags beat configuration


def test_help_shows_the_exit_policy(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert "exit status" in out and "never" in out and "2 wins over 1" in out


def test_score_line_says_what_each_category_lost(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", "--color", "never", str(WEAK))
    line = next(x for x in out.splitlines() if ": score " in x)
    score = int(line.split("score ")[1].split("/")[0])
    lost = line.split("points lost to ")[1].split(")")[0]
    parts = [int(p.rsplit(" ", 1)[1]) for p in lost.split(", ")]
    assert sum(parts) == 100 - score, line  # the parts add up to what the total is missing
    _, out, _ = run(capsys, "check", "--color", "never", str(GOOD))
    assert "score 100/100 (no points lost)" in out


def test_statistics_counts_per_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--statistics", str(WEAK), str(GOOD))
    assert code == 1
    lines = out.splitlines()
    assert any(" FL302 " in x and "[*]" in x and "in 1 draft" in x for x in lines), out
    counts = [int(x.split()[0]) for x in lines[:-1]]
    assert counts == sorted(counts, reverse=True)
    assert lines[-1].startswith(f"{sum(counts)} findings in 2 drafts")
    assert "^" not in out  # no excerpts: one line per rule


def test_statistics_counts_the_drafts_of_each_severity_apart(capsys: pytest.CaptureFixture[str]) -> None:
    """A rule that is an error in some drafts and a warning in others gets a row for each, and each
    row counts only the drafts where the rule fired at that severity (not every draft it fired in)."""
    examples = GOOD.parent
    _, report, _ = run(capsys, "check", "--exit-zero", "--format", "json", str(examples))
    truth: dict[tuple[str, str], set[str]] = {}
    for entry in json.loads(report)["files"]:
        for finding in (entry.get("report") or {}).get("findings", []):
            truth.setdefault((finding["code"], finding["severity"]), set()).add(entry["path"])
    assert {code for code, _ in truth if sum(c == code for c, _ in truth) > 1}, "no rule at two severities"
    _, out, _ = run(capsys, "check", "--exit-zero", "--statistics", str(examples))
    shown = {}
    for line in out.splitlines()[:-1]:
        words = line.replace("[*]", "").split()
        shown[words[1], words[3]] = int(words[5])
    assert shown == {key: len(paths) for key, paths in truth.items()}


BASE = datetime(2026, 3, 5, 9, 0)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-03", date(2026, 3, 3)),
        ("2026-03-03 14:00", datetime(2026, 3, 3, 14, 0)),
        ("yesterday", date(2026, 3, 4)),
        ("last Tue", date(2026, 3, 3)),
        ("Tuesday", date(2026, 3, 3)),  # the past is preferred
        ("3 March", date(2026, 3, 3)),
        ("13/04/2026", date(2026, 4, 13)),  # only one reading
    ],
)
def test_dates_as_people_write_them(text: str, expected: date) -> None:
    assert parse_human_date(text, base=BASE) == expected


def test_ambiguous_numeric_date_names_both_readings() -> None:
    with pytest.raises(DateError, match=r"3 April 2026 \(day first\) or March 4, 2026 \(month first\)"):
        parse_human_date("03/04/2026", base=BASE)
    assert parse_human_date("03/04/2026", base=BASE, order="DMY") == date(2026, 4, 3)
    assert parse_human_date("03/04/2026", base=BASE, order="MDY") == date(2026, 3, 4)


@pytest.mark.parametrize("text", ["garbage", "March 2026", "2024-02-30", "x" * 500, ""])
def test_not_a_date(text: str) -> None:
    with pytest.raises(DateError):
        parse_human_date(text, base=BASE)


def test_relative_dates_count_from_the_send_date(capsys: pytest.CaptureFixture[str]) -> None:
    # The note thanks for Tuesday's meeting: "yesterday" from a Wednesday send date is right.
    code, _, err = run(capsys, "check", "--date", "2026-03-04", "--interview-date", "yesterday", str(GOOD))
    assert "--interview-date 'yesterday' read as Tuesday 3 March 2026" in err
    assert code == 0
    code, _, err = run(capsys, "check", "--date", "2026-03-04", "--interview-date", "03/04/2026", str(GOOD))
    assert code == 2 and "--interview-date: '03/04/2026' could be" in err and "Traceback" not in err


def test_explicitly_named_excluded_file_is_linted_and_said(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / ".followup-lint.toml").write_text('exclude = ["skip*.txt"]\n', encoding="utf-8")
    named = tmp_path / "skip-me.txt"
    named.write_text(WEAK.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = run(capsys, "check", str(named))
    assert code == 1 and "FL302" in out and "linted though the configuration excludes it" in err
    code, out, err = run(capsys, "check", "--force-exclude", str(named))
    assert code == 0 and "FL302" not in out and "skipped: the configuration excludes it" in err
    code, out, _ = run(capsys, "check", str(tmp_path))  # found in a folder: excluded silently, as documented
    assert "skip-me" not in out


def test_public_namespace_and_enum_values() -> None:
    names = dir(followup_lint)
    assert "lint" in names and "Linter" in names
    assert not {"Any", "Path", "TYPE_CHECKING", "annotations", "Sequence"} & set(names)
    assert str(followup_lint.Severity.WARNING) == "warning"
    assert f"{followup_lint.Severity.ERROR}" == "error"

"""Every mistake a user can type into a configuration, a rule's parameters or a baseline is one
line naming the file and the key, exit 2: never a traceback, a hang or a run that goes on."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import followup_lint
from followup_lint.cli import main

ROOT = Path(__file__).resolve().parents[1]
WEAK = ROOT / "examples" / "thank-you-weak.txt"
DATE = "2026-03-05T10:00"


def _check(tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str, *extra: str) -> tuple[int, str]:
    (tmp_path / ".followup-lint.toml").write_text(config)
    draft = tmp_path / "draft.txt"
    draft.write_text(WEAK.read_text())
    code = main(["check", "--date", DATE, *extra, str(draft)])
    _out, err = capsys.readouterr()
    return code, err


@pytest.mark.parametrize(
    ("config", "names"),
    [
        ('exclude = ["[z-a]"]\n', ["exclude", "[z-a]"]),
        ('template = ["[z-a]"]\n', ["template"]),
        ('[[overrides]]\npaths = ["[z-a]"]\n', ["overrides[0].paths"]),
        ("fail_under = " + "9" * 5000 + "\n", ["invalid TOML", "4300"]),
        ("fail_under = 1" + "0" * 300 + "\n", ["fail_under", "less than or equal to 100"]),
        ("fail_under = nan\n", ["fail_under"]),
        ('[language]\nlanguagetool_url = "file:///etc/passwd"\n', ["language.languagetool_url", "http"]),
        ('[language]\nlanguagetool_url = "http://"\n', ["language.languagetool_url"]),
        ("[language]\nlanguagetool_timeout = 1e308\n", ["language.languagetool_timeout"]),
        ('[rules.FL304.params]\nwithin = ["bodyy"]\n', ["rules.FL304", "params.within", "bodyy"]),
        ('[rules.FL103.params]\npatterns = ["(unclosed"]\n', ["rules.FL103", "params.patterns", "(unclosed"]),
        ("[rules.FL304]\nweight = 1e999\n", ["rules.FL304.weight"]),
        ('ignroe = ["FL3"]\n', ["ignroe", "did you mean `ignore`"]),
    ],
)
def test_a_bad_configuration_value_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str, names: list[str]
) -> None:
    code, err = _check(tmp_path, capsys, config)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert ".followup-lint.toml" in lines[0]
    for name in names:
        assert name in lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize("kind", ["missing", "folder", "binary", "fifo", "dev-zero", "huge"])
def test_words_file_must_be_a_regular_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    target = tmp_path / "words.txt"
    if kind == "folder":
        target.mkdir()
    elif kind == "binary":
        target.write_bytes(b"\x7fELF\x00\x01\x02")
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "dev-zero":
        target = Path("/dev/zero")
    elif kind == "huge":
        with target.open("wb") as f:
            f.truncate(50_000_000)
    code, err = _check(tmp_path, capsys, f'[language]\nwords_file = "{target}"\n')
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "words file" in lines[0] and str(target) in lines[0], err


def test_words_file_that_is_fine_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "words.txt").write_text("# team words\nKubeflowish\n")
    code, err = _check(tmp_path, capsys, '[language]\nwords_file = "words.txt"\n', "--exit-zero")
    assert code == 0, err


def test_api_config_errors_are_followup_lint_errors() -> None:
    with pytest.raises(followup_lint.FollowupLintError, match="unknown key `ignroe`; did you mean `ignore`"):
        followup_lint.Config(ignroe=["FL3"])  # type: ignore[call-arg]
    with pytest.raises(followup_lint.FollowupLintError, match="exclude"):
        followup_lint.Config(exclude=["[z-a]"])
    with pytest.raises(followup_lint.FollowupLintError, match=r"params\.within"):
        followup_lint.Linter(followup_lint.Config(rules={"FL304": {"params": {"within": ["bodyy"]}}}))  # type: ignore[dict-item]


def _baseline(tmp_path: Path, entries: object, raw: str | None = None) -> Path:
    path = tmp_path / "base.json"
    text = raw if raw is not None else json.dumps({"tool": "followup-lint", "version": 1, "findings": entries})
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("entries", "raw", "what"),
    [
        ([{"path": "a", "label": None, "code": "FL1", "fingerprint": "x", "count": 1}], None, None),
        (
            None,
            (
                '{"tool": "followup-lint", "version": 1, "findings": [{"path": "a", "label": null, '
                '"code": "FL1", "fingerprint": "x", "count": 1e400}]}'
            ),
            "count",
        ),
        ([{"path": "a", "label": [1], "code": "FL1", "fingerprint": "x", "count": 1}], None, "label"),
        ([{"path": "a", "label": None, "code": "FL1", "fingerprint": "x", "count": -3}], None, "count"),
        ([{"path": "a", "label": None, "code": "FL1", "fingerprint": "x", "count": True}], None, "count"),
        ([{"path": 7, "label": None, "code": "FL1", "fingerprint": "x"}], None, "path"),
        ([["a"]], None, "findings[0]"),
        (None, "[" * 100_000, "nested too deeply"),
        (None, '{"tool": "followup-lint", "version": 1e400, "findings": []}', "version"),
    ],
)
def test_a_bad_baseline_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], entries: object, raw: str | None, what: str | None
) -> None:
    base = _baseline(tmp_path, entries, raw)
    code = main(["check", "--date", DATE, "--baseline", str(base), str(WEAK)])
    _, err = capsys.readouterr()
    if what is None:  # the well-formed one
        assert code in (0, 1), err
        return
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(base) in lines[0] and what in lines[0], err


def test_missing_part_findings_survive_lines_added_elsewhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Subject: Thanks\n\nHi Ana,\n\nThank you for the interview on Tuesday.\n")  # no sign-off
    base = tmp_path / "base.json"
    assert main(["check", "--date", DATE, "--write-baseline", str(base), str(draft)]) == 0
    recorded = json.loads(base.read_text())["findings"]
    assert recorded
    capsys.readouterr()
    draft.write_text(draft.read_text() + "\nI enjoyed hearing about the team's plans.\n")
    main(["check", "--date", DATE, "--format", "json", "--baseline", str(base), str(draft)])
    out, _ = capsys.readouterr()
    findings = json.loads(out)["files"][0]["report"]["findings"]
    assert not [f for f in findings if f["missing"]], findings


def test_a_bad_context_value_drops_that_value_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(
        "---\ncompany: Initech\nprevious_follow_ups: 1\ninterview-date: 2026-03-02\ndecision-date: 9999-12-31\n---\n"
        "Hi Ana,\n\nThank you for the interview on Monday about the analyst role.\n\nBest,\nLee\n"
    )
    main(["check", "--date", DATE, "--format", "json", str(draft)])
    report = json.loads(capsys.readouterr().out)["files"][0]["report"]
    bad = [n["message"] for n in report["notices"] if n["code"] == "FL903"]
    assert any("previous_follow_ups: 1" in m and "line 3" in m for m in bad), bad  # the key as written
    assert any("9999" in m and "decision-date" in m and "line 5" in m for m in bad), bad
    assert all("\ufffd" not in m and "\n" not in m for m in bad)
    missing = " ".join(n["message"] for n in report["notices"] if n["code"] == "FL906")
    assert "--interview-date" not in missing  # the good interview date still counted


def test_out_of_range_dates_on_the_command_line_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    # Dates are read after parsing (relative ones count from --date): one line, exit 2.
    assert main(["check", "--decision-date", "9999-12-31", str(WEAK)]) == 2
    err = capsys.readouterr().err
    assert "--decision-date" in err and "9999" in err and "Traceback" not in err


def test_every_context_field_has_one_source_the_cli_and_headers_use() -> None:
    from followup_lint.cli import _parser
    from followup_lint.context import Context, field_for_key, sources

    help_text = _parser()._subparsers._group_actions[0].choices["check"].format_help()  # type: ignore[union-attr]
    assert set(sources()) == set(Context.model_fields)
    for name, source in sources().items():
        assert source.flag in help_text
        assert all(field_for_key(h) == name for h in source.headers)
        assert field_for_key(name) == name

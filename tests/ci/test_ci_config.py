"""Configuration files: discovery, precedence, per-path overrides, validation errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ci_helpers import DATE

from followup_lint.config import (
    Config,
    ConfigResolver,
    LanguageConfig,
    find_config_file,
    glob_match,
    load_config_file,
    validate_config,
)
from followup_lint.errors import FollowupLintError


def _reports(run_out: str) -> dict[str, dict]:  # type: ignore[type-arg]
    data = json.loads(run_out)
    return {f["path"]: f["report"] for f in data["files"] if f.get("report")}


def test_globs() -> None:
    assert glob_match("templates/linkedin/**", "templates/linkedin/a.txt")
    assert glob_match("templates/linkedin/**", "templates/linkedin/x/y/a.txt")
    assert not glob_match("templates/linkedin/**", "templates/email/a.txt")
    assert glob_match("*.j2", "deep/folder/a.j2")  # no slash: any depth
    assert not glob_match("templates/*.md", "templates/x/a.md")  # * stays in one folder
    assert glob_match("drafts/archive", "drafts/archive/old.txt")  # a folder covers its files
    assert glob_match("**/*.md", "a.md") and glob_match("**/*.md", "x/a.md")


def test_nearest_config_wins_and_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.followup-lint]\nchannel = "letter"\n')
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "x"\n')  # no table: skipped
    assert find_config_file(inner / "d.txt") == tmp_path / "pyproject.toml"
    (inner / ".followup-lint.toml").write_text('channel = "linkedin"\n')
    (inner / "pyproject.toml").write_text('[tool.followup-lint]\nchannel = "call"\n')
    assert find_config_file(inner / "d.txt") == inner / ".followup-lint.toml"  # wins in its folder
    resolver = ConfigResolver()
    assert resolver.for_file(inner / "d.txt").config.channel == "linkedin"
    assert resolver.for_file(tmp_path / "a" / "e.txt").config.channel == "letter"
    explicit = ConfigResolver(tmp_path / "pyproject.toml")
    assert explicit.for_file(inner / "d.txt").config.channel == "letter"  # --config: no discovery


def test_relative_paths_resolve_against_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "words.txt").write_text("Initech\n")
    (tmp_path / "cfg.toml").write_text('rule_paths = ["rules"]\n[language]\nwords_file = "words.txt"\n')
    loaded = load_config_file(tmp_path / "cfg.toml")
    assert loaded.config.rule_paths == [str((tmp_path / "rules").resolve())]
    assert loaded.config.language.words_file == str((tmp_path / "words.txt").resolve())


def test_language_defaults() -> None:
    lang = Config().language
    assert lang == LanguageConfig()
    assert (lang.enabled, lang.dialect, lang.words, lang.disabled_rules) == (True, "us", [], [])
    assert lang.languagetool_timeout == 5.0 and lang.require_grammar is False


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"chanel": "email"}, ["unknown key `chanel`", "did you mean `channel`"]),
        ({"fail_on": "fatal"}, ["key `fail_on`", "'error', 'warning', 'info'"]),
        ({"channel": "fax"}, ["key `channel`", "'email', 'linkedin', 'letter', 'call'"]),
        ({"language": {"dialect": "fr"}}, ["key `language.dialect`", "'us', 'uk', 'canadian'"]),
        ({"language": {"spelling": True}}, ["unknown key `language.spelling`", "allowed keys: enabled"]),
        ({"rules": {"FL301": {"severity": "loud"}}}, ["key `rules.FL301.severity`", "'error'"]),
        ({"overrides": [{"paths": ["a/**"], "purpose": "x"}]}, ["key `overrides[0].purpose`", "'thank-you'"]),
        ({"overrides": [{"channel": "email"}]}, ["key `overrides[0].paths`"]),
        ({"fail_under": 101}, ["key `fail_under`", "101"]),
    ],
)
def test_validation_errors_name_the_file_key_and_allowed_values(data, expected) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FollowupLintError) as info:
        validate_config(data, "conf.toml")
    message = str(info.value)
    assert message.startswith("conf.toml: ")
    for part in expected:
        assert part in message


def test_config_errors_exit_2_with_file_and_key(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "d.txt").write_text("Hi Ana,\nThank you.\nBest,\nLee\n")
    (tmp_path / "pyproject.toml").write_text('[tool.followup-lint]\nfail_on = "fatal"\n')
    run = cli("check", "d.txt", cwd=tmp_path)
    assert run.code == 2
    assert "pyproject.toml" in run.err and "tool.followup-lint.fail_on" in run.err and "'warning'" in run.err
    assert "Traceback" not in run.err
    (tmp_path / "pyproject.toml").write_text("[tool.followup-lint\n")
    run = cli("check", "d.txt", cwd=tmp_path)
    assert run.code == 2 and "invalid TOML" in run.err
    (tmp_path / "pyproject.toml").write_text('[tool.followup-lint.rules.FL999]\nseverity = "info"\n')
    run = cli("check", "d.txt", cwd=tmp_path)
    assert run.code == 2 and "pyproject.toml" in run.err and "rules.FL999" in run.err
    run = cli("check", "--config", "nope.toml", "d.txt", cwd=tmp_path)
    assert run.code == 2 and "nope.toml" in run.err


def test_overrides_exclude_and_precedence(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("check", "--date", DATE, "--format", "json", "drafts", "templates/linkedin/connect.txt")
    reports = _reports(run.out)
    assert reports["templates/linkedin/connect.txt"]["channel"] == "linkedin"  # override
    assert not any(f["code"].startswith("FL1") for f in reports["templates/linkedin/connect.txt"]["findings"])
    assert reports["drafts/casual.txt"]["channel"] == "email"
    assert not any("archive" in p for p in reports)  # excluded
    # FL303 is an error by the config file
    assert {f["code"]: f["severity"] for f in reports["drafts/casual.txt"]["findings"]}["FL303"] == "error"
    # a CLI argument beats the override; --select replaces the configured selection
    run = cli(
        "check",
        "--date",
        DATE,
        "--format",
        "json",
        "--channel",
        "letter",
        "--select",
        "FL3",
        "templates/linkedin/connect.txt",
    )
    report = _reports(run.out)["templates/linkedin/connect.txt"]
    assert report["channel"] == "letter"
    assert all(f["code"].startswith("FL3") for f in report["findings"])


def test_config_command_shows_sources(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("config", "templates/linkedin/connect.txt")
    assert run.code == 0
    assert 'channel = "linkedin"  # from ' in run.out and "overrides[0]" in run.out
    assert 'fail_on = "error"  # from ' in run.out and ".followup-lint.toml" in run.out
    assert "# template globs match this file: true" in run.out
    run = cli("config", "--format", "json", "drafts/casual.txt")
    data = json.loads(run.out)
    assert data["config"]["channel"] is None and data["sources"]["channel"] == "default"
    assert data["sources"]["fail_on"].endswith(".followup-lint.toml")
    assert data["config"]["context"] == {"company": "Acme"}


def test_config_output_is_valid_toml(cli) -> None:  # type: ignore[no-untyped-def]
    import tomllib

    run = cli("config", "templates/linkedin/connect.txt")
    data = tomllib.loads(run.out)
    data.pop("rules")  # weights are unset (null) in JSON, absent in TOML
    assert data["channel"] == "linkedin" and data["language"]["dialect"] == "us"

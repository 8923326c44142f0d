"""Rule files are validated: a bad file names itself and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Config, FollowupLintError, Linter
from followup_lint.rulepack import builtin_rules_dir, load_rule_file, load_rules

GOOD_RULE = """
code = "TM101"
name = "no-synergy"
summary = "Says synergy."
category = "tone"
severity = "warning"
weight = 3
guidance = ["G-TONE-PROFESSIONAL"]
check = "existence"
rationale = "Jargon."
fix = "Say what you mean."
[params]
phrases = ["synergy"]
[[examples]]
bad = "Hi Ana,\\n\\nThank you. Synergy!\\n\\nBest,\\nLee"
"""


def write(tmp_path: Path, text: str, name: str = "TM101-no-synergy.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_pack_loads_from_the_live_folder() -> None:
    assert (builtin_rules_dir() / "FL201-gratitude.toml").is_file()
    codes = [r.code for r in load_rules()]
    assert codes == sorted(codes) and len(codes) == len(set(codes))


def test_unknown_key_names_file_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_RULE + 'colour = "red"\n')
    with pytest.raises(FollowupLintError) as exc:
        load_rule_file(path)
    assert str(path) in str(exc.value) and "colour" in str(exc.value)


def test_bad_value_and_bad_params(tmp_path: Path) -> None:
    with pytest.raises(FollowupLintError, match="severity"):
        load_rule_file(write(tmp_path, GOOD_RULE.replace('"warning"', '"fatal"')))
    with pytest.raises(FollowupLintError, match=r"params\.phrase"):
        load_rule_file(write(tmp_path, GOOD_RULE.replace("phrases =", "phrase =")))
    with pytest.raises(FollowupLintError, match="unknown check kind `nope`"):
        load_rule_file(write(tmp_path, GOOD_RULE.replace('check = "existence"', 'check = "nope"')))
    with pytest.raises(FollowupLintError, match="invalid TOML"):
        load_rule_file(write(tmp_path, "code = "))
    with pytest.raises(FollowupLintError, match="not a valid regular expression"):
        load_rule_file(write(tmp_path, GOOD_RULE.replace('phrases = ["synergy"]', 'patterns = ["(unclosed"]')))


def test_team_rules_load_beside_ours(tmp_path: Path) -> None:
    write(tmp_path, GOOD_RULE)
    linter = Linter(Config(rule_paths=[str(tmp_path)]))
    report = linter.lint("Hi Ana,\n\nThank you. Our synergy is great.\n\nBest,\nLee")
    assert "TM101" in {f.code for f in report.findings}


def test_duplicate_code_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, GOOD_RULE.replace("TM101", "FL201"))
    with pytest.raises(FollowupLintError, match="already defined"):
        Linter(Config(rule_paths=[str(tmp_path)]))


def test_rules_are_on_by_default_and_a_file_can_turn_one_off(tmp_path: Path) -> None:
    assert load_rule_file(write(tmp_path, GOOD_RULE)).default_enabled is True
    off = load_rule_file(
        write(tmp_path, GOOD_RULE.replace('check = "existence"', 'check = "existence"\nenabled = false'))
    )
    assert off.default_enabled is False
    with pytest.raises(FollowupLintError, match="enabled"):
        load_rule_file(
            write(tmp_path, GOOD_RULE.replace('check = "existence"', 'check = "existence"\nenabled = "maybe"'))
        )


@pytest.mark.parametrize(
    ("select", "runs"),
    [([], False), (["FL3"], False), (["FL206"], True), (["FL2"], True), (["FL"], True), (["FL205", "FL206"], True)],
)
def test_off_by_default_rule_runs_only_when_selected(select: list[str], runs: bool) -> None:
    fl206 = next(r for r in load_rules() if r.code == "FL206")
    assert fl206.default_enabled is False
    config = Config(select=select)
    # The gate the engine applies: the configuration's select/ignore, then the rule's default.
    assert (config.enabled(fl206.code) and fl206.enabled_in(config.select)) is runs


def test_every_other_builtin_rule_is_on_by_default() -> None:
    assert [r.code for r in load_rules() if not r.default_enabled] == ["FL206"]


def test_engine_skips_off_by_default_rules(linter: Linter) -> None:
    report = linter.lint(
        "Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\nThank you for your time.\n\nBest,\nLee"
    )
    assert "FL206" not in {f.code for f in report.findings}
    selected = Linter(Config(select=["FL206"])).lint(
        "Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\nThank you for your time.\n\nBest,\nLee"
    )
    assert "FL206" in {f.code for f in selected.findings}

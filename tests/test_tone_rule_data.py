"""Tone rules as data: patterns and vocabularies are checked when a rule loads, and a rule folder
may ship its own vocabulary, which is never read as a rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Config, FollowupLintError, Linter
from followup_lint.rulepack import load_rule_file, load_rules

STANCE_RULE = """
code = "TM301"
name = "my-stance"
summary = "Says a thing."
category = "tone"
severity = "warning"
weight = 5
guidance = ["G-TONE-PATIENT"]
check = "stance"
rationale = "Why."
fix = "How."
[params]
[[params.patterns]]
tokens = TOKENS
"""


def stance_rule(tmp_path: Path, tokens: str) -> Path:
    path = tmp_path / "TM301-my-stance.toml"
    path.write_text(STANCE_RULE.replace("TOKENS", tokens), encoding="utf-8")
    return path


def test_a_valid_stance_rule_loads_and_runs(tmp_path: Path) -> None:
    stance_rule(tmp_path, '[{LOWER = "kindly"}, {LOWER = "revert"}]')
    linter = Linter(Config(rule_paths=[str(tmp_path)]))
    report = linter.lint("Subject: Hi\n\nHi Ana,\n\nKindly revert with the schedule.\n\nBest,\nLee")
    assert [f.code for f in report.findings if f.code == "TM301"] == ["TM301"]


@pytest.mark.parametrize(
    ("tokens", "problem"),
    [
        ('[{LOWER = "you"}, {OP = "*"}, {LOWER = "me"}]', "unbounded"),
        ('[{LOWER = "you"}, {OP = "+"}]', "unbounded"),
        ('[{LOWER = "you"}, {OP = "{0,50}"}, {LOWER = "me"}]', "bounded repeat"),
        ('[{LOWER = {REGEX = "(a+)+$"}}]', "only IN and NOT_IN"),
        ('[{POS = "VERB"}]', "unknown token attribute 'POS'"),
        ('[{LOWER = "You"}]', "must be lower case"),
        ("[{_ = {nope = true}}]", "unknown token flag"),
        ('[{LOWER = "you", OP = "?"}]', "at least one token that must match"),
        ("[]", "at least 1"),
    ],
)
def test_unsafe_or_broken_patterns_fail_at_load(tmp_path: Path, tokens: str, problem: str) -> None:
    path = stance_rule(tmp_path, tokens)
    with pytest.raises(FollowupLintError) as exc:
        load_rule_file(path)
    assert str(path) in str(exc.value)
    assert problem in str(exc.value)


WORD_RULE = """
code = "TM302"
name = "house-words"
summary = "A word the house style bans."
category = "tone"
severity = "warning"
weight = 5
guidance = ["G-TONE-PROFESSIONAL"]
check = "vocabulary"
rationale = "Why."
fix = "How."
[params]
vocabulary = "VOCAB"
lists = ["banned"]
"""


def test_a_rule_folder_can_ship_its_own_vocabulary(tmp_path: Path) -> None:
    (tmp_path / "TM302-house-words.toml").write_text(WORD_RULE.replace("VOCAB", "house"), encoding="utf-8")
    words = tmp_path / "vocabularies" / "house"
    words.mkdir(parents=True)
    (words / "banned.txt").write_text("# our words\nsynergy\nleverage\n", encoding="utf-8")
    # a stray rule-like file inside the vocabulary folder is never loaded as a rule
    (words / "TM999-not-a-rule.toml").write_text("this is not toml = = =", encoding="utf-8")
    codes = [r.code for r in load_rules([tmp_path])]
    assert "TM302" in codes and "TM999" not in codes
    linter = Linter(Config(rule_paths=[str(tmp_path)]))
    report = linter.lint("Subject: Hi\n\nHi Ana,\n\nWe can leverage the synergy.\n\nBest,\nLee")
    assert [f.start for f in report.findings if f.code == "TM302"] != []
    assert len([f for f in report.findings if f.code == "TM302"]) == 2


def test_a_missing_vocabulary_or_list_fails_at_load(tmp_path: Path) -> None:
    path = tmp_path / "TM302-house-words.toml"
    path.write_text(WORD_RULE.replace("VOCAB", "nowhere"), encoding="utf-8")
    with pytest.raises(FollowupLintError, match="vocabulary `nowhere` not found") as exc:
        load_rule_file(path)
    assert str(path) in str(exc.value)
    path.write_text(WORD_RULE.replace("VOCAB", "profanity"), encoding="utf-8")
    with pytest.raises(FollowupLintError, match="has no list `banned`"):
        load_rule_file(path)


def test_a_bad_vocabulary_line_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "TM302-house-words.toml"
    path.write_text(WORD_RULE.replace("VOCAB", "house").replace('"banned"', '"rated"'), encoding="utf-8")
    folder = tmp_path / "vocabularies" / "house"
    folder.mkdir(parents=True)
    (folder / "rated.tsv").write_text("synergy 2\n", encoding="utf-8")
    with pytest.raises(FollowupLintError, match="expected a term, a tab and a value") as exc:
        load_rule_file(path)
    assert "rated.tsv" in str(exc.value)


def test_text_speak_context_must_match_its_list(tmp_path: Path) -> None:
    builtin = Path(__file__).resolve().parents[1] / "rules" / "FL305-text-speak.toml"
    text = builtin.read_text(encoding="utf-8").replace("[params.context.y]", "[params.context.yy]")
    path = tmp_path / "FL305-text-speak.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FollowupLintError, match="contextual form"):
        load_rule_file(path)


CLASS_RULE = STANCE_RULE.replace("[params]\n", '[params]\nvocabulary = "house"\n')


def test_a_stance_pattern_names_a_word_class_of_the_vocabulary(tmp_path: Path) -> None:
    stance_rule(tmp_path, '[{LOWER = "kindly"}, {LOWER = {IN = "@chase"}}]').write_text(
        CLASS_RULE.replace("TOKENS", '[{LOWER = "kindly"}, {LOWER = {IN = "@chase"}}]'), encoding="utf-8"
    )
    folder = tmp_path / "vocabularies" / "house"
    folder.mkdir(parents=True)
    (folder / "chase.txt").write_text("# verbs of chasing\nrevert\nrespond\n", encoding="utf-8")
    linter = Linter(Config(rule_paths=[str(tmp_path)]))
    text = "Subject: Hi\n\nHi Ana,\n\nKindly revert today, or kindly respond. Kindly advise.\n\nBest,\nLee"
    found = [text[f.start : f.end] for f in linter.lint(text).findings if f.code == "TM301"]
    assert found == ["Kindly revert", "kindly respond"]
    # a word added to the class reaches the pattern without touching the rule
    (folder / "chase.txt").write_text("revert\nrespond\nadvise\n", encoding="utf-8")
    from followup_lint.vocabulary import _read_folder

    _read_folder.cache_clear()
    linter = Linter(Config(rule_paths=[str(tmp_path)]))
    assert len([f for f in linter.lint(text).findings if f.code == "TM301"]) == 3


@pytest.mark.parametrize(
    ("rule", "lines", "problem"),
    [
        (STANCE_RULE, "revert\n", "needs `vocabulary"),
        (CLASS_RULE, "kindly revert\n", "holds phrases"),
        (CLASS_RULE, "# nothing yet\n", "is empty"),
    ],
)
def test_a_bad_word_class_fails_at_load(tmp_path: Path, rule: str, lines: str, problem: str) -> None:
    path = tmp_path / "TM301-my-stance.toml"
    path.write_text(rule.replace("TOKENS", '[{LOWER = {IN = "@chase"}}]'), encoding="utf-8")
    folder = tmp_path / "vocabularies" / "house"
    folder.mkdir(parents=True)
    (folder / "chase.txt").write_text(lines, encoding="utf-8")
    with pytest.raises(FollowupLintError, match=problem) as exc:
        load_rule_file(path)
    assert str(path) in str(exc.value)


def test_a_missing_word_class_names_the_list(tmp_path: Path) -> None:
    path = tmp_path / "TM301-my-stance.toml"
    path.write_text(CLASS_RULE.replace("TOKENS", '[{LOWER = {IN = "@nothere"}}]'), encoding="utf-8")
    (tmp_path / "vocabularies" / "house").mkdir(parents=True)
    (tmp_path / "vocabularies" / "house" / "chase.txt").write_text("revert\n", encoding="utf-8")
    with pytest.raises(FollowupLintError, match="has no list `nothere`"):
        load_rule_file(path)


def test_the_worked_example_of_the_tone_docs_runs(tmp_path: Path) -> None:
    """docs/tone.md's house rule, copied from the page, loads, fires and passes its own examples."""
    page = (Path(__file__).resolve().parents[1] / "docs" / "tone.md").read_text(encoding="utf-8")
    words = page.split("```text\n", 1)[1].split("```", 1)[0]
    rule = page.split("`house-rules/HS301-curt-request.toml`:\n\n```toml\n", 1)[1].split("```", 1)[0]
    folder = tmp_path / "vocabularies" / "house"
    folder.mkdir(parents=True)
    (folder / "curt-verbs.txt").write_text(words, encoding="utf-8")
    (tmp_path / "HS301-curt-request.toml").write_text(rule, encoding="utf-8")
    linter = Linter(Config(rule_paths=[str(tmp_path)]))
    bad = "Subject: Interview\n\nHi Ana,\n\nKindly revert with the schedule, and please do the needful.\n\nBest,\nLee"
    found = [bad[f.start : f.end] for f in linter.lint(bad).findings if f.code == "HS301"]
    assert found == ["Kindly revert", "do the needful"]
    good = "Subject: Interview\n\nHi Ana,\n\nThank you kindly for the schedule.\n\nBest,\nLee"
    assert [f for f in linter.lint(good).findings if f.code == "HS301"] == []

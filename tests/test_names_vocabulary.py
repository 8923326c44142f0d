"""One table of nicknames for the rules that compare names (FL132 greeting, FL134 body, FL135 surname
nickname, FL144 signature), read from the `names` vocabulary, so they cannot drift apart; a configuration adds
forms, and a rule folder of one's own can ship its own list."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from followup_lint import Config, FollowupLintError, Linter
from followup_lint.rulepack import builtin_rules_dir, load_rule_file, load_rules

NAME_RULES = ("FL132", "FL134", "FL135", "FL144")

NOTE = "Subject: Thank you\n\nDear {greet},\n\nThank you for meeting me on Monday about the fitter role.\n\nBest regards,\nAmina Okafor"


def rules_by_code() -> dict:
    return {r.code: r for r in load_rules()}


def test_no_rule_file_carries_its_own_table() -> None:
    for path in builtin_rules_dir().glob("FL*.toml"):
        params = tomllib.loads(path.read_text(encoding="utf-8")).get("params", {})
        assert "nicknames" not in params, f"{path.name} copies the nicknames of rules/vocabularies/names/"


def test_the_three_rules_read_one_table() -> None:
    rules = rules_by_code()
    tables = [rules[code].params.nickname_table for code in NAME_RULES]
    assert all(table == tables[0] for table in tables)
    assert tables[0]["peggy"] == {"margaret"} and tables[0]["kate"] == {"katherine", "catherine"}


@pytest.mark.parametrize(
    ("greet", "wrong"),
    [("Peggy", False), ("Maggie", False), ("Hank", True), ("Sophie", True)],
)
def test_greeting_by_a_listed_nickname_is_the_reader(greet: str, wrong: bool) -> None:
    report = Linter().lint(NOTE.format(greet=greet), context={"interviewers": ["Margaret Hale"]})
    assert any(f.code == "FL132" for f in report.findings) is wrong


def test_configuration_adds_forms_to_the_vocabulary() -> None:
    text = NOTE.format(greet="Hank")
    ctx = {"interviewers": ["Henry Hale"]}
    assert any(f.code == "FL132" for f in Linter().lint(text, context=ctx).findings)
    cfg = Config.model_validate({"rules": {"FL132": {"params": {"nicknames": {"hank": ["Henry"]}}}}})
    linter = Linter(cfg)
    assert not any(f.code == "FL132" for f in linter.lint(text, context=ctx).findings)
    # the vocabulary's own forms still count beside the added one
    peggy = NOTE.format(greet="Peggy")
    assert not any(f.code == "FL132" for f in linter.lint(peggy, context={"interviewers": ["Margaret Hale"]}).findings)


def test_a_rule_folder_can_ship_its_own_list(tmp_path: Path) -> None:
    rule = tmp_path / "FL132-greeting-wrong-name.toml"
    shutil.copy(builtin_rules_dir() / rule.name, rule)
    (tmp_path / "vocabularies" / "names").mkdir(parents=True)
    (tmp_path / "vocabularies" / "names" / "nicknames.tsv").write_text("hank\tHenry\n", encoding="utf-8")
    table = load_rule_file(rule).params.nickname_table
    assert table == {"hank": frozenset({"henry"})}


@pytest.mark.parametrize(("line", "problem"), [("hank\t , \n", "hank"), ("hank Henry\n", "tab")])
def test_a_bad_list_names_the_problem(tmp_path: Path, line: str, problem: str) -> None:
    rule = tmp_path / "FL132-greeting-wrong-name.toml"
    shutil.copy(builtin_rules_dir() / rule.name, rule)
    (tmp_path / "vocabularies" / "names").mkdir(parents=True)
    (tmp_path / "vocabularies" / "names" / "nicknames.tsv").write_text(line, encoding="utf-8")
    with pytest.raises(FollowupLintError, match=problem):
        load_rule_file(rule)


@pytest.mark.parametrize(
    ("sender", "signed", "flagged"),
    [
        ("Kate Morgan", "Catherine Price", False),  # a nickname and a married name: one person (round 25)
        ("Catherine Morgan", "Kate Price", False),
        ("Robert Hale", "Bob Hale", False),
        ("Sarah Morgan", "Catherine Price", True),
    ],
)
def test_a_signature_by_a_nickname_of_the_sender_is_the_sender(sender: str, signed: str, flagged: bool) -> None:
    text = f"Subject: Thank you\nFrom: {sender} <k@example.com>\n\nDear Ana,\n\nThank you for Monday.\n\nBest regards,\n{signed}"
    assert any(f.code == "FL144" for f in Linter().lint(text).findings) is flagged

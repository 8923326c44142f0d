"""The read-as-a-whole rules (FL213, FL332, FL333): a draft the learned reading of the whole draft
finds falling short of one item, where no other rule flagged that item.

What a user relies on: the flag appears once, on the sentence that weighs most towards the fault, with
the reading's chance in the message; it never doubles a more specific rule's finding on the same item
(an info tip does not count as a flag); a template is not called one-size-fits-all; a rule file that
names an item the reading does not speak for fails when the rules load; the check is linear in the
draft.  The shipped model's behaviour on real wordings is in the rules' own examples.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Config, Linter
from followup_lint.checks import whole_draft
from followup_lint.content_model import ContentModel
from followup_lint.draft import parse_draft
from followup_lint.draft_reading import ITEMS, DraftReading, load_reading_model, reading_features, reading_lines
from followup_lint.errors import FollowupLintError
from followup_lint.linter import without_items_flagged_elsewhere
from followup_lint.report import Severity
from followup_lint.rulepack import load_rules

STATUS = "Subject: Checking in\n\nHi Ana,\n\nThank you again for the interview on the 4th. {body}\n\nBest,\nLee"


def _fake_reading(weights: dict[str, dict[str, float]], bias: float = -3.0) -> DraftReading:
    """A reading whose models weigh only the given features: what the rules do with a reading,
    apart from what the shipped model has learned."""
    models = {item: ContentModel(item, bias, weights.get(item, {}), 0.15, Path("fake")) for item in ITEMS}
    return DraftReading(models, 0.15, Path("fake"))


@pytest.fixture
def impatient_when_marooned(monkeypatch: pytest.MonkeyPatch) -> None:
    """The word "marooned" (and only it) makes the draft read as impatient, and "lovely" as one-size-fits-all."""
    reading = _fake_reading({"G-TONE-PATIENT": {"w:marooned": 60.0}, "G-PERSONAL": {"w:lovely": 60.0}})
    monkeypatch.setattr(whole_draft, "load_reading_model", lambda: reading)


def _codes(linter: Linter, text: str, purpose: str = "status-check", template: bool = False) -> list:
    report = linter.lint(text, purpose=purpose, template=template)
    return [f for f in report.findings if f.code in ("FL213", "FL332", "FL333")]


def test_flags_the_sentence_that_weighs_most(linter: Linter, impatient_when_marooned: None) -> None:
    text = STATUS.format(body="I enjoyed meeting the team. I feel marooned here without news. Any word is welcome.")
    found = _codes(linter, text)
    assert [f.code for f in found] == ["FL332"]
    f = found[0]
    assert text[f.start : f.end] == "I feel marooned here without news."
    assert f.severity.value == "warning" and f.guidance == ["G-TONE-PATIENT"]
    assert "‘marooned’" in f.message and "%" in f.message
    assert (f.line, f.column) == (5, 75)
    assert "the words that weigh most: ‘marooned’" in f.message


def test_quiet_below_the_bar(linter: Linter, impatient_when_marooned: None) -> None:
    assert _codes(linter, STATUS.format(body="I enjoyed meeting the team. Any word is welcome.")) == []


def test_another_rules_warning_on_the_item_wins(linter: Linter, impatient_when_marooned: None) -> None:
    # FL327 (chasing a reply) flags G-TONE-PATIENT itself: one flag for the item, its own.
    text = STATUS.format(body="I feel marooned. I have emailed three times and still have heard nothing at all.")
    report = linter.lint(text, purpose="status-check")
    patient = [f.code for f in report.findings if "G-TONE-PATIENT" in f.guidance and f.severity.value != "info"]
    assert patient and "FL332" not in patient


def test_an_info_tip_on_the_item_is_no_flag_but_a_users_severity_is(
    linter: Linter, impatient_when_marooned: None
) -> None:
    text = STATUS.format(body="I feel marooned. I have emailed three times and still have heard nothing at all.")
    report = linter.lint(text, purpose="status-check")
    active = [r for r in linter.rules if r.code in {f.code for f in report.findings} | {"FL332"}]
    patient = [f for f in report.findings if "G-TONE-PATIENT" in f.guidance]
    raised = report.findings[0].model_copy(
        update={"code": "FL332", "guidance": ["G-TONE-PATIENT"], "severity": Severity.WARNING}
    )
    tips = [f.model_copy(update={"severity": Severity.INFO}) for f in patient]
    # the rules' own tips do not flag the item: the reading speaks
    assert raised in without_items_flagged_elsewhere([*tips, raised], active)
    # a severity the user's configuration set still names the item: the reading stays quiet
    assert raised not in without_items_flagged_elsewhere([*tips, raised], active, frozenset(f.code for f in tips))
    # and end to end: turning the chasing rules into tips does not bring a warning in their place
    quiet = Linter(Config(rules={f.code: {"severity": "info"} for f in patient}))
    assert not any(f.code == "FL332" for f in quiet.lint(text, purpose="status-check").findings)


def test_a_short_note_gives_the_reading_too_little(linter: Linter, impatient_when_marooned: None) -> None:
    assert _codes(linter, STATUS.format(body="Marooned.")) == []
    assert _codes(linter, "Subject: Re: Marooned") == []


def test_the_reading_weighs_what_the_note_says() -> None:
    draft = parse_draft(
        "Subject: RE: Fwd: Re [2]: Your application\nFrom: lee@example.com\n\nHi Ana,\n\nThanks for the news, "
        "and good luck on LinkedIn today.\n\nLee\n\nOn Tue, 10 Mar 2026, Ana wrote:\n> Sorry, no news yet.\n"
    )
    lines = reading_lines(draft)
    assert lines[0] == "Your application"
    assert not any("Sorry" in line or "From" in line or "wrote" in line for line in lines)
    found = reading_features(draft)
    assert "w:re" not in found and "w:linkedin" not in found and "w:sorry" not in found
    assert "b:good luck" in found and "b:on today" not in found  # no pair across a word left out
    assert "b:news and" in found and "b:ana thanks" not in found  # nor across a line break


def test_a_template_is_not_called_one_size_fits_all(linter: Linter, impatient_when_marooned: None) -> None:
    text = STATUS.format(
        body="It was lovely to meet the team, and I enjoyed hearing about the plans for the year ahead and the work on the new site."
    )
    assert [f.code for f in _codes(linter, text)] == ["FL213"]
    assert _codes(linter, text, template=True) == []


def test_same_input_same_report(linter: Linter) -> None:
    text = (
        "Subject: Re: the analyst role\n\nHi Ana,\n\nI have not heard anything since the interview on the 4th, "
        "almost a month ago now, and I need to plan my next steps. Can you tell me whether the role is still open?\n\nLee"
    )
    first = linter.lint(text, purpose="status-check")
    again = Linter().lint(text, purpose="status-check")
    assert [f.model_dump() for f in first.findings] == [f.model_dump() for f in again.findings]
    assert any(f.code == "FL332" for f in first.findings)


def test_shipped_model_speaks_for_every_item() -> None:
    assert set(load_reading_model().models) == set(ITEMS)


def _rule_file(tmp_path: Path, item: str, guidance: str) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "ZZ901-reads.toml").write_text(
        f'code = "ZZ901"\nname = "reads"\nsummary = "s"\ncategory = "tone"\nseverity = "warning"\n'
        f'weight = 5\nguidance = ["{guidance}"]\ncheck = "read-as-a-whole"\nonly_where_unflagged = true\n'
        f'message = "m"\nrationale = "r"\nfix = "f"\n\n[params]\nitem = "{item}"\n',
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    ("item", "guidance", "says"),
    [
        ("G-SUBJECT", "G-SUBJECT", "items the reading model speaks for"),
        ("G-TONE-PATIENT", "G-POSITIVE", "must be exactly"),
    ],
)
def test_a_rule_file_naming_an_item_the_reading_lacks_fails_at_load(
    tmp_path: Path, item: str, guidance: str, says: str
) -> None:
    with pytest.raises(FollowupLintError, match=says):
        load_rules([_rule_file(tmp_path, item, guidance)])


def test_grows_linearly(linter: Linter) -> None:
    unit = "I am still waiting to hear back about the role and would like to know where things stand. "
    assert_grows_linearly(
        linter,
        "FL332",
        lambda n: prepared_input(linter, unit * (3 * n), purpose="status-check"),
        "FL332 on a long note",
    )

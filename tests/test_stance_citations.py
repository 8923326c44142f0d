"""The stance rules cite what their own evidence shows, read against the guidance's decision rules
(tests/corpus/calibration/LABELLING.md), not every tone item at once: pleading is impatience,
hardship dwelt on is also negative; a demand or an argument with the decision, however courteous
its words, is impatience (and a rejection reply that argues is no gracious one); arrogance talks
down to the reader; scorn for the process is impolite and negative; anger on the page is impatient
and negative. Hostile wordings aimed at the reader (blame, threats, insults) keep all three."""

from __future__ import annotations

import pytest

from followup_lint import Config, FollowupLintError, Linter
from followup_lint.rulepack import load_rules

PATIENT, PROFESSIONAL, POSITIVE, REJECTION = "G-TONE-PATIENT", "G-TONE-PROFESSIONAL", "G-POSITIVE", "G-REJECTION"


def status_check(sentence: str) -> tuple[str, str]:
    text = (
        "Subject: Following up – Data Analyst interview\n\nHi Priya,\n\n"
        "Thank you for meeting me on Tuesday about the analyst role; I am still very keen on it. "
        f"{sentence}\n\nBest regards,\nJordan Lee"
    )
    return text, "status-check"


def rejection_reply(sentence: str) -> tuple[str, str]:
    text = (
        "Subject: Re: Your application – Data Analyst\n\nHi Priya,\n\nThank you for letting me know. "
        f"{sentence}\n\nBest regards,\nJordan Lee"
    )
    return text, "rejection-reply"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def cited(linter: Linter, draft: tuple[str, str], code: str) -> list[list[str]]:
    text, purpose = draft
    report = linter.lint(text, purpose=purpose, channel="email")
    return [f.guidance for f in report.findings if f.code == code]


@pytest.mark.parametrize(
    ("code", "draft", "items"),
    [
        # FL310: pleading is impatience alone; personal hardship dwelt on is also negative
        ("FL310", status_check("I really need this job."), [PATIENT]),
        ("FL310", status_check("Please give me a chance."), [PATIENT]),
        ("FL310", status_check("I have been out of work for eight months."), [PATIENT, POSITIVE]),
        ("FL310", status_check("I have to provide for my two children."), [PATIENT, POSITIVE]),
        ("FL310", status_check("I have bills to pay."), [PATIENT, POSITIVE]),
        ("FL310", status_check("I have rent due."), [PATIENT, POSITIVE]),
        # FL311: a demand presses the reader; it is not negative or rude in itself
        ("FL311", status_check("I expect an answer by Friday."), [PATIENT]),
        # FL317, FL324: arguing with the decision, however politely worded
        ("FL317", rejection_reply("I respectfully disagree with your decision."), [REJECTION, PATIENT]),
        (
            "FL324",
            rejection_reply("I fail to see why you rejected someone with ten years of experience."),
            [REJECTION, PATIENT],
        ),
        # FL319: a demand or a presumption presses; a claim of being owed is a grievance too; arrogance
        # talks down; a lecture on decency is all three
        ("FL319", rejection_reply("I want a proper explanation."), [PATIENT]),
        ("FL319", rejection_reply("After four rounds I deserve a proper answer."), [PATIENT, POSITIVE]),
        ("FL319", status_check("When do I start?"), [PATIENT]),
        ("FL319", status_check("You'd be lucky to have me."), [PROFESSIONAL]),
        ("FL319", rejection_reply("Have the decency to tell me why."), [PATIENT, PROFESSIONAL, POSITIVE]),
        # FL321: contempt for the job is tactless and negative; a parting shot at the reader is impatient
        ("FL321", rejection_reply("I didn't even want this job."), [PROFESSIONAL, POSITIVE]),
        ("FL321", rejection_reply("Good luck finding someone better."), [PATIENT, POSITIVE]),
        # FL322: scorn for the process, crude dismissal; anger on the page; an insult aimed at the reader
        ("FL322", rejection_reply("Frankly, the whole process was a joke."), [PROFESSIONAL, POSITIVE]),
        ("FL322", rejection_reply("What a load of rubbish."), [PROFESSIONAL, POSITIVE]),
        ("FL322", rejection_reply("I am absolutely appalled by how this was handled."), [PATIENT, POSITIVE]),
        ("FL322", rejection_reply("You people are idiots."), [PROFESSIONAL, PATIENT, POSITIVE]),
        # blame aimed at the reader: all three
        ("FL318", rejection_reply("You clearly never read my CV."), [PATIENT, PROFESSIONAL, POSITIVE]),
        # a threat, however politely worded: the decision rules list threats under patience and
        # negativity, not under impolite wording
        ("FL325", rejection_reply("My lawyer will be in touch."), [PATIENT, POSITIVE]),
        ("FL325", status_check("I will be taking this up with your managing director."), [PATIENT, POSITIVE]),
    ],
)
def test_a_stance_finding_cites_what_its_wording_judges(
    linter: Linter, code: str, draft: tuple[str, str], items: list[str]
) -> None:
    found = cited(linter, draft, code)
    assert found, f"{code} did not fire"
    assert all(g == items for g in found)


@pytest.mark.parametrize("code", ["FL311", "FL312", "FL317", "FL324"])
def test_rules_that_judge_pressure_or_argument_do_not_cite_professionalism(code: str) -> None:
    rule = next(r for r in load_rules() if r.code == code)
    assert PROFESSIONAL not in rule.guidance
    assert PATIENT in rule.guidance


def test_an_existence_match_no_cite_entry_names_cites_the_rules_whole_list() -> None:
    config = Config.model_validate(
        {"rules": {"FL310": {"params": {"cite": [{"guidance": [PATIENT], "patterns": ["beg"]}]}}}}
    )
    linter = Linter(config)
    assert cited(linter, status_check("I'm begging you."), "FL310") == [[PATIENT]]
    assert cited(linter, status_check("I really need this job."), "FL310") == [[PATIENT, POSITIVE]]


def test_an_existence_citation_outside_the_rules_list_fails() -> None:
    config = Config.model_validate(
        {"rules": {"FL310": {"params": {"cite": [{"guidance": [PROFESSIONAL], "patterns": ["need"]}]}}}}
    )
    with pytest.raises(FollowupLintError) as exc:
        Linter(config).lint(status_check("I really need this job.")[0], purpose="status-check")
    assert "`params.cite[0].guidance` cites G-TONE-PROFESSIONAL" in str(exc.value)

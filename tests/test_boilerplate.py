"""FL210 (boilerplate): a thank-you that names neither the employer nor the role and recalls
nothing from the interview could go to any employer unchanged (G-PERSONAL)."""

from __future__ import annotations

import pytest

from followup_lint import Config, Linter

CONTEXT = {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]}
FORM_LETTER = (
    "Subject: Thank you\n\nDear Ms. Lopez,\n\n"
    "Thank you for taking the time to meet with me. It was a pleasure to learn more about {about}. "
    "I am confident that my skills and experience would make me an asset, and I look forward to "
    "hearing from you.\n\nSincerely,\nLee Park"
)


def codes(linter: Linter, text: str, context: dict[str, object] | None = CONTEXT) -> list[str]:
    return [f.code for f in linter.lint(text, purpose="thank-you", context=context or {}).findings]


def test_a_form_letter_is_flagged_once_at_the_body(linter: Linter) -> None:
    text = FORM_LETTER.format(about="the position and the organisation")
    report = linter.lint(text, purpose="thank-you", context=CONTEXT)
    found = [f for f in report.findings if f.code == "FL210"]
    assert len(found) == 1
    assert found[0].line == 5 and found[0].severity.value == "warning"
    assert "Initech" in found[0].message and found[0].guidance == ["G-PERSONAL"]


@pytest.mark.parametrize(
    ("about", "role"),
    [
        ("the position at Initech", "Data Analyst"),  # the company
        ("the analyst position", "Data Analyst"),  # a word of the role
        ("the data analysis work", "Data Analyst"),  # a shortened form of it
        ("the SRE position", "Site Reliability Engineer"),  # an acronym of the role
    ],
)
def test_a_note_that_names_the_employer_or_the_role_is_no_form_letter(linter: Linter, about: str, role: str) -> None:
    # the role counts where it is all the context gives; the company counts always
    context = {**CONTEXT, "role": role}
    if "Initech" not in about:
        del context["company"]
    assert "FL210" not in codes(linter, FORM_LETTER.format(about=about), context)


def test_the_role_alone_does_not_make_a_note_particular_to_a_known_employer(linter: Linter) -> None:
    # a job title is shared by every employer hiring for it: a mail merge that fills in the title
    # and leaves the employer as "the organisation" could go to any of them (round 11)
    text = FORM_LETTER.format(about="the Data Analyst position and the organisation")
    assert "FL210" in codes(linter, text)
    relaxed = Linter(Config.model_validate({"rules": {"FL210": {"params": {"role_alone": True}}}}))
    assert "FL210" not in codes(relaxed, text)


def test_a_word_of_rank_alone_does_not_name_the_role(linter: Linter) -> None:
    text = FORM_LETTER.format(about="the senior position")
    assert "FL210" in codes(linter, text, {**CONTEXT, "role": "Senior Data Analyst"})


def test_a_note_that_recalls_the_interview_is_no_form_letter(linter: Linter) -> None:
    # nothing names Initech or the role, but a detail of the conversation makes it this employer's note
    text = FORM_LETTER.format(about="how your team moved the weekly revenue report to dbt")
    assert "FL202" not in codes(linter, text) and "FL210" not in codes(linter, text)


def test_a_two_line_note_is_short_rather_than_boilerplate(linter: Linter) -> None:
    text = (
        "Subject: Thank you\n\nDear Ms. Lopez,\n\nThank you for meeting me. It was a pleasure.\n\nSincerely,\nLee Park"
    )
    found = codes(linter, text)
    assert "FL202" in found and "FL210" not in found


def test_without_company_or_role_the_rule_says_it_did_not_run(linter: Linter) -> None:
    report = linter.lint(FORM_LETTER.format(about="the position"), purpose="thank-you", context={})
    assert "FL210" not in [f.code for f in report.findings]
    assert any("FL210" in n.message and "--company" in n.message for n in report.notices)


def test_with_fl202_off_the_rule_that_builds_on_it_is_quiet_too() -> None:
    # `requires`: FL210 speaks only where FL202 found no detail; a user who turned FL202 off has
    # said that details are not to be judged
    text = FORM_LETTER.format(about="the position and the organisation")
    found = codes(Linter(Config(ignore=["FL202"])), text)
    assert "FL210" not in found and "FL202" not in found

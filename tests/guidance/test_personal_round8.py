"""G-PERSONAL round 8 (personal8): blind probes for FL209 (wrong role), FL505 (wrong weekday) and
FL130 (generic greeting), and the name pattern that must not take the writer's "I".  Each probe
was written, with its verdict, before the linter was run on it."""

from __future__ import annotations

import re

import pytest

from followup_lint.checks.personal import _NAME

CONTEXT = {
    "company": "Globex",
    "interviewers": ["Ngozi Okafor"],
    "interview_date": "2026-03-03",  # a Tuesday
    "sent_at": "2026-03-04",
}


def _draft(body: str, greeting: str = "Dear Ms. Okafor,") -> str:
    return f"Subject: Thank you for the interview\n\n{greeting}\n\n{body}\n\nBest regards,\nLee Park"


def _found(linter, code: str, body: str, greeting: str = "Dear Ms. Okafor,", **context: object):
    ctx = {**CONTEXT, **context}
    return [f for f in linter.lint(_draft(body, greeting), context=ctx).findings if f.code == code]


# --- the name pattern: a lone "I" after a name is the writer speaking


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kaiser I held", "Kaiser"),
        ("Kaiser Permanente I think", "Kaiser Permanente"),
        ("Initrode I’m sure", "Initrode"),
        ("Initrode I'd say", "Initrode"),
        ("Ross & Co I", "Ross & Co"),
        ("Kaiser I.", "Kaiser"),
    ],
)
def test_name_pattern_stops_before_a_lone_i(text: str, name: str) -> None:
    m = re.compile(_NAME).match(text)
    assert m and m.group("name") == name


@pytest.mark.parametrize(
    ("text", "name"),
    [("World War II", "World War II"), ("Bank I&T", "Bank I&T"), ("Acme IT Group", "Acme IT Group")],
)
def test_name_pattern_keeps_words_that_start_with_i(text: str, name: str) -> None:
    m = re.compile(_NAME).match(text)
    assert m and m.group("name") == name


def test_wrong_firm_before_a_lone_i_is_named_without_it(linter) -> None:
    found = _found(linter, "FL208", "Thank you for Tuesday. I am excited about joining Initrode I must say.")
    assert [f.message.split("”")[0] for f in found] == ["“Initrode"]


def test_past_firm_before_a_lone_i_is_still_the_writers_past(linter) -> None:
    assert not _found(linter, "FL208", "Thank you for Tuesday. The role at Kaiser I held for three years was similar.")


# --- FL209: a role worded another way is the role; another title sharing a word is not

SAME_ROLE = [
    ("Senior Data Engineer", "Thank you for meeting me about the Sr. Data Eng role."),
    ("ICU Staff Nurse", "Thank you for meeting me about the ICU RN position at Globex."),
    ("Software Engineer", "Thank you for meeting me about the SWE position at Globex."),
    ("Software Engineer", "Thank you for meeting me about the Software Developer role at Globex."),
    ("Human Resources Business Partner", "Thank you for the conversation about the HRBP role at Globex."),
    ("Registered Nurse", "Thank you for meeting me about the RN position on the cardiac ward."),
    ("Customer Success Manager", "Thank you for meeting me about the CSM role at Globex."),
    ("Junior Front-End Developer", "Thank you for meeting me about the Frontend Developer role at Globex."),
    ("Senior Product Designer", "Thank you for meeting me about the Product Designer role at Globex."),
    ("Machine Learning Engineer", "Thank you for meeting me about the ML Engineer role at Globex."),
    ("Backend Engineer", "Thank you for meeting me about the Back-End Engineer role at Globex."),
    ("Software Engineer II", "Thank you for meeting me about the Software Engineer role at Globex."),
    ("Data Analyst", "Thank you for meeting me about the Remote Data Analyst role at Globex."),
    ("Data Analyst", "Thank you for meeting me about the Globex Data Analyst role."),
    ("Data Analyst", "The Part-Time Data Analyst position suits my week well."),
    ("Senior Software Engineer", "The Software Engineering role suits me well."),
    ("Software Engineer", "The Senior Software Engineer role suits me well."),
    ("Warehouse Team Leader", "The Team Leader post suits me well."),
    ("Registered Nurse", "Thank you for considering me for the Nursing position."),
    ("Data Analyst", "I would be a strong Analyst for your team."),
]


@pytest.mark.parametrize(("role", "sentence"), SAME_ROLE)
def test_a_role_worded_another_way_is_the_role(linter, role: str, sentence: str) -> None:
    assert not _found(linter, "FL209", f"Thank you for Tuesday. {sentence}", role=role)


NEAR_ROLE = [
    ("Software Engineer", "Thank you for meeting me about the Sales Engineer position at Globex."),
    ("Data Analyst", "Thank you for meeting me about the Marketing Analyst role at Globex."),
    ("Registered Nurse", "Thank you for meeting me about the Nurse Practitioner role at Globex."),
    ("Product Manager", "Thank you for meeting me about the Project Manager position at Globex."),
    ("Account Executive", "Thank you for meeting me about the Account Manager role at Globex."),
    ("Senior Data Engineer", "Thank you for meeting me about the Senior Data Scientist role at Globex."),
    ("Frontend Developer", "Thank you for meeting me about the Backend Developer position at Globex."),
    ("Customer Success Manager", "Thank you for meeting me about the Customer Service Representative role."),
    ("Financial Analyst", "Thank you for meeting me about the Financial Controller position at Globex."),
    ("ICU Staff Nurse", "Thank you for meeting me about the ER Staff Nurse position at Globex."),
    ("Sales Associate", "Thank you for meeting me about the Sales Director role at Globex."),
    ("Software Engineer", "I would be a strong Support Engineer for your team."),
    ("Marketing Manager", "Thank you for meeting me about the Marketing Assistant opening at Globex."),
    ("HR Business Partner", "Thank you for meeting me about the HR Coordinator role at Globex."),
    ("Data Engineer", "Thank you for meeting me about the Data Scientist role at Globex."),
    ("Data Analyst", "I'm excited to hold the Data Scientist position."),
    ("Data Analyst", "Thank you for the Data Scientist interview yesterday."),
    ("Project Manager", "The Product Manager role suits me well."),
    ("Software Engineer", "The Software Engineering Manager role suits me well."),
]


@pytest.mark.parametrize(("role", "sentence"), NEAR_ROLE)
def test_another_title_sharing_a_word_is_a_warning(linter, role: str, sentence: str) -> None:
    found = _found(linter, "FL209", f"Thank you for Tuesday. {sentence}", role=role)
    assert found and all(f.severity == "warning" for f in found)


def test_a_title_sharing_no_word_is_still_an_error(linter) -> None:
    found = _found(linter, "FL209", "I am excited about the Marketing Manager role at Globex.", role="Data Analyst")
    assert [f.severity for f in found] == ["error"]


OWN_ROLE = [
    ("Data Engineer", "Having held the Lab Technician position at Initech for four years, I know clean data matters."),
    ("Data Engineer", "The Support Analyst role I hold now has taught me to read logs closely."),
    ("Data Engineer", "Before this, the Junior Accountant job at Ross & Co taught me reconciliation."),
    ("Data Analyst", "I enjoyed hearing how you grew from the Support Engineer role into leading the team."),
    ("Product Designer", "Since I left the Graphic Designer job at Initech, I have focused on product work."),
    ("Data Analyst", "I hold the Reporting Officer post at Initech now, so the Data Analyst role is a natural step."),
]


@pytest.mark.parametrize(("role", "sentence"), OWN_ROLE)
def test_a_job_already_held_is_neither_a_wrong_role_nor_a_wrong_firm(linter, role: str, sentence: str) -> None:
    body = f"Thank you for Tuesday. {sentence}"
    assert not _found(linter, "FL209", body, role=role)
    assert not _found(linter, "FL208", body, role=role)


# --- FL505: a day named for the interview (interview on Tuesday 2026-03-03, sent the next day)

WRONG_DAY = [
    ("Thanks for having me in on Monday to talk about the Data Analyst role.", "2026-03-04"),
    ("Thank you for taking the time to meet with me this Wednesday about the role.", "2026-03-04"),
    ("I really enjoyed meeting the team on Friday and hearing about the role.", "2026-03-04"),
    ("Following our Thursday interview, I wanted to say thank you for your time.", "2026-03-04"),
    ("Thanks for your time this morning. I enjoyed hearing about the role.", "2026-03-06"),
    ("Thank you for the phone screen on Monday. I enjoyed hearing about the role.", "2026-03-04"),
    ("It was lovely meeting your team on Thursday.", "2026-03-04"),
    ("Thank you for seeing me on Friday.", "2026-03-04"),
    ("Thank you for speaking with me this afternoon.", "2026-03-05"),
    ("I enjoyed our Wednesday conversation about the role.", "2026-03-04"),
    ("Thanks for the video screening on Thursday.", "2026-03-04"),
]


@pytest.mark.parametrize(("body", "sent"), WRONG_DAY)
def test_a_wrong_day_for_the_interview_is_found(linter, body: str, sent: str) -> None:
    assert _found(linter, "FL505", body, sent_at=sent)


RIGHT_OR_OTHER_DAY = [
    ("Thank you for the interview. I look forward to meeting the team on Friday.", "2026-03-04"),
    ("Thank you for meeting me this Tuesday.", "2026-03-04"),
    ("Thanks for having me in on Tuesday.", "2026-03-04"),
    ("Thank you for inviting me to meet the team on Friday.", "2026-03-04"),
    ("Thanks for your time this morning.", "2026-03-03"),
    ("It was great to chat yesterday, and I'll see the team this Friday.", "2026-03-04"),
    ("Thank you for the interview; I also enjoyed the Friday demo you sent.", "2026-03-04"),
    ("Our Monday stand-up at my current job ran late, so thank you for your patience.", "2026-03-04"),
    ("Thanks for hosting me on Tuesday.", "2026-03-04"),
    ("Thank you again for Tuesday; the phone screen on Monday with Jo was useful too.", "2026-03-04"),
    ("Thanks for agreeing to meet with me this Thursday.", "2026-03-04"),
    ("Thank you for the interview. Hope your Thursday meeting with the board goes well.", "2026-03-04"),
    ("I was glad we could talk this afternoon.", "2026-03-03"),
    ("Thank you for your time yesterday afternoon.", "2026-03-04"),
    ("Thank you for meeting me on Tuesday. I look forward to seeing you Thursday for the second round.", "2026-03-04"),
    ("Thank you for meeting me this Tuesday. I also appreciated the call on Monday that set it up.", "2026-03-04"),
]


@pytest.mark.parametrize(("body", "sent"), RIGHT_OR_OTHER_DAY)
def test_a_right_day_or_another_events_day_is_left_alone(linter, body: str, sent: str) -> None:
    assert not _found(linter, "FL505", body, sent_at=sent)


def test_a_part_of_today_is_corrected_with_its_part(linter) -> None:
    found = _found(linter, "FL505", "Thank you for speaking with me this afternoon.", sent_at="2026-03-04")
    assert [e.replacement for f in found for s in f.suggestions for e in s.edits] == ["yesterday afternoon"]


# --- FL130: a function or a stranger greeted in place of the interviewer

NOBODY = [
    "Dear Prospective Employer,",
    "Dear Recruitment Officer,",
    "Dear Valued Team Member,",
    "Dear Employer,",
    "Dear Hiring Professional,",
    "Dear Talent Acquisition Specialist,",
    "Dear Director,",
    "Dear Potential Employer,",
    "Hello HR Representative,",
    "Dear Reader,",
    "To whom it may concern,",
]
SOMEBODY = [
    "Dear Officer Brandt,",
    "Dear Director Chen,",
    "Dear Professor Lund,",
    "Dear Coach Taylor,",
    "Dear Valerie,",
    "Dear Ms. Okafor,",
    "Dear Recruiter Okafor,",
    "Hello Ngozi,",
    "Good morning Ngozi,",
]
BODY = "Thank you for meeting me on Tuesday about the Data Analyst role at Globex."


@pytest.mark.parametrize("greeting", NOBODY)
def test_a_greeting_to_a_function_names_nobody(linter, greeting: str) -> None:
    assert _found(linter, "FL130", BODY, greeting, role="Data Analyst")


@pytest.mark.parametrize("greeting", SOMEBODY)
def test_a_title_or_a_name_greets_someone(linter, greeting: str) -> None:
    assert not _found(linter, "FL130", BODY, greeting, role="Data Analyst")


# --- FL210: a note that recounts the interview in plain words is no form letter; a template is

PARTICULAR = [
    (
        "Thank you for yesterday. Your story about the warehouse scanners that kept dropping orders made the job "
        "feel real to me, and I have been sketching how I would track those failures. I hope to hear from you soon."
    ),
    (
        "Thanks for the time on Tuesday. I keep thinking about the question you asked on cleaning messy survey "
        "answers, and I wrote up a better answer than the one I gave, which I can send over if useful."
    ),
    (
        "Thank you for showing me around the lab and letting me watch the night team run the freezer checks. It was "
        "the most useful hour of my job search so far, and I would be glad to join you."
    ),
    (
        "Thank you for your time yesterday. I enjoyed the conversation about how your analysts and the finance people "
        "share one forecast, and I would love to help make that smoother. I look forward to hearing about next steps."
    ),
]
# Round 13 (generic13) read this one otherwise: two stock lines and nothing of this interview could go to
# any employer unchanged, which LABELLING.md's G-PERSONAL rule labels (the dev split's short stock notes
# are labelled so), so FL210 now flags it; it was listed above as particular in round 8.
SHORT_STOCK = "Thank you for your time yesterday. I enjoyed our conversation and look forward to hearing from you."
TEMPLATES = [
    (
        "Thank you for taking the time to meet with me regarding the position. I was very impressed by your esteemed "
        "organisation and believe my skills and experience would make me a valuable addition. I look forward to "
        "hearing from you at your earliest convenience."
    ),
    (
        "Thank you for the opportunity to interview. I enjoyed learning about the company and its goals, and I believe "
        "my background makes me an excellent candidate. I look forward to hearing from you regarding the next steps."
    ),
    (
        "I wanted to express my gratitude for the interview. The role sounds like a wonderful opportunity, and I am "
        "confident I could make a meaningful contribution to your team. Thank you again for your time and consideration."
    ),
    (
        "Please accept my sincere thanks for interviewing me. Your company is a leader in its field and I would be "
        "honoured to be part of such a prestigious organisation. I trust my qualifications meet your requirements."
    ),
]


def test_two_stock_lines_and_nothing_else_are_boilerplate(linter) -> None:  # type: ignore[no-untyped-def]
    assert _found(linter, "FL210", SHORT_STOCK, role="Data Analyst")


@pytest.mark.parametrize("body", PARTICULAR)
def test_a_note_particular_to_this_interview_is_no_boilerplate(linter, body: str) -> None:
    assert not _found(linter, "FL210", body, role="Data Analyst")


@pytest.mark.parametrize("body", TEMPLATES)
def test_a_template_for_any_employer_is_boilerplate(linter, body: str) -> None:
    assert _found(linter, "FL210", body, role="Data Analyst")

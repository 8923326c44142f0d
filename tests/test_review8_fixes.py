"""Faults a reviewer found in the rules and inference of 8e844ff..46bc945, each pinned with the
draft that showed it and, where the change narrowed a rule, the wording it was made for."""

from __future__ import annotations

from datetime import date

from followup_lint import Linter
from followup_lint.context import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_channel, infer_purpose


def _findings(linter: Linter, text: str, **kw: object) -> dict[str, str]:
    report = linter.lint(text, **kw)  # type: ignore[arg-type]
    return {f.code: f.severity.value for f in report.findings}


# 1. FL201: a full "Thank you!" as the body's last sentence thanks the reader, whatever follows it;
# only text-speak ("k thx", "ok thanks") ending a chat note is the sign-off itself.
def test_thank_you_as_the_last_sentence_above_a_sign_off_thanks(linter: Linter) -> None:
    text = (
        "Hi Ana,\n\nIt was great to meet you today and to hear about the new data platform your team"
        " is building. Thank you!\n\nBest,\nLee"
    )
    assert "FL201" not in _findings(linter, text)


def test_thank_you_as_its_own_paragraph_in_a_status_check_thanks(linter: Linter) -> None:
    text = (
        "Subject: Following up - Data Analyst interview\n\nHi Ana,\n\nI am following up on my interview for"
        " the Data Analyst role on 3 March. Is there any news on the decision?\n\nThank you.\n\nBest,\nLee"
    )
    assert "FL201" not in _findings(linter, text)


def test_thank_you_ending_a_chat_note_thanks(linter: Linter) -> None:
    text = "Hi Ana, great to meet you today and to hear about the data platform rebuild. Thank you!"
    assert "FL201" not in _findings(linter, text)


def test_text_speak_thanks_ending_a_chat_note_is_still_a_sign_off(linter: Linter) -> None:
    text = "Hi Rafa, any update on the PM role? I'm still keen. Did I get it? lmk if its a no. k thx"
    assert "FL201" in _findings(linter, text, purpose="status-check")


# 2. The typographic apostrophe (’) is matched as "'" by every rule's patterns: a rule written
# with "I've" or "I'd" hears "I’ve" and "I’d", and the finding quotes the draft as written.
def test_curly_apostrophes_reach_patterns_written_with_straight_ones(linter: Linter) -> None:
    for apostrophe in ("'", "\u2019"):
        text = (
            "Subject: Following up - Data Analyst interview\n\nHi Ana,\n\n"
            f"As I{apostrophe}ve already said, I can start at once. I{apostrophe}m still waiting.\n\nBest,\nLee"
        )
        report = linter.lint(text)
        quoted = [text[f.start : f.end] for f in report.findings if f.code == "FL313"]
        assert quoted == [f"As I{apostrophe}ve already said", f"I{apostrophe}m still waiting"]


def test_curly_apostrophe_interest_counts_as_interest(linter: Linter) -> None:
    text = (
        "Subject: Line Cook trial on 3 March – following up\n\nHi Dario,\n\nThank you again for the trial."
        " Is there any news on the line cook job? And I\u2019d still love to cook for you.\n\nCheers,\nMina"
    )
    assert "FL204" not in _findings(linter, text)


# 4. "the next stage" is a further round only when looked forward to: a late reply asking what the
# panel wanted to see at the next stage (one the writer did not reach) still answers a rejection.
_LATE = Context(interview_date=date(2026, 11, 1), sent_at=date(2026, 11, 20))


def test_a_next_stage_not_reached_leaves_a_late_reply_a_rejection_reply() -> None:
    text = (
        "Subject: Re: Data Analyst role\n\nHi Ana,\n\nUnderstood. Could you tell me what the panel wanted to"
        " see at the next stage, so I can improve for the future?\n\nBest,\nLee"
    )
    guess = infer_purpose(parse_draft(text), _LATE)
    assert guess is not None and guess[0] == "rejection-reply", guess


def test_a_next_round_looked_forward_to_is_still_a_further_round() -> None:
    text = (
        "Subject: Re: Data Analyst role\n\nHi Ana,\n\nYes, I will be glad to come in for the next round."
        " Tuesday or Wednesday both work for me.\n\nBest,\nLee"
    )
    guess = infer_purpose(parse_draft(text), _LATE)
    assert guess is not None and guess[0] != "rejection-reply", guess


# 8. A goodbye ending a short unsigned note makes a call only when the note speaks of the phone: a
# LinkedIn chat message may end "Bye for now!" or "Bye!" too.
def test_a_chat_note_ending_bye_is_no_call() -> None:
    for text in (
        "Hi Ana, thanks again for the chat about the data platform. I would love to catch up with you next week. Bye for now!",
        "Hi Ana, quick note after the screen today: the data platform work sounds great and I would love to join. Bye!",
    ):
        guess = infer_channel(parse_draft(text))
        assert guess is not None and guess[0] == "linkedin", guess


def test_a_goodbye_in_a_note_about_the_phone_is_still_a_call() -> None:
    text = "Hi Ana, sorry I missed your call, my number is 07700 900 123 if you want to try again. Thanks, bye."
    guess = infer_channel(parse_draft(text))
    assert guess is not None and guess[0] == "call", guess


# 3. FL313: waiting "from X" is courteous only when X is a named third party; the reader's side in
# other words ("the HR department") is still the reader.
def _status(body: str) -> str:
    return f"Subject: Following up - Data Analyst interview\n\nHi Ana,\n\nThank you again for the interview on 3 March. {body}\n\nBest,\nLee"


def test_waiting_on_the_readers_department_is_still_reproach(linter: Linter) -> None:
    text = _status("I am still waiting for a reply from the HR department about the next steps.")
    # reported; a warning, since nothing else in the note backs it (docs/scoring.md, corroboration)
    assert _findings(linter, text).get("FL313") == "warning"


def test_waiting_on_a_named_third_party_is_courteous(linter: Linter) -> None:
    for body in (
        "I am still waiting for a reply from my current employer about my notice period.",
        "I'm still waiting to hear back from the university about my transcript.",
        "I still haven't heard back from one of my referees, so I can send another contact.",
        "I am still waiting for an answer from another company, but this role is my first choice.",
    ):
        assert "FL313" not in _findings(linter, _status(body)), body


# 5. FL204: wanting to speak, hoping for an answer or to be "in the loop" is no interest in the job;
# wanting to do the work for the reader, hoping to get the job, being on the team still is.
def _thanks(sentence: str) -> str:
    return f"Subject: Thank you - Data Analyst interview\n\nHi Ana,\n\nThank you for the interview today and the tour of the lab. {sentence}\n\nBest,\nLee"


def test_wanting_to_talk_or_hear_is_no_interest(linter: Linter) -> None:
    for sentence in (
        "I would like to speak with you about the timeline when you have a moment.",
        "I hope to get an answer soon.",
        "I want to be in the loop on the timeline.",
    ):
        assert "FL204" in _findings(linter, _thanks(sentence)), sentence


def test_wanting_the_work_or_the_job_is_interest(linter: Linter) -> None:
    for sentence in (
        "I'd still love to cook for you.",
        "I hope to get the analyst job.",
        "I would really like to work with your team.",
        "I'd love to be on your team.",
    ):
        assert "FL204" not in _findings(linter, _thanks(sentence)), sentence


# 6. FL205: experience denied, mistakes counted and being first in the queue are no fit; the
# experience claimed in the same words still is.
def test_denied_experience_and_counted_mistakes_are_no_fit(linter: Linter) -> None:
    for sentence in (
        "I have not completed my degree yet, and I have never done a panel interview before.",
        "I made two mistakes in the SQL exercise, and I was the first candidate of the day.",
    ):
        assert "FL205" in _findings(linter, _thanks(sentence)), sentence


def test_experience_claimed_is_still_fit(linter: Linter) -> None:
    for sentence in (
        "I have completed my degree in statistics and have run dbt migrations before.",
        "Not only have I led a team of six: I have sold 40 analytics licences.",
        "At my last job I was the person people asked for by name.",
    ):
        assert "FL205" not in _findings(linter, _thanks(sentence)), sentence


# 7. FL203: "the result" asks about next steps only as the outcome heard about or of the process,
# not as any result ("the result of that rebuild sounds impressive").
def test_a_result_of_the_work_is_no_question_about_next_steps(linter: Linter) -> None:
    text = _thanks("I enjoyed the churn dashboard demo; the result of that rebuild sounds impressive.")
    assert _findings(linter, text).get("FL203") == "warning"


def test_the_outcome_of_the_process_still_looks_ahead(linter: Linter) -> None:
    for sentence in (
        "I look forward to hearing the outcome of my interview.",
        "Please let me know the result when the panel has met.",
        "I would be glad to know the outcome of the selection process.",
    ):
        assert "FL203" not in _findings(linter, _thanks(sentence)), sentence


# 11. A greeting that shares its line with the body and ends in a full stop is a few names, titles
# or words of address; a run with other words is a sentence ("Hello team I am writing.").
def test_a_sentence_after_hello_is_no_greeting() -> None:
    for line, greeting in (
        ("Hello team I am writing. I enjoyed hearing about the depot.", None),
        ("Hi Sam thanks so much. I enjoyed hearing about the Leeds depot.", None),
        ("Hello Mr. Adebayo. As my two emails went unanswered, I am writing again.", "Hello Mr. Adebayo."),
        ("Hi team. I enjoyed meeting you all on Tuesday.", "Hi team."),
    ):
        draft = parse_draft(f"{line}\n\nBest,\nLee")
        said = draft.salutation.text.strip() if draft.salutation is not None else None
        assert said == greeting, (line, said)


# 12. A line labelling a number ("Employee ID 123456") or a lower-case "sector" beside a digit is no
# postal address: it makes no letter of a signed note with no Subject: line.
def test_a_labelled_number_is_no_postal_address() -> None:
    for line in ("Employee ID 123456", "Ref No 123456", "5 years in the public sector"):
        text = f"Dear Ms Lopez,\n\nThank you for the interview on Tuesday. I enjoyed the tour.\n\nBest regards,\nLee Park\n{line}\nlee@example.com"
        guess = infer_channel(parse_draft(text))
        assert guess is None or guess[0] != "letter", (line, guess)


def test_a_city_and_pin_or_a_locality_still_mark_a_letter() -> None:
    for line in ("Pune 411001", "Sector 62, Noida", "12 HSR Layout"):
        text = f"Dear Ms Lopez,\n\nThank you for the interview on Tuesday.\n\nBest regards,\nLee Park\n{line}\nlee@example.com"
        guess = infer_channel(parse_draft(text))
        assert guess is not None and guess[0] == "letter", (line, guess)


# (older) Feedback on the application looked forward to closes a thank-you; asked for, it still marks
# a reply to a rejection.
def test_feedback_looked_forward_to_leaves_a_thank_you() -> None:
    for body in (
        "Thank you for your time today. I look forward to your feedback on my application.",
        "Thank you for the interview today. I look forward to your feedback on my application and to hearing about next steps.",
    ):
        text = f"Subject: Thank you - Data Analyst interview\n\nHi Ana,\n\n{body}\n\nBest,\nLee"
        guess = infer_purpose(parse_draft(text))
        assert guess is not None and guess[0] == "thank-you", (body, guess)


def test_feedback_asked_for_still_marks_a_rejection_reply() -> None:
    text = (
        "Subject: Data Analyst role\n\nHi Ana,\n\nI would be grateful for any feedback on my interview.\n\nBest,\nLee"
    )
    guess = infer_purpose(parse_draft(text))
    assert guess is not None and guess[0] == "rejection-reply", guess

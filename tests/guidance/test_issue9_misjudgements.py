"""The misjudgements found on published follow-ups (issue 9), each pinned as behaviour users rely on."""

from __future__ import annotations

from followup_lint import Linter
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_channel, infer_purpose

SIGNED = "\n\nBest regards,\nLee Chen\nlee.chen@example.com"


def codes(report, severity: str | None = None) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in report.findings if severity is None or f.severity.value == severity}


# --- FL201: thanks on the greeting line, "Many thanks" ------------------------------------------------
def test_thanks_on_the_greeting_line_count_as_gratitude(linter: Linter) -> None:
    report = linter.lint("hey thanks for the interview :)\nIt was great to meet the team.\nLee", purpose="thank-you")
    assert "FL201" not in codes(report)


def test_many_thanks_counts_as_gratitude(linter: Linter) -> None:
    text = "Subject: Thank you – Analyst interview\n\nHi Ana,\n\nMany thanks for your time on Tuesday." + SIGNED
    assert "FL201" not in codes(linter.lint(text, purpose="thank-you", channel="email"))


def test_text_speak_thanks_still_thank(linter: Linter) -> None:
    report = linter.lint("Thx 4 the iview 2day Ben!! gr8 chat", purpose="thank-you", channel="linkedin")
    assert "FL201" not in codes(report)
    assert "FL305" in codes(report)  # the register is judged, by the text-speak rule


def test_a_status_check_without_thanks_gets_a_warning_not_an_error(linter: Linter) -> None:
    text = "Subject: Analyst role\n\nHi Ana,\n\nIs there any news on the analyst role?" + SIGNED
    assert "FL201" in codes(linter.lint(text, purpose="status-check"), "warning")  # a sign-off word is no thanks


# --- FL205: plain statements of fit ----------------------------------------------------------------------
def test_a_plain_statement_of_fit_counts(linter: Linter) -> None:
    text = (
        "Subject: Thank you – Controller interview\n\nHi Ana,\n\nThank you for your time on Tuesday. In my "
        "previous role at Globex I cut the close from four days to one, which would help your team." + SIGNED
    )
    assert "FL205" not in codes(linter.lint(text, purpose="thank-you", channel="email"))


# --- FL209: the role named in the subject ----------------------------------------------------------------
def test_a_wrong_role_in_the_subject_is_caught(linter: Linter) -> None:
    text = "Subject: Thank you for the Backend Engineer interview\n\nHi Ana,\n\nThank you for your time today." + SIGNED
    report = linter.lint(text, purpose="thank-you", channel="email", context={"role": "Data Analyst"})
    found = [f for f in report.findings if f.code == "FL209"]
    assert found and text[found[0].start : found[0].end] == "Backend Engineer"


def test_the_right_role_in_the_subject_passes(linter: Linter) -> None:
    text = "Subject: Thank you for the Data Analyst interview\n\nHi Ana,\n\nThank you for your time today." + SIGNED
    report = linter.lint(text, purpose="thank-you", channel="email", context={"role": "Data Analyst"})
    assert "FL209" not in codes(report)


# --- FL207: lower-case bracket slots ----------------------------------------------------------------------
def test_lower_case_bracket_slots_are_unfilled_slots(linter: Linter) -> None:
    text = (
        "Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for your time. I was glad to hear about "
        "[specific project you discussed], and my [relevant achievement] fits [their need]." + SIGNED
    )
    report = linter.lint(text, purpose="thank-you", channel="email")
    slots = {text[f.start : f.end] for f in report.findings if f.code == "FL207"}
    assert slots == {"[specific project you discussed]", "[relevant achievement]", "[their need]"}
    assert all(f.severity.value == "error" for f in report.findings if f.code == "FL207")


# --- FL313 and FL104: "too busy to reply", "???" in a subject ----------------------------------------------
def test_too_busy_to_reply_is_passive_aggressive(linter: Linter) -> None:
    text = "Subject: Analyst role\n\nHi Ana,\n\nI guess you are too busy to reply to candidates." + SIGNED
    report = linter.lint(text, purpose="status-check", channel="email")
    assert "FL313" in codes(report, "error")


def test_question_marks_in_a_subject_are_flagged(linter: Linter) -> None:
    text = "Subject: Analyst role???\n\nHi Ana,\n\nThank you for your time; is there any news on the role?" + SIGNED
    report = linter.lint(text, purpose="status-check", channel="email")
    assert any(f.code.startswith("FL10") and "???" in text[f.start : f.end] for f in report.findings)


# --- inference -------------------------------------------------------------------------------------------
LONG_SIGNED = (
    "Hi Ana,\n\nThank you for taking the time to meet with me on Tuesday about the Data Analyst role. I enjoyed "
    "hearing how your team moved the weekly revenue report to dbt and how the analysts now own their models "
    "end to end. At Globex I rebuilt a similar pipeline and cut the reporting lag from a week to a day, and I "
    "would bring that experience to the migration you described. The way the team reviews every model change "
    "together also stood out to me, as did the care the team takes to explain each number to the people who "
    "rely on it every week. I would love to stay connected, and I look forward to hearing about the "
    "next steps whenever you are ready to share them.\n\nBest regards,\nLee Chen\n+1 555 010 0199"
)


def test_a_long_signed_email_hoping_to_stay_connected_is_not_linkedin() -> None:
    assert len(LONG_SIGNED) >= 700
    guess = infer_channel(parse_draft(LONG_SIGNED))
    assert guess is None or guess[0] == "email"


def test_any_update_in_a_post_screen_thank_you_keeps_it_a_thank_you(linter: Linter) -> None:
    text = (
        "Subject: Thank you – phone screen\n\nHi Ana,\n\nThank you for the phone screen this morning. I enjoyed "
        "hearing about the team. Any update on next steps would be welcome." + SIGNED
    )
    report = linter.lint(text, context={"interview_date": "2026-03-02", "sent_at": "2026-03-02"})
    assert report.purpose == "thank-you"
    assert infer_purpose(parse_draft(text))[0] == "thank-you"  # type: ignore[index]


def test_a_note_eight_days_on_that_asks_for_news_is_a_status_check(linter: Linter) -> None:
    text = (
        "Subject: Data Analyst interview\n\nHi Ana,\n\nThank you again for our conversation on 2 March. Do you "
        "know yet when you will make a decision?" + SIGNED
    )
    report = linter.lint(text, context={"interview_date": "2026-03-02", "sent_at": "2026-03-10"})
    assert report.purpose == "status-check"
    assert "8 days after the interview" in report.inferred["purpose"]
    early = linter.lint(text, context={"interview_date": "2026-03-02", "sent_at": "2026-03-03"})
    assert early.purpose == "thank-you"


def test_a_late_thank_you_that_only_looks_forward_stays_a_thank_you(linter: Linter) -> None:
    text = (
        "Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\nThank you for meeting me on 2 March. I enjoyed "
        "the talk about dbt and look forward to hearing about next steps." + SIGNED
    )
    report = linter.lint(text, context={"interview_date": "2026-03-02", "sent_at": "2026-03-16"})
    assert report.purpose == "thank-you"


def test_call_scripts_and_voicemails_are_recognised() -> None:
    for text in (
        "Good morning, Mr. Sutton. This is Peter Lang; I interviewed for the Dispatch Coordinator position.",
        "Hello Ms. Okoro, it's Jamal Price. We met on the 13th about the fitter opening. Thanks for taking my call.",
        "Hello, could you put me through to whoever is hiring? I'm calling to find out whether a decision was made.",
    ):
        guess = infer_channel(parse_draft(text))
        assert guess is not None and guess[0] == "call", text


def test_a_linkedin_message_in_a_thread_is_linkedin_with_its_cue() -> None:
    text = (
        "Hi Beth,\n\nI wanted to follow up on my interview on 3 June, since we have been talking here.\n\nBest,\nArjun"
    )
    assert infer_channel(parse_draft(text)) == ("linkedin", "“talking here”")


# --- FL113: connection request against message, every character -------------------------------------------
NOTE_250 = "Hi Ana,\n\n" + ("Thank you for Tuesday. " * 10).strip() + "\n\nLee"


def test_linkedin_message_to_a_connection_has_no_200_character_cap(linter: Linter) -> None:
    long_message = "Hi Ana,\n\n" + ("Thank you again for Tuesday's interview. " * 12).strip() + "\n\nLee"
    report = linter.lint(long_message, channel="linkedin", purpose="thank-you", context={"linkedin_connected": True})
    assert "FL113" not in codes(report)
    report = linter.lint(long_message, channel="linkedin", purpose="thank-you", context={"linkedin_connected": False})
    assert "FL113" in codes(report, "error")


def test_linkedin_length_counts_every_character(linter: Linter) -> None:
    exact = "Hi Ana,\n\n" + "x" * (200 - len("Hi Ana,\n\n") - len("\n\nLee")) + "\n\nLee"
    assert len(exact) == 200
    ctx = {"linkedin_connected": False}
    assert "FL113" not in codes(linter.lint(exact, channel="linkedin", purpose="thank-you", context=ctx))
    one_more = exact.replace("Lee", "Leea")
    found = [
        f
        for f in linter.lint(one_more, channel="linkedin", purpose="thank-you", context=ctx).findings
        if f.code == "FL113"
    ]
    # between the free and the Premium cap a tip: good published connection requests run to 300
    assert found and "201 characters" in found[0].message and found[0].severity.value == "info"


def test_a_connection_cue_is_shown_when_the_context_does_not_say(linter: Linter) -> None:
    text = "Hi Ana,\n\nI'm sending an invitation to connect. " + "Thank you for Tuesday's interview. " * 8 + "\n\nLee"
    found = [f for f in linter.lint(text, channel="linkedin", purpose="thank-you").findings if f.code == "FL113"]
    assert found and "“invitation to connect”" in found[0].message and found[0].severity.value == "error"


# --- FL401: a technical term is never an error -------------------------------------------------------------
def test_p95_is_a_tip_not_an_error(linter: Linter) -> None:
    text = (
        "Subject: Thank you – SRE interview\n\nHi Ana,\n\nThank you for today; the p95 latency work was great." + SIGNED
    )
    found = [f for f in linter.lint(text, purpose="thank-you", channel="email").findings if f.code == "FL401"]
    assert [(text[f.start : f.end], f.severity.value) for f in found] == [("p95", "info")]


# --- tuned on the dev split: families of fit, interest, closings and lengths ---------------------------
def _ty(body: str) -> str:
    return "Subject: Thank you – Showroom Manager interview\n\nDear Mrs. Whitcombe,\n\n" + body + SIGNED


def test_experience_statements_count_as_fit(linter: Linter) -> None:
    for sentence in (
        "Having opened and run the Ripon branch, I know what a new showroom needs.",
        "Three years of cell culture work mean I could be useful on the platform.",
        "Both tools have been part of my daily work for six years.",
        "At Strathmore Parcels I brought yard turnaround down by twenty minutes.",
        "I rolled out Intune to six hundred laptops at Castlegate Academy last year.",
    ):
        report = linter.lint(_ty("Thank you for meeting me yesterday. " + sentence), purpose="thank-you")
        assert "FL205" not in codes(report), sentence
    # enjoying a meeting at the reader's company is not a statement of fit
    report = linter.lint(_ty("Thank you for yesterday. I enjoyed meeting the team at Whitcombe."), purpose="thank-you")
    assert "FL205" in codes(report)


def test_my_first_choice_restates_interest(linter: Linter) -> None:
    text = _ty("Thank you for the interview on 2 February. Whitcombe remains my first choice.")
    assert "FL204" not in codes(linter.lint(text, purpose="status-check"))


def test_a_sign_off_in_ones_own_words_is_a_closing(linter: Linter) -> None:
    text = (
        "Subject: Checking in on the Lab Manager role\n\nDear Dr. Achebe,\n\nI'm checking in about the Lab Manager "
        "position. Is there any update on the timing of a decision?\n\nThank you for your time,\nFiona Gallagher"
    )
    draft = parse_draft(text)
    assert draft.closing is not None and draft.closing.text == "Thank you for your time,"
    assert draft.signature is not None and draft.signature.text == "Fiona Gallagher"
    assert not {"FL140", "FL141"} & codes(linter.lint(text, purpose="status-check"))


def test_a_long_rejection_reply_is_flagged_at_the_brief_limit(linter: Linter) -> None:
    words = " ".join(["I also wanted to say how much the process meant to me."] * 12)
    text = "Subject: Re: Analyst role\n\nHi Ana,\n\nThank you for letting me know. " + words + SIGNED
    report = linter.lint(text, purpose="rejection-reply")
    assert "FL115" in codes(report) and "FL111" not in codes(report)
    assert "FL111" in codes(linter.lint(text.replace("Re: ", ""), purpose="thank-you")) or len(words.split()) < 200

"""Stance rules (FL318-FL324): hostile wording in many shapes fires; polite wording stays quiet.

Each sentence is wrapped in an ordinary follow-up, so a test shows what a user would see: the
rule's code on the hostile sentence, and none of the new tone codes on the polite one.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

STANCE = ("FL318", "FL319", "FL321", "FL322", "FL323", "FL324")
NEW_TONE = (*STANCE, "FL305", "FL306", "FL307", "FL308")


def draft(sentence: str, subject: str = "Following up – Data Analyst interview") -> str:
    return (
        f"Subject: {subject}\n\nHi Priya,\n\nThank you for meeting me on Tuesday about the analyst role. "
        f"{sentence}\n\nBest regards,\nJordan Lee"
    )


def codes(linter: Linter, sentence: str, purpose: str = "status-check") -> list[str]:
    report = linter.lint(draft(sentence), purpose=purpose, channel="email")
    return [f.code for f in report.findings]


HOSTILE = [
    # blame aimed at the reader
    ("FL318", "It seems you clearly did not even look at the portfolio I attached."),
    ("FL318", "You never once bothered to check my references."),
    ("FL318", "Your coordinator obviously forgot to send the calendar invite."),
    ("FL318", "You have completely misjudged what I bring to a data team."),
    ("FL318", "Did you actually read the take-home I sent?"),
    ("FL318", "You could have at least told me the panel had changed."),
    ("FL318", "Honestly, you kept me hanging for a month."),
    ("FL318", "Somebody on your side dropped the ball with my paperwork."),
    ("FL318", "That delay was your own mistake, not mine."),
    ("FL318", "I was ghosted after the final round."),
    # entitlement
    ("FL319", "Given the effort I put in, I truly believe I deserve a straight answer."),
    ("FL319", "I insist on a written explanation of the scoring."),
    ("FL319", "At this point I'm owed some clarity."),
    ("FL319", "Your firm owes me at least a phone call."),
    ("FL319", "I need a detailed explanation by Monday."),
    ("FL319", "You ought to explain why the second interview was cancelled."),
    ("FL319", "A reply within a week is common courtesy."),
    ("FL319", "I expect nothing less than a decision this week."),
    # dismissal
    ("FL321", "To be fair I didn't much want the position to begin with."),
    ("FL321", "I was never that keen on relocating for it anyway."),
    ("FL321", "It was not even my top choice."),
    ("FL321", "This was only a backup while I wait for better news."),
    ("FL321", "Good luck replacing the analyst who left."),
    ("FL321", "I've got plenty of other offers on the table."),
    # contempt
    ("FL322", "Frankly the whole take-home was nothing more than a farce."),
    ("FL322", "What an absolute circus."),
    ("FL322", "That was a laughable excuse for a technical screen."),
    ("FL322", "You people clearly don't know what you are doing."),
    ("FL322", "The recruiter was so incompetent it was hard to watch."),
    ("FL322", "Your decision is idiotic."),
    ("FL322", "A travesty of a hiring process from start to finish."),
    # sarcasm
    ("FL323", "I so appreciated your ‘prompt’ reply after five weeks."),
    ("FL323", 'Your "team" really went above and beyond.'),
    ("FL323", "Obviously your time is far more precious than mine."),
    ("FL323", "I suppose they were all too busy to write two lines."),
    ("FL323", "Thanks again for the weeks of silence."),
    ("FL323", "Let me know if you ever manage to reach a decision."),
    ("FL323", "It must be nice to take a month over one email."),
    ("FL323", "Not that anyone will read this."),
    ("FL323", "How thoughtful of you to cancel an hour before."),
]


@pytest.mark.parametrize(("code", "sentence"), HOSTILE, ids=[f"{c}-{i}" for i, (c, _) in enumerate(HOSTILE)])
def test_hostile_sentence_fires(linter: Linter, code: str, sentence: str) -> None:
    assert code in codes(linter, sentence), sentence


CREDENTIALS = [
    "Considering my decade of retail analytics, I was stunned not to be selected.",
    "I clearly meet all of the listed requirements, so the decision makes no sense.",
    "I am far better qualified than the person you hired.",
    "How could you pass on a candidate with my record of shipped products?",
    "I struggle to understand how a PhD in statistics was not enough.",
    "With over 9 years of experience in forecasting, I cannot see why I was rejected.",
]


@pytest.mark.parametrize("sentence", CREDENTIALS)
def test_arguing_a_rejection_with_credentials_fires(linter: Linter, sentence: str) -> None:
    assert "FL324" in codes(linter, sentence, purpose="rejection-reply"), sentence


def test_credentials_in_a_thank_you_note_are_not_arguing(linter: Linter) -> None:
    sentence = "With over 9 years of experience in forecasting, I would be glad to help your team."
    assert "FL324" not in codes(linter, sentence, purpose="thank-you")
    assert "FL324" not in codes(linter, sentence, purpose="rejection-reply")


POLITE = [
    "I understand you are busy, so please take whatever time you need.",
    "I know you have a lot on your plate this month.",
    "If you are too busy to meet this week, next Tuesday also works.",
    "In case you did not get a chance to look at the portfolio, I have attached it again.",
    "You don't need to reply before the end of the month.",
    "I hope you did not mind my questions about the data warehouse.",
    "You should have received my references from Dana by now.",
    "You don't owe me a detailed answer, but any feedback would help.",
    "If it's not too much to ask, could you share the timeline?",
    "Thank you for the courtesy of keeping me informed.",
    "I am excited about the “Senior Analyst” title and the “customers first” principle.",
    "We called the dashboard the word “pulse” internally.",
    "Our team at Sooo Good Foods cut reporting time by half.",
    "I have another offer that I must answer by Friday, and your team is my first choice.",
    "Good luck with the product launch next week.",
    "Whatever the outcome, I enjoyed the conversation.",
    "I admired your no-nonsense approach to incident reviews.",
    "I tuned the garbage collection on our ingestion service last year.",
    "It may sound ridiculous, but I love cleaning messy data.",
    "The outage you described was not your fault; the vendor's API failed.",
    "It is not a joke to say your onboarding looked excellent.",
    "I deeply respect the care your team puts into hiring.",
    "I deserve no special treatment, and I appreciate the fair process.",
    "You made me feel welcome from the first minute.",
    "I was not selected last year, and I have since led two migrations.",
    "How could I best prepare for the next round?",
    "I would welcome any feedback on the case study.",
    "I appreciate that you have more important things to do this week.",
]


@pytest.mark.parametrize("sentence", POLITE)
def test_polite_sentence_stays_quiet(linter: Linter, sentence: str) -> None:
    for purpose in ("thank-you", "status-check", "rejection-reply"):
        found = [c for c in codes(linter, sentence, purpose=purpose) if c in NEW_TONE]
        assert not found, f"{found} on a polite sentence ({purpose}): {sentence}"


def test_finding_span_is_the_matched_words(linter: Linter) -> None:
    sentence = "You obviously didn't read my CV."
    text = draft(sentence)
    report = linter.lint(text, purpose="status-check")
    (blame,) = [f for f in report.findings if f.code == "FL318"]
    assert text[blame.start : blame.end] == "You obviously didn't read"
    assert blame.severity.value == "error"
    assert "blames the reader" in blame.message


def test_stance_does_not_fire_inside_a_template_slot(linter: Linter) -> None:
    text = draft("Dear {{ you people }}, here is the note.")
    report = linter.lint(text, purpose="status-check", template=True)
    assert "FL322" not in [f.code for f in report.findings]

"""FL503 reads earlier follow-ups the draft itself mentions (G-FREQUENCY: a previous follow-up "in
previous_follow_ups or mentioned in the text"), since few writers pass their dates.

Blind batch of 2026-12-04 (written for this test, not from the corpus or any page): of 10 status
checks that mention their own follow-up of a few days before, FL503 heard none before the change
(it needed --previous-follow-up) and all 10 after; none of 5 that mention an older message, or
only the reader's words, is flagged."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context

CONTEXT = {"interview_date": "2026-03-02", "sent_at": "2026-03-20"}  # sent on a Friday


def note(sentence: str) -> str:
    return (
        "Subject: Analyst role – checking in\n\nHi Ana,\n\nThank you again for the interview on 2 March. "
        f"{sentence} I'm still very keen on the role.\n\nBest regards,\nLee Park"
    )


def gap_findings(linter: Linter, sentence: str, context: dict[str, object] = CONTEXT) -> list:
    report = linter.lint(note(sentence), purpose="status-check", context=context)
    return [f for f in report.findings if f.code == "FL503"]


TOO_SOON = [
    ("I'm following up on my email from Tuesday, as I haven't heard back.", "3 days ago"),
    ("I wrote on the 17th and wanted to check again whether there is news.", "3 days ago"),
    ("Following up on my message from three days ago: is there any update?", "3 days ago"),
    ("I left you a voicemail yesterday and thought I'd follow up in writing too.", "1 day ago"),
    ("This is my third note this week; is there any news?", "earlier this week"),
    ("Just circling back on my email from the day before yesterday.", "2 days ago"),
    ("I sent a note on Monday and am checking in again in case it got lost.", "4 days ago"),
    ("As I mentioned in my email two days ago, I'm keen to hear about next steps.", "2 days ago"),
    ("I followed up last Thursday and again on Saturday; could you let me know where things stand?", "1 day ago"),
    ("Sorry to chase again so soon after my email on the 18th.", "2 days ago"),
]

NOT_TOO_SOON = [
    "I'm following up on my email of 9 March, as I haven't heard back.",
    "I wrote two weeks ago and wanted to check whether there is news.",
    "Could you let me know where things stand with the role?",
    "You mentioned on the 2nd that a decision would come within two weeks, so I thought I'd check in.",
    "Since my last note on the 6th, I've finished the certificate I mentioned.",
]


@pytest.mark.parametrize(("sentence", "when"), TOO_SOON)
def test_a_recent_follow_up_the_draft_mentions_is_flagged(linter: Linter, sentence: str, when: str) -> None:
    found = gap_findings(linter, sentence)
    assert len(found) == 1
    assert f"sent {when}" in found[0].message
    # the finding points at the mention itself, so an editor underlines the words that told it
    assert found[0].start > note(sentence).index("2 March")


@pytest.mark.parametrize("sentence", NOT_TOO_SOON)
def test_an_older_or_absent_follow_up_is_not(linter: Linter, sentence: str) -> None:
    assert gap_findings(linter, sentence) == []


def test_dates_passed_as_context_win_over_the_text(linter: Linter) -> None:
    context = dict(CONTEXT, previous_follow_ups=["2026-03-09"])
    assert gap_findings(linter, "I'm following up on my email from Tuesday.", context) == []


def test_a_thank_you_is_not_judged(linter: Linter) -> None:
    report = linter.lint(note("I left you a voicemail yesterday."), purpose="thank-you", context=CONTEXT)
    assert not [f for f in report.findings if f.code == "FL503"]


UNITS = {
    "mentions and times": "I wrote yesterday and my email of Tuesday and my note from the 3rd ",
    "mentions only": "my email my note I wrote I have written ",
    "times only": "yesterday on Tuesday the 17th three days ago ",
}


@pytest.mark.parametrize("shape", sorted(UNITS))
def test_reading_mentions_grows_linearly(linter: Linter, shape: str) -> None:
    def make(n: int):
        return prepared_input(
            linter,
            UNITS[shape] * (4 * n),
            purpose="status-check",
            context=Context(interview_date="2026-03-02", sent_at="2026-03-20"),
        )

    assert_grows_linearly(linter, "FL503", make, shape)


@pytest.mark.parametrize(
    "sentence",
    [
        "I wrote to thank you on Tuesday and wondered whether there is any news.",
        "I sent a note yesterday thanking the panel, and wanted to ask about timing.",
        "Following my email after the interview on Monday, is there any update?",
    ],
)
def test_the_thank_you_note_itself_is_no_earlier_follow_up(linter: Linter, sentence: str) -> None:
    # G-FREQUENCY counts earlier status checks; the thank-you sent after the interview is not one
    assert gap_findings(linter, sentence) == []

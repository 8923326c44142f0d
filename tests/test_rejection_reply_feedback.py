"""G-REJECTION in a reply to a rejection: "thank them graciously and ask for feedback".

FL220 counts a request for feedback in any words, and not feedback that is only named: the feedback
the writer usually gets, feedback or tips the writer offers the reader, "feedback" in scare quotes, a
review left elsewhere.  FL201 on a rejection reply cites G-REJECTION as well as G-GRATITUDE.  The
sentences were written for these tests (twelfth session), not taken from the corpus or any page; 8 of
the 10 non-requests counted as requests before.  A second blind batch (2026-12-04) added feedback
already given (thanks for it, telling the reader to keep it, quoting it): 9 of its 10 non-requests
counted as requests before, none after, and none of its 10 requests was lost.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.errors import FollowupLintError
from followup_lint.rulepack import load_rules


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _reply(body: str) -> str:
    return (
        "Subject: Re: Your application\n\nDear Ms Reid,\n\nThank you for letting me know about the decision. "
        f"{body}\n\nKind regards,\nSam"
    )


def _asks_for_feedback(linter: Linter, body: str) -> bool:
    report = linter.lint(_reply(body), purpose="rejection-reply")
    return not any(f.code == "FL220" for f in report.findings)


@pytest.mark.parametrize(
    "body",
    [
        "I'd be grateful for any feedback you can share.",
        "Would you be willing to share any feedback on my second interview?",
        "If there's anything I could have done differently, I'd love to hear it.",
        "Could you let me know which areas I should strengthen before applying again?",
        "I'd welcome your honest feedback on my presentation.",
        "Any feedback at all would be much appreciated.",
        "If the panel has notes on my answers, I'd be glad to hear them.",
        "Is there anything you would suggest I focus on for next time?",
        "Would it be possible to have a short call about how I came across?",
        "Thank you too for the feedback on my case study; I'll work on the structure.",
        "If you have time, I'd appreciate a few pointers on where I fell short.",
        "I'd really value hearing what the successful candidate brought that I didn't.",
        "Could you tell me what would have made my application stronger?",
        "I would appreciate any insight into how I could improve.",
        "Do you have any advice for me on my technical answers?",
        "Please send over any feedback when you get a chance.",
        "I would be grateful for your feedback on my case study.",
        "I'd appreciate any feedback you can give.",
        "Could you share some feedback on my second interview?",
        "Any feedback would be very welcome.",
        "Is there any feedback from the panel you could pass on?",
        "I would welcome your feedback on where I could improve.",
        "If possible, I'd love to hear your feedback.",
        "Would you be willing to give me brief feedback on my answers?",
        "Thank you for the feedback you may be able to share.",
        "I'd value your honest feedback about my portfolio.",
    ],
)
def test_a_request_for_feedback_in_any_words_is_heard(linter: Linter, body: str) -> None:
    assert _asks_for_feedback(linter, body)


@pytest.mark.parametrize(
    "body",
    [
        "The feedback I keep getting is that I interviewed well, so this is hard.",
        "Everyone says the feedback is always the same at these firms.",
        "Here is some feedback for you: your process is far too slow.",
        "My feedback for your hiring team is to read the CVs first.",
        'Feel free to send "feedback" if that makes you feel better.',
        "I have some suggestions for your process, which I attach.",
        "Please keep me in mind for future roles.",
        "I wish you and the team every success.",
        "Here are a few tips of my own for your next round of interviews.",
        "I left feedback about the interview on Glassdoor.",
        "Thank you for the feedback.",
        "Thanks for sending the feedback so quickly.",
        "Thank you for passing on the panel's feedback.",
        "Thank you for your detailed feedback on my presentation.",
        "Thanks for sharing the feedback from Mr Ito.",
        "You can keep your feedback.",
        "Keep your so-called feedback to yourself.",
        'Your "feedback" was insulting.',
        'I read the "constructive feedback" twice and still don\'t see it.',
        "Thanks for all the feedback, though I disagree with most of it.",
    ],
)
def test_feedback_only_named_is_no_request(linter: Linter, body: str) -> None:
    assert not _asks_for_feedback(linter, body)


def test_no_thanks_in_a_rejection_reply_falls_short_of_g_rejection_too(linter: Linter) -> None:
    text = (
        "Subject: Re: outcome\n\nDear Ms Reid,\n\nNoted. I would welcome any feedback on my interview.\n\nRegards,\nSam"
    )
    cited = {
        purpose: [f.guidance for f in linter.lint(text, purpose=purpose).findings if f.code == "FL201"]
        for purpose in ("rejection-reply", "thank-you", "status-check")
    }
    assert cited == {
        "rejection-reply": [["G-GRATITUDE", "G-REJECTION"]],
        "thank-you": [["G-GRATITUDE"]],
        "status-check": [["G-GRATITUDE"]],
    }


def test_a_purpose_may_cite_only_what_the_rule_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "FL901-x.toml").write_text(
        'code = "FL901"\nname = "x"\nsummary = "x"\ncategory = "content"\nseverity = "warning"\nweight = 5\nrationale = "x"\nfix = "x"\n'
        'guidance = ["G-GRATITUDE"]\ncheck = "required"\n[params]\nphrases = ["thanks"]\n'
        'cites_for_purpose = { "rejection-reply" = ["G-REJECTION"] }\n',
        encoding="utf-8",
    )
    with pytest.raises(FollowupLintError, match=r"cites_for_purpose\.rejection-reply` cites G-REJECTION"):
        load_rules([tmp_path])

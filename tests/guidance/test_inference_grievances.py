"""Purpose and channel on the fresh x- drafts' families (twelfth session), with look-alikes that must
not move.  Written for this test, not taken from the corpus.

- A verdict restated as a grievance with the reason given ("You're not hiring me because ...",
  "turning people down over ...", "you cancelled my second interview") answers a rejection; a
  condition ("if you're not hiring me") or a habit reported ("you often turn people down for ...")
  does not.
- The writer who had turned the job down first ("I'd already decided against it, and your e-mail
  just confirms I was right") is walking away after the news.
- A voicemail may open with a filler and the reader's name ("Yeah, Nicole, it's Trevor").
- A card may carry the sender's e-mail address among the contact details under the name, beside a
  telephone number; an address or a link alone under the name is an e-mail's signature.
"""

from __future__ import annotations

import pytest

from followup_lint import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_channel, infer_purpose

FIVE_DAYS_ON = Context(interview_date="2026-11-20", sent_at="2026-11-25")


@pytest.mark.parametrize(
    ("want", "text"),
    [
        (
            "rejection-reply",
            (
                "Subject: Re: Your interview\n\nMaria,\n\nYou're not hiring me because I was five minutes late? "
                "Unbelievable. I had a flat tyre.\n\nJoe"
            ),
        ),
        (
            "rejection-reply",
            (
                "Subject: Re: Application\n\nHi Tom,\n\nTurning candidates down over a typo in a cover letter is petty. "
                "Your loss.\n\nSandra"
            ),
        ),
        (
            "rejection-reply",
            (
                "Subject: Re: Interview\n\nHi Jen,\n\nSo you cancelled my second interview because I asked to move it "
                "by a day? Great process.\n\nAli"
            ),
        ),
        (
            "rejection-reply",
            (
                "Subject: Re: Our chat\n\nMr. Vance,\n\nI had already decided against the role, to be honest, and your "
                "message only confirms I was right.\n\nRob"
            ),
        ),
        (
            "rejection-reply",
            (
                "Subject: Re: update\n\nHi Kim,\n\nHonestly I was doing you a favour by considering a pay cut at all. "
                "Good luck.\n\nDee"
            ),
        ),
        (
            "status-check",
            (
                "Subject: Following up\n\nHi Maria,\n\nIf you're not hiring me, could you just let me know so I can plan? "
                "It's been two weeks.\n\nJoe"
            ),
        ),
        (
            "thank-you",
            (
                "Subject: Thank you\n\nHi Maria,\n\nThank you for yesterday. You mentioned you often turn people down for "
                "weak references, so I've attached three.\n\nJoe"
            ),
        ),
        (
            "status-check",
            (
                "Subject: Checking in\n\nHi Maria,\n\nI know you cancelled the panel last week because of the storm. Is "
                "there a new date for the final round?\n\nJoe"
            ),
        ),
        (
            "thank-you",
            (
                "Subject: Thank you\n\nHi Maria,\n\nThank you for the interview today. I had already decided against the "
                "agency route, so this in-house role is exactly what I want.\n\nJoe"
            ),
        ),
    ],
)
def test_a_grievance_over_the_verdict_answers_a_rejection(want: str, text: str) -> None:
    guess = infer_purpose(parse_draft(text), FIVE_DAYS_ON)
    assert guess is not None and guess[0] == want, guess


@pytest.mark.parametrize(
    ("want", "text"),
    [
        ("call", "Yeah, Nicole, it's Trevor Baines. Got your message. Whatever. Lose my number."),
        ("call", "Okay Sam, it's Priya from the design team. Quick one about Thursday's interview."),
        ("linkedin", "Yes, it is Monday already! Thanks again for the tour last week. Best, Amira"),
        (
            "letter",
            (
                "Dear Mr. Okafor,\n\nThank you for speaking with me by phone this morning about the Shipping Lead "
                "position. I would be very glad to join your team.\n\nWith thanks,\nDana Whitehorse\n"
                "(505) 555-0127 · dana.w@example.com"
            ),
        ),
    ],
)
def test_openings_and_signatures_of_calls_and_cards(want: str, text: str) -> None:
    guess = infer_channel(parse_draft(text))
    assert guess is not None and guess[0] == want, guess


def test_an_e_mail_address_in_the_body_still_marks_an_e_mail() -> None:
    text = (
        "Dear Mr. Okafor,\n\nThank you for speaking with me this morning. Please write to dana.w@example.com "
        "if you need anything else.\n\nWith thanks,\nDana Whitehorse"
    )
    guess = infer_channel(parse_draft(text))
    assert guess is None or guess[0] != "letter", guess

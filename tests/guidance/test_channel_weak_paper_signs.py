"""One weak sign of paper does not make an e-mail without its Subject: line a printed letter.

"Enclosed" is said of attachments, "by mail" is e-mail in American use, and some e-mail signatures
give a street: with an e-mail's greeting ("Hi Sam,") these stay e-mail, so no letter rule (date
line, "Dear") fires on them.  With a letter's greeting or none, the same sign still marks paper.
"""

from __future__ import annotations

import pytest
from channel_cases import channel_of, severities

from followup_lint import Linter

_BODY = "Thank you for meeting me on Monday about the analyst post. Hearing how your team tidied the cost model was the best part."


@pytest.mark.parametrize(
    "text",
    [
        f"Hi Priya,\n\n{_BODY} I have enclosed the query sample we talked about.\n\nKind regards,\nJo Marsh",
        f"Hello Priya,\n\n{_BODY} Did the certificates I put in the mail last week reach you?\n\nThanks,\nJo Marsh",
        f"Hi Priya,\n\n{_BODY}\n\nBest regards,\nJo Marsh\n4 Mill Lane, Bristol BS1 6QH\n0117 496 0000",
    ],
)
def test_an_email_greeting_outweighs_one_weak_sign_of_paper(linter: Linter, text: str) -> None:
    assert channel_of(text) != "letter"
    assert not severities(linter, text, ("FL122", "FL123"))  # the letter-only rules (date line, "Dear") stay silent


@pytest.mark.parametrize(
    "text",
    [
        f"Dear Ms. Rao,\n\n{_BODY} I have enclosed the query sample we talked about.\n\nKind regards,\nJo Marsh",
        f"Dear Ms. Rao,\n\n{_BODY}\n\nKind regards,\nJo Marsh\n4 Mill Lane, Bristol BS1 6QH",
        # what only paper carries decides even after "Hi"
        f"Hi Priya,\n\n{_BODY} I'm sending the portfolio by post, as the prints are large.\n\nBest,\nJo Marsh",
        f"Hi Priya,\n\n{_BODY} Forgive my handwriting in this hand-written card.\n\nBest,\nJo Marsh",
    ],
)
def test_a_letter_greeting_or_a_strong_sign_still_makes_a_letter(text: str) -> None:
    assert channel_of(text) == "letter"

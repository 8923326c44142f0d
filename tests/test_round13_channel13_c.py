"""Round 13 batch C of the channel13 family: the channel read from the draft alone (calls read as LinkedIn, letters
read as e-mail: the held-out misreads of issue 9 in kind, the drafts themselves never looked at).

Written after batches A and B and committed before the linter ran on it: calls answered or left in words with no
name said ("Yes, this is she", turns marked "…" only), voicemails in slang, letters with a "Re:" line, a recipient's
address block or a formal opening to a panel; and e-mails and LinkedIn notes that must keep their channel.

Counts as written, before any change (13 probes): 1 misread (k3: the candidate's side of a call with no name said,
its turns marked "…" only, read as a LinkedIn note); the calls with a name, a number or a slangy goodbye, the
letters with a "Re:" line, an address block or "To the Interview Panel," and every e-mail and LinkedIn look-alike
were read right.  After the fix (two or more left-out turns, "…" after a finished sentence, make a call): 0 of 13.
"""

from __future__ import annotations

import pytest
from test_round13_channel13 import _AGENCY, _BAKERY, _CLINIC, _SCHOOL, _SITE, _STUDIO

from followup_lint import Linter

INFER = [
    # calls
    (
        "k1",
        "call",
        _CLINIC,
        (
            "Hello? … Yes, this is she. … Oh, Dr. Menon, thank you for getting back to me. … I understand. Thank you "
            "for telling me personally; may I ask what I could improve for next time? … That's very helpful. Thank "
            "you, and all the best. Bye now."
        ),
    ),
    (
        "k2",
        "call",
        _SITE,
        (
            "Afternoon Mr. Reid, Thabo Nkosi, the site engineer you saw on the 16th. Sorry we keep missing each other. "
            "I'd love to hear how the shortlist is looking - 072 555 0199. Thanks."
        ),
    ),
    (
        "k3",
        "call",
        _SCHOOL,
        (
            "Hi Joanne! … Yes, I'm well, thanks. … Oh, that's wonderful! Yes, I accept, gladly. … Monday the 3rd at "
            "eight, got it. Thank you so much. See you then!"
        ),
    ),
    (
        "k4",
        "call",
        _AGENCY,
        (
            "Hey Renee, Omar again, re the team leader spot at Harbour Freight. Give us a bell back when you can on "
            "0400 123 456. Cheers."
        ),
    ),
    (
        "k5",
        "call",
        _BAKERY,
        (
            "Morning, Anele Dlamini here. … Oh hello Lerato! … Oh, I see. No, I understand, thank you for letting me "
            "know. Would you keep my details for the Christmas rush? … Lovely, thanks so much. Cheers now."
        ),
    ),
    # (added after the fix: a short one, whose first turn follows the greeting across the line break the parser puts
    # after "Hi Joanne!", was still read as LinkedIn until the turn was allowed to follow a line break)
    (
        "k6",
        "call",
        None,
        "Hi Joanne! … Yes, I am well, thanks. … Oh, that is wonderful! Thank you.",
    ),
    # letters and cards
    (
        "l1",
        "letter",
        _CLINIC,
        (
            "To the Interview Panel,\n\nThank you for the interview on 20 November for the staff nurse post. I "
            "remain very interested and would welcome news of your decision.\n\nYours faithfully,\nPriya Nair"
        ),
    ),
    (
        "l2",
        "letter",
        _SCHOOL,
        (
            "Mrs. J. Fitzgerald\nWattle Grove Primary\n14 Banksia Road\nFitzroy VIC 3065\n\nDear Mrs. Fitzgerald,\n\n"
            "Thank you for the interview and the tour of the classrooms.\n\nYours sincerely,\nMia Tan"
        ),
    ),
    (
        "l3",
        "letter",
        _SITE,
        (
            "Re: Site Engineer interview, 16 November\n\nDear Mr. Reid,\n\nThank you for meeting me and for the tour "
            "of the culvert works. I would welcome the chance to join the drainage team.\n\nYours sincerely,\nThabo "
            "Nkosi\n072 555 0199"
        ),
    ),
    (
        "l4",
        "letter",
        _STUDIO,
        (
            "Thank you!\n\nDear Tom,\n\nIt was a treat to see the cider labels on the studio wall. Thank you for the "
            "time you gave me on Tuesday.\n\nWarmly,\nJess"
        ),
    ),
    # e-mails and LinkedIn notes that keep their channel
    (
        "e1",
        "email",
        _STUDIO,
        "Hi Tom,\n\nThanks for the chat yesterday and for the tour of the studio.\n\nCheers,\nJess Morgan",
    ),
    (
        "e2",
        "linkedin",
        _STUDIO,
        (
            "Thanks for the interview today, Tom! I really enjoyed seeing the studio. Looking forward to hearing from "
            "you."
        ),
    ),
    (
        "e3",
        "linkedin",
        _BAKERY,
        ("Hi Lerato... thanks again for Monday... honestly the best trial shift I've had. Hope to hear from you soon!"),
    ),
    (
        "e4",
        "email",
        _CLINIC,
        (
            "Subject: Re: Staff Nurse interview\n\nDear Dr. Menon,\n\nThank you for your e-mail and for the feedback. "
            "I'll work on my theatre experience.\n\nKind regards,\nPriya Nair"
        ),
    ),
]

# Batch D: letters and cards in other forms, run once as an exploration before any change to the paper cues (1 of 8
# misread: d7, "Just a wee card to say thanks", read as an e-mail; "wee", "tiny", "brief" and "simple" cards then
# added to the paper cues), with two look-alikes written afterwards that must keep their channel (d9, d10).
INFER += [
    (
        "d1",
        "letter",
        _SITE,
        (
            "Dear Mr. Reid,\n\nThank you for meeting me on Monday and for the tour of the culvert works.\n\nKind "
            "regards,\nThabo Nkosi\nthabo.nkosi@example.com\n072 555 0199"
        ),
    ),
    (
        "d2",
        "letter",
        _SITE,
        (
            "Dear Mr. Reid,\n\nThank you for meeting me on Monday and for the tour of the culvert works.\n\nKind "
            "regards,\nThabo Nkosi\n072 555 0199"
        ),
    ),
    (
        "d3",
        "letter",
        _SITE,
        (
            "Thabo Nkosi\n12 Jacaranda Street\nPretoria 0083\nthabo.nkosi@example.com\n\nDear Mr. Reid,\n\nThank you "
            "for meeting me on Monday.\n\nYours sincerely,\nThabo Nkosi"
        ),
    ),
    (
        "d4",
        "letter",
        _SITE,
        "Dear Callum,\n\nThanks heaps for Monday! Loved the culvert tour.\n\nLove,\nThabo xx",
    ),
    (
        "d5",
        "letter",
        _SITE,
        (
            "Hello Mr. Reid,\n\nThank you for meeting me on Monday and for the tour of the culvert works.\n\nYours "
            "sincerely,\nThabo Nkosi"
        ),
    ),
    (
        "d6",
        "letter",
        _SITE,
        (
            "Mr. Reid,\n\nThank you for meeting me on Monday and for the tour of the culvert works. I would welcome "
            "the chance to join the team.\n\nRespectfully,\nThabo Nkosi\n072 555 0199"
        ),
    ),
    (
        "d7",
        "letter",
        _SITE,
        (
            "Hi Callum,\n\nJust a wee card to say thanks for Monday. The culvert tour was brilliant.\n\nAll the best,"
            "\nThabo"
        ),
    ),
    (
        "d8",
        "email",
        _SITE,
        (
            "Dear Hiring Manager,\n\nThank you for the interview on Monday.\n\nSincerely,\nThabo Nkosi\n"
            "thabo@example.com"
        ),
    ),
    (
        "d9",
        "email",
        _SITE,
        (
            "Subject: Thanks for Monday\n\nHi Callum,\n\nJust a wee note to say thanks for the culvert tour.\n\nAll "
            "the best,\nThabo"
        ),
    ),
    (
        "d10",
        "linkedin",
        _SITE,
        "Hi Callum, just a wee message to say thanks for Monday's culvert tour. Cheers!",
    ),
]

# the probes misjudged as written (filled in after the first run)
MISJUDGED: set[str] = set()  # as written: k3; d7 in the exploration


def _mark(pid: str) -> list[object]:
    return [pytest.mark.xfail(strict=True, reason="misjudged as written")] if pid in MISJUDGED else []


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("channel", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in INFER]
)
def test_channel_inferred_c(linter: Linter, channel: str, context: dict[str, object], text: str) -> None:
    report = linter.lint(text, context=context)
    assert report.channel == channel, report.inferred

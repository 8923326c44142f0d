"""Round 11 (content11): a batch written AFTER the round's changes, to count what generalises.
Same kinds as tests/test_round11_content11.py, new wordings, trades and frames; the ones still
misjudged are marked xfail(strict=True) and left for a later round.

Misjudged: 3 of 25 when written; 1 after a follow-up; 2 after FL204's backstop was retrained on the larger dev split (see STILL_MISJUDGED).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _codes(linter: Linter, text: str, purpose: str, channel: str = "email", warn: bool = False) -> set[str]:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return {f.code for f in report.findings if not warn or f.severity.value in ("warning", "error")}


def _status(line: str) -> str:
    return (
        "Subject: Bookkeeper interview – a quick check-in\n\nHi Mrs Achebe,\n\nThanks again for seeing me on the "
        "12th about the bookkeeper post. I'm still very keen, and my three years closing the books for a "
        f"dental group would carry over. {line}\n\nAll the best,\nRuth Okonjo"
    )


def _thanks(body: str) -> str:
    return (
        f"Subject: Thank you – Line Cook interview\n\nDear Chef Moreau,\n\nThank you for the trial shift on "
        f"Saturday and for letting me work the garnish station beside Luc. {body}\n\nWarm regards,\nSami Haddad"
    )


XF = pytest.mark.xfail(strict=True, reason="misjudged by the round-11 rules")

# (purpose, channel, code, text, should it warn or, for status/thank-you FL203, fire at all)
CASES = [
    # status asks (FL203 quiet)
    ("ask", "status-check", _status("If you could tell me where you've got to with it, that would be lovely.")),
    ("ask", "status-check", _status("Let me know how the hiring's shaping up when you get a sec.")),
    ("ask", "status-check", _status("I'd be gratefull for a line on when you expect to decide.")),
    ("ask", "status-check", _status("A quick note on the timing would be hugely apreciated.")),
    # status non-asks (FL203 fires)
    ("no-ask", "status-check", _status("My old manager used to tell me where things were at every Monday.")),
    ("no-ask", "status-check", _status("I'm greatful I got to meet the partners.")),
    ("no-ask", "status-check", _status("It's been a busy month for everyone, I imagine.")),
    # thank-you: bare let me know (FL203 quiet) and offers (FL203 fires)
    (
        "ask",
        "thank-you",
        _thanks("I'd love to cook on your line. My two years on the pass at Bistro Anna helped. Do let me know."),
    ),
    (
        "no-ask",
        "thank-you",
        _thanks(
            "I'd love to cook on your line. My two years on the pass at Bistro Anna helped. If you want my knife-skills video, let me know."
        ),
    ),
    (
        "no-ask",
        "thank-you",
        _thanks(
            "I'd love to cook on your line. My two years on the pass at Bistro Anna helped. Let me know what you thought of the beurre blanc."
        ),
    ),
]
FIT = [
    # (fit sentence, is it fit?)
    ("My clinicals on a paediatric ward had me running the morning obs round.", True),
    ("During my co-op placement at Fenwick Labs I calibrated the HPLC twice a week.", True),
    ("In my teaching practice I planned and taught a six-week poetry unit.", True),
    ("Your clinicals programme for students sounded well run.", False),
    ("I'm sure my skills would benefit your kitchen.", False),
    ("My experience should help the practice a great deal.", False),
    ("My background in pastry would help the kitchen at weekends.", True),
]
INTEREST = [
    ("I'd love to keep in touch and hear how the new menu lands.", False),
    ("I would love to meet up for a coffee when you're next in town.", False),
    ("I'd love to run the garnish station for you.", True),
]
GREETING = [
    ("To the Recruitment Panel:", False),
    ("To whom it may concern,", False),
    ("Hiya Ms. Ortega,", True),
]
CALLS = [
    (
        (
            "Hi Bea, Nadia Rauf here, replying to your voicemail from this afternoon. Yes, I'm free Thursday at two. "
            "You can get me on 07700 900 812."
        ),
        False,
    ),
    ("Hi Bea, Nadia Rauf. I'm not sure you got my last voicemail. Ring me on 07700 900 812.", True),
]

# misjudged after the round's changes: 3 of 25 ("a note on the timing would be hugely apreciated":
# no wording for "the timing", and the adverb not in the request's list; "would benefit your
# kitchen": the employer's noun not in the bare-claim list; "love to keep in touch and hear how
# ...": the FL204 learned backstop reads it as interest).  A follow-up widened the first two kinds
# (the timing asked after in a status check, any "-ly" adverb, any object of the bare claim); the
# third remains.
# After FL204's backstop was retrained on the dev split with batches 11 and 12 (round 11b), it reads
# a second social wish as interest.
# Round 12 (nextsteps12): the backstop no longer reads a sentence FL204's own not_counting sets
# aside, so both social wishes are heard as no interest.
STILL_MISJUDGED: set[str] = set()


def _p(key: str, *values):
    return pytest.param(*values, marks=XF) if key in STILL_MISJUDGED else pytest.param(*values)


@pytest.mark.parametrize(("kind", "purpose", "text"), [_p(c[2][-160:], *c) for c in CASES])
def test_next_steps(linter: Linter, kind: str, purpose: str, text: str) -> None:
    fires = "FL203" in _codes(linter, text, purpose)
    assert fires == (kind == "no-ask")


def _fit_draft(line: str) -> str:
    return _thanks(f"{line} I'd love to cook on your line and look forward to hearing about next steps.")


@pytest.mark.parametrize(("line", "is_fit"), [_p(c[0], *c) for c in FIT])
def test_fit(linter: Linter, line: str, is_fit: bool) -> None:
    assert ("FL205" in _codes(linter, _fit_draft(line), "thank-you")) != is_fit


def _interest_draft(line: str) -> str:
    return _thanks(
        f"My two years on the pass at Bistro Anna would carry over. {line} I look forward to hearing about next steps."
    )


@pytest.mark.parametrize(("line", "is_interest"), [_p(c[0], *c) for c in INTEREST])
def test_interest(linter: Linter, line: str, is_interest: bool) -> None:
    assert ("FL204" in _codes(linter, _interest_draft(line), "thank-you")) != is_interest


def _letter(greeting: str) -> str:
    return (
        "Sami Haddad\n3 Mill Street\nBristol BS1 4DJ\n\n5 December 2026\n\nChef Anne Moreau\nMoreau's\n"
        f"1 Quay Road\nBristol BS1 1AA\n\n{greeting}\n\nThank you for the trial shift on Saturday on the garnish "
        "station. My two years on the pass at Bistro Anna would carry over, and I'd love to cook on your line. "
        "I look forward to hearing about next steps.\n\nYours sincerely,\n\nSami Haddad"
    )


@pytest.mark.parametrize(("greeting", "flag"), [_p(c[0], *c) for c in GREETING])
def test_letter_greeting(linter: Linter, greeting: str, flag: bool) -> None:
    assert ("FL123" in _codes(linter, _letter(greeting), "thank-you", channel="letter")) == flag


@pytest.mark.parametrize(("script", "warn"), [_p(c[0], *c) for c in CALLS])
def test_call_essentials(linter: Linter, script: str, warn: bool) -> None:
    assert ("FL121" in _codes(linter, script, "status-check", channel="call", warn=True)) == warn

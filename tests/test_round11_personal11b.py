"""G-SALUTATION blind batch, round 11b (written 2026-12-05 before any change; none from the corpus,
every wording our own).

Two kinds of greeting that name nobody and that FL130 missed on the new dev drafts of batches 11-12:

- a person's place on a committee, panel or board instead of a name ("Dear Search Panel Member,"):
  the writer sends the same note to each member, and the greeting says so.  A member named after the
  function ("Dear Panel Member Dr. Osei,") greets someone.
- a trade or professional form of address with no name ("Hey Coach!", "Hello Doctor,"), and the slang
  greeting word "yo" before a word for the reader: it names nobody, however the trade uses it.  The same
  title with the surname ("Hi Chef Okafor,", "Dear Professor Lindqvist,") names the reader.

FL130 must fire on the bad greetings and stay quiet on the good look-alikes.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

XF = pytest.mark.xfail(strict=True, reason="misjudged before the round 11b change")

CTX = {"company": "Harrowgate Institute", "role": "Research Fellow", "interviewers": ["Amara Osei"]}


def mail(greeting: str) -> str:
    return (
        "Subject: Thank you for Thursday\n\n"
        f"{greeting}\n\n"
        "Thank you for meeting me on Thursday. Hearing how the lab shares its field data made me keener "
        "still on the fellowship, and I would be glad to talk again.\n\n"
        "Kind regards,\nTomasz Wren"
    )


def fl130(linter: Linter, greeting: str) -> bool:
    report = linter.lint(mail(greeting), purpose="thank-you", context=CTX, channel="email")
    return any(f.code == "FL130" for f in report.findings)


BAD = [
    pytest.param("Dear Search Panel Member,", id="b0-search-panel-member"),
    pytest.param("Dear Selection Board Member,", id="b1-selection-board-member"),
    pytest.param("Hello Faculty Hiring Committee Members,", id="b2-committee-members"),
    pytest.param("Dear Fellowship Committee Member:", id="b3-fellowship-committee-member"),
    pytest.param("Dear Member of the Search Committee,", id="b4-member-of-the-committee"),
    pytest.param("Hey Coach!", id="b5-hey-coach"),
    pytest.param("Hello Doctor,", id="b6-hello-doctor"),
    pytest.param("Yo Captain,", id="b7-yo-captain"),
    pytest.param("Dear Professor,", id="b8-dear-professor"),
    pytest.param("Hi Chef!!", id="b9-hi-chef"),
    pytest.param("Yo boss man!", id="b10-yo-boss-man"),
]

GOOD = [
    pytest.param("Dear Panel Member Dr. Osei,", id="g0-member-then-name"),
    pytest.param("Dear Dr. Osei,", id="g1-plain-name"),
    pytest.param("Dear Professor Osei,", id="g2-professor-surname"),
    pytest.param("Hi Chef Osei,", id="g3-chef-surname"),
    pytest.param("Hello Dr. Amara Osei,", id="g4-full-name"),
    pytest.param("Dear Coach Osei,", id="g5-coach-surname"),
    pytest.param("Good morning, Doctor Osei,", id="g6-doctor-surname"),
    pytest.param("Hello Captain Osei,", id="g7-captain-surname"),
    pytest.param("Dear Committee Chair Osei,", id="g8-chair-surname"),
    pytest.param("Hi Amara,", id="g9-first-name"),
    pytest.param("Dear Ms. Osei,", id="g10-title-surname"),
    pytest.param("Hello Professor Amara Osei,", id="g11-professor-full-name"),
]


@pytest.mark.parametrize("greeting", BAD)
def test_bad_greeting_names_nobody(linter: Linter, greeting: str) -> None:
    assert fl130(linter, greeting), greeting


@pytest.mark.parametrize("greeting", GOOD)
def test_good_greeting_names_the_reader(linter: Linter, greeting: str) -> None:
    assert not fl130(linter, greeting), greeting

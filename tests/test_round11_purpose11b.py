"""Purpose inference on a blind batch written on 2026-12-05 (round 11b, purpose11b), before any change to the
cue rules, each probe with its expected purpose and the dates it is sent on.  My own wordings, not the
corpus drafts' nor any page's.

The kind seen in the new dev drafts (batch y-12): a thank-you sent a week or more after the interview that
says sorry for the delay in words the belated cues did not know ("sorry it has taken me so long", "I should
have written sooner", "this is overdue") and says when it meant to write ("right after our interview on the
16th"): the time named there read as a status check's "since my interview on ...", so the late thank-you
(G-TIMING-THANKS, FL501) went unchecked.

Look-alikes that must keep their purpose: status checks that apologise for chasing ("sorry to chase",
"forgive the second email", "apologies for the delay in following up") and do ask after the decision; a late
reply to a rejection that apologises for its delay; fresh thank-yous that apologise for something else.

Counted before the change: purpose 4 of 24 misjudged (4 of the 12 late thank-yous, 0 of the 12 look-alikes);
FL501 13 of 17 (11 of the 12 owned delays flagged; 2 of the 5 unowned ones, "sorry I arrived late", "sorry the
demo link was slow", taken as owning it).  After: 0 and 0.
"""

from __future__ import annotations

import pytest
from inferred_cues import cues_not_in_draft

from followup_lint import Linter

R, S, T = "rejection-reply", "status-check", "thank-you"


def _ctx(interview: str, sent: str) -> dict[str, str]:
    return {"interview_date": interview, "sent_at": sent}


# Late thank-yous that own the delay in many wordings, by e-mail, LinkedIn message and letter.
LATE = [
    (
        "l1",
        T,
        _ctx("2026-03-03", "2026-03-13"),
        "Dear Mr. Abara,\n\nI should have sent this the day after we spoke, and I apologise that it reaches you so late. Thank you for the time you gave me on the depot planner interview, and for walking me through the night shift rota.\n\nKind regards,\nHelen Quist",
    ),
    (
        "l2",
        T,
        _ctx("2026-05-11", "2026-05-20"),
        "Hi Tomasz, sorry this is so overdue! Thanks a lot for the chat about the QA lead opening last week. Your story about the flaky test suite made me laugh. Hope to speak again soon. Ines",
    ),
    (
        "l3",
        T,
        _ctx("2026-06-02", "2026-06-12"),
        "Dear Dr. Nwosu,\n\nI meant to write straight after our conversation last Tuesday week, but a family matter got in the way, and I hope you will forgive me. Thank you for explaining how the clinic triages its referrals; it has stayed with me.\n\nWith best wishes,\nPaul Serra",
    ),
    (
        "l4",
        T,
        _ctx("2026-09-07", "2026-09-18"),
        "Subject: A thank-you that is long overdue\n\nHello Ms. Varga,\n\nThis note is long overdue. Thank you for interviewing me for the payroll assistant post and for the tour of the finance floor. I am still very keen on the role.\n\nBest regards,\nOlu Bankole",
    ),
    (
        "l5",
        T,
        _ctx("2026-10-05", "2026-10-17"),
        "Dear Mrs. Castell,\n\nMy apologies for taking nearly two weeks to write. Thank you for the interview for the library assistant post; I enjoyed hearing about the reading scheme for young children.\n\nYours sincerely,\nGrace Ebo",
    ),
    (
        "l6",
        T,
        _ctx("2026-01-19", "2026-01-29"),
        "Hi Ruben,\n\nYour thank-you from me slipped through the cracks during exam week, which I regret. Thank you for the interview for the summer internship and for the advice on my GitHub profile.\n\nBest,\nAsha",
    ),
    (
        "l7",
        T,
        _ctx("2026-02-09", "2026-02-20"),
        "14 Marsh Lane\nYork\n\n20 February 2026\n\nDear Mr. Pike,\n\nI am embarrassed that it has taken me eleven days to put this in writing. Thank you for seeing me about the joinery apprenticeship and for letting me try the lathe.\n\nYours sincerely,\nCallum Reed",
    ),
    (
        "l8",
        T,
        _ctx("2026-04-03", "2026-04-13"),
        "Dear Ms. Ito,\n\nI hoped to write the evening after my interview on the 3rd, and I am sorry I did not. Thank you for the conversation about the localisation team; the glossary you showed me was a model of its kind.\n\nBest regards,\nMei Lund",
    ),
    (
        "l9",
        T,
        _ctx("2026-07-06", "2026-07-15"),
        "Hello Dana,\n\nPlease excuse my tardiness in sending thanks. I did enjoy our interview for the events coordinator job, especially the exercise on the venue budget.\n\nWarm regards,\nFelix",
    ),
    (
        "l10",
        T,
        _ctx("2026-08-10", "2026-08-21"),
        "Dear Mr. Sandoval,\n\nI realise I am writing later than I ought to. Thank you for your time on the 10th and for the detail on the fleet maintenance contract. I look forward to hearing about the next steps.\n\nRegards,\nYara Petit",
    ),
    (
        "l11",
        T,
        _ctx("2026-11-02", "2026-11-12"),
        "Hi Bea,\n\nThank you for the interview for the barista trainer role. I ought to have sent this much sooner after our interview on the 2nd, so sorry about that. I loved the cupping session.\n\nCheers,\nNiko",
    ),
    (
        "l12",
        T,
        _ctx("2026-03-16", "2026-03-27"),
        "Dear Professor Amadi,\n\nForgive how long this has taken me. Thank you for the interview for the research assistant post, and for the reading list on soil carbon, which I have started.\n\nYours sincerely,\nTaiwo Bell",
    ),
]

# Look-alikes: status checks that apologise for chasing (and ask after the decision), a late rejection reply
# that apologises, fresh thank-yous that apologise for something else.
LOOK = [
    (
        "a1",
        S,
        _ctx("2026-03-03", "2026-03-17"),
        "Dear Ms. Hale,\n\nSorry to chase, but it has been two weeks since our interview on the 3rd. Has a decision been reached on the planner role?\n\nRegards,\nOwen",
    ),
    (
        "a2",
        S,
        _ctx("2026-05-04", "2026-05-15"),
        "Hi Jun,\n\nApologies for bothering you again. I wanted to ask whether there is any news on the coordinator role.\n\nThanks,\nLeila",
    ),
    (
        "a3",
        S,
        _ctx("2026-06-01", "2026-06-12"),
        "Dear Mr. Brandt,\n\nI am sorry to nudge, and I know these things take time. Could you tell me where the process stands for the surveyor post?\n\nKind regards,\nPia",
    ),
    (
        "a4",
        S,
        _ctx("2026-09-09", "2026-09-22"),
        "Hello Marisol,\n\nForgive the second email. I have not heard back since our interview on the 9th and wondered whether the timeline has changed.\n\nBest,\nDev",
    ),
    (
        "a5",
        S,
        _ctx("2026-10-05", "2026-10-16"),
        "Dear Mr. Oyelaran,\n\nSorry for the delay in following up, and thank you again for the interview. Is there any update on the decision?\n\nBest regards,\nChidi",
    ),
    (
        "a6",
        S,
        _ctx("2026-02-02", "2026-02-13"),
        "Hi Freya, sorry to pester! Any word yet on the analyst opening? Thanks, Sol",
    ),
    (
        "a7",
        S,
        _ctx("2026-04-20", "2026-04-30"),
        "Dear Ms. Kaur,\n\nApologies if this is too soon to ask. It has been ten days since I interviewed; has the team had a chance to decide?\n\nSincerely,\nAmir",
    ),
    (
        "a8",
        S,
        _ctx("2026-07-13", "2026-07-24"),
        "Hi Ana,\n\nSorry it has taken me so long to send the references you asked for; they are attached. Could you let me know whether the role is still open?\n\nBest,\nTeo",
    ),
    (
        "a9",
        R,
        _ctx("2026-08-03", "2026-08-28"),
        "Dear Mr. Quinn,\n\nI am sorry to be so slow replying to your email telling me the role went to another candidate. Thank you for letting me know, and for the interview.\n\nKind regards,\nRosa",
    ),
    (
        "a10",
        T,
        _ctx("2026-05-18", "2026-05-19"),
        "Dear Mrs. Palmer,\n\nThank you for meeting me yesterday, and sorry again that I ran over time. After our interview on Monday I looked up the recycling scheme you mentioned.\n\nBest wishes,\nKemi",
    ),
    (
        "a11",
        T,
        _ctx("2026-06-22", "2026-06-23"),
        "Hi Gus, thanks for yesterday, and apologies for the noise from my end of the call. I liked hearing how the warehouse team plans its picking routes. Cheers, Lou",
    ),
    (
        "a12",
        S,
        _ctx("2026-11-02", "2026-11-16"),
        "Dear Dr. Farah,\n\nI apologise for writing again so soon after my last note. It has been two weeks since my interview on the 2nd, and I would be grateful to know if a decision has been made.\n\nSincerely,\nNadia",
    ),
]

CASES = LATE + LOOK
# Misjudged before the change (marked so, strict, until the rules read them right).
MISJUDGED: set[str] = set()  # before the change: l3, l4, l8, l11


def _params():
    for name, expected, context, text in CASES:
        marks = [pytest.mark.xfail(strict=True, reason="misjudged before round 11b")] if name in MISJUDGED else []
        yield pytest.param(expected, context, text, id=name, marks=marks)


@pytest.mark.parametrize(("expected", "context", "text"), list(_params()))
def test_purpose(linter: Linter, expected: str, context: dict[str, str], text: str) -> None:
    report = linter.lint(text, context=context)
    assert report.purpose == expected, report.inferred.get("purpose")


@pytest.mark.parametrize(("expected", "context", "text"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cue_is_in_the_draft(linter: Linter, expected: str, context: dict[str, str], text: str) -> None:
    """The cue the report names is words of the draft."""
    cue = linter.lint(text, context=context).inferred.get("purpose", "")
    assert not cues_not_in_draft(cue, text), cue


# FL501 (G-TIMING-THANKS): the late thank-yous above own their delay, so it stays quiet on them; late thank-yous
# that apologise for something else, or mention a delay that is not the note's, do not own theirs.
UNOWNED = [
    (
        "u1",
        _ctx("2026-03-02", "2026-03-12"),
        "Dear Mr. Lowe,\n\nThank you for the interview on the 2nd. Sorry again that I arrived late; the trains were a mess that morning. The tour of the print room was a highlight.\n\nBest regards,\nSally",
    ),
    (
        "u2",
        _ctx("2026-03-02", "2026-03-11"),
        "Hi Rafa,\n\nThanks for last week's interview. I'm sorry the demo link was slow on the day, and I have put a recording on my site instead.\n\nBest,\nKim",
    ),
    (
        "u3",
        _ctx("2026-03-02", "2026-03-10"),
        "Hi Noor,\n\nThanks so much for the interview on Monday. Sorry it took me a while to find the portfolio link you wanted: here it is.\n\nCheers,\nAbe",
    ),
    (
        "u4",
        _ctx("2026-03-02", "2026-03-12"),
        "Dear Ms. Frei,\n\nThank you for the interview for the facilities role. The plant room you showed me is overdue for a refit, and I would enjoy leading it.\n\nKind regards,\nJens",
    ),
    (
        "u5",
        _ctx("2026-03-02", "2026-03-13"),
        "Dear Dr. Aziz,\n\nThank you for the interview. The coding task took me two days, and I learnt a lot from it. I hoped to send my notes on it right after the panel; they are attached now.\n\nSincerely,\nLina",
    ),
]
# FL501's verdicts misjudged before the change: owned delays it did not hear (late thank-yous) and apologies for
# something else it took for one (unowned).
FL501_MISJUDGED: set[str] = set()  # before: l2-l12 (11 owned delays flagged), u1, u2


def _fl501_params():
    for name, _expected, context, text in LATE:
        marks = [pytest.mark.xfail(strict=True, reason="misjudged before round 11b")] if name in FL501_MISJUDGED else []
        yield pytest.param(context, text, False, id=f"fl501-{name}", marks=marks)
    for name, context, text in UNOWNED:
        marks = [pytest.mark.xfail(strict=True, reason="misjudged before round 11b")] if name in FL501_MISJUDGED else []
        yield pytest.param(context, text, True, id=f"fl501-{name}", marks=marks)


@pytest.mark.parametrize(("context", "text", "late"), list(_fl501_params()))
def test_fl501(linter: Linter, context: dict[str, str], text: str, late: bool) -> None:
    report = linter.lint(text, context=context, purpose="thank-you")
    assert ("FL501" in {f.code for f in report.findings}) is late

"""Purpose inference on a blind batch written on 2026-12-05 (round 12v, purpose12), before any change to the
cue rules, each probe with its expected purpose and the dates it is sent on.  My own wordings, not the
corpus drafts' nor any page's.

Kinds seen in the new dev drafts (batches y-13 to y-18):
- a second thank-you (a card, a letter, a LinkedIn note) sent the day after a same-day e-mail thank-you: the
  earlier follow-up made it a status check, although it thanks for an interview held a day or two before;
- a plea to look at the application again, sent months after the interview, naming no verdict but asking for
  a second look ("another look at my CV", "reconsider my résumé"): read as a status check;
- a hostile chase after silence that quotes the verdict the employer never sent ("couldn't spare a minute to
  write 'we've gone with someone else'"): the quoted words read as a verdict received;
- a fresh thank-you that concedes a gap the interviewer named ("I appreciated your honesty about it") and asks
  to be thought of for another team: two weak kinds of rejection evidence outweighed thanks for today's call.

Look-alikes that must keep their purpose: status checks sent late after earlier follow-ups; a status check
that re-sends a CV; rejection replies that quote the verdict they did get, that ask for another look after a
named rejection, or that thank for candour about the decision a week on.

Counted before the change: 9 of 25 misjudged (all 4 second thank-yous, all 3 pleas, 1 of the 3 unsent verdicts,
1 of the 3 fresh thank-yous conceding a gap; 0 of the 12 look-alikes).  After: 0.

Confirmation batch B (e1-e16), written after the fix and before it was run: 2 of 16 misjudged as written (e1,
e2: second thank-yous whose thanks the thank-you cues did not know, "Thank you for the chance to ...", "Thank you
once more, Ms. Adeyemi, for our talk"); 0 after a second fix (any thanks, within two days, with no status cue).
"""

from __future__ import annotations

import pytest
from inferred_cues import cues_not_in_draft

from followup_lint import Linter

R, S, T = "rejection-reply", "status-check", "thank-you"


def _ctx(interview: str, sent: str, earlier: list[str] | None = None) -> dict[str, object]:
    out: dict[str, object] = {"interview_date": interview, "sent_at": sent}
    if earlier:
        out["previous_follow_ups"] = earlier
    return out


# A second thank-you, a day or two after an e-mail one.
SECOND = [
    (
        "a1",
        T,
        _ctx("2026-04-14", "2026-04-15", ["2026-04-14"]),
        "Dear Mrs. Okafor,\n\nA handwritten line to thank you once more for Tuesday's conversation about the ward clerk post. The way your unit hands over between shifts impressed me, and I would be proud to be part of it. I will telephone on the 28th, as we agreed, to hear how things are going.\n\nYours sincerely,\nJoan Pryce",
    ),
    (
        "a2",
        T,
        _ctx("2026-02-09", "2026-02-11", ["2026-02-09"]),
        "Hi Marcus - I sent an email on Monday but wanted to say thanks here too. Loved hearing about the warehouse robotics pilot during our interview, and I'm keen to help make it work. Looking forward to the next stage. Priya",
    ),
    (
        "a3",
        T,
        _ctx("2026-10-05", "2026-10-06", ["2026-10-05"]),
        "Dear Dr. Hale,\n\nThank you again for yesterday's interview for the lab technician role. Your account of the new sequencing bench stayed with me, and my two years running PCR batches at Calder Labs would help me settle in quickly. I hope to hear from you about the next steps.\n\nBest wishes,\nOmar Said",
    ),
    (
        "a4",
        T,
        _ctx("2026-07-20", "2026-07-21", ["2026-07-20"]),
        "Dear Ms. Brandt,\n\nI wanted to follow my e-mail with a proper card. Thank you for showing me round the print room on Monday and for explaining how you schedule the overnight runs. I would very much like to join your crew.\n\nKind regards,\nTeo Marsh",
    ),
]
SECOND_LOOK = [
    (
        "a5",
        S,
        _ctx("2026-04-14", "2026-04-27", ["2026-04-15"]),
        "Dear Mrs. Okafor,\n\nThank you again for the interview for the ward clerk post. I wrote after it and wondered whether there is any news on the decision.\n\nYours sincerely,\nJoan Pryce",
    ),
    (
        "a6",
        S,
        _ctx("2026-02-09", "2026-02-20", ["2026-02-10"]),
        "Hi Marcus, following up on my note from last week about the operations analyst role. Has the team had a chance to decide? Thanks, Priya",
    ),
    (
        "a7",
        S,
        _ctx("2026-10-05", "2026-10-19", ["2026-10-06", "2026-10-12"]),
        "Dear Dr. Hale,\n\nI am writing once more about the lab technician role. It has been two weeks since we met and I have not heard back. Could you tell me where things stand?\n\nBest wishes,\nOmar Said",
    ),
]
# A plea for a second look, months on, with no verdict named.
PLEA = [
    (
        "b1",
        R,
        _ctx("2026-03-02", "2026-07-10"),
        "Dear Hiring Team,\n\nWould you please take another look at my application? I know I can do this job. I am reliable, I learn fast and I will work weekends. Please give me a chance.\n\nRegards,\nKyle Brennan",
    ),
    (
        "b2",
        R,
        _ctx("2026-01-12", "2026-05-03"),
        "Hello Ms. Dutta,\n\nI am asking if you could reconsider my resume for the delivery driver opening. I have a clean licence and I have attached the resume again. I really need the work.\n\nThank you,\nSam Ortiz",
    ),
    (
        "b3",
        R,
        _ctx("2026-06-01", "2026-09-15"),
        "Dear Mr. Hughes,\n\nI hope you might have a second look at my CV. Since we spoke I have finished a forklift course, and I would be grateful for another opportunity.\n\nYours faithfully,\nAnna Bell",
    ),
]
PLEA_LOOK = [
    (
        "b4",
        S,
        _ctx("2026-03-02", "2026-03-16"),
        "Dear Hiring Team,\n\nI interviewed for the stock associate post two weeks ago and have attached my CV again in case it went astray. Is there any news on the role?\n\nRegards,\nKyle Brennan",
    ),
    (
        "b5",
        T,
        _ctx("2026-01-12", "2026-01-13"),
        "Hello Ms. Dutta,\n\nThank you for taking the time to look over my resume with me yesterday and for the tips on the route planning software. I am keen on the delivery driver opening.\n\nThank you,\nSam Ortiz",
    ),
    (
        "b6",
        R,
        _ctx("2026-06-01", "2026-06-12"),
        "Dear Mr. Hughes,\n\nThank you for letting me know that I was not selected. Would you be willing to take another look at my CV if a similar role opens later in the year?\n\nYours faithfully,\nAnna Bell",
    ),
]
# The verdict never sent, quoted in a hostile chase after silence.
UNSAID = [
    (
        "c1",
        S,
        _ctx("2026-05-04", "2026-06-08", ["2026-05-14", "2026-05-25"]),
        "Mr. Devlin,\n\nFive weeks, two emails, nothing. You couldn't even spare ten seconds to write \"we've chosen someone else.\" I'm done waiting. Enjoy your silence.\n\nJ. Okoro",
    ),
    (
        "c2",
        S,
        _ctx("2026-08-10", "2026-09-14", ["2026-08-20", "2026-08-31"]),
        "Subject: Still nothing\n\nHi Lena,\n\nAfter three interviews I have heard nothing for a month. Nobody at your agency could be bothered to type 'not a fit' and hit send. I'd like to know, today, if the role is still open.\n\nDan",
    ),
    (
        "c3",
        S,
        _ctx("2026-02-02", "2026-03-09", ["2026-02-12"]),
        'Ms. Rhee,\n\nIt has been five weeks since my final round. Would it really have taken so long to send me "we\'ve decided to move in another direction"? I am still waiting for an answer either way.\n\nT. Moss',
    ),
]
UNSAID_LOOK = [
    (
        "c4",
        R,
        _ctx("2026-05-04", "2026-05-20"),
        'Mr. Devlin,\n\nYour email said "we\'ve chosen someone else" and nothing more. Could you tell me what tipped the decision?\n\nJ. Okoro',
    ),
    (
        "c5",
        R,
        _ctx("2026-08-10", "2026-08-24"),
        "Hi Lena,\n\nThanks for the call today. I was sorry to hear the client went another way, but I appreciate you telling me yourself.\n\nDan",
    ),
    (
        "c6",
        R,
        _ctx("2026-02-02", "2026-02-18"),
        "Ms. Rhee,\n\nI received your letter explaining that the panel decided to move in another direction. I accept that, and I would welcome any feedback on my presentation.\n\nT. Moss",
    ),
]
# A fresh thank-you that concedes a gap and points to another team or role.
GAP = [
    (
        "d1",
        T,
        _ctx("2026-11-09", "2026-11-09"),
        "Dear Ms. Ferreira,\n\nThank you for the call this afternoon about the payroll manager opening. I appreciated your honesty about it: I do not yet have the years of team leadership the role needs. The payroll systems group you described sounds like a close match for my ADP migration work, and if an opening comes up there I would love to be considered.\n\nKind regards,\nNiall Byrne",
    ),
    (
        "d2",
        T,
        _ctx("2026-04-20", "2026-04-21"),
        "Hi Jonas, thanks for yesterday's screen. You were frank that the senior slot wants more Kubernetes than I have, and I appreciated that. If anything opens in the platform support team we talked about, I'd be glad to be considered. Thanks again, Mia",
    ),
    (
        "d3",
        T,
        _ctx("2026-09-02", "2026-09-03"),
        "Dear Mr. Osei,\n\nThank you for interviewing me yesterday for the site engineer role. I valued your candour about the gap in my chartership. Your remark that the estimating department is growing caught my interest; should a role arise there, please keep my details.\n\nYours sincerely,\nRuth Kimani",
    ),
]
GAP_LOOK = [
    (
        "d4",
        R,
        _ctx("2026-11-02", "2026-11-10"),
        "Dear Ms. Ferreira,\n\nThank you for letting me know about the payroll manager decision. I appreciated your honesty about it. If an opening comes up in the payroll systems group, I would love to be considered.\n\nKind regards,\nNiall Byrne",
    ),
    (
        "d5",
        R,
        _ctx("2026-04-13", "2026-04-21"),
        "Hi Jonas, sorry to hear I didn't make it through. Thanks for being straight with me. If anything opens in platform support, I'd be glad to be considered. Mia",
    ),
    (
        "d6",
        T,
        _ctx("2026-09-02", "2026-09-03"),
        "Dear Mr. Osei,\n\nThank you for interviewing me yesterday for the site engineer role. Hearing how the estimating department works with the site teams made me keener still, and my two years on the Riverside scheme fit that approach.\n\nYours sincerely,\nRuth Kimani",
    ),
]

# Confirmation batch B, written after the fix and before it was run, in other wordings.
CONFIRM = [
    (
        "e1",
        T,
        _ctx("2026-03-16", "2026-03-17", ["2026-03-16"]),
        "Dear Mr. Lund,\n\nFurther to my e-mail of yesterday, I wanted to send a note by hand as well. Thank you for the chance to meet the kitchen brigade and to cook for you on Monday. I would be delighted to run your pastry section.\n\nWith best wishes,\nCara Nolan",
    ),
    (
        "e2",
        T,
        _ctx("2026-08-24", "2026-08-25", ["2026-08-24"]),
        "Thank you once more, Ms. Adeyemi, for our talk on Monday about the grants officer post. As I said in my email, your funders' reporting calendar is exactly the kind of thing I enjoy keeping in order. I hope to hear about the next round soon. - Rhys Evans",
    ),
    (
        "e3",
        S,
        _ctx("2026-08-24", "2026-09-07", ["2026-08-24"]),
        "Dear Ms. Adeyemi,\n\nThank you again for our talk about the grants officer post. I sent a thank-you the same day and wanted to ask whether a decision has been made yet.\n\nBest wishes,\nRhys Evans",
    ),
    (
        "e4",
        R,
        _ctx("2026-02-03", "2026-06-20"),
        "Hello,\n\nSorry to write again. Could you have one more look at my application for the cashier job? I have more experience now and I am free to start tomorrow. Please reconsider my candidacy.\n\nMaria Lopes",
    ),
    (
        "e5",
        R,
        _ctx("2026-04-07", "2026-08-11"),
        "Dear Mr. Pike,\n\nI would be very grateful if you would reconsider my application for the groundskeeper post. I still want the job and I will work hard.\n\nYours sincerely,\nBen Walsh",
    ),
    (
        "e6",
        S,
        _ctx("2026-04-07", "2026-04-21"),
        "Dear Mr. Pike,\n\nI wanted to ask if you had chosen another candidate for the groundskeeper post, as I have not heard since our interview two weeks ago.\n\nYours sincerely,\nBen Walsh",
    ),
    (
        "e7",
        S,
        _ctx("2026-03-02", "2026-03-20"),
        "Hi Wes, I hope all is well. If you would rather go with someone more senior, I understand, but could you let me know where the QA lead search stands? Thanks, Ana",
    ),
    (
        "e8",
        S,
        _ctx("2026-10-01", "2026-11-12", ["2026-10-15", "2026-10-29"]),
        "Ms. Tran,\n\nSix weeks and three messages later, still nothing. Was it too hard to text me 'no thanks'? Apparently so. Best of luck to the person you picked, I suppose, though all my notes went unanswered.\n\nL. Fox",
    ),
    (
        "e9",
        S,
        _ctx("2026-05-11", "2026-06-15", ["2026-05-22", "2026-06-01"]),
        'Subject: My application\n\nMr. Baird,\n\nYou never even bothered to email me "we\'ve gone in another direction" after the final round. I have chased twice. Is the role filled or not?\n\nG. Shah',
    ),
    (
        "e10",
        R,
        _ctx("2026-10-01", "2026-10-20"),
        "Ms. Tran,\n\nSo your recruiter's email says you've picked another candidate. Enjoy your new hire. I wasted three afternoons on your process.\n\nL. Fox",
    ),
    (
        "e11",
        R,
        _ctx("2026-05-11", "2026-05-25"),
        'Mr. Baird,\n\nYour note said "we\'ve gone in another direction" and nothing else. After two rounds I think I deserved a reason. Could you give me one?\n\nG. Shah',
    ),
    (
        "e12",
        T,
        _ctx("2026-06-08", "2026-06-08"),
        "Dear Mr. Carter,\n\nThanks for speaking with me this morning about the claims adjuster vacancy. I was grateful for your openness about it, and I take the point about my licensing. The subrogation unit you mentioned interests me a great deal; if an opening comes up there, I would be keen to hear of it.\n\nBest regards,\nIvy Tan",
    ),
    (
        "e13",
        T,
        _ctx("2026-01-19", "2026-01-20"),
        "Hello Ms. Roy, thank you for yesterday's video call. I appreciated you being straight with me about the travel the role needs. If other roles in your Leeds office come up that suit someone based locally, I'd love to be considered. Kind regards, Dev Patel",
    ),
    (
        "e14",
        R,
        _ctx("2026-06-08", "2026-06-08"),
        "Dear Mr. Carter,\n\nThank you for telling me at the end of this morning's interview that you will not be taking my application further. I'm disappointed, of course. If an opening comes up in the subrogation unit, I would be keen to hear of it.\n\nBest regards,\nIvy Tan",
    ),
    (
        "e15",
        R,
        _ctx("2026-01-12", "2026-01-20"),
        "Hello Ms. Roy, thank you for your email letting me know the role went to a local candidate. I appreciated you being straight with me. If other roles in your Leeds office come up, I'd love to be considered. Kind regards, Dev Patel",
    ),
    (
        "e16",
        T,
        _ctx("2026-07-06", "2026-07-07", ["2026-07-06"]),
        "Hi Grace! Just a quick LinkedIn message to add to my email from yesterday: thanks again for the interview and for introducing me to Tom from the data team. Looking forward to hearing from you. Sam",
    ),
]

CASES = SECOND + SECOND_LOOK + PLEA + PLEA_LOOK + UNSAID + UNSAID_LOOK + GAP + GAP_LOOK + CONFIRM
# Misjudged before the change (marked so, strict, until the rules read them right).
MISJUDGED: set[str] = set()  # before the change: a1, a2, a3, a4, b1, b2, b3, c1, d1
# Confirmation batch B misjudged as written: e1, e2 (see the module docstring).


def _params():
    for name, expected, context, text in CASES:
        marks = [pytest.mark.xfail(strict=True, reason="misjudged before round 12v")] if name in MISJUDGED else []
        yield pytest.param(expected, context, text, id=name, marks=marks)


@pytest.mark.parametrize(("expected", "context", "text"), list(_params()))
def test_purpose(linter: Linter, expected: str, context: dict[str, object], text: str) -> None:
    report = linter.lint(text, context=context)
    assert report.purpose == expected, report.inferred.get("purpose")


@pytest.mark.parametrize(("expected", "context", "text"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cue_is_in_the_draft(linter: Linter, expected: str, context: dict[str, object], text: str) -> None:
    """The cue the report names is words of the draft."""
    cue = linter.lint(text, context=context).inferred.get("purpose", "")
    assert not cues_not_in_draft(cue, text), cue

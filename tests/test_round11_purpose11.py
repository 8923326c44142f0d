"""Purpose inference on a blind batch written on 2026-12-05 (round 11, purpose11), before any change to the
cue rules, each probe with its expected purpose and the dates it is sent on.  My own wordings, not the
corpus drafts' nor any page's.

Two kinds of misjudgement seen in the new dev drafts of the y- series:

- a reply sent weeks or months after a rejection that names the verdict in other words (the employer ended
  the process, closed the application, went another way; the feedback or message it sent, thanked for as
  "that e-mail") and asks the writer's own question (whether a gap is closed): read as a status check;
- a thank-you sent a week or more after the interview that recalls what the interviewer told ("how your
  practice is moving ...", "where the trial stands") or counts the days since, and asks nothing about a
  decision: read as a status check, so the late thank-you (G-TIMING-THANKS, FL501) went unchecked.

Counted before the change: 14 of 33 misjudged (7 of the 8 rejection replies, 7 of the 8 late thank-yous; 0 of
the 17 look-alikes); after: 0.  Look-alikes that must keep their purpose: status checks that thank and count the time and do ask after the
decision (one of them asks whether the process "has ended"), thank-yous that use the new words of something
else ("the final interview ended the process on a high note", "you closed the conversation by asking",
"thanks for that email with the parking details").
"""

from __future__ import annotations

import pytest
from inferred_cues import cues_not_in_draft

from followup_lint import Linter

R, S, T = "rejection-reply", "status-check", "thank-you"


def _ctx(interview: str, sent: str) -> dict[str, str]:
    return {"interview_date": interview, "sent_at": sent}


# Replies to a rejection sent long after it, the verdict named in other words.
REJECTIONS = [
    (
        "r1",
        R,
        _ctx("2026-06-10", "2026-08-10"),
        "Dear Mr. Okafor,\n\nBack in June you brought my application for the warehouse supervisor job to a close with a kind phone call and some pointed advice about my forklift paperwork. I have sorted the certificates since then, and I wanted to thank you for that call: it pushed me to do it.\n\nIf you think my file is stronger now, I would value hearing so.\n\nRegards,\nDenise Carver",
    ),
    (
        "r2",
        R,
        _ctx("2026-03-02", "2026-04-16"),
        "Hi Lena,\n\nA quick line, six weeks on. When your team decided to go with a more senior designer, you sent me three paragraphs of notes on my portfolio. I have rebuilt the case studies around them, and the new version is linked below. Thanks again for taking the trouble to write those notes.\n\nAll best,\nMarco",
    ),
    (
        "r3",
        R,
        _ctx("2026-01-12", "2026-02-11"),
        "Dear Ms. Laurent,\n\nI am writing a month after you let me know the search had closed without me. Your frank comments about my written French were hard to read, and right, and I have been taking evening classes since. Thank you for putting them on paper.\n\nWould you say the written test is the part to focus on?\n\nYours sincerely,\nAnton Weiss",
    ),
    (
        "r4",
        R,
        _ctx("2026-02-03", "2026-04-14"),
        "Hi Craig, it's been a while since your team wound up the analyst hiring round without an offer for me. Your note afterwards about structuring my SQL answers stayed with me. I wanted to say thanks, and to tell you I now run a weekly practice session with two colleagues. Sam",
    ),
    (
        "r5",
        R,
        _ctx("2026-05-04", "2026-05-25"),
        "Subject: Your call in May\n\nHello Priyanka,\n\nThree weeks have passed since you phoned to say the panel had ended my candidacy for the project lead post. I have thought a lot about what you said on stakeholder mapping, and I wanted to thank you once more for that phone call.\n\nKind regards,\nJonas",
    ),
    (
        "r6",
        R,
        _ctx("2026-03-20", "2026-06-18"),
        "Dear Dr. Chen,\n\nYou closed my candidacy for the lab manager role in the spring with a long letter explaining where the other finalists were ahead. I kept it. Your point about budget ownership led me to volunteer for our department's purchasing review, which I now chair.\n\nThank you for that letter, and please do not feel obliged to reply.\n\nSincerely,\nRuth Adeyemi",
    ),
    (
        "r7",
        R,
        _ctx("2026-08-01", "2026-09-10"),
        "Hi Joaquin,\n\nIt's been a little over a month since the process ended for me at the final panel. I wanted to thank you for the detailed feedback you passed on afterwards. Nobody had told me before that I rush my conclusions, and it was true. I've been working on it.\n\nCheers,\nNadia",
    ),
    (
        "r8",
        R,
        _ctx("2026-04-22", "2026-06-16"),
        "Dear Mrs. Holt,\n\nWhen we last spoke, you explained that the school had offered the post to a teacher with more pastoral experience. That conversation has stayed with me. This term I took on a form group, and I would be grateful to hear, when you have a moment, whether you think that fills the gap you described.\n\nWith thanks,\nEmeka",
    ),
]

# Thank-yous sent late (7 to 14 days after the interview) that recall what was said, or count the days,
# and ask nothing about a decision.
LATE_THANKS = [
    (
        "t1",
        T,
        _ctx("2026-10-05", "2026-10-14"),
        "Dear Mr. Brandt,\n\nThank you for showing me around the workshop and for explaining how the joinery is going about moving its orders onto a wall planner. At my last job I set up the same kind of planner.\n\nI would be glad to hear from you about what comes next.\n\nSincerely,\nGreta Sol",
    ),
    (
        "t2",
        T,
        _ctx("2026-09-01", "2026-09-09"),
        "Hi Farah,\n\nThank you for the interview last Tuesday. I enjoyed learning where the charity is going with its volunteer app, and how you decided which features to build first.\n\nI'd be pleased to talk again.\n\nBest,\nOlu",
    ),
    (
        "t3",
        T,
        _ctx("2026-07-06", "2026-07-16"),
        "Dear Ms. Ferreira,\n\nIt has been ten days since our interview, and I am sorry this card is so late. Thank you for your warm welcome and for the tour of the print room.\n\nKind regards,\nBeatriz Lima",
    ),
    (
        "t4",
        T,
        _ctx("2026-03-09", "2026-03-21"),
        "Dear Mr. Oyelaran,\n\nTwelve days have gone by since I sat in your office, and I still think about your story of how the bakery progressed from one oven to four. Thank you for the time you gave me.\n\nWith best wishes,\nClaire",
    ),
    (
        "t5",
        T,
        _ctx("2026-05-11", "2026-05-18"),
        "Hello Ines,\n\nA week ago you gave me an hour of your afternoon, and I wanted to thank you for it properly. Your account of how the archive decided what to digitise first was the best part of my day.\n\nWarmly,\nPaul",
    ),
    (
        "t6",
        T,
        _ctx("2026-11-02", "2026-11-16"),
        "Hi Jonah - two weeks late, I know, but thank you for the interview. Hearing how your studio is going fully remote next year made me even more eager to join.\n\nAnya",
    ),
    (
        "t7",
        T,
        _ctx("2026-02-16", "2026-02-25"),
        "Dear Dr. Ansah,\n\nThank you for meeting me about the research coordinator post. I was glad to hear where the trial stands after the ethics review, and I would welcome the chance to help it recruit.\n\nRespectfully,\nMira Lenz",
    ),
    (
        "t8",
        T,
        _ctx("2026-06-01", "2026-06-09"),
        "Subject: Thank you - Sous Chef trial\n\nChef Marco,\n\nThank you for the trial shift last week and for telling me how the kitchen is progressing toward doing its own butchery. I look forward to hearing from you.\n\nBest regards,\nTeodor",
    ),
]

# Look-alikes: status checks that thank and count the time and ask after the decision.
STATUS = [
    (
        "s1",
        S,
        _ctx("2026-04-06", "2026-04-20"),
        "Dear Ms. Park,\n\nThank you again for the interview two weeks ago. I enjoyed hearing how the team is going to expand into Busan. Could you tell me whether a decision has been made on the role?\n\nBest,\nJun",
    ),
    (
        "s2",
        S,
        _ctx("2026-04-06", "2026-04-16"),
        "Hi Ruth, ten days on from our chat, thanks again for it. Is there any news on the coordinator post? Cheers, Dev",
    ),
    (
        "s3",
        S,
        _ctx("2026-04-06", "2026-04-27"),
        "Dear Mr. Vale,\n\nI interviewed for the paralegal role three weeks ago and wanted to thank you again for your time. I'm writing to ask where things are with the search.\n\nKind regards,\nLaila",
    ),
    (
        "s4",
        S,
        _ctx("2026-04-03", "2026-04-15"),
        "Hello Aoife,\n\nThank you for the conversation on the 3rd about how the clinic is moving to online booking. You mentioned a decision within ten days; I'd be grateful to know if that is still the plan.\n\nBest,\nCiara",
    ),
    (
        "s5",
        S,
        _ctx("2026-04-06", "2026-05-06"),
        "Dear Mr. Kline, a month has passed since my interview. Thank you for your time then; could you let me know how the hiring is progressing? Sincerely, Paul",
    ),
    (
        "s6",
        S,
        _ctx("2026-04-06", "2026-04-22"),
        "Hi Gwen,\n\nThanks for that email last month saying the panel would meet again after the holidays. It's now been over two weeks; has the panel reached a view?\n\nThanks,\nHal",
    ),
    (
        "s7",
        S,
        _ctx("2026-04-06", "2026-04-27"),
        "Hello Nina,\n\nThank you for the feedback you sent after my first interview. It has been three weeks now, and I wondered if there is any update on the second stage.\n\nBest,\nKarim",
    ),
    (
        "s8",
        S,
        _ctx("2026-04-06", "2026-04-15"),
        "Dear Mr. Lund, it has been nine days since we met about the buyer role. Thank you again for showing me the warehouse. I wondered whether you have reached a decision yet. Regards, Maja",
    ),
    (
        "s9",
        S,
        _ctx("2026-04-14", "2026-04-25"),
        "Dear Dr. Sato,\n\nThank you once more for the interview on the 14th. Since then I have not heard anything, and I would be grateful to learn whether the position has been filled.\n\nSincerely,\nE. Moreau",
    ),
    (
        "s10",
        S,
        _ctx("2026-04-01", "2026-04-26"),
        "Hi Kofi,\n\nThanks for the interview at the start of the month. It has been nearly four weeks and I haven't heard whether the process has ended or is still running. Could you let me know?\n\nBest,\nLise",
    ),
    (
        "s11",
        S,
        _ctx("2026-04-01", "2026-04-16"),
        "Hi Marta, two weeks on from the interview - thanks again for it. I'd love to hear how the search is going when you have a minute. Best, Rob",
    ),
]

# Look-alikes: thank-yous with the new words about something else.
THANKS = [
    (
        "t9",
        T,
        _ctx("2026-04-02", "2026-04-03"),
        "Dear Mrs. Grant,\n\nThank you for the final interview yesterday, which ended the process on a high note for me: the panel's question about audit trails was the most interesting I have been asked. I have attached the sample report you asked for.\n\nRegards,\nVik",
    ),
    (
        "t10",
        T,
        _ctx("2026-04-06", "2026-04-08"),
        "Hi Ben,\n\nThanks for that email with the parking details, and for the interview on Monday. I enjoyed meeting the support team.\n\nBest,\nCleo",
    ),
    (
        "t11",
        T,
        _ctx("2026-04-03", "2026-04-05"),
        "Dear Ms. Obi,\n\nThank you for Friday's interview. You closed the conversation by asking what I would change in my first month, and I have kept thinking about it: I would start with the intake form.\n\nBest regards,\nTunde",
    ),
    (
        "t12",
        T,
        _ctx("2026-04-07", "2026-04-08"),
        "Hi Petra,\n\nThank you for the interview yesterday. It stung a little when the case-study timer ran out, but your comments on my draft were generous.\n\nBest,\nNoor",
    ),
    (
        "t13",
        T,
        _ctx("2026-04-06", "2026-04-08"),
        "Dear Mr. Haddad,\n\nThank you for that letter confirming my second interview, and again for the first one. I will bring the portfolio you mentioned.\n\nYours sincerely,\nRim",
    ),
    (
        "t14",
        T,
        _ctx("2026-04-06", "2026-04-07"),
        "Hi Ada, thank you for yesterday. I liked hearing how your team decided to drop the old CRM, and whether the new one will be ready by spring. Best, Jo",
    ),
]

# A confirmation batch (14: 4 late rejection replies, 3 late thank-yous, 7 look-alikes), written after the fixes
# as a measurement: 2 misjudged ("Seven weeks ago your office closed my application": time counted back to the
# verdict with "ago"; "Nine days late, but a real thank-you for the tour": thanks as a noun), 0 after.
CONFIRM = [
    (
        "c1",
        R,
        _ctx("2026-02-02", "2026-03-30"),
        "Hello Mr. Dube,\n\nSeven weeks ago your office closed my application for the site engineer vacancy with a short letter listing two gaps: drainage design and site diaries. I have spent the time since on both, and I wanted you to know that your letter did some good.\n\nBest regards,\nKeanu",
    ),
    (
        "c2",
        R,
        _ctx("2026-05-05", "2026-07-01"),
        "Hi Mirela,\n\nIt's been nearly two months since you let me know the bookkeeping job had gone another way. Thanks for that message and the tips in it; I've now finished the payroll module you suggested.\n\nAll the best,\nTariq",
    ),
    (
        "c3",
        R,
        _ctx("2026-01-10", "2026-03-01"),
        "Dear Ms. Quinn,\n\nSince the panel concluded my candidacy in January, I have thought often about your comment that my answers lacked numbers. This month I presented our team's results with a figure on every slide. Thank you for saying it plainly.\n\nYours sincerely,\nDevi",
    ),
    (
        "c4",
        R,
        _ctx("2026-08-03", "2026-09-21"),
        "Hey Rob, a few weeks after the studio decided to go with another illustrator, I wanted to thank you for the notes you wrote on my sketchbook. They changed how I work. Would you look at my new pages sometime?\nLu",
    ),
    (
        "c5",
        T,
        _ctx("2026-10-01", "2026-10-10"),
        "Dear Mrs. Achebe,\n\nThank you for the interview last week. I loved hearing how the library decided to open on Sundays, and what the first month taught your staff.\n\nWarm regards,\nFemi",
    ),
    (
        "c6",
        T,
        _ctx("2026-03-03", "2026-03-12"),
        "Hi Sven,\n\nNine days late, but a real thank-you for the tour of the depot. Your explanation of where the fleet is going with electric vans stuck with me.\n\nBest,\nMalin",
    ),
    (
        "c7",
        T,
        _ctx("2026-06-08", "2026-06-17"),
        "Dear Dr. Lowe, it was interesting to learn how the clinic is progressing its move to the new site. Thank you for the interview and the coffee. Regards, Ama",
    ),
    # look-alikes
    (
        "c8",
        S,
        _ctx("2026-04-01", "2026-04-20"),
        "Dear Ms. Reyes,\n\nThank you again for the interview on the 1st. It has been almost three weeks; could you tell me whether the process has concluded?\n\nBest,\nIan",
    ),
    (
        "c9",
        S,
        _ctx("2026-04-01", "2026-04-14"),
        "Hi Tom, thanks for that email about the delay on your side. It's been two weeks since the interview - any news on the decision? Kate",
    ),
    (
        "c10",
        T,
        _ctx("2026-04-01", "2026-04-02"),
        "Hi Jane,\n\nThank you for yesterday. You wrapped up the session by asking how I would close the gap in our onboarding data, and I have an idea I'd love to share.\n\nBest,\nOmar",
    ),
    (
        "c11",
        S,
        _ctx("2026-04-01", "2026-04-16"),
        "Dear Mr. Banda, I enjoyed hearing how your team works. Two weeks on, I'd be grateful to hear how the search is going. Regards, Ruth",
    ),
    (
        "c12",
        T,
        _ctx("2026-04-01", "2026-04-03"),
        "Hi Ade, thanks for the chat on Tuesday and for that note with the office address. I'm looking forward to the next round.\nPat",
    ),
    (
        "c13",
        S,
        _ctx("2026-04-01", "2026-04-22"),
        "Hello Ms. Grey,\n\nThank you for the interview three weeks ago. I haven't heard whether the role has been filled, and I am still very keen. Could you let me know where things stand?\n\nKind regards,\nNoel",
    ),
    (
        "c14",
        T,
        _ctx("2026-04-01", "2026-04-04"),
        "Dear Mr. Ito,\n\nThank you for Wednesday's interview. Your account of how the plant ended its night shift was eye-opening, and I'd be glad to bring my scheduling experience to the team.\n\nSincerely,\nYuki",
    ),
]

# Look-alikes checked last (a thank-you four days on that thanks for a message about something else): both were
# read as rejection replies ("your email": before round 11 too; "that email": by the first fix), neither after.
ELSE = [
    (
        "e1",
        T,
        _ctx("2026-04-06", "2026-04-10"),
        "Hi Ben,\n\nThanks for that email with the parking details, and for the interview on Monday. I enjoyed meeting the support team.\n\nBest,\nCleo",
    ),
    (
        "e2",
        T,
        _ctx("2026-04-06", "2026-04-10"),
        "Dear Ms. Roy,\n\nThank you for your letter confirming the start time, and for a thorough interview on Monday. The panel's case on vendor risk was a good one.\n\nKind regards,\nIvo",
    ),
    (
        "e3",
        R,
        _ctx("2026-04-06", "2026-04-20"),
        "Dear Ms. Roy,\n\nThank you for your letter with the decision. I enjoyed meeting the panel and wish you well with the new analyst.\n\nKind regards,\nIvo",
    ),
]

CASES = REJECTIONS + LATE_THANKS + STATUS + THANKS + CONFIRM + ELSE
# Misjudged before the change (marked so, strict, until the rules read them right).
MISJUDGED: set[str] = set()


def _params():
    for name, expected, context, text in CASES:
        marks = [pytest.mark.xfail(strict=True, reason="misjudged before round 11")] if name in MISJUDGED else []
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

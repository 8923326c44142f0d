"""Round 14 review fixes (fix14pro): the reviewer's findings 5, 6, 7 (FL329), 9 and 17 (FL331), 11 and
19 (FL302), with look-alikes of our own written before any change.

"Flagged" means a finding of the named rule at warning or error severity.  GOOD probes must not be
flagged by the rule named; BAD probes must be.  The "Hey" probes check that FL302 is an info tip.

Written before any rule change (the reviewer's repros plus look-alikes of our own) and run once on
main at 2f62b06: 46 of 60 misjudged. Good wordings flagged: FL329/FL331 29 of 31 (unasked advice 10/10,
feeds and occasions 10/12, premises and jingle 5/5, judgement praise and CV work 4/4); FL302 "Hey"
warned instead of a tip 7 of 8 ("Dean's demo", "judge", a vice president in the body, the given names
Dean, Justice and Hon, the voicemail); plain words taken for puns 6 of 6; "review your résumés" an
error. Bad wordings missed: FL331 3 of 8 (the round-14 review's item 17 and one of ours). After the
narrowing: 0 misjudged but the voicemail "Hey Priya, it's ..." (a strict xfail: not a one-line fix).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.report import Severity

CTX = {
    "company": "Harbor Analytics",
    "role": "Data Analyst",
    "interviewers": ["Priya Raman"],
    "sender_name": "Jordan Reyes",
}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _t(s: str, greet: str = "Hi Priya,") -> str:
    return (
        f"Subject: Thank you - Data Analyst interview\n\n{greet}\n\nThank you for meeting with me on Tuesday to "
        "discuss the Data Analyst role at Harbor Analytics. I enjoyed hearing about the churn dashboard project. "
        f"{s}\n\nI remain very interested in the role and look forward to hearing about next steps.\n\n"
        "Best regards,\nJordan Reyes"
    )


def _findings(linter: Linter, text: str, code: str, channel: str = "email", **ctx: object):
    context = dict(CTX, **ctx)
    report = linter.lint(text, channel=channel, context=context)
    return [f for f in report.findings if f.code == code]


def _flagged(linter: Linter, text: str, code: str, channel: str = "email", **ctx: object) -> bool:
    return any(f.severity in (Severity.WARNING, Severity.ERROR) for f in _findings(linter, text, code, channel, **ctx))


# (code, sentence, extra context)
GOOD = {
    # finding 5: scheduling, logistics and the writer's own answers are not unasked advice
    "5-move-call": ("FL329", "You may want to move the second-stage call, since your Thursday looks full now.", {}),
    "5-get-invite": (
        "FL329",
        "You should get your invite for the assessment centre from the agency soon, they said.",
        {},
    ),
    "5-own-answer-redo": (
        "FL329",
        "On reflection, my whole answer on cohorts needs redoing, so here is a better version.",
        {},
    ),
    "5-own-assumptions": (
        "FL329",
        "In my last job I learned to scrap my own assumptions on day one of any project.",
        {},
    ),
    "5-change-nothing": (
        "FL329",
        "If I joined, I'd change nothing before understanding your team's current process.",
        {},
    ),
    "5-add-suggestion": (
        "FL329",
        (
            "If I may add one suggestion to what I said about onboarding, I'd pair new analysts with a buddy in "
            "their first month."
        ),
        {},
    ),
    "5-honest-observation": ("FL329", "My honest observation is that the team clearly cares about the product.", {}),
    "5-cafe-tip": ("FL329", "I left a tip for the staff at the café after the tasting - the service was lovely.", {}),
    # our own look-alikes for 5
    "5-own-slides-redo": ("FL329", "Frankly, my whole case-study deck needs reworking, and I have started on it.", {}),
    "5-you-may-want-slot": (
        "FL329",
        "You might want to move our follow-up call to the afternoon if your morning fills up.",
        {},
    ),
    # finding 6: the firm's own news, professional posts, small talk the interviewer raised
    "6-insta-award": (
        "FL329",
        "I saw on Instagram that Harbor Analytics won the regional data award - congratulations to everyone.",
        {},
    ),
    "6-happy-anniversary-firm": ("FL329", "Happy anniversary to everyone at Harbor Analytics!", {}),
    "6-congrats-anniversary": (
        "FL329",
        "Congratulations on the anniversary - twenty years of Harbor is impressive.",
        {},
    ),
    "6-wedding-fair": ("FL329", "Congratulations on the wedding fair next month; the stand design sounded great.", {}),
    "6-shop-insta": (
        "FL329",
        "I saw on your Instagram that the sourdough sold out by ten on Saturday - no surprise after tasting it.",
        {"company": "Crumb & Co", "role": "Baker"},
    ),
    "6-posts-data-ethics": ("FL329", "I found the ideas in your recent posts on data ethics really useful.", {}),
    "6-photos-harbour": ("FL329", "The lighting in your photos of the harbour project was beautiful.", {}),
    "6-feed-open-data": ("FL329", "I've been following the updates in your feed about open data for a while.", {}),
    "6-new-baby": (
        "FL329",
        (
            "Congratulations on the new baby! I hope you're all getting a little sleep, and thank you for still "
            "making time for me."
        ),
        {},
    ),
    "6-biscuit-treat": (
        "FL329",
        "Please give Biscuit a treat from me; he made the video call much less nerve-racking.",
        {},
    ),
    # our own look-alikes for 6
    "6-saw-tiktok-firm-news": ("FL329", "I noticed on TikTok that Harbor Analytics is opening a Leeds office.", {}),
    "6-posts-on-sql": ("FL329", "Your latest posts on SQL window functions helped me prepare.", {}),
    # finding 7: positive or trade-normal remarks about premises and a work jingle
    "7-kitchen-chaotic": (
        "FL329",
        "I loved how the kitchen was chaotic but calm at the same time during my trial shift.",
        {"role": "Commis Chef"},
    ),
    "7-store-chaotic-best": (
        "FL329",
        "Your customers seemed happy, and the store was busy and chaotic in the best way.",
        {},
    ),
    "7-estate-rough": (
        "FL329",
        "The estate is rough in places, which is exactly why the youth centre matters so much.",
        {"role": "Youth Worker"},
    ),
    "7-jingle-session": (
        "FL329",
        "Here's the little jingle we worked on together in the session, tidied up.",
        {"role": "Copywriter"},
    ),
    "7-warehouse-cramped-loved": (
        "FL329",
        "The warehouse was cramped, but I loved how well the team used every inch.",
        {},
    ),
    # finding 9: praise of the reader's judgement and normal job experience
    "9-care-says-a-lot": (
        "FL331",
        "The care in your process says a lot about the recruitment team's standards, which I admire.",
        {},
    ),
    "9-speaks-volumes": (
        "FL331",
        "The way the team handled the outage speaks volumes about the judgement of your engineers.",
        {},
    ),
    "9-check-credentials": (
        "FL331",
        "In my current post I check the credentials of the panel members before each interview.",
        {"role": "Recruitment Coordinator"},
    ),
    "9-own-says-a-lot": ("FL331", "Your onboarding plan says a lot about the hiring team's care for new starters.", {}),
}

BAD = {
    # finding 17: the FL331 variants
    "17-poor-reflection": ("FL331", "Overlooking me would be a poor reflection on your hiring judgement.", {}),
    "17-question-judgement": ("FL331", "Frankly, if I'm not shortlisted I'll question the panel's judgement.", {}),
    "17-own-doubt-judgement": ("FL331", "Passing on me would make me doubt your panel's judgement.", {}),
    # kept from round 14: still flagged after narrowing
    "9-reflects-badly": ("FL331", "Passing me over would reflect badly on your panel's judgment.", {}),
    "5-unasked-advice": ("FL329", "If I may offer some advice, you should fix your careers page first.", {}),
    "6-private-insta": (
        "FL329",
        "I saw on your Instagram that you and your husband were in Crete - lovely photos!",
        {},
    ),
    "7-suburb-dodgy": ("FL329", "Your suburb is a bit dodgy, to be honest.", {}),
    "7-poem-for-you": ("FL329", "I wrote a little poem for you below to say thanks.", {}),
}


@pytest.mark.parametrize(("code", "sentence", "ctx"), GOOD.values(), ids=GOOD.keys())
def test_good_stays_quiet(linter: Linter, code: str, sentence: str, ctx: dict) -> None:
    assert not _flagged(linter, _t(sentence), code, **ctx)


@pytest.mark.parametrize(("code", "sentence", "ctx"), BAD.values(), ids=BAD.keys())
def test_bad_is_flagged(linter: Linter, code: str, sentence: str, ctx: dict) -> None:
    assert _flagged(linter, _t(sentence), code, **ctx)


def test_reviewing_resumes_is_a_recruiters_work(linter: Linter) -> None:
    # finding 9: "review your résumés" was an error; a recruiting applicant reviews CVs for a living
    text = _t("In the role I would be glad to review your résumés and check the credentials of new hires.")
    assert not _flagged(linter, text, "FL331", role="Recruitment Coordinator")


def test_asking_for_the_interviewers_own_cv_is_flagged(linter: Linter) -> None:
    assert _flagged(linter, _t("Could you send me your own CV so I can see who is judging me?"), "FL331")


def _li(s: str, greet: str = "Hey Priya,") -> str:
    return f"{greet}\n\nThanks for the chat on Tuesday about the Data Analyst role. {s}\n\nBest,\nJordan"


# finding 11: "Hey NAME," stays a tip (info) when the body merely mentions a name, a verb or a third person
HEY_TIP = {
    "11-deans-demo": (_li("Dean's demo of the dashboard was great."), "linkedin", {}),
    "11-judge-sql": (
        _t("You can judge the quality of my SQL from the repo I shared.", greet="Hey Priya,"),
        "email",
        {},
    ),
    "11-vp-product": (
        _li("It was good to hear how the vice president of product uses the churn figures."),
        "linkedin",
        {},
    ),
    "11-given-dean": (_li("I enjoyed the tour.", greet="Hey Dean,"), "linkedin", {"interviewers": ["Dean Morris"]}),
    "11-given-justice": (
        _li("I enjoyed the tour.", greet="Hey Justice,"),
        "linkedin",
        {"interviewers": ["Justice Okafor"]},
    ),
    "11-given-hon": (_li("I enjoyed the tour.", greet="Hey Hon,"), "linkedin", {"interviewers": ["Hon Nguyen"]}),
    "11-head-of-product": (_li("Please thank the head of product for the demo."), "linkedin", {}),
    # finding 19: a voicemail opening "Hey Priya, it's Jordan ..."
    "19-voicemail": pytest.param(
        "Hey Priya, it's Jordan Reyes calling about the Data Analyst role. Thanks again for Tuesday; I'm still "
        "very keen. My number is 07700 900123. Thanks, bye.",
        "call",
        {},
        marks=pytest.mark.xfail(
            strict=True,
            reason="not a one-line fix: a tip covers every FL302 match on its line, and a voicemail is often "
            "one line, so a 'Hey Priya, it's ...' tip would also quiet 'gonna' or 'lol' later in it",
        ),
    ),
}

HEY_WARN = {
    "11-md-as-reader": (
        _li("It was generous of you as managing director to give me a full hour.", greet="Hey Charlotte,"),
        "email",
        {"interviewers": ["Charlotte Hughes"]},
    ),
    "11-justice-surname": (_li("Thank you.", greet="Hey Justice Reddy,"), "email", {"interviewers": ["Asha Reddy"]}),
    "11-dean-title": (_li("Thank you.", greet="Hey Dean Morris,"), "email", {"interviewers": ["Ruth Morris"]}),
}


@pytest.mark.parametrize(("text", "channel", "ctx"), list(HEY_TIP.values()), ids=list(HEY_TIP.keys()))
def test_hey_is_a_tip(linter: Linter, text: str, channel: str, ctx: dict) -> None:
    found = _findings(linter, text, "FL302", channel, **ctx)
    assert found and all(f.severity == Severity.INFO for f in found)


@pytest.mark.parametrize(("text", "channel", "ctx"), HEY_WARN.values(), ids=HEY_WARN.keys())
def test_hey_stays_a_warning(linter: Linter, text: str, channel: str, ctx: dict) -> None:
    assert _flagged(linter, text, "FL302", channel, **ctx)


# finding 11: plain English that the pun patterns took for jokes
PUN_GOOD = {
    "11-olive": (
        "Olive always made sure the candidates had water between the tasks.",
        {"interviewers": ["Priya Raman", "Olive Grant"]},
    ),
    "11-lettuce": ("I noticed the lettuce never lasted past day two in the walk-in.", {"role": "Sous Chef"}),
    "11-barn-owl": ("It was lovely to hear that the barn owl always returns to the reserve.", {"role": "Ranger"}),
    "11-walked-into-bar": (
        "When I walked into a bar as busy as yours, I knew I wanted the job.",
        {"role": "Bar Supervisor"},
    ),
    "11-what-call-anomaly": (
        "I've thought more about your question on what do you call an anomaly in a time series.",
        {},
    ),
    "11-owl-never": ("The owl never came out during the night walk, sadly.", {"role": "Ranger"}),
}

PUN_BAD = {
    "11-owl-be": ("Owl always be grateful for the chance!", {}),
    "11-riddle": ("What do you call an analyst who writes thank-you notes? Hired, I hope!", {}),
    "11-walks-into-bar": ("A data analyst walks into a bar and orders 1.2 drinks.", {}),
}


@pytest.mark.parametrize(("sentence", "ctx"), PUN_GOOD.values(), ids=PUN_GOOD.keys())
def test_plain_words_are_not_puns(linter: Linter, sentence: str, ctx: dict) -> None:
    assert not _flagged(linter, _t(sentence, greet="Dear Priya,"), "FL302", **ctx)


@pytest.mark.parametrize(("sentence", "ctx"), PUN_BAD.values(), ids=PUN_BAD.keys())
def test_puns_still_flagged(linter: Linter, sentence: str, ctx: dict) -> None:
    assert _flagged(linter, _t(sentence, greet="Dear Priya,"), "FL302", **ctx)

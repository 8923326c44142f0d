"""Second blind batch of round 10 (quiet10, 2026-12-05), written after the change to count what
generalises: new drafts in the kinds the first batch (tests/test_quiet_round10_blind.py) found
unheard, in other wordings, trades and Englishes, and look-alikes that must still be flagged.
Written before the linter was run on them.  After the first change 4 of 18 were misjudged (good or
rude-but-complete drafts flagged 4 of 12, short drafts missed 0 of 6): FL202 on plans judged under a
longer name ("The upcoming debate club for junior students sounds exciting", "The new outdoor
learning corner your team is planning sounds very promising"); FL205 on "i done 3 yrs of tableau so i
can do that easy"; FL203 on "wat's next??".  A second change heard those kinds (a wider bounded
window, "yrs", "wat's"/"whats"): 0 of 18 after it, so this batch is no longer unseen.
"""

from __future__ import annotations

import pytest
from test_quiet_round10_blind import Probe, fired, sc, ty

GOOD = [
    ty(
        "li-ie-ward-manager",
        "Hi Maeve, thanks a million for the chat yesterday about the ward manager post. The planned expansion "
        "of the day surgery unit sounds like a great challenge. I've managed a 20-bed surgical ward for three "
        "years and would love to help set it up. I'll keep an eye out for news on the next round. Orla",
        channel="linkedin",
    ),
    ty(
        "sg-airflow-deep-dive",
        "Subject: Thank you – Data Engineer interview (10 March)\n\nHi Wei Ming,\n\nThank you for the interview "
        "today. The Airflow migration deep dive was really useful, and I ran the same move at my last company, "
        "so the pain points you listed are familiar. Please let me know how you'd like to proceed.\n\nBest "
        "regards,\nFarhan",
        sent="2026-03-10",
    ),
    ty(
        "ng-debate-club",
        "Subject: Thank you – JSS 2 English teacher interview\n\nDear Mr Adebayo,\n\nThank you for the "
        "interview on Tuesday. The upcoming debate club for junior students sounds exciting. I coached the "
        "debate team at my previous school for two years, so I would be glad to support it.\n\nI look forward "
        "to hearing from you.\n\nYours faithfully,\nFunmi Ade",
    ),
    ty(
        "au-boilermaker-bays",
        "Subject: Thanks – boilermaker interview Tuesday\n\nHi Craig,\n\nThanks for showing me through the "
        "workshop Tuesday. Liked the new plasma cutter and the way you've set out the bays. Got 8 years on "
        "pressure vessels, so I'd settle in quick. What's the next step from here?\n\nCheers,\nDean",
    ),
    sc(
        "us-line-cook-where-things-are-at",
        "Subject: Line cook position – checking in\n\nHi Rosa,\n\nThanks again for the tryout on the 2nd. Just "
        "wondering where things are at with the line cook spot?\n\nBest,\nMarco",
    ),
    sc(
        "in-analyst-knw",
        "Subject: Status of my application – Data Analyst (interview 2 March)\n\nDear Sir,\n\nGreetings. I had "
        "appeared for the interview on 2nd March for the Data Analyst post. I wanted to knw if there is any "
        "update regarding the result. Thank you for your time.\n\nRegards,\nKarthik",
    ),
    ty(
        "call-pastry-fermentation",
        "Hi Chef Anton, it's Priya from the trial shift this morning. Thanks so much for having me. Loved the "
        "fermentation room you showed me out back. I've done five years on pastry, so I'd handle the dessert "
        "section no problem. Let me know what's next, my number's 0412 555 019. Thanks, bye.",
        sent="2026-03-10",
        channel="call",
    ),
    ty(
        "sg-primary-4-science",
        "Subject: Thank you – Primary 4 Science interview\n\nDear Mdm Lee,\n\nThank you for meeting me on "
        "Tuesday. The new outdoor learning corner your team is planning sounds very promising. I ran a similar "
        "garden-based science unit at my current school and would be happy to share what worked.\n\nMay I know "
        "when the school expects to decide?\n\nRegards,\nSiti",
    ),
]

RUDE_BUT_COMPLETE = [
    sc(
        "rude-electrician-straight-answer",
        "Subject: Electrician job – follow-up\n\nHi,\n\nTunde here. Thanks for the interview, but it's been "
        "three weeks. I'm asking for a straight answer on the electrician job by Friday.\n\nTunde",
        interview="2026-02-20",
    ),
    ty(
        "rude-tasting-menu",
        "Subject: Thanks for the interview – Sous Chef\n\nMarco,\n\nThanks for Saturday. The planned tasting "
        "menu sounds overpriced to be honest. I've run a pass for six years so I can handle your kitchen easy. "
        "Whats the next step.\n\nJess",
        interview="2026-03-07",
        sent="2026-03-08",
    ),
    ty(
        "rude-careless-dashboard-demo",
        "Subject: thanks for the interveiw – data analyst\n\nhi dana thanks 4 the interview. the dashboard "
        "redesign demo was cool, i done 3 yrs of tableau so i can do that easy. when will u decide",
    ),
    sc(
        "rude-li-wats-next",
        "hey kylie thx 4 the interview. wat's next?? been 2 wks",
        interview="2026-02-27",
        channel="linkedin",
    ),
]

SHORT = [
    ty(
        "short-process-smooth",
        "Subject: Thank you – Welder interview\n\nHi Craig,\n\nThanks for the interview Tuesday. The whole "
        "process was smooth and the team seemed great. I've got 8 years on pressure vessels, so I'd settle in "
        "quick. What's the next step?\n\nCheers,\nDean",
        expect=("FL202",),
    ),
    ty(
        "short-deep-dive-no-fit",
        "Subject: Thank you – Data Engineer interview\n\nHi Wei Ming,\n\nThank you for the interview today. The "
        "Airflow migration deep dive was really useful. Please let me know how you'd like to proceed.\n\nBest "
        "regards,\nFarhan",
        sent="2026-03-10",
        expect=("FL205",),
    ),
    sc(
        "short-around-whenever",
        "Subject: Line cook position – 2 March tryout\n\nHi Rosa,\n\nThanks again for the tryout on the 2nd. I "
        "know you're flat out, and I'm around whenever.\n\nBest,\nMarco",
        expect=("FL203",),
    ),
    ty(
        "short-where-youre-at-look-back",
        "Subject: Thank you – Data Analyst interview\n\nHi Tom,\n\nThanks for the chat today. It was good to "
        "hear where you're at with the council's sensor rollout. I built a similar IoT pipeline at Yarra "
        "Water.\n\nCheers,\nSam",
        sent="2026-03-10",
        expect=("FL203",),
    ),
    sc(
        "short-asked-before",
        "Subject: Welder position – following up\n\nHi Seamus,\n\nThanks for the interview on the 2nd. I asked "
        "about the timeline in my last email. Have a good week.\n\nCiarán",
        expect=("FL203",),
    ),
    ty(
        "short-new-office-lovely",
        "Subject: Thank you – Receptionist interview\n\nDear Mrs Hughes,\n\nThank you for the interview "
        "yesterday. The new office is lovely. I have five years on a busy front desk at a dental practice, "
        "which is close to what you need.\n\nI look forward to hearing from you.\n\nKind regards,\nBola",
        expect=("FL202",),
    ),
]

# probe keys the linter misjudges
XFAIL: set[str] = set()


def _params(probes: list[Probe]) -> list:
    return [pytest.param(p, id=p.key, marks=[pytest.mark.xfail(strict=True)] if p.key in XFAIL else []) for p in probes]


@pytest.mark.parametrize("probe", _params(GOOD + RUDE_BUT_COMPLETE))
def test_quiet(linter, probe: Probe) -> None:
    assert fired(linter, probe) == set()


@pytest.mark.parametrize("probe", _params(SHORT))
def test_short_flagged(linter, probe: Probe) -> None:
    got = fired(linter, probe)
    assert not [e for e in probe.expect if not set(e.split("|")) & got], got


# Third probe set (sentences in one frame, written after the second change, before running them):
# thanks and fit in other wordings.  2 of 26 misjudged (FL201 on "Much obliged for your time
# yesterday." and "I truly value the time you gave me yesterday."), 0 after a third change.
_THANKS_FRAME = (
    "Subject: Thank you – Staff Nurse interview\n\nDear Ms Cole,\n\n{s} I liked hearing about the ward's new "
    "discharge lounge. My four years on a busy medical ward fit what you described.\n\nCould you let me know "
    "the next steps?\n\nKind regards,\nAda Obi"
)
_FIT_FRAME = (
    "Subject: Thank you – Welder interview\n\nHi Craig,\n\nThanks for the interview yesterday. I liked seeing "
    "the new robotic cell on line 2. {s}\n\nWhen do you expect to decide?\n\nCheers,\nDean"
)
THANKS = [
    "Cheers for the interview yesterday.",
    "Ta very much for seeing me yesterday.",
    "Much obliged for your time yesterday.",
    "I am thankful for the opportunity to interview yesterday.",
    "Many thanks for yesterday's interview.",
    "It was kind of you to see me yesterday, and I'm grateful.",
    "Thanking you for the interview granted to me yesterday.",
    "I truly value the time you gave me yesterday.",
    "Thank you kindly for yesterday.",
    "Big thanks for making time for me yesterday.",
    "I wish to express my gratitude for yesterday's interview.",
    "Thank u for the interview yesterday.",
    "My sincere appreciation for the interview yesterday.",
    "Grateful for your time yesterday.",
]
FITS = [
    "I've been welding structural steel since 2015, which lines up with your bridge work.",
    "Structural MIG is my bread and butter.",
    "Pressure vessel work is what I do day in, day out.",
    "I'm a coded welder with a clean safety record.",
    "Ten years on the tools means I won't need much hand-holding.",
    "I've got my tickets for 6G and I'm used to site work.",
    "My apprenticeship at Harland was all heavy fabrication.",
    "I was a fitter-welder at a shipyard for six years.",
    "I've done robotic cell programming at my last shop.",
    "My background is in structural fabrication, same as yours.",
]
# courtesies that thank for nothing: FL201 must still speak
NOT_THANKS = ["I value your time, so I'll keep this short.", "I feel obliged to write again."]


def _frame(frame: str, sentence: str) -> Probe:
    return ty(sentence[:40], frame.format(s=sentence))


@pytest.mark.parametrize(
    "probe", [_frame(_THANKS_FRAME, s) for s in THANKS] + [_frame(_FIT_FRAME, s) for s in FITS], ids=lambda p: p.key
)
def test_thanks_and_fit_heard(linter, probe: Probe) -> None:
    assert fired(linter, probe) == set()


@pytest.mark.parametrize("sentence", NOT_THANKS)
def test_courtesy_is_no_thanks(linter, sentence: str) -> None:
    text = (
        f"Subject: Welder position – following up\n\nHi Craig,\n\n{sentence} Is there any news on the welder "
        "job?\n\nCheers,\nDean"
    )
    assert "FL201" in fired(linter, sc("courtesy", text))

"""Round 14 review fixes (fix14next), findings 12 (FL204) and 13 (FL203) of the reviewer's report.

Written before any change: the reviewer's repros, and look-alikes of our own in other wordings
(grepped against tests/ outside the held-out split).

FL204 (G-INTEREST): round 14 read interest said in the past and given up in the same sentence ("I
was keen on it, but I've since accepted another offer"); it also undid interest that was kept
("... but would be equally happy to be considered for another role", "... but signed the NDA
first").  KEPT must stay quiet, GIVEN_UP must warn.

FL203 (G-NEXT-STEPS): round 14's clause reading heard two look backs as look aheads (a clause of past
time with an adverb, "When the recruiter first contacted me"; a memory in the future, "I'll always
remember the call"), and still missed some plain look aheads.  LOOK_BACK must warn, LOOK_AHEAD must
stay quiet.  "I'd be delighted to continue the conversation." is kept in LOOK_BACK: the reviewer
listed it as a look ahead, but LABELLING.md (G-NEXT-STEPS) says "continue the conversation" alone
does not count.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

CTX = {
    "company": "Harbor Analytics",
    "role": "Data Analyst",
    "interviewers": ["Priya Raman"],
    "sender_name": "Jordan Reyes",
}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _fires(linter: Linter, code: str, text: str, purpose: str = "thank-you", channel: str = "email") -> bool:
    report = linter.lint(text, purpose=purpose, channel=channel, context=CTX)
    return any(f.code == code for f in report.findings)


def _interest(line: str) -> str:
    """A thank-you whose only statement of interest is ``line`` (the reviewer's FL204 carrier)."""
    return (
        "Subject: Thank you - Data Analyst interview\n\nHi Priya,\n\nThank you for meeting with me on Tuesday to "
        "discuss the Data Analyst role at Harbor Analytics. I enjoyed hearing about the churn dashboard. "
        f"{line} I look forward to hearing about next steps.\n\nBest regards,\nJordan Reyes"
    )


def _ahead(line: str) -> str:
    """A thank-you whose only possible look ahead is ``line`` (the reviewer's T without its closing next steps)."""
    return (
        "Subject: Thank you - Data Analyst interview\n\nHi Priya,\n\nThank you for meeting with me on Tuesday to "
        "discuss the Data Analyst role at Harbor Analytics. I enjoyed hearing about the churn dashboard project. "
        f"{line}\n\nI remain very interested in the role.\n\nBest regards,\nJordan Reyes"
    )


def _vm(line: str) -> str:
    return (
        "Hi Priya, it's Jordan Reyes calling about the Data Analyst role. I wanted to say thank you for Tuesday, "
        f"I'm still really keen. {line} My number is 07700 900123. Thanks, bye."
    )


KEPT = [
    # the reviewer's
    (
        "kept-other-role-too",
        _interest(
            "I was very keen on the analyst post, but would be equally happy to be considered for another role in the team."
        ),
    ),
    ("kept-signed-nda", _interest("I was excited to see the roadmap, but signed the NDA first, as you asked.")),
    # ours: interest kept, with a word of taking, signing or "no longer" that gives nothing up
    (
        "kept-took-days",
        _interest("I was really keen on the role, but I took a few days to write because I was travelling."),
    ),
    (
        "kept-no-longer-nervous",
        _interest(
            "I was enthusiastic about the job from the first call, but no longer nervous about the SQL test after our chat."
        ),
    ),
    (
        "kept-taken-point",
        _interest(
            "I was eager to join the analytics team, but I've taken your point about the certification and booked the exam."
        ),
    ),
    (
        "kept-just-as-glad",
        _interest(
            "I was thrilled by the analyst role, but would be just as glad to be considered for another opening in the team."
        ),
    ),
]

GIVEN_UP = [
    # ours: interest given up for a job taken or signed elsewhere, withdrawn or no longer wanted
    (
        "gone-taken-elsewhere",
        _interest("I was interested in the post, but I've taken a role at another consultancy since we spoke."),
    ),
    ("gone-signed-contract", _interest("I was keen on the analyst job, but I have signed a contract elsewhere.")),
    (
        "gone-no-longer-available",
        _interest("I was excited about it, but I'm no longer available, having started a new job."),
    ),
    ("gone-withdrawing", _interest("I was really eager at first, but I'm withdrawing my application.")),
]

LOOK_BACK = [
    # the reviewer's two regressions
    (
        "back-first-contacted",
        _ahead("When the recruiter first contacted me in June, I wasn't sure what the role involved."),
    ),
    ("back-always-remember", _ahead("I'll always remember the call from your recruiter inviting me in.")),
    # ours: a clause of past time with an adverb or a longer subject; a memory or a look back in the future
    ("back-eventually-phoned", _ahead("When the hiring manager eventually phoned me back, the call lasted an hour.")),
    (
        "back-originally-called",
        _ahead("When your talent partner originally called me, I knew little about churn models."),
    ),
    (
        "back-look-back-on-news",
        _ahead("I'll always look back on the news that I'd been shortlisted as a turning point."),
    ),
    ("back-treasure-reply", _ahead("I will treasure the kind reply you sent after my first application.")),
    # LABELLING.md: continuing the conversation alone does not count
    ("back-continue-conversation", _ahead("I'd be delighted to continue the conversation.")),
    # ours: a wish that is no look ahead to the process
    ("back-hear-thoughts", _ahead("It would be great to hear your thoughts on the dashboard mock-up.")),
    ("back-coffee-whenever", _ahead("I'd love to come back in for a coffee with the team whenever suits.")),
]

LOOK_AHEAD = [
    # the reviewer's
    ("ahead-from-here", _ahead("Let me know what happens from here.")),
    ("ahead-back-in-practical", _ahead("I'm ready whenever you'd like me back in for the practical.")),
    ("ahead-vm-where-at", _vm("Would be great to hear where things are at.")),
    # ours
    ("ahead-where-go-from-here", _ahead("Do tell me where things go from here.")),
    ("ahead-lovely-to-hear", _ahead("It'd be nice to hear how you're getting on with the hiring.")),
    ("ahead-trial-shift", _ahead("I can come back in for a trial day on the dashboards any time that suits.")),
    ("ahead-love-to-know", _ahead("I'd love to know where things stand once the panel has met.")),
]

# A confirmation batch written after the first fix and run against it: 2 of 3 FL204 probes and 1 of 3
# FL203 probes misjudged (an employer not on the list, "said yes to a charity", "started at a
# start-up"; a wish to hear how the reader's own plans go heard as a look ahead); 0 after the widening
# and narrowing that followed.
GIVEN_UP += [
    ("gone-said-yes-charity", _interest("I was keen on the post, but I've said yes to a charity that offered first.")),
    (
        "gone-started-startup",
        _interest("I was thrilled about the role, but I've since started at a logistics start-up."),
    ),
]
KEPT += [
    (
        "kept-yes-to-coffee",
        _interest("I was excited about the team, but I said yes to a second coffee and missed my train."),
    ),
]
LOOK_BACK += [
    ("back-hear-more-one-day", _ahead("It would be lovely to hear more about the forecasting work one day.")),
    ("back-half-marathon", _ahead("I'd love to hear how your half marathon goes.")),
]
LOOK_AHEAD += [
    ("ahead-good-to-know-round", _ahead("Would be good to know if the second round is still on.")),
]

# misjudged as first run (before any change): 5 of 6 kept interests flagged, 0 of 4 given-up
# interests missed; 7 of 9 look backs missed, 4 of 7 look aheads flagged ("kept-other-role-too",
# "kept-signed-nda", "kept-took-days", "kept-no-longer-nervous", "kept-taken-point",
# "back-first-contacted", "back-always-remember", "back-eventually-phoned", "back-originally-called",
# "back-look-back-on-news", "back-treasure-reply", "back-coffee-whenever", "ahead-from-here",
# "ahead-back-in-practical", "ahead-vm-where-at", "ahead-lovely-to-hear").  After: 2 left, each with
# its reason below.
MISJUDGED: dict[str, str] = {
    # Not round 14's given-up reading (round 13's base warns too): round 13's batch B sets excitement at
    # something seen aside as enjoyment of the visit ("I was thrilled to see the old Singer machines"),
    # and LABELLING.md does not count enjoyment as interest, so the warning stands on that reading.
    "kept-signed-nda": "excitement to see something is enjoyment, not interest (round 13 batch B)",
    # Older listed wordings, not the clause reading: "come back in for" and "whenever suits" count
    # whatever the visit is for; left for a later round (outside findings 12 and 13).
    "back-coffee-whenever": "listed wordings 'come (back) in for' and 'whenever suits' count a social visit",
}


def _cases(cases: list[tuple[str, str]]) -> list:
    return [
        pytest.param(
            slug,
            text,
            id=slug,
            marks=[pytest.mark.xfail(strict=True, reason=MISJUDGED[slug])] if slug in MISJUDGED else [],
        )
        for slug, text in cases
    ]


@pytest.mark.parametrize(("slug", "text"), _cases(KEPT))
def test_kept_interest_is_heard(linter: Linter, slug: str, text: str) -> None:
    assert not _fires(linter, "FL204", text), slug


@pytest.mark.parametrize(("slug", "text"), _cases(GIVEN_UP))
def test_given_up_interest_warns(linter: Linter, slug: str, text: str) -> None:
    assert _fires(linter, "FL204", text), slug


@pytest.mark.parametrize(("slug", "text"), _cases(LOOK_BACK))
def test_look_back_warns(linter: Linter, slug: str, text: str) -> None:
    assert _fires(linter, "FL203", text), slug


@pytest.mark.parametrize(("slug", "text"), _cases(LOOK_AHEAD))
def test_look_ahead_is_heard(linter: Linter, slug: str, text: str) -> None:
    channel = "call" if slug.startswith("ahead-vm") else "email"
    assert not _fires(linter, "FL203", text, channel=channel), slug


# Growth: the new wordings of both rules cost time linear in the input (as tests/check_timing.py
# measures: CPU time, 1x/10x/100x of a unit; a ratio, never a time).  Each unit holds near-misses that
# leave its rule unsatisfied, so every sentence is read.
GROWTH_UNITS = {
    ("FL203", "apart"): "When the big red bus finally stopped, fine. It would be great to have cake. I'd love to know "
    "more. Where things went is odd. Back in for the bread run. I'll always remember cake. ",
    ("FL203", "one sentence"): "and when the big red bus finally stopped and would be great to have and where things "
    "went and back in for the and I'll always remember and what goes and ",
    ("FL204", "one sentence"): "and was keen and but I took the bus and was eager but signed the form and no longer "
    "nervous and said yes to and signed with the council and ",
}


def _growth_input(linter: Linter, unit: str, copies: int):
    from check_timing import prepared_input

    from followup_lint.context import Context

    return prepared_input(
        linter, unit * copies, purpose="thank-you", context=Context(company="Initech", role="Data Analyst")
    )


@pytest.mark.parametrize(("code", "shape"), sorted(GROWTH_UNITS))
def test_new_wordings_grow_linearly(linter: Linter, code: str, shape: str) -> None:
    from check_timing import assert_grows_linearly

    unit = GROWTH_UNITS[(code, shape)]
    assert_grows_linearly(linter, code, lambda n: _growth_input(linter, unit, 2 * n), f"{code} {shape}")


@pytest.mark.parametrize(("code", "shape"), sorted(GROWTH_UNITS))
def test_growth_units_are_still_judged(linter: Linter, code: str, shape: str) -> None:
    text = f"Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\n{GROWTH_UNITS[(code, shape)] * 3}\n\nBest,\nLee"
    report = linter.lint(text, purpose="thank-you", context={"company": "Initech", "role": "Data Analyst"})
    assert code in {f.code for f in report.findings}

"""FL211 (a status check or rejection reply naming nothing particular): the interview recalled in words its
particulars did not know (round 14, 2026-12-05).

Found on an unseen dev draft of corpus batch 26, a good LinkedIn rejection reply that recalls "meeting the
creative team and hearing about the spring rebrand" and asks for feedback on "my portfolio review", flagged as a
form note.  The kinds: more tasks of an interview ("the site visit", "the portfolio review", "the sample
lesson", "the technical assessment"), what the reader told about, named ("hearing about the accessibility
audit"), and a team named by what it does ("meeting the research team").  Look-alikes that stay form notes:
"hearing about the role", "learning about the company", "meeting the team", "the hiring team", "the wider
team".

Blind batch A (a1-a16, written before the change): 2 of 16 misjudged before (both good notes flagged), 0 after.
Confirmation batch B (b1-b12, written after the change and run once): 0 of 12 misjudged as written (3 before the
change).  Dev: FL211 fires on 5 drafts, all bad and labelled G-PERSONAL; before, also on the good draft above.
The round's review found the first version too loose (r1-r10: any word after "hearing about the", before "team"
or before "review" counted); a word of praise, size, order or of any employer's note no longer counts, and what
the reader told about needs two words of its own.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context

R, S = "rejection-reply", "status-check"
_CTX_A = {
    "company": "Alder & Finch",
    "role": "Content Designer",
    "interviewers": ["Maya Lund"],
    "interview_date": "2026-10-01",
    "sent_at": "2026-10-20",
}
_CTX_B = {
    "company": "Brightwater Care",
    "role": "Activities Coordinator",
    "interviewers": ["Joy Mensah"],
    "interview_date": "2026-09-01",
    "sent_at": "2026-09-19",
}

# (id, purpose, flagged?, line)
CASES = [
    (
        "a1",
        R,
        False,
        "Thank you for letting me know. I enjoyed meeting the research team and hearing about the accessibility audit. I'd welcome any feedback.",
    ),
    (
        "a2",
        R,
        False,
        "Thanks for telling me. Learning about the new booking flow was a highlight, and I'd be glad of any pointers on my case study.",
    ),
    (
        "a3",
        R,
        False,
        "Thank you for the update. I really valued the portfolio review with you and Sam. If anything changes, I'd love to be considered.",
    ),
    (
        "a4",
        S,
        False,
        "I hope you are well. I'm checking in on the Content Designer process; I'm still thinking about the onboarding redesign you walked me through. Any update?",
    ),
    (
        "a5",
        S,
        False,
        "Hello again. I wanted to follow up after the site visit last week. Is there any news on the decision?",
    ),
    (
        "a6",
        R,
        False,
        "Thank you for letting me know. I enjoyed the writing challenge and talking about how your help centre is organised. Best of luck with the launch.",
    ),
    (
        "a7",
        S,
        False,
        "Just following up on my interview. Hearing about the plans for the Glasgow studio has stayed with me, and I remain very interested. Any update?",
    ),
    (
        "a8",
        R,
        False,
        "Thanks for the call. Meeting the localisation team was a real pleasure, and I'd value any feedback you can share.",
    ),
    (
        "a9",
        S,
        False,
        "I hope the week is going well. After the technical assessment and our chat, I'm keen to hear how things stand. Could you share an update?",
    ),
    (
        "a10",
        R,
        False,
        "Thank you for your email. I'm disappointed but grateful for the sample lesson slot and the kind words from your deputy head. All the best.",
    ),
    (
        "a11",
        R,
        True,
        "Thank you for letting me know. I enjoyed hearing about the role and meeting the team. I'd welcome any feedback, and wish you all the best.",
    ),
    (
        "a12",
        S,
        True,
        "I hope you are well. I'm just checking in regarding my recent interview. I remain very interested in the position and would appreciate any update.",
    ),
    (
        "a13",
        R,
        True,
        "Thanks for letting me know your decision. It was great learning about the company. Please keep me in mind for future opportunities.",
    ),
    ("a14", S, True, "Following up on my application. I enjoyed meeting the hiring team and remain keen. Any news?"),
    (
        "a15",
        R,
        True,
        "Thank you for your consideration. I enjoyed hearing about the opportunity and wish you every success.",
    ),
    (
        "a16",
        S,
        True,
        "Just circling back on the position. I enjoyed meeting the wider team and am still interested. Any update would be great.",
    ),
    (
        "b1",
        S,
        False,
        "I hope you're well. I'm following up on my application; I keep thinking about the residents' garden project you described. Is there any news?",
    ),
    (
        "b2",
        R,
        False,
        "Thank you for letting me know. The home visit and talking about the memory café made the day for me. I'd welcome any feedback.",
    ),
    (
        "b3",
        S,
        False,
        "Just checking in. I enjoyed the mock activity session and meeting the lifestyle team, and I'm still very keen. Any update?",
    ),
    (
        "b4",
        R,
        False,
        "Thanks for your message. Hearing about the intergenerational programme with the primary school was inspiring. Best wishes to you all.",
    ),
    (
        "b5",
        R,
        False,
        "Thank you for the decision. I valued the role-play review afterwards and the tips on pacing. Please keep me in mind for future roles.",
    ),
    (
        "b6",
        S,
        False,
        "Hello again. After the practical assessment on the 2nd floor lounge, I wondered whether the panel had decided. Could you let me know?",
    ),
    (
        "b7",
        R,
        False,
        "Thanks for letting me know. Learning about the music therapy pilot was a joy. I'd love any pointers for next time.",
    ),
    (
        "b8",
        S,
        True,
        "I hope you are well. I'm following up on my recent interview and remain keen on the role. Any news?",
    ),
    (
        "b9",
        R,
        True,
        "Thank you for letting me know. It was a pleasure learning about the organisation and meeting the team. I wish you every success.",
    ),
    (
        "b10",
        S,
        True,
        "Just checking in about the position. I enjoyed hearing about the job and am still interested. Any update?",
    ),
    (
        "b11",
        R,
        True,
        "Thanks for letting me know your decision. I enjoyed talking about the role and would welcome any feedback.",
    ),
    (
        "b12",
        S,
        True,
        "Following up regarding my interview. It was lovely meeting the whole team. Please let me know if there is any update.",
    ),
]


# The review of round 14: the first version let any word after "hearing about the" or before "review" count as
# particular ("the exciting plans ahead", "the thorough review"); the rule's own form reply with one such line.
_FORM = (
    "Subject: Re: Your application\n\nDear Ms. Raman,\n\nThank you for letting me know. I am disappointed, but I "
    "appreciate your consideration and would welcome any feedback you can share. {line}\n\nBest regards,\nOwen Whitaker"
)
REVIEW = [
    ("r1", True, "I enjoyed hearing about the exciting plans ahead."),
    ("r2", True, "I enjoyed hearing about the various projects."),
    ("r3", True, "I enjoyed learning about your amazing work."),
    ("r4", True, "It was lovely meeting the friendly team."),
    ("r5", True, "I appreciated the thorough review."),
    ("r6", True, "I valued the overall assessment."),
    ("r7", True, "I enjoyed the whole visit."),
    ("r8", True, "I enjoyed hearing about the day-to-day."),
    ("r9", True, "I enjoyed hearing about the team's plans for next year."),
    ("r10", True, "It was great learning about the company culture and values."),
    ("r11", False, "I enjoyed hearing about the spring rebrand."),
    ("r12", False, "I enjoyed the site visit to the solar farm."),
    ("r13", False, "It was lovely meeting the outreach team."),
    ("r14", False, "I enjoyed learning about the new member survey."),
]


@pytest.mark.parametrize(("name", "flagged", "line"), [pytest.param(*c, id=c[0]) for c in REVIEW])
def test_fl211_review(linter: Linter, name: str, flagged: bool, line: str) -> None:
    context = {"company": "Sunward Energy Co-op", "role": "Member Outreach Coordinator"}
    report = linter.lint(_FORM.format(line=line), context=context, purpose=R)
    found = [f.message for f in report.findings if f.code == "FL211"]
    assert bool(found) == flagged, found


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(("name", "purpose", "flagged", "line"), [pytest.param(*c, id=c[0]) for c in CASES])
def test_fl211(linter: Linter, name: str, purpose: str, flagged: bool, line: str) -> None:
    subject = "Subject: Re: your application\n\n" if purpose == R else "Subject: Checking in\n\n"
    if name.startswith("a"):
        text, context = f"{subject}Dear Maya,\n\n{line}\n\nKind regards,\nRui Costa", _CTX_A
    else:
        text, context = f"{subject}Dear Joy,\n\n{line}\n\nWarm regards,\nAna Silva", _CTX_B
    found = [f.message for f in linter.lint(text, context=context, purpose=purpose).findings if f.code == "FL211"]
    assert bool(found) == flagged, found


UNIT = (
    "hearing about the role and hearing about the new learning about your meeting the hiring team meeting the "
    "research the site of the portfolio the sample and the talking of the checking in any news "
)


def test_new_particulars_grow_linearly(linter: Linter) -> None:
    context = Context(company="Alder & Finch", role="Content Designer")
    assert_grows_linearly(
        linter,
        "FL211",
        lambda n: prepared_input(linter, UNIT * (2 * n), purpose=S, context=context),
        "FL211 near particulars",
    )

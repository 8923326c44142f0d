"""Purpose inference: "turned down" said of the writer's own refusals, and disappointment at the silence, are no
verdict (round 14, 2026-12-05).

Found on an unseen dev draft of corpus batch 26: a status check that chases a third time and says "I turned down
two other interviews to keep my schedule open for you" and "it's disappointing to be left hanging" was read as
a rejection reply (first from "turned down", then from "it's disappointing"), so the timing rules never ran on
it.  The kinds: the writer (or anyone) turning something down ("I've turned down another offer", "Having turned
down a counter-offer", "She turned down the heating"), and disappointment at being left waiting ("disappointed
not to hear anything", "disappointing to be kept in the dark").  Look-alikes that stay rejection replies: being
turned down ("I was turned down", "you turned me down", "turned down my application"), disappointment at the
news ("disappointed to learn the role went to another candidate", "disappointed not to have been offered").

Blind batch A (a1-a14 and b1-b9, written before the change): 12 of 23 misjudged before, 0 after.  Confirmation
batch B (c1-c12, written after the change and run once): 1 of 12 misjudged as written (c7, "She turned down the
heating"; a bare "turned down" now needs no thing after it), 0 after; 7 of 12 before the change.  Dev: 10 of
1,034 dev purposes wrong before, 9 after (no other dev draft changed).  The round's review found "My manager turned
down my request to ..." read as a rejection (r1-r2): a request is no longer among the things turned down that
name a verdict.
"""

from __future__ import annotations

import pytest
from check_timing import assert_purpose_grows_linearly

from followup_lint import Linter
from followup_lint.context import Context

R, S = "rejection-reply", "status-check"

_CTX = {
    "company": "Harbourline Group",
    "role": "Site Supervisor",
    "interviewers": ["Dana Cole"],
    "interview_date": "2026-11-02",
    "sent_at": "2026-11-20",
}
_CTX_B = {
    "company": "Kestrel Dairy",
    "role": "Shift Engineer",
    "interviewers": ["Priya Shah"],
    "interview_date": "2026-10-05",
    "sent_at": "2026-10-26",
}


def _chase(line: str, greet: str = "Hi Dana", sign: str = "Thanks,\nSam Reid") -> str:
    return f"Subject: Site Supervisor - following up\n\n{greet},\n\n{line}\n\n{sign}"


def _reply(line: str, greet: str = "Hi Dana", sign: str = "Best,\nSam Reid") -> str:
    return f"{greet},\n\n{line}\n\n{sign}"


TURNED = [
    (
        "a1",
        S,
        "I turned down a contract in Leeds to stay available for this role, so I wanted to ask where things stand.",
    ),
    (
        "a2",
        S,
        "I've turned down two other interviews this week because this is the job I want. Is there any news on timing?",
    ),
    (
        "a3",
        S,
        "Since we spoke I have turned down another offer, as Harbourline is my first choice. Could you tell me when a decision is expected?",
    ),
    (
        "a4",
        S,
        "I had to turn down a shift to make the call, and it was worth it. Do you have an update on the next stage?",
    ),
    (
        "a5",
        S,
        "We turned down the volume on the site radio during our walk, which I appreciated. Is there any word on the decision?",
    ),
    ("a6", S, "I already turned down the agency's other suggestions. When might I hear about the second interview?"),
    ("a7", S, "Having turned down a relocation package last month, I'm keen to know whether the panel has decided."),
    (
        "a8",
        S,
        "My current manager asked me to stay and I turned down the counter-offer. Any update on your side would help me plan.",
    ),
    (
        "a9",
        R,
        "Thank you for letting me know. I'm sorry to have been turned down, but I learned a lot from the process.",
    ),
    ("a10", R, "I was turned down for the role yesterday and wanted to thank you for your time all the same."),
    ("a11", R, "Although you turned me down this time, I'd be glad to be considered for future openings."),
    ("a12", R, "Being turned down stings, but I appreciate the honest call."),
    ("a13", R, "I understand the panel turned down my application. Could you share any feedback?"),
    ("a14", R, "Thanks for the call. Getting turned down after three rounds is hard, but I respect the decision."),
]
DISAPPOINTED = [
    ("b1", S, "It's disappointing to be left waiting this long without a word. Could you tell me where things stand?"),
    ("b2", S, "I was disappointed not to hear anything after the date you gave me. Is there an update?"),
    ("b3", S, "It is disappointing to still be waiting three weeks on. When do you expect a decision?"),
    ("b4", S, "Honestly it's disappointing to be kept in the dark. Has the panel met yet?"),
    ("b5", S, "I'm disappointed to have heard nothing since our call. Is the role still open?"),
    ("b6", R, "It's disappointing to hear I wasn't selected, but thank you for letting me know."),
    ("b7", R, "I was disappointed to learn the role went to another candidate. Could you share any feedback?"),
    ("b8", R, "That's disappointing news, but I appreciate the call."),
    ("b9", R, "It is disappointing not to have been chosen after three rounds, though I respect the decision."),
]
CONFIRM = [
    (
        "c1",
        S,
        "To keep my diary free for your start date I turned down a temp booking. Would you be able to share a rough timeline?",
    ),
    (
        "c2",
        S,
        "I have since turned down an approach from another dairy because Kestrel is where I want to be. Has the panel reached a view?",
    ),
    (
        "c3",
        S,
        "We turned down the chance to visit the bottling hall on the day, and I'd love to see it if I progress. Any news?",
    ),
    (
        "c4",
        S,
        "It was disappointing to be left without an answer after the date mentioned, so I thought I'd check in. Is there any news?",
    ),
    ("c5", S, "I'm a little disappointed to keep waiting, but I understand these things take time. When might I hear?"),
    (
        "c6",
        S,
        "I confess I was disappointed not to get a reply to my last note. Is the shift engineer post still open?",
    ),
    (
        "c7",
        S,
        "She turned down the heating in the meeting room for us, which was kind. I'm writing to ask whether a decision has been made.",
    ),
    (
        "c8",
        R,
        "Thanks for the call today. Being turned down at the last stage is tough, but I'm grateful for the chance.",
    ),
    ("c9", R, "I got turned down for the post this morning, and I wanted to thank the panel for a fair interview."),
    (
        "c10",
        R,
        "It was disappointing to read that the panel chose another engineer, but I appreciate you telling me quickly.",
    ),
    ("c11", R, "I'm disappointed not to have been offered the role, though the feedback you gave is very useful."),
    ("c12", R, "You turned me down kindly and clearly, and I'd welcome a chance to apply again next year."),
]
# The review of round 14: a request of one's own turned down by someone else is no verdict.
REVIEW = [
    (
        "r1",
        S,
        "My manager turned down my request to move the second interview, so could we find a slot after 5pm? Is there any news on timing?",
    ),
    (
        "r2",
        S,
        "The landlord turned down my request for an earlier move, so a start in March suits me best. Is there any news on the decision?",
    ),
]


def _text(name: str, expected: str, line: str) -> tuple[str, dict[str, object]]:
    if name.startswith("c"):
        shape = _chase if expected == S else _reply
        return shape(line, greet="Dear Priya", sign="Kind regards,\nTom Ashby").replace(
            "Site Supervisor - following up", "Shift Engineer application"
        ), _CTX_B
    return (_chase if expected == S else _reply)(line), _CTX


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("name", "expected", "line"), [pytest.param(*c, id=c[0]) for c in TURNED + DISAPPOINTED + CONFIRM]
)
def test_purpose(linter: Linter, name: str, expected: str, line: str) -> None:
    text, context = _text(name, expected, line)
    report = linter.lint(text, context=context)
    assert report.purpose == expected, report.inferred.get("purpose")


UNIT = (
    "I turned down I've turned down having turned down she turned down the heating, it's disappointing to be left "
    "it is disappointing not to hear, disappointed to keep waiting, turned down turned me down was turned down "
)


def test_changed_cues_grow_linearly() -> None:
    """Near misses of the changed cues, repeated 1x, 10x, 100x: time grows with the input, a ratio, never a time."""
    assert_purpose_grows_linearly(
        lambda n: f"Hi Dana,\n\n{UNIT * (2 * n)}\n\nSam", Context(interview_date="2026-11-02", sent_at="2026-11-20")
    )

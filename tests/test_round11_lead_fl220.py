"""Round 11 (lead): FL220 and a reply, long after a rejection, that asks the reader to judge the
writer's progress on what the feedback named ("whether I have closed the gap").  Written before the
change; the replies that ask must quiet FL220, the look-alikes that only report progress or ask
something else must not.

Misjudged before the change: see XF marks; counted in the commit message.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _reply(line: str) -> str:
    return (
        "Subject: Your feedback in March – Junior Surveyor\n\nDear Mr Okafor,\n\nWhen you let me know in March that "
        "the surveyor post had gone to another candidate, you took the time to explain that my site "
        "reports were too thin. Since then I have written up every job for a local builder and finished "
        f"a report-writing course. {line}\n\nWith thanks,\nDana Whitlock"
    )


ASKS = [
    "Should you have a spare moment, I would value your view on whether those reports now read better.",
    "If you ever have five minutes, I'd be glad of your opinion as to whether I've narrowed that gap.",
    "Would you be willing to tell me whether you think I have now bridged it?",
    "I would welcome your honest sense of whether I am closer to what the team needs.",
    "If it's not too much to ask, your thoughts on whether the attached sample is now up to standard would mean a lot.",
    "Could you let me know whether the gap you pointed out still shows in my sample?",
]

NOT_ASKS = [
    "I think I have closed the gap, and I hope to apply again in the spring.",
    "Whether or not a post comes up, thank you for being so straight with me.",
    "I would welcome the chance to apply again whether or not the team is hiring soon.",
    "I am not sure whether you keep CVs on file, so I have attached mine again.",
    "I hope the new office has settled in, whether or not you have moved yet.",
    "Do let me know whether the team is hiring surveyors this year.",
]


def _fl220(linter: Linter, text: str) -> bool:
    report = linter.lint(text, purpose="rejection-reply")
    return any(f.code == "FL220" and f.severity.value in ("warning", "error") for f in report.findings)


@pytest.mark.parametrize("line", ASKS)
def test_a_request_to_judge_progress_on_the_gap_is_a_request_for_feedback(linter: Linter, line: str) -> None:
    assert not _fl220(linter, _reply(line))


@pytest.mark.parametrize("line", NOT_ASKS)
def test_progress_reported_or_another_question_is_no_request_for_feedback(linter: Linter, line: str) -> None:
    assert _fl220(linter, _reply(line))

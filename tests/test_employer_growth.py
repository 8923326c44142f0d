"""Growth: the wrong-employer and wrong-role checks (FL208, FL209) cost time linear in the input.

Each frame that names an employer ("join X", "the role at X") once cost a scan of the whole draft
(is X a place the note travels to?) and a scan back to the start of its sentence (is this my own
past job?), so a draft of thousands of frames took minutes: 80 kB of "I had hoped to join ..." ran
42 seconds.  Measured as tests/test_tone_growth.py measures: CPU time, the best of several runs,
1x/10x/100x of a unit; a linear check grows about 10x a step, a quadratic one about 100x; the
test fails above 40x, a ratio, never a time.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.checks import CheckInput
from followup_lint.context import Context

UNITS = {
    # one sentence of many frames, each naming another employer, no clause break between them
    "frames in one sentence": "I'd hoped for good news I had hoped to join Acme{n} or the role at Globex{n} ",
    # many sentences, each a frame with a new name that the draft also travels from
    "places": "The drive from Harlow{n} was fine. I would love to join Harlow{n}. ",
    "same name": "I would love to join Initrode and work with Initrode, ",
    # round 9 frames: strengths brought to a firm, an addition to it, joining it as a title, "as a
    # graduate" naming the role or not
    "round 9 frames": "to bring my data skills to Acme{n} as an addition to Globex{n} to join Hooli as a Lead "
    "Analyst or join Initech as a graduate analyst ",
    # round 10 frames: "the X team", the hiring team, a title with no article, a title in lower case,
    # a name tied to the employer by an apposition, a run of capitalised words with no role after it
    "round 10 frames": "to the whole Globex Labs{n} team and the Hooli hiring panel, Data Analyst role at Acme{n} "
    "the senior buyer role and I'd make a good practice manager for your team, Ledgerly{n}, your app, "
    "Aa Bb Cc Dd Ee Ff Gg ",
}


def _input(linter: Linter, unit: str, copies: int) -> CheckInput:
    body = "".join(unit.format(n=i) for i in range(copies))
    return prepared_input(linter, body, context=Context(company="Initech", role="Data Analyst"))


@pytest.mark.parametrize("shape", sorted(UNITS))
@pytest.mark.parametrize("code", ["FL208", "FL209"])
def test_employer_checks_grow_linearly(linter: Linter, shape: str, code: str) -> None:
    assert_grows_linearly(linter, code, lambda n: _input(linter, UNITS[shape], 3 * n), shape)


def test_the_frames_are_still_judged(linter: Linter) -> None:
    """The timed work is real: the other employers are found, and a place the note travels from is not one."""
    text = "Subject: Thank you\n\nHi Ana,\n\nThe drive from Harlow was fine. I would love to join Globex.\n\nBest,\nLee"
    report = linter.lint(text, purpose="thank-you", context={"company": "Initech"})
    named = [text[f.start : f.end] for f in report.findings if f.code == "FL208"]
    assert named == ["Globex"]
    text = text.replace("join Globex", "join Harlow")
    report = linter.lint(text, purpose="thank-you", context={"company": "Initech"})
    assert not [f for f in report.findings if f.code == "FL208"]

"""Growth: the round-9 patterns of FL106 (subject), FL130 (greeting), FL143 (sign-off) and FL142 (a
card's enclosed business card) cost time linear in the length of the line they read.

A greeting or a sign-off is a short line by construction (the parser takes none over 60 characters,
draft.py), so FL130's and FL143's patterns never read a long one: the last test pins that, and the
timed shapes for them are linear trivially.  The subject and a card's signature have no such cap and
are timed for real.

Measured as tests/test_weekday_growth.py measures: CPU time, best of several runs, 1x/10x/100x of a
unit; the test fails above the ratio check_timing allows for a step, never on a time.  Each unit
repeats the words the new patterns start on ("or did", "silence", "good luck", "with all the",
"greetings of the", "my card") without the ending that completes a match, so a pattern that
backtracked over the line would show it.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks import CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft

BODY = "Thank you for the interview for the Fleet Planner role on Tuesday."

SHAPES = {
    "FL106": lambda n: (
        f"Subject: Fleet Planner {'or did you and the money owed thanks for nobody has courtesy ' * n}\n\n"
        f"Dear Ms. Okafor,\n\n{BODY}\n\nKind regards,\nLee Park"
    ),
    "FL130": lambda n: (
        f"Subject: Thank you – Fleet Planner\n\nEsteemed {'greetings of the hello to selection ' * n},\n\n"
        f"{BODY}\n\nKind regards,\nLee Park"
    ),
    "FL143": lambda n: (
        f"Subject: Thank you – Fleet Planner\n\nDear Ms. Okafor,\n\n{BODY}\n\n"
        f"With all the {'respect you your good luck with the enjoy your have a nice ' * n},\nLee Park"
    ),
    "FL142": lambda n: (
        f"Dear Ms. Okafor,\n\n{BODY}\n\nWith thanks,\nLee Park\n({'my business card is my a card ' * n})"
    ),
}


def _input(linter: Linter, text: str, channel: str) -> CheckInput:
    draft = parse_draft(text)
    analysis = Analysis(draft, linter.nlp)
    for part in draft.part("all"):
        analysis.doc(part)
        analysis.sentences(part)
    return CheckInput(draft=draft, analysis=analysis, context=Context(), purpose="thank-you", channel=channel)


@pytest.mark.parametrize("code", sorted(SHAPES))
def test_round9_patterns_grow_linearly(linter: Linter, code: str) -> None:
    channel = "letter" if code == "FL142" else "email"
    assert_grows_linearly(linter, code, lambda n: _input(linter, SHAPES[code](10 * n), channel), code)


def test_the_timed_lines_are_the_parts_the_rules_read() -> None:
    """The subject and the signature carry the repeated words; a long greeting or sign-off is never one."""
    subject = parse_draft(SHAPES["FL106"](20)).subject
    signature = parse_draft(SHAPES["FL142"](20)).signature
    assert subject is not None and subject.text.count("or did") == 20
    assert signature is not None and signature.text.count("my business card") == 20
    assert parse_draft(SHAPES["FL130"](20)).salutation is None
    closing = parse_draft(SHAPES["FL143"](20)).closing
    assert closing is None or "good luck" not in closing.text

"""FL322 and "you lot": everyday British for "all of you", contempt only when turned on the reader.

A chatty British thank-you ("Gimme a shout when you lot decide") drew an FL322 *error* in round 12
(tone12's report): an error is for what would embarrass the sender, and a warm "you lot" does not.
"You lot" is now contempt only after "nothing from" or before what the reader never, can't or won't
do; the casual register itself is FL302's ("was mint").
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

WARM = [
    "Cheers for the chat yesterday, really enjoyed meeting the team. Gimme a shout when you lot decide.",
    "It was lovely to meet you lot on Tuesday and see the new depot.",
    "Thanks to you lot for making the trial shift such a good day.",
    "I hope you lot have a great Christmas do on Friday.",
]

TURNED = [
    "Still nothing from you lot. Has it gone to someone else or what?",
    "You lot never reply to anyone, do you?",
    "Do you lot ever read your emails?",
    "You lot clearly can't organise an interview.",
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _note(line: str) -> str:
    return f"Hi Dave,\n\n{line}\n\nBest,\nJo"


@pytest.mark.parametrize("line", WARM)
def test_warm_you_lot_is_no_contempt(linter: Linter, line: str) -> None:
    assert not [f for f in linter.lint(_note(line)).findings if f.code == "FL322"]


@pytest.mark.parametrize("line", TURNED)
def test_you_lot_turned_on_the_reader_is_contempt(linter: Linter, line: str) -> None:
    assert [f for f in linter.lint(_note(line)).findings if f.code == "FL322"]

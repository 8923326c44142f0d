"""Growth: the round-16 changes (FL132's quoted authors, FL134's firm apposition, FL125's try-then-chase
pattern, FL208's care brought to the patients at a firm, FL320's words joined by "n") cost time linear in
the draft.  Measured as tests/test_subject_closing_growth.py measures: best of several runs of the rule's
check at 1x/10x/100x of a unit, asserting the ratio, never a time.  Each unit repeats the words a pattern
starts on without the ending that completes a match, so a pattern that backtracked would show it."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks import CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft

HEAD = "Subject: Re: Planner interview\n\nHi Ben,\n\nThank you for the interview on Tuesday."
END = "\n\nKind regards,\nLee Park"

SHAPES = {
    # many quoted replies, each under its own "On ... wrote:" line
    "FL132": lambda n: (
        HEAD + END + "\n\n" + "On Thu, 9 Jul 2026 at 13:48, Ben Castellano <ben@example.com> wrote:\n> Hi Lee,\n\n" * n
    ),
    # "at my current company, Ledgerline," again and again, never an address
    "FL134": lambda n: (
        HEAD
        + " "
        + "At my current company, Ledgerline, I closed deals and at our client, Vantio, " * n
        + "I learned."
        + END
    ),
    # an earlier try by mail, "so I" without the channel that would complete the chase
    "FL125": lambda n: HEAD + " " + "I emailed and called and left a message so I think so I hope " * n + "." + END,
    # care brought to the patients at ... without a firm's name
    "FL208": lambda n: (
        HEAD
        + " "
        + "I would bring that same care to the patients at the bring my care to the patients of " * n
        + "."
        + END
    ),
}


def _input(linter: Linter, text: str, channel: str = "email") -> CheckInput:
    draft = parse_draft(text)
    analysis = Analysis(draft, linter.nlp)
    for part in draft.part("all"):
        analysis.doc(part)
        analysis.sentences(part)
    context = Context(interviewers=["Dmitri Volkov"], company="Moorland Water Services")
    return CheckInput(draft=draft, analysis=analysis, context=context, purpose="thank-you", channel=channel)


@pytest.mark.parametrize("code", sorted(SHAPES))
def test_round16_patterns_grow_linearly(linter: Linter, code: str) -> None:
    channel = "linkedin" if code == "FL125" else "email"
    assert_grows_linearly(linter, code, lambda n: _input(linter, SHAPES[code](10 * n), channel), code)


def test_a_long_address_of_words_joined_by_n_grows_linearly(linter: Linter) -> None:
    # FL320 cuts the local part at each "n": one pair of look-ups per "n"
    def make(n: int) -> CheckInput:
        local = "pintsnpies" * n
        return _input(linter, f"From: Liam Doherty <{local}@example.com>\n" + HEAD.replace("Hi Ben", "Hi Ana") + END)

    assert_grows_linearly(linter, "FL320", make, "FL320")

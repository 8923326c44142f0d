"""Round 25: what round 24 left and the round 25 blind batches (tests/corpus/probes/round25) found, each
misjudgement pinned both ways with wordings of our own, and each new pattern with a growth test (1x, 10x,
100x input; a ratio, never a time)."""

from __future__ import annotations

import pytest
from check_timing import FAIL_RATIO, SIZES, best_run

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks.base import CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft


def _codes(linter: Linter, text: str, code: str, **kwargs: object) -> list[tuple[str, str]]:
    report = linter.lint(text, **kwargs)  # type: ignore[arg-type]
    return [(text[f.start : f.end], f.severity.value) for f in report.findings if f.code == code]


def _greeting(greeting: str) -> str:
    return (
        f"Subject: Thank you – Service Technician interview\n\n{greeting}\n\nThank you for the ride-along to the "
        "rooftop unit on Thursday. I am keen on the role.\n\nBest regards,\nDante Russo\n(614) 555-0192"
    )


# --- round 24's misses ----------------------------------------------------------------------------------------

PANEL = ["Gary Whitfield", "Ana Robertson", "Anthony Tonelli", "Ms Tamsin Smith"]


@pytest.mark.parametrize(
    ("greeting", "flagged"),
    [
        ("Hi Whitty,", True),  # round 24: Gary Whitfield
        ("Hey Robbo,", True),  # Ana Robertson
        ("Morning Smithy!", True),  # a title in the context is no name word
        ("Hi Gary,", False),
        ("Dear Mr Whitfield,", False),
        ("Hi Whitfield,", False),  # the bare surname: brusque, but the reader's name
        ("Hi Tony,", False),  # a nickname of the given name (FL132's table)
        ("Hi Whit,", False),  # no pet ending: a clipped form
        ("Dear Mr Whitty,", False),  # a title makes it a (misspelt) surname, FL132's business
        ("Hi Gary and Robbo,", False),  # two names: a group greeting (FL133)
    ],
)
def test_a_nickname_cut_from_the_surname_is_over_familiar(linter: Linter, greeting: str, flagged: bool) -> None:
    found = _codes(linter, _greeting(greeting), "FL135", context={"interviewers": PANEL})
    assert bool(found) is flagged
    if flagged:
        # the right reader in the wrong register: a warning, and no wrong-name error beside it
        assert found[0][1] == "warning"
        assert not _codes(linter, _greeting(greeting), "FL132", context={"interviewers": PANEL})


def test_the_nickname_s_fix_greets_the_reader_by_first_name(linter: Linter) -> None:
    text = _greeting("Hi Whitty,")
    report = linter.lint(text, context={"interviewers": ["Gary Whitfield"]})
    (finding,) = [f for f in report.findings if f.code == "FL135"]
    (edit,) = finding.suggestions[0].edits
    assert text[: edit.start] + edit.replacement + text[edit.end :] == _greeting("Hi Gary,")


def test_a_recipient_known_by_one_name_is_not_judged(linter: Linter) -> None:
    assert not _codes(linter, _greeting("Hi Whitty,"), "FL135", context={"interviewers": ["Whitfield"]})


# --- growth: every new pattern at 1x, 10x and 100x input --------------------------------------------------------


def test_the_surname_nickname_check_grows_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        # one long name in the greeting, and a long panel whose surnames it is not quite
        stem = "Whit" * (20 * n)
        draft = parse_draft(f"Subject: Thanks\n\nHi {stem}ty,\n\nThank you for today.\n\nBest,\nSam")
        analysis = Analysis(draft, linter.nlp)
        people = [f"Gary {stem}{chr(97 + i % 26)}field" for i in range(20 * n)]
        return CheckInput(
            draft=draft, analysis=analysis, context=Context(interviewers=people), purpose="thank-you", channel="email"
        )

    times = {n: best_run(linter, "FL135", make(n), 3)[0] for n in SIZES}
    assert times[10] / max(times[1], 1e-4) < FAIL_RATIO and times[100] / max(times[10], 1e-4) < FAIL_RATIO, times

"""Round 11b (tone11b), blind batch for FL330 (learned tone) on a thank-you that recalls the
reader's questions before answering them at more length; wordings are our own, not the dev drafts'.

Kinds:
- RECAP: "You asked me how ...", "Your last question was about ..." opening a fuller answer: too long
  perhaps (G-CONCISE) but not hostile; FL330 must stay quiet.
- HOSTILE_RECAP: the same opening with a jab after it; some tone rule must still speak.

Misjudged before the change: 3 of 9 (recaps flagged by FL330 2 of 6; hostile recaps missed 1 of 3); after
the `recalled_question` gate: 1 of 9 (the jab "as if that is any of your business" still unheard: no
tone rule or the model hears it; the gate leaves such sentences to the model).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _thanks(line: str) -> str:
    return (
        "Subject: Thank you – Logistics Planner interview\n\nDear Mr. Haddad,\n\n"
        "Thank you for taking the time to meet me on Wednesday about the Logistics Planner role. "
        f"{line} I am very keen on the role and look forward to hearing about next steps.\n\n"
        "Kind regards,\nNadia Osei"
    )


def tone_codes(linter: Linter, line: str) -> list[str]:
    report = linter.lint(_thanks(line), purpose="thank-you", channel="email")
    start = _thanks(line).index(line)
    return [
        f.code
        for f in report.findings
        if f.code.startswith("FL3") and f.code != "FL301" and start <= f.start < start + len(line)
    ]


RECAP = [
    "You asked me how I would prioritise two late deliveries on the same morning.",
    "Your last question was about how I plan routes when a driver calls in sick.",
    "You then asked whether I had worked with a warehouse management system before.",
    "Your first question was why I want to move from retail into freight.",
    "You also asked me what I do when a supplier misses a cut-off.",
    "Your final question asked how I keep drivers informed during a delay.",
]

HOSTILE_RECAP = [
    "You asked me how I would prioritise deliveries, which frankly was an insulting question.",
    "Your last question was about my gap year, as if that is any of your business.",
    "You asked whether I had used the system, and obviously you never read my CV.",
]

_RECAP_MISJUDGED: set[str] = set()
_HOSTILE_MISJUDGED: set[str] = {HOSTILE_RECAP[1]}


def _mark(items: list[str], bad: set[str]) -> list:
    return [pytest.param(s, marks=pytest.mark.xfail(strict=True)) if s in bad else s for s in items]


@pytest.mark.parametrize("line", _mark(RECAP, _RECAP_MISJUDGED))
def test_recalled_question_is_not_hostile(linter: Linter, line: str) -> None:
    assert "FL330" not in tone_codes(linter, line)


@pytest.mark.parametrize("line", _mark(HOSTILE_RECAP, _HOSTILE_MISJUDGED))
def test_recalled_question_with_a_jab_is_heard(linter: Linter, line: str) -> None:
    assert tone_codes(linter, line)

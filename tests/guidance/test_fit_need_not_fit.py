"""FL205: what the job would do for the writer's life is need, not fit.

"I have been looking for work for two years since graduating, and this job would change everything
for my family" names years and the job in one sentence, and was heard as experience tied to the
role (found on a thank-you of corpus batch y-4's dev split, published as a plea that falls short of
G-FIT). Blind batch written on 2026-12-04 before the change: 5 of 8 such sentences heard as fit ->
0; 6 plain statements of fit still heard. A sentence that says both (fit, and what the job would
mean) loses its fit: the rule undoes every match in a sentence of need.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

NEED = [
 "I have been looking for work for two years since graduating, and this job would change everything for my family.",
 "After eighteen months of applications, this role would mean the world to me and my children.",
 "I spent three years caring for my mother, and this position would turn my life around.",
 "I have been unemployed since March, so this job would make a huge difference to us.",
 "Having worked nights for five years, this opportunity would change my life.",
 "I have supported my family on casual shifts for years, and this job would finally give us stability.",
 "I've applied to forty companies this year and this role would mean so much to me.",
 "After my degree I waited two years for a chance like this, and getting this job would be life-changing for me.",
]  # fmt: skip
FIT = [
 "I ran payroll for 300 staff at Kestrel Foods for two years, which would help your team as it moves to weekly pay.",
 "My five years leading night shifts at a distribution centre would let me take on your late-shift team from day one.",
 "Having trained forty new starters last year, I could help with the onboarding backlog you described.",
 "My experience reconciling supplier accounts at Dunmore would make a real difference to your month-end close.",
 "I spent three years as a care coordinator, and that experience matches what you need in this role.",
 "My two years on the help desk would let me support your users from the start.",
]  # fmt: skip

FRAME = (
    "Subject: Thank you - Operations Assistant interview\n\nDear Ms. Fox,\n\nThank you for meeting me yesterday "
    "about the Operations Assistant role. {}\n\nI'm very keen on the role and look forward to hearing about next "
    "steps.\n\nKind regards,\nSam Okoro"
)


def _fit_heard(linter: Linter, sentence: str) -> bool:
    report = linter.lint(FRAME.format(sentence), purpose="thank-you", channel="email")
    return "FL205" not in {f.code for f in report.findings}


@pytest.mark.parametrize("sentence", NEED)
def test_what_the_job_would_do_for_the_writer_is_no_fit(linter: Linter, sentence: str) -> None:
    assert not _fit_heard(linter, sentence)


@pytest.mark.parametrize("sentence", FIT)
def test_experience_tied_to_the_role_is_still_fit(linter: Linter, sentence: str) -> None:
    assert _fit_heard(linter, sentence)

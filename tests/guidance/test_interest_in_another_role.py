"""FL204: interest in another role is no interest in this one (G-INTEREST: the writer says again that
they want *this* job).

"The role I want is one with more travel than this." was counted by the pattern for the job one
wants.  Blind batch of 2026-12-04, written before the linter saw it: 8 of 10 sentences wanting
another role (a comparison with this one, another kind of role, one that may open up, something
closer to home) counted as interest, and 1 of 10 sentences wanting this one went unheard ("It's the
job I've been hoping for"); after, 0 and 0.  A second batch written after the fix: 3 of 10 wrong
before, 2 after the first version ("rather than keep freelancing" is no other role; "than the sales
one" is), 0 after.  Any match in a sentence wanting another role is undone
(``not_counting_in_sentence``).
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.checks import CheckInput


def _fl204(linter: Linter, sentence: str) -> str | None:
    text = (
        "Subject: Thank you – Analyst interview\n\nDear Ms Lind,\n\nThank you for meeting me today about the Analyst "
        f"role and for explaining how the team plans its quarterly reviews. {sentence} Could you let me know the next "
        "steps?\n\nBest regards,\nTom Wilk"
    )
    report = linter.lint(text, purpose="thank-you", channel="email", context={"company": "Initech", "role": "Analyst"})
    return next((f.severity.value for f in report.findings if f.code == "FL204"), None)


ANOTHER_ROLE = [
    "The role I want is one with more travel than this.",
    "The job I'd really love is a fully remote one.",
    "What I'm really keen on is a management role, to be honest.",
    "I'd be more excited about a senior position, if one opens up.",
    "The position I'm most interested in is the one in your Leeds office.",
    "My dream job would be something closer to home.",
    "I'm much more interested in the data science team than this team.",
    "I would prefer a role with less client contact.",
    "I'm really keen on roles in product rather than sales.",
    "The kind of role I want involves more coding than this one.",
    "To be honest, I'd be happier in a remote position than in this one.",
    "What excites me most is a leadership role, which I hope you'll keep me in mind for.",
    "I'm far keener on the marketing vacancy than the sales one.",
    "Ideally I'd want a job with fewer weekend shifts.",
    "I'd love to be considered for a different role instead.",
]

THIS_ROLE = [
    "This is the role I want.",
    "The role I want is this one.",
    "This job is exactly the one I'd love.",
    "I'm more interested in this role than ever.",
    "I'm keener than ever on the Analyst role.",
    "The position is one I would love to take on.",
    "It's the job I've been hoping for.",
    "I'd be thrilled to join the team.",
    "I'm really keen on the role.",
    "This role is the one I want more than any other.",
    "I'm even keener on the role than I was before the interview.",
    "I'd love to join the team rather than keep freelancing.",
    "This is exactly the kind of role I've been looking for.",
    "I'm keen to take on the role and grow with the team.",
    "Your team is the one I want to join.",
]


@pytest.mark.parametrize("sentence", ANOTHER_ROLE)
def test_wanting_another_role_is_no_interest_in_this_one(linter: Linter, sentence: str) -> None:
    assert _fl204(linter, sentence) == "warning"


@pytest.mark.parametrize("sentence", THIS_ROLE)
def test_wanting_this_role_is_interest(linter: Linter, sentence: str) -> None:
    assert _fl204(linter, sentence) is None


def test_a_job_one_was_not_hoping_for_is_no_interest(linter: Linter) -> None:
    assert _fl204(linter, "Honestly, it's not the job I was hoping for.") == "warning"


GROWTH_UNITS = {
    # every sentence holds interest and another role: each match is looked up among the undone sentences
    "another role": "The role I want is one with more travel than this, and I'm keen on it. ",
    # one long sentence of near-misses, no break
    "one sentence": "than the one in your rather than a different a role with more roles in if one opens ",
}


@pytest.mark.parametrize("shape", sorted(GROWTH_UNITS))
def test_the_other_role_check_grows_linearly(linter: Linter, shape: str) -> None:
    def make(n: int) -> CheckInput:
        return prepared_input(linter, GROWTH_UNITS[shape] * (3 * n))

    assert_grows_linearly(linter, "FL204", make, shape)

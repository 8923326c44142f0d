"""Interest (FL204) and fit (FL205) in other words than the rules were written from: a blind batch
of 2026-12-04, written before the linter saw it.

20 statements of interest (3 unheard before: "I can't wait for the chance to contribute", "I remain
very much committed to this opportunity", "It's the role I most want to land"; none after), 15
statements of fit (all heard before), and 7 lines that share the words but state no interest
("I can't wait to hear what you decide", "I am committed to continuous learning").  Left: "The
role I want is one with more travel than this." is taken as interest by an older pattern.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


def _warned(linter: Linter, sentence: str) -> set[str]:
    text = (
        "Subject: Thank you – Data Analyst interview\n\nDear Ms Lind,\n\nThank you for meeting me on Tuesday "
        "about the Data Analyst role at Initech. I enjoyed hearing about the move of the weekly revenue "
        f"report to dbt. {sentence} I look forward to hearing about next steps.\n\nBest regards,\nTom Wilk"
    )
    report = linter.lint(
        text, purpose="thank-you", channel="email", context={"company": "Initech", "role": "Data Analyst"}
    )
    return {f.code for f in report.findings if f.severity.value in ("warning", "error")}


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd jump at the chance to join the team.",
        "This is exactly the kind of role I've been looking for.",
        "I'm more excited about the position than before we spoke.",
        "Our conversation made me even keener to be part of the lab.",
        "I can't wait for the chance to contribute to the redesign.",
        "The role feels like a natural next step for me, and I really want it.",
        "I would be thrilled to work alongside you and Marcus.",
        "Joining Initech would mean a great deal to me.",
        "I'm eager to hear how I can help the team hit its launch date.",
        "I left the interview hoping very much to be part of this.",
        "The job is one I'd genuinely love to do.",
        "I'm enthusiastic about the chance to build the reporting suite with you.",
        "Count me in for the next stage – I'm very motivated by what you described.",
        "I'd welcome the opportunity to bring this to your clinic.",
        "Working on the new ward would be a dream for me.",
        "I remain very much committed to this opportunity.",
        "My interest in the post has only grown since Tuesday.",
        "It's the role I most want to land this year.",
        "I really hope I get the chance to work with your team.",
        "Your plans for the archive are something I'd love to be involved in.",
    ],
)
def test_interest_in_other_words_is_heard(linter: Linter, sentence: str) -> None:
    assert "FL204" not in _warned(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "At Globex I ran the same kind of migration, moving 40 reports to dbt in three months.",
        "I've spent five years running night shifts on a busy surgical ward, so the rota you described feels familiar.",
        "My background in supply-chain analytics lines up closely with the forecasting work you need.",
        "In my current role I cut invoice processing time by a third, which is the problem your team is facing.",
        "I built and led a team of six engineers through a similar platform rewrite.",
        "I speak fluent Portuguese and have managed accounts in Brazil, which matters for the LatAm expansion.",
        "Having trained over 200 volunteers, I'm confident I can take on the onboarding programme.",
        "The Python and SQL work I did on fraud detection would transfer directly to your risk models.",
        "My CPA and six years in audit would let me take the month-end close off your plate quickly.",
        "As a former teacher, I know how to explain complex material to new starters.",
        "I have already used Figma daily for four years, including design systems like yours.",
        "My HVAC certification and ten years on commercial sites mean I can start on the retrofit right away.",
        "I've handled exactly this kind of customer escalation at Vodafone for three years.",
        "Your need for someone to own vendor negotiations matches what I did at Acme, where I saved £2m.",
        "I think my experience running community events would help with the volunteer drive.",
    ],
)
def test_fit_in_other_words_is_heard(linter: Linter, sentence: str) -> None:
    assert "FL205" not in _warned(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I can't wait to hear what you decide.",
        "I couldn't wait to leave my last job.",
        "I remain committed to finding the right role for my family.",
        "I am committed to continuous learning.",
        "The job I had before was in retail.",
        "I enjoyed the conversation about the dbt migration.",
        "I think I'd fit the team well given my background.",
    ],
)
def test_the_same_words_without_interest_are_not(linter: Linter, sentence: str) -> None:
    assert "FL204" in _warned(linter, sentence)

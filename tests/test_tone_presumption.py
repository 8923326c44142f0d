"""Presuming the outcome (FL319, entitlement; G-TONE-PATIENT, as pushing for the job): "we both
know I'm the right person", "I'm guessing it's just paperwork now", "I take it the offer is on its
way", "only a matter of time before you offer me the role".

The same words pass where the writer assumes nothing about the decision (a formality of the
reader's process named as such, an offer spoken of conditionally, "we both enjoyed"); sentences of
ours pin the family both ways, in every purpose.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from followup_lint import Linter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import tone_challenge

PURPOSES = ["status-check", "thank-you", "rejection-reply"]

PRESUMING = [
    "I think we both know I'm the right person for the job.",
    "We both know I'm the strongest candidate you saw.",
    "You and I both know the job should be mine.",
    "We all know who the best fit is.",
    "Let's be honest, we both know how this ends.",
    "I'm guessing it's just paperwork now.",
    "I assume the rest is just a formality.",
    "Surely the final round is only a formality.",
    "I presume the reference check is merely a formality at this point.",
    "I gather the panel interview is basically a formality.",
    "I reckon it's just paperwork from here.",
    "I take it the offer is on its way.",
    "I assume the contract is being drawn up.",
    "I presume the offer letter is in the post.",
    "Surely the contract is already being prepared.",
    "I'm guessing the offer is on its way to me.",
    "It's only a matter of time before you call me with the offer.",
    "It's only a matter of time until I start, so let's speed things up.",
    "It's just a matter of time before you offer me the role.",
    "I suppose it's a matter of time before I'm hired anyway.",
    "We both know the decision is a formality.",
    "I assume the paperwork is in the works.",
]

NOT_PRESUMING = [
    "I know the reference checks are a formality, but here are my referees' details.",
    "If the offer is on its way, I would be glad to review it.",
    "I'd be happy to complete any paperwork whenever it suits you.",
    "Please let me know if the contract needs anything else from me.",
    "We both enjoyed talking about the warehouse project.",
    "I know you have many strong candidates to consider.",
    "I assume the panel will meet next week, as you mentioned.",
    "I assume you have received my portfolio; let me know if not.",
    "It's only a matter of time before automation reshapes logistics, which is why your roadmap excited me.",
    "I take it from your email that the decision will come next month, and that suits me well.",
    "I presume the next step is the technical test; I'm happy to take it any day.",
    "I gather the team is growing, which is exciting to hear.",
    "The paperwork for my visa is already in the post, in case that helps your planning.",
    "Surely one of the best parts of the day was meeting the analysts.",
    "I know this step is a formality for you, but I really appreciated the chance to ask questions.",
    "I guess my main question is about the timeline for the next round.",
    "I assume the role has been filled, so thank you for letting me know.",
    "I suppose the main thing I learned was how much I enjoy client work.",
    "I reckon the case study took me about four hours.",
    "We both agreed that Tuesday would suit best for the second interview.",
    "I'd be grateful to know whether the offer stage is likely this month.",
    "My references know the paperwork can take a while.",
]


def findings_in(linter: Linter, sentence: str, purpose: str) -> list[tuple[str, list[str]]]:
    text = tone_challenge.wrap(sentence)
    start = text.index(sentence)
    report = linter.lint(text, purpose=purpose, channel="email")
    return [(f.code, list(f.guidance)) for f in report.findings if start <= f.start and f.end <= start + len(sentence)]


@pytest.mark.parametrize("sentence", PRESUMING)
def test_presuming_the_job_is_pushy(linter: Linter, sentence: str) -> None:
    assert ("FL319", ["G-TONE-PATIENT"]) in findings_in(linter, sentence, "status-check")


@pytest.mark.parametrize("purpose", PURPOSES)
@pytest.mark.parametrize("sentence", NOT_PRESUMING)
def test_the_same_words_presuming_nothing_pass(linter: Linter, sentence: str, purpose: str) -> None:
    assert tone_challenge.tone_codes(linter, sentence, purpose) == []

"""Talking down to the reader: checking that they have understood, or that they will not need
telling twice (FL331, talking down, until 2026-12-04 part of FL313; cites G-TONE-PROFESSIONAL,
condescension being impolite).

The same words are courteous when they are about what the writer explains or sends ("I hope my
availability is clear from the list", "To be clear, I'm still interested", "I hope I made it clear
how keen I am"), so these sentences of ours pin the family both ways, in every purpose.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from followup_lint import Linter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import tone_challenge

PURPOSES = ["status-check", "thank-you", "rejection-reply"]

TALKING_DOWN = [
    "I trust this is clear.",
    "I trust that is now clear.",
    "I assume that is clear.",
    "I trust I have made myself clear.",
    "I hope I've made myself perfectly clear.",
    "Hopefully I have made myself clear this time.",
    "Have I made myself clear?",
    "Do I make myself clear?",
    "I trust everything is understood.",
    "I assume this is now understood.",
    "I hope that's clear enough for you.",
    "Is that clear enough for you?",
    "This should not need repeating.",
    "I trust this won't need saying again.",
    "I shouldn't have to repeat myself.",
    "I should not have to ask twice.",
    "I shouldn't need to explain this again.",
    "I trust my position is clear.",
    "I trust that is understood now.",
    "We have made ourselves quite clear.",
    "I hope I have made myself abundantly clear on this point.",
    "I trust all of this is perfectly clear.",
]

COURTEOUS = [
    "To be clear, I am still very interested in the role.",
    "I hope my availability is clear from the list above.",
    "I hope I made it clear how keen I am to join the team.",
    "I trust this finds you well.",
    "I hope the timeline I sent is clear.",
    "Let me be clear about how much I enjoyed meeting the team.",
    "I hope this makes things clearer.",
    "I trust the recording reached you safely.",
    "I hope the diagram I attached makes the design clear.",
    "It became clear to me during the interview that the role is a great fit.",
    "I hope it is clear from my portfolio that I enjoy this kind of work.",
    "I understood the brief better after our conversation.",
    "Please let me know if anything in my answer was unclear.",
    "I'm happy to explain my approach again in more detail.",
    "I'll repeat the test on the new dataset and send the results.",
    "I don't mind saying again how much I enjoyed the visit.",
    "I made a point of asking about the mentoring scheme.",
    "If anything is not clear, I would be glad to go over it again.",
    "I would like to make clear that Tuesday and Wednesday both suit me.",
    "I hope I made myself understood on the call despite the bad line.",
    "The next steps you described are clear, thank you.",
    "I trust your judgement on the timing.",
    "I hope the attached is clear enough; I'm happy to explain any part of it.",
    "I've corrected the file, so I hope it is clear now.",
]


def findings_in(linter: Linter, sentence: str, purpose: str) -> list[tuple[str, list[str]]]:
    text = tone_challenge.wrap(sentence)
    start = text.index(sentence)
    report = linter.lint(text, purpose=purpose, channel="email")
    return [(f.code, list(f.guidance)) for f in report.findings if start <= f.start and f.end <= start + len(sentence)]


@pytest.mark.parametrize("sentence", TALKING_DOWN)
def test_talking_down_is_impolite(linter: Linter, sentence: str) -> None:
    # condescending and demanding, but no complaint: LABELLING.md leaves G-POSITIVE out of "I trust this is clear."
    assert ("FL331", ["G-TONE-PROFESSIONAL", "G-TONE-PATIENT"]) in findings_in(linter, sentence, "status-check")


@pytest.mark.parametrize("purpose", PURPOSES)
@pytest.mark.parametrize("sentence", COURTEOUS)
def test_the_writers_own_clarity_is_courteous(linter: Linter, sentence: str, purpose: str) -> None:
    assert tone_challenge.tone_codes(linter, sentence, purpose) == []


def test_a_reproach_about_the_wait_still_cites_patience(linter: Linter) -> None:
    found = findings_in(linter, "As per my last email, I am still waiting for an update.", "status-check")
    # a reproach is blame aimed at the reader: G-POSITIVE too (LABELLING.md; round 26)
    assert ("FL313", ["G-TONE-PATIENT", "G-TONE-PROFESSIONAL", "G-POSITIVE"]) in found

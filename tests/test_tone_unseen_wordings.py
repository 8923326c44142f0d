"""Hostile moves in wordings the tone rules had not seen, family by family, each with sound sentences
that share their words.

Written as probes before the rules were changed (2026-12-03): threats to air a grievance before an
audience or a regulator, or to take it up with someone above the reader, and the writer's own lawyer
on the writer's own affairs; a plain British "I was chasing this up". Each hostile sentence, inside
an ordinary follow-up, must get a finding of a rule that judges patience or professionalism; each
sound one must get none, for any purpose.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from followup_lint import Linter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import tone_challenge

PURPOSES = ("thank-you", "status-check", "rejection-reply")

HOSTILE = {
    "threat": [
        "My followers on LinkedIn would be very interested to read about this.",
        "My subscribers will be fascinated to hear how this company treats applicants.",
        "I suspect my readers would be curious to learn about the way I was treated.",
        "My audience on YouTube would love to hear about how candidates are ghosted here.",
        "I am minded to raise this with the Information Commissioner.",
        "I intend to raise the matter with the relevant regulator.",
        "I will be reporting this to the Information Commissioner's Office.",
        "I have drafted a review of my experience and will publish it if this is not resolved.",
        "I have prepared a detailed review of this experience for Glassdoor.",
        "I shall take this up with your managing director.",
        "Rest assured I will be taking it up with your chief executive.",
        "If I do not receive them, I will take it up with your HR director.",
    ],
}

SOUND = {
    "threat": [
        "My solicitor has confirmed the notice period in my contract is four weeks.",
        "My solicitor is finalising my visa paperwork, so I can start on the 1st.",
        "Our lawyer handled the conveyancing, so the move will be done by June.",
        "My solicitor has checked the restrictive covenant in my current contract.",
        "My network would love to hear about your product launch.",
        "My network would be keen to hear about this role.",
        "My connections were interested to read about the project you shared.",
        "I'm happy to take this up with your HR team if they need my documents.",
        "I'll write a review of the book you recommended on my blog.",
        "I'll raise it with my current manager so my notice can start.",
    ],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(family, s) for family, sentences in table.items() for s in sentences]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(("family", "sentence"), _cases(HOSTILE))
def test_hostile_wording_is_flagged(linter: Linter, family: str, sentence: str) -> None:
    assert tone_challenge.tone_codes(linter, sentence, "status-check"), f"{family}: not flagged"


@pytest.mark.parametrize(("family", "sentence"), _cases(SOUND))
def test_sound_wording_is_not_flagged(linter: Linter, family: str, sentence: str) -> None:
    for purpose in PURPOSES:
        assert not tone_challenge.tone_codes(linter, sentence, purpose), f"{family} ({purpose})"


def _codes(linter: Linter, sentence: str) -> set[str]:
    text = tone_challenge.wrap(sentence)
    start = text.index(sentence)
    report = linter.lint(text, purpose="status-check", channel="email")
    return {f.code for f in report.findings if start <= f.start and f.end <= start + len(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "I was chasing this up as I have another offer with a deadline of Friday.",
        "I'm just chasing this up before I go on leave.",
        "Chasing up my application from the 4th, in case it went astray.",
    ],
)
def test_chasing_this_up_is_no_pressure(linter: Linter, sentence: str) -> None:
    assert "FL327" not in _codes(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm chasing this up again as nobody has replied.",
        "Chasing it up yet again.",
        "I am chasing this up for the third time.",
    ],
)
def test_chasing_again_is_still_pressure(linter: Linter, sentence: str) -> None:
    assert "FL327" in _codes(linter, sentence)


def test_a_threat_cites_patience_and_negativity_not_impolite_wording(linter: Linter) -> None:
    text = tone_challenge.wrap("I will be reporting this to the Information Commissioner's Office.")
    report = linter.lint(text, purpose="status-check", channel="email")
    found = [f for f in report.findings if f.code == "FL325"]
    assert found and all(f.guidance == ["G-TONE-PATIENT", "G-POSITIVE"] for f in found)

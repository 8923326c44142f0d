"""FL330's message names the words that weighed most.  A sentence the model reports on the weight of
common words alone ("…, it's Philip Vance, again.", read with the sharper sentences around it) once
gave "the words that weigh most: ." — an empty list; the common words are named instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Linter

DEV = Path(__file__).resolve().parent / "corpus" / "calibration" / "dev"
# a voicemail of batch y-8 whose opening sentence is reported for common words only
DRAFT = DEV / "y-voicemail-rr-goes-around-the-recruiter-to-the-ceo-second-meeting-by-thursday.txt"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def test_every_tone_finding_names_at_least_one_word(linter: Linter) -> None:
    report = linter.lint(DRAFT.read_text(encoding="utf-8"), purpose="rejection-reply")
    tone = [f for f in report.findings if f.code == "FL330"]
    assert tone, "the draft's sharp sentences are reported"
    for f in tone:
        assert not f.message.rstrip().endswith(": ."), f.message
        assert "‘" in f.message, f.message

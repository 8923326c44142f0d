"""Blind batch tone7 (2026-12-04), misses: hostile or pleading sentences no tone rule flagged, by family
(reminding the reader, the reader's duty held over them, pleading to be picked, contempt for the firm
as a workplace, a sham process, wishing one's treatment on the next candidate), each beside courteous
look-alikes in the same words.  Sentences written for this test."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from tests.tone_in_sentence import tone_codes


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Let me remind you that I built the system your company runs on.", "FL331"),
        ("Allow me to remind you that I was promised an answer last week.", "FL331"),
        ("Need I remind you that you contacted me first?", "FL331"),
        ("Do I need to remind you that I was the one who reached out?", "FL331"),
        ("As you should know, candidates deserve a reply.", "FL331"),
        ("I trust you'll do the right thing and call me back today.", "FL313"),
        ("The decent thing would be to reply.", "FL313"),
        ("Please pick me, I have nowhere else to turn.", "FL310"),
        ("Please choose me, I am running out of options.", "FL310"),
        ("I have nowhere else to go if this falls through.", "FL310"),
        ("Nobody else will hire me at this point.", "FL310"),
        ("I'm frankly amazed anyone still works there.", "FL322"),
        ("I wonder how anyone stays there longer than a month.", "FL322"),
        ("I assume the role was filled internally before I even walked in.", "FL318"),
        ("You had already picked someone before I even applied.", "FL318"),
        ("The interview was just for show, wasn't it?", "FL318"),
        ("Honestly the whole process felt like a charade.", "FL318"),
        ("I hope your next candidate enjoys being ghosted as much as I did.", "FL323"),
    ],
)
def test_missed_families_are_flagged(linter: Linter, sentence: str, code: str) -> None:
    assert code in tone_codes(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Feel free to remind me if I have missed any document you need.",
        "Just a reminder that I'm available on Tuesday if a second call would help.",
        "I'd like to remind you that I'm on leave from 3 to 10 May.",
        "As you know, I can start in January.",
        "I'm sure you'll make the right decision for the team.",
        "Please consider me for any future openings on the team.",
        "I hope you'll choose me for the next round, and I'm ready whenever you are.",
        "There is nowhere else I'd rather build my career.",
        "I have nowhere near as much SQL as the last role needed, but I learn quickly.",
        "I know this is my last chance to add anything before the panel meets, so here is one more example.",
        "I was amazed how many people on the team have stayed for over a decade.",
        "I'm surprised how much I enjoyed the case study.",
        "I understand the role may have been filled internally, and I'm glad I had the chance to interview.",
        "The role was filled before I could apply last year, so I was glad to see it open again.",
        "The second interview is a formality, you said, so I'll bring my ID.",
        "The show you mentioned at the end of the interview sounds fun.",
        "I hope the new hire enjoys the team as much as I enjoyed meeting it.",
    ],
)
def test_courteous_look_alikes_pass(linter: Linter, sentence: str) -> None:
    assert tone_codes(linter, sentence) == []

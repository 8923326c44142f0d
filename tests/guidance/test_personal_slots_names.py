"""G-PERSONAL, blind batches of names7: template slots in instruction style, and brackets that are
no slot.  Each sentence was written, with its verdict, before the linter was run on it."""

from __future__ import annotations

import pytest

CONTEXT = {"company": "Globex", "interviewers": ["Ngozi Okafor"], "role": "Data Engineer"}


def _slots(linter, sentence: str) -> list[str]:
    text = (
        "Subject: Thank you – Data Engineer interview\n\nDear Ms. Okafor,\n\n"
        f"Thank you for Tuesday. {sentence}\n\nBest regards,\nLee Park"
    )
    return [f.message for f in linter.lint(text, context=CONTEXT).findings if f.code == "FL207"]


SLOTS = [
    "I enjoyed our talk about [Insert a detail from the conversation here].",
    "I was impressed by [mention something specific about the company].",
    "Thank you for meeting me about the INSERT JOB TITLE role.",
    "Thank you for interviewing me for the INSERT ROLE position.",
    "It was great to meet you at ENTER COMPANY last week.",
    "I particularly liked hearing about (specific project they mentioned).",
    "Our chat about (mention a topic you discussed) was the highlight.",
    "[Add one sentence about why you fit the role.]",
    "I look forward to contributing to (add team name).",
    "My portfolio is at [link].",
    "Thank you, [First Name], for your time.",
    "I believe my experience in [relevant skill or experience] would help.",
    "I look forward to joining #COMPANY#.",
    "Hi *|FNAME|*, it was good to meet you.",
    "I enjoyed our talk about [[topic]].",
    "I am excited about <<Company>> and its mission.",
]
NOT_SLOTS = [
    "My portfolio is at https://lee.dev/work [link] for reference.",
    "The slides are here: https://example.com/deck.pdf [PDF, 2 MB].",
    'The sign said "Data is [sic] king" which made me smile.',
    "The method comes from the original paper [1].",
    "I added a note (mentioned in our call) about the migration.",
    "The project (specifically the ingestion part) was my favourite.",
    "The rules (specific to the EU market) were new to me.",
    "I read the INSERT statements in your schema with interest.",
    "We chose to ENTER the market early at my last job.",
    "I rebuilt the pipeline [about 200 lines of Python] in a weekend.",
    "I have attached my references (two former managers).",
    "That demo was the (highlight of my week) honestly.",
    "The dashboard [see attached] shows the result.",
    "I have used C# and F# for years, and #1 on my list is testing.",
    "Your #DataWeek campaign was clever.",
]


@pytest.mark.parametrize("sentence", SLOTS)
def test_instruction_slots_are_flagged(linter, sentence: str) -> None:
    assert _slots(linter, sentence)


@pytest.mark.parametrize("sentence", NOT_SLOTS)
def test_brackets_that_are_no_slot_stay_quiet(linter, sentence: str) -> None:
    assert _slots(linter, sentence) == []

"""A letter that names itself, or a note put through the reader's door, is paper; a slangy greeting is no name.

Round 8 blind bad batch (written before linting): two chatty letters read as an e-mail and a LinkedIn note
("Writing this letter cos ...", "pop a note through your door"), so the letter rules never ran; once read as a
letter, "Yo Mr Fulton," passed as a card's bare-name greeting. Inference probes written before the fix: 3 of 4
letters misread -> 0; look-alikes (the same words in an e-mail with a subject, a reference letter sent on
LinkedIn, a signed form through the door in an e-mail, a note that attaches a letter, forms in a mailbox) keep
their channel. Bad batch 24 -> 26 of 30 caught.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

LETTERS = [
    "Yo Mr Fulton,\n\nWriting this letter cos my mate said you'd like it old school. Thanks for the interview, the workshop is sick. Let me know about the welding job.\n\nLaters,\nJay",
    "Hiya Mrs Oxley,\n\nThought I'd pop a note through your door to say ta for the interview! Loved the shop. Would be well up for the job.\n\nSpeak soon x\nMillie",
    "Hello Mrs. Grey,\n\nI've slipped this through your letterbox after the interview to say thank you. I would love to work at the library.\n\nWarm regards,\nPat",
]
NOT_LETTERS = [
    "Subject: Thank you - Caretaker interview\n\nDear Mr. Obi,\n\nI'm writing this letter to thank you for today's interview for the caretaker post. I'm very keen on the role.\n\nBest wishes,\nSteve Doyle",
    "Hi Ravi, thanks for the interview today. I'll send my reference letter over on LinkedIn as well. Great to connect! Ann",
    "Subject: Thank you\n\nHi Joe,\n\nThanks for the interview. I'll drop the signed form through your door tomorrow as you asked.\n\nBest,\nKim",
    "Hi Ana,\n\nThanks for the interview. I've attached the reference letter you asked for, and I'm writing this note to confirm I'm still keen on the role.\n\nBest,\nLee",
    "Hi Tom, thanks for today! I'll pop the forms in your mailbox at work tomorrow. Best, Kai",
]


@pytest.mark.parametrize("text", LETTERS)
def test_a_letter_that_names_itself_or_comes_through_the_door_is_paper(linter: Linter, text: str) -> None:
    report = linter.lint(text)
    assert report.channel == "letter"
    assert "FL123" in {f.code for f in report.findings if f.severity.value == "warning"}


@pytest.mark.parametrize("text", NOT_LETTERS)
def test_letters_and_doors_named_otherwise_keep_the_channel(linter: Linter, text: str) -> None:
    assert linter.lint(text).channel != "letter"


@pytest.mark.parametrize("greeting", ["Yo Mr Fulton,", "Howdy Sam,", "Heya Jo,"])
def test_a_slangy_greeting_on_a_card_is_no_name(linter: Linter, greeting: str) -> None:
    card = f"{greeting}\n\nThanks for the interview, I'd love the job.\n\nBest wishes,\nMarcus"
    assert "FL123" in {f.code for f in linter.lint(card, channel="letter").findings}


@pytest.mark.parametrize("greeting", ["Yolanda,", "Oisin,", "Sunita,"])
def test_a_card_greeting_by_the_name_alone_still_passes(linter: Linter, greeting: str) -> None:
    card = f"{greeting}\n\nThanks for the interview, I'd love the job.\n\nBest wishes,\nMarcus"
    assert "FL123" not in {f.code for f in linter.lint(card, channel="letter").findings}

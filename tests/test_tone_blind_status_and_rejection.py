"""Tone in status checks and rejection replies, by family: a blind batch of 2026-12-04 written
before any pattern.

30 lines that fall short of a tone item (sneers about the reader's busy day, chasing by the clock
"until I hear something", other employers held up as the standard, guilt trips, pleading, slang
and text-speak, self-pity, "I hope you don't regret your choice") and 31 courteous look-alikes,
each tried in both kinds of note.  Before the patterns 6 of the 30 passed; after, none.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

TONE_ITEMS = {"G-TONE-PROFESSIONAL", "G-TONE-PATIENT", "G-POSITIVE"}


def _tone_items(linter: Linter, sentence: str, purpose: str) -> set[str]:
    if purpose == "status-check":
        text = (
            "Subject: Data Analyst interview on 3 May – following up\n\nDear Ms Lind,\n\nThank you again for "
            f"meeting me about the Data Analyst role. {sentence} Is there any update on the timeline?\n\n"
            "Best regards,\nTom Wilk"
        )
    else:
        text = (
            "Subject: Re: Your application – Data Analyst\n\nDear Ms Lind,\n\nThank you for letting me know. "
            f"{sentence} I would welcome any feedback on my interview.\n\nBest regards,\nTom Wilk"
        )
    report = linter.lint(text, purpose=purpose, channel="email", context={"company": "Initech", "role": "Data Analyst"})
    return {g for f in report.findings if f.severity.value in ("warning", "error") for g in f.guidance} & TONE_ITEMS


@pytest.mark.parametrize(
    ("item", "purpose", "sentence"),
    [
        ("G-TONE-PATIENT", "status-check", "I'm sure you're very busy doing whatever it is recruiters do all day."),
        ("G-TONE-PATIENT", "status-check", "Must be nice to take three weeks to answer an email."),
        ("G-TONE-PATIENT", "status-check", "I've been more than patient, I think you'll agree."),
        ("G-TONE-PATIENT", "status-check", "I'll be calling your office every morning until I hear something."),
        (
            "G-TONE-PATIENT",
            "status-check",
            "Other companies manage to reply within a week, so I'm not sure what the hold-up is.",
        ),
        ("G-TONE-PATIENT", "status-check", "I gave up a day's pay to attend, so the least you can do is answer."),
        (
            "G-TONE-PATIENT",
            "status-check",
            "I've turned down two other interviews waiting on you, so I hope it's worth it.",
        ),
        (
            "G-TONE-PATIENT",
            "status-check",
            "My family keeps asking and I don't know what to tell them, please just answer.",
        ),
        ("G-TONE-PATIENT", "status-check", "I can't sleep waiting for your answer."),
        ("G-TONE-PATIENT", "status-check", "I'd hate to have to take this further."),
        ("G-TONE-PATIENT", "status-check", "I'm owed an explanation at the very least."),
        ("G-TONE-PATIENT", "status-check", "You promised me an answer last week and broke that promise."),
        ("G-TONE-PATIENT", "status-check", "Do you people ever read your emails?"),
        ("G-TONE-PATIENT", "status-check", "Hello?? Anyone there?"),
        ("G-TONE-PATIENT", "status-check", "I need to know today whether I got it or not."),
        ("G-TONE-PROFESSIONAL", "status-check", "Hey hun, any news on the job? xx"),
        ("G-TONE-PROFESSIONAL", "status-check", "Hiya lovely, just checking in!"),
        ("G-TONE-PROFESSIONAL", "status-check", "Wassup, did I get it or what"),
        ("G-TONE-PROFESSIONAL", "status-check", "R u guys still hiring or nah"),
        ("G-TONE-PROFESSIONAL", "status-check", "Any updates my guy?"),
        ("G-TONE-PROFESSIONAL", "status-check", "Sorry for the essay lol but I really want this."),
        ("G-TONE-PROFESSIONAL", "status-check", "So… did I win the golden ticket or not? 😅"),
        ("G-POSITIVE", "rejection-reply", "Honestly I'm not surprised, this always happens to me."),
        ("G-POSITIVE", "rejection-reply", "I knew I'd mess it up, I always do in interviews."),
        ("G-POSITIVE", "rejection-reply", "Whoever you picked, I hope they're worth the money."),
        ("G-POSITIVE", "rejection-reply", "I hope you don't regret your choice."),
        ("G-POSITIVE", "rejection-reply", "Your loss, really."),
        ("G-POSITIVE", "rejection-reply", "It's a shame you couldn't see what I'd bring."),
        ("G-POSITIVE", "rejection-reply", "I guess experience doesn't count for much these days."),
        ("G-TONE-PATIENT", "rejection-reply", "Not that it matters now, but I was the best person for the job."),
    ],
)
def test_a_line_that_falls_short_of_a_tone_item_is_flagged(
    linter: Linter, item: str, purpose: str, sentence: str
) -> None:
    assert item in _tone_items(linter, sentence, purpose)


@pytest.mark.parametrize("purpose", ["status-check", "rejection-reply"])
@pytest.mark.parametrize(
    "sentence",
    [
        "I know how busy hiring weeks can be, so no rush.",
        "I wanted to check whether there is any update on the timeline.",
        "Thank you for your patience with my questions about the role.",
        "I'm happy to call your office if that is easier.",
        "I understand these decisions can take time.",
        "I'm still very interested and happy to provide anything else you need.",
        "I have another offer with a deadline of Friday; is there any chance of an update before then?",
        "My family and I are excited about the possibility of relocating.",
        "I'd be grateful for an explanation if you're able to share one.",
        "You mentioned you hoped to decide last week, so I wanted to check in.",
        "Hi Sam, hope you had a good weekend.",
        "Sorry for the long message; I wanted to include the references you asked for.",
        "Thank you for letting me know, and congratulations to the successful candidate.",
        "I'm disappointed, but I learned a lot from the process.",
        "I hope the new hire settles in well.",
        "I'd welcome the chance to be considered for future roles.",
        "I really enjoyed meeting the team, and I'd love to stay in touch.",
        "Although I'm sorry not to be moving forward, I appreciated the care you took.",
        "I'll be calling in to the open day on Saturday morning.",
        "I'll call your office on Monday morning if that suits you.",
        "I'm on shift every morning this week, so afternoons are best for a call.",
        "I'll keep writing my blog every week, as you suggested.",
        "I'll keep trying the assessment link until it works, and let you know if it doesn't.",
        "Is there a hold-up with the references I could help with?",
        "Other companies in the sector have adopted the same approach to audits.",
        "Other employers I've worked with used a similar rota system.",
        "I hope you don't mind me checking in.",
        "I hope you don't regard this as pushy; I just wanted to confirm my availability.",
        "It's a shame you couldn't join the call on Tuesday; Priya passed on your questions.",
        "It's a pity we couldn't find a time to meet in person.",
        "What's the best way to send my portfolio?",
    ],
)
def test_a_courteous_look_alike_is_not(linter: Linter, sentence: str, purpose: str) -> None:
    assert not _tone_items(linter, sentence, purpose)

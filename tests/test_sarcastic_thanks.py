"""FL201: sarcastic thanks in a rejection reply is no thanks (LABELLING.md, G-GRATITUDE: "sarcastic
thanks ... does not count"), found by family rather than by phrase: an intensifier in capitals on
thanks for the news itself, thanks for the rejection or for being turned down, for a lesson, a
reminder or a revelation about the reader, for a form letter, and thanks in a sentence that says
something counts for nothing; a scare-quoted "interview", "all six minutes of it", thanks for
"the lesson." and nothing more, thanks someone else gives ("your email thanks me").  Sincere thanks that share those words still
count.

Both lists were written before the patterns (blind batches of 2026-12-04: 29 of 35 sarcastic lines
counted as thanks before, 1 after, the one left below; 0 of 49 sincere lines lost).  Left: thanks
made sarcastic only by what surrounds it ("Really appreciate that." after a complaint) or by
excess alone ("my deepest gratitude for the ten-minute interview").
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


def _thanks_counted(linter: Linter, sentence: str) -> bool:
    text = (
        "Subject: Re: Your application\n\nDear Ms Lind,\n\n"
        f"{sentence} I would welcome a word on where my interview fell short.\n\nRegards,\nTom Wilk"
    )
    report = linter.lint(text, purpose="rejection-reply", channel="email")
    return not any(f.code == "FL201" for f in report.findings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you SO much for the rejection.",
        "Thanks SO much for letting me know after three weeks.",
        "Thank you VERY much for your form letter.",
        "Thanks a MILLION for the update, really.",
        "Thank you SOOO much for wasting my Saturday.",
        "Thanks for the rejection, I suppose.",
        "Thank you for rejecting me in a two-line email.",
        "Thanks for turning me down by text.",
        "Thank you for the lesson in how not to treat candidates.",
        "Thanks for the education in corporate politeness.",
        "Thanks for showing me your true colours so early.",
        "Thank you for showing me what your company really values.",
        "Thank you for confirming what I suspected about your firm.",
        "Thanks for the reminder that loyalty means nothing to recruiters.",
        "I must thank you for proving my friends right about your company.",
        "Thanks for clarifying that experience counts for nothing there.",
        "Thank you for teaching me never to apply to you again.",
        "Thanks for nothing much, as usual.",
        "Thank you, I guess, for the generic email.",
        "Many thanks for the copy-and-paste rejection.",
        "Thanks for the template email, very personal.",
        'Thank you for your "feedback".',
        "Thanks for the lovely little rejection letter.",
        'Thanks for Tuesday\'s "interview", such as it was.',
        'Thank you for yesterday\'s "conversation".',
        'Thank you for today\'s "chat" with your assistant.',
        "Thank you so much for the interview, all six minutes of it.",
        "Thanks for the call, all ninety seconds of it.",
        "Please accept my thanks for the lesson.",
        "Thank you for the education.",
        "Your email thanks me for my interest, which is rich.",
        "The recruiter thanked me for my patience, again.",
        "With all the gratitude it deserves, Tom.",
        "Thanks for the interview, what there was of it.",
    ],
)
def test_sarcastic_thanks_is_no_thanks(linter: Linter, sentence: str) -> None:
    assert not _thanks_counted(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you so much for letting me know.",
        "Thank you SO much for the opportunity to meet the team!",
        "Thanks so much for the news, even if it isn't what I hoped.",
        "Thank you very much for your feedback on my presentation.",
        "Thank you for the rejection feedback; it helps me prepare.",
        "Thank you for your kind rejection letter and the encouraging words.",
        "Thanks for the clear feedback on the case study.",
        "Thank you for showing me around the lab.",
        "Thank you for showing me how the dispatch board works.",
        "Thank you for confirming the start of the next round.",
        "Thanks for the reminder about the documents you need.",
        "Thank you for clarifying the shift pattern.",
        "Thank you for teaching me so much about the assay in one hour.",
        "Thank you for the lesson plan you shared; it was a great example.",
        "Thank you for the education benefits overview.",
        "Thanks for letting me know so quickly, I appreciate the courtesy.",
        "I'm grateful for the time you took to explain your decision.",
        "Thank you for your email and for considering me.",
        "Thanks a million for the tour, it was brilliant.",
        "Thank you for the template you shared for the report.",
        "Thank you for your honest feedback.",
        "Thank you for letting me know; I know rejection emails are never easy to write.",
        "Thanks for the honest rejection and for the notes on my portfolio.",
        "Thank you for the thoughtful rejection, it clearly took time to write.",
        "Thank you SO much for the interview and the tour!",
        "Thanks VERY much for your time on Tuesday.",
        "Thank you for showing me the new warehouse layout.",
        "Thank you for confirming the date of the second interview.",
        "Thank you for confirming what the role involves day to day.",
        "Thanks for the reminder to bring my passport on Thursday.",
        "Thank you for the template for the case study, it made preparing much easier.",
        "Thanks for the automated scheduling link, it worked perfectly.",
        "Thank you for the form you sent; I have filled it in.",
        "Thank you for your email, it means a lot that you wrote personally.",
        "Thanks for the call, it meant so much to hear from you directly.",
        "Thank you for teaching me how your triage system works.",
        "Thank you for the reality of the role, explained so candidly, which I valued.",
        "I appreciate the rejection being delivered by phone rather than by email.",
        "Thank you for your kind words, they mean more than you know.",
        "Thank you very much for your feedback, which I will act on.",
        "Thanks for proving the prototype works during the demo, it was impressive.",
        'Thanks for Tuesday\'s "lunch and learn", I picked up a lot.',
        'Thank you for explaining the "customer zero" idea.',
        "Thank you so much for the interview, all of which I enjoyed.",
        "Thank you for all the minutes you gave me over your lunch break.",
        "Thank you for the lesson you ran on Tuesday; the pupils were wonderful.",
        "You thanked me for my questions, and I want to thank you for your answers.",
        "Thank you for the interview and the tour of the site.",
        "I am grateful for the lessons I learned through this process.",
    ],
)
def test_sincere_thanks_with_the_same_words_counts(linter: Linter, sentence: str) -> None:
    assert _thanks_counted(linter, sentence)

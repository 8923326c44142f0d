"""Tone rules on a blind batch of hostile lines written on 2026-12-04 (not from the corpus or any
page), each set in an otherwise courteous note, and on gracious look-alikes that share their words.

Before the change 7 of the 36 hostile lines drew no tone warning: contempt for the office ("wasn't
impressed by the office", "get your act together"), snide digs ("hope next time your team actually
reads my CV", "a cheaper candidate was more your style", "your panel couldn't see past a two-year
gap"), a reproach of manners ("the basic courtesy of a reply") and ranking oneself over the field
("I'm obviously the best person you'll see"). After it none is missed, and none of the 26 gracious
lines and look-alikes draws a tone warning.

A second batch written the same day in other registers (34 hostile lines, 12 look-alikes): 7 missed
before ("Would it kill you to reply?", "If anyone there even cares", "Enjoy your mediocre hire", "the
nepotism hire", "never trust a recruiter", "Consider this my final follow-up", "Looking forward to
my offer letter!"), none after; no look-alike flagged before or after."""

from __future__ import annotations

import pytest

from followup_lint import Linter

OPENERS = {
    "rejection-reply": "Thank you for letting me know about the decision.",
    "status-check": "I'm writing to ask whether there is any news on the Analyst role.",
    "thank-you": "Thank you for meeting me on Tuesday about the Analyst role.",
}


def tone_alarms(linter: Linter, purpose: str, sentence: str) -> list[str]:
    text = f"Subject: Analyst role\n\nHi Ana,\n\n{OPENERS[purpose]} {sentence}\n\nBest regards,\nLee Park"
    report = linter.lint(text, purpose=purpose)
    return [f.code for f in report.findings if f.code.startswith("FL3") and f.severity.value in ("warning", "error")]


NEWLY_HEARD = [
    ("rejection-reply", "Frankly I wasn't impressed by the office either."),
    ("rejection-reply", "I hope next time your team actually reads my CV."),
    ("rejection-reply", "I suppose a cheaper candidate was more your style."),
    ("rejection-reply", "It's a shame your panel couldn't see past a two-year gap."),
    ("status-check", "I'd appreciate the basic courtesy of a reply this time."),
    ("status-check", "Any chance you could get your act together and reply?"),
    ("thank-you", "I think I'm obviously the best person you'll see this week."),
]

NEWLY_HEARD += [
    ("status-check", "Consider this my final follow-up."),
    ("status-check", "Would it kill you to reply?"),
    ("status-check", "If anyone there even cares, I'm still available."),
    ("rejection-reply", "Enjoy your mediocre hire."),
    ("rejection-reply", "I'm sure the nepotism hire will do great."),
    ("rejection-reply", "Lesson learned: never trust a recruiter."),
    ("thank-you", "Looking forward to my offer letter!"),
]

ALREADY_HEARD = [
    ("status-check", "Must be nice to take your time over these things."),
    ("status-check", "I've been more than patient."),
    ("rejection-reply", "Thanks for wasting my afternoon."),
    ("thank-you", "You'd be crazy not to hire me."),
    ("rejection-reply", "Good luck finding someone who will put up with that commute."),
    ("rejection-reply", "Clearly experience counts for nothing at your company."),
    ("rejection-reply", "Your interview process was a shambles from start to finish."),
    ("rejection-reply", "Don't bother contacting me for future roles."),
    ("rejection-reply", "Whoever you picked had better be worth it."),
    ("rejection-reply", "You'll regret this when your project falls apart."),
    ("status-check", "It's been three weeks, which is frankly unprofessional."),
    ("status-check", "Is anyone over there actually reading these emails?"),
    ("status-check", "I need an answer by tomorrow or I'm withdrawing."),
    ("status-check", "Let's not pretend you're too busy to send a two-line email."),
    ("thank-you", "Btw your website is really outdated, someone should fix it."),
    ("thank-you", "Hope you pick me, I'm begging you here."),
]

GRACIOUS = [
    ("thank-you", "I'd love to hear whether anyone on the team even uses the old dashboard."),
    ("rejection-reply", "I hope you enjoy your weekend, and thank you again."),
    ("thank-you", "I can't believe the team was so welcoming."),
    ("thank-you", "I don't believe the panel has met yet, so no rush."),
    ("thank-you", "I'm looking forward to my first interview with the wider panel."),
    ("thank-you", "As a token of thanks, I've attached the article I mentioned."),
    ("status-check", "Please consider this my formal acceptance of the assessment date."),
    ("rejection-reply", "I trust the team will thrive with your choice."),
    ("thank-you", "Would it help if I sent my portfolio link again?"),
    ("rejection-reply", "I was disappointed, but I understand, and I'd welcome any feedback."),
    ("rejection-reply", "I hope the new hire settles in well."),
    ("rejection-reply", "I hope you can see past my thin CV if another role opens."),
    ("status-check", "I know these decisions take time, and I'm still very interested."),
    ("status-check", "I have another offer to answer by the 14th, but this role is my first choice."),
    ("status-check", "I appreciated the courtesy of your update last week."),
    ("status-check", "Thank you for treating every candidate with such respect."),
    ("thank-you", "I wasn't impressed by my own answer on SQL, so I've practised since."),
    ("thank-you", "I was not only impressed by the team but by the product too."),
    ("thank-you", "I'm glad you actually got to see the demo working."),
    ("thank-you", "I was glad you actually read my portfolio before we met."),
    ("thank-you", "I think this is clearly the right choice for me."),
    ("thank-you", "This role is clearly the best fit for my skills, and I'd love to join."),
    ("thank-you", "I believe I'd be the right person to help with the migration."),
    ("thank-you", "The flexible hours are more your team's style than mine, which I liked."),
    ("thank-you", "I admit the technical part was hard, and I've since brushed up on window functions."),
]


@pytest.mark.parametrize(("purpose", "sentence"), NEWLY_HEARD + ALREADY_HEARD)
def test_a_hostile_line_draws_a_tone_warning(linter: Linter, purpose: str, sentence: str) -> None:
    assert tone_alarms(linter, purpose, sentence), sentence


@pytest.mark.parametrize(("purpose", "sentence"), GRACIOUS)
def test_a_gracious_line_with_the_same_words_draws_none(linter: Linter, purpose: str, sentence: str) -> None:
    assert tone_alarms(linter, purpose, sentence) == [], sentence

"""Hostile moves in wordings the tone rules had not seen, family by family, each with sound sentences
that share their words.

Written as probes before the rules were changed (2026-12-03): threats to air a grievance before an
audience or a regulator, or to take it up with someone above the reader, and the writer's own lawyer
on the writer's own affairs; understated sarcasm (a slower channel offered in mock, praise for hearing
nothing, "busy ignoring candidates", "one way to run a process"); guilt (a conscience appealed to,
what the writer's effort "merited"); terms presumed ("I fully expect the offer to reflect my
seniority"); a parting shot ("I'll take my talents elsewhere"); the writer's own deadline from
another offer; a plain British "I was chasing this up" and trade terms the tone model misread. Each
hostile sentence, inside an ordinary follow-up, must get a finding of a rule that judges patience
or professionalism; each sound one must get none, for any purpose.
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
        "It would be a shame if candidates started talking about this publicly.",
        "I'd rather not have to post about it online, but I will if I must.",
        "Others deserve to know, so I may write about this everywhere.",
    ],
    "sarcasm": [
        "I suppose six weeks of silence is one way to run a recruitment process.",
        "Do let me know if carrier pigeon would be quicker.",
        "Perhaps I should have applied by fax.",
        "Maybe next time I'll send my questions by telegram.",
        "Should I try smoke signals instead?",
        "Brilliant to hear absolutely nothing for a month.",
        "Lovely to get precisely nothing back after three interviews.",
        "Marvellous how quickly you reply when you want something from me.",
        "Funny how fast HR responds once the paperwork is theirs.",
        "Sorry to bother you again, I know how busy you must be ignoring candidates.",
        "Well, that is certainly one way to treat the people who apply.",
        "Clearly you were all far too busy ignoring my emails.",
        "I expect the team is too busy losing CVs to reply.",
    ],
    "entitlement": [
        "I fully expect the offer letter to reflect my seniority.",
        "We naturally expect the package to match my current salary and bonus.",
    ],
    "guilt": [
        "I hope you can sleep at night knowing how candidates are treated.",
        "How do you people live with yourselves?",
        "After everything I put into this application, I would have thought I merited a phone call.",
        "I'd have thought someone with my record deserved better than a form letter.",
        "I imagine everyone there sleeps soundly at night, whatever they put candidates through.",
    ],
    "parting-shot": [
        "I'll take my talents somewhere they're appreciated.",
        "I will be taking my skills to one of your competitors.",
    ],
    # swearing with symbols for letters, not only asterisks
    "masked-swearing": [
        "This is sh!t.",
        "Such b$llocks.",
        "The whole process was bull$hit.",
        "What the f@ck happened to my application",
        "Frankly, this is a sh#tshow.",
    ],
    "deadline": [
        "I need you to answer by Friday.",
        "I need to hear back by tomorrow.",
        "I expect a reply within the next hour.",
        "Please reply within 24 hours.",
        "I need to know today.",
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
        "I love how openly your engineers write about their work online.",
        "I often write about data quality online, and I'd be glad to share the posts.",
        "I was pleased to see your team talk about accessibility publicly.",
        "I'd be glad to talk about this publicly at your meetup if that helps.",
        "I'd love to write about this project online once it launches.",
    ],
    "sarcasm": [
        "Please excuse the fax cover sheet; the clinic still uses one.",
        "I can fax the signed form this afternoon if that is quicker.",
        "I've sent the signed forms by post.",
        "It was lovely to hear about the team's plans for the spring.",
        "Great to hear back so quickly about the second round.",
        "I was amazed how quickly the team shipped the new feature.",
        "It's remarkable how quickly your support team resolves tickets.",
        "I know you're busy, so I'll keep this short.",
        "I'm busy preparing for the case study, which I'm enjoying.",
        "It's one way to handle on-call that I haven't seen before, and I liked it.",
        "I would have thought the hardest part of the role is the month-end close.",
        "My previous employer valued the same thing.",
        "Nothing would make me happier than joining the team.",
        "The owl sanctuary visit you mentioned sounds wonderful.",
        "Should I send the signed form by fax or by email?",
        "I could send the references by fax if your email filter blocks attachments.",
        "You must have been busy with the launch, so no rush at all.",
    ],
    "guilt": [
        "I sleep well at night knowing the backups are tested.",
        "I hope the team can sleep easier now the migration is done.",
        "I'd have thought the case study deserved more time, so I've added a note on it.",
    ],
    "entitlement": [
        "I expect the offer letter will arrive next week, and I'll sign it promptly.",
        "I fully expect to learn a great deal in the first months.",
    ],
    "parting-shot": [
        "I'd love to take my skills in payroll to a team like yours.",
        "I hope to take my experience in logistics somewhere I can grow, ideally here.",
    ],
    # symbols in money, addresses, handles and names; delight
    "masked-swearing": [
        "The fee is US$500, or AU$700 for the course.",
        "Email me at lee@example.com if that's easier!",
        "I've worked with C# and F# for years.",
        "My handle is @jlee on GitHub.",
        "Yahoo! Finance was one of my data sources.",
        "We hit $2m ARR in the first year.",
        "Wow! The demo of the new scheduler was great.",
    ],
    # the writer's own deadline from another offer, stated plainly; the reader's own far window
    "own-deadline": [
        "I have received an offer from another company, which I need to answer by the end of next week.",
        "I have to decide by the 30th, and your team is my first choice.",
        "They have asked me to respond within two days, so I wanted to let you know.",
        "I know you said you'd be in touch within the next few weeks, and I'm happy to wait.",
        "I need to reply to them by Thursday, so any indication of your timing would help.",
    ],
    # set phrases and trade terms whose words the tone model misread out of context
    "set-phrase": [
        "I was chasing this up as I have another offer with a deadline of Friday.",
        "I'm just chasing this up before I go on leave.",
        "Just chasing this up.",
        "I was chasing up the references you asked for, and they're attached.",
        "In baking terms, the cold retard step we discussed is where I'd start.",
        "I led the penetration testing of the payments API last year.",
        "We reduced the attack surface by half by retiring old endpoints.",
        "I'd add a kill switch to the rollout, as you suggested.",
        "Removing dead code was the first thing I did on the billing service.",
        "Okay.",
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


def test_an_ignored_phrase_leaves_the_rest_of_the_sentence_scored(linter: Linter) -> None:
    # FL330's ignore list drops the words of "chasing this up", not the jibe beside them
    assert "FL330" in _codes(linter, "Lovely of you to keep me guessing for a month, so I'm chasing this up.")
    assert "FL330" in _codes(linter, "Still waiting.")


def test_an_ignored_phrase_is_a_short_phrase() -> None:
    from pydantic import ValidationError

    from followup_lint.checks.learned_tone import LearnedToneParams

    assert LearnedToneParams.model_validate({"ignore": ["Cold  Retard"]}).ignore == ["cold retard"]
    with pytest.raises(ValidationError):
        LearnedToneParams.model_validate({"ignore": ["one two three four five six seven"]})
    with pytest.raises(ValidationError):
        LearnedToneParams.model_validate({"ignore": ["  "]})


def _subject_codes(linter: Linter, subject: str) -> set[str]:
    text = (
        f"Subject: {subject}\n\nHi Priya,\n\nThank you for meeting me on Tuesday. Is there any update on the "
        "timeline? I remain keen on the role.\n\nBest regards,\nJordan Lee"
    )
    report = linter.lint(text, purpose="status-check", channel="email")
    end = text.index("\n")
    return {f.code for f in report.findings if f.end <= end}


@pytest.mark.parametrize(
    "subject",
    [
        "Following up – Analyst role (4th attempt)",
        "Analyst role - third request",
        "Analyst role: final reminder",
        "Application status [5th email]",
    ],
)
def test_a_count_set_off_in_the_subject_presses(linter: Linter, subject: str) -> None:
    assert "FL327" in _subject_codes(linter, subject)


@pytest.mark.parametrize(
    "subject",
    [
        "Analyst role – final round interview",
        "Thank you – last interview of the day",
        "Re: Analyst role - final interview",
        "Following up – Analyst role (Tuesday 4th)",
    ],
)
def test_a_subject_naming_a_round_or_a_date_does_not(linter: Linter, subject: str) -> None:
    assert "FL327" not in _subject_codes(linter, subject)

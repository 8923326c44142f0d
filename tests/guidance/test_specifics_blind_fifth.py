"""FL202 (G-SPECIFICS): a thank-you that names something concrete from the interview is heard.

The held-out report put G-SPECIFICS at F1 0.76 against 0.95 on dev, with more misses than false
alarms, so this fifth blind batch (2026-12-04 evening, written before the linter saw it) aims at
details said in wordings the rule did not know: the writer's own answer on a topic ("my answer on
fire doors"), a thing the reader handed or lent ("the policy you handed me"), the reader's team's
deed ("the basement job your crew pumped out"), a point not thought of until the reader raised it,
the reader's remark in text-speak or as a warning ("ur point about", "your warning that"), a meeting
sat in on, a go on a machine, reading done afterwards, a change named by what it moves between
("the switch from paper job cards to tablets"), what the writer liked about how the place works.

Batch 1: 12 of 24 details missed and 0 of 16 generic look-alikes passed before; 1 and 0 after.
Batch 2, written after the fix (new wordings of the same families and look-alikes aimed at the new
cues): 5 of 6 details missed with the old rules, 0 after; 3 of 13 look-alikes passed after the first
cut ("the information you emailed me", "had a go at answering every question"; "your tip about
staying in touch" already passed with the old rules), 1 after narrowing. Remaining misses are in
``KNOWN_MISSES``: a thing seen on the visit described with no cue at all, and a tip named with two
content words.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


def _fl202(linter: Linter, sentence: str) -> bool:
    text = f"Subject: Thank you – interview\n\nHi Dana,\n\nThank you for meeting me yesterday. {sentence}\n\nBest,\nSam Reyes"
    report = linter.lint(text, purpose="thank-you", channel="email")
    return any(f.code == "FL202" for f in report.findings)


DETAILS = [
    "I can't stop thinking about the flooded basement job your crew pumped out last winter.",
    "Your question about how I would calm a parent at pickup made me think hard on the drive home.",
    "It was good to try the till system myself before the end of the session.",
    "I liked that the apprentices get a full day a week at college.",
    "The idea of moving the night buses onto the new ticketing app sounds like a smart move.",
    "Thanks for the coffee and for letting me have a go on the lathe.",
    "Meeting the two nurses on the stroke ward gave me a real feel for the unit.",
    "The plan to open a second bakery in Leith next spring sounds exciting.",
    "I have already started reading the safeguarding policy you handed me.",
    "The whiteboard problem about splitting the delivery routes was a fun puzzle.",
    "Sorry again that my answer on fire doors went on so long.",
    "I hadn't thought of using the quiet hours for shelf audits until you brought it up.",
    "ur point about cutting the waste on the salad bar was smart",
    "The tour of the print floor, with the big Heidelberg press running, was the best part.",
    "Seeing the kids' artwork all along the corridor told me a lot about the school.",
    "Good to hear the warehouse is moving to two shifts in March.",
    "The case where the tenant withheld rent over the boiler was a tricky one to reason through.",
    "I looked up the charity's annual report afterwards and the volunteer numbers are remarkable.",
    "Regarding your question on my gap year, I spent it working on a farm in New Zealand.",
    "I'd love to help with the switch from paper job cards to tablets.",
    "The dog-grooming trial with the nervous spaniel went better than I feared.",
    "Your warning that the first month is mostly compliance training was useful to know.",
    "It was great to sit in on the morning huddle with the support team.",
    # batch 2: the same families in new wordings
    "My answer about the cold-chain audit was a bit rambling, sorry.",
    "The rota template you emailed me afterwards is really clear.",
    "The kitchen refit your chefs finished in June looks brilliant.",
    "Never thought about pricing by the hour until you raised it.",
    "I had a go at the espresso machine and I am hooked.",
    "The move from the old ward to the new wing sounds like a big job.",
]

GENERIC = [
    "It was great to learn more about the role.",
    "I enjoyed our conversation about the company.",
    "I really liked what I heard about the team's culture.",
    "Everyone I met was so friendly and welcoming.",
    "It sounds like a wonderful place to work.",
    "I came away with a much clearer picture of the position.",
    "The role seems like a perfect match for what I am looking for.",
    "I appreciated the chance to share my experience with you.",
    "Your team clearly cares a great deal about its customers.",
    "The interview gave me a good sense of the day-to-day work.",
    "I left even more excited about joining your organisation.",
    "It was a real pleasure to find out what the job involves.",
    "Hearing about the company's goals was very inspiring.",
    "I feel the job would let me grow and learn new things.",
    "Thanks for answering all of my questions so patiently.",
    "You gave me a lot to think about.",
    # batch 2: look-alikes aimed at the new cues
    "I can't stop thinking about the role.",
    "My answers about myself were maybe a bit long.",
    "The information you emailed me was helpful.",
    "The time your team took to meet me was appreciated.",
    "I had never thought about working in such a great team.",
    "I liked that the team was so welcoming.",
    "I loved how your team works together.",
    "I looked up the company online before the interview.",
    "I had a go at answering every question as honestly as I could.",
    "The move to a new role would be a great step for me.",
    "It would be great to sit in on a team meeting sometime.",
    "Your question about my strengths was a good one.",
]

# (sentence, whether FL202 fires on it today): each verdict is the wrong one
KNOWN_MISSES = [
    # a detail: something seen on the visit, described with no cue ("at the back of" is no cue)
    ("The new walk-in freezer at the back of the kitchen is seriously impressive.", True),
    # generic: a tip that is only courtesy, yet names two content words
    ("Your tip about staying in touch was kind.", False),
]


@pytest.mark.parametrize("sentence", DETAILS)
def test_a_detail_from_the_interview_is_heard(linter: Linter, sentence: str) -> None:
    assert not _fl202(linter, sentence)


@pytest.mark.parametrize("sentence", GENERIC)
def test_generic_praise_is_still_flagged(linter: Linter, sentence: str) -> None:
    assert _fl202(linter, sentence)


@pytest.mark.parametrize(("sentence", "fires_today"), KNOWN_MISSES)
def test_known_misses_stay_as_they_are(linter: Linter, sentence: str, fires_today: bool) -> None:
    """Recorded so a later fix notices it changed them (then move them to the lists above)."""
    assert _fl202(linter, sentence) is fires_today

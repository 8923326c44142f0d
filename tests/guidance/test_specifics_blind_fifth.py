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

Batch 3 (sixth, 2026-12-04, blind): details in non-native, terse and spoken voices and generic notes
that carry capitals, numbers or the writer's record: 6 of 12 details missed and 3 of 12 generic
passed before; 0 and 0 after (showing me round, the part/bit where, glad/hope the reader's news
went or passed, "did not know you ...", LinkedIn/Glassdoor/Indeed as ordinary capitals, and in
code a sentence opened "As a ..." or sending the writer's skills "to your team" is about the
writer). Batch 4, look-alikes for those cues: 0 of 2 details missed, 1 of 12 generic passed ("I'm
pleased that my answers went down well"), 0 after narrowing. Batch 5, for the code change: 1 of 4
details missed (was 0) and 1 of 3 generic passed (was 3).

Batch 6 (seventh, blind): twelve whole notes on LinkedIn and by phone: 2 of 12 misjudged before and
after the two fixes above; after "been reading about" became a cue (and "read", "start" generic
words, for the look-alike "I started reading about your values"), 1 of 12: a voicemail naming the
role and the firm ("the Care Assistant role at Rosewood") still passes as a detail.
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
    # batch 3 (sixth family set): non-native, terse and spoken voices
    "The problem with late deliveries to the Harlow depot, I have some ideas for it.",
    "thx for showing me round the yard, them new Scania trucks are class",
    "Very interesting for me the part when you explain about night audit in the hotel.",
    "I still remember your joke about the coffee machine on the third floor.",
    "Glad the pressure test on the boiler passed in the end.",
    "Hope your daughter's school play went well on Thursday.",
    "The bit where the chef tasted my risotto and asked for more salt was nerve-wracking.",
    "Interesting that most of your customers now book through WhatsApp.",
    "Following up on the spreadsheet question, I've attached a version with the formula fixed.",
    "I did not know you run the food bank collections from the same warehouse.",
    "That pothole-reporting app you built for the council sounds really useful.",
    "Loved the honesty about the staff shortage on weekends.",
    # batch 4 and 5: details beside the new cues and the writer's self-description
    "Glad the stocktake at the Leeds store finally balanced, and hope the audit passes too.",
    "The moment when your head chef plated the sea bass in ten seconds flat was something else.",
    "As a regular at your Camden branch, I was delighted to hear about the second grill going in.",
    "As a nurse on Ward 7 for six years, I know the discharge delays you mentioned all too well.",
    "Your move to Shopify Plus next quarter is exciting, and I'd like to bring my experience to your team.",
    # batch 7: reading done since the interview
    "I have been reading about the new cath lab since.",
    "I've been reading about the harbour dredging project since we spoke.",
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
    # batch 3: generic notes carrying capitals, numbers or the sender's record
    "I am excited about the chance to join Brightwell Logistics as a Warehouse Supervisor.",
    "I have 5 years of experience in retail and a Level 3 diploma in customer service.",
    "Brightwell has been a leader in the industry for over 30 years and I would be proud to join.",
    "I read on LinkedIn that your company values teamwork, which matters to me too.",
    "As a certified CSCS card holder with 8 years on site, I know I can hit the ground running.",
    "I hope to bring my Excel and SAP skills to your finance team.",
    "Meeting you and the team was the highlight of my week.",
    "I was very impressed by everything I saw and heard.",
    "The office looks like an amazing place to work.",
    "I truly appreciated your honest answers to my questions.",
    "It was nice to put faces to names.",
    "Your passion for the work really came through.",
    # batch 4 and 5: look-alikes aimed at the new cues and the self-description
    "Thanks for showing me around the office.",
    "I hope your week goes well.",
    "Glad the interview went well for both of us.",
    "I'm pleased that my answers went down well.",
    "I didn't know what to expect, but it was great.",
    "I didn't know the company was so big.",
    "The part where we talked about the role was great.",
    "The moment I walked in, I felt welcome.",
    "I saw on Glassdoor that staff love working there.",
    "Hope the rest of your week goes well.",
    "I hope your team finds the right person.",
    "Pleased the day went so smoothly for everyone.",
    "As an NVQ Level 2 qualified chef, I would love to join your kitchen team.",
    "I would bring 6 years of Salesforce admin work to your company.",
    # batch 6, a known miss until round 9 (fit9): a voicemail that names the role and the firm only; the
    # caller's own name ("this is Kim Lee") no longer counts as a detail (here in the e-mail frame)
    (
        "Hi Sue, this is Kim Lee, thank you for the interview for the Care Assistant role at Rosewood, "
        "I really enjoyed meeting everyone. Bye now."
    ),
    # batch 7: reading up on the firm is no detail of the interview
    "I have been reading about the company all week.",
    "I've been reading more about the role and the team.",
    "I started reading about your values and mission.",
    # a known miss until round 20 (tests/test_probe20.py): the writer's skill for the reader's customers
    "Being a fluent Spanish speaker, I could support your customers from day one.",
]

# (sentence, whether FL202 fires on it today): each verdict is the wrong one
KNOWN_MISSES = [
    # a detail: something seen on the visit, described with no cue ("at the back of" is no cue)
    ("The new walk-in freezer at the back of the kitchen is seriously impressive.", True),
    # generic: a tip that is only courtesy, yet names two content words
    ("Your tip about staying in touch was kind.", False),
    # a detail lost to the sender-only rule: a second thing named after the writer's skills
    ("I'd love to bring my Figma skills to your design team and the Atlas redesign.", True),
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

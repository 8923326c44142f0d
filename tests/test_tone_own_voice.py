"""Urgency and promises in the writer's own voice: FL311 (demanding) and FL318 (blame) read a
wording family by who acts, not by the word.

- FL311: "ASAP", "as soon as possible" and "right away" are a demand when the reader is to act
  ("Please reply ASAP", "I'd like an answer ASAP"), not when the writer promises or describes their
  own action or first impression ("I'll send the references ASAP", "we clicked right away").
- FL318: "you said you'd ..." is blame when the writer complains that it was broken ("You said
  you'd call, but nothing"), not when the writer acknowledges the reader's plan before adding
  something of their own ("I know you said you'd be in touch, but I wanted to add one thing").

Each sentence is ours, wrapped in an ordinary follow-up (the tone challenge's wrapper), and
checked for every purpose a user may lint it as.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from followup_lint import Linter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import tone_challenge

PURPOSES = ["status-check", "thank-you"]


def codes_in(linter: Linter, sentence: str, purpose: str) -> list[str]:
    """Codes of the findings inside ``sentence`` that judge patience or professionalism."""
    return tone_challenge.tone_codes(linter, sentence, purpose)


#: The writer's own action, promise or first impression, said urgently: not a demand.
OWN_URGENCY = [
    "I'll send the two references ASAP.",
    "I will complete the take-home exercise as soon as possible.",
    "I can start right away if the team needs me.",
    "We clicked right away, and I left the office excited.",
    "I liked the team's approach to code review right away.",
    "I felt at home in the warehouse right away.",
    "I'd be happy to send my portfolio right away.",
    "I'm writing right away to thank you for your time.",
    "I wanted to follow up as soon as possible after our call to say thanks.",
    "I will reply to the scheduling email as soon as possible.",
    "I'll let you know ASAP if anything changes on my side.",
    "We can arrange the site visit as soon as possible.",
    "Just left the interview and had to connect ASAP.",
    "I started reading the book you mentioned right away.",
    "I'll get the signed consent form back to you ASAP.",
    "I have booked the medical check and will go as soon as possible.",
    "I'd return the paperwork right away if you send it over.",
    "I wanted to write right away while the conversation was fresh.",
    "I've already sent the transcript, and I'll post the original as soon as possible.",
    "I'll fill in the background-check form right away.",
    "We'd be able to relocate as soon as possible after an offer.",
    "I am going to practise the scenario you described right away.",
    "I noticed the care your team takes right away.",
]

#: The same urgency words asking the reader to act: a demand, with or without a smiley.
DEMANDS = [
    "Please reply ASAP.",
    "Please reply ASAP :)",
    "I need an answer ASAP.",
    "I'd like an answer ASAP.",
    "I need to know ASAP.",
    "I want to hear back as soon as possible.",
    "I hope to hear from you as soon as possible.",
    "I'd like to hear back as soon as possible.",
    "I would appreciate it if you could reply ASAP.",
    "I'd be grateful for a decision ASAP.",
    "I must have a decision ASAP.",
    "I expect you to reply ASAP.",
    "I trust you will respond ASAP.",
    "I'll be expecting your answer ASAP.",
    "I am still waiting, so reply ASAP.",
    "Get back to me right away.",
    "Let me know ASAP.",
    "Send me the offer ASAP.",
    "We need a decision from you as soon as possible.",
    "I'm asking you to respond right away.",
    "I'd prefer to know right away.",
    "I require a response as soon as possible.",
    "Respond as soon as possible, please.",
]

#: Acknowledging what the reader said they would do, then adding something of one's own.
ACKNOWLEDGED_PLANS = [
    "I know you said you'd get in touch with me, but I thought I'd just give you a ring.",
    "I know you said you would be in touch next week, but I wanted to add one thing.",
    "I understand you said you'd decide by Friday, but I have another offer and wanted to let you know.",
    "I remember you told me you'd be in touch after the board meeting, but I thought a short update might help.",
    "I realise you said you'd contact me, but I wanted to send one more sample.",
    "I appreciate you said you'd be in touch soon; I just wanted to add my references.",
    "I know that you said you would call, but I'm travelling on Tuesday, so email may be easier.",
    "I recall you mentioned you would decide this month, but I wanted to share my new certificate.",
    "I noted you said the panel would meet on Thursday, but I wanted to confirm my availability.",
    "I realize you told me someone would call, but I changed my number and wanted you to have it.",
    "I understand that you said you'd need another week, but I wanted to say I'm still keen.",
    "I know you wrote that you would update me by Friday, but I wanted to thank you first.",
    "I remember you said you'd share the case study, but no rush at all.",
    "I know you said you would be busy this week, but I wanted to say thank you before Friday.",
    "I appreciate that you explained you would be travelling, but I hope the trip goes well.",
    "I understand you said you'd decide after the holidays, but I wanted to let you know my notice period.",
    "I know you told me HR would send the forms, but I can also bring them in person.",
    "I recall that you said you'd know more by the end of the month, but I'm happy to wait.",
    "I know you mentioned you'd be out of the office, but I wanted this to reach you when you're back.",
    "I realise you said you'd be in touch, yet I wanted to add a note about the project we discussed.",
    "As you said you would, your colleague sent the schedule, but I had one question about it.",
    "I know you promised to share the slides, but there's no hurry at all.",
]

#: Holding the reader to what they said, and saying it was broken: blame.
BROKEN_PROMISES = [
    "You said you'd call me last week but nothing.",
    "You told me you would get back to me by Monday, yet here we are.",
    "You said you'd be in touch and you never were.",
    "You said you would let me know two weeks ago.",
    "You told me someone would call, but no one did.",
    "You wrote that you'd update me by Friday, and still nothing.",
    "You said I would hear by the 10th, but I heard nothing.",
    "I was promised an answer by Friday, but nothing came.",
    "You promised feedback and never sent it.",
    "I was told I would hear back within a week, yet it has been a month.",
    "You told me you'd decide by now, but apparently not.",
    "You said it would be a quick process, but it has been six weeks.",
    "You said you'd get back to me like two weeks ago, mate, and nothing.",
    "You said you would send the contract, but I still don't have it.",
    "You said someone would be in touch, and no one was.",
    "You told me you'd call on Tuesday and never did.",
    "You said you would get back to me, but you obviously didn't.",
    "You assured me I was the top candidate.",
    "You promised me a decision this week.",
    "I was led to believe I would hear by Friday, but nothing.",
    "You said you'd email me the feedback, yet nothing arrived.",
]


@pytest.mark.parametrize("purpose", PURPOSES)
@pytest.mark.parametrize("sentence", OWN_URGENCY)
def test_own_urgency_is_no_demand(linter: Linter, sentence: str, purpose: str) -> None:
    assert "FL311" not in codes_in(linter, sentence, purpose)


@pytest.mark.parametrize("purpose", PURPOSES)
@pytest.mark.parametrize("sentence", DEMANDS)
def test_urgency_asked_of_the_reader_is_a_demand(linter: Linter, sentence: str, purpose: str) -> None:
    assert "FL311" in codes_in(linter, sentence, purpose)


def test_a_demand_cites_patience_whatever_the_emoji(linter: Linter) -> None:
    text = tone_challenge.wrap("Please reply ASAP :)")
    report = linter.lint(text, purpose="status-check", channel="email")
    demands = [f for f in report.findings if f.code == "FL311"]
    assert [(f.severity.value, list(f.guidance)) for f in demands] == [("warning", ["G-TONE-PATIENT"])]


@pytest.mark.parametrize("purpose", PURPOSES)
@pytest.mark.parametrize("sentence", ACKNOWLEDGED_PLANS)
def test_acknowledging_the_readers_plan_is_not_blame(linter: Linter, sentence: str, purpose: str) -> None:
    assert "FL318" not in codes_in(linter, sentence, purpose)


@pytest.mark.parametrize("sentence", BROKEN_PROMISES)
def test_a_broken_promise_held_against_the_reader_is_flagged(linter: Linter, sentence: str) -> None:
    assert codes_in(linter, sentence, "status-check")


def test_an_acknowledged_plan_then_a_complaint_is_still_impatience(linter: Linter) -> None:
    found = codes_in(linter, "I know you said you'd call me, but it has been three weeks and nothing.", "status-check")
    assert "FL318" not in found and "FL327" in found

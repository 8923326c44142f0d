"""Round 14 blind batch A of tone14patient (G-TONE-PATIENT, G-POSITIVE), written before any rule changed.

Each probe is one sentence (or two) set in an ordinary draft of its purpose and channel. A BAD probe
must draw a warning or error citing the item named beside it, inside its own words; a GOOD probe must
draw no warning or error citing any tone item inside its words.

Bad kinds: pay or conditions raised in a thank-you as a condition of going on; a long or abject apology
for a slip in the interview; a sulky or wounded reply to a rejection; a "polite" case that the writer was
misled and should be judged again; asking in a wounded way to be told why one was not chosen. Good kinds:
a competing offer's deadline said calmly, enjoying a hard question, adding to an answer, a salary figure
given because it was asked, notice periods, a balanced "disappointed, but", a feedback request, an apology
for one's own slow reply, nerves mentioned lightly.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

TONE_ITEMS = {"G-TONE-PATIENT", "G-TONE-PROFESSIONAL", "G-POSITIVE"}
PAT, POS = "G-TONE-PATIENT", "G-POSITIVE"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _draft(sentence: str, channel: str, purpose: str) -> str:
    if channel == "call":
        return (
            "Hello Mr. Botha, this is Lindiwe Dube. I interviewed for the maintenance fitter job on Thursday. "
            f"{sentence} You can reach me on 083 555 0192, that's 083 555 0192. Thanks very much, bye."
        )
    if channel == "linkedin":
        return f"Hi Meera,\n\n{sentence}\n\nWarm regards,\nTomás Reilly"
    if channel == "letter":
        return (
            "22 Kingsway\nCardiff CF10 3AB\n\n9 April 2026\n\nDear Dr. Pryce,\n\n"
            f"Thank you for your letter about the library assistant post. {sentence}\n\n"
            "Yours sincerely,\nGareth Lloyd"
        )
    subject = {
        "thank-you": "Thank you – Logistics Planner interview",
        "status-check": "Logistics Planner application – update",
        "rejection-reply": "Re: Logistics Planner position",
    }[purpose]
    opener = {
        "thank-you": "Thank you for meeting me on Wednesday about the Logistics Planner role.",
        "status-check": "I interviewed for the Logistics Planner role on 4 March.",
        "rejection-reply": "Thank you for telling me about the Logistics Planner role.",
    }[purpose]
    return f"Subject: {subject}\n\nDear Ms. Adeyemi,\n\n{opener} {sentence}\n\nBest wishes,\nRohan Mehta\n555-0177"


def tone_items(linter: Linter, sentence: str, channel: str, purpose: str) -> set[str]:
    text = _draft(sentence, channel, purpose)
    start = text.index(sentence)
    end = start + len(sentence)
    report = linter.lint(text, purpose=purpose, channel=channel)
    items: set[str] = set()
    for f in report.findings:
        if f.severity.value in ("warning", "error") and f.start < end and f.end > start:
            items |= TONE_ITEMS & set(f.guidance)
    return items


def _x(*args: object) -> pytest.param:  # a probe the linter misjudged before the change
    return pytest.param(*args, marks=pytest.mark.xfail(strict=True))


#: (sentence, channel, purpose, item that must be cited)
BAD = [
    # pay or conditions made a condition of going on, in a thank-you
    (
        "Having thought about the commute, I'd now want £4,000 more than the figure I gave you before I could go any further.",
        "email",
        "thank-you",
        PAT,
    ),
    (
        "Just so you know, I'd only be able to carry on with the process if the day rate goes up to R3,500.",
        "linkedin",
        "thank-you",
        PAT,
    ),
    (
        "One thing before the next round: I will need a four-day week and a company car for this to work for me.",
        "email",
        "thank-you",
        PAT,
    ),
    (
        "On reflection my salary expectation is now 12 lakh, not the 9 I said, and I'd need that to take things forward.",
        "email",
        "thank-you",
        PAT,
    ),
    (
        "I'd have to be on at least thirty-eight an hour plus travel or it's not worth me going ahead.",
        "call",
        "thank-you",
        PAT,
    ),
    # a long or abject apology for a slip in the interview
    (
        "I must apologise again for making such a hash of the budgeting question; I've gone over it all evening and I feel foolish.",
        "letter",
        "thank-you",
        POS,
    ),
    (
        "Sorry sorry for how I fumbled the coding task, I was so nervous and I know it looked very bad, please forgive me.",
        "linkedin",
        "thank-you",
        POS,
    ),
    (
        "I'm mortified about mixing up your company's name with another firm's at the start, and I'll understand if that rules me out.",
        "email",
        "thank-you",
        POS,
    ),
    (
        "I keep kicking myself over the safety question; I hope you won't hold my blank mind against me.",
        "call",
        "thank-you",
        POS,
    ),
    # a sulky or wounded rejection reply
    ("Well, that's a blow. I really thought my portfolio spoke for itself.", "email", "rejection-reply", POS),
    (
        "I have to say the news knocked me sideways, as I was certain the role was mine after the second interview.",
        "email",
        "rejection-reply",
        POS,
    ),
    (
        "Honestly I'm gutted; I'd even told my parents I had it in the bag.",
        "linkedin",
        "rejection-reply",
        POS,
    ),
    ("I suppose that's just how it goes for people like me.", "letter", "rejection-reply", POS),
    (
        "It hurts to be passed over after everything I put into the three rounds.",
        "email",
        "rejection-reply",
        POS,
    ),
    # a polite case that the writer was misled and should be judged again
    (
        "In fairness, I was told at the start that pseudo-code would be enough, so I don't think it's right that I was scored on whether it compiled.",
        "email",
        "rejection-reply",
        PAT,
    ),
    (
        "I'd respectfully ask that the panel look at my case again, since the brief I was sent did not mention the presentation.",
        "email",
        "rejection-reply",
        PAT,
    ),
    (
        "Could I be given the chance to sit the numeracy test again, as the instructions I received were different from what was marked?",
        "email",
        "rejection-reply",
        PAT,
    ),
    (
        "Your colleague assured me the gap in my CV would not be an issue, so I was surprised to see it given as the reason.",
        "letter",
        "rejection-reply",
        PAT,
    ),
    # asking in a wounded way to be told why one was not chosen
    ("I'd really like to know what the other person had that I didn't.", "email", "rejection-reply", PAT),
    ("Can you please tell me straight why I wasn't good enough this time?", "linkedin", "rejection-reply", PAT),
    (
        "After three interviews I feel I'm owed at least an explanation of why it went to someone else.",
        "email",
        "rejection-reply",
        PAT,
    ),
    (
        "I just need to understand why I keep getting this far and then hearing no.",
        "call",
        "rejection-reply",
        PAT,
    ),
]

#: (sentence, channel, purpose)
GOOD = [
    (
        "Another firm has asked for my answer by the 14th; I'd much rather join your team, so if there is any news on timing I'd be glad to hear it.",
        "email",
        "status-check",
    ),
    (
        "I have an offer elsewhere with a reply date of Friday week, and I wanted you to know in case it helps with planning.",
        "linkedin",
        "status-check",
    ),
    ("I really enjoyed the challenge of the case question on the warehouse layout.", "email", "thank-you"),
    (  # quiet since the tone model was retrained on the probe drafts (2026-12-07)
        "I wanted to add to my answer on stock rotation: at my last site we cut waste by a fifth with a simple FIFO board.",
        "email",
        "thank-you",
    ),
    (
        "Looking back, I think I rushed my answer on risk, so here is a fuller version in two lines.",
        "email",
        "thank-you",
    ),
    ("The salary band you described works well for me.", "email", "thank-you"),
    ("As you asked, my expected package is around AUD 95,000 plus super.", "email", "thank-you"),
    (
        "I'd need to give my current employer four weeks' notice, so a start in early March would suit.",
        "email",
        "thank-you",
    ),
    (
        "I was disappointed, of course, but I enjoyed meeting the whole team and learnt a lot from the day.",
        "email",
        "rejection-reply",
    ),
    (
        "It's a shame it didn't work out this time, but I'd love to be considered for the next graduate intake.",
        "linkedin",
        "rejection-reply",
    ),
    (
        "If you have a few minutes, I'd value any pointers on what would have made my application stronger.",
        "email",
        "rejection-reply",
    ),
    (
        "I'd be grateful to hear which areas I should work on before I apply again.",
        "letter",
        "rejection-reply",
    ),
    ("Sorry for the slow reply; I was travelling when your message came through.", "email", "rejection-reply"),
    (
        "Apologies for the mix-up over the start time on Tuesday, and thank you for fitting me in later.",
        "email",
        "thank-you",
    ),
    (
        "I was a little nervous at the start, but I enjoyed the conversation once we got talking about the kitchen refit.",
        "call",
        "thank-you",
    ),
    (
        "Thank you for being so candid about the night shifts; it helped me picture the job clearly.",
        "letter",
        "thank-you",
    ),
    (
        "Your explanation of why you chose another applicant was kind and clear, and I accept it fully.",
        "email",
        "rejection-reply",
    ),
    (
        "The interviewer mentioned that pseudo-code was fine for the whiteboard task, which put me at ease.",
        "email",
        "thank-you",
    ),
    (
        "I understand the decision and would welcome the chance to apply again if a similar post opens.",
        "letter",
        "rejection-reply",
    ),
    (
        "Hope the rest of the hiring goes smoothly for you, and thanks again for the quick answer.",
        "linkedin",
        "rejection-reply",
    ),
    (
        "Thanks for the heads-up on the timeline; I'm happy to wait until you've seen the others.",
        "call",
        "status-check",
    ),
    ("My rate for contract work is normally R2,800 a day, and I'm open to discussing it.", "linkedin", "thank-you"),
    (
        "I look forward to talking about the package if I'm lucky enough to reach the final stage.",
        "email",
        "thank-you",
    ),
    (
        "I'd be keen to know whether the role could include some site visits, as that's where I learn best.",
        "email",
        "thank-you",
    ),
]


@pytest.mark.parametrize(("sentence", "channel", "purpose", "item"), BAD)
def test_bad_probe_cites_its_item(linter: Linter, sentence: str, channel: str, purpose: str, item: str) -> None:
    assert item in tone_items(linter, sentence, channel, purpose)


@pytest.mark.parametrize(("sentence", "channel", "purpose"), GOOD)
def test_good_probe_draws_no_tone_finding(linter: Linter, sentence: str, channel: str, purpose: str) -> None:
    assert tone_items(linter, sentence, channel, purpose) == set()

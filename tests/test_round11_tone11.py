"""Round 11 blind batch of tone11: the kinds of misjudgement the new dev drafts (y- batches 7-10)
showed in the tone family, each probed in our own wordings before any rule changed.

- OWN_RECORD / LECTURE: "<doing a task> is just how I ran ..." is the writer's own record, said
  plainly (FL330 must stay quiet, in an e-mail or read out in a voicemail); the same frame holding the
  reader to a duty ("Replying to candidates is just basic manners") is a lecture and is caught.
- COWARDICE / BRAVERY: a one-word verdict of cowardice or pettiness on the reader's act ("Turning me
  down by text was spineless.") is contempt; courage, boldness or the same words about plants, one's
  own past or a habit the writer avoids are not.
- POLITE_ASIDES: sentences a bad draft may hold that are courteous in themselves (a wish to know
  where things stand, a recap of the interviewer's question, a caller's "no, that's fine"): no tone
  finding.
- CHEERFUL_CAPITALS: capitals of thanks or praise are shouting (G-TONE-PROFESSIONAL), not impatience:
  FL304 must not cite G-TONE-PATIENT for them (tests/corpus/calibration/LABELLING.md: "shouting in
  capitals" is a G-TONE-PROFESSIONAL fault; G-TONE-PATIENT is impatience, demands and blame).

Counts before any change (the shipped model and rules): see the xfail marks' history in the
commit log and the report of round 11.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

TONE_ITEMS = {"G-TONE-PATIENT", "G-TONE-PROFESSIONAL", "G-POSITIVE"}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _email(sentence: str) -> str:
    return (
        "Subject: Thank you – Operations Lead interview\n\nHello Ms. Okafor,\n\n"
        f"Thank you for meeting me on Tuesday about the Operations Lead role. {sentence} "
        "I'd welcome the chance to keep talking about the job.\n\nKind regards,\nDana Whitfield\n555-0143"
    )


def _voicemail(sentence: str) -> str:
    return (
        "Hi Mr. Baptiste, this is Dana Whitfield. I'm calling to thank you for Tuesday's interview for the "
        f"Operations Lead role. {sentence} I'm still very keen on the job. You can reach me on 555-0143; "
        "that's 555-0143. Thanks, and have a good afternoon."
    )


def tone_findings(linter: Linter, text: str, sentence: str, channel: str, purpose: str = "thank-you"):
    start = text.index(sentence)
    end = start + len(sentence)
    report = linter.lint(text, purpose=purpose, channel=channel)
    return [
        f
        for f in report.findings
        if TONE_ITEMS & set(f.guidance) and f.severity.value in ("warning", "error") and f.start < end and f.end > start
    ]


def codes(linter: Linter, sentence: str, channel: str, purpose: str = "thank-you") -> list[str]:
    text = _voicemail(sentence) if channel == "call" else _email(sentence)
    return sorted({f.code for f in tone_findings(linter, text, sentence, channel, purpose)})


def _x(sentence: str) -> pytest.param:  # a probe the linter misjudged before the change
    return pytest.param(sentence, marks=pytest.mark.xfail(strict=True))


#: The writer's own record in the "<task> is just how I ..." frame: plain, not hostile.
OWN_RECORD = [
    "Closing the month in three working days is just how we did it at Ferro Logistics.",
    "Keeping the kitchen ready for an inspection every morning is simply how I ran the line at Basil & Brine.",
    "Turning a ticket around inside an hour is just what my help-desk team did every day.",
    "Getting new hires onto the tills in their first week is just how I trained staff at Corner Market.",
    "Walking the site before the crew arrives is just a habit from my eight years as a foreman.",
    "Reconciling the ledgers before the auditors arrive is just part of how I've always worked.",
    "Getting patients their results on the same day is just how our clinic ran while I did the scheduling.",
    "Balancing three school timetables is exactly what I did last year as deputy head.",
    "Loading the trucks in route order is just how the night shift worked when I led it.",
    "Fixing a broken build before lunch was simply normal on my last team.",
]

#: The same frame holding the reader to a duty: a lecture.
LECTURE = [
    "Replying to candidates within a week is just basic manners.",
    "Getting back to people is simply how decent employers behave.",
    "Sending a two-line update is just common courtesy, which apparently is too much to ask.",
    "Telling applicants where they stand is just how professionals operate, not that you would know.",
    # written after FL330's own_record gate, to check it stays out of the reader's duty and the present
    "Ignoring candidates is just how you operate, apparently.",
    "Chasing you for an answer is just what I do now.",
    "Waiting six weeks is just how I spent my summer, thanks to you.",
]

#: A one-word verdict of cowardice or pettiness on the reader's act: contempt.
COWARDICE = [
    "Turning me down by text was spineless.",
    "Honestly, that was cowardly.",
    "Letting a bot send the rejection is a cowardly way to treat people.",
    "What a petty way to end three rounds of interviews.",
    "That's a classless move after everything I put into the case study.",
    "Hiding behind your HR team like that is gutless.",
    "It was a spineless decision and you know it.",
    "Frankly, cancelling the final round by auto-reply was shabby.",
    # short verdicts, added before any change once the first run showed the model alone catching the long ones
    "That was petty.",
    "So classless.",
    "Sending it by auto-reply was a spiteful thing to do.",
    "Cowardly, really.",
]

#: Courage, boldness, and the same words about plants, the writer's past or a habit they avoid.
BRAVERY = [
    "It took guts for your team to rebuild the platform from scratch.",
    "That was a brave call on the product launch, and I admired it.",
    "I was too timid to ask about the budget on the day, so I'd like to ask now.",
    "I spent two summers propagating spineless cacti for a garden centre.",
    "My old manager taught me that staying quiet about a defect is the cowardly option, so I flag problems early.",
    "The board made a bold, unpopular decision last spring, and I respect how it was explained.",
    "Being petty about credit has no place on a team, which is why I liked how your leads share it.",  # quiet since the tone model was retrained (2026-12-07)
    "Your gutsy move into refurbished laptops is what first drew me to the company.",
    "That's generous, honestly.",
    "It was a brave reply.",
    "That was smart, honestly.",
    "My grandfather grew spineless cacti, and I caught the bug.",
]

#: Courteous sentences that a bad draft may hold: no tone finding.
POLITE_ASIDES = [
    "I'd love to know where things stand with the shortlist whenever you have a moment.",
    "I'd like to know how the hiring timeline is looking.",
    "You also wanted to know how I deal with a difficult client.",
    "You asked me how I would handle a supplier missing a deadline.",
    "You asked what I'd change in my first month, and I've thought about it more since.",
    "Okay, no problem, I can try again next week.",
    "Right, no, that makes sense.",  # quiet since the tone model was retrained (2026-12-07)
    "Sure, no, that's completely fine.",
]

#: Capitals of thanks or praise (shouting, unprofessional) and of a demand (impatient as well).
CHEERFUL_CAPITALS = [
    _x("I LOVED meeting the whole team!"),
    "THANK YOU SO MUCH for the tour of the plant!",
    "The new studio is AMAZING and I can't stop thinking about it.",
    "It was SUCH A PLEASURE to meet you.",
]
DEMANDING_CAPITALS = [
    "I NEED AN ANSWER by Friday.",
    # passed before round 11 only through FL304's citation of G-TONE-PATIENT, which capitals no longer carry
    # (LABELLING.md); no demand rule reads "please respond to my last three e-mails" yet
    _x("PLEASE RESPOND to my last three e-mails."),
]


@pytest.mark.parametrize("channel", ["email", "call"])
@pytest.mark.parametrize("sentence", OWN_RECORD)
def test_own_record_is_quiet(linter: Linter, sentence: str, channel: str) -> None:
    assert codes(linter, sentence, channel) == []


@pytest.mark.parametrize("sentence", LECTURE)
def test_lecture_is_caught(linter: Linter, sentence: str) -> None:
    assert codes(linter, sentence, "email", "status-check")


@pytest.mark.parametrize("sentence", COWARDICE)
def test_cowardice_verdict_is_caught(linter: Linter, sentence: str) -> None:
    found = codes(linter, sentence, "email", "rejection-reply")
    assert found


@pytest.mark.parametrize("sentence", BRAVERY)
def test_bravery_and_look_alikes_are_quiet(linter: Linter, sentence: str) -> None:
    assert codes(linter, sentence, "email") == []


@pytest.mark.parametrize("channel", ["email", "call"])
@pytest.mark.parametrize("sentence", POLITE_ASIDES)
def test_polite_asides_are_quiet(linter: Linter, sentence: str, channel: str) -> None:
    assert codes(linter, sentence, channel, "status-check") == []


@pytest.mark.parametrize("sentence", CHEERFUL_CAPITALS)
def test_cheerful_capitals_are_unprofessional_not_impatient(linter: Linter, sentence: str) -> None:
    text = _email(sentence)
    found = [f for f in tone_findings(linter, text, sentence, "email") if f.code == "FL304"]
    assert found
    assert all("G-TONE-PATIENT" not in f.guidance for f in found)
    assert any("G-TONE-PROFESSIONAL" in f.guidance for f in found)


@pytest.mark.parametrize("sentence", DEMANDING_CAPITALS)
def test_demanding_capitals_still_cite_patience(linter: Linter, sentence: str) -> None:
    text = _email(sentence)
    found = tone_findings(linter, text, sentence, "email", "status-check")
    assert any("G-TONE-PATIENT" in f.guidance for f in found)


#: Half-finished and complete verdicts of cowardice, run together with no sentence break: the new
#: FL322 patterns have only bounded gaps, so their time must grow linearly.
COWARDICE_UNIT = (
    "that is so petty that's gutless so , classless it was a bit shabby petty way cowardly of you "
    "which was petty cash that is just really so truly spineless move gutless of the "
)


def test_cowardice_patterns_grow_linearly(linter: Linter) -> None:
    from check_timing import assert_grows_linearly, prepared_input

    inputs = {
        n: prepared_input(linter, COWARDICE_UNIT * (4 * n), subject="Following up", purpose="rejection-reply")
        for n in (1, 10, 100)
    }
    assert_grows_linearly(linter, "FL322", inputs.__getitem__, "cowardice", repeats=5)

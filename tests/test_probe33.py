"""Round 33: what the round 33 blind batch of good follow-ups (tests/corpus/probes/round33: 60 from community and
faith work, sport, the motor trade, aviation ground work, water and waste, housekeeping, home care, landscaping, film
and music, data and AI roles, legal advice, tourism and small family businesses abroad) drew, each false alarm pinned
both ways with wordings of our own."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input
from probe_helpers import codes as _codes
from probe_helpers import warned as _warned

from followup_lint import Linter
from followup_lint.context import Context

SIGNED = "Kind regards,\nMaricel Santos\n0917 555 0199"


def _email(body: str) -> str:
    return f"Subject: Thank you – Spa Therapist interview\n\nDear Ms Reyes,\n\n{body}\n\n{SIGNED}"


THANKS = "Thank you for yesterday's interview and the tour of the treatment rooms."


@pytest.mark.parametrize("word", ["hilot", "pavers"])
def test_field_words_of_round_33_are_no_misspelling(linter: Linter, word: str) -> None:
    text = _email(f"{THANKS} I enjoyed talking about the {word} work you plan this summer.")
    assert not [sev for _, sev in _codes(linter, text, "FL401") if sev != "info"]


def test_no_article_is_asked_for_before_a_name(linter: Linter) -> None:
    text = _email(f"{THANKS} Your plan to record more live bands in Studio B is where I think I can help most.")
    assert all(text[start:end].strip() for start, end in _spans(linter, text, "FL402"))


def test_a_space_before_a_full_stop_is_still_a_slip(linter: Linter) -> None:
    text = _email(f"{THANKS} It was a pleasure to meet the team .")
    assert _warned(linter, text, "FL404")


def _spans(linter: Linter, text: str, code: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in linter.lint(text).findings if f.code == code]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # the writer's time served at a firm is the record, not the job applied for
        ("After three years in the homelessness team at Brayford Council, I know these cases well.", False),
        # a sure frame after it still names the next employer
        ("After two years as a volunteer I'm excited to join Initech.", True),
    ],
)
def test_time_served_at_a_firm_is_the_writer_s_record(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"{THANKS} {sentence}")
    assert bool(_codes(linter, text, "FL208", context={"company": "Eastgate Law Centre"})) is flagged


@pytest.mark.parametrize(
    ("sentence", "interest"),
    [
        ("I'd really like this apprenticeship.", True),
        ("The day confirmed my wish to work with your team.", True),
        ("I'd really like this apprenticeship to include day release, if that is possible.", False),
    ],
)
def test_plain_interest_of_round_33(linter: Linter, sentence: str, interest: bool) -> None:
    text = _email(f"{THANKS} {sentence} I look forward to hearing from you.")
    assert _warned(linter, text, "FL204", purpose="thank-you") is not interest


@pytest.mark.parametrize(
    ("code", "channel", "unit"),
    [
        ("FL119", "linkedin", "see attached I've attached attached is in the attachment "),
        ("FL204", "email", "I'd really like this confirmed my wish to "),
        ("FL208", "email", "After three years in the team at Brayford Council, "),
        # rounds 31-33's FL134 readings: a name before a dash, thanks before it, a title the reader asked about
        (
            "FL134",
            "email",
            "your question about heritage, Tom – it's Thanks again, Graham – your question on the Big Picture, Graham, and ",
        ),
        ("FL402", "email", "record the bands in Studio B I know it's early days "),
    ],
)
def test_the_round_33_patterns_grow_linearly(linter: Linter, code: str, channel: str, unit: str) -> None:
    context = Context(interviewers=["Priya Raman"], company="Eastgate Law Centre")
    assert_grows_linearly(
        linter,
        code,
        lambda n: prepared_input(linter, unit * (10 * n), greeting="Dear Priya,", channel=channel, context=context),
        f"{code} {channel}",
    )


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # (a sound sentence of round 32's faulty batch) "it's" after a verb of knowing is "it is"
        ("I know it's early days, but I wanted to ask about the timing.", False),
        ("I know it's equipment is first class.", True),
    ],
)
def test_it_s_after_a_verb_of_knowing(linter: Linter, sentence: str, flagged: bool) -> None:
    assert _warned(linter, _email(f"{THANKS} {sentence}"), "FL402") is flagged


def _linkedin(sentence: str) -> str:
    return f"Hi Ana, thank you for Tuesday's interview. {sentence} I'd be glad to stay connected. Lee"


# A review of round 33 (8 findings): the new wordings' sincere neighbours pass, and what the narrowings had lost is heard.
@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I have attached great weight to what you said about supervision.", False),
        ("I enjoyed hearing about the work in the attachment and bonding clinic.", False),
        ("I have enclosed gardens experience from my time at Kew.", False),
        ("I'll see the attached flat at the depot on Friday.", False),
        ("As promised, see attached my design sample.", True),
        ("Please find my CV attached.", True),
        ("I'm attaching my certificates.", True),
        ("Attached, please find my references.", True),
    ],
)
def test_a_linkedin_note_pointing_to_an_attachment(linter: Linter, sentence: str, flagged: bool) -> None:
    assert _warned(linter, _linkedin(sentence), "FL119", channel="linkedin") is flagged


REVIEW_33 = [
    ("The day confirmed my wish to stay in my current job.", "FL204", True),
    ("It confirmed my desire to remain freelance.", "FL204", True),
    ("My manager has no idea of how claims work, and I can't stand it.", "FL316", True),
    ("Not the warmest welcome at reception, but the interview made up for it.", "FL316", True),
    ("It was not the smoothest welcome I've had.", "FL316", True),
    ("Perhaps remind your interviewers that candidates are human beings too.", "FL331", True),
    ("I'm praying you pick me.", "FL310", True),
    ("I'd accept any rate at this point.", "FL310", True),
    ("When the new person can't handle it, give me a call.", "FL313", True),
    ("When the new hire is settled in, give me a shout if they need a handover.", "FL313", False),
]


@pytest.mark.parametrize(("sentence", "code", "flagged"), REVIEW_33)
def test_the_review_of_round_33(linter: Linter, sentence: str, code: str, flagged: bool) -> None:
    assert _warned(linter, _email(f"{THANKS} {sentence}"), code, purpose="thank-you") is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("After ten years in retail I am very interested in the role at Globex.", True),
        ("After three years in analytics I'm excited about the Data Analyst role at Globex.", True),
    ],
)
def test_the_job_applied_for_after_time_served_is_still_read(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"{THANKS} {sentence}")
    assert bool(_codes(linter, text, "FL208", context={"company": "Eastgate Law Centre"})) is flagged

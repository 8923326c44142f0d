"""Round 19, a blind probe set of 80 follow-ups good but for one content fault
(tests/corpus/probes/round19/fault): the wrong employer named in frames FL208 did not read, each pinned
both ways with wordings of our own (the employer named there passes; another firm is flagged)."""

from __future__ import annotations

import time

import pytest

from followup_lint import Linter

EMPLOYER = "Brightwater Logistics"
OTHER = "Kestrel Freight"
SENTENCES = [
    "I would relish the chance to help {firm}'s drivers spend less time queuing at the docks.",
    "Could you give me a rough idea of when {firm}'s decision is expected?",
    "Thank you again to everyone at {firm} for making me feel so welcome.",
    "I have admired the work of {firm} for a long time.",
    "I have attached the route plan the {firm} team asked for.",
    "I would be glad to be considered for future openings at {firm}.",
]


def _text(sentence: str) -> str:
    return (
        "Subject: Thank you – Transport Planner interview\n\nDear Ms Ndlovu,\n\nThank you for meeting me yesterday "
        f"about the Transport Planner role. {sentence} I look forward to hearing about the next steps.\n\n"
        "Kind regards,\nSam Okafor\n07700 900 123"
    )


def _fl208(linter: Linter, text: str) -> list[str]:
    report = linter.lint(text, purpose="thank-you", context={"company": EMPLOYER})
    return [text[f.start : f.end] for f in report.findings if f.code == "FL208"]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_employer_in_the_new_frames_passes(linter: Linter, sentence: str) -> None:
    assert _fl208(linter, _text(sentence.format(firm=EMPLOYER))) == []


@pytest.mark.parametrize("sentence", SENTENCES)
def test_another_firm_in_the_new_frames_is_flagged(linter: Linter, sentence: str) -> None:
    assert _fl208(linter, _text(sentence.format(firm=OTHER))) == [OTHER]


@pytest.mark.parametrize(
    "sentence",
    [
        "In my current role I help Kestrel Freight's drivers plan their routes.",  # the writer's record
        "I worked with everyone at Kestrel Freight on the tender last year.",  # a past job
        "Your partnership with Kestrel Freight's drivers came up too.",  # dealings
    ],
)
def test_the_writers_record_and_dealings_are_not_flagged(linter: Linter, sentence: str) -> None:
    assert _fl208(linter, _text(sentence)) == []


def test_the_new_frames_grow_linearly(linter: Linter) -> None:
    # the frames' openings again and again, never a name after them
    unit = "the work of the everyone at all the team asked for future openings at 's decision "

    def run(n: int) -> float:
        text = _text(unit * (4 * n) + ".")
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            linter.lint(text, context={"company": EMPLOYER})
            best = min(best, time.perf_counter() - start)
        return max(best, 0.002)

    times = {n: run(n) for n in (1, 10, 100)}
    assert times[10] / times[1] < 40 and times[100] / times[10] < 40, times


# FL134: the reader's words recalled just before a name ("As you said, Karen, the role ...") speak to
# that name, though "the" follows it (round 19: a wrong first name in the body went unread).
def _fl134(linter: Linter, sentence: str) -> list[str]:
    text = (
        "Subject: Thank you – Practice Nurse interview\n\nDear Helen,\n\nThank you for seeing me yesterday. "
        f"{sentence}\n\nKind regards,\nSiobhan Carey\n07911 402 556"
    )
    report = linter.lint(text, purpose="thank-you", context={"interviewers": ["Helen Marsh"]})
    return [text[f.start : f.end] for f in report.findings if f.code == "FL134"]


@pytest.mark.parametrize(
    "sentence",
    ["As you said, Karen, the role needs someone calm.", "As you rightly pointed out, Karen, the clinic is busy."],
)
def test_a_wrong_name_after_the_readers_words_is_flagged(linter: Linter, sentence: str) -> None:
    assert _fl134(linter, sentence) == ["Karen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "As you said, Helen, the role needs someone calm.",  # the reader herself
        "I met your colleague, Karen, the practice manager.",  # an apposition
        "My mentor always said, Karen, the head nurse, was the best teacher.",  # no "you"
    ],
)
def test_the_reader_and_appositions_are_not_flagged(linter: Linter, sentence: str) -> None:
    assert _fl134(linter, sentence) == []

"""FL401-FL407 on drafts of many trades and Englishes (round 7 of the spelling probes): the slips a
reader notices are warnings or errors, the words of a trade, a country or another language are not.
Sentences written for this test, before the linter was run on them."""

from __future__ import annotations

import pytest

from followup_lint import Linter

LANGUAGE = {f"FL40{i}" for i in range(1, 8)}


def findings(linter: Linter, sentence: str) -> list[tuple[str, str, str]]:
    text = (
        f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for your time today. {sentence}\n\nBest,\nLee"
    )
    report = linter.lint(text, purpose="thank-you")
    return [(f.code, f.severity.value, text[f.start : f.end]) for f in report.findings if f.code in LANGUAGE]


def flagged(linter: Linter, sentence: str) -> list[tuple[str, str]]:
    """The findings a reader is warned of (warnings and errors), as (code, words)."""
    return [(code, words) for code, severity, words in findings(linter, sentence) if severity != "info"]


# "then" for "than" after a comparative: Harper files it as style; a reader sees a slip.
@pytest.mark.parametrize(
    "sentence",
    [
        "The tunnel project is more complex then anything I did at university.",
        "The new plant is bigger then the old one.",
        "Your team ships faster then mine did.",
    ],
)
def test_then_for_than_is_a_warning(linter: Linter, sentence: str) -> None:
    assert ("FL402", "then") in flagged(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If the budget grows any larger, then we would need a second hire.",
        "I was more nervous then than I am now.",
        "The queue was no bigger than usual, then it doubled overnight.",
        "Back then the team was smaller.",
    ],
)
def test_then_in_its_own_place_is_not_flagged(linter: Linter, sentence: str) -> None:
    assert [w for _, w in flagged(linter, sentence) if w == "then"] == []


# A noun made from a phrasal verb, in a place a verb could stand: Harper's PhrasalVerbAsCompoundNoun
# reads it as the verb; a tip at most.
@pytest.mark.parametrize(
    "sentence",
    [
        "I liked how the team runs handover at the bedside.",
        "I led the rollout of the new rota system.",
        "The setup of the lab impressed me.",
    ],
)
def test_a_noun_from_a_phrasal_verb_is_no_warning(linter: Linter, sentence: str) -> None:
    assert flagged(linter, sentence) == []


# The tail of a code or model glued to its number ("I-140s." at a sentence's end, "W-2s", "4x4s"): Harper
# cuts it off and reads it as a word; it is no misspelling.
@pytest.mark.parametrize(
    "sentence",
    [
        "I prepared H-1B petitions and I-140s.",
        "I filed W-2s and 1099s for forty contractors.",
        "Most clients drive 4x4s on the farm roads.",
    ],
)
def test_the_tail_of_a_code_is_no_error(linter: Linter, sentence: str) -> None:
    assert flagged(linter, sentence) == []


def test_a_slip_beside_a_code_is_still_an_error(linter: Linter) -> None:
    assert ("FL401", "recieved") in flagged(linter, "I handled the W-2s and recieved the forms.")


def draft_findings(linter: Linter, text: str) -> list[tuple[str, str]]:
    report = linter.lint(text, purpose="thank-you")
    return [
        (f.code, text[f.start : f.end]) for f in report.findings if f.code in LANGUAGE and f.severity.value != "info"
    ]


# Thanks and regards in another language above the writer's name (Welsh, Irish, Spanish, German): a
# sign-off of the greetings vocabulary, not misspelt English.
@pytest.mark.parametrize(
    "sign_off", ["Diolch yn fawr", "Cofion gorau", "Go raibh maith agat", "Muchas gracias", "Viele Grüße"]
)
def test_a_sign_off_in_another_language_is_no_misspelling(linter: Linter, sign_off: str) -> None:
    text = (
        "Subject: Thank you – Teacher interview\n\nDear Mr Llewellyn,\n\nThank you for the interview and for "
        f"letting me teach the Year 3 class. I enjoyed the maths lesson on fractions.\n\n{sign_off},\nCerys Morgan"
    )
    assert draft_findings(linter, text) == []


# The kitchen's French: brigade stations and ranks, menu terms.  "garde" and "commis" are a slip from
# "grade" and "commas", so only inside these phrases are they a cook's words.
@pytest.mark.parametrize(
    "sentence",
    [
        "I ran the garde manger section for two years.",
        "I started as a commis chef and became chef de partie on the fish section.",
        "Our amuse-bouche changed every week.",
    ],
)
def test_a_kitchen_term_is_no_error(linter: Linter, sentence: str) -> None:
    assert flagged(linter, sentence) == []


def test_a_kitchen_word_outside_its_phrase_is_still_judged(linter: Linter) -> None:
    assert ("FL401", "garde") in flagged(linter, "I got a good garde in the final exam.")


# "your" for "you're" before what the reader is (right, busy, free, welcome to call): FL407.
@pytest.mark.parametrize(
    "sentence",
    [
        "Your right that the rate limiter needs idempotency keys.",
        "I know your busy this week, so no rush.",
        "If your free on Friday, I would love a second chat.",
        "Your welcome to call me any time.",
        "I hope your well and that the launch went smoothly.",
    ],
)
def test_your_for_you_are_is_a_slip(linter: Linter, sentence: str) -> None:
    assert [code for code, words in flagged(linter, sentence) if words.lower() == "your"] == ["FL407"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I respect your right to choose the candidate who fits best.",
        "Thank you for your welcome to the team on Tuesday.",
        "I hope your busy season goes well.",
        "When your available budget grows, the pilot could scale.",
        "I am sure your hiring manager will decide soon.",
        "Your well-run clinic impressed me.",
    ],
)
def test_your_before_a_noun_is_no_slip(linter: Linter, sentence: str) -> None:
    assert flagged(linter, sentence) == []


# "untill": Harper's WrongNegative reads "un" + "till" and hides its spelling finding; a common word
# with a letter doubled is a misspelling, an error.  Its other guesses ("unvented") are no error.
def test_a_doubled_letter_read_as_a_negative_is_a_misspelling(linter: Linter) -> None:
    assert ("FL401", "error", "untill") in findings(linter, "I will be available untill the end of the month.")


def test_a_negative_of_a_trade_is_no_error(linter: Linter) -> None:
    assert flagged(linter, "We fitted an unvented cylinder in the loft.") == []


# A short word after a number is read as a unit ("140 ms", "8 hrs"); one of the commonest words with two
# letters swapped ("3 teh meetings", "2 adn a half") is a slip, not a unit.
@pytest.mark.parametrize(
    ("sentence", "slip"), [("We had 3 teh meetings last week.", "teh"), ("I spent 2 adn a half years there.", "adn")]
)
def test_a_swapped_common_word_after_a_number_is_a_misspelling(linter: Linter, sentence: str, slip: str) -> None:
    assert ("FL401", slip) in flagged(linter, sentence)


def test_units_after_numbers_stay_units(linter: Linter) -> None:
    assert flagged(linter, "The page loads in 140 ms on a 4 GB phone; I lifted 20 kg boxes for 8 hrs a day.") == []


# "its" for "it's" before an adjective that opens a clause ("Its clear the team cares"): FL407.
@pytest.mark.parametrize(
    "sentence", ["Its clear the team cares about on-call health.", "Its important that the rota is fair."]
)
def test_its_for_it_is_before_an_adjective_is_a_slip(linter: Linter, sentence: str) -> None:
    assert ("FL407", "Its") in flagged(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm is proud of its clear pricing.",
        "The company kept its important clients through the merger.",
        "The pump kept its safe, steady flow all week.",
    ],
)
def test_its_before_its_noun_is_no_slip(linter: Linter, sentence: str) -> None:
    assert flagged(linter, sentence) == []


# Clipped names of specialties on the wards and in clinics: a tip at most, not a misspelling.
@pytest.mark.parametrize(
    "sentence",
    [
        "I'm confident with four-handed dentistry, decon and radiography.",
        "I covered periop and recovery on nights.",
        "I did two years on resus and one in paeds.",
        "I rotated through ortho, neuro and cardio.",
    ],
)
def test_a_clipped_specialty_is_no_error(linter: Linter, sentence: str) -> None:
    assert flagged(linter, sentence) == []


def test_a_slip_near_a_clipped_word_is_still_an_error(linter: Linter) -> None:
    assert ("FL401", "decison") in flagged(linter, "I am confident with the decison to apply.")

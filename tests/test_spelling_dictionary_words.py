"""FL401 and the general dictionary: a correct word of a trade or field that the spelling backend
lacks is a tip, not a misspelled common word; a dictionary word that is one typing slip from a very
common word is still the slip a reader sees.  Probe sentences written for this test: each word of
the first group was an error before the change."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.language.dictionary_words import is_dictionary_word


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def spelling(linter: Linter, sentence: str) -> dict[str, str]:
    text = f"Subject: Thank you – interview\n\nHi Ana,\n\nThank you for your time today. {sentence}\n\nBest,\nLee"
    report = linter.lint(text, purpose="thank-you")
    return {text[f.start : f.end]: f.severity.value for f in report.findings if f.code == "FL401"}


# One trade, craft or field each; every word is a few letters from some common word (soft, guess,
# tirade, euphoric, village, cannon, notation, sponge), so the common-word test alone called it a slip.
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("I fitted the soffit and fascia boards on the extension.", "soffit"),  # building trades
        ("I primed the panels with gesso before the commission.", "gesso"),  # painting
        ("On the ward I titrate the infusion to the protocol.", "titrate"),  # nursing
        ("My essay was on the euphonic verse of the late poems.", "euphonic"),  # literature
        ("I checked the ullage on each cask in the cellar.", "ullage"),  # hospitality, brewing
        ("I am confident placing a cannula on a busy shift.", "cannula"),  # nursing
        ("I drafted the novation of the supplier contracts.", "novation"),  # law
        ("I teach the spondee and the dactyl in Year 9.", "spondee"),  # teaching
        ("The soffits on the second block were rotten.", "soffits"),  # a regular plural
    ],
)
def test_a_dictionary_word_of_a_trade_is_a_tip_not_an_error(linter: Linter, sentence: str, word: str) -> None:
    found = spelling(linter, sentence)
    assert found.get(word) in (None, "info"), found


# A rare dictionary word that is one typing slip of a very common word is what the writer meant to
# type: "calender" (a pressing machine) for "calendar", "occured" (listed among the inflected forms)
# for "occurred".
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("I have put the second interview in my calender.", "calender"),
        ("The mix-up occured because of my own error.", "occured"),
    ],
)
def test_a_dictionary_word_one_slip_from_a_very_common_word_is_still_an_error(
    linter: Linter, sentence: str, word: str
) -> None:
    assert spelling(linter, sentence).get(word) == "error"


def test_verb_forms_the_dictionary_does_not_list_are_not_made_by_rule() -> None:
    # "commit" + "ed" with no doubled letter would pass a slip a reader sees
    assert is_dictionary_word("titrated") and is_dictionary_word("soffits")
    assert not is_dictionary_word("commited") and not is_dictionary_word("begining")


def test_uni_is_a_word_of_british_and_commonwealth_english(linter: Linter) -> None:
    # "uni" for university is everyday in Britain, Ireland, Australia, New Zealand and South Africa
    assert spelling(linter, "I ran the climbing club at my uni's sports centre for two years.").get("uni's") is None


def test_the_pieces_of_a_hyphenated_dictionary_word_are_no_error(linter: Linter) -> None:
    # "bain-marie" (a kitchen's water bath) is in the dictionary as one hyphenated word
    found = spelling(linter, "I kept the sauces warm in the bain-marie on the pass.")
    assert found.get("bain") in (None, "info") and found.get("marie") in (None, "info"), found


def test_matric_is_a_word_of_south_african_english(linter: Linter) -> None:
    # the final year of school and its examinations; a slip of "matrix" to the common-word test
    assert spelling(linter, "I passed matric in 2015 and did a BCom at Wits.").get("matric") is None


# Terms a typing slip from a common word, which the dictionary test must keep as errors: the field
# vocabulary (followup_lint/language/field-words.txt) makes them tips, still shown.
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("I ran the tedding and baling on the home farm.", "tedding"),  # wedding, bedding
        ("I changed the stoma bags on the surgical ward.", "stoma"),  # storm
        ("The case turned on laches and the delay in bringing it.", "laches"),  # latches
        ("I strained the stock through a chinois.", "chinois"),  # chinos
        ("I was on the resus team in the emergency department.", "resus"),
        ("I collected the eluate from each column.", "eluate"),  # elate
        ("I cut the plates with a burin.", "burin"),  # "bur in" to the backend
    ],
)
def test_a_term_of_a_field_a_slip_from_a_common_word_is_a_tip(linter: Linter, sentence: str, word: str) -> None:
    assert spelling(linter, sentence).get(word) == "info"

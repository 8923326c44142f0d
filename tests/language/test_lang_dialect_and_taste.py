"""British spellings the endings table missed, and two words the backend would join, are tips.

Found on good drafts of the r- batches (a thank-you with "fibre" and "moulded", one with "cron
job"); each family pinned both ways: the dialect's forms are tips, slips of common words stay errors.
"""

from __future__ import annotations

import pytest

from followup_lint import Config, Linter


def _severities(linter: Linter, sentence: str, code: str = "FL401") -> dict[str, str]:
    text = f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for today. {sentence}\n\nBest regards,\nLee Chen\n"
    report = linter.lint(text, purpose="thank-you", channel="email")
    return {text[f.start : f.end]: f.severity.value for f in report.findings if f.code == code}


@pytest.mark.parametrize(
    "word", ["fibre", "calibre", "sombre", "meagre", "centred", "moulded", "moulding", "smouldering", "moult"]
)
def test_british_forms_are_tips_under_us_english(word: str) -> None:
    linter = Linter(Config.model_validate({"language": {"dialect": "us"}}))
    found = _severities(linter, f"The {word} detail came up in our talk.")
    assert found.get(word, "info") == "info", found


def test_slips_that_look_like_a_dialect_ending_stay_errors(linter: Linter) -> None:
    # "ordre" is "order" with two letters swapped, not a British form; "recieve" is no dialect at all
    found = _severities(linter, "I will send the ordre form and recieve the brief.")
    assert found == {"ordre": "error", "recieve": "error"}


def test_two_words_the_backend_would_join_are_a_tip(linter: Linter) -> None:
    found = _severities(linter, "Your question about a queue rather than a cron job was a good one.", "FL402")
    assert found.get("cron job", "info") == "info", found


def test_an_emphatic_doubling_is_no_slip_and_thanks_but_no_thanks_needs_no_comma(linter: Linter) -> None:
    assert _severities(linter, "I am so so sorry to write again.", "FL403") == {}
    assert _severities(linter, "I am sorry to write the the same note again.", "FL403") == {"the the": "warning"}
    assert _severities(linter, "To the other offer I said thanks, but no thanks.", "FL404") == {}


# --- words a good writer uses that Harper's American dictionary lacks (own good notes, round 7) -------
@pytest.mark.parametrize(
    "word", ["paediatrics", "haematology", "analyser", "axe", "oesophagus", "gynaecology", "whisky", "kerb"]
)
def test_words_another_english_dialect_knows_are_tips(linter: Linter, word: str) -> None:
    found = _severities(linter, f"We spoke about the {word} work on the ward.")
    assert found.get(word, "info") == "info", found


def test_a_british_user_gets_american_spellings_as_tips_and_slips_as_errors() -> None:
    linter = Linter(Config.model_validate({"language": {"dialect": "uk"}}))
    found = _severities(linter, "The pediatrics team will recieve the color charts.")
    assert found.get("pediatrics", "info") == "info" and found.get("color", "info") == "info", found
    assert found.get("recieve") == "error", found


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("I trained in pâtisserie in Lyon.", "pâtisserie"),  # accents: a borrowed word
        ("I ran cryo-EM sessions twice a week.", "cryo"),  # a combining form before a hyphen
        ("I joined the perioperative team in May.", "perioperative"),  # another combining form
        ("We fixed the netcode for the fighting mode.", "netcode"),  # a compound split into words
        ("I fitted combi boilers for six years.", "combi"),  # a split into no words at all
        ("We hosted models on huggingface.", "huggingface"),  # a name Harper writes as two words
    ],
)
def test_term_families_are_tips(linter: Linter, sentence: str, word: str) -> None:
    found = _severities(linter, sentence)
    assert found.get(word, "info") == "info", found


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("I would like to say thankyou for the chat.", "thankyou"),  # common words run together
        ("thx 4 the iview today, it was gr8", "iview"),
        ("I'll txt you the details later.", "txt"),  # text-speak: no vowel is no proof of a term
        ("I look foward to hearing from you.", "foward"),
        ("I am very intrested in the role.", "intrested"),
        ("I will recieve the brief on Monday.", "recieve"),
        ("I was definately impressed.", "definately"),
    ],
)
def test_slips_of_common_words_stay_errors(linter: Linter, sentence: str, word: str) -> None:
    assert _severities(linter, sentence).get(word) == "error"


def test_wrong_negative_guesses_and_a_verb_before_a_participle_are_no_grammar_warnings(linter: Linter) -> None:
    found = _severities(linter, "I fitted unvented cylinders, and I admired how you manage controlled drugs.", "FL402")
    assert all(sev == "info" for sev in found.values()), found


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing about the footbridge at Canton in Baltimore.",
        "I studied at IIT Madras and worked at the Bombay Stock Exchange.",
        "Our Bangalore office runs the payments team.",
    ],
)
def test_an_old_place_name_is_a_tip(linter: Linter, sentence: str) -> None:
    found = _severities(linter, sentence, "FL402")
    assert all(sev == "info" for sev in found.values()), found


def test_a_brands_capitals_are_a_tip(linter: Linter) -> None:
    found = _severities(linter, "I used CANoe daily and keep my code on github.", "FL404")
    assert found and all(sev == "info" for sev in found.values()), found


@pytest.mark.parametrize(
    "sentence",
    ["Thank-you notes to all six: another 20 minutes.", "I wouldn't be interested at the old figure."],
)
def test_thank_you_notes_and_interested_at_a_price_are_right(linter: Linter, sentence: str) -> None:
    assert _severities(linter, sentence, "FL402") == {}


def test_interested_at_a_role_is_still_a_slip(linter: Linter) -> None:
    assert _severities(linter, "I am very interested at the role.", "FL402")


def test_a_sales_region_and_expecting_a_noun_draw_no_warning(linter: Linter) -> None:
    found = _severities(linter, "The new northern territory needs a rep, so when do you expect feedback?", "FL404")
    found |= _severities(linter, "The new northern territory needs a rep, so when do you expect feedback?", "FL402")
    assert all(sev == "info" for sev in found.values()), found

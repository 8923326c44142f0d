"""FL401's error tier: an error only for a slip of a common word, not for the names, places and words
of the many Englishes a good writer uses.  Probe sentences written for this test: each failed (an
error) before the change that made it a tip or accepted it."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def spelling(linter: Linter, sentence: str) -> list[tuple[str, str]]:
    text = (
        f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for your time today. {sentence}\n\nBest,\nLee"
    )
    report = linter.lint(text, purpose="thank-you")
    return [(text[f.start : f.end], f.severity.value) for f in report.findings if f.code == "FL401"]


def errors(linter: Linter, sentence: str) -> list[str]:
    return [word for word, severity in spelling(linter, sentence) if severity == "error"]


# Given names from many languages, opening a sentence: the capital says nothing there, and each is a
# letter or two from some English word (Thuy/they, Rohan/roman, Eilidh/ceilidh, Xiaoming/Xiaoping).
@pytest.mark.parametrize(
    "sentence",
    [
        "Thuy explained how the Hanoi team ships releases.",
        "Rohan showed me the lab.",
        "Eilidh walked me through the plan.",
        "Xiaoming talked about the Shenzhen suppliers.",
        "Ekaterina described the Novosibirsk team.",
        "Aroha told me about the Rotorua pilot.",
        "Bilal asked about my audit work.",
        "Kenji described the release train.",
        "Mikel explained the roadmap.",
        "Seren described the customer research.",
        "Pooja explained the hiring plan.",
        "Minh asked a sharp question about caching.",
    ],
)
def test_a_name_opening_a_sentence_is_no_error(linter: Linter, sentence: str) -> None:
    assert errors(linter, sentence) == []


@pytest.mark.parametrize("sentence", ["Tadhg's question was a good one.", "Takumi's demo of the arm was great."])
def test_a_possessive_opening_a_sentence_is_a_name(linter: Linter, sentence: str) -> None:
    assert errors(linter, sentence) == []


# The same place in a sentence, a slip of a common word: still an error.
@pytest.mark.parametrize(
    "word",
    ["Recieved", "Definately", "Intrested", "Thier", "Becuase", "Realy", "Hte", "Tommorow", "Greatful", "Alot"],
)
def test_a_slip_of_a_common_word_opening_a_sentence_is_still_an_error(linter: Linter, word: str) -> None:
    assert errors(linter, f"{word} the team was very kind to me.") == [word]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have a lakh of reasons to join.",  # Indian English
        "We grew revenue to three crore rupees.",
        "Could we prepone the next call?",
        "I enjoyed meeting the whānau at the marae.",  # New Zealand English
        "I liked the hui about the new kaupapa.",
        "I led the 5S rollout and poka-yoke fixes.",  # lean vocabulary
        "I am comfortable with kubectl, jq, awk and sed.",
    ],
)
def test_words_of_other_englishes_and_trades_are_no_error(linter: Linter, sentence: str) -> None:
    assert errors(linter, sentence) == []


def test_a_particle_between_capitalised_words_is_part_of_a_name(linter: Linter) -> None:
    assert errors(linter, "I met Ms. Adebayo and Mr. Van der Berg.") == []


def test_a_piece_of_a_dotted_name_is_no_error(linter: Linter) -> None:
    assert errors(linter, "I have shipped features in TypeScript, React and Next.js.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I led the paediatric ward's rostering.",  # roster + ing
        "I have experience with licencing audits.",  # British licence, its e dropped
        "I liked the idea of the hackathon and the offsites.",  # offsite + s
    ],
)
def test_a_known_word_with_a_regular_ending_is_no_error(linter: Linter, sentence: str) -> None:
    assert errors(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("I was begining to see it.", "begining"),  # a doubled letter left out
        ("I am writeing to you.", "writeing"),  # an e that should have gone
        ("I stoped by the office.", "stoped"),
        ("I am intrested in the role.", "intrested"),
    ],
)
def test_slips_in_regular_endings_are_still_errors(linter: Linter, sentence: str, word: str) -> None:
    assert errors(linter, sentence) == [word]


# Set phrases borrowed from Latin and French: their words are no misspellings inside the phrase (each of
# these was an error before), and are still judged outside it.
@pytest.mark.parametrize(
    "sentence",
    [
        "I have done pro bono work for two housing charities.",
        "Each offer is a bona fide one, with the salary per annum stated.",
        "The per diem covers meals on site.",
        "The study by Okafor et al. shaped my thesis.",
        "I graduated magna cum laude in chemistry.",
        "My role vis-à-vis the auditors was mostly reporting.",
        "The team gave me carte blanche on the redesign.",
        "Admitting it was a mea culpa moment, inter alia.",
        "We kept an ex gratia fund for staff.",
        "Our cron jobs ran at midnight.",
    ],
)
def test_borrowed_set_phrases_and_trade_words_are_no_error(linter: Linter, sentence: str) -> None:
    assert errors(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "word"), [("The bono of it is clear.", "bono"), ("My annum salary is fine.", "annum")]
)
def test_the_words_of_a_set_phrase_alone_are_still_judged(linter: Linter, sentence: str, word: str) -> None:
    assert word in [w for w, _ in spelling(linter, sentence)]

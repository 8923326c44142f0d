"""Word-level tone rules: swearing and slurs (FL307/FL308), text-speak (FL305), drawn-out words (FL306)."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.rulepack import builtin_rules_dir
from followup_lint.vocabulary import load_vocabulary


def draft(sentence: str) -> str:
    return (
        "Subject: Thank you – Data Analyst interview\n\nHi Priya,\n\n"
        f"Thank you for meeting me on Tuesday. {sentence}\n\nBest regards,\nJordan Lee"
    )


def findings(linter: Linter, sentence: str, code: str, **kw: object) -> list[tuple[str, str, list[str]]]:
    text = draft(sentence)
    report = linter.lint(text, purpose="thank-you", **kw)  # type: ignore[arg-type]
    return [
        (text[f.start : f.end], f.severity.value, [e.replacement for s in f.suggestions for e in s.edits])
        for f in report.findings
        if f.code == code
    ]


# --- swearing and slurs -----------------------------------------------------------------


def _listed_strong_words() -> list[str]:
    """A few words the error rule takes from the published list (read, not written out here)."""
    vocab = load_vocabulary("profanity")
    skip = set(vocab.terms("allow")) | set(vocab.terms("mild")) | set(vocab.terms("names"))
    rated = [t for t, r in vocab.terms("cuss").items() if r == "2" and t not in skip and t.isalpha()]
    return rated[:: max(1, len(rated) // 12)][:12]


@pytest.mark.parametrize("word", _listed_strong_words())
def test_words_the_list_rates_as_likely_profane_are_errors(linter: Linter, word: str) -> None:
    got = findings(linter, f"The final round was {word} and the test was too.", "FL307")
    assert [(w.lower(), sev) for w, sev, _ in got] == [(word, "error")]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("That answer was bullshit.", "bullshit"),
        ("Shit, I forgot to attach the deck.", "Shit"),
        ("WTF happened to the second round?", "WTF"),
        ("The f**king portal logged me out twice.", "f**king"),
        ("Just piss off with the delays.", "piss off"),
        ("The coordinator was a real dick about it.", "dick"),
    ],
)
def test_swearing_is_an_error_whatever_its_shape(linter: Linter, sentence: str, word: str) -> None:
    assert [(w, sev) for w, sev, _ in findings(linter, sentence, "FL307")] == [(word, "error")]


@pytest.mark.parametrize("word", ["damn", "crappy", "bloody", "freaking", "pissed"])
def test_mild_swearing_is_a_warning_not_an_error(linter: Linter, word: str) -> None:
    sentence = f"The {word} printer jammed during my presentation."
    assert [(w, sev) for w, sev, _ in findings(linter, sentence, "FL308")] == [(word, "warning")]
    assert findings(linter, sentence, "FL307") == []


INNOCENT = [
    "I grew up near Scunthorpe and studied in Middlesex.",
    "The assessment covered class imbalance and the passive voice.",
    "Our analyst Dick Hooker built the cocktail of scripts we still use.",
    "I graduated magna cum laude and later summa cum laude.",
    "I enjoy tinkering with flange tolerances and reefer logistics.",
    "Our welfare team and the slave replica in Postgres both need care.",
    "Shitake mushrooms were on the lunch menu, and Hellmann's too.",
    "Hell's Kitchen is where our office is.",
    "The R package dammitlib does not exist, but the Dam Square office does.",
]


@pytest.mark.parametrize("sentence", INNOCENT)
def test_innocent_words_and_names_are_not_swearing(linter: Linter, sentence: str) -> None:
    assert findings(linter, sentence, "FL307") == []
    assert findings(linter, sentence, "FL308") == []


def test_a_name_from_the_context_is_never_swearing(linter: Linter) -> None:
    text = "Subject: Thank you\n\nHi Dick,\n\nThank you, Dick, for the tour.\n\nBest,\nJordan"
    report = linter.lint(text, purpose="thank-you", context={"interviewers": ["Dick Willy"]})
    assert [f for f in report.findings if f.code in ("FL307", "FL308")] == []


def test_backend_curse_check_does_not_double_report(linter: Linter) -> None:
    text = draft("That was bullshit.")
    report = linter.lint(text, purpose="thank-you")
    on_word = [f.code for f in report.findings if text[f.start : f.end] == "bullshit"]
    assert on_word == ["FL307"]


# --- text-speak -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "form", "fix"),
    [
        ("Pls send the schedule when you can.", "Pls", "Please"),
        ("It was gr8 to meet the team.", "gr8", "great"),
        ("I can send the deck 2morrow morning.", "2morrow", "tomorrow"),
        ("LMK if there is anything else.", "LMK", "Let me know"),
        ("I will send it tmrw, thnx.", "tmrw", "tomorrow"),
        ("I really appreciate u taking the time.", "u", "you"),
        ("Thx 4 your time.", "4", "for"),
        ("I would love 2 join the team.", "2", "to"),
        ("When r you free for a call?", "r", "are"),
        ("I'll b there early.", "b", "be"),
    ],
)
def test_text_speak_is_a_warning_with_the_spelled_out_fix(linter: Linter, sentence: str, form: str, fix: str) -> None:
    got = {w: (sev, fixes) for w, sev, fixes in findings(linter, sentence, "FL305")}
    assert form in got, got
    assert got[form] == ("warning", [fix])


@pytest.mark.parametrize(
    "sentence",
    [
        "I have 4 years of SQL and 2 years of R.",
        "The Austin, TX office has 2 teams.",
        "Our RN scheduling model saved 4 hours a week.",
        "I moved from Vancouver, BC in 2021.",
        "Plan B and Option C both looked sensible.",
        "U.S. and EU data residency came up twice.",
        "I led the U-shaped rollout.",
        "We shipped MSG-free recipes at my last company.",
    ],
)
def test_numbers_abbreviations_and_names_are_not_text_speak(linter: Linter, sentence: str) -> None:
    assert findings(linter, sentence, "FL305") == []


def test_spelling_leaves_text_speak_to_the_tone_rule(linter: Linter) -> None:
    text = draft("lmk tmrw if ur free, ppl said it was gr8 tho.")
    report = linter.lint(text, purpose="thank-you")
    tone_spans = {(f.start, f.end) for f in report.findings if f.code == "FL305"}
    assert len(tone_spans) == 6
    language = [f for f in report.findings if f.code.startswith("FL4") and (f.start, f.end) in tone_spans]
    assert language == []


def test_fixes_apply_cleanly(linter: Linter) -> None:
    from followup_lint.report import Edit

    text = draft("Thx 4 your time, lmk if u need anything b4 Friday.")
    report = linter.lint(text, purpose="thank-you")
    edits: list[Edit] = [s.edits[0] for f in report.findings if f.code == "FL305" for s in f.suggestions[:1]]
    fixed = text
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        fixed = fixed[: e.start] + e.replacement + fixed[e.end :]
    assert "Thanks for your time, let me know if you need anything before Friday." in fixed


# --- drawn-out words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "word", "fix"),
    [
        ("I am sooo excited about the role.", "sooo", ["so"]),
        ("Thanks soooooo much.", "soooooo", ["so"]),
        ("It was a goooood conversation.", "goooood", ["good"]),
        ("Pleeease keep me posted.", "Pleeease", ["Please"]),
        ("Hmmm, I wonder about the timeline.", "Hmmm", []),
    ],
)
def test_drawn_out_words_are_flagged_with_the_plain_word(
    linter: Linter, sentence: str, word: str, fix: list[str]
) -> None:
    assert findings(linter, sentence, "FL306") == [(word, "warning", fix)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our client Sooo Good Foods grew 30 % last year.",
        "See www.example.com for the write-up.",
        "The XXX placeholder and the Phase III rollout are done.",
        "I was fully committed to the success of the coffee shop.",
    ],
)
def test_names_addresses_and_numerals_are_not_drawn_out(linter: Linter, sentence: str) -> None:
    assert findings(linter, sentence, "FL306") == []


def test_spelling_leaves_drawn_out_words_to_the_tone_rule(linter: Linter) -> None:
    text = draft("I am sooo grateful and reallyyy keen.")
    report = linter.lint(text, purpose="thank-you")
    spans = {(f.start, f.end) for f in report.findings if f.code == "FL306"}
    assert len(spans) == 2
    assert [f.code for f in report.findings if f.code == "FL401" and (f.start, f.end) in spans] == []


def test_vocabulary_folder_sits_beside_the_rules() -> None:
    folder = builtin_rules_dir() / "vocabularies"
    assert (folder / "profanity" / "cuss.tsv").is_file()
    assert (folder / "profanity" / "LICENSE-cuss.txt").read_text(encoding="utf-8").startswith("(The MIT License)")
    assert (folder / "text-speak" / "words.tsv").is_file()


def test_only_certain_fixes_are_safe(linter: Linter) -> None:
    text = draft("Thx 4 your time, it was sooo good.")
    report = linter.lint(text, purpose="thank-you")
    safety = {text[f.start : f.end]: f.suggestions[0].safe for f in report.findings if f.code in ("FL305", "FL306")}
    assert safety == {"Thx": True, "4": False, "sooo": True}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hi Joon-ho, thank you for the tour.",
        "Ji-ho and Min-ho both joined the panel.",
        "Thank you, Seung-Ho, for the portfolio review.",
        "I enjoyed meeting joon-ho from the research team.",
        "Ho-jin showed me the lab.",
    ],
)
def test_a_part_of_a_hyphenated_name_is_not_a_slur(linter: Linter, sentence: str) -> None:
    assert findings(linter, sentence, "FL307") == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The second round was a total shit-show.", "shit"),
        ("Somebody made a fuck-up with my calendar invite.", "fuck"),
        ("The panel was a ho with no manners.", "ho"),
    ],
)
def test_swearing_in_a_lower_case_compound_still_counts(linter: Linter, sentence: str, word: str) -> None:
    assert [w.lower() for w, _, _ in findings(linter, sentence, "FL307")] == [word]


@pytest.mark.parametrize("name", ["Joon-ho", "Min-ho", "Jae-Ho"])
def test_a_hyphenated_name_in_the_greeting_is_not_a_slur(linter: Linter, name: str) -> None:
    text = f"Subject: Checking in\n\nHi {name},\n\nI am still keen on the role.\n\nBest regards,\nJordan Lee"
    report = linter.lint(text, purpose="status-check")
    assert [f.code for f in report.findings if f.code == "FL307"] == []

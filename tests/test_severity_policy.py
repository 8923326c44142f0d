"""Severity follows the policy in docs/scoring.md: it may depend on the draft's channel and purpose
(``[[severity_when]]`` in a rule file), and a spelling backend's unknown word that looks like a name,
a technical term or another dialect's spelling is a tip, never an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Config, FollowupLintError, Linter
from followup_lint.rulepack import load_rule_file

RULE = """
code = "TM102"
name = "no-synergy"
summary = "Says synergy."
category = "tone"
severity = "warning"
weight = 3
channels = ["email", "letter"]
guidance = ["G-TONE-PROFESSIONAL"]
check = "existence"
rationale = "Jargon."
fix = "Say what you mean."
{extra}
[params]
phrases = ["synergy"]
"""
EMAIL = "Subject: Thanks – Analyst interview\n\nHi Ana,\n\nThank you for your time today.\n\nBest regards,\nLee Chen\n"
# no address block of the sender's: a letter with its own address reaches the sender (FL142)
LETTER = "3 March 2026\n\nMs. Ana Costa\nNorthwind Bank\n\nDear Ms. Costa:\n\nThank you for your time today.\n\nSincerely,\nLee Chen\n"


def _finding(report, code: str):  # type: ignore[no-untyped-def]
    return next(f for f in report.findings if f.code == code)


def test_missing_phone_is_a_tip_in_an_email_and_a_warning_in_a_letter() -> None:
    linter = Linter()
    assert _finding(linter.lint(EMAIL, channel="email"), "FL142").severity.value == "info"
    assert _finding(linter.lint(LETTER, channel="letter"), "FL142").severity.value == "warning"


def test_a_configured_severity_holds_on_every_channel() -> None:
    linter = Linter(Config.model_validate({"rules": {"FL142": {"severity": "error"}}}))
    assert _finding(linter.lint(EMAIL, channel="email"), "FL142").severity.value == "error"


def test_severity_when_is_validated_at_load(tmp_path: Path) -> None:
    path = tmp_path / "TM102-no-synergy.toml"
    path.write_text(RULE.format(extra='[[severity_when]]\nchannels = ["call"]\nseverity = "info"'), encoding="utf-8")
    with pytest.raises(FollowupLintError, match="severity_when\\[0\\] names call, where the rule never runs"):
        load_rule_file(path)
    path.write_text(RULE.format(extra='[[severity_when]]\nseverity = "info"'), encoding="utf-8")
    with pytest.raises(FollowupLintError, match="names neither purposes nor channels"):
        load_rule_file(path)
    path.write_text(RULE.format(extra='[[severity_when]]\nchannels = ["email"]\nseverity = "loud"'), encoding="utf-8")
    with pytest.raises(FollowupLintError, match="severity"):
        load_rule_file(path)
    path.write_text(RULE.format(extra='[[severity_when]]\nchannels = ["letter"]\nseverity = "error"'), encoding="utf-8")
    rule = load_rule_file(path)
    assert rule.severity_for("thank-you", "letter").value == "error"
    assert rule.severity_for("thank-you", "email").value == "warning"
    assert rule.severity_text() == "warning (error on letter)"


def _spelling(text: str) -> dict[str, str]:
    report = Linter().lint(text, purpose="thank-you", channel="email")
    return {report_text(text, f): f.severity.value for f in report.findings if f.code == "FL401"}


def report_text(text: str, f) -> str:  # type: ignore[no-untyped-def]
    return text[f.start : f.end]


def test_technical_terms_names_and_british_spellings_are_tips_not_errors() -> None:
    found = _spelling(
        "Subject: Thank you – SRE interview\n\nHi Ana,\n\nThank you for today. Cutting the p95 latency of the "
        "GraphQL gateway was the favourite part of my last programme, and I organised the on-call rota with "
        "Adaeze and the AWSX team.\n\nBest regards,\nLee Chen\n"
    )
    assert found.get("p95") == "info"
    assert found.get("GraphQL", "info") == "info"
    assert all(sev == "info" for sev in found.values()), found


def test_a_misspelled_common_word_is_still_an_error() -> None:
    found = _spelling(
        "Subject: Thank you – SRE interview\n\nHi Ana,\n\nThank you for today. I look foward to hearing from you "
        "and I am definately intrested.\n\nBest regards,\nLee Chen\n"
    )
    assert found == {"foward": "error", "definately": "error", "intrested": "error"}


def test_rare_and_borrowed_words_are_tips_but_slips_of_known_words_are_errors() -> None:
    found = _spelling(
        "Subject: Thank you – Ops interview\n\nHi Ana,\n\nThank you for today. Your team's kaizen boards and its "
        "joie de vivre struck me, and the sesquipedalian job titles made me smile. Getting the mise en place "
        "right before each shift is what I did at the bakery.\n\nBest regards,\nLee Chen\n"
    )
    # nothing the checker knows is one slip from these, or they sit in a phrase of another language
    for word in ("kaizen", "sesquipedalian", "joie", "vivre", "mise"):
        assert found.get(word, "info") == "info", (word, found)
    # letters doubled or undoubled, a swap, a letter dropped: slips of common words stay errors
    slips = _spelling(
        "Subject: Thank you – Ops interview\n\nHi Ana,\n\nThank you for today. I will send the plan tommorow; "
        "the sucesful launch at thier plant is in it.\n\nBest regards,\nLee Chen\n"
    )
    assert slips == {"tommorow": "error", "sucesful": "error", "thier": "error"}


def test_common_words_with_two_letters_dropped_or_moved_are_errors() -> None:
    # the backend offers the right word, but not one slip away: still a misspelling, not a rare word
    found = _spelling(
        "Subject: Thank you – Ops interview\n\nHi Ana,\n\nThank you for today; I am greatful. I can probly "
        "come back on wensday, or we could reschedual to Friday.\n\nBest regards,\nLee Chen\n"
    )
    assert found == {"greatful": "error", "probly": "error", "wensday": "error", "reschedual": "error"}
    # a known word under a prefix is a word formed, not two letters slipped in ("reforesting")
    formed = _spelling(
        "Subject: Thank you – Ops interview\n\nHi Ana,\n\nThank you for today; the reforecasting work you "
        "described is what I did last year.\n\nBest regards,\nLee Chen\n"
    )
    assert formed.get("reforecasting", "info") == "info", formed


@pytest.mark.parametrize(
    "place", ["Los Angeles", "Las Vegas", "Des Moines", "El Paso", "La Jolla", "Da Nang", "Boston"]
)
def test_a_place_name_beside_a_typo_is_no_foreign_phrase(place: str) -> None:
    found = _spelling(
        f"Subject: Thank you – Ops interview\n\nHi Ana,\n\nI enjoyed the intervew in {place} today.\n\n"
        "Best regards,\nLee Chen\n"
    )
    assert found.get("intervew") == "error", found


def test_a_dropped_letter_is_no_dialect_spelling() -> None:
    linter = Linter(Config.model_validate({"language": {"dialect": "us"}}))
    draft = (
        "Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for today. Make yorself at home, you "
        "said, and yorselves too. The corse I took helped. The colourful dashboards suit your organisation.\n\n"
        "Best regards,\nLee Chen\n"
    )
    report = linter.lint(draft, purpose="thank-you", channel="email")
    found = {draft[f.start : f.end]: f.severity.value for f in report.findings if f.code == "FL401"}
    assert found == {
        "yorself": "error",
        "yorselves": "error",
        "corse": "error",
        "colourful": "info",
        "organisation": "info",
    }


def test_the_other_dialects_spelling_and_a_prefixed_compound_are_tips() -> None:
    text = (
        "Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for today. The {word} of the new "
        "dashboard came up, and my biostatistics work suits it; I will recieve the brief on Monday.\n\n"
        "Best regards,\nLee Chen\n"
    )
    for dialect, word in (("us", "colour"), ("uk", "color"), ("us", "centre"), ("uk", "center")):
        linter = Linter(Config.model_validate({"language": {"dialect": dialect}}))
        draft = text.format(word=word)
        report = linter.lint(draft, purpose="thank-you", channel="email")
        found = {draft[f.start : f.end]: f.severity.value for f in report.findings if f.code == "FL401"}
        assert found.get(word) == "info", (dialect, found)
        assert found.get("biostatistics", "info") == "info"
        assert found.get("recieve") == "error"


def test_words_the_backend_would_join_and_british_past_forms_are_tips() -> None:
    found = _spelling(
        "Subject: Thank you – SRE interview\n\nHi Ana,\n\nThank you for today. I understand a decision takes a "
        "while. I learnt a lot, and the way you spelt out the on-call rota helped.\n\nBest regards,\nLee Chen\n"
    )
    assert found.get("a while", "info") == "info"
    assert found.get("spelt", "info") == "info"
    assert "error" not in found.values(), found


def test_how_opening_a_clause_needs_no_to() -> None:
    def grammar(sentence: str) -> set[str]:
        text = f"Subject: Thank you – SRE interview\n\nHi Ana,\n\nThank you for today. {sentence}\n\nBest,\nLee Chen\n"
        report = Linter().lint(text, purpose="thank-you", channel="email")
        return {text[f.start : f.end] for f in report.findings if f.code == "FL402"}

    assert grammar("I still admire how Keystone Mutual approaches it.") == set()
    assert grammar("I liked how the team plans its routes.") == set()
    assert grammar("I can show you how clone the repository.") == {"how"}


def test_a_name_after_a_title_is_a_tip_but_a_misspelling_after_a_full_stop_is_not() -> None:
    found = _spelling(
        "Subject: Thank you – SRE interview\n\nHi Ana,\n\nThank you for today. Ms. Okwuosa's tour of the "
        "data centre was the highlight. Definately a team I want to join.\n\nBest regards,\nLee Chen\n"
    )
    assert found.get("Okwuosa's", "info") == "info"
    assert found.get("Definately") == "error"  # a sentence's first word is judged as a word


def test_no_forward_look_is_a_warning_in_a_thank_you_and_no_ask_one_in_a_status_check() -> None:
    """A warning in both since 2026-12-05 (round 9; it was a tip in a status check before)."""
    linter = Linter()
    thanks = "Subject: Thanks – Analyst interview\n\nHi Ana,\n\nThank you for showing me the trading floor today.\n\nBest regards,\nLee Chen\n"
    assert _finding(linter.lint(thanks, purpose="thank-you"), "FL203").severity.value == "warning"
    status = (
        "Subject: Analyst interview on 3 May\n\nHi Ana,\n\nI remain keen on the Analyst role and enjoyed "
        "our talk about the trading floor.\n\nBest regards,\nLee Chen\n"
    )
    assert _finding(linter.lint(status, purpose="status-check"), "FL203").severity.value == "warning"
    forward = thanks.replace("today.", "today. I look forward to hearing about the next stage.")
    assert "FL203" not in {f.code for f in linter.lint(forward, purpose="thank-you").findings}


def test_a_generic_greeting_is_not_a_wrong_name() -> None:
    linter = Linter()
    for greeting in ("To Whom It May Concern:", "Dear Hiring Manager Who Has A Lot On,", "Dear Recruitment Team,"):
        text = f"Subject: Thanks – Analyst interview\n\n{greeting}\n\nThank you for your time today.\n\nBest regards,\nLee Chen\n"
        codes = {f.code for f in linter.lint(text, context={"interviewers": ["Ana Costa"]}).findings}
        assert "FL132" not in codes and "FL130" in codes, greeting
    wrong = "Subject: Thanks – Analyst interview\n\nDear Ms. Baxter,\n\nThank you for your time today.\n\nBest regards,\nLee Chen\n"
    assert _finding(linter.lint(wrong, context={"interviewers": ["Ana Costa"]}), "FL132").severity.value == "error"


def test_a_short_status_check_is_a_tip_not_a_warning() -> None:
    text = "Subject: Analyst interview on 3 May\n\nHi Ana,\n\nIs there any news on the Analyst role?\n\nBest regards,\nLee Chen\n"
    assert _finding(Linter().lint(text, purpose="status-check"), "FL112").severity.value == "info"


def test_a_missing_subject_is_a_warning_in_an_email_and_a_tip_when_the_channel_is_a_guess() -> None:
    linter = Linter()
    body = "Dear Ms. Costa,\n\nThank you for meeting me on Tuesday.\n\nSincerely,\nLee Chen\n"
    # no header line and no channel given: it may be a card or a letter read as an e-mail
    guessed = linter.lint(body.replace("Dear Ms. Costa", "Hi Ms. Costa"))
    assert guessed.channel == "email" and _finding(guessed, "FL101").severity.value == "info"
    # ... and signed under "Dear Ms. Costa," with nothing of an e-mail in it, it is read as a card
    assert linter.lint(body).channel == "letter"
    # the user said it is an e-mail (the --channel option, a Channel: header): a subject is missing
    assert _finding(linter.lint(body, channel="email"), "FL101").severity.value == "warning"
    assert _finding(linter.lint("Channel: email\n" + body), "FL101").severity.value == "warning"
    headed = "To: Ana Costa <ana@example.com>\n\n" + body
    assert _finding(linter.lint(headed, channel="email"), "FL101").severity.value == "warning"
    empty = "Subject:\n\n" + body
    assert _finding(linter.lint(empty, channel="email"), "FL101").severity.value == "warning"

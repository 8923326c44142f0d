"""The draft parser: parts, offsets, quoted text, line endings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_lint.draft import parse_draft

EMAIL = (
    "Subject: Thank you – Data Analyst interview\n"
    "To: Ana Lopez <ana@initech.example>\n"
    "\n"
    "Hi Ana,\n"
    "\n"
    "Thank you for meeting me on Tuesday.\n"
    "I enjoyed hearing about the dbt migration.\n"
    "\n"
    "Could you share the next steps?\n"
    "\n"
    "Best regards,\n"
    "Lee Chen\n"
    "lee@example.com\n"
    "\n"
    "On Tue, Mar 3, 2026 at 10:00 AM Ana Lopez <ana@initech.example> wrote:\n"
    "> Great to meet you. Hey, gonna be fun :)\n"
)


def test_parts_and_offsets() -> None:
    d = parse_draft(EMAIL)
    assert d.subject is not None and d.subject.text == "Thank you – Data Analyst interview"
    assert d.header("to") == "Ana Lopez <ana@initech.example>"
    assert d.salutation is not None and d.salutation.text == "Hi Ana,"
    assert [p.text for p in d.paragraphs] == [
        "Thank you for meeting me on Tuesday.\nI enjoyed hearing about the dbt migration.",
        "Could you share the next steps?",
    ]
    assert d.closing is not None and d.closing.text == "Best regards,"
    assert d.signature is not None and d.signature.text == "Lee Chen\nlee@example.com"
    for part in d.part("all"):
        assert EMAIL[part.start : part.end] == part.text


def test_quoted_reply_is_outside_the_message() -> None:
    d = parse_draft(EMAIL)
    assert d.quoted and d.quoted[0].text.startswith("On Tue")
    assert all("gonna" not in p.text for p in d.part("all"))


def test_inline_quote_lines_are_skipped() -> None:
    d = parse_draft("Hi Ana,\n\n> You asked: hey?\nThank you for the call.\n\nBest,\nLee")
    assert [p.text for p in d.paragraphs] == ["Thank you for the call."]
    assert d.quoted[0].text == "> You asked: hey?"


def test_crlf_and_positions() -> None:
    text = EMAIL.replace("\n", "\r\n")
    d = parse_draft(text)
    assert d.salutation is not None and d.salutation.text == "Hi Ana,"
    assert d.source_map is not None
    start = text.index("Could")
    assert d.source_map.position(start) == (9, 1)


def test_greeting_and_sign_off_on_one_line() -> None:
    d = parse_draft("Hi Ana, thanks for the chat. When can I expect news?\nBest, Lee")
    assert d.salutation is not None and d.salutation.text == "Hi Ana,"
    assert d.paragraphs[0].text == "thanks for the chat. When can I expect news?"
    assert d.closing is not None and d.closing.text == "Best,"
    assert d.signature is not None and d.signature.text == "Lee"


def test_a_greeting_ended_by_a_full_stop_on_the_body_line() -> None:
    # "Hello Mr. Okoro. As my ..." greets the reader: the stop after the title does not end it
    d = parse_draft(
        "Hello Mr. Okoro. As my note last week may have gone astray, I'm writing here to ask about the role. Sam"
    )
    assert d.salutation is not None and d.salutation.text == "Hello Mr. Okoro."
    assert d.paragraphs[0].text.startswith("As my note")
    # a comma-ended greeting with a title keeps its name
    d = parse_draft("Dear Ms. Vance,\n\nThank you for Monday.\n\nBest,\nSam")
    assert d.salutation is not None and d.salutation.text == "Dear Ms. Vance,"
    # a run of words with a question in it is a sentence, not a greeting
    d = parse_draft("hey Ola any word?? u said mon and its weds now. rly keen so lmk, thx")
    assert d.salutation is None


def test_thank_you_sentence_is_not_a_closing() -> None:
    d = parse_draft("Hi Ana,\n\nThank you for your time.\n\nBest,\nLee")
    assert d.paragraphs[0].text == "Thank you for your time."
    assert d.closing is not None and d.closing.text == "Best,"


def test_placeholders_found() -> None:
    d = parse_draft(
        "Subject: Thanks – [Role] interview\n\nDear {{ name }},\n\nI enjoyed <TOPIC> at XXX.\n\nBest,\n%(me)s"
    )
    assert [p.text for p in d.placeholders] == ["[Role]", "{{ name }}", "<TOPIC>", "XXX", "%(me)s"]


def test_more_placeholder_styles() -> None:
    d = parse_draft(
        "Subject: Thanks – ${role} interview\n\nHi ___,\n\nI enjoyed [specific topic] and $TOPIC. "
        "Here is my portfolio: [link]. TODO: add a result.\n\nBest,\nLee"
    )
    assert [p.text for p in d.placeholders] == ["${role}", "___", "[specific topic]", "$TOPIC", "[link]", "TODO"]


def test_lower_case_slots_in_angle_brackets_are_placeholders() -> None:
    """A copied template with "<insert company here>" in the body once passed FL207 unnoticed: only
    capitalised angle-bracket slots (<ROLE>, <Hiring Manager>) were known. A lower-case one counts
    when it holds a slot word, as a lower-case [bracket] does; tags and addresses stay text."""
    d = parse_draft(
        "Subject: Following up\n\nDear Ms. Henderson,\n\nI am the ideal candidate for the position at "
        "<insert company here>, as <your name> would say.\n\nSincerely,\nKyle"
    )
    assert [p.text for p in d.placeholders] == ["<insert company here>", "<your name>"]
    plain = parse_draft("Hi Ana,\n\nLine one<br>line two, and my <b>bold</b> note to <ana@example.com>.\n\nBest,\nLee")
    assert plain.placeholders == []


def test_ordinary_text_is_no_placeholder() -> None:
    d = parse_draft(
        "Hi Ana,\n\nThe budget was $100 (US$ 120) for my_module_name, a _ b, and the quote [sic] in [1].\n"
        "See [my portfolio](https://example.com) for the todo app.\n\n____________\n\nBest,\nLee"
    )
    assert d.placeholders == []


def test_empty_and_blank() -> None:
    for text in ("", "\n\n  \n"):
        d = parse_draft(text)
        assert d.paragraphs == [] and d.subject is None


def test_closing_above_a_signature_delimiter() -> None:
    d = parse_draft("Hi Ana,\n\nThank you for the call.\n\nBest,\nLee\n-- \nLee Chen\n+1 555 0100")
    assert d.closing is not None and d.closing.text == "Best,"
    assert d.signature is not None and d.signature.text.startswith("Lee\n")
    assert [p.text for p in d.paragraphs] == ["Thank you for the call."]


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_a_sign_off_with_no_break_spaces_is_still_a_closing(space: str) -> None:
    # text pasted from a web page or a word processor carries fixed-width spaces; the card or letter
    # it closes must not lose its sign-off (and with it the channel it is read as)
    for closing, name in (("Best wishes,", "Al Green"), ("Thank you for your time,", "Al Green")):
        text = f"Dear Mr. Hill,\n\nThank you for the chat.\n\n{closing.replace(' ', space)}\n{name.replace(' ', space)}"
        draft = parse_draft(text)
        assert draft.closing is not None and draft.closing.text == closing.replace(" ", space)
        assert draft.signature is not None and draft.signature.text == name.replace(" ", space)
        assert text[draft.closing.start : draft.closing.end] == draft.closing.text


def test_a_postscript_below_a_sign_off_in_ones_own_words_keeps_the_closing() -> None:
    """A P.S. under the name once hid a free-worded sign-off: FL140/FL141 then said the note had
    no closing and no signature. The P.S. now belongs to the signature, as under "Best,"."""
    for ps in ("P.S. I attached the sample report we discussed.", "PS: the sample report is attached."):
        text = (
            "Hi Ana,\n\nThank you for meeting me on Tuesday about the analyst role.\n\n"
            f"With thanks and best wishes,\nLee Park\n\n{ps}\n"
        )
        d = parse_draft(text)
        assert d.closing is not None and d.closing.text == "With thanks and best wishes,"
        assert d.signature is not None and d.signature.text == f"Lee Park\n\n{ps}"
        assert [p.text for p in d.paragraphs] == ["Thank you for meeting me on Tuesday about the analyst role."]


def test_a_last_paragraph_that_merely_starts_with_ps_letters_is_no_postscript() -> None:
    text = "Hi Ana,\n\nThank you for Tuesday.\n\nPsychology was my minor, as I mentioned.\n"
    d = parse_draft(text)
    assert d.closing is None
    assert [p.text for p in d.paragraphs][-1] == "Psychology was my minor, as I mentioned."


@given(st.integers(0, 120), st.integers(0, 40))
def test_overlaps_placeholder_agrees_with_a_scan_of_every_slot(start: int, length: int) -> None:
    """The bisection over sorted slots answers as a scan of every slot would."""
    draft = parse_draft("Hi [Name],\n\nThanks {{ role }} at <ROLE> and [Company Name] XXX.\n\nBest,\n[your name]")
    end = start + length
    assert draft.placeholders
    scan = any(p.start < end and start < p.end for p in draft.placeholders)
    assert draft.overlaps_placeholder(start, end) == scan

"""FL401 on notes written all in lower case, and on the words that end a note.

Probe sentences written for this test (none is taken from a corpus draft).

- In a note written in lower case, capitals cannot mark names: a short unknown word right after a
  word of telling or greeting ("tell tunde", "say hi to femi"), or after "with", "and", "spoke to"
  when the phrase ends right after it ("spoke to ravi and ..."), is a name: a tip, not an error.  A
  slip of a function word ("with teh team"), a swap or doubled letter after a weak cue ("and
  freind."), a long word ("and experiance.") and a slip after a bare "to" ("keen to lern.") stay
  errors.
- A sign-off of one to four letters alone on its line at the end ("xo", "tc,") is a tip.
- The first word of the closing is read as a sentence start: its capital says nothing, so
  "Sincerly," is the misspelling of a common word it is, not a name.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.checks.language_check import _sign_off_abbreviation


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def spelling(linter: Linter, text: str) -> dict[str, str]:
    report = linter.lint(text, purpose="thank-you")
    return {text[f.start : f.end]: f.severity.value for f in report.findings if f.code == "FL401"}


def lower_note(body: str, sign: str = "cheers,\nsam") -> str:
    return f"hi maya,\n\nthanks so much for today. {body}\n\n{sign}"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("tell tunde i said hi.", "tunde"),  # a swap of "tuned", a letter from "tune"
        ("i spoke to ravi and lakshmi after the trial shift.", "ravi"),
        ("please thank femi for the tour.", "femi"),
        ("i had coffee with aoife after, she was lovely.", "aoife"),
    ],
)
def test_a_name_written_small_in_a_lower_case_note_is_no_error(linter: Linter, body: str, name: str) -> None:
    assert spelling(linter, lower_note(body)).get(name) in (None, "info")


@pytest.mark.parametrize(
    ("body", "slip"),
    [
        ("i loved chatting with teh team.", "teh"),
        ("please tell teh chef thanks.", "teh"),
        ("thanks to you and freind.", "freind"),
        ("i have lots of energy and experiance.", "experiance"),
        ("i'm keen to lern.", "lern"),
        ("it was realy nice to meet you.", "realy"),
    ],
)
def test_a_slip_in_a_lower_case_note_is_still_an_error(linter: Linter, body: str, slip: str) -> None:
    assert spelling(linter, lower_note(body)).get(slip) == "error"


def test_a_name_written_small_in_a_capitalised_note_is_still_judged(linter: Linter) -> None:
    # where the writer capitalises, a small letter is not how they write names
    text = "Hi Maya,\n\nThanks so much for today. Please tell tunde I said hi.\n\nCheers,\nSam"
    assert spelling(linter, text).get("tunde") == "error"


@pytest.mark.parametrize("sign_off", ["xo", "tc,", "xo,"])
def test_a_short_sign_off_alone_on_its_line_is_a_tip(linter: Linter, sign_off: str) -> None:
    found = spelling(linter, lower_note("it was lovely to meet you.", f"{sign_off}\njess"))
    assert found.get(sign_off.rstrip(",")) in (None, "info"), found


def test_a_short_word_is_a_sign_off_only_alone_on_a_line_at_the_end() -> None:
    text = "hi maya,\n\nthe tc was kind.\n\nxo\njess"
    at = text.index("tc")
    assert not _sign_off_abbreviation(text, at, at + 2)  # inside a sentence
    at = text.index("xo")
    assert _sign_off_abbreviation(text, at, at + 2)
    longer = text + "\n\n" + "more lines of the note after it. " * 4
    assert not _sign_off_abbreviation(longer, at, at + 2)  # not at the end


@pytest.mark.parametrize(("closing", "slip"), [("Sincerly,", "Sincerly"), ("Sincerly yours,", "Sincerly")])
def test_a_misspelt_closing_word_is_an_error_not_a_name(linter: Linter, closing: str, slip: str) -> None:
    text = f"Subject: Thanks\n\nHi Ana,\n\nThank you for your time today.\n\n{closing}\nLee Park"
    assert spelling(linter, text).get(slip) == "error"


def test_a_closing_in_another_language_stays_a_tip(linter: Linter) -> None:
    text = "Subject: Thanks\n\nHi Ana,\n\nThank you for your time today.\n\nGroetjes,\nLee Park"
    assert spelling(linter, text).get("Groetjes") in (None, "info")

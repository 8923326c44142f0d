"""FL134: a copied note that keeps the last reader's first name in the body (G-PERSONAL).

The dev split's copied thank-you changed the company and the greeting but still said "I enjoyed our
conversation, Sarah," to Mr. James Whitaker; no rule read names in the body.  The family is a name the
body speaks to (set off by commas, or closing a sentence after a comma) that belongs to nobody the note
goes to; lists, appositions, sign-offs, titles and names the note speaks of elsewhere are no address.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

_CTX = {"interviewers": ["James Whitaker"], "company": "Corvid Outdoor", "role": "Marketing Analyst"}
_NOTE = (
    "Subject: Thank you – Marketing Analyst interview\n\nDear {greeting},\n\n"
    "Thank you for meeting me on Monday about the Marketing Analyst role. {line}\n\n"
    "I am very interested in the role and look forward to hearing about next steps.\n\nBest regards,\nOlivia Grant"
)


def _found(linter: Linter, line: str, greeting: str = "Mr. Whitaker", context: dict | None = None) -> list[str]:
    report = linter.lint(_NOTE.format(greeting=greeting, line=line), context=_CTX if context is None else context)
    return [f.message for f in report.findings if f.code == "FL134"]


@pytest.mark.parametrize(
    "line",
    [
        "I enjoyed our conversation, Sarah, and the tour of the studio.",
        "It was a pleasure to talk about attribution with you, Sarah.",
        "Thanks again for your time, Priya!",
        "I'd love to hear your thoughts, Sarah, on the campaign plan.",
    ],
)
def test_a_name_the_body_speaks_to_that_is_not_the_readers_is_flagged(linter: Linter, line: str) -> None:
    found = _found(linter, line)
    assert len(found) == 1 and "James Whitaker" in found[0], found


def test_without_context_a_first_name_greeting_is_the_reader(linter: Linter) -> None:
    assert _found(linter, "I enjoyed our conversation, Sarah, very much.", greeting="James", context={})
    assert not _found(linter, "I enjoyed our conversation, James, very much.", greeting="James", context={})


@pytest.mark.parametrize(
    "line",
    [
        "I enjoyed our conversation, James, and the tour of the studio.",  # the reader
        "I enjoyed our conversation, Jim, and the tour.",  # the reader's nickname
        "It was good to meet Anna, Tom, and Raj as well.",  # a list
        "I met Sam, Priyanka, Luis, Mei and Mr. Okonkwo on the day.",  # a list without the serial comma
        "I also enjoyed meeting your colleague, Sarah, who showed me the studio.",  # an apposition
        "Sarah mentioned the launch; please thank her for me, Sarah, if you see her.",  # named elsewhere
        "We met in London, Tuesday, to talk it through.",  # a day
        "Thank you again, Mr. Whitaker, for your time.",  # a title
        "I was glad to hear about Corvid, Outdoor and all.",  # the company's words
        "The plan you described, Olivia, fits my work.",  # the sender's own name
    ],
)
def test_the_reader_lists_appositions_and_other_names_pass(linter: Linter, line: str) -> None:
    assert not _found(linter, line), line


def test_a_titled_surname_alone_leaves_the_first_name_open(linter: Linter) -> None:
    # "Dear Mr. Whitaker" with no interviewer given: "James" may be his first name
    assert not _found(linter, "I enjoyed our conversation, James, very much.", context={})


def test_a_one_line_message_signed_after_a_comma_is_no_address(linter: Linter) -> None:
    text = "Hi Ruth, thank you for letting me know, and for your time over both rounds. Best, Femi"
    report = linter.lint(text, channel="linkedin", context={"interviewers": ["Ruth Okonjo"]})
    assert "FL134" not in [f.code for f in report.findings]
    text = "Hi Ruth, thank you for letting me know. I'd be glad to stay in touch, Femi"
    report = linter.lint(text, channel="linkedin", context={"interviewers": ["Ruth Okonjo"]})
    assert "FL134" not in [f.code for f in report.findings]


def _names(n: int) -> str:
    """``n`` different addressed names, none named twice (so none is skipped as spoken of elsewhere)."""
    return " ".join(
        f"thank you, Aa{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}," for i in range(n)
    )


def test_the_body_name_check_grows_linearly(linter: Linter) -> None:
    from check_timing import assert_grows_linearly

    from followup_lint.analysis import Analysis
    from followup_lint.checks import CheckInput
    from followup_lint.context import Context
    from followup_lint.draft import parse_draft

    def make(n: int) -> CheckInput:
        draft = parse_draft(f"Dear James,\n\n{_names(60 * n)}\n\nBest,\nLee")
        context = Context(interviewers=["James Whitaker"])
        return CheckInput(
            draft=draft, analysis=Analysis(draft, linter.nlp), context=context, purpose="thank-you", channel="email"
        )

    assert_grows_linearly(linter, "FL134", make, "many addressed names")

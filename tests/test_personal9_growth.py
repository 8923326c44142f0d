"""Growth: the round-9 (and round-10) additions cost time linear in the input (measured as
tests/test_employer_growth.py measures: CPU time, best of several runs, 1x/10x/100x; the test fails
above 40x a step, a ratio, never a time).  FL132 now runs each recipient's name together
(``joined_forms``: at most eight pieces a name, runs of two to four), so a long list of interviewers
with particles costs time in proportion to the list."""

from __future__ import annotations

from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context


def test_greeting_check_grows_linearly_with_the_recipients(linter: Linter) -> None:
    def make(n: int):
        people = [f"Seán Ó Néill-Mac Giolla van der Berg{i}" for i in range(3 * n)]
        return prepared_input(linter, "Thank you for the interview.", context=Context(interviewers=people))

    assert_grows_linearly(linter, "FL132", make, "many interviewers with particles")


def test_body_name_check_grows_linearly_with_sentence_openings(linter: Linter) -> None:
    """Round 10: FL134 reads a name opening a sentence ("Greg, I enjoyed ..."); many such sentences,
    each a new name, and a long run of capitalised words with commas, stay linear."""

    def make(n: int):
        names = ["Zor" + "".join(chr(97 + int(d)) for d in str(i)) for i in range(3 * n)]
        body = "".join(f"{name}, I enjoyed it. Qelmar, Brintu, Hovaxe, " for name in names)
        return prepared_input(
            linter, "Hi Fiona,\n\n" + body, context=Context(interviewers=["Fiona Baird"], company="Saltire")
        )

    assert_grows_linearly(linter, "FL134", make, "many sentence-opening names")
    text = "Subject: Thanks\n\nHi Fiona,\n\nThanks. Zorab, I enjoyed it.\n\nBest,\nLee"
    report = linter.lint(text, context={"interviewers": ["Fiona Baird"]})
    assert [text[f.start : f.end] for f in report.findings if f.code == "FL134"] == ["Zorab"]

"""Growth: the round-13 (generic13) patterns cost time linear in the input (measured as
tests/check_timing.py measures: CPU time, best of several runs, 1x/10x/100x; a ratio, never a time):
FL211's stock phrases and particulars, FL210's short stock lines and mail merge, FL212's addressees,
FL132's wrong title, FL208's agency signs and address-block towns, FL202's new cues."""

from __future__ import annotations

from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks import CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft


def _draft(linter: Linter, text: str, ctx: Context, purpose: str = "thank-you") -> CheckInput:
    draft = parse_draft(text)
    analysis = Analysis(draft, linter.nlp)
    for part in draft.part("all"):
        analysis.doc(part)
        analysis.sentences(part)
    return CheckInput(draft=draft, analysis=analysis, context=ctx, purpose=purpose, channel="email")


def test_follow_up_stock_and_particulars_grow_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        body = (
            "I am just checking in regarding my recent interview; I remain super keen and hope you are well. Any "
            "development on the decision, at your convenience? Thanks for letting me know, wishing you all the "
            "best, the door knocking role play and our chat about it. "
        ) * n
        return prepared_input(
            linter, body, purpose="status-check", context=Context(company="Brantley Insurance", role="Claims Adjuster")
        )

    assert_grows_linearly(linter, "FL211", make, "stock phrases and particulars")


def test_short_stock_and_merge_grow_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        body = (
            "Thanks for interviewing me at Greenleaf Pharmacy. I enjoyed our conversation, appreciate your time and "
            "look forward to hearing about the next steps; my skills and experience would be a valuable addition "
            "to your team. "
        ) * n
        return prepared_input(linter, body, context=Context(company="Greenleaf Pharmacy", role="Pharmacy Technician"))

    assert_grows_linearly(linter, "FL210", make, "short stock lines and a mail merge")


def test_addressees_grow_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        to = "; ".join(f"hr{i}@firm{i}.co.uk" for i in range(20 * n))
        return _draft(linter, f"Subject: Thanks\nTo: {to}\n\nDear all,\n\nThank you.\n\nBest,\nLee", Context())

    def make_one_run(n: int) -> CheckInput:
        to = "a" * (500 * n) + "@" + "b." * (50 * n)
        return _draft(linter, f"Subject: Thanks\nTo: {to}\n\nDear all,\n\nThank you.\n\nBest,\nLee", Context())

    assert_grows_linearly(linter, "FL212", make, "many addressees")
    assert_grows_linearly(linter, "FL212", make_one_run, "one long address")


def test_wrong_title_grows_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        greeting = "Dear " + "Sir Mr Madam " * (10 * n) + "Dube,"
        text = f"Subject: Thanks\n\n{greeting}\n\nThank you for the interview.\n\nBest,\nLee"
        return _draft(linter, text, Context(interviewers=["Ms. Zanele Dube"]))

    assert_grows_linearly(linter, "FL132", make, "a long greeting of titles")


def test_agency_signs_and_address_towns_grow_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        body = (
            "Thanks for putting me forward and for setting up the interview with Halcyon Labs for your client; "
            "I began my career at Pinecrest Media and would begin at York with the same study. Your work for "
            "Tesco's hub is hard, and I have a second interview at Hallam Haulage.\n"
            "12 Market Street York, PA 17402\n"
        ) * n
        return prepared_input(linter, body, context=Context(company="Stoneridge Foods", role="Plant Manager"))

    def make_spaces(n: int) -> CheckInput:
        body = "I would begin at York. " + ("York" + " " * 3) * (200 * n) + "\nYork, PA 17402"
        return prepared_input(linter, body, context=Context(company="Stoneridge Foods", role="Plant Manager"))

    assert_grows_linearly(linter, "FL208", make, "agency signs and address towns")
    assert_grows_linearly(linter, "FL208", make_spaces, "a long run of one name and spaces")


def test_new_specifics_cues_grow_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        body = (
            "Dr. Whitfield walked me through their method; your concern that members rarely read bills and your "
            "aside that fences start disputes stayed with me; the new barcodes were clever. "
        ) * n
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL202", make, "walked me through, your concern that, a new thing judged")

"""Growth: the round-12 (personal12) patterns cost time linear in the input (measured as
tests/check_timing.py measures: CPU time, best of several runs, 1x/10x/100x; the test fails above
40x a step, a ratio, never a time): FL208's client and product signs after a loose frame, its trade
words and its offers elsewhere; FL209's signs of someone else's job; FL132's pet forms; FL202's new
cues; FL210's greeting of one panel member."""

from __future__ import annotations

from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks import CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft


def test_employer_signs_grow_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        body = (
            "I would enjoy working with Marsh Homes on the dashboards you mentioned and contributing to Brockley "
            "Pharma's cold-chain rollout, working with Year 8 and SAP S/4HANA, though I have since been offered a "
            "role at Pennine Utilities and hope to join Glenmoor Bakeries or Fenwick Partners. "
        ) * n
        return prepared_input(linter, body, context=Context(company="Hartley & Finch Bakeries", role="Buyer"))

    assert_grows_linearly(linter, "FL208", make, "client, product and trade-word signs")


def test_role_signs_grow_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        body = (
            "The Workshop Controller post is the one I'd report into, and I would share the rota with the "
            "Clinical Support Worker role alongside the Parts Advisor position. "
        ) * n
        return prepared_input(linter, body, context=Context(company="Tamsin Road Motors", role="Vehicle Technician"))

    assert_grows_linearly(linter, "FL209", make, "someone else's job")


def test_specifics_cues_grow_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        body = (
            "The fact that your apprentices rotate, I've had a further think about it and thought more about "
            "the lounge, thanks for telling me about the club and your 48-hour turnaround on claims. "
        ) * n
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL202", make, "facts, thoughts, tellings and figures")


def _greeted(linter: Linter, greeting: str, body: str, ctx: Context) -> CheckInput:
    draft = parse_draft(f"Subject: Thanks\n\n{greeting}\n\n{body}\n\nBest,\nLee")
    analysis = Analysis(draft, linter.nlp)
    for part in draft.part("all"):
        analysis.doc(part)
    return CheckInput(draft=draft, analysis=analysis, context=ctx, purpose="thank-you", channel="email")


def test_pet_forms_and_panel_member_greetings_grow_linearly(linter: Linter) -> None:
    def make_names(n: int) -> CheckInput:
        greeting = "Hi " + "Beckyyy Mandddy Tashhh " * (3 * n) + "Ollie,"
        return _greeted(linter, greeting, "Thank you for the interview.", Context(interviewers=["Rebecca Osei"]))

    def make_panel(n: int) -> CheckInput:
        greeting = "Dear " + "Search Hiring " * (3 * n) + "Panel Member,"
        body = "Thank you for the interview. It was a great conversation and I enjoyed it. " * n
        return _greeted(linter, greeting, body, Context(company="Kestrel Park Academy", role="Science Teacher"))

    assert_grows_linearly(linter, "FL132", make_names, "a long greeting of pet forms")
    assert_grows_linearly(linter, "FL210", make_panel, "a long greeting of a panel member")


def test_batch_b_and_c_signs_grow_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        body = (
            "Brasserie Lumen belongs to Halcyon Dining, and I would work with Power BI again, contribute to Moodle "
            "plugins, join Team Kestrel, join you at Chester, work for Sophie Brandt and picture myself at "
            "Quayside House. "
        ) * n
        return prepared_input(linter, body, context=Context(company="Brasserie Lumen", role="Commis Chef"))

    def make_role(n: int) -> CheckInput:
        body = (
            "Your Ward Manager role must keep you busy, and I have since applied for the Theatre Nurse vacancy "
            "you advertised. "
        ) * n
        return prepared_input(linter, body, context=Context(company="Wyvern Community Health", role="Staff Nurse"))

    def make_names(n: int) -> CheckInput:
        greeting = "Hi " + "Gabeee Livvv " * (3 * n) + "Gabe,"
        return _greeted(linter, greeting, "Thank you for the interview.", Context(interviewers=["Gabriel Moreno"]))

    assert_grows_linearly(linter, "FL208", make, "tools, owners, teams, sites and people")
    assert_grows_linearly(linter, "FL209", make_role, "the reader's title and posts applied for")
    assert_grows_linearly(linter, "FL132", make_names, "clipped pet forms")

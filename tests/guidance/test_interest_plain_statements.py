"""FL204 (G-INTEREST): a plain statement of wanting the job or the team is heard.

Blind batch A (2026-12-04, written before the linter saw it): 9 of 20 plain statements of interest
missed ("hoping this works out", "motivated to start", "the more I wanted to work there", "still my
first preference", "glad of the chance to join", "I'd throw myself into") and 1 of 10 look-alikes
counted (excitement at the building, "but the role itself is not for me"); after, 0 and 0.
Batch B, written after that fix as a measurement: 12 of 20 missed and 2 of 10 wrongly counted, the
same as with the old rules, so the first fix had not generalised; a second fix widened the parts
heard together (a wish of the writer's: "would be happy working", "jump at", "want to do / start /
build my career", "would make my year", "all for", "hope I get"; with the work: "working on", "you
guys") and undid a favour asked ("I'd love it if you could send ...") and a doubted wish ("no longer
sure I want to work for ..."): 0 of 20 and 1 of 10.  Batch C, written after the second fix: 3 of 10
missed (6 with the old rules) and 1 of 6 wrongly counted ("I'd like to take this chance to thank
the team"); a third fix (the role "attractive to me", "my wish is that I can be part of"; taking a
chance to thank is no wish): 1 and 0.  Known: ``KNOWN``, one willingness to start ("I'd happily start on
Monday if you'll have me": interest, but close to presuming the job, which the labelling rule does
not count, so left unheard) and one offer to job-share that reads as
interest.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.checks import CheckInput


def _fl204(linter: Linter, sentence: str) -> str | None:
    text = f"Subject: Thank you – interview\n\nHi Dana,\n\nThank you for meeting me yesterday. {sentence}\n\nBest,\nSam Reyes"
    report = linter.lint(text, purpose="thank-you", channel="email")
    return next((f.severity.value for f in report.findings if f.code == "FL204"), None)


# blind batch A
INT_A = [
    "After yesterday I really want to be on that team.",
    "The role sounds brilliant and I would very much like to be considered.",
    "i am really hoping this works out, the job sounds perfect for me.",
    "Honestly I came out of the interview wanting the job even more.",
    "I am very motivated to start in your warehouse.",
    "The more I heard about the ward, the more I wanted to work there.",
    "Please know that the position is still my first preference.",
    "I'd be glad of the chance to join your kitchen brigade.",
    "It would be fantastic to get this apprenticeship.",
    "I'm genuinely keen to hear if I can join the crew in March.",
    "This is a job I would really enjoy doing.",
    "I hope to be working with you soon.",
    "The project you described is something I would love to get stuck into.",
    "I am very much wanting to join your company.",
    "Your team is where I want to be next.",
    "I left feeling sure this is the right next step for me and I hope you feel the same.",
    "I'm really looking forward to the possibility of working at the clinic.",
    "It's a role I'd throw myself into.",
    "I would be so happy to accept if you offer me the place.",
    "The job is everything I've been looking for, and I'd love the chance to do it.",
]

NOT_INT_A = [
    "I enjoyed our conversation very much.",
    "It was nice to meet the whole team.",
    "I'm interested to know how the decision went for the other roles.",
    "I'd love to know when you expect to decide.",
    "I would prefer the part-time position in your other branch.",
    "I hope you have a lovely weekend.",
    "I look forward to hearing from you.",
    "I am confident I have the skills for the job.",
    "Thank you again for your time and patience.",
    "I was excited to see the new building but the role itself is not for me.",
]

# blind batch B (after the first fix)
INT_B = [
    "I'd jump at the role if it's offered.",
    "really hope i get the call to join you guys.",
    "Yesterday made me sure that I want this placement more than anything.",
    "I am very enthusiastic for this job.",
    "I think I would be very happy working in your bakery.",
    "The team seemed great and I'd be glad to be a part of it.",
    "I remain very keen on the post.",
    "Working on the new trams is exactly what I want to do next.",
    "I'm hopeful that I'll get the opportunity to join the practice.",
    "It would make my year to start with you in September.",
    "I'd be very pleased if I could take on the role.",
    "Everything you told me made me want the job more.",
    "I'm all for joining your team if you'll have me.",
    "This is a company I'd be proud to work for.",
    "Would love to come and work in the studio.",
    "I really want to do this job well for you.",
    "Your clinic is the place I'd like to build my career.",
    "I am wishing to join your organisation as soon as possible.",
    "It's a post I would take up gladly.",
    "Joining the crew this summer would be the best thing for me.",
]

NOT_INT_B = [
    "Please let me know if you need my references.",
    "I'd be glad to send my portfolio.",
    "It was great to hear about the trams.",
    "I hope the rest of your interviews go well.",
    "I'm keen to know whether the role is still open to external candidates.",
    "I would like to withdraw from the process.",
    "I was happy with how I answered the second question.",
    "I'd love it if you could send me the slides.",
    "The job pays less than I expected.",
]

# blind batch C (after the second fix)
INT_C = [
    "honestly this is the job i want, hope i get it.",
    "I would be delighted working alongside your nurses.",
    "Getting this traineeship would be a big thing for me and I want it a lot.",
    "I'm hoping to spend the next few years growing with your team.",
    "I think the role is a great match for what I want to do.",
    "My wish is that I can be part of the launch.",
    "The job is very attractive to me.",
    "I very much hope we will work together.",
    "I'd really like to get involved in the refit project.",
]

NOT_INT_C = [
    "I don't want to waste any more of your time.",
    "I'd be happy to come in again if you need to see me.",
    "I hope to hear back by Friday.",
    "I was wondering if the role is hybrid.",
    "I'd like to take this chance to thank the whole team.",
    "I'm not sure I want to move to Leeds for the job.",
]

KNOWN = [
    # a willingness to start: should count as interest, warned
    ("I'd happily start on Monday if you'll have me.", False),
    # an offer to job-share read as interest: arguably no interest in this role, heard
    ("I'd be happy to work with the other candidate if needed.", True),
]


@pytest.mark.parametrize("sentence", INT_A + INT_B + INT_C)
def test_a_plain_statement_of_interest_is_heard(linter: Linter, sentence: str) -> None:
    assert _fl204(linter, sentence) is None


@pytest.mark.parametrize("sentence", NOT_INT_A + NOT_INT_B + NOT_INT_C)
def test_a_look_alike_is_no_statement_of_interest(linter: Linter, sentence: str) -> None:
    assert _fl204(linter, sentence) == "warning"


@pytest.mark.xfail(strict=True, reason="known, see the module docstring")
@pytest.mark.parametrize(("sentence", "warns"), KNOWN)
def test_known_misjudgements(linter: Linter, sentence: str, warns: bool) -> None:
    assert (_fl204(linter, sentence) == "warning") is warns


GROWTH_UNITS = {
    # every sentence holds a wish part and a near-miss of the work part
    "near misses": "I would be happy working it out. I hope I get a reply soon. ",
    # one long sentence of parts, no break
    "one sentence": "jump at want to do hope I get all for with the work attractive my wish is ",
}


@pytest.mark.parametrize("shape", sorted(GROWTH_UNITS))
def test_the_interest_check_grows_linearly(linter: Linter, shape: str) -> None:
    def make(n: int) -> CheckInput:
        return prepared_input(linter, GROWTH_UNITS[shape] * (3 * n))

    assert_grows_linearly(linter, "FL204", make, shape)

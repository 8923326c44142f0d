"""Round 11b (tone11b), blind batch for FL329 (over-familiar), written before any rule change; the
wordings are our own (checked against tests/ for freshness), not the dev drafts'.

Kinds (from the new dev drafts FL329 missed, all labelled G-TONE-PROFESSIONAL):
- ATTIRE: a compliment on the reader's clothes or accessories ("I adored your suede boots");
  FL329 must speak.  ATTIRE_WORK: clothing words in work talk (a shoe range, the dress code, a
  team's safety boots, stepping into someone's shoes); FL329 quiet.
- PRIVATE_LIFE: birthday wishes to the reader, asking after their pet, their holiday photos on
  social media; FL329 must speak.  PRIVATE_WORK: the company's anniversary, a pet-insurance
  product, an office dog met at the interview, the firm's Instagram page; FL329 quiet.
- PUNS: cutesy animal puns and sign-offs ("pawsitive", "woof for now"); FL329 must speak.
  PUN_WORK: the same animals in the work (a veterinary role, a cat-food brand); FL329 quiet.

Misjudged before the change: 14 of 29 (all 14 bad missed: attire 6 of 6, private life 4 of 4,
puns 4 of 4; look-alikes 0 of 15 flagged); after the FL329 patterns of round 11b: 0 of 29.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _thanks(line: str) -> str:
    return (
        "Subject: Thank you – Store Operations Lead interview\n\nDear Ms. Okafor,\n\n"
        "Thank you for meeting me on Tuesday to talk about the Store Operations Lead role. I enjoyed "
        "hearing how the team cut stock-count time in half, and my three years running inventory at "
        f"Brightwell would help with the next phase. {line}\n\nI look forward to hearing about next "
        "steps.\n\nKind regards,\nDaniel Amos"
    )


def fl329(linter: Linter, line: str) -> list[str]:
    text = _thanks(line)
    report = linter.lint(text, purpose="thank-you", channel="email")
    return [f.code for f in report.findings if f.code == "FL329"]


ATTIRE = [
    "By the way, I adored your red suede boots.",
    "I have to say I really liked your tartan scarf on Tuesday.",
    "Also, I noticed your gorgeous silver earrings straight away.",
    "Loved your bow tie, by the way!",
    "I must compliment your leather jacket, which suited you perfectly.",
    "Your glasses were so stylish, I asked a friend where to find a pair.",
]

ATTIRE_WORK = [
    "I loved your plan to launch the trail-running shoes range in spring.",
    "I liked your point about relaxing the dress code for client visits.",
    "I noticed your team wears safety boots on the floor, and I already hold the certificate.",
    "I would be glad to step into your shoes while you are on leave in March.",
    "I admired your jacket collection at the trade show stand, and I have sold outerwear for years.",
    "I appreciated your honesty about the uniform budget.",
]

PRIVATE_LIFE = [
    "I hope you have a wonderful birthday on Saturday!",
    "Happy belated birthday, too; I spotted it on LinkedIn.",
    "I hope your spaniel is feeling better after his operation.",
    "Your Instagram photos from Lisbon looked amazing, by the way.",
]

PRIVATE_WORK = [
    "Congratulations on the company's fortieth anniversary next month.",
    "I enjoyed hearing about your pet insurance launch and the claims process behind it.",
    "It was lovely to meet the office dog at reception.",
    "I first saw the opening on your Instagram page and applied the same day.",
    "I hope the birthday campaign for loyalty members goes well this weekend.",
]

PUNS = [
    "I'm pawsitively thrilled about the role!",
    "It would be purrfect to join your team.",
    "Thanks fur your time, it was pawsome to meet you.",
    "Woof for now!",
]

PUN_WORK = [
    "My two years as a veterinary nurse taught me to calm anxious cat owners at the desk.",
    "I liked your idea for the cat food aisle reset, and I have run three resets like it.",
    "I was glad to hear the store raises money for the local dog shelter.",
    "The purchase order for the feline range is exactly the kind of work I did at Brightwell.",
]

# before the change all 14 bad probes were here (xfail strict); after it, none.  The round-11 review
# (tests/test_round11b_fl329_rapport.py) narrowed the private-life patterns: a plain birthday wish and
# a question after the reader's pet read like the interview's small talk called back, which good notes
# do, so FL329 (an error) no longer speaks on them; these two are left to a warning-level rule, if any.
_MISSED: set[str] = {
    "I hope you have a wonderful birthday on Saturday!",
    "I hope your spaniel is feeling better after his operation.",
}
_FALSE: set[str] = set()


def _mark(items: list[str], bad: set[str]) -> list:
    return [pytest.param(s, marks=pytest.mark.xfail(strict=True)) if s in bad else s for s in items]


@pytest.mark.parametrize("line", _mark(ATTIRE + PRIVATE_LIFE + PUNS, _MISSED))
def test_overfamiliar_is_caught(linter: Linter, line: str) -> None:
    assert fl329(linter, line)


@pytest.mark.parametrize("line", _mark(ATTIRE_WORK + PRIVATE_WORK + PUN_WORK, _FALSE))
def test_work_look_alikes_are_quiet(linter: Linter, line: str) -> None:
    assert fl329(linter, line) == []

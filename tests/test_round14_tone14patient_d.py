"""Round 14 tone14patient, confirmation batch C: written after the clause readings (commit 76cb8ac) and
committed before its first run, in words unlike batches A and B, to estimate how the clause readings do on
wordings they were not fitted to. Same five kinds and look-alikes as batch A.

First run (as committed): 8 of 14 bad missed (all four pay-or-conditions probes: base, a ute and fuel card,
a hike, a relocation allowance, with otherwise / only workable / unable to proceed; 'cross with myself';
'strung along'; 'present it again'; 'a proper reason, not a template') and 1 of 12 good flagged (FL315 on a
caller's 'Sorry, I rambled a bit there.'). After widening the word classes of the clause readings: 0 of 14
bad missed, 0 of 12 good flagged; this batch is fitted now and no longer an estimate.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter
from tests.test_round14_tone14patient import PAT, POS, tone_items


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _x(*args: object) -> pytest.param:  # misjudged on batch C's first run
    return pytest.param(*args, marks=pytest.mark.xfail(strict=True))


#: (sentence, channel, purpose, item that must be cited)
BAD = [
    (
        "Having slept on it, the base would need to be at least 70k before I'd feel able to continue.",
        "email",
        "thank-you",
        PAT,
    ),
    (
        "Quick one, the role's only workable for me with a ute and fuel card included.",
        "linkedin",
        "status-check",
        PAT,
    ),
    (
        "Sir, I am requesting a hike of 30 percent on my current package, otherwise I cannot go ahead.",
        "call",
        "thank-you",
        PAT,
    ),
    (
        "Should the position not carry a relocation allowance, I regret I shall be unable to proceed.",
        "letter",
        "thank-you",
        PAT,
    ),
    (
        "I'm still cross with myself for muddling the two acronyms; I must have looked completely out of my depth.",
        "email",
        "thank-you",
        POS,
    ),
    (
        "I'm really sorry that I went to pieces on the scenario question, it's been eating at me all night.",
        "call",
        "thank-you",
        POS,
    ),
    (
        "Please pardon me for my very weak reply about budgets, I am feeling so bad since yesterday.",
        "linkedin",
        "thank-you",
        POS,
    ),
    ("That was hard to read, and I won't pretend otherwise.", "email", "rejection-reply", POS),
    (
        "I'm not sure I'll ever understand how I missed out after coming so close.",
        "letter",
        "rejection-reply",
        POS,
    ),
    (
        "Ag, I'm properly down about this one, I really believed it was my time.",
        "linkedin",
        "rejection-reply",
        POS,
    ),
    (
        "The agency told me the panel loved my presentation, so hearing this now feels like I was strung along.",
        "email",
        "rejection-reply",
        PAT,
    ),
    (
        "Since the case study brief changed on the day, I think it would be fair to let me present it again.",
        "email",
        "rejection-reply",
        PAT,
    ),
    ("So what was it about me that wasn't right?", "email", "rejection-reply", PAT),
    (
        "I'd like a proper reason, not a template, for why I was turned down.",
        "call",
        "rejection-reply",
        PAT,
    ),
]

#: (sentence, channel, purpose)
GOOD = [
    ("Please excuse the delay in writing; the school holidays have kept me busy.", "email", "thank-you"),
    ("Your question on cash-flow forecasting stretched me, in a good way.", "email", "thank-you"),
    (
        "On the budgeting question, a clearer way to put my answer is that I'd start from last year's actuals.",
        "email",
        "thank-you",
    ),
    (
        "It wasn't the outcome I was hoping for, yet I'm grateful for the thorough process.",
        "email",
        "rejection-reply",
    ),
    (
        "I'd be grateful for a short note on where my presentation fell short, so I can improve it.",
        "email",
        "rejection-reply",
    ),
    (
        "Another company has offered me a place with a deadline of the 30th, and I'd welcome any update on your timeline before then.",
        "linkedin",
        "status-check",
    ),
    ("I'm pleased the salary range we discussed fits within your budget.", "email", "thank-you"),
    ("I hope the successful candidate settles in well.", "letter", "rejection-reply"),
    ("Sorry, I rambled a bit there.", "call", "thank-you"),
    (
        "I hadn't expected the practical test, but I enjoyed working through it with your foreman.",
        "email",
        "thank-you",
    ),
    (
        "I'll keep developing my Python and would love to try again next year.",
        "email",
        "rejection-reply",
    ),
    (
        "My current lease runs out at the end of May, so a decision before then would help me plan, though I understand if it takes longer.",
        "email",
        "status-check",
    ),
]


@pytest.mark.parametrize(("sentence", "channel", "purpose", "item"), BAD)
def test_bad_probe_cites_its_item(linter: Linter, sentence: str, channel: str, purpose: str, item: str) -> None:
    assert item in tone_items(linter, sentence, channel, purpose)


@pytest.mark.parametrize(("sentence", "channel", "purpose"), GOOD)
def test_good_probe_draws_no_tone_finding(linter: Linter, sentence: str, channel: str, purpose: str) -> None:
    assert tone_items(linter, sentence, channel, purpose) == set()

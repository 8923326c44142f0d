"""FL329 hears a gift however it is named, and cites G-CHANNEL for it (a gift as the follow-up, LABELLING.md).

Found on two new dev cards of batch y-3 (a bouquet, "I hope these brighten your office!"; a gift card, "Please
enjoy a coffee on me – the card is tucked inside!"). Blind batch A (a letter, written before the fix): 12 gifts,
10 look-alikes; FL329 heard 3 of the 12 gifts and none cited G-CHANNEL: 12 of 22 wrong -> 0. Batch B (an e-mail,
written after the fix): 8 gifts, 8 look-alikes: 3 of 16 wrong -> 1 after widening two patterns (the one left:
"I've popped a little thank-you hamper in the post", five words between the verb and the gift). Dev: G-CHANNEL
F1 0.87 -> 0.92, AUC 0.977 -> 0.980.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

LETTER = "Dear Ms. Reed,\n\nThank you for meeting me yesterday about the office manager role. {s} I look forward to hearing about the next steps.\n\nKind regards,\nSam Hill"
EMAIL = "Hi Tom,\n\nThanks for the chat on Tuesday about the warehouse supervisor job. {s} Looking forward to hearing from you.\n\nCheers,\nDee"

GIFTS = [
    (LETTER, "Please enjoy a coffee on me - the card is tucked inside!"),
    (LETTER, "Please accept this little plant for your desk as a thank-you."),
    (LETTER, "I hope these brighten up your office this week!"),
    (LETTER, "Lunch for the team is on me - I've arranged a delivery for Friday."),
    (LETTER, "I've sent a box of cupcakes to the front desk for you and the panel."),
    (LETTER, "Please accept these chocolates as a small token of my thanks."),
    (LETTER, "A bottle of my favourite red should reach you tomorrow."),
    (LETTER, "Enclosed is a voucher for the bakery on your corner."),
    (LETTER, "The next round of drinks is on me!"),
    (LETTER, "I've left a small hamper with your receptionist."),
    (LETTER, "Please accept this mug - every great manager needs one!"),
    (LETTER, "There is a gift card for the cinema inside this card, enjoy!"),
    (EMAIL, "Please accept this small box of shortbread from my local bakery."),
    (EMAIL, "Hope these flowers cheer up the office - they should arrive this afternoon."),
    (EMAIL, "I've ordered pizzas for your team's Friday meeting as a thank you."),
    (EMAIL, "There's a Starbucks voucher inside the card for your next coffee break."),
    (EMAIL, "Next time you're in town, dinner's on me!"),
    (EMAIL, "I dropped off a bottle of wine at reception for you."),
    (EMAIL, "Please accept these tickets to Saturday's match as a token of thanks."),
]
LOOK_ALIKES = [
    (LETTER, "Please accept my thanks for your time and your thoughtful questions."),
    (LETTER, "Please accept my apologies for arriving a few minutes late."),
    (LETTER, "I have enclosed a copy of the reference letter you asked for."),
    (LETTER, "My portfolio is tucked inside this envelope, as you suggested."),
    (LETTER, "Thank you also for the coffee and for showing me round the office."),
    (LETTER, "I hope the attached schedule helps the team plan the rollout."),
    (LETTER, "The flowers in your reception were a lovely touch."),
    (LETTER, "Please accept this letter as confirmation that I remain very interested."),
    (LETTER, "I enjoyed hearing how the team keeps the office running on a small budget."),
    (LETTER, "The cost of the training course is on me, so it would not burden your budget."),
    (EMAIL, "Please accept my sincere thanks for the tour of the depot."),
    (EMAIL, "Thanks again for the coffee and biscuits during the interview."),
    (EMAIL, "I've attached the forklift certificate you asked to see."),
    (EMAIL, "Please accept this email as my confirmation for the second interview on Friday."),
    (EMAIL, "The bakery next door smelled amazing, by the way."),
    (EMAIL, "I dropped off my signed reference form at reception this morning."),
    (EMAIL, "I'd be happy to cover my own travel costs for the trial shift, so that part is on me."),
    (EMAIL, "Your team's wine-tasting social sounds like a great way to welcome new starters."),
]


def _gift_findings(linter: Linter, wrap: str, sentence: str) -> list:
    channel = "letter" if wrap is LETTER else "email"
    report = linter.lint(wrap.format(s=sentence), channel=channel)
    return [f for f in report.findings if f.code == "FL329"]


@pytest.mark.parametrize(("wrap", "sentence"), GIFTS)
def test_a_gift_is_heard_and_cites_the_channel(linter: Linter, wrap: str, sentence: str) -> None:
    found = _gift_findings(linter, wrap, sentence)
    assert found, sentence
    assert all(set(f.guidance) == {"G-TONE-PROFESSIONAL", "G-CHANNEL"} for f in found)
    assert all(f.message.startswith("A gift (") for f in found)


@pytest.mark.parametrize(("wrap", "sentence"), LOOK_ALIKES)
def test_thanks_papers_and_the_interviews_coffee_are_no_gift(linter: Linter, wrap: str, sentence: str) -> None:
    assert not _gift_findings(linter, wrap, sentence), sentence


def test_flirting_cites_only_the_tone(linter: Linter) -> None:
    report = linter.lint(EMAIL.format(s="We should grab a drink sometime, just the two of us."))
    found = [f for f in report.findings if f.code == "FL329"]
    assert found and all(f.guidance == ["G-TONE-PROFESSIONAL"] for f in found)


# Round 8 (channel8): a container of food named as the gift. Blind bad batch: "a small hamper of biscuits
# delivered to your office" missed. Family probes written before the fix: 5 of 5 gifts missed -> 0; 5 look-alikes,
# one wrong before ("sent a box of proofs to the print room" was a gift) -> 0.
GIFTS_ROUND_8 = [
    (EMAIL, "I've had a small hamper of biscuits delivered to your office for you and the team to enjoy."),
    (EMAIL, "A tin of shortbread is on its way to the kitchen as a thank-you from me."),
    (EMAIL, "I dropped off a tray of brownies at reception for you all this morning."),
    (LETTER, "Please enjoy the box of macarons I left with your receptionist!"),
    (LETTER, "I've sent a crate of local cheeses over to the team to say thanks."),
]
LOOK_ALIKES_ROUND_8 = [
    (EMAIL, "I enjoyed hearing about the bakery's new range of biscuits and the tin redesign."),
    (EMAIL, "I've had the signed forms delivered to your office as requested."),
    (EMAIL, "The box of samples you showed me made the QC process very clear."),
    (EMAIL, "I've sent a box of proofs to the print room as you asked."),
    (LETTER, "Thank you for the tea and biscuits during the interview, and for the tour."),
]


@pytest.mark.parametrize(("wrap", "sentence"), GIFTS_ROUND_8)
def test_a_container_of_food_is_a_gift(linter: Linter, wrap: str, sentence: str) -> None:
    found = _gift_findings(linter, wrap, sentence)
    assert found, sentence
    assert all("G-CHANNEL" in f.guidance for f in found)


@pytest.mark.parametrize(("wrap", "sentence"), LOOK_ALIKES_ROUND_8)
def test_boxes_of_work_and_the_interview_s_biscuits_are_not(linter: Linter, wrap: str, sentence: str) -> None:
    assert not _gift_findings(linter, wrap, sentence), sentence

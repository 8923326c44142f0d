"""FL205 (fit) and FL202 (specifics): a second batch of 2026-12-05, written after the first was
fixed and after the rules' wordings had been read (so less blind than
tests/test_fit_specifics_blind_round9.py): sentences in harder shapes, each set in a short
thank-you e-mail that has the other item, so that one rule is judged at a time.

Fit said through the reader's need first, in the first person plural, with the writer's former
home or trade, or with a ticket or a count; bare claims that name nothing ("I tick all the
boxes"); details told as a wish, a surprise or a story; generic recaps.  Misjudged before any
change of this batch: 7 of 36 (3 of 15 fit sentences missed, 2 of 8 bare claims
counted, 2 of 8 details missed, 0 of 5 generic recaps counted); after it none.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

CONTEXT = {"company": "Harrow & Vale", "role": "Operations Coordinator"}
DETAIL = "I enjoyed hearing how your night team cut the loading delays at the Doncaster hub."
FIT = "I ran the inbound desk at a 200-door depot for four years, so a busy yard is familiar ground."


def _note(sentence: str, other: str) -> str:
    return (
        "Subject: Thank you – Operations Coordinator interview\n\nDear Ms Ferreira,\n\n"
        f"Thank you for meeting me on Tuesday. {other} {sentence} I look forward to hearing about the next "
        "steps.\n\nKind regards,\nSam Okoye\n07700 900 123"
    )


def _warned(linter: Linter, text: str) -> set[str]:
    report = linter.lint(text, purpose="thank-you", channel="email", context=CONTEXT)
    return {f.code for f in report.findings if f.severity.value in ("warning", "error")}


FIT_SAID = [
    "You said you need someone who can calm an angry ward round; that was my Tuesday for three years at St Mary's.",
    "Back home in Ibadan I ran the dispatch desk for a bottling plant, and your morning rush looked very much like ours.",
    "Our error rate on the payroll run was halved under my watch, which is the kind of fix your finance team is after.",
    "We rolled out the same e-prescribing system at my hospital, and I was the ward's super-user.",
    "Most of my weekends for the past two years have gone on coaching under-12s, so the after-school club would suit me.",
    "Reconciling 300 supplier statements a month is my everyday at Tata Steel, so your AP clean-up would not scare me.",
    "The forklift and reach-truck tickets I hold cover everything in your yard.",
    "Tiling wet rooms is most of what my firm does, so the bathroom refits you've lined up are squarely in my lane.",
    "I've kept a 4.9 rating across 2,000 deliveries, and I'd bring that care to your customers.",
    "My CIPD Level 5 and the two restructures I've been through put me in a good place to support your consultation.",
    "Before retraining as a developer I spent six years as a pharmacist, which would help on your prescribing app.",
    "Handling bulk bookings during Durga Puja at a Kolkata hotel taught me to keep calm at a full front desk like yours.",
    "In my last posting as a district officer I oversaw the same kind of voter-roll clean-up your office is planning.",
    "I taught IELTS writing to nurses for three years, which lines up with the language support you give new recruits.",
    "Your stock-count problem is one I've fixed twice before, at Aldi and at a cash-and-carry.",
]

FIT_BARE = [
    "I'm a fast learner and I'd pick up your systems in no time.",
    "I've always been passionate about nursing and caring for people.",
    "I believe I tick all the boxes for this role.",
    "I am a hardworking and honest person who will give 100 percent.",
    "My friends say I'm a natural with customers.",
    "I have a lot to offer your company.",
    "I'm really excited to bring my skills to the team.",
    "Everything you described sounds like a perfect match for me.",
]

DETAIL_SAID = [
    "Good luck with the CQC inspection in March.",
    "The bit about night staff sharing one hoist across two floors stuck with me.",
    "I had no idea your bakery supplies forty cafés across Lagos.",
    "Fingers crossed the new till system arrives before Black Friday.",
    "That 2am call-out story from your first week as a supervisor made me laugh.",
    "Sampling the new chilli paneer from the tasting menu was a treat.",
    "It was eye-opening to see how many parcels the Doncaster hub sorts an hour.",
    "You mentioned the board wants the new clinic open by Easter.",
]

DETAIL_GENERIC = [
    "The interview gave me a real sense of what the role involves.",
    "It was lovely to see where the magic happens.",
    "I enjoyed hearing about the team and its plans.",
    "Everything you told me about the company made me even keener.",
    "Our conversation about the role was very informative.",
]

# kinds seen in the dev split's misjudged drafts (2026-12-05), written again in fresh wordings to
# check that the fix is of the kind: the writer's own work recalled by the interview, a result of
# one's work told as a reach; and their look-alikes (a childhood memory, a bus, the background as a
# topic of the talk); 5 of these 8 were misjudged before the change, none after
FIT_SAID_DEV_KINDS = [
    "Your story about the night-market pop-up reminded me of running our college canteen's late shift.",
    "The ward tour took me back to my years on a busy medical admissions unit.",
    "My fundraising appeal for the hospice raised over £40,000 last winter.",
    "My newsletter for the tenants' association reached 3,000 households every month.",
]
FIT_BARE_DEV_KINDS = [
    "The bakery downstairs reminded me of visiting my aunt's shop as a child.",
    "My bus passed 3 stops before I noticed, which is why I was a little late.",
    "We talked about my background and my reasons for applying.",
    "Most of the hour went on my experience, so thank you for your patience.",
]


@pytest.mark.parametrize("sentence", FIT_SAID + FIT_SAID_DEV_KINDS)
def test_fit_said_is_heard(linter: Linter, sentence: str) -> None:
    assert "FL205" not in _warned(linter, _note(sentence, DETAIL))


@pytest.mark.parametrize("sentence", FIT_BARE + FIT_BARE_DEV_KINDS)
def test_bare_claim_is_no_fit(linter: Linter, sentence: str) -> None:
    assert "FL205" in _warned(linter, _note(sentence, DETAIL))


@pytest.mark.parametrize("sentence", DETAIL_SAID)
def test_detail_said_is_heard(linter: Linter, sentence: str) -> None:
    assert "FL202" not in _warned(linter, _note(sentence, FIT))


@pytest.mark.parametrize("sentence", DETAIL_GENERIC)
def test_generic_recap_is_no_detail(linter: Linter, sentence: str) -> None:
    assert "FL202" in _warned(linter, _note(sentence, FIT))

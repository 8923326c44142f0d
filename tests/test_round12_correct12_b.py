"""Round 12, confirmation batch B for G-CORRECT, written after batch A's fixes and before running it:
right words of fields, Englishes and forms batch A and the fix's word lists did not name (gardens,
fashion, beauty, music, funerals, optics, rail, wiring, cider, fishing, museums, translation, fitness,
Ghanaian, Jamaican, Welsh, Malaysian and Indian words, "-ee" nouns, verb-and-particle nouns, Latin
tags, brands, handles, times), in sentence shapes unlike batch A's (questions, asides, lists, letters):
no FL401 error and no FL402-FL408 warning.  Beside them, slips of common words that must stay errors.
Misjudged when written: marked xfail(strict=True)."""

from __future__ import annotations

import pytest

from followup_lint import Linter

LANGUAGE = {"FL305", *(f"FL40{i}" for i in range(1, 9))}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _draft(body: str) -> str:
    return f"Subject: Thanks – Thursday's interview\n\nDear Ms Boateng,\n\nMany thanks for Thursday. {body}\n\nBest wishes,\nRuth"


def loud(linter: Linter, text: str, purpose: str = "thank-you") -> list[tuple[str, str, str]]:
    report = linter.lint(text, purpose=purpose)
    return [
        (f.code, f.severity.value, text[f.start : f.end])
        for f in report.findings
        if f.code in LANGUAGE and f.severity.value != "info"
    ]


RIGHT = [
    "Pricking out brassica seedlings in the glasshouse was my spring job at the nursery.",
    "Would it help if I sent my lookbook and the tech packs from my graduate collection?",
    "Overdyeing the knitwear samples taught me patience, as you guessed.",
    "Besides gel extensions and nail art, I am trained in brow tinting.",
    "As répétiteur for the youth opera I still accompany auditions.",
    "At each funeral I helped with the hearse, the limousines and the floral tributes.",
    "Before each eye test I ran the tonometry and the visual fields screening.",
    "On the Network Rail sites I did lookout duties as a COSS.",
    "After the EICR I carried out the remedials and signed the minor works certificates.",
    "Racking the cider and topping up the demijohns was a weekly job.",
    "Two summers crewing a creel boat out of Ullapool gave me sea legs.",
    "Accessioning the new loans and writing condition reports is work I love.",
    "My transcreation of the campaign into Brazilian Portuguese won an award.",
    "On Saturdays I run the Hyrox class and the kettlebell complexes.",
    "Lunch at a chop bar in Kumasi with the team, fufu and all, was a highlight.",
    "Growing up in Mandeville, I still miss ackee and saltfish.",
    "Diolch yn fawr for showing me round the Cardiff office.",
    "Kindly find attached my NYSC discharge certificate.",
    "Having done my B.Tech at NIT Calicut, I know the Kozhikode tech scene well.",
    "Every returnee and every secondee got a walkthrough of the new system from me.",
    "The cashup and the lockup each night were mine at the bar.",
    "Roti canai and nasi lemak at the Penang office sounds like a perk!",
    "Is my notice period, prorated for leave, a problem for the start date?",
    "Caveat emptor applies to my coffee recommendations, of course.",
    "Your team is, a fortiori, the one I would learn most from.",
    "Primus inter pares is how your head chef described the role, and I liked that.",
    "On the pass I cooked with a Rational combi oven and a Thermomix.",
    "Bookings came through OpenTable and orders through the Toast tills.",
    "My reel is at vimeo.com/ngozi.eze.films, and I'm @ngozi.eze on Instagram.",
    "Sorry for the slow reply: nights ran 7pm-7am and I slept till 3ish.",
    "Either the 1st or the 3rd Monday suits, ideally 8:30–10am.",
]


@pytest.mark.parametrize("sentence", RIGHT)
def test_right_words_draw_no_error_or_warning(linter: Linter, sentence: str) -> None:
    assert loud(linter, _draft(sentence)) == []


SLIPS = [
    ("Seeing the glasshouse in full bloom was beautifull.", "beautifull"),
    ("I have learnd so much from this process.", "learnd"),
    ("The organisaton of the day was superb.", "organisaton"),
    ("Your presentaion on the new range was clear.", "presentaion"),
    ("I enjoyed the tour of the warehose.", "warehose"),
    ("Each custmer deserves the same care.", "custmer"),
    ("I am enthusiastc about the workshop.", "enthusiastc"),
    ("My qualifcation should arrive next week.", "qualifcation"),
    ("It was not a difficlt choice to apply.", "difficlt"),
    ("I will follow up with the documnets tomorrow.", "documnets"),
]


@pytest.mark.parametrize(("sentence", "word"), SLIPS)
def test_slips_of_common_words_are_errors(linter: Linter, sentence: str, word: str) -> None:
    assert ("FL401", "error", word) in loud(linter, _draft(sentence))


PROSE = [
    (
        (
            "Subject: Thanks – Site Safety Lead interview\n\nDear Kwame,\n\nThank you for the site walk. "
            "As promised, my tickets:\n\n- CSCS gold card\n- SMSTS, renewed in March\n- first aid at work\n\n"
            "I look forward to hearing from you.\n\nRegards,\nEsi"
        ),
        "thank-you",
    ),
    (
        (
            "14 Elm Road\nSwansea SA1 2AB\n\n5th December 2026\n\nDear Mrs Pugh,\n\nThank you for "
            "seeing me on Tuesday. Cake: excellent. Company: better still. I do hope we meet again.\n\n"
            "Yours sincerely,\nGareth Lloyd"
        ),
        "thank-you",
    ),
]


@pytest.mark.parametrize(("text", "purpose"), PROSE)
def test_good_prose_draws_no_language_warning(linter: Linter, text: str, purpose: str) -> None:
    assert loud(linter, text, purpose) == []


# Written after batch B's run, for FL402's allow pattern of names in capitals: brands and charities of
# several words, inside a sentence and opening one (the first was a warning before the pattern took
# a sentence's start too).
NAMES = [
    "Uber Eats tablets were my job on Friday nights.",
    "I worked the tills at Five Guys and then at Pret A Manger.",
    "I volunteered at Meals on Wheels every Sunday.",
    "I managed the Buy Now Pay Later product at my last firm.",
]


@pytest.mark.parametrize("sentence", NAMES)
def test_names_of_several_capitalised_words_draw_no_grammar_warning(linter: Linter, sentence: str) -> None:
    assert loud(linter, _draft(sentence)) == []

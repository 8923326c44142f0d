"""Growth: the round-14 (tone14pro) patterns cost time linear in the input (measured as
tests/check_timing.py measures: CPU time, best of several runs, 1x/10x/100x; the test fails above
40x a step, a ratio, never a time): FL329's private-feed, occasion, pet, poem and unasked-advice
shapes with many near misses, FL302's jokes and puns and its "Hey" tip with the formal-reader
search (one long draft full of "Hey" lines and near-miss formal words)."""

from __future__ import annotations

from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter


def test_overfamiliar_feeds_poems_and_advice_grow_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "I saw it on your company Facebook and noticed the the the on Strava. In your holiday photos "
            "and on your feed. Congratulations on your new engagement figures, happy belated anniversary "
            "to the branch. Give Pepper a a a scratch from me. I wrote a short poem about you below and "
            "here's a little jingle. If I may offer some advice, you should really fix your menu; your "
            "menu should really go. Your team would run far better without it, I hope you will not mind "
            "a few suggestions, these are easy changes to make, and I would scrap it on day one. Might I "
            "suggest you fix it; I'd fix that first; in my view the whole rota needs redoing; it popped up "
            "in my feed with your holiday; send my love to them; on your WhatsApp status. I felt a real "
            "connection with you, get to know you better over dinner; your suburb office was is a bit the "
            "dodgy grim, not really my kind of people. "
        ) * n
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL329", make, "private feeds, poems and unasked advice")


def test_talking_down_judgement_and_cv_grow_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "It would reflect so very badly on your panel's hiring judgement and say more about the the "
            "hiring. Please send me your own CV and the résumés of the panel, the credentials of your "
            "interviewers. reflect reflect badly on on "
        ) * n
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL331", make, "judgement and CV condescension")


def test_casual_jokes_and_hey_tips_grow_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "Hey Priya,\nha ha ha, no pun intended, knock knock, un-BEE-lievable and toast-ally a-maize-ing, "
            "one in a melon, thanks a brunch; the managing partner of the investment bank, a vice "
            "president and a head teacher. What do you call a clerk? Owl always be the zest, you're the zest."
            "\nHey Dr. Mensah,\nHey Councillor Pretorius,\n"
        ) * n
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL302", make, "jokes, puns and Hey tips")

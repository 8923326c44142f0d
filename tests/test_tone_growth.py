"""Growth: every tone check added for hostile drafts costs time linear in the input.

Each check runs on drafts of 1x, 10x and 100x copies of an adversarial unit (runs of
punctuation, emoji, quotes, masked and drawn-out words, half-finished stance patterns).  The
spaCy docs are built before timing, so only the check is measured.  A linear check grows about
10x per step and a quadratic one about 100x; the test fails above 40x.  It compares the best of
several runs of the same machine in the same process, so it asserts a ratio, never a time;
the runs are timed in CPU time (``time.process_time``), so another job on the machine taking
the core between two runs does not count as the check's own work.
"""

from __future__ import annotations

import pytest
from check_timing import SIZES, assert_grows_linearly, best_run, prepared_input

from followup_lint import Linter
from followup_lint.checks import REGISTRY, CheckInput

TONE_CODES = (
    "FL305",
    "FL306",
    "FL307",
    "FL308",
    "FL318",
    "FL319",
    "FL321",
    "FL322",
    "FL323",
    "FL324",
    "FL325",
    "FL327",
    "FL328",
    "FL326",
    # gifts named many ways: bounded wildcards between a verb and the gift
    "FL329",
    # the learned tone model: reading reported speech once sliced a clause at every token
    "FL330",
)

UNITS = {
    "punctuation": "!!! ??? ... ,,, ;; -- ** ## (( )) [[ ]] :: !? ",
    "emoji": "😀😀 🎉 👍🏽 🙏 ❤️ 😡😡😡 ",
    "quotes": "“ ” \" ' ‘ ’ « » “valuable” ‘time’ \"team\" 'fit' “ “ ” ” ",
    "words": "you you didn't not never even to the your “team” i i deserve thanks for the the too too busy ",
    "masks": "f*ck*ng a**hole sh*t ***** f** sooo pleeease aaaa 4 2 r u b4 gr8 ",
    "aimed": "your your team team's hr people are are kind of a bit of the the worst worst hiring such a what a "
    "it is rude to ignoring applicants is found your you need to call me today already wait much longer ",
    "numbers": "10 years 12 years of my my my despite considering with my 9+ yrs rejected ",
    "gifts": "please accept this little these these brighten tucked inside sent a box of a bottle of lunch for the team is on "
    "me coffee on ",
    # quotations opened and never closed, and closed after many words: FL330's quoted-phrase reader
    "open quotes": '" people first culture “ test and learn mindset ” " no heroes rule and more words here ',
    # one clause with no break, reporting verbs in it: FL330's reported-speech reader
    "one clause": "would it kill you not impressed by the your team said actually reads more your style told " * 5,
    # FL330's after_complaint: complaint / pleasantry pairs, and good wishes that run on without an end
    "pairs": "It is now the 30th. Great, thanks. Nothing so far. Hope the team is well! Six weeks, a form email. "
    "Thank you ever so much. Much appreciated. Very kind of you all. hope wishing enjoy have a hope ",
}
REPEATS = 5


def _input(linter: Linter, body: str) -> CheckInput:
    return prepared_input(linter, body, subject="Following up", purpose="rejection-reply")


def _best(linter: Linter, code: str, inp: CheckInput) -> tuple[float, int]:
    return best_run(linter, code, inp, REPEATS)


@pytest.mark.parametrize("shape", sorted(UNITS))
def test_tone_checks_grow_linearly(linter: Linter, shape: str) -> None:
    inputs = {n: _input(linter, UNITS[shape] * (4 * n)) for n in SIZES}
    for code in TONE_CODES:
        assert_grows_linearly(linter, code, inputs.__getitem__, shape, repeats=REPEATS)


def test_findings_scale_with_the_input_and_stay_inside_it(linter: Linter) -> None:
    """The adversarial runs do produce findings (the timing above measures real work)."""
    small = _input(linter, UNITS["masks"] * 4)
    large = _input(linter, UNITS["masks"] * 40)
    for code in ("FL305", "FL306", "FL307"):
        _, few = _best(linter, code, small)
        _, many = _best(linter, code, large)
        assert few > 0 and many == 10 * few, (code, few, many)
        rule = next(r for r in linter.rules if r.code == code)
        for raw in REGISTRY[rule.check].run(large, rule.params):
            assert 0 <= raw.start < raw.end <= len(large.draft.text)

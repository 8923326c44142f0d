"""Growth: FL401 (the spelling rule) costs time linear in the number of unknown words.

The backend's issues are given directly (the backend's own time is measured elsewhere), on drafts of
1x, 10x and 100x copies of a unit full of unknown words: some slips of common words, some beside
one another or beside a foreign particle, so every branch that looks at a word's neighbours runs, one
in quotation marks, one spelt by ear (looked up in the job-search vocabulary) and two in the general
dictionary (WordNet's lemmas), two pieces of a hyphenated one and one in the field vocabulary.
A linear check grows about 10x per step and a quadratic one about 100x; the test fails above 40x.
It compares the best of several runs in the same process in CPU time (``time.process_time``), so it
asserts a ratio, never a time.
"""

from __future__ import annotations

import re

from check_timing import best_run

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks import CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft
from followup_lint.language.issues import LanguageIssue

UNIT = (
    'the intervew went wel, mise en plaice and "qwxz" zzvb in Los Angeles, tommorow is greatful, the intervue too, '
    "the soffit and the calender in the bain-marie, the tedding. "
)
UNKNOWN = {
    "intervew": ("interview",),
    "wel": ("well", "we"),
    "plaice": ("place",),
    "qwxz": ("quiz",),
    "zzvb": (),
    "tommorow": ("tomorrow",),
    "greatful": ("grateful", "dreadful"),
    "intervue": ("interlude",),
    "soffit": ("soft", "suffix"),  # a dictionary word (looked up in WordNet's lemmas)
    "calender": ("calendar",),  # a dictionary word one slip from a common one
    "bain": ("bin", "rain"),  # the pieces of a hyphenated dictionary word
    "marie": ("marine",),
    "tedding": ("wedding", "bedding"),  # a term of the field vocabulary
}
SIZES = (1, 10, 100)
REPEATS = 3
FAIL_RATIO = 40.0
FLOOR = 0.002  # seconds: below this a 1x run is noise, so it is compared as if it took this long


def _input(linter: Linter, copies: int) -> CheckInput:
    draft = parse_draft(f"Subject: Thank you\n\nHi Ana,\n\n{UNIT * (4 * copies)}\n\nBest,\nLee")
    issues = [
        LanguageIssue(m.start(), m.end(), "unknown word", "harper", "SpellCheck", "spelling", UNKNOWN[m.group(0)])
        for m in re.finditer(r"\w+", draft.text)
        if m.group(0) in UNKNOWN
    ]
    return CheckInput(
        draft=draft,
        analysis=Analysis(draft, linter.nlp),
        context=Context(),
        purpose="thank-you",
        channel="email",
        language_issues=issues,
    )


def _best(linter: Linter, inp: CheckInput) -> tuple[float, int]:
    return best_run(linter, "FL401", inp, REPEATS)


def test_the_spelling_rule_grows_linearly_in_the_unknown_words() -> None:
    linter = Linter()
    times, counts = {}, {}
    for n in SIZES:
        times[n], counts[n] = _best(linter, _input(linter, n))
    assert counts[1] > 0 and counts[100] == 100 * counts[1], counts  # every unknown word is reported
    first = times[10] / max(times[1], FLOOR)
    second = times[100] / max(times[10], FLOOR)
    assert first < FAIL_RATIO and second < FAIL_RATIO, (
        f"1x {times[1]:.4f}s, 10x {times[10]:.4f}s, 100x {times[100]:.4f}s"
    )


# A note written in lower case: every unknown word stands where a name does (after "tell", "with",
# "spoke to") or is a sign-off, so the register, name-place and sign-off branches all run.
LOWER_UNIT = "tell tunde i said hi, i spoke to ravi and teh crew, with aoife after. "
LOWER_UNKNOWN = {"tunde": ("tune", "tuned"), "ravi": ("rave",), "teh": ("the",), "aoife": ("aloe",), "xo": ("x",)}


def _lower_input(linter: Linter, copies: int) -> CheckInput:
    draft = parse_draft(f"hi maya,\n\n{LOWER_UNIT * (4 * copies)}\n\nxo\njess")
    issues = [
        LanguageIssue(m.start(), m.end(), "unknown word", "harper", "SpellCheck", "spelling", LOWER_UNKNOWN[m.group(0)])
        for m in re.finditer(r"\w+", draft.text)
        if m.group(0) in LOWER_UNKNOWN
    ]
    return CheckInput(
        draft=draft,
        analysis=Analysis(draft, linter.nlp),
        context=Context(),
        purpose="thank-you",
        channel="email",
        language_issues=issues,
    )


def test_names_in_a_lower_case_note_keep_the_spelling_rule_linear() -> None:
    linter = Linter()
    times, counts = {}, {}
    for n in SIZES:
        times[n], counts[n] = _best(linter, _lower_input(linter, n))
    assert counts[1] > 0, counts
    first = times[10] / max(times[1], FLOOR)
    second = times[100] / max(times[10], FLOOR)
    assert first < FAIL_RATIO and second < FAIL_RATIO, (
        f"1x {times[1]:.4f}s, 10x {times[10]:.4f}s, 100x {times[100]:.4f}s"
    )

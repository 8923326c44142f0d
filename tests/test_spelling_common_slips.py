"""FL401's error tier is for a slip of a common word (issue 9's severity policy, docs/scoring.md).

A misspelling a hiring manager notices ("recieve", "definately") stays an error with the meant word
suggested; a real but uncommon word the checker lacks (a trade term, jargon, a rare or borrowed
word) is at most a tip, whatever common word it happens to be a letter or two from.  Also: the whole
lint of a text full of unknown words grows linearly (the common-words list is read once).
"""

from __future__ import annotations

import time

import pytest
from check_timing import FAIL_RATIO, FLOOR, SIZES

from followup_lint import Linter
from followup_lint.language.common_words import compound_of_common, is_common, rank


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def spelling(linter: Linter, sentence: str) -> dict[str, tuple[str, list[str]]]:
    """FL401's findings on a short thank-you built around ``sentence``: word -> (severity, suggested words)."""
    text = f"Subject: Thank you\n\nHi Ana,\n\n{sentence}\n\nBest,\nLee"
    report = linter.lint(text, purpose="thank-you")
    return {
        text[f.start : f.end]: (f.severity.value, [e.replacement for s in f.suggestions for e in s.edits])
        for f in report.findings
        if f.code == "FL401"
    }


# (sentence, the slip, the word it was meant to be)
SLIPS = [
    ("I look forward to hearing back and hope to recieve an update soon.", "recieve", "receive"),
    ("Please pass my thanks to thier recruiter for the quick scheduling.", "thier", "their"),
    ("I am definately still keen on the role.", "definately", "definitely"),
    ("I am excited about the possition and the people.", "possition", "position"),
    ("Thank you for the oppurtunity to meet the whole group.", "oppurtunity", "opportunity"),
    ("I will send the writing samples tomorow morning.", "tomorow", "tomorrow"),
    ("I can send the two reports as seperate files.", "seperate", "separate"),
    ("I am happy to accomodate whatever time suits you.", "accomodate", "accommodate"),
    ("I really enjoyed our conversaton about the roadmap.", "conversaton", "conversation"),
    ("I was struck by the group's comittment to quality.", "comittment", "commitment"),
    ("I apreciate the time you took to walk me through the plant.", "apreciate", "appreciate"),
    ("It was great to lern about the new warehouse.", "lern", "learn"),
    ("I beleive my background fits the role well.", "beleive", "believe"),
    ("The visit was a great experiance for me.", "experiance", "experience"),
    ("I am availble any day next week.", "availble", "available"),
    ("I would be greatful for any feedback on my answers.", "greatful", "grateful"),
    ("Please tell me if you need any aditional information.", "aditional", "additional"),
    ("I look foward to the next steps.", "foward", "forward"),
    ("I am very intrested in joining the lab.", "intrested", "interested"),
    ("The discusion about pricing was helpful.", "discusion", "discussion"),
    ("It was a pleasure to meet you and your colleages.", "colleages", "colleagues"),
    ("Thank you for your time and consideraton.", "consideraton", "consideration"),
    ("I enjoyed seeing the new oficce downtown.", "oficce", "office"),
    ("I would welcome the chance to contribue to the launch.", "contribue", "contribute"),
    ("Your outline of the process was very usefull.", "usefull", "useful"),
    ("I am confident I can make a positve impact.", "positve", "positive"),
    ("I appreciate your candour about the schedual.", "schedual", "schedule"),
    ("Thank you again for a wonderfull afternoon.", "wonderfull", "wonderful"),
    ("I am eager to hear more about the responsibilites.", "responsibilites", "responsibilities"),
    ("I wanted to restate my enthusiam for the role.", "enthusiam", "enthusiasm"),
    ("I truely enjoyed meeting everyone.", "truely", "truly"),
    ("The managment group was very welcoming.", "managment", "management"),
    ("I have attached my portfolo as you asked.", "portfolo", "portfolio"),
    ("I look forward to your decison.", "decison", "decision"),
    ("We could speak again on wensday if that suits.", "wensday", "wednesday"),
    ("You made me feel so wellcome at the office.", "wellcome", "welcome"),
    ("Good luck with the homeword you set the interns.", "homeword", "homework"),
    ("I am glad we could reschedual the call.", "reschedual", "reschedule"),
]


@pytest.mark.parametrize(("sentence", "slip", "meant"), SLIPS, ids=[s[1] for s in SLIPS])
def test_a_slip_of_a_common_word_is_an_error_with_the_word_suggested(
    linter: Linter, sentence: str, slip: str, meant: str
) -> None:
    severity, suggested = spelling(linter, sentence)[slip]
    assert severity == "error"
    assert meant in [s.lower() for s in suggested]


# Real words the checker lacks, each in a sentence of a follow-up from its trade.  The first ones
# were errors before the common-word test: each is a letter or two from some word ("backlist" /
# "blacklist", "tontine" / "tonne"), but not from a common one, or is written from two common words.
RARE = [
    ("It was good to hear how the backlist still carries most of the revenue.", "backlist"),
    ("I enjoyed watching the sommelier pair the tasting menu.", "sommelier"),
    ("The chandlery side of the marina business sounded fun.", "chandlery"),
    ("I loved the discussion of the brunoise on the new menu.", "brunoise"),
    ("I appreciated the talk about the orthotics clinic.", "orthotics"),
    ("The history of the tontine was a fun aside in our talk.", "tontine"),
    ("Your lipase assay results were impressive.", "lipase"),
    ("The nitride coatings you test sounded fascinating.", "nitride"),
    ("The whole kaboodle of tooling was on show.", "kaboodle"),
    ("I admire the careful headwork behind your exhibits.", "headwork"),
    ("I enjoyed the tour of the roof, down to the last purlin.", "purlin"),
    ("The duxelles on the tasting menu was a highlight.", "duxelles"),
    ("I would love to work on the ceviche station.", "ceviche"),
    # uncommon words the checker lacks that were tips already and must stay so
    ("The frontlist titles for autumn sounded exciting.", "frontlist"),
    ("Thank you for showing me the sourdough levain in the kitchen.", "levain"),
    ("Thank you for explaining how the dunnage is stored on the ships.", "dunnage"),
    ("Our chat about the escrow holdbacks was useful.", "holdbacks"),
    ("The tour of the cleanroom was a highlight.", "cleanroom"),
    ("I enjoyed the discussion of the pharmacovigilance workflow.", "pharmacovigilance"),
    ("I liked the way the group handles redlines on each contract.", "redlines"),
    ("It was great to hear about the deaccession policy.", "deaccession"),
    ("I enjoyed the conversation about bokeh and the lenses you use.", "bokeh"),
    ("The demo of the crossdock flow was impressive.", "crossdock"),
    ("The dramaturgy of the new play was a treat to discuss.", "dramaturgy"),
    ("The session on the fungibility of the tokens was useful.", "fungibility"),
    ("I enjoyed the talk on subrogation in your claims work.", "subrogation"),
    ("The shotcrete lining of the tunnel was impressive.", "shotcrete"),
    ("I noticed the carabiner checks before every climb.", "carabiner"),
    ("The cassoulet special sounded wonderful.", "cassoulet"),
    ("The chiffonade of basil on the starter was lovely.", "chiffonade"),
    ("I enjoyed learning how you make the sabayon.", "sabayon"),
    ("The mirepoix prep list was well organised.", "mirepoix"),
    ("The escabeche on the menu was new to me.", "escabeche"),
    ("The nduja on the pizza was a nice touch.", "nduja"),
    ("I liked the tahini dressing at lunch.", "tahini"),
]


@pytest.mark.parametrize(("sentence", "word"), RARE, ids=[r[1] for r in RARE])
def test_an_uncommon_real_word_is_no_error(linter: Linter, sentence: str, word: str) -> None:
    found = spelling(linter, sentence)
    assert found.get(word, ("none", []))[0] in ("info", "none")
    assert all(severity != "error" for severity, _ in found.values())


def test_common_words_run_together_stay_errors(linter: Linter) -> None:
    assert spelling(linter, "We should keep in touch with eachother.")["eachother"][0] == "error"


def test_the_common_words_list() -> None:
    assert rank("the") == 1 and rank("The") == 1
    assert is_common("receive", 30000) and not is_common("receive", 100)
    assert compound_of_common("backlist", 30000) == ("back", "list")
    assert compound_of_common("recieve", 30000) is None


def test_the_whole_lint_grows_linearly_in_unknown_words(linter: Linter) -> None:
    unit = "The backlist and the brunoise, recieve the tontine, definately a sommelier's kaboodle of purlin. "
    times = {}
    for n in SIZES:
        text = f"Subject: Thank you\n\nHi Ana,\n\n{unit * n}\n\nBest,\nLee"
        linter.lint(text, purpose="thank-you")  # warm-up: lazy set-up is not growth
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            linter.lint(text, purpose="thank-you")
            best = min(best, time.process_time() - start)
        times[n] = best
    first = times[10] / max(times[1], FLOOR)
    second = times[100] / max(times[10], FLOOR)
    assert first < FAIL_RATIO and second < FAIL_RATIO, times

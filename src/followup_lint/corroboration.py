"""Corroboration: an error only where two signals agree.

A finding is reported as an ``error`` (the severity that fails a run and costs most) only where
the evidence is strong.  Some rules' evidence is unambiguous on its own (a profanity, an unfilled
``[Company Name]`` slot, a greeting naming someone who is not the interviewer, no thanks at all in
a thank-you); those rules name nothing in ``error_needs`` and keep their severity.  A rule whose
one pattern can misread a good writer (a stance rule reading contempt, sarcasm or arguing into a
dry joke or a frank sentence) lists in ``error_needs`` the signals that can back it up, and its
error stands only when at least one of them holds on the draft; otherwise the same finding is a
warning: still a flag, at the price of a warning.

Signals (the values ``error_needs`` may list):

- ``tone-model``: the tone model (a rule of the ``learned-tone`` check, FL330) reports a sentence of
  the draft as hostile, or scores the finding's own sentence at or above its
  ``corroborate_threshold`` (lower than its reporting threshold: the model agrees with the rule on
  those words).  Read before rules step aside for one another (``yields_to``), so the model's
  reading counts even where the stance rule's finding replaces its own.
- ``second-hostile-rule``: a finding of another rule marked ``hostile = true`` (a hostile move
  toward the reader: a jab, an ultimatum, blame ...), at warning or above, on words the first
  finding does not cover: a second, separate hostile move.
- ``common-word-slip``: the finding's first suggestion is among the ``COMMON_SLIP_RANK`` most common
  English words (every word of it): a slip of a word every reader knows.
- ``same-rule-again``: the same rule reports another error on the draft (two misspellings).
- ``job-title-word``: the finding's words hold a head word of a job title (vocabulary
  ``job-search``, list ``titles``: analyst, electrician, manager ...): a role surely named as a
  title, not a site or a project (“the Kingsway job”).

The step runs once per draft, on all findings, before ``yields_to`` and ``requires``: O(n log n)
in the number of findings (and of the draft's sentences).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, get_args

from followup_lint.checks import REGISTRY
from followup_lint.report import Finding, Severity
from followup_lint.rulepack import Signal
from followup_lint.vocabulary import load_vocabulary

if TYPE_CHECKING:
    from followup_lint.checks import CheckInput
    from followup_lint.rulepack import Rule

SIGNALS: tuple[str, ...] = get_args(Signal)
TONE_MODEL_CHECK = "learned-tone"
# A slip of one of this many most common English words is plain to every reader (recieve, beleive,
# foward); an unknown word nearest to a rarer word is as often a term, a name or a borrowing the
# dictionary lacks (salsa verde, read as "verge").
COMMON_SLIP_RANK = 5000


def corroborated(findings: Sequence[Finding], active: Sequence[Rule], inp: CheckInput | None = None) -> list[Finding]:
    """``findings`` with each error of a rule that has ``error_needs`` lowered to a warning
    unless one of its signals holds on the draft (``inp``: the draft, for the tone model)."""
    needs = {r.code: r.error_needs for r in active if r.error_needs}
    if not any(f.code in needs and f.severity == Severity.ERROR for f in findings):
        return list(findings)
    hostile_codes = {r.code for r in active if r.hostile}
    model_read, model_spans = _model_reads_hostile(findings, active, inp)
    model_spans.sort()
    model_starts = [a for a, _ in model_spans]
    model_reach, most = [], -1  # the furthest end among the sentences starting at or before each
    for _, end in model_spans:
        most = max(most, end)
        model_reach.append(most)

    def model_agrees(f: Finding) -> bool:
        i = bisect.bisect_left(model_starts, f.end)  # sentences starting before the finding ends
        return model_read or (i > 0 and model_reach[i - 1] > f.start)

    hostile = [(f.start, f.end, f.code) for f in findings if f.code in hostile_codes and f.severity.rank >= 1]
    by_start = sorted(hostile)
    by_end = sorted((end, code) for _, end, code in hostile)
    starts = [h[0] for h in by_start]
    ends = [e for e, _ in by_end]
    # up to two distinct codes among the findings starting at or after a point (suffix) and among
    # those ending at or before it (prefix): enough to tell whether one of another rule is there
    after: list[frozenset[str]] = [frozenset()] * (len(by_start) + 1)
    for k in range(len(by_start) - 1, -1, -1):
        after[k] = _two(after[k + 1], by_start[k][2])
    before: list[frozenset[str]] = [frozenset()] * (len(by_end) + 1)
    for k, (_, code) in enumerate(by_end):
        before[k + 1] = _two(before[k], code)

    def second_hostile(f: Finding) -> bool:
        """Another hostile rule's finding on words this one does not cover: after it or before it."""
        later = after[bisect.bisect_left(starts, f.end)]
        earlier = before[bisect.bisect_right(ends, f.start)]
        return bool((later | earlier) - {f.code})

    errors_per_code: dict[str, int] = {}
    for f in findings:
        if f.severity == Severity.ERROR:
            errors_per_code[f.code] = errors_per_code.get(f.code, 0) + 1

    out = []
    for f in findings:
        wanted = needs.get(f.code)
        if wanted and f.severity == Severity.ERROR:
            held = (
                ("tone-model" in wanted and model_agrees(f))
                or ("second-hostile-rule" in wanted and second_hostile(f))
                or ("common-word-slip" in wanted and _common_slip(f))
                or ("same-rule-again" in wanted and errors_per_code.get(f.code, 0) >= 2)
                or ("job-title-word" in wanted and inp is not None and _job_title(inp.draft.text[f.start : f.end]))
            )
            if not held:
                f = f.model_copy(update={"severity": Severity.WARNING})
        out.append(f)
    return out


def _two(codes: frozenset[str], code: str) -> frozenset[str]:
    """``codes`` with ``code`` added, kept to two (two distinct codes already answer the question)."""
    return codes if code in codes or len(codes) >= 2 else codes | {code}


def _model_reads_hostile(
    findings: Sequence[Finding], active: Sequence[Rule], inp: CheckInput | None
) -> tuple[bool, list[tuple[int, int]]]:
    """Whether a tone-model rule reported a sentence of the draft; and the sentences it scores at or
    above its ``corroborate_threshold`` (the same scoring, with its ignore lists, reported speech and
    quotations), which back a finding on their words."""
    reported, spans = False, []
    for rule in active:
        if rule.check != TONE_MODEL_CHECK:
            continue
        # a tip (the reading of the whole draft set the sentence aside, draft_reading.py) backs nothing
        reported = reported or any(f.code == rule.code and f.severity.rank >= 1 for f in findings)
        cut = getattr(rule.params, "corroborate_threshold", None)
        if cut is not None and inp is not None:
            # only the spans count here: the reading of the whole draft changes none of them
            lowered = rule.params.model_copy(
                update={"threshold": cut, "draft_threshold": None, "read_as_a_whole": False}
            )
            spans += [(r.start, r.end) for r in REGISTRY[rule.check].run(inp, lowered)]
    return reported, spans


def _common_slip(f: Finding) -> bool:
    """Whether the finding's first suggestion is a common word (each word of it, "a lot" for "alot")."""
    from followup_lint.language.common_words import is_common  # read on the first question only

    if not f.suggestions or not f.suggestions[0].edits:
        return False
    words = f.suggestions[0].edits[0].replacement.split()
    return bool(words) and all(is_common(w.strip(".,'’"), COMMON_SLIP_RANK) for w in words)


def _job_title(words: str) -> bool:
    """Whether ``words`` hold a head word of a job title (``Analysts`` as ``analyst``)."""
    titles = load_vocabulary("job-search").terms("titles")
    for word in re.findall(r"[A-Za-z]+", words):
        low = word.lower()
        if low in titles or (low.endswith("s") and low[:-1] in titles):
            return True
    return False

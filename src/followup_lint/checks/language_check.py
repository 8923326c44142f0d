"""Language checks: backend issues of some kinds (spelling, grammar...) and readability."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from followup_lint.checks.base import CheckInput, Params, RawFinding, check_kind
from followup_lint.report import Edit, Suggestion


class LanguageParams(Params):
    kinds: list[Literal["spelling", "grammar", "repetition", "punctuation", "capitalization", "style"]]
    max_suggestions: int = 3


@check_kind("language", LanguageParams, needs=["language"])
def language(inp: CheckInput, params: LanguageParams) -> Iterator[RawFinding]:
    for issue in inp.language_issues:
        if issue.kind not in params.kinds:
            continue
        suggestions = [
            Suggestion(
                label=f"replace with “{s}”" if s else "delete",
                edits=[Edit(replacement=s, start=issue.start, end=issue.end)],
            )
            for s in issue.suggestions[: params.max_suggestions]
        ]
        found = inp.draft.text[issue.start : issue.end]
        yield RawFinding(
            issue.start,
            issue.end,
            fields={"match": found, "detail": issue.message},
            suggestions=suggestions,
            source=issue.source,
        )


class ReadabilityParams(Params):
    measure: Literal["grade", "sentence_words"]
    max: float
    min_words: int = 40  # grade formulas mean little on a few sentences


@check_kind("readability", ReadabilityParams)
def readability_check(inp: CheckInput, params: ReadabilityParams) -> Iterator[RawFinding]:
    from followup_lint.language.readability import long_sentences

    draft = inp.draft
    if not draft.paragraphs:
        return
    if params.measure == "grade":
        result = inp.analysis.body_readability()
        if result is not None and result.words >= params.min_words and result.grade > params.max:
            first, last = draft.paragraphs[0], draft.paragraphs[-1]
            yield RawFinding(
                first.start,
                last.end,
                fields={"value": f"{result.grade:.1f}", "limit": f"{params.max:g}", "formula": result.formula},
            )
        return
    sentences = [(s.start, s.end) for p in draft.paragraphs for s in inp.analysis.sentences(p)]
    for start, end, words in long_sentences(sentences, draft.text, int(params.max)):
        yield RawFinding(start, end, fields={"value": words, "limit": f"{params.max:g}"})

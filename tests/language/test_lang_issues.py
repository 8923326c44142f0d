from __future__ import annotations

import pytest

from followup_lint.language.issues import LanguageIssue, merge_issues, same_problem


def issue(
    start: int,
    end: int,
    backend: str = "harper",
    rule: str = "R",
    kind: str = "spelling",
    suggestions: tuple[str, ...] = (),
) -> LanguageIssue:
    return LanguageIssue(start, end, f"{rule} message", backend, rule, kind, suggestions)


def test_kind_and_span_are_validated() -> None:
    with pytest.raises(ValueError, match="unknown issue kind"):
        issue(0, 1, kind="typo")
    with pytest.raises(ValueError):
        issue(5, 2)


def test_same_span_from_two_backends_is_reported_once_preferring_the_first() -> None:
    h = issue(10, 17, "harper", "SpellCheck", suggestions=("receive",))
    lt = issue(10, 17, "languagetool", "MORFOLOGIK_RULE_EN_US", suggestions=("receive", "relieve"))
    assert merge_issues([h], [lt]) == [h]


def test_the_one_with_suggestions_wins() -> None:
    h = issue(10, 17, "harper", "SpellCheck")
    lt = issue(10, 17, "languagetool", "MORFOLOGIK_RULE_EN_US", suggestions=("receive",))
    assert merge_issues([h], [lt]) == [lt]


def test_overlapping_repetition_spans_merge_but_a_long_style_span_does_not_swallow_a_typo() -> None:
    the_the = issue(20, 27, "harper", "RepeatedWords", "repetition", ("the",))
    repeat = issue(24, 27, "languagetool", "ENGLISH_WORD_REPEAT_RULE", "repetition", ("",))
    assert merge_issues([the_the], [repeat]) == [the_the]
    typo = issue(30, 37, "harper", "SpellCheck")
    sentence = issue(0, 140, "languagetool", "TOO_LONG_SENTENCE", "style")
    assert not same_problem(typo, sentence)
    assert merge_issues([typo], [sentence]) == [sentence, typo]


def test_order_is_deterministic_and_exact_duplicates_go() -> None:
    a = [issue(5, 9, rule="B"), issue(1, 3, rule="A"), issue(1, 3, rule="A")]
    b = [issue(50, 55, "languagetool", "Z"), issue(5, 9, "languagetool", "A2", "grammar", ("x",))]
    merged = merge_issues(a, b)
    assert [(i.start, i.end, i.rule) for i in merged] == [(1, 3, "A"), (5, 9, "A2"), (50, 55, "Z")]
    assert merge_issues(list(reversed(a)), list(reversed(b))) == merged

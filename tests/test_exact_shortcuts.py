"""Shortcuts the engine takes for speed give exactly what the long way gives: the phrase gate of
the existence and required rules, the parts worked out once a draft, lemmas filled as arrays."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks.matching import MatchParams, _plan
from followup_lint.checks.token_gate import doc_words
from followup_lint.draft import parse_draft


def _texts(linter: Linter) -> list[str]:
    return [t for rule in linter.rules for ex in rule.examples for t in (ex.bad, ex.good) if t]


def _assert_phrase_gates_hold(linter: Linter, text: str) -> int:
    """Every phrase matcher that matches ``text`` had its gate open there."""
    doc = linter.nlp.doc(text)
    words = doc_words(doc)
    matched = 0
    for rule in linter.rules:
        if not isinstance(rule.params, MatchParams) or not rule.params.phrases:
            continue
        plan = _plan(linter.nlp, rule.params)
        matcher, firsts = plan.matcher, plan.firsts
        assert matcher is not None
        if matcher(doc):
            matched += 1
            assert not firsts.isdisjoint(words), (rule.code, text)
    return matched


def test_a_phrase_rule_skips_no_part_its_phrases_match(linter: Linter) -> None:
    assert sum(_assert_phrase_gates_hold(linter, t) for t in _texts(linter)) > 50  # the gate was exercised


_WORDS = st.sampled_from(
    ["thank", "thanks", "thanked", "Thank", "you", "YOU", "for", "the", "time", "hey", "Hey", "guys",
     "looking", "forward", "hearing", "from", "I", "am", "very", "excited", "just", "checking", "in",
     "touch", "base", "appreciate", "appreciated", "role", "team", ",", ".", "!", "\n"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=30).map(" ".join))
def test_generated_text_matches_no_phrase_behind_a_closed_gate(linter: Linter, text: str) -> None:
    _assert_phrase_gates_hold(linter, text)


def test_parts_come_once_each_in_text_order(linter: Linter) -> None:
    draft = parse_draft("Subject: Thanks\n\nHi Ana,\n\nThank you.\n\nI enjoyed it.\n\nBest,\nLee")
    analysis = Analysis(draft, linter.nlp)
    scope = analysis.parts(["body", "message", "subject"])
    assert [p.text for p in scope] == ["Thanks", "Hi Ana,", "Thank you.", "I enjoyed it.", "Best,"]
    assert analysis.parts(["body", "message", "subject"]) is scope  # worked out once
    assert [p.text for p in analysis.parts(["body"])] == ["Thank you.", "I enjoyed it."]


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORDS, min_size=0, max_size=40).map(" ".join))
def test_lemmas_are_the_lower_case_lookup_lemmas(linter: Linter, text: str) -> None:
    doc = linter.nlp.doc(text)
    for token in doc:
        assert token.lemma_ == linter.nlp.lemma(token.text), (token.text, token.lemma_)


def test_long_and_short_docs_get_the_same_lemmas(linter: Linter) -> None:
    sentence = "They thanked us and we were thanking them for the meetings. "
    short = linter.nlp.doc(sentence)
    long = linter.nlp.doc(sentence * 400)  # over the array threshold: each distinct pair once
    assert len(long) > 2_000
    assert [t.lemma_ for t in long[: len(short)]] == [t.lemma_ for t in short]
    assert [t.lemma_ for t in short][:4] == ["they", "thank", "us", "and"]


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORDS, min_size=0, max_size=40).map(" ".join))
def test_the_blank_pipeline_called_directly_gives_what_calling_it_gives(linter: Linter, text: str) -> None:
    ours = linter.nlp.doc(text)
    theirs = linter.nlp.nlp(text)
    assert [(t.text, t.idx, t.is_sent_start) for t in ours] == [(t.text, t.idx, t.is_sent_start) for t in theirs]


def test_one_linter_shared_by_threads_gives_the_serial_reports(linter: Linter) -> None:
    """The per-pipeline caches (rule plans, lemmas) are shared by every thread using the Linter."""
    from concurrent.futures import ThreadPoolExecutor

    drafts = _texts(linter)[:40]
    serial = [linter.lint(d, context={"sent_at": "2026-03-10"}).model_dump_json() for d in drafts]
    with ThreadPoolExecutor(3) as pool:
        threaded = list(pool.map(lambda d: linter.lint(d, context={"sent_at": "2026-03-10"}).model_dump_json(), drafts))
    assert threaded == serial

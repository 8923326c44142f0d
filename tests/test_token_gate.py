"""Token gates (checks/token_gate.py): a stance matcher is skipped only on docs it cannot match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher

from followup_lint import Linter
from followup_lint.checks.stance import FLAG_WORDS, StanceParams
from followup_lint.checks.token_gate import Gate, doc_words, may_match, pattern_needs


def _stance_patterns(linter: Linter) -> list[tuple[str, int, list[dict[str, object]]]]:
    out = []
    for rule in linter.rules:
        if isinstance(rule.params, StanceParams):
            for i, p in enumerate([*rule.params.patterns, *rule.params.unless]):
                out.append((rule.code, i, p.tokens))
    return out


def _texts(linter: Linter) -> list[str]:
    texts = []
    for rule in linter.rules:
        for ex in rule.examples:
            texts.extend(t for t in (ex.bad, ex.good) if t)
    return texts


_COMPILED: dict[int, tuple[Matcher, dict[str, tuple[frozenset[int], ...]]]] = {}


def _assert_gate_holds(linter: Linter, texts: list[str]) -> int:
    """Every pattern (of every stance rule) that matches a text has its needs met there."""
    vocab = linter.nlp.nlp.vocab
    if id(linter) not in _COMPILED:
        matcher = Matcher(vocab)
        needs = {}
        for code, i, tokens in _stance_patterns(linter):
            matcher.add(f"{code}/{i}", [tokens])
            needs[f"{code}/{i}"] = pattern_needs(tokens, vocab, FLAG_WORDS)
        _COMPILED[id(linter)] = (matcher, needs)
    matcher, needs = _COMPILED[id(linter)]
    matched = 0
    for text in texts:
        doc = linter.nlp.doc(text)
        words = doc_words(doc)
        for key, _, _ in matcher(doc):
            name = vocab.strings[key]
            matched += 1
            assert may_match([needs[name]], words), (name, text)
    return matched


def test_the_indexed_gate_agrees_with_the_plain_one(linter: Linter) -> None:
    vocab = linter.nlp.nlp.vocab
    for rule in linter.rules:
        if not isinstance(rule.params, StanceParams):
            continue
        needs = [pattern_needs(p.tokens, vocab, FLAG_WORDS) for p in rule.params.patterns]
        gate = Gate(needs)
        for text in _texts(linter):
            words = doc_words(linter.nlp.doc(text))
            assert gate.may_match(words) == may_match(needs, words), (rule.code, text)
            # the patterns a stance rule asks its matcher about: exactly those whose needs are met
            live = [i for i, pattern in enumerate(needs) if may_match([pattern], words)]
            assert gate.live(words) == live, (rule.code, text)
            assert bool(live) == gate.may_match(words)


def test_no_stance_pattern_matches_a_doc_its_gate_refuses(linter: Linter) -> None:
    assert _assert_gate_holds(linter, _texts(linter)) > 20  # the examples do match: the test has teeth


def test_needs_come_from_mandatory_literal_tokens_and_flags(linter: Linter) -> None:
    vocab = linter.nlp.nlp.vocab
    tokens = [
        {"LOWER": "you"},
        {"LOWER": {"IN": ["really", "clearly"]}, "OP": "?"},
        {"NORM": {"IN": ["not", "never"]}},
        {"IS_PUNCT": True},
        {"_": {"fl_open_quote": True}},
        {"LEMMA": "read", "OP": "{1,2}"},
    ]
    needs = pattern_needs(tokens, vocab, FLAG_WORDS)
    assert len(needs) == 4  # you; not/never; a quote mark; read
    assert not may_match([needs], doc_words(linter.nlp.doc("You did not read it.")))  # no quote mark
    assert may_match([needs], doc_words(linter.nlp.doc('You did not "read" it.')))
    assert may_match([()], frozenset())  # a pattern without literal tokens always runs


_WORDS = [
    "you",
    "didn't",
    "not",
    "even",
    "read",
    "my",
    "“",
    "”",
    '"',
    "'",
    "valuable",
    "time",
    "thanks",
    "so",
    "busy",
    "obviously",
    "clearly",
    "wow",
    "great",
    "sure",
    "I",
    "deserve",
    "this",
    "!",
    ".",
    "next",
    "how",
    "dare",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=4), max_size=14).map(" ".join))
def test_generated_text_never_matches_behind_a_closed_gate(linter: Linter, text: str) -> None:
    _assert_gate_holds(linter, [text])

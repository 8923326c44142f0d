"""Word gates: text-speak, drawn-out and vocabulary rules skip a part only when no token of it
could be reported (the same findings as looking at every token, at a fraction of the cost)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint import Config, Linter
from followup_lint.checks.drawn_out import _HELD, is_drawn_out
from followup_lint.checks.matching import fold_case
from followup_lint.checks.textspeak import TextSpeakParams
from followup_lint.checks.token_gate import doc_words, word_hashes
from followup_lint.checks.wordlist import WordListParams


def _example_texts(linter: Linter) -> list[str]:
    return [t for rule in linter.rules for ex in rule.examples for t in (ex.bad, ex.good) if t]


def _assert_gates_open_where_tokens_count(linter: Linter, text: str) -> None:
    doc = linter.nlp.doc(text)
    words = doc_words(doc)
    folded = fold_case(text)
    for rule in linter.rules:
        params = rule.params
        if isinstance(params, TextSpeakParams):
            for token in doc:
                if token.lower_ in params.words or token.lower_ in params.contextual:
                    assert not params.form_hashes.isdisjoint(words), (rule.code, token.text, text)
        elif isinstance(params, WordListParams):
            gate = word_hashes(params.terms.words)
            for token in doc:
                if token.lower_ in params.terms.words or token.lemma_ in params.terms.words:
                    assert not gate.isdisjoint(words), (rule.code, token.text, text)
    for token in doc:
        if is_drawn_out(token.text):
            assert _HELD.search(folded), (token.text, text)


def test_rule_examples_pass_every_word_gate(linter: Linter) -> None:
    for text in _example_texts(linter):
        _assert_gates_open_where_tokens_count(linter, text)


def test_word_hashes_are_the_hashes_doc_words_holds(linter: Linter) -> None:
    doc = linter.nlp.doc("LMK tmrw, Thanked")
    assert word_hashes(frozenset({"lmk", "tmrw", "thank"})) <= doc_words(doc)
    assert word_hashes(frozenset({"absent"})).isdisjoint(doc_words(doc))


def test_gated_rules_still_fire_on_capitals_lemmas_and_odd_letters(linter: Linter) -> None:
    report = linter.lint(
        "Subject: LMK soon\n\nHi Ana,\n\nThank you sooo much for the chat. ſooo K\u212a\u212a good.\n\nBest,\nLee",
        purpose="thank-you",
    )
    codes = [f.code for f in report.findings]
    assert "FL305" in codes  # "LMK" in capitals, in the subject
    assert "FL306" in codes  # "sooo"


_PIECES = st.sampled_from(
    ["lmk", "LMK", "Lmk", "u", "U", "r", "4", "thx", "sooo", "Sooo", "ſooo", "K\u212a\u212a", "İii", "dude",
     "awesome", "Awesome", "f*ck", "#blessed", "thank", "the", "chat", "great", ",", ".", "!", "\n"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=25).map(" ".join))
def test_generated_text_never_has_a_countable_token_behind_a_closed_gate(linter: Linter, text: str) -> None:
    _assert_gates_open_where_tokens_count(linter, text)


#: Words in spaCy's symbol table: their id in a doc is the symbol's, not the string's hash.
SYMBOL_WORDS = frozenset({"mark", "number", "agent", "root"})


def test_word_hashes_match_doc_words_for_spacy_symbol_words(linter: Linter) -> None:
    doc = linter.nlp.doc("Please ask the agent to mark my number at the root.")
    assert word_hashes(SYMBOL_WORDS) <= doc_words(doc)


def test_a_custom_word_list_of_symbol_words_is_found(tmp_path: Path) -> None:
    folder = tmp_path / "vocabularies" / "jargon"
    folder.mkdir(parents=True)
    (folder / "words.txt").write_text("mark\nagent\nnumber\n", encoding="utf-8")
    (tmp_path / "XX901-jargon.toml").write_text(
        'code = "XX901"\nname = "jargon"\nsummary = "Jargon."\ncategory = "tone"\n'
        'severity = "warning"\nweight = 1\nguidance = ["G-TONE-PROFESSIONAL"]\n'
        'check = "vocabulary"\nfix = "Say it plainly."\nmessage = "“{match}” is jargon."\nrationale = "Our own test rule."\n'
        '[params]\nwithin = ["message"]\nvocabulary = "jargon"\nlists = ["words"]\n',
        encoding="utf-8",
    )
    linter = Linter(Config(rule_paths=[str(tmp_path)], select=["XX901"]))
    report = linter.lint(
        "Subject: Following up\n\nHi Ana,\n\nThank you for the call. Please ask the agent to mark my "
        "number.\n\nBest,\nLee"
    )
    assert len([f for f in report.findings if f.code == "XX901"]) == 3

"""Readability offline: the suite runs with sockets disabled, so any download attempt fails."""

from __future__ import annotations

import socket

import pytest
import pytest_socket

from followup_lint.language import readability as r
from followup_lint.language.readability import Readability, long_sentences, readability, word_count

PLAIN = "Thank you for the call. I liked the team. I hope to hear from you soon."
DENSE = (
    "I remain considerably enthusiastic regarding the organizational transformation initiative, "
    "particularly the infrastructure modernization responsibilities, which correspond "
    "substantially with my professional experience coordinating multidisciplinary implementations."
)


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_sockets_really_are_blocked_here() -> None:
    with pytest.raises(pytest_socket.SocketConnectBlockedError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)


def test_grade_is_offline_and_syllable_based_with_the_pinned_textstat() -> None:
    plain = readability(PLAIN)
    assert plain == Readability(plain.grade, "flesch_kincaid_grade", 16, 3, True)
    assert plain.grade < 4
    dense = readability(DENSE)
    assert dense.grade > 15 > plain.grade
    assert dense.sentences == 1


def test_empty_text() -> None:
    empty = readability("  \n")
    assert (empty.grade, empty.words, empty.sentences) == (0.0, 0, 0)


def test_falls_back_to_a_character_formula_without_syllables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import textstat

    monkeypatch.setattr(r, "_textstat", lambda: (textstat, False))
    result = readability(DENSE)
    assert result.formula == "automated_readability_index" and not result.syllable_based_available
    assert result.grade > 15


def test_works_without_textstat(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(r, "_textstat", lambda: (None, False))
    plain, dense = readability(PLAIN), readability(DENSE)
    assert plain.formula == dense.formula == "automated_readability_index"
    assert (plain.words, plain.sentences) == (16, 3)
    assert dense.grade > plain.grade


def test_newer_textstat_is_only_trusted_with_local_cmudict_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 0.7.9+ would download cmudict: without local data, syllable formulas are off, and
    # finding that out must not touch the network (sockets are disabled in this suite).
    import sys
    import types

    def find(resource: str) -> str:
        raise LookupError(resource)

    fake_data = types.SimpleNamespace(find=find)
    monkeypatch.setitem(sys.modules, "nltk", types.SimpleNamespace(data=fake_data))
    monkeypatch.setitem(sys.modules, "nltk.data", fake_data)
    assert r._syllables_offline((0, 7, 13)) is False
    found_data = types.SimpleNamespace(find=lambda resource: "/data/cmudict")
    monkeypatch.setitem(sys.modules, "nltk", types.SimpleNamespace(data=found_data))
    monkeypatch.setitem(sys.modules, "nltk.data", found_data)
    assert r._syllables_offline((0, 7, 13)) is True
    assert r._syllables_offline((0, 7, 4)) is True  # pyphen


def test_word_count() -> None:
    assert word_count("I'm glad we met — the e-mail follow-up is v2.5, thanks!") == 10
    assert word_count("") == 0


def test_long_sentences() -> None:
    text = "Short one. " + " ".join(["word"] * 30) + ". Another short one."
    first_end = text.index(".") + 1
    second_end = text.index(".", first_end) + 1
    spans = [(0, first_end), (first_end + 1, second_end), (second_end + 1, len(text))]
    assert long_sentences(spans, text, max_words=25) == [(first_end + 1, second_end, 30)]
    assert long_sentences(spans, text, max_words=30) == []

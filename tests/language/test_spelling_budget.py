"""Harper is asked no more once a draft has shown hundreds of unknown words.

Harper works out suggestions for every word its dictionary lacks (milliseconds each, up to 40 for a
100-letter word), so 84 KB of invented words once took 83 s. After ``MAX_UNKNOWN_WORDS`` spelling
issues, or ``MAX_UNKNOWN_LETTERS`` letters of them, the check stops, the report says where (FL911),
and every other rule still reads the whole draft.
"""

from __future__ import annotations

import random
import string

import pytest

import followup_lint.language.harper_backend as harper_backend
from followup_lint import Linter
from followup_lint.language._regions import MAX_CALL
from followup_lint.language.harper_backend import MAX_UNKNOWN_LETTERS, MAX_UNKNOWN_WORDS


def _invented(count: int, letters: int = 5, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(string.ascii_lowercase) for _ in range(letters)) for _ in range(count)]


def _draft(words: list[str]) -> str:
    return "Hi Ana,\n\nThank you for the interview. We discussed " + " and ".join(words) + ".\n\nBest,\nLee"


def test_a_draft_of_invented_words_is_checked_up_to_the_budget_and_says_so(linter: Linter) -> None:
    lines = [f"We talked about the {word} project." for word in _invented(600)]
    text = "Hi Ana,\n\nThank you for the interview.\n" + "\n".join(lines) + "\n\nBest,\nLee"
    report = linter.lint(text)
    [cut] = [n for n in report.notices if n.code == "FL911"]
    assert str(MAX_UNKNOWN_WORDS) in cut.message
    last = int(cut.message.split("up to line ")[1].split()[0])
    assert MAX_UNKNOWN_WORDS < last < 600
    spelled = [f for f in report.findings if f.code == "FL401"]
    assert spelled and max(f.line for f in spelled) <= last  # nothing past the cut
    assert linter.lint(text).notices == report.notices  # the same input stops at the same place
    assert {f.code for f in report.findings} - {"FL401"}, "only spelling findings: the other rules did not run"


def test_long_invented_words_are_counted_by_their_letters(linter: Linter) -> None:
    words = _invented(120, letters=60)
    report = linter.lint(_draft(words))
    assert [n.code for n in report.notices if n.code == "FL911"] == ["FL911"]
    spelled = [f for f in report.findings if f.code == "FL401"]
    assert sum(f.end - f.start for f in spelled) <= MAX_UNKNOWN_LETTERS


def test_a_follow_up_with_names_and_terms_is_checked_whole(linter: Linter) -> None:
    text = (
        "Hi Priya,\n\nThank you for showing me the Kubernetes platform and the p95 dashbord at Initech. "
        "I enjoyed hearing about the Grafana alerts and the on-call rota.\n\nBest,\nSam"
    )
    report = linter.lint(text)
    assert not [n for n in report.notices if n.code == "FL911"]
    assert any(text[f.start : f.end] == "dashbord" for f in report.findings if f.code == "FL401")


@pytest.mark.parametrize("letters", [5, 60])
def test_harper_reads_a_bounded_amount_however_long_the_draft(
    linter: Linter, monkeypatch: pytest.MonkeyPatch, letters: int
) -> None:
    """The growth check: the characters Harper is given stay under one call's worth (plus the
    other dialect's look-up of the kept words) at 1x, 10x and 100x of a draft of invented words."""
    real = harper_backend.lint_one
    sent: list[int] = []

    def counting(linter_: object, text: str) -> object:
        sent.append(len(text))
        return real(linter_, text)  # type: ignore[arg-type]

    monkeypatch.setattr(harper_backend, "lint_one", counting)
    per_word = 3000 // (letters + 5)
    read = {}
    for scale in (1, 10, 100):
        sent.clear()
        report = linter.lint(_draft(_invented(per_word * scale, letters, seed=scale)))
        read[scale] = sum(sent)
        assert report.findings
    bound = 2 * MAX_CALL + MAX_UNKNOWN_LETTERS + 4 * MAX_UNKNOWN_WORDS
    assert max(read.values()) <= bound, read


def test_words_in_capitals_are_looked_up_in_the_dictionary_up_to_a_budget(
    linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FL304 asks the dictionary whether a word in capitals is a word of the language (shouting) or
    an acronym; past ``MAX_DICTIONARY_LOOKUPS`` distinct words a draft is judged without it, as when
    Harper is missing, so 600 invented acronyms cost no more look-ups than 100."""
    import followup_lint.checks.shouting as shouting

    asked: set[str] = set()
    real = shouting.english_words

    def counting(words):  # type: ignore[no-untyped-def]
        words = set(words)
        asked.update(words)
        return real(words)

    monkeypatch.setattr(shouting, "english_words", counting)
    for count in (60, 600):
        asked.clear()
        words = [w.upper() for w in _invented(count, letters=8, seed=count)]
        report = linter.lint(_draft(words))
        assert len(asked) <= shouting.MAX_DICTIONARY_LOOKUPS
        assert report.findings
    assert any(f.code == "FL304" for f in report.findings)  # the 600: judged without the dictionary

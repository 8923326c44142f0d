"""The emoji prefilter finds what the emoji package finds, in linear time.

``find_emoji`` hands the tokenizer only runs of characters that occur in emoji, cut where no
emoji can span the cut; on real text its answer is ``emoji.emoji_list``'s, exactly.
"""

from __future__ import annotations

import emoji
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint.checks.emoji_check import find_emoji

KEYS = sorted(emoji.EMOJI_DATA)
PARTS = ["\u200d", "\ufe0f", "\ufe0e", "\U0001f3fb", "\U0001f1e6", "\U0001f1fa", "\u20e3", "\U0001f9b0"]
PARTS += ["\U000e0067", "\U000e007f", "#", "1", "*", " ", "a", "!", "\u2019", "\u00e9", "\n", "\u00a9", "\u2122"]


def _listed(text: str) -> list[tuple[int, int, str]]:
    return [(m["match_start"], m["match_end"], m["emoji"]) for m in emoji.emoji_list(text)]


@settings(max_examples=400, derandomize=True, deadline=None, database=None)
@given(pieces=st.lists(st.one_of(st.sampled_from(KEYS), st.sampled_from(PARTS), st.characters()), max_size=300))
def test_the_same_emoji_as_the_emoji_package(pieces: list[str]) -> None:
    text = "".join(pieces)  # up to 300 pieces: runs far longer than one piece of the tokenizer
    assert list(find_emoji(text)) == _listed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks \U0001f600\U0001f44d\U0001f3fd, see you \U0001f468\u200d\U0001f469\u200d\U0001f467!",
        "\U0001f1fa\U0001f1f8\U0001f1e9\U0001f1ea" * 100,  # flags: regional indicators pair up
        "1\ufe0f\u20e3#\ufe0f\u20e3 \u00a9\u2122 \u263a\ufe0f\u263a\ufe0e" * 60,
        "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f" * 50,  # a tag sequence
        "\U0001f469\U0001f3fd\u200d\U0001f4bb" * 200,
    ],
)
def test_long_runs_are_cut_where_no_emoji_spans(text: str) -> None:
    assert list(find_emoji(text)) == _listed(text)


def test_text_without_emoji_characters_never_reaches_the_tokenizer(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> list[object]:
        raise AssertionError(f"tokenized {text[:20]!r}")

    monkeypatch.setattr(emoji, "emoji_list", refuse)
    assert list(find_emoji("!" * 100_000 + "?!" * 50_000 + "caf\u00e9 " * 1000 + "12#*")) == []


@pytest.mark.timeout(120)
def test_a_chain_joined_by_zwj_is_linear() -> None:
    # the tokenizer alone keeps skipped joiners in a list: 16,000 of these took 15 s, 100,000 hours
    text = "\U0001f600\u200d" * 100_000
    assert [e for _, _, e in find_emoji(text)] == ["\U0001f600"] * 100_000

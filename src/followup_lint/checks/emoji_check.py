"""Emoji and text emoticons, wherever the reader will see them.

The emoji package's tokenizer walks every character in Python, and it is quadratic on a chain of
emoji joined by ZWJ (it keeps the joiners it skips in a list).  So it only sees the runs of text
made of characters that occur in some emoji, cut into short pieces where no emoji can span the
cut: a 900 KB draft of "!" never reaches it, and a run of any length costs linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

import emoji

from followup_lint.checks.base import (
    CheckInput,
    Params,
    RawFinding,
    Scope,
    check_kind,
)
from followup_lint.checks.matching import deletion_clean, parts
from followup_lint.report import Edit, Suggestion

# :) ;-) :D :P :( :'( XD <3 ^_^ -_- (not inside words, times like 10:30, or URLs like http://)
EMOTICON = re.compile(
    r"(?<![\w:/])(?:[:;=][-'^o]?[)(\]\[DPpO3|*\\/$@]+(?![\w/])|[xX][D](?!\w)|<3+|\^_*\^|-_+-|[(]:|[(];)"
)
_ZWJ = "\u200d"


def _run_pattern(gap: int = 64) -> re.Pattern[str]:
    """Runs of characters from a few ranges that hold every character of every emoji sequence.
    Ranges (neighbours closer than ``gap`` merged), not the 1,400 characters one by one: the
    regex engine tests a character outside the BMP against each range of a class in turn."""
    points = sorted({ord(c) for key in emoji.EMOJI_DATA for c in key})
    ranges = [[points[0], points[0]]]
    for p in points[1:]:
        if p - ranges[-1][1] <= gap:
            ranges[-1][1] = p
        else:
            ranges.append([p, p])
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]+")


# An emoji lies inside one of these runs (a run ends only at a character no emoji has).
_EMOJI_RUN = _run_pattern()
# Characters that continue a sequence right after a character other than ZWJ (variation
# selectors, skin tones, keycaps, regional indicators, tags): no emoji can span a cut at a
# position whose character is not one of these and does not follow a ZWJ.
_CONTINUES = frozenset(b for key in emoji.EMOJI_DATA for a, b in pairwise(key) if a != _ZWJ)
# Longest piece handed to the tokenizer.  Real text has short runs, cut exactly.  A run with no
# safe cut in the last half of a piece (emoji chained by ZWJ over 128 characters, a wall of
# variation selectors) is cut after an emoji the tokenizer has settled; there the tokenizer,
# which depends on context, may group a sequence differently (every emoji is still found).
_PIECE = 256
_SETTLED = 4 * max(len(key) for key in emoji.EMOJI_DATA)
# Symbols emoji.emoji_list reports that belong in ordinary prose.
_ALLOWED = {"\u00a9", "\u00ae", "\u2122", "\u00a9\ufe0f", "\u00ae\ufe0f", "\u2122\ufe0f"}


class EmojiParams(Params):
    within: Scope = ["all"]
    emoticons: bool = True


@check_kind("emoji", EmojiParams)
def emoji_check(inp: CheckInput, params: EmojiParams) -> Iterator[RawFinding]:
    text = inp.draft.text
    hits: list[tuple[int, int, str]] = []
    for part in parts(inp, params.within):
        for start, end, found in find_emoji(part.text):
            if found not in _ALLOWED:
                hits.append((part.start + start, part.start + end, found))
        if params.emoticons:
            for m in EMOTICON.finditer(part.text):
                hits.append((part.start + m.start(), part.start + m.end(), m.group(0)))
    hits.sort()
    last_end = -1
    for start, end, found in hits:
        if start < last_end:
            continue
        last_end = end
        del_start, del_end = start, end
        if del_start > 0 and text[del_start - 1] == " ":
            del_start -= 1
        elif del_end < len(text) and text[del_end] == " ":
            del_end += 1
        yield RawFinding(
            start,
            end,
            fields={"match": found},
            suggestions=[
                Suggestion(
                    label=f"delete “{found}”",
                    edits=[Edit(replacement="", start=del_start, end=del_end)],
                    safe=deletion_clean(text, del_start, del_end),
                )
            ],
        )


def find_emoji(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, emoji)`` for every emoji in ``text``, as ``emoji.emoji_list`` finds them,
    in time linear in ``text``."""
    if text.isascii():
        return
    for run in _EMOJI_RUN.finditer(text):
        if run.group(0).isascii():  # every emoji has a character outside ASCII (keycaps: U+20E3)
            continue
        for lo, hi in _pieces(text, run.start(), run.end()):
            for item in emoji.emoji_list(text[lo:hi]):
                yield lo + item["match_start"], lo + item["match_end"], item["emoji"]


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` cut into pieces of at most ``_PIECE`` characters, each cut where no emoji
    spans it: where the run allows (see ``_CONTINUES``), else (a chain joined by ZWJ) at the end
    of an emoji the tokenizer finds well before the end of the piece, where its result no longer
    depends on what follows (its look-ahead is one sequence, its look-back two tokens)."""
    while end - start > _PIECE:
        cut = start + _PIECE
        while cut > start + _PIECE // 2 and not _safe_cut(text, cut):
            cut -= 1
        if not _safe_cut(text, cut):
            settled = [item["match_end"] for item in emoji.emoji_list(text[start : start + _PIECE])]
            settled = [e for e in settled if e <= _PIECE - _SETTLED]
            cut = start + (settled[-1] if settled else _PIECE)
        yield start, cut
        start = cut
    yield start, end


def _safe_cut(text: str, at: int) -> bool:
    return text[at - 1] != _ZWJ and text[at] not in _CONTINUES

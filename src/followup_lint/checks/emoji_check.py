"""Emoji and text emoticons, wherever the reader will see them."""

from __future__ import annotations

import re
from collections.abc import Iterator

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
        for item in emoji.emoji_list(part.text):
            if item["emoji"] in _ALLOWED:
                continue
            hits.append((part.start + item["match_start"], part.start + item["match_end"], item["emoji"]))
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

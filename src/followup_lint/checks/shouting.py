"""Shouting: words written in capitals for emphasis (acronyms and product names are fine)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from followup_lint.checks.base import (
    CheckInput,
    Params,
    RawFinding,
    Scope,
    check_kind,
)
from followup_lint.checks.matching import parts
from followup_lint.language.harper_backend import english_words
from followup_lint.report import Edit, Suggestion

_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’]+\b(?:[ \t,!.?-]+\b[A-Z][A-Z'’]*\b)*")


class ShoutingParams(Params):
    within: Scope = ["message"]
    min_words: int = 2  # a run of this many capitalised words is shouting...
    min_letters: int = 6  # ...and so is one capitalised word this long
    allow: list[str] = []  # acronyms that are not shouting
    # nouns after which one capitalised word names a thing, not a raised voice: a command, a
    # keyword, a button ("the EXPLAIN output", "a SELECT statement", "the SUBMIT button")
    names_before: list[str] = []


def _loud(words: list[str], params: ShoutingParams) -> bool:
    """Whether these capitalised words are shouting: a run of them, or one long one."""
    letters = sum(len(w) for w in words)
    return bool(words) and (
        (len(words) >= params.min_words and letters >= 5) or any(len(w) >= params.min_letters for w in words)
    )


# Distinct words in capitals a draft may have looked up in the dictionary (a real note has a few)
MAX_DICTIONARY_LOOKUPS = 100

_NEXT_WORD = re.compile(r"[ \t]{1,3}+([a-z]++)")  # bounded: linear even when searched
# Code written between backticks, on one line: "`SELECT ... FOR UPDATE SKIP LOCKED`" is a keyword's case,
# not a raised voice (round 20: a good engineer's note drew a warning)
# (a backtick typed for an apostrophe, "I`m" or "can`t", has a letter outside it: no code)
_CODE_SPAN = re.compile(r"(?<!\w)`[^`\n]{1,300}+`(?!\w)")


def _named_kind(text: str, end: int) -> str:
    """The lower-case word right after ``end`` ("output" in "the EXPLAIN output"), or ""."""
    m = _NEXT_WORD.match(text, end)
    return m.group(1) if m else ""


@check_kind("shouting", ShoutingParams)
def shouting(inp: CheckInput, params: ShoutingParams) -> Iterator[RawFinding]:
    allow = {a.upper() for a in params.allow}
    kinds = {k.lower() for k in params.names_before}
    asked: set[str] = set()  # words looked up in the dictionary for this draft
    for part in parts(inp, params.within):
        code = [c.span() for c in _CODE_SPAN.finditer(part.text)] if "`" in part.text else []
        for m in _CAPS_RUN.finditer(part.text):
            if code:
                at = bisect.bisect_right(code, (m.start(), len(part.text))) - 1  # the span opening before the run
                if at >= 0 and m.start() < code[at][1]:
                    continue  # a keyword in code
            words = [w for w in re.findall(r"[A-Z'’]+", m.group(0)) if w.upper() not in allow and w != "I"]
            if not _loud(words, params):
                continue
            if len(words) == 1 and _named_kind(part.text, m.end()) in kinds:
                continue  # "the EXPLAIN output": a command named by its kind
            # Only words of the language raise the voice: an acronym or a product name that the
            # allow list lacks ("NEBOSH", "AUTOSAR", "RELION") is in no English dictionary.
            bare = {w.strip("'’").lower() for w in words}
            asked |= bare
            # Harper spends milliseconds on each word it lacks; past a budget a draft is judged
            # without the dictionary, as when Harper is missing (every capitalised word counts)
            english = english_words(bare) if len(asked) <= MAX_DICTIONARY_LOOKUPS else None
            if english is not None and not _loud([w for w in words if w.strip("'’").lower() in english], params):
                continue
            found = m.group(0).rstrip(" ,!.?-\t")
            start = part.start + m.start()
            end = start + len(found)
            if inp.draft.overlaps_placeholder(start, end):
                continue  # a template's slot ("<COMPANY>", "[FIRST NAME]"): FL207's finding, no raised voice
            sentence_start = start == part.start or inp.draft.text[:start].rstrip()[-1:] in (".", "!", "?", "")
            fixed = found.lower()
            if sentence_start:
                fixed = fixed[:1].upper() + fixed[1:]
            yield RawFinding(
                start,
                end,
                fields={"match": found, "replacement": fixed},
                suggestions=[
                    Suggestion(label=f"write “{fixed}”", edits=[Edit(replacement=fixed, start=start, end=end)])
                ],
            )

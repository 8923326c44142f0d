"""Real-word slips: a right word in the wrong place ("the roll" for "the role", "next steeps", "thank
you for you time", "I look forward to here from you"), which no spelling checker sees.

The slips are a vocabulary (``rules/vocabularies/confusables/``), one line each: the slip in the words
around it that make it one, the slipped word in square brackets, a tab, and the word meant:

    (interested|excited) (in|about) the [roll]	role

A context is words separated by spaces; ``(a|b c)`` is one of several words or phrases, ``*`` any
one word; a punctuation mark (``.``, ``,``) may follow a word with or without a space.  Only the words in brackets are
flagged and replaced, so "bread roll", "roll out" and "the roll call" pass: no context names them;
a slipped word capitalised inside a sentence is a name ("moved to Apple for two years") and passes.
A context that opens with ``^`` matches only at the start of a sentence or a line ("Your welcome!"
as a reply, where "thank you for your welcome" inside a sentence is right).
Each context compiles to one pattern without nested quantifiers, scanned once per part of the
draft that holds the slipped word (cost linear in the draft).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import PrivateAttr, ValidationInfo, model_validator

from followup_lint.checks.base import CheckInput, Params, RawFinding, Scope, check_kind
from followup_lint.checks.matching import fold_apostrophes, match_case, parts, starts_sentence
from followup_lint.report import Edit, Suggestion
from followup_lint.vocabulary import load_vocabulary

_WORD = r"[\w'’-]"
_TOKEN = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|[^\s()\[\]]+")
_PUNCT = re.compile(r"[.,;:!?]+")
_ANY_WORD = r"[\w'’-]+"


@dataclass(frozen=True)
class Slip:
    """One line of the vocabulary: the pattern of the slip in its context, the slipped words, the fix."""

    context: str
    wrong: str
    right: str
    pattern: re.Pattern[str]
    at_start: bool = False  # the context opened with "^": the slip must open a sentence or a line


def _options(token: str) -> list[str]:
    inner = token[1:-1] if token[:1] in "([" else token
    options = [" ".join(o.split()) for o in inner.split("|")]
    if not all(options):
        raise ValueError("an empty alternative")
    return options


def _words(option: str) -> str:
    return r"\s+".join(_ANY_WORD if w == "*" else re.escape(w) for w in option.split(" "))


def _step(token: str, first: bool) -> str:
    """The pattern of one token, with the space before it: any space before a punctuation mark, at
    least one before a word; ``*`` is any one word."""
    options = _options(token)
    marks = [o for o in options if _PUNCT.fullmatch(o)]
    words = [o for o in options if not _PUNCT.fullmatch(o)]
    if first:
        if marks:
            raise ValueError("a context cannot open with a punctuation mark")
        return "|".join(_words(o) for o in words)
    steps = []
    if marks:
        steps.append(r"\s*(?:" + "|".join(re.escape(m) for m in marks) + ")")
    if words:
        steps.append(r"\s+(?:" + "|".join(_words(o) for o in words) + ")")
    return "|".join(steps)


def compile_slip(context: str, right: str) -> Slip:
    """The pattern of one vocabulary line; raises ValueError when the line is malformed."""
    at_start = context.lstrip().startswith("^ ")
    if at_start:
        context = context.lstrip()[2:]
    tokens = _TOKEN.findall(context)
    if "".join("".join(tokens).split()) != "".join(context.split()):
        raise ValueError(f"confusable {context!r}: unbalanced brackets")
    slots = [t for t in tokens if t.startswith("[")]
    if len(slots) != 1:
        raise ValueError(f"confusable {context!r}: mark exactly one slipped word or phrase in [brackets]")
    if not right.strip():
        raise ValueError(f"confusable {context!r}: give the word meant after a tab")
    source = rf"(?<!{_WORD})"
    for i, token in enumerate(tokens):
        if token.startswith("["):
            if i:
                source += r"\s+"
            source += f"(?P<slip>{_words(_options(token)[0])})"
        else:
            source += f"(?:{_step(token, i == 0)})"
    if not all(_PUNCT.fullmatch(o) for o in _options(tokens[-1])):
        source += rf"(?!{_WORD})"
    wrong = slots[0][1:-1]
    if "|" in wrong:
        raise ValueError(f"confusable {context!r}: one slipped word or phrase per line")
    if at_start and not tokens[0].startswith("["):
        raise ValueError(f"confusable {context!r}: after ^ the slipped word must come first")
    return Slip(context, " ".join(wrong.split()), right.strip(), re.compile(source, re.IGNORECASE), at_start)


class ConfusablesParams(Params):
    vocabulary: str = "confusables"
    within: Scope = ["subject", "message"]
    _slips: tuple[Slip, ...] = PrivateAttr(default=())

    @model_validator(mode="after")
    def _resolve(self, info: ValidationInfo) -> ConfusablesParams:
        rule_dir = (info.context or {}).get("rule_dir")
        vocab = load_vocabulary(self.vocabulary, Path(rule_dir) if rule_dir else None)
        self._slips = tuple(
            compile_slip(context, right) for table in vocab.lists.values() for context, right in table.items()
        )
        return self

    @property
    def slips(self) -> tuple[Slip, ...]:
        return self._slips


@check_kind("confusables", ConfusablesParams)
def confusables(inp: CheckInput, params: ConfusablesParams) -> Iterator[RawFinding]:
    from followup_lint.checks.language_check import quotations

    folded_draft = fold_apostrophes(inp.draft.text).lower()
    slips = [s for s in params.slips if s.wrong in folded_draft]
    if not slips:
        return
    quoted = quotations(inp.draft.text)
    seen: set[tuple[int, int]] = set()
    for part in parts(inp, params.within):
        text = fold_apostrophes(part.text)
        lower = text.lower()
        for slip in slips:
            if slip.wrong not in lower:
                continue
            for m in slip.pattern.finditer(text):
                start, end = part.start + m.start("slip"), part.start + m.end("slip")
                if (start, end) in seen or inp.draft.overlaps_placeholder(start, end):
                    continue
                if slip.at_start and not starts_sentence(inp.draft.text, start):
                    continue
                if any(a <= start and end <= b for a, b in quoted):  # someone else's words, as written
                    continue
                seen.add((start, end))
                found = part.text[m.start("slip") : m.end("slip")]
                if found[:1].isupper() and not starts_sentence(inp.draft.text, start):
                    continue  # a name inside a sentence ("moved to Apple for two years")
                new = match_case(slip.right, found)
                yield RawFinding(
                    start,
                    end,
                    fields={"match": found, "replacement": new},
                    suggestions=[
                        Suggestion(
                            label=f"replace with “{new}”",
                            edits=[Edit(replacement=new, start=start, end=end)],
                            safe=False,
                        )
                    ],
                )

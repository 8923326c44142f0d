"""Several texts in one Harper call, each with exactly the lints it gets alone.

Harper's cost is per call as much as per word (docs/performance.md), so drafts linted together
(``Linter.lint_many``, the runner's chunks) share calls.  Exact by construction, not by sample:

- Every text, alone or in a batch, is linted as ``SEP + text + SEP`` (SEP is a blank line),
  and the call ends with ``TAIL`` (blank tokens, no words) after the last one.
  Harper reads a blank line as a paragraph break, a token that ends every sentence and chunk
  (the units its expression rules and its sentence cache work on), that bounds quote pairing
  (``Document::match_quotes`` works paragraph by paragraph) and that is neither a word nor
  whitespace, so the whole-document rules that look at neighbouring tokens (a word, a space,
  a word) stop at it.  A text therefore sees the same tokens up to and including the paragraph
  breaks on either side in both cases; only what lies beyond a break differs.  The tail is
  there because some of Harper's token fix-ups stop a token or two before the end of the
  document (``condense_dotted_initialisms`` leaves the "D." of "R&D.." unmerged when the
  document ends right after it): with the tail, no text is ever near the end.
- A lint that touches a separator, or runs from one text into the next, is a rule that looked
  past a break: every text it touches is linted again alone, and only that answer is used.
- Harper's overlap removal (``remove_overlaps_map``) runs over the whole call, so it is switched
  off in a batch and done again here for each text, in Harper's order (priority, then start,
  longest first, then rule name and position), so a lint in one text never hides one in another.
- One rule reads the start of the document wherever it is: RepeatedWords takes a word's index
  in its chunk for an index in the document when it checks for a hyphen before or after the
  pair (harper-core, ``repeated_words.rs``), so whether "and and" is reported depends on which
  of the document's first tokens are hyphens.  A text that may hold a repeated word is linted
  alone whenever a hyphen appears anywhere in the batch (found by our hypothesis test).
- Two more rules make the same mistake with a clause's word index: AnA, for a capital "A", asks
  whether the word two tokens before that index in the document is "a" or "an" (``an_a.rs``), and
  ThrowRubbish asks whether the word after "rubbish" (or trash, garbage, junk) at that index is
  a noun (``throw_rubbish.rs``).  The index lands in the batch's first text instead of the text's
  own opening, so every text but the first that holds a standalone "A", or a throw word and a
  rubbish word, is linted alone (found by a review: ``may_misread_start``).
- Whitespace on both sides of a separator ("python \\t" then "\\t python") is not read as a clean
  paragraph break: NoFrenchSpaces then misses the second text's opening "\\t " (found by the fuzz test on
  2026-12-06). Two neighbours that meet in whitespace are each linted alone.
- One lexer reads past a draft: after "https://", Harper looks for the first "@" anywhere in
  the rest of the document (``lexing/url.rs``, ``lex_login``) and, when the text up to it is
  not a user name, cuts the link to "https://".  A text with a link that no "@" follows
  within the text is linted alone when a later text of the batch holds an "@" (found by the
  fuzz test).  Every other lexer stops at a newline, or fails on one (``lex_email_address``).

The rules Harper runs over the whole document, and why each stops at a paragraph break, are
listed in docs/performance.md ("Batched Harper calls"); tests/test_harper_batch.py checks each
boundary case and, with random hostile neighbours, that every text's lints are its lints alone.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
import string
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    import harper

SEP = "\n\n"
#: What every call ends with: space, blank line, space, blank line (tokens, none a word).
TAIL = " " + SEP + " " + SEP


class RawLint(NamedTuple):
    """One of Harper's lints, offsets in code points into the text it was asked about."""

    rule: str
    start: int
    end: int
    kind: str
    message: str
    suggestions: tuple[str, ...]


def _raw(rule: str, lint: Any, shift: int) -> RawLint:
    return RawLint(
        rule,
        lint.span.start - shift,
        lint.span.end - shift,
        str(lint.lint_kind),
        str(lint.message),
        tuple(s.replacement_text for s in lint.suggestions),
    )


def lint_one(linter: harper.Linter, text: str) -> list[RawLint]:
    """Harper's lints of ``text`` alone (overlaps removed by Harper), in Harper's order."""
    organized = linter.organized_lints(_whole_chars(SEP + text + SEP + TAIL), language="plaintext")
    shift, end = len(SEP), len(SEP) + len(text)
    return [
        _raw(rule, lint, shift)
        for rule, lints in organized.items()
        for lint in lints
        if shift <= lint.span.start and lint.span.end <= end
    ]


def lint_batch(linter: harper.Linter, texts: Sequence[str]) -> list[list[RawLint] | None]:
    """Each text's lints as :func:`lint_one` gives them, from one call; None for a text a
    lint crossed into from a separator (the caller lints that one alone)."""
    starts: list[int] = []
    at = len(SEP)
    for text in texts:
        starts.append(at)
        at += len(text) + len(SEP)
    joined = SEP + SEP.join(texts) + SEP + TAIL
    spoilt: set[int] = set()
    if _HYPHEN.search(joined):
        spoilt.update(i for i, text in enumerate(texts) if may_repeat(text))
    spoilt.update(i for i, text in enumerate(texts) if i and may_misread_start(text))
    for i in range(1, len(texts)):  # whitespace either side of a separator: Harper may read the run as one
        if texts[i - 1][-1:].isspace() and texts[i][:1].isspace():
            spoilt.update((i - 1, i))
    at_later = False
    for i in reversed(range(len(texts))):  # a link waits for the next "@" of the whole call
        if at_later and link_waits_for_at(texts[i]):
            spoilt.add(i)
        at_later = at_later or "@" in texts[i]
    organized = linter.organized_lints(_whole_chars(joined), language="plaintext", dedup=False)
    found: list[list[tuple[int, str, Any]]] = [[] for _ in texts]  # (rule index, rule, lint)
    for rule_index, (rule, lints) in enumerate(organized.items()):
        for lint in lints:
            start, end = lint.span.start, lint.span.end
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and end <= starts[i] + len(texts[i]):
                found[i].append((rule_index, rule, lint))
            else:
                spoilt.update(_touched(starts, texts, start, end))
    out: list[list[RawLint] | None] = []
    for i, mine in enumerate(found):
        if i in spoilt:
            out.append(None)
        else:
            out.append([_raw(rule, lint, starts[i]) for _, rule, lint in _without_overlaps(mine)])
    return out


_SURROGATE = re.compile("[\ud800-\udfff]")


def _whole_chars(text: str) -> str:
    """``text`` with each surrogate code point (only a str made in Python can hold one: a pair
    such as "\\ud83d\\ude00" standing for an emoji, or a lone half) as U+FFFD.  Harper receives
    the text as UTF-8, where a pair becomes one character, so every offset after it came back one
    short: the spans of the text's own lints, and in a batch those of every later text (found by a
    review).  One replacement character for each code point keeps Harper's offsets ours."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


#: Characters Harper reads as a hyphen (only "-" in harper-core 2.8; the look-alikes in case a
#: later version adds them).
_HYPHEN = re.compile("[-\u2010\u2011\u2012\u2212\ufe63\uff0d]")
_ASCII_LETTER = frozenset(string.ascii_letters)


def may_repeat(text: str) -> bool:
    """Could Harper see the same word twice in a row (only whitespace between) in ``text``?

    Errs towards yes: two neighbouring runs of non-blank characters where the end of the first
    equals the start of the second, character by character lower-cased (as Rust lower-cases),
    unless an ASCII letter continues either word (Harper never cuts a run of ASCII letters in
    two); yes for any run holding a character whose lower case is not one character.  A blank
    line is a paragraph break to Harper, which no repeat spans."""
    pairs = ((first, second) for part in text.split(SEP) for first, second in itertools.pairwise(part.split()))
    for first, second in pairs:
        if not (first.isascii() and second.isascii()) and any(len(c.lower()) != 1 for c in first + second):
            return True
        a, b = [c.lower() for c in first], [c.lower() for c in second]
        for n in range(1, min(len(a), len(b)) + 1):
            if a[-n:] != b[:n]:
                continue
            if n < len(first) and first[-n - 1] in _ASCII_LETTER and first[-n] in _ASCII_LETTER:
                continue
            if n < len(second) and second[n] in _ASCII_LETTER and second[n - 1] in _ASCII_LETTER:
                continue
            return True
    return False


_CAPITAL_A = re.compile(r"(?<!\w)A(?!\w)")
_THROW = re.compile(r"(?i)thr[eo]w")  # throw, throws, threw, thrown, throwing
_RUBBISH = re.compile(r"(?i)rubbish|trash|garbage|junk")


def may_misread_start(text: str) -> bool:
    """Could AnA or ThrowRubbish read the start of the document for ``text``?  They take a word's
    index in its clause for an index in the document, so the answer for any text but the first of
    a call depends on the first text's opening tokens.  Errs towards yes: a capital "A" standing
    alone, or a "throw" and a rubbish word anywhere in the text."""
    return bool(_CAPITAL_A.search(text)) or bool(_THROW.search(text) and _RUBBISH.search(text))


def link_waits_for_at(text: str) -> bool:
    """Does ``text`` hold a "://" that no "@" follows within it (so Harper's lexer would read
    the first "@" of whatever comes after the text)?"""
    at = text.rfind("://")
    return at >= 0 and "@" not in text[at:]


def _touched(starts: list[int], texts: Sequence[str], start: int, end: int) -> list[int]:
    """The texts whose zone (the text and the separators either side) meets ``[start, end]``."""
    return [
        i for i, s in enumerate(starts) if s - len(SEP) <= max(start, end) and start <= s + len(texts[i]) + len(SEP)
    ]


def _priority(lint: Any) -> int:
    return int(json.loads(lint.to_json())["inner"]["priority"])


def _without_overlaps(lints: list[tuple[int, str, Any]]) -> list[tuple[int, str, Any]]:
    """Harper's ``remove_overlaps_map`` over one text's lints (kept in their order).

    Sorted by priority, then stably by (start, longest first), in rule-then-position order;
    a lint starting before the end of the last one kept is dropped.  Priorities are read only
    when two lints overlap at all (reading one costs a JSON round trip)."""
    if len(lints) < 2:
        return lints
    spans = sorted(range(len(lints)), key=lambda k: (lints[k][2].span.start, -lints[k][2].span.end))
    cur = 0
    overlap = False
    for k in spans:
        if lints[k][2].span.start < cur:
            overlap = True
            break
        cur = lints[k][2].span.end
    if not overlap:
        return lints
    priorities = [_priority(lint) for _, _, lint in lints]
    order = sorted(range(len(lints)), key=lambda k: priorities[k])
    order.sort(key=lambda k: (lints[k][2].span.start, -lints[k][2].span.end))
    removed: set[int] = set()
    cur = 0
    for k in order:
        if lints[k][2].span.start < cur:
            removed.add(k)
        else:
            cur = lints[k][2].span.end
    return [lint for k, lint in enumerate(lints) if k not in removed]

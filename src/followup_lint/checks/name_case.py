"""A person's name written in lower case: "Hi marcus,", "thanks again, ms. tran", "jordan reyes" signed.

Recruiters name it among the slips they notice at once: a name is the one word a reader checks, and
lower case reads as haste.  Only names the draft's context gives (the interviewers, the sender) are
read, so nothing here guesses what a name is; a name that is also a common English word ("Rose",
"Mark", "Will") counts only where it stands as a name: right after the greeting word, or as the
signature's line.  The scan is one regular-expression pass per known name over the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.utils import getaddresses

from followup_lint.checks.base import CheckInput, Params, RawFinding, check_kind
from followup_lint.greetings import opening_source, title_source
from followup_lint.language.common_words import rank
from followup_lint.report import Edit, Suggestion
from followup_lint.vocabulary import job_title_words

_TITLE = re.compile(rf"^(?:{title_source()})\.?$", re.IGNORECASE)
# words of an interviewer field that name a group or a step, not a person
_GROUP_WORDS = frozenset(
    {
        "interview",
        "interviews",
        "panel",
        "team",
        "hiring",
        "committee",
        "board",
        "department",
        "recruitment",
        "recruiting",
        "talent",
        "human",
        "resources",
        "staff",
        "office",
        "group",
        "the",
        "and",
        "of",
        "for",
        "with",
        "members",
        "member",
        "all",
        "everyone",
        "school",
        "district",
        "company",
        "people",
        "selection",
        "search",
    }
)
_GREETING_WORD = re.compile(rf"^\s{{0,4}}(?:{opening_source()})\s{{1,3}}", re.IGNORECASE)
# a draft that writes a name in lower case a few times has made its point: more findings of one rule add
# nothing to the score (capped at twice the first) and bury the report
_MAX_HITS = 20
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ'’-]{2,40}")


class NameCaseParams(Params):
    common_name_within: int = 20000  # a name this common as an English word counts only where it stands as a name
    min_name_letters: int = 3


def _names(inp: CheckInput) -> list[str]:
    """The name words the context gives: interviewers' and the sender's (context, ``From:`` display)."""
    lines = [*inp.context.interviewers, inp.context.sender_name or ""]
    header = inp.draft.headers.get("from")
    if header is not None:
        lines += [display for display, _ in getaddresses([header.value])]
    out: list[str] = []
    for line in lines:
        for w in _WORD.findall(line):
            low = w.lower()
            # a capitalised name word; not a title ("Mrs", "Prof"), a job title's word ("Manager") or a
            # word that names a group ("Interview panel (Ms. Moretti, ...)", "Hiring Team")
            if not w[:1].isupper() or w.isupper() or low in out or _TITLE.match(w):
                continue
            if low in _GROUP_WORDS or low in job_title_words():
                continue
            out.append(low)
    return out


def _common(word: str, within: int) -> bool:
    r = rank(word)
    return r is not None and r <= within


@check_kind("name_case", NameCaseParams)
def name_case(inp: CheckInput, params: NameCaseParams) -> Iterator[RawFinding]:
    names = [n for n in _names(inp) if len(n) >= params.min_name_letters]
    if not names:
        return
    draft = inp.draft
    # where a name stands as a name: after the greeting word, and the signature's first line
    as_name: list[tuple[int, int]] = []
    if draft.salutation:
        m = _GREETING_WORD.match(draft.salutation.text)
        at = draft.salutation.start + (m.end() if m else 0)
        as_name.append((at, draft.salutation.end))
    if draft.signature:
        first = draft.signature.text.split("\n", 1)[0]
        as_name.append((draft.signature.start, draft.signature.start + len(first)))
    # a name inside an address or a handle ("priya.nand@...", "@okafor") is not a name written in lower case
    parts = [p for p in (draft.subject, draft.salutation, *draft.paragraphs, draft.signature) if p]
    pattern = re.compile(
        r"(?<![\w'’@.-])("
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?![\w@]|[.\-_+][\w])"
    )
    hits: list[tuple[int, int]] = []
    seen: set[int] = set()
    for part in parts:
        for m in pattern.finditer(part.text):
            word = m.group(1)
            if not word.islower():
                continue
            start = part.start + m.start(1)
            if start in seen:
                continue
            standing = any(a <= start < b for a, b in as_name)
            if not standing and _common(word, params.common_name_within):
                continue
            seen.add(start)
            hits.append((start, start + len(word)))
            if len(hits) >= _MAX_HITS:
                break
        if len(hits) >= _MAX_HITS:
            break
    # a first name and a surname side by side ("jordan reyes") are one slip with one fix
    merged: list[tuple[int, int]] = []
    for start, end in sorted(hits):
        if merged and draft.text[merged[-1][1] : start].strip(" ") == "" and start - merged[-1][1] <= 3:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    for start, end in merged:
        said = draft.text[start:end]
        fixed = " ".join(w[:1].upper() + w[1:] for w in said.split(" "))
        yield RawFinding(
            start,
            end,
            fields={"match": said, "fixed": fixed},
            suggestions=[
                Suggestion(label=f"write “{fixed}”", edits=[Edit(replacement=fixed, start=start, end=end)], safe=True)
            ],
        )

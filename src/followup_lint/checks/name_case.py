"""A name written in lower case: "Hi marcus,", "thanks again, ms. tran", "jordan reyes" signed, and the
name of a day or a month ("the meeting on thursday", "since 3 november").

Recruiters name it among the slips they notice at once: a name is the one word a reader checks, and
lower case reads as haste.  Only names the draft's context gives (the interviewers, the sender) are
read, so nothing here guesses what a name is; a name that is also a common English word ("Rose",
"Mark", "Will") counts only where it stands as a name: right after the greeting word, or as the
signature's line.  Days and months are proper names too (the shared lists of dates.py): "monday" to
"sunday" and the months that are no other word count anywhere, "march", "may" and "august" only with a
number after them, or after a day's number or "in", "since", "until" ("in may", "20 march") where the
phrase ends or goes on as a date does ("since march I", not "since may be useful").  A note written wholly
in lower case (most of its sentences start small) is one slip of register, reported once at its first
sentence, not once a word; FL404 leaves its capitals to this finding while FL409 runs.  The scan is one regular-expression pass per known name and one for the calendar
words over the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.utils import getaddresses

from followup_lint.checks.base import CheckInput, Params, RawFinding, check_kind
from followup_lint.dates import MONTH_NAMES, WEEKDAY_NAMES
from followup_lint.draft import Draft
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


# the months that are English words as well ("you may", "march on", "an august body")
_WORD_MONTHS = frozenset({"march", "may", "august"})
_DAYS = "|".join(WEEKDAY_NAMES)
_MONTHS = "|".join(m for m in MONTH_NAMES if m not in _WORD_MONTHS)
# a date's day number before a month name ("20 march", "3rd of may"), or a preposition a month follows ("in
# may", "since march", "until august", "early may", "mid-march"); a number after it ("may 5th", "august
# 2026"); bounded, one pass
_CALENDAR = re.compile(
    r"(?P<pre>\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?: of)? |\b(?i:in|since|until|till|early|late|mid-?) )?"
    rf"(?<![\w'’@#./])(?:(?<=mid-)|(?<!-))(?P<word>(?:{_DAYS})s?|{_MONTHS}|march|may|august)(?![\w@]|[.\-_+/][\w])"
    r"(?P<post>,? \d{1,2}(?:st|nd|rd|th)?\b|,? \d{4}\b)?"
)
# what follows a month that is also a word, where no number follows it: the sentence's end or a mark, a
# word that joins ("and", "or", "at"), a subject or a determiner ("since march I", "in may the team"), a
# verb a month takes and "may" never does ("20 march works"), or "to"/"until"/"through" and a date ("20
# march to 3 april").  A word that goes on the phrase ("may change", "march to a different beat", "august
# company") leaves it a word: the verb or the adjective.
_MONTH_FOLLOWED = re.compile(
    r"[^\S\n]{0,3}(?:$|[^\w\s'’-]|\n)"
    r"|[^\S\n]{1,3}(?i:(?:to|until|till|through)[^\S\n]{1,3}(?:\d|(?:"
    + "|".join((*MONTH_NAMES, *WEEKDAY_NAMES))
    + r")\b)"
    r"|(?:and|or|at|for|before|after|when|this|next|last|of|onwards|i|we|you|they|he|she|it|my|our|the|is|was"
    r"|works|suits)\b)"
)
# where a sentence starts: the text's start or a line's, or after ., ! or ? and a blank
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”)]?[^\S\n]{1,4}|\n)[^\S\n]{0,4}([^\W\d_])", re.MULTILINE)
_LOWER_CASE_NOTE = (
    "The note is written in lower case: capitalise the first word of each sentence, “I”, names, days and "
    "months, as a reader expects of a letter to an employer."
)
_CALENDAR_MESSAGE = "“{match}” is the name of a day or a month: write it “{fixed}”."


def written_in_lower_case(draft: Draft) -> tuple[int, int] | None:
    """Where the first small sentence start is, when a note is written wholly in lower case: at least three
    of its sentences (greeting, body, signature's name) start with a small letter and at most one in four
    with a capital.  One linear pass over those parts."""
    parts = [p for p in (draft.salutation, *draft.paragraphs, draft.signature) if p is not None]
    small = capital = 0
    first: tuple[int, int] | None = None
    for part in parts:
        for m in _SENTENCE_START.finditer(part.text):
            if m.group(1).islower():
                small += 1
                if first is None:
                    at = part.start + m.start(1)
                    word = re.match(r"\w{1,40}", draft.text[at : at + 40])
                    first = (at, at + (word.end() if word else 1))
            else:
                capital += 1
    if small >= 3 and capital * 4 <= small:
        return first
    return None


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
    draft = inp.draft
    whole = written_in_lower_case(draft)
    if whole is not None:
        # one slip of register, not one finding a word
        yield RawFinding(
            whole[0], whole[1], fields={"match": draft.text[whole[0] : whole[1]]}, message=_LOWER_CASE_NOTE
        )
        return
    parts = [p for p in (draft.subject, draft.salutation, *draft.paragraphs, draft.signature) if p]
    yield from _calendar_words(draft, parts)
    names = [n for n in _names(inp) if len(n) >= params.min_name_letters]
    if not names:
        return
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


def _calendar_words(draft: Draft, parts: list) -> Iterator[RawFinding]:
    """The days and months written in lower case ("on thursday", "20 november"), at most ``_MAX_HITS``."""
    count = 0
    for part in parts:
        for m in _CALENDAR.finditer(part.text):
            said = m.group("word")
            if said in _WORD_MONTHS and not (
                m.group("post") or (m.group("pre") and _MONTH_FOLLOWED.match(part.text, m.end("word")))
            ):
                continue  # "you may", "the top 10 may change", "in august company": words, not months
            start = part.start + m.start("word")
            fixed = said[:1].upper() + said[1:]
            yield RawFinding(
                start,
                start + len(said),
                fields={"match": said, "fixed": fixed},
                message=_CALENDAR_MESSAGE.format(match=said, fixed=fixed),
                suggestions=[
                    Suggestion(
                        label=f"write “{fixed}”",
                        edits=[Edit(replacement=fixed, start=start, end=start + len(said))],
                        safe=True,
                    )
                ],
            )
            count += 1
            if count >= _MAX_HITS:
                return

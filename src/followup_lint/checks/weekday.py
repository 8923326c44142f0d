"""A day named for the interview that the dates contradict ("thank you for meeting me on
Thursday" after a Tuesday interview; "today" in a note sent two days later).

A copy-paste slip of this kind tells the reader the note was reused, as a wrong name does.  The
check is deliberately narrow: a day word counts only when one of the rule's ``mentions``
patterns ties it to the interview (the meeting, the conversation, the talk), the sentence looks
back (a ``past`` cue such as "thank you" or "was") and nothing before the day word looks ahead
(a ``future`` cue such as "look forward" or "will").  Days of other events ("our call on
Monday"), lists of days ("Monday or Tuesday"), quoted text and a sentence that also names the
interview's real day are left alone.  Weekdays compare with the interview date; "today" and
"yesterday" compare the interview date with the send date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from pydantic import field_validator

from followup_lint.checks.base import CheckInput, Params, RawFinding, check_kind, context_hint, rx
from followup_lint.checks.timing import day_of, sent_time
from followup_lint.dates import MONTH_NAMES
from followup_lint.draft import Part
from followup_lint.report import Edit, Suggestion

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_SLOT = "{day}"
# A part of today ("your time this morning") is today: a note sent days later must not say it.
_DAY = r"(?P<day>" + "|".join(w.lower() for w in WEEKDAYS) + r"|today|yesterday|this\s(?:morning|afternoon|evening))"
# Every day word has "day", "morning", "afternoon" or "evening" in it: paragraphs without one are
# skipped before any pattern runs.
_DAY_WORD = re.compile(r"day|morning|afternoon|evening", re.IGNORECASE)
# "Monday or Tuesday", "Monday and again Thursday": a list of days is not one slip.
_ANOTHER_DAY = re.compile(
    r"(?<!\s)\s*+(?:,|/|&|\band\b|\bor\b|\bthen\b|\bto\b)\s*+(?:again\s++)?(?:on\s++)?(?:"  # linear: possessive
    + "|".join(w.lower() for w in WEEKDAYS)
    + r")\b",
    re.IGNORECASE,
)
# How far after the day word (within its clause) a future cue still counts ("our meeting on
# Thursday will ...").
_AFTER = 24
_BEFORE = 40  # characters before a day word searched again with the words after it


# A weekday written with its calendar date ("Wednesday 14 December 2026", "Thursday, December 8",
# "Friday the 7th of December"): the calendar decides, whatever the interview date.  Every repeat is
# bounded and no group repeats another, so the cost is linear in the text.
_MONTH = r"(?P<month>" + "|".join(m[:3] + r"(?:" + m[3:] + r"|\.)?" if len(m) > 3 else m for m in MONTH_NAMES) + r")"
_DATED_DAY = re.compile(
    r"\b(?P<day>" + "|".join(WEEKDAYS) + r")\b,?\s{1,3}(?:"
    r"(?:the\s{1,3})?(?P<dom>\d{1,2})(?:st|nd|rd|th)?(?:\s{1,3}of)?\s{1,3}" + _MONTH + r"\b"
    r"|(?P<month2>" + _MONTH[len("(?P<month>") : -1] + r")\s{1,3}(?:the\s{1,3})?(?P<dom2>\d{1,2})(?:st|nd|rd|th)?\b"
    r")(?:,?\s{1,3}(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


class WeekdayParams(Params):
    mentions: list[str]  # regexes with a {day} slot that tie a day word to the interview
    past: list[str]  # regexes: the sentence looks back
    future: list[str]  # regexes: before (or just after) the day word, the sentence looks ahead

    @field_validator("mentions")
    @classmethod
    def _has_slot(cls, value: list[str]) -> list[str]:
        for pattern in value:
            if DAY_SLOT not in pattern:
                raise ValueError(f"pattern {pattern!r} has no {DAY_SLOT} slot for the day word")
            try:
                re.compile(pattern.replace(DAY_SLOT, _DAY))
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {exc}") from exc
        return value

    @field_validator("past", "future")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {exc}") from exc
        return value


@check_kind("weekday_mismatch", WeekdayParams)
def weekday_mismatch(inp: CheckInput, params: WeekdayParams) -> Iterator[RawFinding]:
    dated = list(_dated_days(inp))
    yield from dated
    interview = inp.context.interview_date
    if interview is None:
        return
    held, sent = day_of(interview), day_of(sent_time(inp))
    if held > sent:
        return  # the engine already said the dates are inconsistent (FL908)
    real_day = rx(r"\b" + WEEKDAYS[held.weekday()] + r"\b", re.IGNORECASE)
    for sentence, m in _interview_days(inp, params):
        if real_day.search(sentence.text):
            continue  # the real day is named too: two rounds, or a day and its correction
        finding = _judge(sentence, m, held, sent)
        if finding is not None and not any(d.start == finding.start for d in dated):
            yield finding


def _dated_days(inp: CheckInput) -> Iterator[RawFinding]:
    """A weekday written with a calendar date that falls on another weekday ("Wednesday 14
    December 2026" when the 14th is a Monday).  Without a year, the year that puts the date
    nearest the send date."""
    sent = day_of(sent_time(inp))
    subject = [inp.draft.subject] if inp.draft.subject else []
    for part in [*subject, *inp.draft.paragraphs]:
        for m in _DATED_DAY.finditer(part.text):
            if _quoted(part.text, m.start()):
                continue
            month_word = (m.group("month") or m.group("month2")).lower()[:3]
            month = next(i for i, name in enumerate(MONTH_NAMES, 1) if name.startswith(month_word))
            dom = int(m.group("dom") or m.group("dom2"))
            when = _calendar_day(m.group("year"), month, dom, sent)
            if when is None:
                continue
            said = m.group("day")
            right = WEEKDAYS[when.weekday()]
            if right.lower() == said.lower():
                continue
            start, end = part.start + m.start("day"), part.start + m.end("day")
            yield RawFinding(
                start,
                end,
                fields={"said": said, "fact": f"{when.isoformat()} is a {right}", "right": right},
                suggestions=[
                    Suggestion(label=f"write “{right}”", edits=[Edit(replacement=right, start=start, end=end)])
                ],
            )


def _calendar_day(year: str | None, month: int, dom: int, sent: date) -> date | None:
    """The date a written day and month (and year, if given) name, or None if there is none."""
    years = [int(year)] if year else [sent.year - 1, sent.year, sent.year + 1]
    found: list[date] = []
    for y in years:
        try:
            found.append(date(y, month, dom))
        except ValueError:
            continue
    return min(found, key=lambda d: abs((d - sent).days), default=None)


_Patterns = tuple[list[re.Pattern[str]], list[re.Pattern[str]], list[re.Pattern[str]]]
_COMPILED: dict[int, tuple[WeekdayParams, _Patterns]] = {}


def _compiled(params: WeekdayParams) -> _Patterns:
    """The rule's patterns, compiled once per parameter set (not looked up per draft)."""
    found = _COMPILED.get(id(params))
    if found is None or found[0] is not params:
        patterns = (
            [rx(p.replace(DAY_SLOT, _DAY), re.IGNORECASE) for p in params.mentions],
            [rx(p, re.IGNORECASE) for p in params.past],
            [rx(p, re.IGNORECASE) for p in params.future],
        )
        found = _COMPILED[id(params)] = (params, patterns)
    return found[1]


def _interview_days(inp: CheckInput, params: WeekdayParams) -> Iterator[tuple[Part, re.Match[str]]]:
    """Day words the draft ties to the past interview (before any date is compared)."""
    mentions, past, future = _compiled(params)
    subject = [inp.draft.subject] if inp.draft.subject else []
    for part in [*subject, *inp.draft.paragraphs]:
        # Cheap tests first: every day word contains one of _DAY_WORD, and most paragraphs tie none to the
        # interview, so sentences are split only where a mention pattern matches.
        if not _DAY_WORD.search(part.text) or not any(p.search(part.text) for p in mentions):
            continue
        for sentence in [part] if part is inp.draft.subject else inp.analysis.sentences(part):
            text = sentence.text
            if not any(p.search(text) for p in past):
                continue
            seen: set[int] = set()
            # Where the sentence's first future marker ends, found once: a day word after it is
            # looked forward to.  (Searching the text up to each day word again was quadratic in a
            # sentence with many day words.)  The window near the day word still sees a marker that
            # its end or the words just after complete.
            ends = [found.end() for found in (f.search(text) for f in future) if found]
            first_future = min(ends) if ends else len(text) + 1
            for pattern in mentions:
                for m in pattern.finditer(text):
                    if m.start("day") in seen:
                        continue
                    seen.add(m.start("day"))
                    after = re.split(r"[,;:.!?]", text[m.end() : m.end() + _AFTER], maxsplit=1)[0]
                    near = text[max(0, m.start() - _BEFORE) : m.end()] + after
                    if first_future <= m.end() or any(f.search(near) for f in future):
                        continue
                    if _ANOTHER_DAY.match(text, m.end("day")) or _quoted(text, m.start("day")):
                        continue
                    yield sentence, m


def _judge(sentence: Part, m: re.Match[str], held: date, sent: date) -> RawFinding | None:
    """A finding when the day word ``m`` names contradicts the interview and send dates."""
    text, said = sentence.text, m.group("day")
    start, end = m.start("day"), m.end("day")
    word = said.lower()
    part_of_day = word.split()[1] if word.startswith("this") else ""
    if part_of_day:
        word = "today"
    elapsed = (sent - held).days
    if word == "today":
        if elapsed == 0:
            return None
    elif word == "yesterday":
        if elapsed == 1:
            return None
    elif WEEKDAYS[held.weekday()].lower() == word:
        return None
    right = _right_words(word, held, elapsed, possessive=text[end : end + 2] in ("'s", "’s"))
    if part_of_day:  # "this morning" -> "yesterday morning", "on Monday morning"
        right = f"{right} {part_of_day}"
    if said[:1].isupper():
        right = right[:1].upper() + right[1:]
    fact = f"the interview was on {WEEKDAYS[held.weekday()]} {held.isoformat()}"
    if word in ("today", "yesterday"):
        fact += f", {_days(elapsed)} before the send date {sent.isoformat()}" if elapsed else ", the send date"
    span_start, span_end = sentence.start + start, sentence.start + end
    return RawFinding(
        span_start,
        span_end,
        fields={"said": said, "fact": fact, "right": right},
        suggestions=[
            Suggestion(label=f"write “{right}”", edits=[Edit(replacement=right, start=span_start, end=span_end)])
        ],
    )


def _right_words(word: str, held: date, elapsed: int, *, possessive: bool) -> str:
    """What to write instead of ``word``, fitting where it stands."""
    weekday = WEEKDAYS[held.weekday()]
    if word not in ("today", "yesterday"):
        return weekday  # "on Thursday" -> "on Tuesday", "Thursday's interview" -> "Tuesday's interview"
    if elapsed == 0:
        return "today"
    if elapsed == 1:
        return "yesterday"
    if possessive:
        return weekday  # "today's interview" -> "Monday's interview"
    return f"on {weekday}" if elapsed < 7 else f"on {weekday}, {held.strftime('%B')} {held.day}"


def _days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"


def _quoted(text: str, at: int) -> bool:
    """Whether offset ``at`` is inside quotation marks within the sentence."""
    before = text[:at]
    opened = sum(before.count(q) for q in "“«") - sum(before.count(q) for q in "”»")
    return opened > 0 or before.count('"') % 2 == 1


@context_hint("weekday_mismatch", ("interview_date",))
def _weekday_hint(inp: CheckInput, params: WeekdayParams) -> str | None:
    """Ask for the interview date only when the draft names a day for the interview."""
    if inp.context.interview_date is not None or next(_interview_days(inp, params), None) is None:
        return None
    return "pass --interview-date (or an Interview-Date: header)"

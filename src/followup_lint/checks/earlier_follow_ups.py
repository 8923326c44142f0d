"""Earlier follow-ups the draft itself mentions, and how long ago they were sent.

Few writers pass the dates of their earlier messages, but many say them: "following up on my
e-mail from Tuesday", "I left you a voicemail yesterday", "my message of 9 March". The guidance
(G-FREQUENCY) counts a follow-up mentioned in the text as much as one given as context, so the
gap check reads these mentions when the context names none.

A mention is the writer's own message (the rule's ``mentions`` patterns) with a time in the same
sentence, at most ``_REACH`` characters from it. Times read: today, this morning, yesterday, the
day before yesterday, N days ago, earlier this week, this week, a weekday (the most recent one
before the send day), and a day of the month with or without its month ("the 17th", "9 March").
Anything vaguer ("recently", "last week", "two weeks ago" is read: 14 days) says nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from followup_lint.checks.base import rx
from followup_lint.dates import MONTH_NAMES, WEEKDAY_NAMES

_REACH = 60  # characters between the mention of a message and its time

_NUMBERS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a couple of": 2,
    "a few": 3,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_NUMBER_WORD = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)"

# One pattern per kind of time; each is flat (no nested repetition) and so linear.
_TIMES = [
    ("today", rx(r"\b(?:earlier )?today\b|\bthis (?:morning|afternoon)\b", re.IGNORECASE)),
    ("two_days", rx(r"\bthe day before yesterday\b", re.IGNORECASE)),
    ("yesterday", rx(r"(?<!day before )\byesterday\b|\blast night\b", re.IGNORECASE)),
    ("days_ago", rx(rf"\b(?P<n>{_NUMBER_WORD}) days? ago\b", re.IGNORECASE)),
    ("weeks_ago", rx(rf"\b(?P<n>{_NUMBER_WORD}) weeks? ago\b", re.IGNORECASE)),
    ("this_week", rx(r"\b(?:earlier )?this week\b", re.IGNORECASE)),
    (
        "weekday",
        rx(
            r"\b(?:on |from |of |last |this past )?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?! (?:week|next))",
            re.IGNORECASE,
        ),
    ),
    ("day_month", rx(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH}\b", re.IGNORECASE)),
    ("month_day", rx(rf"\b{_MONTH}\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE)),
    ("nth", rx(r"\bthe (?P<day>\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)),
]
_SENTENCE_END = re.compile(r"[.!?;\n]")


@dataclass(frozen=True)
class EarlierFollowUp:
    """One earlier message the draft mentions: where, and how many days before the send day."""

    start: int  # offsets in the draft (the offset given plus the place in the text searched)
    end: int
    days_ago: int | None  # None: "earlier this week", known to be under 7 days but not exactly
    said: str  # the time as written


def _days_back(kind: str, m: re.Match[str], sent: date) -> int | None:
    """Days from the time named to the send day; -1 when it cannot be told."""
    if kind == "today":
        return 0
    if kind == "yesterday":
        return 1
    if kind == "two_days":
        return 2
    if kind in ("days_ago", "weeks_ago"):
        word = m["n"].lower()
        n = int(word) if word.isdigit() else _NUMBERS.get(word, -1)
        return -1 if n < 0 else n * (7 if kind == "weeks_ago" else 1)
    if kind == "this_week":
        return None
    if kind == "weekday":
        back = (sent.weekday() - WEEKDAY_NAMES.index(m["weekday"].lower())) % 7
        return back or 7  # the same weekday names last week's
    day = int(m["day"])
    if kind == "nth":
        month, year = sent.month, sent.year
        if day > sent.day:  # "the 28th" said on the 3rd: last month's
            month, year = (12, year - 1) if month == 1 else (month - 1, year)
    else:
        month = next(i for i, name in enumerate(MONTH_NAMES, 1) if name.startswith(m["month"].lower()[:3]))
        year = sent.year if (month, day) <= (sent.month, sent.day) else sent.year - 1
    try:
        return (sent - date(year, month, day)).days
    except ValueError:  # "the 31st" of a short month
        return -1


def earlier_follow_ups(
    text: str, mentions: list[re.Pattern[str]], sent: date, offset: int = 0
) -> list[EarlierFollowUp]:
    """Each mention of the writer's own earlier message with a time near it, in text order; its
    offsets are ``offset`` plus its place in ``text``.

    One pass per pattern, and each mention looks only at the times within reach of it (found by
    bisection), so the work grows with the text, not with mentions times times.
    """
    found: list[EarlierFollowUp] = []
    times = sorted(
        ((m.start(), m.end(), kind, m) for kind, pattern in _TIMES for m in pattern.finditer(text)), key=lambda x: x[:2]
    )
    if not times:
        return found
    starts = [t[0] for t in times]
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    for pattern in mentions:
        for mention in pattern.finditer(text):
            k = bisect_left(ends, mention.start())
            s_start = ends[k - 1] + 1 if k > 0 else 0
            s_end = ends[k] if k < len(ends) else len(text)
            lo = bisect_left(starts, max(s_start, mention.start() - _REACH - 40))
            hi = bisect_right(starts, min(s_end, mention.end() + _REACH))
            best: EarlierFollowUp | None = None
            for t_start, t_end, kind, t in times[lo:hi]:
                if t_start < s_start or t_end > s_end:
                    continue
                gap = t_start - mention.end() if t_start >= mention.end() else mention.start() - t_end
                if gap > _REACH:
                    continue
                days = _days_back(kind, t, sent)
                if days is not None and days < 0:
                    continue
                candidate = EarlierFollowUp(
                    offset + min(mention.start(), t_start), offset + max(mention.end(), t_end), days, t[0]
                )
                if best is None or _recency(candidate) < _recency(best):
                    best = candidate
            if best is not None:
                found.append(best)
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _recency(f: EarlierFollowUp) -> int:
    """Days ago, an unknown day this week counting as 6: the smaller, the more recent."""
    return 6 if f.days_ago is None else f.days_ago


def most_recent(mentioned: list[EarlierFollowUp]) -> EarlierFollowUp | None:
    return min(mentioned, key=lambda f: (_recency(f), f.start), default=None)

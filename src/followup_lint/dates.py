"""Dates as people type them on the command line: ISO, "yesterday", "last Tue", "3 March".

ISO values are read with the standard library; anything else goes to dateparser (BSD), imported
only then, so a run with ISO dates or none does not pay for it.  Relative dates count from the
send date and prefer the past (an interview being checked has happened).  A numeric date such as
03/04/2026 reads differently in Europe and the US: without a date order it is an error naming
both readings, never a silent guess.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Literal

DateOrder = Literal["DMY", "MDY"]

# English names, lower case, Monday first as datetime.weekday() counts (not calendar's, which follow
# the locale)
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})")
_TIME_OF_DAY = re.compile(r"\d:\d\d|\b\d{1,2} ?[ap]\.?m\b|\bnoon\b|\bmidnight\b|\b(hours?|minutes?)\b", re.I)
_MAX_LENGTH = 60  # a date typed by a person; longer input is refused before any parser sees it


class DateError(ValueError):
    """A value that is not a date we can read; the message says why and how to write it."""


def parse_human_date(text: str, *, base: datetime | None = None, order: DateOrder | None = None) -> datetime | date:
    """``text`` as a date, or a date and time when it names a time of day.

    ``base`` is what relative words count from (the send date; default now); ``order`` reads
    numeric dates day-first (DMY) or month-first (MDY).
    """
    value = " ".join(text.split())
    if not value:
        raise DateError("an empty date")
    if len(value) > _MAX_LENGTH:
        raise DateError(f"not a date (longer than {_MAX_LENGTH} characters)")
    if _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise DateError(f"not a date: {value!r} ({exc})") from None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    numeric = _NUMERIC.fullmatch(value)
    if numeric and order is None:
        _refuse_ambiguous(value, numeric)
    return _parse_words(value, base or datetime.now(), order or "DMY")


def _refuse_ambiguous(value: str, numeric: re.Match[str]) -> None:
    first, second = int(numeric[1]), int(numeric[2])
    if first <= 12 and second <= 12 and first != second:
        year = numeric[3] if len(numeric[3]) == 4 else f"20{numeric[3]}"
        dmy = date(int(year), second, first)
        mdy = date(int(year), first, second)
        raise DateError(
            f"{value!r} could be {dmy.day} {dmy:%B %Y} (day first) or {mdy:%B} {mdy.day}, {mdy.year} (month first): "
            "write it as an ISO date (YYYY-MM-DD) or pass --date-order DMY or MDY"
        )


def _parse_words(value: str, base: datetime, order: DateOrder) -> datetime | date:
    import dateparser  # only here: ~0.3 s to import, and most runs never need it

    settings = {
        "RELATIVE_BASE": base.replace(tzinfo=None),
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": order,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month"] if not _looks_relative(value) else [],
    }
    try:
        parsed = dateparser.parse(value, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError) as exc:
        raise DateError(f"not a date: {value!r} ({exc})") from None
    if parsed is None:
        raise DateError(f"not a date: {value!r} (try 2026-03-03, 2026-03-03 14:00, yesterday, last Tuesday or 3 March)")
    when: datetime = parsed
    return when if _TIME_OF_DAY.search(value) else when.date()


_RELATIVE = re.compile(r"\b(today|yesterday|tomorrow|ago|last|this|next|mon|tue|wed|thu|fri|sat|sun)", re.I)


def _looks_relative(value: str) -> bool:
    """Relative words and weekdays name a day without naming its month."""
    return bool(_RELATIVE.search(value))


def describe(when: datetime | date) -> str:
    """How the report says which date it understood: ``Tuesday 3 March 2026`` (``, 14:00``)."""
    day = f"{when:%A} {when.day} {when:%B %Y}"
    return f"{day}, {when:%H:%M}" if isinstance(when, datetime) else day

"""Timing and frequency: when the draft is sent relative to the interview, the employer's stated
decision date and earlier follow-ups.

These kinds need context (dates).  When a date they need is unknown they stay silent and their
context hint tells the engine what to ask for.  Date-only values compare by calendar day; two
date-times compare by the clock (hours).  A naive and an aware date-time compare by wall clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Literal

from followup_lint.checks.anchors import anchor_span
from followup_lint.checks.base import (
    CheckInput,
    Params,
    RawFinding,
    RegexList,
    check_kind,
    context_hint,
    rx,
)
from followup_lint.checks.earlier_follow_ups import earlier_follow_ups, most_recent
from followup_lint.report import Edit, Suggestion

When = datetime | date


def day_of(value: When) -> date:
    return value.date() if isinstance(value, datetime) else value


def sent_time(inp: CheckInput) -> When:
    """The send time: the context's (Date: header, --date), else the current clock."""
    return inp.context.sent_at if inp.context.sent_at is not None else datetime.now()


def hours_between(start: When, end: When) -> float | None:
    """Hours from ``start`` to ``end`` when both carry a time of day, else None."""
    if not (isinstance(start, datetime) and isinstance(end, datetime)):
        return None
    if (start.tzinfo is None) != (end.tzinfo is None):
        start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    return (end - start).total_seconds() / 3600.0


def days_between(start: When, end: When, unit: str = "calendar") -> int:
    """Whole days from ``start`` to ``end`` by calendar day; ``business`` skips Saturdays and Sundays."""
    a, b = day_of(start), day_of(end)
    if unit == "calendar" or b <= a:
        return (b - a).days
    # weekdays in (a, b], counted in whole weeks and then the few days left: O(1) for any dates
    total = (b - a).days
    weeks, rest = divmod(total, 7)
    n = weeks * 5
    first = a.weekday()
    for k in range(1, rest + 1):
        if (first + k) % 7 < 5:
            n += 1
    return n


def _plural(n: float, unit: str) -> str:
    shown = int(n) if n == int(n) else round(n, 1)
    return f"{shown} {unit}{'' if shown == 1 else 's'}"


def _when_span(inp: CheckInput) -> tuple[int, int]:
    """Point at the Date: header when the draft has one, else at the top of the draft."""
    h = inp.draft.headers.get("date")
    if h is not None:
        return h.line.start, h.line.end
    return anchor_span(inp.draft, "top")


class LateThanksParams(Params):
    max_hours: float = 48.0
    acknowledge: RegexList = []  # regexes that acknowledge the delay
    apology: str = "Please excuse the delay in sending this note. "


@check_kind("late_thank_you", LateThanksParams)
def late_thank_you(inp: CheckInput, params: LateThanksParams) -> Iterator[RawFinding]:
    interview = inp.context.interview_date
    if interview is None:
        return
    sent = sent_time(inp)
    hours = hours_between(interview, sent)
    if hours is not None:
        late, elapsed = hours > params.max_hours, _plural(hours, "hour")
        if hours >= 72:
            elapsed = _plural(days_between(interview, sent), "day")
    else:
        days = days_between(interview, sent)
        late, elapsed = days > params.max_hours / 24.0, _plural(days, "day")
    if not late:
        return
    acknowledgements = [rx(p, re.IGNORECASE) for p in params.acknowledge]
    text = " ".join(p.text for p in inp.draft.part("message"))
    if any(r.search(text) for r in acknowledgements):
        return
    start, end = anchor_span(inp.draft, "body")
    at = inp.draft.body_anchor
    # Not `missing`: the fault is the date, which the reader sees at once, like a chase sent too soon
    # (FL502); the apology it asks for is the fix, not the fault.
    yield RawFinding(
        start,
        end,
        fields={"elapsed": elapsed, "limit": _plural(params.max_hours, "hour")},
        suggestions=[
            Suggestion(label="acknowledge the delay", edits=[Edit(replacement=params.apology, start=at, end=at)])
        ],
    )


@context_hint("late_thank_you", ("interview_date",))
def _late_hint(inp: CheckInput, params: LateThanksParams) -> str | None:
    return None if inp.context.interview_date else "pass --interview-date (or an Interview-Date: header)"


class TooSoonParams(Params):
    min_days: int = 7
    unit: Literal["calendar", "business"] = "calendar"
    days_after_decision: int = 1  # wait until at least this many days after a stated decision date


@check_kind("status_too_soon", TooSoonParams)
def status_too_soon(inp: CheckInput, params: TooSoonParams) -> Iterator[RawFinding]:
    ctx = inp.context
    sent = sent_time(inp)
    start, end = _when_span(inp)
    if ctx.decision_date is not None:
        try:
            earliest = ctx.decision_date + timedelta(days=params.days_after_decision)
        except OverflowError:  # a decision on the last days of year 9999: any send is too soon
            earliest = date.max
        if day_of(sent) < earliest:
            yield RawFinding(
                start,
                end,
                message=(
                    f"Too soon for a status check: the employer said it would decide by "
                    f"{ctx.decision_date.isoformat()}; wait until {earliest.isoformat()} or later."
                ),
            )
            return
    if ctx.interview_date is not None:
        days = days_between(ctx.interview_date, sent, params.unit)
        if 0 <= days < params.min_days:
            unit = "business day" if params.unit == "business" else "day"
            yield RawFinding(
                start, end, fields={"elapsed": _plural(days, unit), "limit": _plural(params.min_days, unit)}
            )


@context_hint("status_too_soon", ("interview_date", "decision_date"))
def _soon_hint(inp: CheckInput, params: TooSoonParams) -> str | None:
    if inp.context.interview_date or inp.context.decision_date:
        return None
    return "pass --interview-date (or an Interview-Date: header) and --decision-date if the employer gave one"


class GapParams(Params):
    min_days: int = 7
    # the writer's own earlier message, as the draft mentions it ("my e-mail", "I left a voicemail");
    # with a time near it in the same sentence it counts as a follow-up when the context gives none
    own_messages: RegexList = []
    mentioned_message: str = (
        "Your note mentions a follow-up sent {when} (“{said}”); leave at least {limit} between messages."
    )


@check_kind("follow_up_gap", GapParams)
def follow_up_gap(inp: CheckInput, params: GapParams) -> Iterator[RawFinding]:
    sent = day_of(sent_time(inp))
    earlier = [d for d in inp.context.previous_follow_ups if d <= sent]
    if not earlier:
        yield from _mentioned_gap(inp, params, sent)
        return
    last = max(earlier)
    days = (sent - last).days
    if days < params.min_days:
        start, end = _when_span(inp)
        yield RawFinding(
            start,
            end,
            fields={
                "elapsed": _plural(days, "day"),
                "last": last.isoformat(),
                "limit": _plural(params.min_days, "day"),
            },
        )


def _mentioned_gap(inp: CheckInput, params: GapParams, sent: date) -> Iterator[RawFinding]:
    """The most recent earlier follow-up the draft mentions, when it is under ``min_days`` old."""
    if not params.own_messages:
        return
    patterns = [rx(p, re.IGNORECASE) for p in params.own_messages]
    mentioned = [
        f for part in inp.draft.part("message") for f in earlier_follow_ups(part.text, patterns, sent, part.start)
    ]
    last = most_recent(mentioned)
    if last is None or (last.days_ago is not None and last.days_ago >= params.min_days):
        return
    if last.days_ago is None:
        when = "earlier this week"
    elif last.days_ago == 0:
        when = "earlier today"
    else:
        when = f"{_plural(last.days_ago, 'day')} ago"
    said = inp.draft.text[last.start : last.end]
    message = params.mentioned_message.format(when=when, said=said, limit=_plural(params.min_days, "day"))
    yield RawFinding(last.start, last.end, message=message)


class CountParams(Params):
    max_previous: int = 2
    within_days: int = 7  # flagged only when the latest earlier follow-up is at most this many days before


@check_kind("follow_up_count", CountParams)
def follow_up_count(inp: CheckInput, params: CountParams) -> Iterator[RawFinding]:
    sent = day_of(sent_time(inp))
    earlier = [d for d in inp.context.previous_follow_ups if d <= sent]
    # a series is bombarding only while it runs weekly or faster: after a longer silence one more
    # note is what the guidance allows ("a second check only after another week or so of silence")
    if len(earlier) > params.max_previous and (sent - max(earlier)).days <= params.within_days:
        start, end = _when_span(inp)
        yield RawFinding(start, end, fields={"count": len(earlier), "limit": params.max_previous})


def _previous_hint(inp: CheckInput, params: Params) -> str | None:
    if inp.context.previous_follow_ups:
        return None
    return "if you sent earlier follow-ups, pass --previous-follow-up DAY for each"


context_hint("follow_up_gap", ("previous_follow_ups",))(_previous_hint)
context_hint("follow_up_count", ("previous_follow_ups",))(_previous_hint)

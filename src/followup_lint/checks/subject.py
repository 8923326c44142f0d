"""Subject content: names the purpose, and the role, the date or the sender.

A subject the rule's ``skip`` pattern matches (a reply, "Re: ...", keeps the employer's subject)
is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup_lint.checks.base import (
    CheckInput,
    Params,
    RawFinding,
    Regex,
    RegexList,
    check_kind,
    rx,
)

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# A date or a weekday identifies the interview; "today" and "yesterday" do not: they name no
# meeting among the reader's many that day, and they are wrong by the time the mail is found again
# ("Thank you for today!" names no identifier in the corpus's blind labels).
_DATE = re.compile(
    rf"\b(?:\d{{1,4}}[/.-]\d{{1,2}}(?:[/.-]\d{{1,4}})?|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


class SubjectParams(Params):
    purpose_words: RegexList  # regexes naming why the message is sent
    role_words: RegexList  # regexes that name a role ("engineer", "position", "role"...)
    skip: Regex | None = None  # a regex (case-insensitive): subjects it matches are not checked, e.g. replies


@check_kind("subject_specific", SubjectParams)
def subject_specific(inp: CheckInput, params: SubjectParams) -> Iterator[RawFinding]:
    subject = inp.draft.subject
    if subject is None or not subject.text.strip():
        return
    if params.skip and rx(params.skip, re.IGNORECASE).search(subject.text):
        return
    text = subject.text
    slots = [p for p in inp.draft.placeholders if subject.start <= p.start < subject.end]
    rest = text
    for p in slots:
        rest = rest.replace(p.text, " ")
    has_purpose = any(rx(w, re.IGNORECASE).search(rest) for w in params.purpose_words)
    names = {n.lower() for n in inp.names if len(n) > 1}
    context = inp.context
    for known in (context.role, context.company, context.sender_name, *context.interviewers):
        if known:
            names.add(known.lower())
    # the role by its initials, in capitals: "CFO" for Chief Financial Officer, "SRE" ("so" in "Thank you
    # so much" is no Sales Officer)
    initials = "".join(
        w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", context.role or "") if w.lower() not in _SMALL_WORDS
    )
    by_initials = len(initials) >= 2 and re.search(rf"\b{re.escape(initials.upper())}\b", rest) is not None
    lowered = rest.lower()
    has_detail = (
        bool(slots)
        or by_initials
        or bool(_DATE.search(rest))
        or any(rx(w, re.IGNORECASE).search(rest) for w in params.role_words)
        or any(re.search(rf"\b{re.escape(n)}\b", lowered) for n in names)
        or _has_proper_noun(rest)
    )
    missing = []
    if not has_purpose:
        missing.append("the purpose (a thank-you, a follow-up, the interview)")
    if not has_detail:
        missing.append("the role, the interview date or your name")
    if missing:
        yield RawFinding(subject.start, subject.end, fields={"missing": " and ".join(missing)})


_SMALL_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on", "at"})


def _has_proper_noun(text: str) -> bool:
    """A capitalised word after the first (a name or a role title), ignoring Title Case subjects."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if len(words) < 2:
        return False
    later = words[1:]
    caps = [w for w in later if w[0].isupper()]
    small = {"a", "an", "the", "for", "of", "on", "to", "and", "in", "at", "with", "about", "my", "our", "your"}
    title_case = all(w[0].isupper() or w.lower() in small for w in later)
    if title_case:
        # Title Case everywhere: a capital says nothing; a trailing "- Name" still does.
        return bool(re.search(r"[-–—|:]\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s*$", text))
    return bool(caps)

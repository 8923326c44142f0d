"""Names a draft may legitimately use: people and organisations from its headers, greeting,
signature and context.  Spelling and specificity checks do not flag them."""

from __future__ import annotations

import re
from email.utils import getaddresses

from followup_lint.context import Context
from followup_lint.dates import MONTH_NAMES, WEEKDAY_NAMES
from followup_lint.draft import Draft

_MAIL_HOSTS = {
    "gmail",
    "googlemail",
    "outlook",
    "hotmail",
    "yahoo",
    "icloud",
    "proton",
    "protonmail",
    "example",
    "live",
    "msn",
    "aol",
    "gmx",
    "mail",
    "fastmail",
    "zoho",
    "co",
}


# the caller or writer naming themselves at the start of a voicemail or a one-paragraph note ("Hi
# Sarah, it's Tegan Moore", "G'day Karen, Brett Walsh here", "this is Dana Ruiz"): their own name,
# not a detail of the interview (blind batch of 2026-12-05); capitalised words only, at most three
_NAME = r"(?-i:[A-Z][a-z'’-]{1,30})(?:[ \t](?-i:[A-Z][a-z'’-]{1,30})){0,2}"
_SELF_INTRODUCED = re.compile(
    rf"\b(?:this is|it's|it’s|it is|my name is)[ \t]+({_NAME})|(?:^|[,.!;:][ \t]{{0,3}})({_NAME})[ \t]+here\b",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset((*WEEKDAY_NAMES, *MONTH_NAMES, "i"))
_OPENING = 200  # characters of the body searched: a self-introduction opens the note


def _self_introduced(draft: Draft) -> set[str]:
    body = draft.body.text[:_OPENING] if draft.body else ""
    found: set[str] = set()
    for m in _SELF_INTRODUCED.finditer(body):
        name = m.group(1) or m.group(2)
        if name and name.split()[0].lower() not in _NOT_NAMES:
            found.add(name)
    return found


def known_names(draft: Draft, ctx: Context) -> frozenset[str]:
    """People and organisations the draft may legitimately name (not typos, not specifics)."""
    names: set[str] = set()
    for key in ("to", "cc", "from"):
        value = draft.header(key)
        if value:
            for display, addr in getaddresses([value]):
                if display:
                    names.add(display.strip().strip('"'))
                domain = addr.rpartition("@")[2].split(".")
                if len(domain) >= 2 and domain[-2] not in _MAIL_HOSTS:
                    names.add(domain[-2])  # ana@initech.com: the company is likely "Initech"
    if draft.signature:
        first = draft.signature.text.strip().splitlines()[0] if draft.signature.text.strip() else ""
        if first and len(first) <= 40:
            names.add(first.strip())
    if draft.salutation:
        m = re.match(r"^\s*\w+[ ,]+(.+?)[,:!.]*\s*$", draft.salutation.text)
        if m:
            names.add(m.group(1))
    names |= _self_introduced(draft)
    for v in (ctx.company, ctx.role, ctx.sender_name, *ctx.interviewers):
        if v:
            names.add(v)
    return frozenset(n for n in names if n)

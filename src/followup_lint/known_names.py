"""Names a draft may legitimately use: people and organisations from its headers, greeting,
signature and context.  Spelling and specificity checks do not flag them."""

from __future__ import annotations

import re
from email.utils import getaddresses

from followup_lint.context import Context
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
    for v in (ctx.company, ctx.role, ctx.sender_name, *ctx.interviewers):
        if v:
            names.add(v)
    return frozenset(n for n in names if n)

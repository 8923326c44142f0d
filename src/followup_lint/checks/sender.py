"""The sender's address: a jokey or suggestive ``From:`` address undercuts a professional note.

Only the local part (before the ``@``) is judged, against words (matched anywhere in it, so
"partyboy87" hits "party") and regular expressions (numbers like 69 or 420 standing alone).
Without a ``From:`` header there is nothing to judge and the check stays silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.utils import getaddresses

from followup_lint.checks.base import (
    CheckInput,
    Params,
    RawFinding,
    RegexList,
    check_kind,
    rx,
)


class SenderParams(Params):
    words: list[str] = []
    patterns: RegexList = []


@check_kind("sender_address", SenderParams)
def sender_address(inp: CheckInput, params: SenderParams) -> Iterator[RawFinding]:
    header = inp.draft.headers.get("from")
    if header is None:
        return
    for _, addr in getaddresses([header.value]):
        if "@" not in addr:
            continue
        local = addr.split("@", 1)[0]
        lowered = local.lower()
        hit = next((w for w in params.words if w.lower() in lowered), None)
        if hit is None:
            m = next((m for p in params.patterns if (m := rx(p, re.IGNORECASE).search(local))), None)
            hit = m.group(0) if m else None
        if hit is None:
            continue
        at = header.value.find(addr)
        start = header.value_part.start + max(at, 0)
        end = start + len(addr) if at >= 0 else header.value_part.end
        yield RawFinding(start, end, fields={"match": addr, "why": hit})

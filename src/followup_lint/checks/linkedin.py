"""LinkedIn note length: a connection request has a hard cap (200 characters, 300 with Premium); a
message to an existing connection does not.  Which one a note is comes from the context
(``linkedin_connected``) or, failing that, from the note itself, and the finding names the cue.

Every character counts, from the first character of the greeting to the last of the signature,
line breaks included: that is what LinkedIn counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup_lint.checks.base import CheckInput, Params, RawFinding, RegexList, check_kind, rx
from followup_lint.report import Severity


class LinkedInLengthParams(Params):
    request_max: int = 200  # free accounts
    premium_max: int = 300  # Premium accounts; over this no connection note can be sent
    message_max: int = 8000  # a message to a connection
    # Words that mark a note sent with a connection request (case-insensitive, linear patterns).
    request_cues: RegexList = []
    # Words that mark a message in an existing conversation.
    message_cues: RegexList = []


def _span(inp: CheckInput) -> tuple[int, int] | None:
    draft = inp.draft
    pieces = [p for p in (draft.salutation, *draft.paragraphs, draft.closing, draft.signature) if p is not None]
    if not pieces:
        return None
    return min(p.start for p in pieces), max(p.end for p in pieces)


def _cue(patterns: list[str], text: str) -> str | None:
    for p in patterns:
        m = rx(p, re.IGNORECASE).search(text)
        if m:
            return m.group(0)
    return None


@check_kind("linkedin-length", LinkedInLengthParams)
def linkedin_length(inp: CheckInput, params: LinkedInLengthParams) -> Iterator[RawFinding]:
    span = _span(inp)
    if span is None:
        return
    start, end = span
    text = inp.draft.text[start:end]
    count = len(text)
    connected = inp.context.linkedin_connected
    if connected is not None:
        kind, why = ("message" if connected else "request"), "the context (linkedin_connected)"
    elif (cue := _cue(params.message_cues, text)) is not None:
        kind, why = "message", f"“{cue}”"
    elif (cue := _cue(params.request_cues, text)) is not None:
        kind, why = "request", f"“{cue}”"
    elif count > params.premium_max:
        kind, why = "message", f"its length (no connection note runs past {params.premium_max})"
    else:
        kind, why = "unknown", ""
    if kind == "message":
        if count > params.message_max:
            yield RawFinding(
                start + params.message_max,
                end,
                message=(
                    f"The message runs to {count} characters; LinkedIn holds {params.message_max} "
                    f"(read as a message to a connection from {why})."
                ),
            )
        return
    if count <= params.request_max:
        return
    if kind == "request" and count > params.premium_max:
        yield RawFinding(
            start + params.request_max,
            end,
            message=(
                f"The note runs to {count} characters; a connection request holds {params.request_max} "
                f"({params.premium_max} with Premium), so it cannot be sent as it is (read as a connection "
                f"request from {why}). Cut it to thanks and one line of interest."
            ),
        )
    elif kind == "request":
        yield RawFinding(
            start + params.request_max,
            end,
            message=(
                f"The note runs to {count} characters; a connection request holds {params.request_max} on a "
                f"free account and {params.premium_max} with Premium (read as a connection request from {why})."
            ),
            # a tip: good published connection requests run to the Premium limit (LABELLING.md
            # faults only a request over 300 characters)
            severity=Severity.INFO,
        )
    else:
        yield RawFinding(
            start + params.request_max,
            end,
            message=(
                f"The note runs to {count} characters: fine as a message to a connection, but a connection "
                f"request holds {params.request_max} ({params.premium_max} with Premium). Set "
                "linkedin_connected in the context to say which it is."
            ),
            severity=Severity.INFO,
        )

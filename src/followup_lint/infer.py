"""Guess a draft's purpose and channel from cues in its text, and say which cue decided.

Used only when neither the caller, nor the draft's own ``Purpose:``/``Channel:`` header, nor the
configuration says.  Each guess returns ``(value, cue)`` where the cue is ready to follow "inferred from", e.g.
``“any update on”`` or ``the Subject: header``; ``None`` means no cue was found and the
engine falls back to the default (thank-you, email).

Purpose: a reply to a rejection has unmistakable phrases ("sorry to hear", "decided to move
forward with other candidates" in the quoted message, "disappointed", "keep me in mind"); a status
check asks where things stand ("checking in", "any update", "haven't heard", "just following
up", "following up again", or a bare "Following up" subject); a thank-you thanks for the
interview.  A reply that argues with a rejection ("reconsider your decision", "you made the wrong
call") is still a rejection reply.  A plain "following up" in the body is not a cue ("I look
forward to following up" closes many thank-yous).  Rejection cues win over status cues, which win over thank-you cues, because a
status check and a rejection reply usually thank the reader too.

Channel: e-mail headers (``Subject:``, an address in ``To:``/``From:``) mean e-mail; a call script
has stage directions or phone phrases ("[pause]", "this is Lee calling", "voicemail"); a printed
letter has a date line and address block before the greeting, or a formal "Dear X:" with
"Sincerely"; a LinkedIn note names the network or asks to connect and has no subject.
"""

from __future__ import annotations

import re

from followup_lint.checks.base import rx
from followup_lint.draft import Draft

Guess = tuple[str, str]

_REJECTION = [
    r"sorry to hear",
    r"(?:i am|i'm|i was|while i'm|while i am|although i'm|although i am)\s+(?:\w+\s+)?disappointed",
    r"disappointed (?:to|by|with)",
    r"thank you for letting me know",
    r"thanks for letting me know",
    r"(?:decided|decision) to (?:move forward|proceed|go) with (?:another|other) (?:candidates?|applicants?)",
    r"not (?:been )?selected",
    r"not moving forward with my",
    r"(?:understand|respect|accept) (?:your|the) decision",
    r"the position has been filled",
    r"(?:other|another) candidate",
    r"keep me in mind for (?:future|other)",
    r"feedback on (?:my|the) (?:interview|application|candidacy)",
    r"unfortunately,? (?:we|the team|they)",
    # a reply that argues with the rejection is still a reply to a rejection
    r"reconsider (?:your|the|this|that) (?:decision|choice)",
    r"you(?:'ve| have| are|'re)? (?:made|making) (?:the|a) (?:(?:wrong|bad|poor) (?:call|decision|choice)|(?:big |huge |serious )?mistake)",
]
_STATUS = [
    r"checking in",
    r"check in on",
    r"any (?:update|news)",
    r"an update on",
    r"(?:haven't|have not|had not|hadn't) (?:I |we )?(?:yet )?heard",
    r"(?:wanted|want|writing) to follow up on (?:my|our|the) (?:interview|application|conversation)",
    r"following up on (?:my|our|the) (?:interview|application|conversation)",
    r"status of (?:my|the) (?:application|candidacy|search|hiring)",
    r"where things stand",
    r"touch(?:ing)? base",
    r"timeline you (?:mentioned|gave|shared)",
    r"(?:since|after) (?:my|our) (?:interview|conversation) (?:on|last)",
    r"still (?:very )?(?:interested|keen|excited)",
    r"just (?:wanted to |writing to )?follow(?:ing)?[- ]up\b",
    r"follow(?:ing)?[- ]up (?:again|once more|one more time)\b",
]
# A subject that is nothing but "Following up" (or "Just following up", "Re: Following up again").
_STATUS_SUBJECT = [
    r"^\s*(?:re:\s*)?(?:just\s+)?follow(?:ing)?[- ]?up(?:\s+again)?\s*[.!?…]*\s*$",
]
_THANKS = [
    r"thank(?:s| you) (?:so much |very much |again )?for\b[^.!?\n]{0,40}?\b(?:interview|meeting|conversation|chat|call|talk|time|opportunity)\b",
    r"thank you for (?:taking|meeting|the (?:interview|opportunity|time|conversation)|speaking|your time|interviewing)",
    r"thanks for (?:taking|meeting|the (?:interview|time|conversation)|your time)",
    r"(?:enjoyed|pleasure) (?:meeting|speaking|talking)",
    r"(?:grateful|appreciate) (?:for )?(?:the|your) time",
]
_CALL = [
    r"\[(?:pause|beat|wait|if voicemail|voicemail|if (?:they|she|he) answers?)[^\]]*\]",
    r"\((?:pause|wait)\)",
    r"this is [A-Z][a-z]+(?: [A-Z][a-z]+)? calling",
    r"\bcalling (?:to|about|regarding)\b",
    r"\bvoicemail\b",
    r"you can reach me (?:at|on)",
    r"call me back",
    r"my (?:number|phone number|cell) is",
    r"\bleave a message\b",
]
_LINKEDIN = [
    r"\blinked ?in\b(?!\.com)",
    r"\bconnect(?:ing|ed)? (?:here|with you|on)\b",
    r"\bconnection request\b",
    r"\binmail\b",
    r"\bstay connected\b",
    r"\bconnect\b",
]
_DATE_LINE = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})$",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r"^\d+\s+\w+.*\b(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|suite)\b\.?"
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?$|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$|^p\.?o\.? box\b",
    re.IGNORECASE,
)
_FORMAL_CLOSING = re.compile(
    r"^(?:sincerely|yours sincerely|sincerely yours|yours faithfully|yours truly|respectfully)", re.IGNORECASE
)


def _message(draft: Draft) -> str:
    return "\n".join(p.text for p in draft.part("message"))


def _first(patterns: list[str], text: str, flags: int = re.IGNORECASE) -> str | None:
    best: re.Match[str] | None = None
    for p in patterns:
        m = rx(p, flags).search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return f"“{best.group(0)}”" if best else None


def infer_purpose(draft: Draft) -> Guess | None:
    """``(purpose, cue)`` from the draft's words, or None when nothing points anywhere."""
    own = _message(draft)
    quoted = "\n".join(q.text for q in draft.quoted)
    subject = draft.subject.text if draft.subject else ""
    cue = _first(_REJECTION, own) or _first([*_REJECTION[5:7], r"unfortunately"], quoted)
    if cue:
        return "rejection-reply", cue
    cue = _first(_STATUS, own) or _first([*_STATUS[:6], *_STATUS_SUBJECT], subject)
    if cue:
        return "status-check", cue
    cue = _first(_THANKS, own) or _first([r"thank(?:s| you)"], subject)
    if cue:
        return "thank-you", cue
    return None


def infer_channel(draft: Draft) -> Guess | None:
    """``(channel, cue)`` from the draft's form and words, or None when nothing points anywhere."""
    if draft.subject is not None and draft.subject.text.strip():
        return "email", "the Subject: header"
    for key in ("to", "from"):
        value = draft.header(key)
        if value and "@" in value:
            return "email", f"the e-mail address in the {key.capitalize()}: header"
    own = "\n".join(p.text for p in (draft.salutation, *draft.paragraphs) if p)
    cue = _first(_CALL, own, 0) or _first(_CALL[:2] + _CALL[3:], own)
    if cue:
        return "call", cue
    if draft.preamble is not None:
        lines = [ln.strip() for ln in draft.preamble.text.splitlines() if ln.strip()]
        dated = next((ln for ln in lines if _DATE_LINE.match(ln)), None)
        if dated:
            return "letter", f"the date line “{dated}”"
        addressed = next((ln for ln in lines if _ADDRESS.search(ln)), None)
        if addressed:
            return "letter", f"the address line “{addressed}”"
    sal = draft.salutation.text.strip() if draft.salutation else ""
    if (
        sal.lower().startswith("dear")
        and sal.endswith(":")
        and draft.closing
        and _FORMAL_CLOSING.match(draft.closing.text.strip())
    ):
        return "letter", f"the formal “{sal}” … “{draft.closing.text.strip()}”"
    cue = _first(_LINKEDIN, own)
    if cue:
        return "linkedin", cue
    return None

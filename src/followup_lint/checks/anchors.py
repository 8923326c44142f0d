"""Where something missing belongs, as a span a finding can point at."""

from __future__ import annotations

import re

from followup_lint.draft import Draft

_BREAK = re.compile(r"\r\n|\r|\n")

# Human words for each anchor, used in "missing" messages.
WHERE = {
    "subject": "the subject line",
    "salutation": "the greeting",
    "body": "the start of the body",
    "body-end": "the end of the body",
    "signature": "the sign-off",
    "top": "the top of the draft",
}


def _line_from(text: str, start: int) -> tuple[int, int]:
    m = _BREAK.search(text, start)
    end = m.start() if m else len(text)
    return start, max(start, end)


def anchor_span(draft: Draft, where: str) -> tuple[int, int]:
    """A span on the line where a missing part belongs (empty only when the draft is empty)."""
    text = draft.text
    if where == "subject":
        if draft.subject is not None:
            h = draft.headers.get("subject")
            return (h.line.start, h.line.end) if h else (draft.subject.start, draft.subject.end)
        return _line_from(text, 0) if not draft.headers else _first_header_line(draft)
    if where == "salutation":
        if draft.salutation:
            return draft.salutation.start, draft.salutation.end
        return _line_from(text, draft.body_anchor)
    if where == "body-end":
        if draft.paragraphs:
            last = draft.paragraphs[-1]
            starts = [m.end() for m in _BREAK.finditer(text, last.start, last.end)]
            return _line_from(text, starts[-1] if starts else last.start)
        return _line_from(text, draft.body_anchor)
    if where == "signature":
        at = draft.signature_anchor
        if draft.closing or draft.signature:
            return _line_from(text, at)
        return anchor_span(draft, "body-end")
    if where == "top":
        return _line_from(text, 0)
    return _line_from(text, draft.body_anchor)


def _first_header_line(draft: Draft) -> tuple[int, int]:
    first = min(draft.headers.values(), key=lambda h: h.line.start)
    return first.line.start, first.line.end

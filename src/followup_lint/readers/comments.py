"""Comments in a draft file, for suppressions such as ``<!-- followup-lint: disable=FL301 -->``.

``<!-- ... -->`` in Markdown and HTML, ``{# ... #}`` (and ``<!-- ... -->``, for HTML
templates) in Jinja templates.  Plain text and e-mails have no comments.  Lines are 1-based
lines of the file text given (the decoded file, front matter included).
"""

from __future__ import annotations

import re

from followup_lint.spans import LineIndex

# A comment body never runs past the next opener, so unclosed openers cost linear time in all.
_HTML = re.compile(r"<!--((?:(?!<!--).)*?)-->", re.DOTALL)
_JINJA = re.compile(r"\{#-?((?:(?!\{#).)*?)-?#\}", re.DOTALL)


def comments(draft_file_text: str, reader: str) -> list[tuple[int, str]]:
    """``(line, comment text)`` for each comment, in file order; the text is stripped."""
    from followup_lint.readers import canonical_reader

    kind = canonical_reader(reader)
    draft_file_text = draft_file_text.removeprefix("\ufeff")
    if kind in ("md", "html"):
        patterns = [_HTML]
    elif kind == "jinja":
        patterns = [_JINJA, _HTML]
    else:
        return []
    index = LineIndex(draft_file_text)
    found: list[tuple[int, int, str]] = []
    for pattern in patterns:
        for m in pattern.finditer(draft_file_text):
            found.append((m.start(), index.position(m.start())[0], m.group(1).strip()))
    found.sort()
    return [(line, text) for _, line, text in found]

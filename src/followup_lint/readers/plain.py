"""Plain-text drafts (.txt and any unknown extension).

The file is decoded as UTF-8 (a BOM is dropped; CRLF is kept; offsets are code points).
Optional front matter (see frontmatter.py) is read into ``meta`` and left out of the draft
text; ``Subject:``/``To:`` lines at the top are found by ``parse_draft`` itself.
"""

from __future__ import annotations

import re

from followup_lint.draft import Draft, parse_draft
from followup_lint.readers._base import TextBuilder, copy_without, decode_text, truthy
from followup_lint.readers.frontmatter import add_subject_line, line_break, split_front_matter


def read(data: bytes, *, path: str, template: bool | None = None) -> list[Draft]:
    text = decode_text(data, path)
    return [draft_from_text(text, path=path, template=template, reader="txt")]


def draft_from_text(
    text: str,
    *,
    path: str,
    template: bool | None,
    reader: str,
    drop: re.Pattern[str] | None = None,
    meta: dict[str, str] | None = None,
    auto_template: bool = False,
) -> Draft:
    """One draft from decoded file text: front matter to ``meta``, the rest as the draft.

    ``drop`` removes comment-only lines from the draft text (they stay in the file and are
    found by ``comments()`` for suppressions).
    """
    fm = split_front_matter(text, path)
    all_meta = dict(meta or {})
    builder = TextBuilder()
    body_start = 0
    if fm is not None:
        all_meta.update(fm.meta)
        body_start = fm.body_start
        add_subject_line(builder, fm, text[body_start:], line_break(text))
    copy_without(builder, text, body_start, len(text), drop)
    all_meta["reader"] = reader
    mode = resolve_template(template, all_meta, auto_template)
    draft_text = builder.text
    if not draft_text.strip():
        from followup_lint.errors import FollowupLintError

        raise FollowupLintError("no draft text after the front matter", path)
    return parse_draft(
        draft_text,
        path=path,
        source_map=builder.source_map(text),
        meta=all_meta,
        template=mode,
        parse_headers=True,
    )


def resolve_template(forced: bool | None, meta: dict[str, str], automatic: bool) -> bool:
    """Template mode: the ``template`` argument, else a ``template:`` front-matter key, else
    the reader's automatic choice."""
    if forced is not None:
        return forced
    from_meta = truthy(meta.get("template"))
    if from_meta is not None:
        return from_meta
    return automatic

"""Markdown drafts (.md, .markdown).

A single draft: optional front matter (frontmatter.py), then the Markdown text as written.
Only comment-only lines (``<!-- ... -->`` alone on their lines) are left out of the draft text;
everything else keeps its exact place.

A *multi-template document* holds several templates, one per heading:

    # Follow-up templates

    ## Thank-you note
    Subject: Thank you, {{ interviewer }}

    ```text
    Hi {{ interviewer }},
    ...
    ```

    ## Status check
    **Subject:** Checking in on the {{ role }} role
    ~~~
    Hi {{ recruiter }},
    ...
    ~~~

The rule: the document is multi-template when at least one *template fence* comes after an
ATX heading (``#`` to ``######``).  A template fence is a fenced code block (```` ``` ```` or
``~~~``) whose info string is empty or one of text, txt, plain, plaintext, email, eml, mail,
markdown, md, jinja, jinja2, j2, template, tmpl (a ``python`` or ``yaml`` block is an example,
not a template).  Each template fence under a heading is one draft:

* label: the nearest heading above it (a second fence under the same heading is labelled
  "Heading (2)", and repeated headings are numbered the same way);
* subject: the last ``Subject: ...`` line (also ``**Subject:** ...``, ``- Subject: ...``,
  ``Subject line: ...``, the value optionally in backticks) between the heading (or the
  previous fence) and the fence, unless the fenced text starts with its own Subject line;
* text: ``Subject: <subject>`` + a blank line + the fenced lines (with the fence's own
  indentation removed).  The subject value and every fenced line map to the document.

Text outside template fences (intros, notes) is documentation and is not linted.  Front matter
``meta`` applies to every template.  Templates are in template mode when they contain
placeholders (``{{ name }}``, ``[Company]``, ...), unless ``template`` is forced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from followup_lint.draft import PLACEHOLDER, Draft, parse_draft
from followup_lint.readers._base import HTML_COMMENT_LINE, TextBuilder, add_warning, decode_text
from followup_lint.readers.frontmatter import (
    body_has_subject,
    line_break,
    split_front_matter,
    starts_with_header,
)
from followup_lint.readers.plain import draft_from_text, resolve_template

TEMPLATE_INFO = {
    "",
    "text",
    "txt",
    "plain",
    "plaintext",
    "email",
    "eml",
    "mail",
    "markdown",
    "md",
    "jinja",
    "jinja2",
    "j2",
    "template",
    "tmpl",
}
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
# Possessive runs, and values as blank-separated runs: linear on long runs (tests/test_regex_audit.py).
_FENCE_OPEN = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}+|~{3,}+)[ \t]*+(?P<info>(?:[ \t]*+[^ \t\r\n])*+)[ \t]*$")
_HEADING = re.compile(r"^ {0,3}(?P<hashes>#{1,6})(?:[ \t]+(?P<text>.*?))?(?:[ \t]+#+)?[ \t]*$")
_SUBJECT = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?P<pre>(?:\*\*|__|\*|_)?)Subject(?:[ \t]+line)?"
    r"(?:(?P=pre)[ \t]*:|[ \t]*:(?P=pre))[ \t]*+"
    r"(?P<value>(?:[ \t]*+[^ \t\n])*+)[ \t]*$",
    re.IGNORECASE,
)


@dataclass
class _Line:
    start: int  # offset of the line in the file text
    content: str  # without its line break
    raw: str  # with its line break


@dataclass
class TemplateBlock:
    label: str
    heading_start: int
    subject: tuple[int, str] | None  # (offset of the value in the file, value)
    subject_line: _Line | None
    lines: list[tuple[int, str]] = field(default_factory=list)  # (offset, line text incl. break)
    open_line: int = 0  # 1-based line of the opening fence
    closed: bool = True


def read(data: bytes, *, path: str, template: bool | None = None) -> list[Draft]:
    text = decode_text(data, path)
    fm = split_front_matter(text, path)
    start = fm.body_start if fm is not None else 0
    blocks = find_templates(text, start)
    if not blocks:
        return [draft_from_text(text, path=path, template=template, reader="md", drop=HTML_COMMENT_LINE)]
    meta = dict(fm.meta) if fm is not None else {}
    meta["reader"] = "md"
    newline = line_break(text)
    drafts = []
    for block in blocks:
        drafts.append(_template_draft(text, block, meta, path, template, newline))
    return drafts


def _lines(text: str, start: int) -> list[_Line]:
    out = []
    for m in _LINE.finditer(text, start):
        if m.start() == m.end():
            break
        raw = m.group(0)
        out.append(_Line(m.start(), raw.rstrip("\r\n"), raw))
    return out


def find_templates(text: str, start: int = 0) -> list[TemplateBlock]:
    """The template fences of a multi-template document, in order (empty: not one)."""
    lines = _lines(text, start)
    blocks: list[TemplateBlock] = []
    heading: tuple[str, int] | None = None
    subject: _Line | None = None
    per_heading = 0
    labels: dict[str, int] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        fm = _FENCE_OPEN.match(line.content)
        if fm and not (fm.group("fence")[0] == "`" and "`" in fm.group("info")):
            fence = fm.group("fence")
            indent = len(fm.group("indent"))
            info = fm.group("info").split()[0].lower() if fm.group("info").strip() else ""
            close = re.compile(r"^ {0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$")
            j = i + 1
            body: list[tuple[int, str]] = []
            while j < len(lines) and not close.match(lines[j].content):
                ln = lines[j]
                cut = min(indent, len(ln.raw) - len(ln.raw.lstrip(" ")))
                body.append((ln.start + cut, ln.raw[cut:]))
                j += 1
            closed = j < len(lines)
            if heading is not None and info.lower() in TEMPLATE_INFO:
                per_heading += 1
                label = heading[0] if per_heading == 1 else f"{heading[0]} ({per_heading})"
                labels[label] = labels.get(label, 0) + 1
                if labels[label] > 1:
                    label = f"{label} ({labels[label]})"
                subj = None
                if subject is not None:
                    sm = _SUBJECT.match(subject.content)
                    assert sm is not None
                    value, vstart = sm.group("value"), subject.start + sm.start("value")
                    if len(value) >= 2 and value[0] == value[-1] == "`":
                        value, vstart = value[1:-1], vstart + 1
                    subj = (vstart, value)
                blocks.append(
                    TemplateBlock(
                        label,
                        heading[1],
                        subj,
                        subject,
                        body,
                        open_line=_line_no(text, line.start),
                        closed=closed,
                    )
                )
                subject = None
            i = j + 1
            continue
        hm = _HEADING.match(line.content)
        if hm:
            heading = ((hm.group("text") or "").strip() or hm.group("hashes"), line.start)
            per_heading = 0
            subject = None
        elif heading is not None and _SUBJECT.match(line.content):
            subject = line
        i += 1
    return blocks


def _line_no(text: str, offset: int) -> int:
    return len(re.findall(r"\r\n|\r|\n", text[:offset])) + 1


def _template_draft(
    text: str,
    block: TemplateBlock,
    meta: dict[str, str],
    path: str,
    template: bool | None,
    newline: str,
) -> Draft:
    builder = TextBuilder()
    body_text = "".join(chunk for _, chunk in block.lines)
    draft_meta = dict(meta)
    if block.subject is not None and not body_has_subject(body_text):
        vstart, value = block.subject
        line = block.subject_line
        assert line is not None
        prefix_start = vstart - len("Subject: ")
        if prefix_start >= line.start and text[prefix_start:vstart] == "Subject: ":
            builder.verbatim("Subject: " + value, prefix_start)
        else:
            builder.synthetic("Subject: ", vstart)
            builder.verbatim(value, vstart)
        builder.synthetic(newline, vstart + len(value))
        if not starts_with_header(body_text) and body_text[:1] not in ("\r", "\n"):
            builder.synthetic(newline, vstart + len(value))  # a blank line ends the headers
    for offset, chunk in block.lines:
        builder.verbatim(chunk, offset)
    if not block.closed:
        add_warning(draft_meta, f"the fenced block opened on line {block.open_line} is never closed")
    if not block.lines or not body_text.strip():
        add_warning(draft_meta, f"the template under '{block.label}' is empty")
    if not builder.length:
        builder.synthetic(" ", block.heading_start)
    draft_text = builder.text
    automatic = bool(PLACEHOLDER.search(draft_text))
    return parse_draft(
        draft_text,
        path=path,
        label=block.label,
        source_map=builder.source_map(text),
        meta=draft_meta,
        template=resolve_template(template, draft_meta, automatic),
        parse_headers=True,
    )

"""Reports -> what an editor shows: diagnostics, quick fixes and hovers, in the client's units.

A finding's span is in code points of the draft's text; the draft may be a rebuild of the
document (front matter dropped, an e-mail body decoded), so spans go through the draft's
source map to offsets in the document, and from there to LSP positions.  A suggested edit is
offered only where the draft's text at that span is a verbatim copy of the document's: an edit
of rebuilt text could not be placed truthfully.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lsprotocol import types

from followup_lint.notices import FAILS_RUN
from followup_lint.report import Finding, Severity, Suggestion
from followup_lint.server.documents import Document, DocumentResult, DraftResult
from followup_lint.server.positions import DocumentLines
from followup_lint.server.settings import Settings, rule_url

SOURCE = "followup-lint"
FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.followup-lint"
UNSAFE_KIND = f"{types.CodeActionKind.QuickFix.value}.unsafe"

_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


@dataclass(frozen=True)
class Fix:
    """One suggestion as edits of the document: (start, end, replacement) in code points."""

    label: str
    safe: bool
    edits: tuple[tuple[int, int, str], ...]


@dataclass
class Item:
    """A finding placed in the document, with its diagnostic and the fixes that can be placed."""

    finding: Finding
    start: int
    end: int
    diagnostic: types.Diagnostic
    fixes: list[Fix] = field(default_factory=list)


@dataclass
class Published:
    """What the client was last sent for a document: kept to answer code actions and hovers."""

    document: Document
    lines: DocumentLines
    items: list[Item]
    diagnostics: list[types.Diagnostic]
    rule_pages: dict[str, str] = field(default_factory=dict)


def is_safe(suggestion: Suggestion) -> bool:
    """Whether a suggestion only changes form, never the sender's words (marked by the rule)."""
    return bool(getattr(suggestion, "safe", False))


def _shift(doc: Document, draft: DraftResult) -> int:
    """Readers drop a byte-order mark; the editor's text may still start with one."""
    file_text = draft.source_map.file_text if draft.source_map else draft.draft_text
    return 1 if doc.text.startswith("\ufeff") and not file_text.startswith("\ufeff") else 0


def _file_offset(draft: DraftResult, offset: int) -> int:
    return draft.source_map.file_offset(offset) if draft.source_map else offset


def _verbatim_span(draft: DraftResult, start: int, end: int) -> tuple[int, int] | None:
    """Document offsets of draft text ``[start, end)`` when it is copied verbatim, else None."""
    sm = draft.source_map
    span: tuple[int, int] | None = (start, end)
    if sm is not None and sm.segments:
        span = next(
            (
                (seg.file_start + start - seg.start, seg.file_start + end - seg.start)
                for seg in sm.segments
                if seg.end > seg.start and seg.start <= start and end <= seg.end
            ),
            None,
        )
    if span is None:
        return None
    file_text = sm.file_text if sm is not None else draft.draft_text
    if file_text[span[0] : span[1]] != draft.draft_text[start:end]:
        return None
    return span


def _fix(draft: DraftResult, suggestion: Suggestion, shift: int) -> Fix | None:
    edits = []
    for edit in suggestion.edits:
        span = _verbatim_span(draft, edit.start, edit.end)
        if span is None:
            return None
        edits.append((span[0] + shift, span[1] + shift, edit.replacement))
    if not edits:
        return None
    return Fix(suggestion.label, is_safe(suggestion), tuple(sorted(edits)))


def _range(lines: DocumentLines, start: int, end: int) -> types.Range:
    sl, sc = lines.position(start)
    el, ec = lines.position(end)
    return types.Range(types.Position(sl, sc), types.Position(el, ec))


def build(doc: Document, result: DocumentResult, settings: Settings, encoding: str) -> Published:
    """Place every finding of ``result`` in ``doc``, in the client's position encoding."""
    lines = DocumentLines(doc.text, encoding)
    items: list[Item] = []
    extra: list[types.Diagnostic] = []
    if result.problem is not None:
        extra.append(
            types.Diagnostic(
                range=types.Range(types.Position(0, 0), types.Position(0, len(lines.line_text(0)))),
                message=result.problem,
                severity=types.DiagnosticSeverity.Error,
                source=SOURCE,
            )
        )
    many = len(result.drafts) > 1
    for draft in result.drafts:
        shift = _shift(doc, draft)
        report = draft.report
        for f in report.findings:
            start = _file_offset(draft, f.start) + shift
            end = max(start, _file_offset(draft, f.end) + shift)
            rule = result.rules.get(f.code)
            href = rule_url(settings.rule_url, f.code, rule.name if rule else f.name)
            diagnostic = types.Diagnostic(
                range=_range(lines, start, end),
                message=f.message,
                severity=_SEVERITY[f.severity],
                code=f.code,
                code_description=types.CodeDescription(href=href),
                source=SOURCE,
            )
            fixes = [fx for s in f.suggestions if (fx := _fix(draft, s, shift)) is not None]
            items.append(Item(f, start, end, diagnostic, fixes))
        at = _file_offset(draft, 0) + shift
        where = _range(lines, at, at)
        label = f" [{report.label}]" if many and report.label else ""
        if settings.show_score and report.score is not None:
            cats = ", ".join(f"{k} {v:g}" for k, v in report.category_scores.items())
            extra.append(
                types.Diagnostic(
                    range=where,
                    message=f"score {report.score:g}/100{label}" + (f" ({cats})" if cats else ""),
                    severity=types.DiagnosticSeverity.Information,
                    code="score",
                    source=SOURCE,
                )
            )
        if settings.show_notices:
            for notice in report.notices:
                extra.append(
                    types.Diagnostic(
                        range=where,
                        message=notice.message + label,
                        # a crashed check means missing findings: worth more than a hint
                        severity=(
                            types.DiagnosticSeverity.Warning
                            if notice.code in FAILS_RUN
                            else types.DiagnosticSeverity.Hint
                        ),
                        code=notice.code,
                        source=SOURCE,
                    )
                )
    pages = {}
    from followup_lint.explain import rule_page

    for code in {i.finding.code for i in items}:
        if code in result.rules:
            pages[code] = rule_page(result.rules[code], heading="###")
    return Published(doc, lines, items, [*extra, *(i.diagnostic for i in items)], pages)


# --- code actions -----------------------------------------------------------------------------


def _wanted(kind: str, only: list[str] | None) -> bool:
    return not only or any(kind == o or kind.startswith(o + ".") for o in only)


def _workspace_edit(published: Published, edits: list[tuple[int, int, str]], versioned: bool) -> types.WorkspaceEdit:
    text_edits = [
        types.TextEdit(range=_range(published.lines, s, e), new_text=replacement) for s, e, replacement in edits
    ]
    doc = published.document
    if versioned:
        identifier = types.OptionalVersionedTextDocumentIdentifier(uri=doc.uri, version=doc.version)
        return types.WorkspaceEdit(
            document_changes=[types.TextDocumentEdit(text_document=identifier, edits=list(text_edits))]
        )
    return types.WorkspaceEdit(changes={doc.uri: text_edits})


def non_overlapping(fixes: list[Fix]) -> list[tuple[int, int, str]]:
    """Edits of as many fixes as can be applied together: a fix whose edits touch an earlier
    one's is left for the next round (the edits of one fix are kept together)."""
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, int, str]] = []
    for fix in sorted(fixes, key=lambda f: f.edits[0][:2]):
        spans = [(s, e) for s, e, _ in fix.edits]
        if any((s < te and ts < e) or (s == e == ts == te) for s, e in spans for ts, te in taken):
            continue
        taken.extend(spans)
        out.extend(fix.edits)
    return sorted(out)


def code_actions(
    published: Published, start: int, end: int, only: list[str] | None, versioned: bool
) -> list[types.CodeAction]:
    """Each fix of the findings that touch ``[start, end]``, then "fix all safe" for the document."""
    actions: list[types.CodeAction] = []
    for item in published.items:
        if not (item.start <= end and start <= item.end):
            continue
        for n, fix in enumerate(item.fixes):
            kind = types.CodeActionKind.QuickFix.value if fix.safe else UNSAFE_KIND
            if not _wanted(kind, only):
                continue
            title = f"{fix.label} ({item.finding.code})"
            if not fix.safe:
                title += " [unsafe: changes your wording]"
            actions.append(
                types.CodeAction(
                    title=title,
                    kind=kind,
                    diagnostics=[item.diagnostic],
                    is_preferred=fix.safe and n == 0,
                    edit=_workspace_edit(published, list(fix.edits), versioned),
                )
            )
    safe = [next(f for f in i.fixes if f.safe) for i in published.items if any(f.safe for f in i.fixes)]
    if safe and (_wanted(FIX_ALL_KIND, only) or _wanted(types.CodeActionKind.QuickFix.value, only)):
        edits = non_overlapping(safe)
        actions.append(
            types.CodeAction(
                title=f"Fix all safe followup-lint findings ({len(safe)})",
                kind=FIX_ALL_KIND,
                edit=_workspace_edit(published, edits, versioned),
            )
        )
    return actions


# --- hover ------------------------------------------------------------------------------------


def hover(published: Published, offset: int) -> types.Hover | None:
    """The findings under the cursor, each with its rule's page (what, why, how to fix)."""
    found = [i for i in published.items if i.start <= offset <= max(i.end, i.start)]
    if not found:
        return None
    parts = []
    for item in found:
        f = item.finding
        parts.append(f"**{f.code}** `{f.name}` ({f.severity.value}): {f.message}")
        page = published.rule_pages.get(f.code)
        if page:
            parts.append(page)
    first = found[0]
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
        range=_range(published.lines, first.start, first.end),
    )

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

from followup_lint.draft import Draft
from followup_lint.explain import rule_page
from followup_lint.notices import FAILS_RUN
from followup_lint.report import Finding, Severity, Suggestion
from followup_lint.rulepack import Rule
from followup_lint.server.documents import Document, DocumentResult
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
    rules: dict[str, Rule] = field(default_factory=dict)  # for hover: each rule's page
    fix_all: tuple[list[tuple[int, int, str]], int] = ([], 0)  # "fix all safe": edits, findings fixed


def _shift(doc: Document, file_text: str | None) -> int:
    """Readers drop a byte-order mark; the editor's text may still start with one."""
    return 1 if doc.text.startswith("\ufeff") and not (file_text or "").startswith("\ufeff") else 0


def _file_offset(draft: Draft, offset: int) -> int:
    return draft.source_map.file_offset(offset) if draft.source_map else offset


def placed_fixes(result: DocumentResult, shift: int) -> dict[tuple[int, int], list[Fix]]:
    """(draft, finding) index -> its suggestions that can be placed in the document, in order.

    Placement is the autofixer's (``fixes.candidates``): an edit must lie where the draft's text
    is a verbatim copy of the document, and never touch template syntax, a template slot or
    front matter.  It places a finding's first suggestion; the others are placed by asking
    again with each one in turn as the first.
    """
    from followup_lint.fixes import candidates

    file_text = result.file_text
    out: dict[tuple[int, int], list[Fix]] = {}
    if file_text is None:
        return out
    most = max((len(f.suggestions) for r in result.reports for f in r.findings), default=0)
    for k in range(most):
        where: dict[int, tuple[int, int, Suggestion]] = {}
        reports = []
        for d, report in enumerate(result.reports):
            findings = []
            for n, f in enumerate(report.findings):
                chosen = f.suggestions[k : k + 1]
                copy = f.model_copy(update={"suggestions": chosen})
                if chosen:
                    where[id(copy)] = (d, n, chosen[0])
                findings.append(copy)
            reports.append(report.model_copy(update={"findings": findings}))
        placed, _withheld = candidates(file_text, result.drafts, reports, unsafe=True)
        for cand in placed:
            d, n, suggestion = where[id(cand.finding)]
            edits = tuple((e.start + shift, e.end + shift, e.replacement) for e in cand.edits)
            out.setdefault((d, n), []).append(Fix(suggestion.label, suggestion.safe, edits))
    return out


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
    many = len(result.reports) > 1
    shift = _shift(doc, result.file_text)
    fixes = placed_fixes(result, shift)
    for d, (draft, report) in enumerate(zip(result.drafts, result.reports, strict=True)):
        for n, f in enumerate(report.findings):
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
            items.append(Item(f, start, end, diagnostic, fixes.get((d, n), [])))
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
    return Published(
        doc, lines, items, [*extra, *(i.diagnostic for i in items)], result.rules, _fix_all_safe(result, shift)
    )


def _fix_all_safe(result: DocumentResult, shift: int) -> tuple[list[tuple[int, int, str]], int]:
    """One pass of ``followup-lint check --fix``: every safe first suggestion that can be placed,
    the conflicting ones left for the next round (as the autofixer chooses them)."""
    from followup_lint.fixes import candidates, choose

    if result.file_text is None:
        return [], 0
    placed, _withheld = candidates(result.file_text, result.drafts, result.reports, unsafe=False)
    chosen = choose(placed)
    edits = sorted((e.start + shift, e.end + shift, e.replacement) for c in chosen for e in c.edits)
    return edits, len(chosen)


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
    edits, count = published.fix_all
    if edits and (_wanted(FIX_ALL_KIND, only) or _wanted(types.CodeActionKind.QuickFix.value, only)):
        actions.append(
            types.CodeAction(
                title=f"Fix all safe followup-lint findings ({count})",
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
        rule = published.rules.get(f.code)
        if rule is not None:
            parts.append(rule_page(rule, heading="###"))
    first = found[0]
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
        range=_range(published.lines, first.start, first.end),
    )

"""Notices: what the linter could not do or had to assume, in one registry (FL9xx).

A notice is not a finding: it costs no points and has no span.  Each kind has a code, a name,
a one-line summary and an explanation (``followup-lint explain FL906`` prints it), and says
whether ``ignore`` may silence it and whether it fails the run (exit 2).  Every module that
emits a notice takes its code from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from followup_lint.codes import names
from followup_lint.report import Notice


@dataclass(frozen=True)
class NoticeKind:
    code: str
    name: str
    summary: str
    explanation: str
    fix: str
    ignorable: bool = True  # ``ignore = ["FL906"]`` silences it
    fails_run: bool = False  # the CLI exits 2 when a report carries it


NOT_ENGLISH = "FL901"
UNKNOWN_AXIS = "FL902"
BAD_CONTEXT = "FL903"
UNUSED_SUPPRESSION = "FL904"
GRAMMAR_UNAVAILABLE = "FL905"
MISSING_CONTEXT = "FL906"
EMPTY_DRAFT = "FL907"
INTERVIEW_AFTER_SEND = "FL908"
CHECK_CRASHED = "FL909"
READER_WARNING = "FL910"

_KINDS = (
    NoticeKind(
        NOT_ENGLISH,
        "not-english",
        "The draft does not look like English, so no rule ran.",
        "The rules and their word lists are written for English. When too few of a draft's words are "
        "common English words, the linter makes no findings and leaves the draft unscored rather than "
        "flag every sentence.",
        "Nothing to fix if the draft is meant to be in another language; otherwise check the file's encoding.",
    ),
    NoticeKind(
        UNKNOWN_AXIS,
        "unknown-purpose-or-channel",
        "A Purpose: or Channel: header names a value the linter does not know.",
        "The header was ignored and the purpose or channel came from the configuration or was inferred "
        "from the draft, as if the header were absent.",
        "Use one of the allowed values the notice lists.",
    ),
    NoticeKind(
        BAD_CONTEXT,
        "bad-context-value",
        "A context value in the draft's headers or front matter could not be read.",
        "Context such as the interview date or earlier follow-ups comes from header lines or front matter. "
        "A value of the wrong type or an unreadable date is dropped on its own; the other values still "
        "count, and the rules that needed the dropped one say so in notice FL906.",
        "Write dates as ISO dates (2026-03-02) or e-mail dates, and lists as comma-separated values.",
    ),
    NoticeKind(
        UNUSED_SUPPRESSION,
        "unused-suppression",
        "A suppression comment matched no finding, or could not be read.",
        "Suppressions that no longer suppress anything hide nothing today but would hide a real finding "
        "later; unreadable ones suppress nothing.",
        "Remove the comment, or correct it to `followup-lint: disable=CODE`.",
    ),
    NoticeKind(
        GRAMMAR_UNAVAILABLE,
        "grammar-unavailable",
        "A configured grammar backend (LanguageTool) could not be used.",
        "The draft was checked without it; spelling and the other rules still ran. With "
        "`--require-grammar` (or `require_grammar = true`) the run exits 2 instead.",
        "Start the LanguageTool server or correct `languagetool_url`; or remove it from the configuration.",
    ),
    NoticeKind(
        MISSING_CONTEXT,
        "missing-context",
        "Some rules did not run for lack of context (dates, names).",
        "Timing and personalisation rules need facts a draft rarely states: when the interview was, when "
        "the employer will decide, the interviewers' names. A rule without them stays silent instead of "
        "guessing, and this notice lists them, once per run. Templates are not told.",
        "Pass the context: CLI flags such as --interview-date, header lines such as Interview-Date:, or a "
        'followup-context.toml. `ignore = ["FL906"]` silences the notice.',
    ),
    NoticeKind(
        EMPTY_DRAFT,
        "empty-draft",
        "The draft is empty.",
        "There is nothing to check, so the draft is left unscored.",
        "Write the draft, or leave the file out of the run.",
    ),
    NoticeKind(
        INTERVIEW_AFTER_SEND,
        "interview-after-send",
        "The interview date is after the send date.",
        "That is almost always a mistyped date, so timing was not judged for this draft.",
        "Check --interview-date and --date, or the Interview-Date: and Date: headers.",
    ),
    NoticeKind(
        CHECK_CRASHED,
        "check-crashed",
        "A rule's check raised an error on this draft.",
        "A bug in a check must not hide the other rules' findings: the other rules and files still run, "
        "the failing rule's findings are missing, and the run exits 2 so the gap is not mistaken for a "
        "clean result. Neither select nor ignore hides this notice.",
        "Report it with the draft (or a smaller one that shows the same error); meanwhile "
        "`ignore` the rule named in the notice.",
        ignorable=False,
        fails_run=True,
    ),
    NoticeKind(
        READER_WARNING,
        "reader-warning",
        "The file was read, but not exactly as written.",
        "A reader had to guess: an unknown character set, undecodable bytes, a part it skipped. Spans "
        "still point into the file, but some text may differ from what the recipient will see.",
        "Save the file as UTF-8, or check the part the warning names.",
    ),
)

NOTICES: dict[str, NoticeKind] = {k.code: k for k in _KINDS}
FAILS_RUN = frozenset(k.code for k in _KINDS if k.fails_run)
NOT_IGNORABLE = frozenset(k.code for k in _KINDS if not k.ignorable)


def notice(code: str, message: str) -> Notice:
    """A Notice of a registered kind (an unregistered code is a programming error)."""
    if code not in NOTICES:
        raise KeyError(f"notice code {code} is not in followup_lint.notices.NOTICES")
    return Notice(code=code, message=message)


def shown(code: str, ignore: list[str]) -> bool:
    """Whether ``ignore`` (codes or prefixes) leaves the notice ``code`` in the report."""
    if code in NOT_IGNORABLE:
        return True
    return not names(ignore, code)


def notice_page(kind: NoticeKind, heading: str = "#") -> str:
    """Markdown for one notice, as ``explain`` prints rule pages."""
    import textwrap

    ignorable = (
        f'`ignore = ["{kind.code}"]` (or `--ignore {kind.code}`) silences it.'
        if kind.ignorable
        else "It cannot be silenced."
    )
    fails = " It makes the run exit 2." if kind.fails_run else ""
    lines = [
        f"{heading} {kind.code} {kind.name}",
        "",
        f"**{kind.summary}** A notice: it costs no points.{fails} {ignorable}",
        "",
        f"{heading}# What it means",
        "",
        textwrap.fill(kind.explanation, 100),
        "",
        f"{heading}# What to do",
        "",
        textwrap.fill(kind.fix, 100),
        "",
    ]
    return "\n".join(lines)

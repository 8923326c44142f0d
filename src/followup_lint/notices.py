"""Notices: what the linter could not do or had to assume, in one registry (FL9xx).

A notice is not a finding: it costs no points and has no span.  Each kind has a code, a name,
a one-line summary and an explanation (``followup-lint explain FL906`` prints it), and says
whether ``ignore`` may silence it and whether it fails the run (exit 2).  Every module that
emits a notice takes its code from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    # What the notice says: ``str.format`` templates by variant ("" is the usual one), filled by
    # ``notice(code, variant=..., **fields)``.  tests/test_messages.py renders every one.
    messages: dict[str, str] = field(default_factory=dict)


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
SPELLING_CUT_SHORT = "FL911"

_KINDS = (
    NoticeKind(
        NOT_ENGLISH,
        "not-english",
        "The draft does not look like English, so no rule ran.",
        "The rules and their word lists are written for English. When too few of a draft's words are "
        "common English words, the linter makes no findings and leaves the draft unscored rather than "
        "flag every sentence.",
        "Nothing to fix if the draft is meant to be in another language; otherwise check the file's encoding.",
        messages={
            "": "the draft does not look like English; followup_lint checks English drafts only, so no findings were made"
        },
    ),
    NoticeKind(
        UNKNOWN_AXIS,
        "unknown-purpose-or-channel",
        "A Purpose: or Channel: header names a value the linter does not know.",
        "The header was ignored and the purpose or channel came from the configuration or was inferred "
        "from the draft, as if the header were absent.",
        "Use one of the allowed values the notice lists.",
        messages={"": "unknown {axis} {value!r} in the draft's header; allowed: {allowed}"},
    ),
    NoticeKind(
        BAD_CONTEXT,
        "bad-context-value",
        "A context value in the draft's headers or front matter could not be read.",
        "Context such as the interview date or earlier follow-ups comes from header lines or front matter. "
        "A value of the wrong type or an unreadable date is dropped on its own; the other values still "
        "count, and the rules that needed the dropped one say so in notice FL906.",
        "Write dates as ISO dates (2026-03-02) or e-mail dates, and lists as comma-separated values.",
        messages={
            "": "cannot read {what}{where}{why}; it was ignored",
            "invalid": "{what}{where} was ignored: {problem}",
        },
    ),
    NoticeKind(
        UNUSED_SUPPRESSION,
        "unused-suppression",
        "A suppression comment matched no finding, or could not be read.",
        "Suppressions that no longer suppress anything hide nothing today but would hide a real finding "
        "later; unreadable ones suppress nothing.",
        "Remove the comment, or correct it to `followup-lint: disable=CODE`.",
        messages={
            "": "unused suppression: `{kind}={codes}` ({where}) matched no finding {scope}; remove it",
            "enable": "`followup-lint: enable={codes}` on line {line} closes no disable; remove it",
            "unreadable": "cannot read the followup-lint comment on line {line}; write `followup-lint: disable=CODE` "
            "(also enable=, disable-next-line=, disable-file=)",
        },
    ),
    NoticeKind(
        GRAMMAR_UNAVAILABLE,
        "grammar-unavailable",
        "A configured grammar backend (LanguageTool) could not be used.",
        "The draft was checked without it; spelling and the other rules still ran. With "
        "`--require-grammar` (or `require_grammar = true`) the run exits 2 instead.",
        "Start the LanguageTool server or correct `languagetool_url`; or remove it from the configuration.",
        messages={"": "LanguageTool was unavailable ({reason}); only Harper's spelling and grammar checks ran"},
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
        messages={"": "not checked for lack of context: {hints}"},
    ),
    NoticeKind(
        EMPTY_DRAFT,
        "empty-draft",
        "The draft is empty.",
        "There is nothing to check, so the draft is left unscored.",
        "Write the draft, or leave the file out of the run.",
        messages={"": "the draft is empty: nothing to check"},
    ),
    NoticeKind(
        INTERVIEW_AFTER_SEND,
        "interview-after-send",
        "The interview date is after the send date.",
        "That is almost always a mistyped date, so timing was not judged for this draft.",
        "Check --interview-date and --date, or the Interview-Date: and Date: headers.",
        messages={
            "": "the interview date ({interview}) is after the send date ({sent}), so timing was not checked; "
            "check --interview-date and --date (or the Interview-Date: and Date: headers)"
        },
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
        messages={"": "rule {rule} ({name}) failed on {where}: {error}; its findings are missing, the other rules ran"},
    ),
    NoticeKind(
        READER_WARNING,
        "reader-warning",
        "The file was read, but not exactly as written.",
        "A reader had to guess: an unknown character set, undecodable bytes, a part it skipped. Spans "
        "still point into the file, but some text may differ from what the recipient will see.",
        "Save the file as UTF-8, or check the part the warning names.",
        messages={"": "{warning}"},
    ),
    NoticeKind(
        SPELLING_CUT_SHORT,
        "spelling-cut-short",
        "Spelling and grammar were checked on the first part of the draft only.",
        "Harper spends several milliseconds on every word its dictionary lacks, working out what it "
        "might have meant, so a draft of thousands of unknown words (pasted identifiers, a word list, "
        "random text) would take minutes. After 200 unknown words (or 2,000 letters of them) the check stops: the rest of "
        "the draft gets no spelling or grammar findings (FL401-FL408), and every other rule still reads "
        "all of it. A real follow-up has a few unknown words, names and terms; hundreds mean the draft "
        "holds something that is not prose.",
        "Take out what is not prose (a log, a word list, encoded data), or check that part on its own.",
        messages={
            "": "spelling and grammar were checked up to line {line} only: the draft has more words the dictionary "
            "does not know than {limit} (or {letters} letters of them), so the rest was not checked"
        },
    ),
)

NOTICES: dict[str, NoticeKind] = {k.code: k for k in _KINDS}
FAILS_RUN = frozenset(k.code for k in _KINDS if k.fails_run)
NOT_IGNORABLE = frozenset(k.code for k in _KINDS if not k.ignorable)


def notice(code: str, message: str | None = None, *, variant: str = "", **fields: object) -> Notice:
    """A Notice of a registered kind: its ``variant`` message filled with ``fields`` (or a
    ready ``message``).  An unregistered code or variant is a programming error."""
    kind = NOTICES.get(code)
    if kind is None:
        raise KeyError(f"notice code {code} is not in followup_lint.notices.NOTICES")
    if message is None:
        message = kind.messages[variant].format(**fields)
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

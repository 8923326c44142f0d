"""Runs the configured language backends over a draft once and merges their issues.

Harper runs offline by default.  LanguageTool runs only when the user configured a server URL
or opted into a local install; when it is unavailable the draft still gets Harper's issues and
a notice naming the reason.
"""

from __future__ import annotations

from collections.abc import Iterable

from followup_lint.config import LanguageConfig
from followup_lint.draft import Draft
from followup_lint.errors import FollowupLintError
from followup_lint.language.issues import LanguageIssue, merge_issues
from followup_lint.notices import GRAMMAR_UNAVAILABLE, SPELLING_CUT_SHORT, notice
from followup_lint.report import Notice

_LT_LANGUAGE = {"us": "en-US", "uk": "en-GB", "canadian": "en-CA", "australian": "en-AU", "indian": "en-GB"}


class LanguageEngine:
    """One Harper backend (and optionally one LanguageTool client) per Linter; built on first use."""

    def __init__(self, config: LanguageConfig) -> None:
        self.config = config
        words = _builtin_words() + list(config.words)
        if config.words_file:
            from followup_lint.config import read_words_file

            words += read_words_file(config.words_file)
        from followup_lint.language.harper_backend import HarperBackend

        try:
            self.harper = HarperBackend(
                dialect=config.dialect,
                disabled_rules=config.disabled_rules,
                words=words,
                enabled_rules=config.enabled_rules,
            )
        except ValueError as exc:
            raise FollowupLintError(f"configuration key `language`: {exc}") from exc
        self._lt: object | None = None

    def _languagetool(self) -> object | None:
        cfg = self.config
        if self._lt is not None or not (cfg.languagetool_url or cfg.languagetool_local):
            return self._lt
        from followup_lint.language import languagetool_backend as lt

        common = {
            "language": _LT_LANGUAGE[cfg.dialect],
            "timeout": cfg.languagetool_timeout,
            "enabled_rules": cfg.languagetool_enabled_rules,
            "disabled_rules": cfg.languagetool_disabled_rules,
            "enabled_categories": cfg.languagetool_enabled_categories,
            "disabled_categories": cfg.languagetool_disabled_categories,
        }
        if cfg.languagetool_url:
            self._lt = lt.LanguageToolServer(cfg.languagetool_url, **common)  # type: ignore[arg-type]
        else:
            self._lt = lt.LanguageToolLocal(**common)  # type: ignore[arg-type]
        return self._lt

    def prime(self, drafts: Iterable[Draft]) -> None:
        """Run Harper over several drafts in shared calls now (HarperBackend.prime); their
        ``check`` then reuses the answers.  Blank drafts are left out (they are never checked)."""
        self.harper.prime((_mask_placeholders(d), _regions(d)) for d in drafts if d.text.strip())

    def check(self, draft: Draft, names: frozenset[str]) -> tuple[list[LanguageIssue], list[Notice]]:
        """Issues in the subject, greeting, body and closing (not the signature or quotes)."""
        regions = _regions(draft)
        masked = _mask_placeholders(draft)
        notices: list[Notice] = []
        issues, stopped = self.harper.check_within_budget(masked, regions, names)
        if stopped is not None:
            line = draft.text.count("\n", 0, stopped) + 1
            from followup_lint.language.harper_backend import MAX_UNKNOWN_LETTERS, MAX_UNKNOWN_WORDS

            limits = {"limit": MAX_UNKNOWN_WORDS, "letters": f"{MAX_UNKNOWN_LETTERS:,}"}
            notices.append(notice(SPELLING_CUT_SHORT, line=line, **limits))
        backend = self._languagetool()
        if backend is not None:
            from followup_lint.language.languagetool_backend import LanguageToolUnavailable

            try:
                more = backend.check(masked, regions, names)  # type: ignore[attr-defined]
                issues = merge_issues(issues, more)
            except LanguageToolUnavailable as exc:
                notices.append(notice(GRAMMAR_UNAVAILABLE, reason=exc.reason))
        issues = [
            i
            for i in issues
            if not _overlaps_placeholder(draft, i)
            and not _proper_noun_spelling(draft.text, i)
            and not _hyphenated_repeat(draft.text, i)
        ]
        return issues, notices


def _regions(draft: Draft) -> list[tuple[int, int]]:
    """The parts Harper checks: the subject, greeting, body and closing."""
    return [(p.start, p.end) for p in (draft.subject, draft.salutation, *draft.paragraphs, draft.closing) if p]


def _mask_placeholders(draft: Draft) -> str:
    """Template slots read as a neutral word to the grammar checkers (same length, so offsets hold)."""
    if not draft.placeholders:
        return draft.text
    chars = list(draft.text)
    for p in draft.placeholders:
        word = "Name" + "e" * max(0, (p.end - p.start) - 4)
        chars[p.start : p.end] = list(word[: p.end - p.start])
    return "".join(chars)


def _overlaps_placeholder(draft: Draft, issue: LanguageIssue) -> bool:
    return draft.overlaps_placeholder(issue.start, issue.end)


def _proper_noun_spelling(text: str, issue: LanguageIssue) -> bool:
    """A "misspelled" capitalised word inside a sentence is almost always a name (Globex, Okafor).

    Harper's main false alarms are names; a capitalised word after the start of a sentence is
    taken as one.  Sentence-initial words are still checked.
    """
    if issue.kind != "spelling":
        return False
    word = text[issue.start : issue.end]
    if not word[:1].isupper():
        return False
    before = text[: issue.start].rstrip(" \t\"'“‘(")
    if not before or before[-1] in ".!?\n:":
        return False
    from followup_lint.checks.language_check import calendar_slip

    return calendar_slip(word) is None  # a day or month is capitalised too: "on Wendsday" is a slip


def _builtin_words() -> list[str]:
    """Technology words and words of other Englishes shipped with followup_lint (see tech-words.txt
    and world-english-words.txt beside this module)."""
    from importlib import resources

    words: list[str] = []
    for name in ("tech-words.txt", "world-english-words.txt"):
        text = (resources.files("followup_lint.language") / name).read_text(encoding="utf-8")
        words += [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    return words


def _hyphenated_repeat(text: str, issue: LanguageIssue) -> bool:
    """ "on on-call": the second word starts a hyphenated compound, so it is not a repeat."""
    return issue.kind == "repetition" and text[issue.end : issue.end + 1] == "-"

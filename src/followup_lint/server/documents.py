"""Lint one editor document: its unsaved text, under the configuration its path would get.

The runner's path from a file to a report (resolve configuration, read, parse, lint, apply
suppressions), as ``followup-lint check`` takes it, with the editor's unsaved text in place of
the file's bytes and the client's settings as the caller's options.  It runs on the server's one lint thread only:
Harper is not thread-safe, and the Linters here are shared by every document.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from followup_lint.config import Config, excluded
from followup_lint.draft import Draft
from followup_lint.errors import FollowupLintError
from followup_lint.readers import DRAFT_SUFFIXES, reader_for
from followup_lint.report import Report
from followup_lint.rulepack import Rule
from followup_lint.runner import Runner, RunOptions, lint_drafts, read_drafts
from followup_lint.server.settings import Settings

if TYPE_CHECKING:
    from followup_lint.linter import Linter

#: LSP language ids -> our readers, for documents whose name says nothing (untitled buffers).
LANGUAGE_READERS = {
    "plaintext": "txt",
    "text": "txt",
    "markdown": "md",
    "html": "html",
    "email": "eml",
    "mail": "eml",
    "eml": "eml",
    "jinja": "jinja",
    "jinja2": "jinja",
    "j2": "jinja",
    "htmldjango": "jinja",
    "html.jinja": "jinja",
}


@dataclass(frozen=True)
class Document:
    """One version of an open document, as the server saw it."""

    uri: str
    version: int | None
    text: str
    language_id: str | None = None
    path: Path | None = None  # None for documents that are not files (untitled buffers)


@dataclass(frozen=True)
class DocumentResult:
    """What linting a document gave: its drafts (a Markdown file may hold several) and their
    reports, or one problem (a bad configuration file, a document that cannot be read)."""

    drafts: list[Draft] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    problem: str | None = None
    rules: dict[str, Rule] = field(default_factory=dict)

    @property
    def file_text(self) -> str | None:
        """The document's text as the reader decoded it (a byte-order mark dropped)."""
        sm = self.drafts[0].source_map if self.drafts else None
        return sm.file_text if sm is not None else None


def reader_of(doc: Document) -> str | None:
    """The reader for a document, or None when it is not a kind of draft we lint."""
    if doc.path is not None and doc.path.suffix.lower() in DRAFT_SUFFIXES:
        return reader_for(doc.path)
    if doc.language_id and doc.language_id.lower() in LANGUAGE_READERS:
        return LANGUAGE_READERS[doc.language_id.lower()]
    if doc.path is not None and not doc.path.suffix:
        return "txt"  # a file with no extension: the CLI reads it as plain text too
    return None


class LinterPool:
    """One warm Linter per distinct configuration, the least recently used dropped past ``size``."""

    def __init__(self, size: int = 4) -> None:
        self.size = size
        self._linters: OrderedDict[str, Linter] = OrderedDict()

    def get(self, config: Config) -> Linter:
        from followup_lint.linter import Linter

        key = config.linter_key()
        linter = self._linters.get(key)
        if linter is None:
            linter = Linter(config)
            self._linters[key] = linter
            while len(self._linters) > self.size:
                self._linters.popitem(last=False)
        self._linters.move_to_end(key)
        return linter

    def __len__(self) -> int:
        return len(self._linters)


def with_settings(config: Config, settings: Settings) -> Config:
    """The client's purpose, channel and context as the configuration's defaults: below the
    draft's own headers and front matter, above the configuration file."""
    update: dict[str, object] = {}
    if settings.purpose is not None:
        update["purpose"] = settings.purpose
    if settings.channel is not None:
        update["channel"] = settings.channel
    if settings.context.model_fields_set:
        update["context"] = config.context.merged(settings.context)
    return config.model_copy(update=update) if update else config


def runner_for(settings: Settings) -> Runner:
    """The runner with the client's settings as the caller's options (as CLI flags are:
    ``select`` replaces the file's selection, ``ignore`` adds to it)."""
    options = RunOptions(
        config_file=settings.config_file,
        select=tuple(settings.select),
        ignore=tuple(settings.ignore),
        template=settings.template,
    )
    return Runner(options)


def lint_document(doc: Document, settings: Settings, pool: LinterPool) -> DocumentResult | None:
    """Lint ``doc`` through the runner; None when it is not a draft or its configuration excludes it.

    Problems the user can fix (a bad configuration file, a Jinja syntax error) come back as
    ``problem``; anything else raised is a bug and propagates to the caller, which logs it.
    """
    reader = reader_of(doc)
    if reader is None:
        return None
    if not doc.text.strip():
        return DocumentResult()
    where = doc.path if doc.path is not None else Path(f"untitled.{reader}")
    try:
        runner = runner_for(settings)  # new each time: edits to configuration files apply at once
        loaded = runner.loaded_for(doc.path)
        if doc.path is not None and excluded(loaded, doc.path):
            return None
        job = runner.job(doc.path, data=doc.text, display=str(where))
        job = replace(job, reader=reader, config=with_settings(job.config, settings))
    except FollowupLintError as exc:
        return DocumentResult(problem=str(exc))
    try:
        # Building the Linter validates the configuration (its rules, once per configuration:
        # the runner's ``rules_for`` would reload the rule pack on every keystroke).
        linter = pool.get(job.config)
    except FollowupLintError as exc:
        return DocumentResult(problem=str(FollowupLintError(exc.problem, exc.path or loaded.path)))
    try:
        drafts = read_drafts(job)
        if doc.path is None:
            for d in drafts:
                d.path = None  # an untitled buffer has no folder to find a context file in
        reports = lint_drafts(job, drafts, linter)
    except FollowupLintError as exc:
        return DocumentResult(problem=_about(str(exc), str(where)))
    except RecursionError:
        return DocumentResult(problem="the document is nested too deeply to lint")
    return DocumentResult(drafts=drafts, reports=reports, rules={r.code: r for r in linter.rules})


def _about(error: str, shown: str) -> str:
    """An error about the document itself needs no file name in front of it."""
    return error.removeprefix(f"{shown}: ")

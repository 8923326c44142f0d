"""The engine: run the active rules over a draft, place and cost the findings, build a Report."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup_lint.analysis import Analysis
from followup_lint.checks import CONTEXT_HINTS, REGISTRY, CheckInput, RawFinding, check_citations, validate_params
from followup_lint.checks.base import HINT_FIELDS
from followup_lint.codes import names
from followup_lint.config import Config
from followup_lint.context import Context, context_for, context_from_draft, context_from_mapping
from followup_lint.corroboration import corroborated
from followup_lint.draft import Draft, parse_draft
from followup_lint.errors import FollowupLintError
from followup_lint.infer import infer_channel, infer_purpose
from followup_lint.known_names import known_names
from followup_lint.nlp import NLP
from followup_lint.notices import (
    CHECK_CRASHED,
    EMPTY_DRAFT,
    INTERVIEW_AFTER_SEND,
    MISSING_CONTEXT,
    NOT_ENGLISH,
    NOTICES,
    READER_WARNING,
    UNKNOWN_AXIS,
    notice,
)
from followup_lint.notices import shown as notice_shown
from followup_lint.report import Finding, Notice, Report, Severity
from followup_lint.rulepack import CHANNELS, PURPOSES, Rule, load_rules
from followup_lint.scoring import finding_costs, score

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from followup_lint.language.engine import LanguageEngine
    from followup_lint.streaming import Item

DEFAULT_PURPOSE = "thank-you"
DEFAULT_CHANNEL = "email"


class _Fields(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"

    def __getitem__(self, key: str) -> Any:
        return _Counted(super().__getitem__(key)) if key in self else self.__missing__(key)


class _Counted:
    """A message field that can also name its unit: ``{value:word/words}`` gives "1 word" or
    "12 words", so a rule's message never says "1 words"."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        if "/" in spec:
            one, many = spec.split("/", 1)
            return f"{self.value} {one if str(self.value) in ('1', '1.0') else many}"
        return format(self.value, spec)

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)


class Linter:
    """Loads the rule pack and the NLP pipeline once; lint as many drafts as you like.

    Not thread-safe when a language backend is enabled (Harper): use one Linter per thread.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.rules: list[Rule] = configured_rules(self.config)
        # rules whose severity the configuration set: their findings name the item at any severity
        self._severity_set = frozenset(code for code, rs in self.config.rules.items() if rs.severity is not None)
        self._language: LanguageEngine | None = None
        self._context_files: dict[Path, Context | None] = {}
        self._active: dict[tuple[object, ...], list[Rule]] = {}
        self._build_language_first()
        self.nlp = NLP(self.config.spacy_model)

    def _build_language_first(self) -> None:
        """Build Harper now, before the spaCy pipeline and its lemma table, when a rule uses it.

        Harper's dictionary build peaks some 45 MB above what it keeps (freed, then trimmed);
        built after the pipeline, that transient set the process's peak memory (~238 MB), built
        before it the peak is the steady state after linting (~227 MB).  Linting would build
        it anyway.  Skipped while a warm-up thread builds it (the CLI: the two overlap there).
        A failure is left to the first lint, which reports it as it always did.
        """
        from followup_lint.language import warming_up

        if warming_up() or not self._uses_language():
            return
        try:
            self.language.harper.load()
        except Exception:  # noqa: BLE001 - the first lint builds it again and reports the failure
            self._language = None

    def preload(self) -> None:
        """Load everything lazily loaded (Harper, when a language rule is enabled) now."""
        if self._uses_language():
            self.language.harper.load()

    def prime(self, drafts: Sequence[Draft]) -> None:
        """Lint the language regions of several drafts in shared Harper calls now; their
        ``lint_draft`` then reuses the answers, which are exactly those of one call each
        (docs/architecture.md, "Batched Harper calls").  Nothing happens when no language rule
        runs or for a single draft."""
        if len(drafts) > 1 and self._uses_language():
            try:
                self.language.prime(drafts)
            except Exception:  # noqa: BLE001 - each draft then calls Harper alone, as without a batch
                self.forget()

    def forget(self) -> None:
        """Drop what ``prime`` kept."""
        if self._language is not None:
            self._language.harper.forget()

    def _uses_language(self) -> bool:
        return any("language" in REGISTRY[r.check].needs for r in self.rules if rule_runs(r, self.config))

    @property
    def language(self) -> LanguageEngine:
        """The spelling and grammar backends, built on first use (Harper loads in about a second)."""
        if self._language is None:
            from followup_lint.language.engine import LanguageEngine

            self._language = LanguageEngine(self.config.language)
        return self._language

    # --- public -----------------------------------------------------------------------------
    def active_rules(self, purpose: str, channel: str) -> list[Rule]:
        """The rules that run on a draft of this purpose and channel (worked out once per pair
        and per selection, since every draft asks)."""
        cfg = self.config
        key = (purpose, channel, id(self.rules), tuple(cfg.select), tuple(cfg.ignore), cfg.language.enabled)
        found = self._active.get(key)
        if found is None:
            found = [r for r in self.rules if rule_runs(r, cfg) and r.applies(purpose, channel)]
            if len(self._active) > 64:
                self._active.clear()
            self._active[key] = found
        return list(found)

    def lint(
        self,
        text: str,
        *,
        purpose: str | None = None,
        channel: str | None = None,
        context: Context | dict[str, Any] | None = None,
        path: str | None = None,
        template: bool = False,
    ) -> Report:
        """Lint one draft given as text (header lines such as ``Subject:`` at the top are read)."""
        if not isinstance(text, str):
            raise FollowupLintError(f"the draft must be text (str), not {type(text).__name__}")
        draft = parse_draft(text, path=path, template=template)  # offsets count a BOM, as the caller does
        return self.lint_draft(draft, purpose=purpose, channel=channel, context=context)

    def lint_many(self, items: Iterable[str | Item], *, jobs: int = 1) -> Iterator[Report]:
        """Lint a stream of drafts (texts or :class:`~followup_lint.streaming.Item`), yielding
        reports in input order; ``jobs`` > 1 uses that many worker processes.  The input is read
        only a bounded distance ahead, so an endless generator is fine (see streaming.py)."""
        from followup_lint.streaming import lint_many

        return lint_many(self, items, jobs)

    def lint_file(
        self,
        path: str | Path,
        *,
        purpose: str | None = None,
        channel: str | None = None,
        context: Context | dict[str, Any] | None = None,
        template: bool | None = None,
    ) -> list[Report]:
        """Lint every draft in a file (usually one) with this Linter's configuration, honouring
        its suppression comments, front matter and sidecar file; raises FollowupLintError for
        bad input.  (``followup_lint.lint_paths`` also discovers configuration files.)"""
        from followup_lint.runner import Runner, RunOptions, lint_job

        if isinstance(context, dict):
            context = context_from_mapping(context)
        options = RunOptions(config=self.config, purpose=purpose, channel=channel, context=context, template=template)
        results = lint_job(Runner(options, linter=self).job(Path(path)), self)
        for r in results:
            if r.error is not None:
                raise FollowupLintError(r.error)
        return [r.report for r in results if r.report is not None]

    def suppress(
        self,
        reports: list[Report],
        drafts: list[Draft],
        path: str | None,
        *,
        reader: str | None = None,
        sidecar_of: Path | None = None,
    ) -> list[Report]:
        """Apply the file's suppressions (see suppress.py) to the reports of its drafts."""
        from followup_lint import suppress

        file_text = drafts[0].source_map.file_text if drafts and drafts[0].source_map else None
        sups, notices = suppress.collect(file_text, path, reader, sidecar_of)
        return suppress.apply(reports, [d.meta for d in drafts], sups, notices, self.rescore)

    def rescore(self, report: Report, findings: list[Finding]) -> Report:
        """``report`` with only ``findings``, costs and scores recomputed (removed ones cost nothing)."""
        return rescore_report(report, findings, self.rules, self.config)

    def lint_draft(
        self,
        draft: Draft,
        *,
        purpose: str | None = None,
        channel: str | None = None,
        context: Context | dict[str, Any] | None = None,
    ) -> Report:
        notices: list[Notice] = []
        if isinstance(context, dict):
            context = context_from_mapping(context)
        report = self._lint(draft, purpose, channel, context, notices)
        shown = [n for n in report.notices if notice_shown(n.code, self.config.ignore)]
        return report if len(shown) == len(report.notices) else report.model_copy(update={"notices": shown})

    def _lint(
        self, draft: Draft, purpose: str | None, channel: str | None, context: Context | None, notices: list[Notice]
    ) -> Report:
        notices.extend(notice(READER_WARNING, warning=w) for w in draft.reading.warnings)
        dropped: set[str] = set()  # context fields given but not usable: their notice says so
        ctx = self._context(draft, context, notices, dropped)
        purpose, channel, inferred = self._axes(draft, purpose, channel, notices, ctx)
        analysis = Analysis(draft, self.nlp)
        words = analysis.body_words()
        report = Report(
            path=draft.path,
            label=draft.label,
            purpose=purpose,
            channel=channel,
            inferred=inferred,
            score=None,
            notices=notices,
            word_count=words,
        )
        if not draft.text.strip():
            notices.append(notice(EMPTY_DRAFT))
            report.notices = list(notices)
            return report
        ctx = _check_dates(ctx, notices, dropped)
        if not analysis.looks_english():
            notices.append(notice(NOT_ENGLISH))
            report.notices = list(notices)  # the model copied the list when it was built
            return report
        inp = CheckInput(
            draft=draft,
            analysis=analysis,
            context=ctx,
            purpose=purpose,
            channel=channel,
            names=known_names(draft, ctx),
            channel_stated="channel" not in inferred,
        )
        active = self.active_rules(purpose, channel)
        inp.active = frozenset(r.code for r in active)
        if any("language" in REGISTRY[r.check].needs for r in active):
            inp.language_issues, language_notices = self.language.check(draft, inp.names)
            notices.extend(language_notices)
        findings = corroborated([f for rule in active for f in self._run(rule, inp, notices)], active, inp)
        findings = without_yielded(findings, active)
        findings = without_conflicting_fixes(findings, active)
        findings = without_yielded_to_hostility(findings, active)
        for f in findings:  # only the yield reads it: cleared, so a report equals the same one read from a cache
            f._overrun = None
        findings = with_requirements_met(findings, active)
        findings = without_items_flagged_elsewhere(findings, active, self._severity_set)
        if not draft.template:  # a template's slots are filled later: missing context is expected
            notices.extend(_context_notices(active, inp, dropped))
        report.notices = list(notices)  # the model copied the list when it was built
        report.metrics = _metrics(analysis)
        return _scored(report, findings, active)

    # --- internals --------------------------------------------------------------------------
    def _context(self, draft: Draft, explicit: Context | None, notices: list[Notice], dropped: set[str]) -> Context:
        """Explicit context over the draft's headers over followup-context.toml over the config;
        the send time falls back to the current clock."""
        ctx = self.config.context
        if draft.path:
            folder = Path(draft.path).resolve().parent
            if folder not in self._context_files:
                self._context_files[folder] = context_for(folder)
            ctx = ctx.merged(self._context_files[folder])
        ctx = ctx.merged(context_from_draft(draft, notices, dropped)).merged(explicit)
        if ctx.sent_at is None:
            ctx = ctx.model_copy(update={"sent_at": datetime.now()})
        return ctx

    def _run(self, rule: Rule, inp: CheckInput, notices: list[Notice]) -> list[Finding]:
        """The rule's findings; a check that raises becomes a notice and the other rules go on."""
        kind = REGISTRY[rule.check]
        try:
            severity = rule.severity_for(inp.purpose, inp.channel)
            return [self._finding(rule, inp.draft, raw, severity) for raw in kind.run(inp, rule.params)]
        except Exception as exc:  # noqa: BLE001 - a bug in one check must not lose every other finding
            where = inp.draft.path or "the draft"
            if inp.draft.label:
                where += f" [{inp.draft.label}]"
            error = f"{type(exc).__name__}: {exc}"
            notices.append(notice(CHECK_CRASHED, rule=rule.code, name=rule.name, where=where, error=error))
            return []

    def _finding(self, rule: Rule, draft: Draft, raw: RawFinding, severity: Severity) -> Finding:
        n = len(draft.text)
        start = max(0, min(raw.start, n))
        end = max(start, min(raw.end, n))
        assert draft.source_map is not None
        line, column = draft.source_map.position(start)
        end_line, end_column = draft.source_map.position(end)
        if raw.message is not None:
            message = raw.message
        else:
            message = (rule.message or rule.summary).format_map(_Fields(raw.fields))
        finding = Finding(
            code=rule.code,
            name=rule.name,
            severity=min(severity, raw.severity, key=lambda s: s.rank) if raw.severity else severity,
            category=rule.category,
            guidance=_cited(rule.guidance, raw.guidance),
            message=message,
            start=start,
            end=end,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            missing=raw.missing,
            # a suggestion is safe only when its check judged it so and the rule vouches for its fixes
            suggestions=[
                s if not s.safe or rule.fix_safety == "safe" else s.model_copy(update={"safe": False})
                for s in raw.suggestions
            ],
            source=raw.source,
        )
        if rule.yields_to_hostile_up_to is not None:
            finding._overrun = _overrun(raw.fields)
        return finding

    def _axes(
        self, draft: Draft, purpose: str | None, channel: str | None, notices: list[Notice], ctx: Context
    ) -> tuple[str, str, dict[str, str]]:
        """Purpose and channel: argument, then the draft's header/front matter, then config, then
        inference from the draft's cues (infer.py), then the default."""
        inferred: dict[str, str] = {}
        values = {}
        for axis, given, allowed, fallback, configured in (
            ("purpose", purpose, PURPOSES, DEFAULT_PURPOSE, self.config.purpose),
            ("channel", channel, CHANNELS, DEFAULT_CHANNEL, self.config.channel),
        ):
            value = given
            if value is None:
                header = draft.header(axis)
                if header and header.strip().lower() in allowed:
                    value = header.strip().lower()
                elif header:
                    notices.append(notice(UNKNOWN_AXIS, axis=axis, value=header.strip(), allowed=", ".join(allowed)))
            if value is None and configured is not None:
                value = configured
            if value is None:
                guess = infer_purpose(draft, ctx) if axis == "purpose" else infer_channel(draft, ctx)
                if guess is not None:
                    value = guess[0]
                    inferred[axis] = f"inferred from {guess[1]}"
            if value is None:
                value = fallback
                inferred[axis] = "default"
            if value not in allowed:
                raise FollowupLintError(f"unknown {axis} {value!r}; allowed: {', '.join(allowed)}")
            values[axis] = value
        return values["purpose"], values["channel"], inferred


def _metrics(analysis: Analysis) -> dict[str, float | int | str]:
    """Reading grade of the body (offline: syllables from pyphen, or a character-based formula)."""
    result = analysis.body_readability()
    if result is None:
        return {}
    return {"reading_grade": round(result.grade, 1), "reading_formula": result.formula, "sentences": result.sentences}


def rule_runs(rule: Rule, config: Config) -> bool:
    """Whether the configuration runs ``rule`` at all (purpose and channel aside): selected and
    not ignored, on by default or selected explicitly, and not a language rule with the language
    checks switched off."""
    return (
        config.enabled(rule.code)
        and rule.enabled_in(config.select)
        and (config.language.enabled or "language" not in REGISTRY[rule.check].needs)
    )


_BUILTIN_ONLY: dict[str, list[Rule]] = {}  # linter_key -> rules, for configurations without rule folders


def configured_rules(config: Config) -> list[Rule]:
    """The rule pack plus ``config.rule_paths`` with ``config.rules`` applied (no NLP loaded).

    With no rule folders of the user's, the result is kept for the process (the built-in pack
    does not change while it runs): a run validates the configuration and then builds its
    Linter, and each used to read and validate every rule file."""
    if not config.rule_paths:
        key = config.linter_key()
        if key not in _BUILTIN_ONLY:
            _BUILTIN_ONLY[key] = _configured_rules(config)
        return list(_BUILTIN_ONLY[key])
    return _configured_rules(config)


def _configured_rules(config: Config) -> list[Rule]:
    rules = [_configured(config, r) for r in load_rules([Path(p) for p in config.rule_paths])]
    codes = [r.code for r in rules]
    known = [*codes, *NOTICES]
    for key, entries in (("select", config.select), ("ignore", config.ignore)):
        for entry in entries:
            if ":" not in entry and not any(names([entry], code) for code in known):
                raise FollowupLintError(
                    f"configuration key `{key}`: {entry!r} matches no rule or notice code; "
                    "`followup-lint rules` lists them"
                )
    unknown = [c for c in config.rules if c not in set(codes)]
    if unknown:
        raise FollowupLintError(f"configuration key `rules.{unknown[0]}`: no such rule; see `followup-lint rules`")
    return rules


def rescore_report(report: Report, findings: list[Finding], rules: list[Rule], config: Config) -> Report:
    """``report`` keeping only ``findings``, with costs and scores recomputed from ``rules``."""
    active = [r for r in rules if rule_runs(r, config) and r.applies(report.purpose, report.channel)]
    return _scored(report, findings, active, assessed=report.score is not None)


def without_yielded(findings: list[Finding], active: list[Rule]) -> list[Finding]:
    """``findings`` less those of a rule that yields to another (``yields_to``) where a finding of
    that other rule covers any of the same characters: one finding for one stretch of words, from
    the rule that says most about it; with ``yields_to_as_severe``, only where that finding is at least
    as severe (FL334, made a warning, speaks where FL330 made its sentence a tip).  O(n log n) in the
    number of findings."""
    yielding = {r.code: r.yields_to for r in active if r.yields_to}
    as_severe = {r.code: r.yields_to_as_severe for r in active if r.yields_to_as_severe}
    if not yielding and not as_severe:
        return findings
    covered = _coverage(findings, {code for codes in yielding.values() for code in codes})
    # one index per severity that a yielding finding has, built only then (most drafts have none)
    targets = {c for codes in as_severe.values() for c in codes}
    by_rank = {
        rank: _coverage([f for f in findings if f.severity.rank >= rank], targets)
        for rank in {f.severity.rank for f in findings if f.code in as_severe}
    }
    return [
        f
        for f in findings
        if not any(covered(f, code) for code in yielding.get(f.code, ()))
        and not any(by_rank[f.severity.rank](f, code) for code in as_severe.get(f.code, ()))
    ]


def without_conflicting_fixes(findings: list[Finding], active: list[Rule]) -> list[Finding]:
    """``findings`` with the fixes taken off those of a rule whose fixes yield to another's
    (``fixes_yield_to``) where a finding of that other rule covers any of the same characters: FL409's
    "Monday" for "monday" keeps the day FL505 says is wrong, so only FL505's fix stands, while FL409's
    finding (the capital) stays.  O(n log n) in the number of findings."""
    yielding = {r.code: r.fixes_yield_to for r in active if r.fixes_yield_to}
    if not yielding:
        return findings
    covered = _coverage(findings, {code for codes in yielding.values() for code in codes})
    return [
        f.model_copy(update={"suggestions": []})
        if f.suggestions and any(covered(f, code) for code in yielding.get(f.code, ()))
        else f
        for f in findings
    ]


def _coverage(findings: list[Finding], codes: set[str]) -> Callable[[Finding, str], bool]:
    """A test of whether a finding of one of ``codes`` covers any character of a finding (a point: holds
    it); the spans are sorted once."""
    spans: dict[str, tuple[list[int], list[int]]] = {}
    for code in codes:
        pairs = sorted((f.start, f.end) for f in findings if f.code == code)
        if pairs:
            most, ends = -1, []
            for _, end in pairs:
                most = max(most, end)
                ends.append(most)  # the furthest end among spans starting at or before this one
            spans[code] = ([start for start, _ in pairs], ends)

    def covered(f: Finding, code: str) -> bool:
        if code not in spans:
            return False
        starts, ends = spans[code]
        if f.end == f.start:  # a point: covered by a span holding it
            i = bisect.bisect_right(starts, f.start)
            return i > 0 and ends[i - 1] > f.start
        i = bisect.bisect_left(starts, f.end)  # spans starting before this one ends
        return i > 0 and ends[i - 1] > f.start

    return covered


def without_yielded_to_hostility(findings: list[Finding], active: list[Rule]) -> list[Finding]:
    """``findings`` less those of a rule marked ``yields_to_hostile`` on a draft where a rule marked
    ``hostile`` reports an error: a rant is long because it is hostile, and the tone findings name that
    (FL115), unless the finding runs more than the rule's ``yields_to_hostile_up_to`` times its limit.
    O(n) in the number of findings."""
    quiet = {r.code for r in active if r.yields_to_hostile}
    if not quiet:
        return findings
    hostile = {r.code for r in active if r.hostile}
    if not any(f.code in hostile and f.severity is Severity.ERROR for f in findings):
        return findings
    bound = {r.code: r.yields_to_hostile_up_to for r in active if r.yields_to_hostile_up_to is not None}
    return [f for f in findings if f.code not in quiet or _well_past(f, bound.get(f.code))]


def _well_past(f: Finding, bound: float | None) -> bool:
    """Whether ``f`` measures more than ``bound`` times its limit: a rant well past the limit keeps
    its length warning on a hostile draft (FL115's ``yields_to_hostile_up_to``)."""
    return bound is not None and f._overrun is not None and f._overrun > bound


def _overrun(fields: dict[str, object]) -> float | None:
    """A metric check's value over its limit, from its message fields; None where either is missing."""
    try:
        value, limit = float(str(fields["value"])), float(str(fields["limit"]))
    except (KeyError, ValueError):
        return None
    return value / limit if limit > 0 else None


def with_requirements_met(findings: list[Finding], active: list[Rule]) -> list[Finding]:
    """``findings`` less those of a rule that builds on others (``requires``) on a draft where
    none of those others reported anything: FL210 (boilerplate) speaks only where FL202 found no
    detail of the interview, so with FL202 off or satisfied it is quiet too."""
    requiring = {r.code: r.requires for r in active if r.requires}
    if not requiring:
        return findings
    reported = {f.code for f in findings}
    return [f for f in findings if not requiring.get(f.code) or reported.intersection(requiring[f.code])]


def without_items_flagged_elsewhere(
    findings: list[Finding], active: list[Rule], severity_set: frozenset[str] = frozenset()
) -> list[Finding]:
    """``findings`` less those of a rule marked ``only_where_unflagged`` that cite an item another
    rule's finding at warning or above cites too: the reading of the whole draft (FL213, FL332, FL333)
    flags an item no rule named, and where one did, its more specific finding says it.  A finding of
    a rule whose severity the user's configuration set (``severity_set``) counts at any severity: a
    user who turned FL330 into tips asked for tips on those words, not for a warning in their place.
    Runs last, on the findings that stand.  O(n) in the number of findings."""
    last_word = {r.code for r in active if r.only_where_unflagged}
    if not last_word:
        return findings
    flagged = {
        g
        for f in findings
        if f.code not in last_word and (f.severity in (Severity.WARNING, Severity.ERROR) or f.code in severity_set)
        for g in f.guidance
    }
    return [f for f in findings if f.code not in last_word or not flagged.intersection(f.guidance)]


def _position(f: Finding) -> tuple[int, int, str]:
    return (f.start, f.end, f.code)


def _scored(report: Report, findings: list[Finding], active: list[Rule], assessed: bool = True) -> Report:
    """``report`` with ``findings`` sorted by position, each costed, and the scores computed from them."""
    findings = sorted(findings, key=_position)
    costs = finding_costs(findings, {r.code: r.weight for r in active})
    findings = [f.model_copy(update={"cost": c}) for f, c in zip(findings, costs, strict=True)]
    if not assessed:  # not English, or empty: the report stays unscored
        return report.model_copy(update={"findings": findings})
    overall, categories = score(findings, active)
    return report.model_copy(update={"findings": findings, "score": overall, "category_scores": categories})


def _cited(rule_items: list[str], own: list[str] | None) -> list[str]:
    """The guidance items a finding cites: those its check named for its own evidence (in the
    rule's order), or the rule's whole list when the check named none the rule has."""
    kept = [item for item in rule_items if own is not None and item in own]
    return kept or list(rule_items)


def _configured(config: Config, rule: Rule) -> Rule:
    settings = config.rules.get(rule.code)
    if settings is None:
        return rule
    update: dict[str, Any] = {}
    if settings.severity is not None:  # the user's severity holds on every purpose and channel
        update["severity"] = settings.severity
        update["severity_when"] = []
    if settings.weight is not None:
        update["weight"] = settings.weight
    if settings.params:
        merged = {**rule.params.model_dump(), **settings.params}
        try:
            update["params"] = validate_params(rule.check, merged)
            check_citations(rule.guidance, update["params"])
        except FollowupLintError as exc:
            raise FollowupLintError(
                f"configuration key `rules.{rule.code}`: {exc.problem.removeprefix('invalid rule: ')}"
            ) from exc
    return rule.model_copy(update=update)


def _check_dates(ctx: Context, notices: list[Notice], dropped: set[str]) -> Context:
    """An interview after the send time is almost always a typo in a date: say so, and judge no
    timing on it (the interview date is dropped for this draft, and added to ``dropped``)."""
    if ctx.interview_date is None or ctx.sent_at is None:
        return ctx
    interview, sent = ctx.interview_date, ctx.sent_at
    day_i = interview.date() if isinstance(interview, datetime) else interview
    day_s = sent.date() if isinstance(sent, datetime) else sent
    if day_i <= day_s:
        return ctx
    notices.append(notice(INTERVIEW_AFTER_SEND, interview=day_i.isoformat(), sent=day_s.isoformat()))
    dropped.add("interview_date")
    return ctx.model_copy(update={"interview_date": None})


def _context_notices(active: list[Rule], inp: CheckInput, dropped: set[str]) -> list[Notice]:
    """One notice (FL906) naming the rules missing context kept from running, and what to pass;
    not for a field that was given but could not be used (its own notice said so)."""
    by_hint: dict[str, list[str]] = {}
    for rule in active:
        if HINT_FIELDS.get(rule.check, frozenset()) & dropped:
            continue
        hint_fn = CONTEXT_HINTS.get(rule.check)
        hint = hint_fn(inp, rule.params) if hint_fn else None
        if hint:
            by_hint.setdefault(hint, []).append(rule.code)
    if not by_hint:
        return []
    parts = [f"{', '.join(codes)}: {hint}" for hint, codes in by_hint.items()]
    return [notice(MISSING_CONTEXT, hints="; ".join(parts))]

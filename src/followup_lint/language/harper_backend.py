"""Spelling and grammar with Harper (harper-py, Apache-2.0), offline and in-process.

One ``HarperBackend`` holds one ``harper.Linter``, built lazily on the first ``check`` (the
first Linter of a process costs about a second and ~130 MB; later ones a few milliseconds).

Threads and processes
    A ``harper.Linter`` is not thread-safe (a second concurrent call raises
    ``RuntimeError: Already borrowed``) and cannot be pickled.  Use one ``HarperBackend`` per
    thread.  Calls on one backend object are serialised by a lock, so sharing one by mistake
    is slow rather than broken.  Pickling a backend keeps only its configuration: the copy in
    a worker process builds its own Linter on its first ``check``.

Names
    Harper's dictionary does not know most people, companies and products (Initech, Priya,
    Okafor, FastAPI), and turns "Sam" into "SAM".  Words given as ``words`` are imported into
    the Linter's dictionary (with their possessives).  Names given per call to ``check`` are
    not imported (importing costs about as much as a lint, and would leak one draft's names
    into the next); instead a spelling or capitalisation issue whose flagged words are all
    accepted names or words (case-insensitive, possessive "'s" ignored) is dropped.

Other dialects
    A word Harper does not know under the chosen dialect may be right in another ("paediatrics",
    "axe", "analyser" to an American dictionary).  Each such word is looked up once in a second
    Linter of the other side of the Atlantic (British for an American user, American for the
    rest), spelling rule only, all of a draft's words in one call, answers kept per word; the
    issue says so (``other_dialect``) and the spelling rule makes it a tip.

Regions
    Only the given regions (body paragraphs, say) are linted, in PLAIN TEXT mode (Harper's
    default is Markdown).  They are joined with blank lines into one text and linted in one
    call; issues are mapped back to offsets into the full text.

Batches
    ``prime`` lints the texts of several drafts in shared calls (see ``_batch``: each text gets
    exactly the lints it gets alone) and keeps the answers, keyed by the joined text, until the
    next ``prime``; ``check`` uses a kept answer instead of calling Harper.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from followup_lint.language._batch import SEP, RawLint, lint_batch, lint_one
from followup_lint.language._names import accepted_words, all_accepted, with_possessives
from followup_lint.language._regions import MAX_CALL, Joined, bounded
from followup_lint.language.issues import LanguageIssue, sort_key

if TYPE_CHECKING:  # pragma: no cover
    import harper

__all__ = ["DEFAULT_DISABLED", "DIALECTS", "HarperBackend", "english_words", "harper_rule_names", "kind_of"]

#: Dialect names we accept -> harper.Dialect member name.
DIALECTS: dict[str, str] = {
    "us": "AMERICAN",
    "american": "AMERICAN",
    "en-us": "AMERICAN",
    "uk": "BRITISH",
    "british": "BRITISH",
    "gb": "BRITISH",
    "en-gb": "BRITISH",
    "canadian": "CANADIAN",
    "ca": "CANADIAN",
    "en-ca": "CANADIAN",
    "australian": "AUSTRALIAN",
    "au": "AUSTRALIAN",
    "en-au": "AUSTRALIAN",
    "indian": "INDIAN",
    "in": "INDIAN",
    "en-in": "INDIAN",
}

#: Harper rules off by default: pure style preferences, or rules other checks already cover.
#:
#: - OxfordComma: whether to put a comma before "and" in a list is house style, not an error.
#: - LongSentences: followup_lint measures sentence length itself (readability.long_sentences),
#:   with a threshold the user configures.
#: - RoadMap: "roadmap" is the standard spelling in the software industry these drafts come from.
#: - ExpandTimeShorthands / ExpandMemoryShorthands: "9am", "2 hrs", "16GB" are normal in e-mail.
#: - LookingForwardTo: it prints a debugging line to standard output itself, below Python, for every
#:   "looking forward to <verb>" it reads, which corrupted a JSON or SARIF report on standard output
#:   (round 30); FL406 hears its slip ("looking forward to hear from you") with a pattern of its own.
#: Harper's own default-off rules (NoOxfordComma, AvoidContractions, BoringWords, ...) stay off.
DEFAULT_DISABLED: tuple[str, ...] = (
    "OxfordComma",
    "LongSentences",
    "RoadMap",
    "ExpandTimeShorthands",
    "ExpandMemoryShorthands",
    "LookingForwardTo",
)

# Harper's lint kinds -> our groups.
_KINDS: dict[str, str] = {
    "Spelling": "spelling",
    "Typo": "spelling",
    "BoundaryError": "spelling",
    "Repetition": "repetition",
    "Punctuation": "punctuation",
    "Formatting": "punctuation",
    "Capitalization": "capitalization",
    "Grammar": "grammar",
    "Agreement": "grammar",
    "Malapropism": "grammar",
    "Eggcorn": "grammar",
    "WordChoice": "grammar",
    "Usage": "grammar",
    "Nonstandard": "grammar",
    "Style": "style",
    "Readability": "style",
    "Redundancy": "style",
    "Regionalism": "style",
    "Enhancement": "style",
    "Miscellaneous": "style",
}

_DEFAULT_CONFIG: dict[str, Any] | None = None
# One word of letters (apostrophes, hyphens inside): what is worth asking another dialect about.
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Spelling issues a draft gets before Harper is asked no more (check_within_budget): a real
# follow-up has a handful; each costs Harper milliseconds of suggestions, more the longer it is,
# so their letters are counted too.
MAX_UNKNOWN_WORDS = 200
MAX_UNKNOWN_LETTERS = 2_000
_KNOWN_ELSEWHERE_MAX = 20_000  # words kept per backend before the answers are dropped and asked again


def kind_of(lint_kind: str) -> str:
    """Our group for one of Harper's lint kinds (unknown kinds count as style)."""
    return _KINDS.get(lint_kind, "style")


def _default_config() -> dict[str, Any]:
    global _DEFAULT_CONFIG
    if _DEFAULT_CONFIG is None:
        import harper

        _DEFAULT_CONFIG = dict(harper.get_default_lint_config())
    return dict(_DEFAULT_CONFIG)


def harper_rule_names() -> list[str]:
    """Every rule name Harper knows (the keys of its default lint config), sorted."""
    return sorted(_default_config())


def _resolve_rules(names: Iterable[str], known: dict[str, str]) -> list[str]:
    out: list[str] = []
    bad: list[str] = []
    for name in names:
        key = name.strip()
        if key.lower().startswith("harper:"):
            key = key[len("harper:") :]
        canonical = known.get(key.lower())
        if canonical is None:
            bad.append(name)
        else:
            out.append(canonical)
    if bad:
        shown = ", ".join(repr(b) for b in bad)
        raise ValueError(
            f"unknown Harper rule name(s): {shown}; allowed values are Harper's rule names, e.g. "
            f"{', '.join(sorted(known.values())[:8])}, ... (see "
            "followup_lint.language.harper_backend.harper_rule_names() for all "
            f"{len(known)})"
        )
    return out


class HarperBackend:
    """Harper's spelling and grammar checks over chosen regions of a text.

    ``dialect``: us, uk (british), canadian, australian or indian.  ``disabled_rules``: Harper
    rule names to switch off in addition to ``DEFAULT_DISABLED``; ``enabled_rules`` switches
    rules on (including ones in ``DEFAULT_DISABLED``).  ``words``: extra words to accept
    everywhere (a user dictionary).  Unknown dialects and rule names raise ``ValueError``.
    """

    backend = "harper"

    def __init__(
        self,
        dialect: str = "us",
        disabled_rules: Iterable[str] = (),
        words: Iterable[str] = (),
        *,
        enabled_rules: Iterable[str] = (),
    ) -> None:
        key = dialect.strip().lower()
        if key not in DIALECTS:
            raise ValueError(
                f"unknown dialect {dialect!r}; allowed values: us, uk, canadian, australian, indian"
                " (also american, british, en-US, en-GB, en-CA, en-AU, en-IN)"
            )
        self.dialect = DIALECTS[key]
        self.words: tuple[str, ...] = tuple(dict.fromkeys(w.strip() for w in words if w.strip()))
        self._accepted = accepted_words(self.words)
        self._enabled_names = tuple(enabled_rules)
        self._disabled_names = tuple(disabled_rules)
        self._config: dict[str, Any] | None = None
        if self._enabled_names or self._disabled_names:
            # Rule names from the user: check them now, so a typo fails at configuration time.
            # (Harper's rule list costs its dictionary build, ~0.7 s once per process; the
            # Linter built later reuses it.)  With no names, all of this waits for the first check.
            self._resolve_config()
        self._linter: harper.Linter | None = None
        self._known_elsewhere: dict[str, bool] = {}
        self._lock = threading.Lock()
        self._primed: dict[str, list[RawLint]] = {}

    def _resolve_config(self) -> dict[str, Any]:
        if self._config is None:
            config = _default_config()
            known = {name.lower(): name for name in config}
            enabled = set(_resolve_rules(self._enabled_names, known))
            disabled = set(_resolve_rules(self._disabled_names, known))
            for name in DEFAULT_DISABLED:
                if name in config and name not in enabled:
                    disabled.add(name)
            for name in enabled:
                config[name] = True
            for name in disabled:
                config[name] = False
            self._config = config
        return self._config

    @property
    def disabled_rules(self) -> tuple[str, ...]:
        """Harper rules this backend switches off (ours and Harper's default-off ones excluded)."""
        config = self._resolve_config()
        defaults = _default_config()
        return tuple(sorted(n for n, on in config.items() if on is False and defaults.get(n) is not False))

    @property
    def enabled_rules(self) -> tuple[str, ...]:
        """Rules switched on explicitly."""
        known = {name.lower(): name for name in self._resolve_config()}
        return tuple(sorted(set(_resolve_rules(self._enabled_names, known))))

    # --- pickling: configuration only; the Linter is rebuilt lazily ----------------------
    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_linter"] = None
        state["_known_elsewhere"] = {}
        state["_primed"] = {}
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._linter = None
        self._known_elsewhere = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"HarperBackend(dialect={self.dialect.lower()!r}, disabled_rules={list(self._disabled_names)!r}, "
            f"words={len(self.words)})"
        )

    # --- the Linter -----------------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        return self._linter is not None

    def _get_linter(self) -> harper.Linter:
        if self._linter is None:
            import harper

            linter = harper.Linter(dialect=getattr(harper.Dialect, self.dialect))
            linter.set_lint_config(dict(self._resolve_config()))
            if self.words:
                linter.import_words(with_possessives(self.words))
            self._linter = linter
            _after_first_build()
        return self._linter

    def load(self) -> None:
        """Build the Linter now (otherwise the first ``check`` does)."""
        with self._lock:
            self._get_linter()

    # --- checking ---------------------------------------------------------------------------
    def check(
        self,
        text: str,
        regions: Sequence[tuple[int, int]] | None = None,
        names: Iterable[str] = (),
    ) -> list[LanguageIssue]:
        """Issues in ``text[start:end]`` for each region (the whole text when None).

        Offsets are code points into ``text``.  ``names`` (people, companies, technologies)
        are never reported as misspelt.  Sorted by (start, end, rule).
        """
        return self.check_within_budget(text, regions, names)[0]

    def check_within_budget(
        self,
        text: str,
        regions: Sequence[tuple[int, int]] | None = None,
        names: Iterable[str] = (),
    ) -> tuple[list[LanguageIssue], int | None]:
        """``check``, and where it stopped: the offset from which nothing was checked, or None.

        Harper works out suggestions for every word its dictionary lacks, several milliseconds
        each (up to 40 for a 100-letter word), so a draft of thousands of unknown words would
        take minutes.  After ``MAX_UNKNOWN_WORDS`` spelling issues (or ``MAX_UNKNOWN_LETTERS``
        letters of them) no further call is made and the issues from the next unknown word on
        are dropped: the cost is bounded by one call's text, and the same input always stops
        at the same place.
        """
        if regions is None:
            regions = [(0, len(text))]
        accepted = self._accepted | accepted_words(names)
        issues: list[LanguageIssue] = []
        unknown = letters = 0
        stopped: int | None = None
        for call in bounded(text, regions):  # no over-long word, no unbounded call
            found = self._check_joined(text, Joined.build(text, call), accepted)
            for issue in sorted(found, key=sort_key):
                if issue.rule == "SpellCheck":
                    unknown += 1
                    letters += issue.end - issue.start
                    if unknown > MAX_UNKNOWN_WORDS or letters > MAX_UNKNOWN_LETTERS:
                        stopped = issue.start
                        break
            if stopped is not None:
                issues.extend(i for i in found if i.start < stopped)
                break
            issues.extend(found)
        issues = self._mark_other_dialect(text, list(dict.fromkeys(issues)))
        issues.sort(key=sort_key)
        return issues, stopped

    def _mark_other_dialect(self, text: str, issues: list[LanguageIssue]) -> list[LanguageIssue]:
        """The issues, each unknown word that another English dialect's dictionary holds marked
        ``other_dialect`` (words looked up once, all of a call's in one Harper call)."""
        words = {
            text[i.start : i.end]
            for i in issues
            if i.rule == "SpellCheck" and _PLAIN_WORD.fullmatch(text[i.start : i.end])
        }
        if not words:
            return issues
        with self._lock:
            todo = sorted(w for w in words if w not in self._known_elsewhere)
            if todo:
                if len(self._known_elsewhere) > _KNOWN_ELSEWHERE_MAX:
                    self._known_elsewhere.clear()
                unknown = self._unknown_to_other(todo)
                for word in todo:
                    self._known_elsewhere[word] = word not in unknown
        return [
            replace(i, other_dialect=True)
            if i.rule == "SpellCheck" and self._known_elsewhere.get(text[i.start : i.end], False)
            else i
            for i in issues
        ]

    def _unknown_to_other(self, words: Sequence[str]) -> set[str]:
        """Which of ``words`` the other dialect's dictionary does not know either (lock held).

        Asks the process's spelling-only linter for that dialect, the one ``english_words``
        uses too, so the dictionary is built once per process, not once per caller."""
        other = "BRITISH" if self.dialect == "AMERICAN" else "AMERICAN"
        with _WORD_LOCK:  # taken after self._lock, never before it: no lock-order cycle
            return _unknown_in(other, words)

    def prime(self, texts: Iterable[tuple[str, Sequence[tuple[int, int]] | None]]) -> None:
        """Lint the regions of several texts in shared calls; ``check`` on the same text and
        regions then uses these answers (until the next ``prime`` or ``forget``).

        A text whose regions need more than one call (a long draft) is left to ``check``."""
        pending: dict[str, None] = {}
        for text, regions in texts:
            calls = bounded(text, regions if regions is not None else [(0, len(text))])
            if len(calls) == 1:
                joined = Joined.build(text, calls[0]).text
                if joined.strip():
                    pending[joined] = None
        with self._lock:
            self._primed = {}
            if len(pending) < 2:
                return
            linter = self._get_linter()
            for batch in _batches(list(pending)):
                answers = lint_batch(linter, batch) if len(batch) > 1 else [None]
                for joined, raw in zip(batch, answers, strict=True):
                    self._primed[joined] = raw if raw is not None else lint_one(linter, joined)

    def forget(self) -> None:
        """Drop the answers kept by ``prime``."""
        with self._lock:
            self._primed = {}

    def _check_joined(self, text: str, joined: Joined, accepted: set[str]) -> list[LanguageIssue]:
        if not joined.text.strip():
            return []
        with self._lock:
            raw = self._primed.get(joined.text)
            if raw is None:
                raw = lint_one(self._get_linter(), joined.text)
        issues: list[LanguageIssue] = []
        for lint in raw:
            mapped = joined.to_original(lint.start, lint.end)
            if mapped is None:
                continue
            start, end, region = mapped
            kind = kind_of(lint.kind)
            rule = lint.rule
            flagged = text[start:end]
            if kind in ("spelling", "capitalization") and all_accepted(flagged, accepted):
                continue
            if (
                kind == "capitalization"
                and rule == "SentenceCapitalization"
                and start == joined.regions[region][0]
                and not _at_line_start(text, start)
            ):
                # the region starts mid-line (after "Hi Ana," on the same line): not a
                # sentence start in the draft, whatever it looks like to Harper
                continue
            suggestions = tuple(dict.fromkeys(s for s in lint.suggestions if s))
            issues.append(
                LanguageIssue(
                    start=start,
                    end=end,
                    message=lint.message,
                    backend=self.backend,
                    rule=rule,
                    kind=kind,
                    suggestions=suggestions,
                )
            )
        return issues


def _batches(texts: list[str]) -> list[list[str]]:
    """``texts`` in groups of at most ``MAX_CALL`` characters (a call's cost grows faster than
    its length on long texts); a group of one is linted alone anyway."""
    groups: list[list[str]] = []
    size = 0
    for text in texts:
        if not groups or size + len(text) + 2 > MAX_CALL:
            groups.append([])
            size = 0
        groups[-1].append(text)
        size += len(text) + 2
    return groups


_built: list[bool] = []


def _after_first_build() -> None:
    """Once a process: hand back the ~35 MB the dictionary build freed (glibc keeps it)."""
    if not _built:
        _built.append(True)
        from followup_lint.memory import release_free_memory

        release_free_memory()


def _at_line_start(text: str, offset: int) -> bool:
    i = offset - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\r\n"


# --- is it an English word? ------------------------------------------------------------------
_WORD_LINTERS: dict[str, harper.Linter] = {}
_WORD_LOCK = threading.Lock()
_ENGLISH: dict[str, bool] = {}  # lower-case word -> known to an English dictionary of Harper's


def english_words(words: Iterable[str]) -> frozenset[str] | None:
    """Which of ``words`` (compared in lower case) Harper's American or British dictionary knows,
    or None when Harper cannot be loaded.

    For telling a word written in capitals for emphasis ("ABSOLUTELY") from an acronym or a
    product name written that way ("NEBOSH", "AUTOSAR"): the dictionary holds the one and not
    the other.  Spelling rule only, every unknown word of a call in one Harper call per dialect;
    answers are kept per word for the process.  A word is looked up once.
    """
    wanted = {w.lower() for w in words if _PLAIN_WORD.fullmatch(w)}
    with _WORD_LOCK:
        todo = sorted(w for w in wanted if w not in _ENGLISH)
        if todo:
            try:
                unknown = set(todo)
                for dialect in ("AMERICAN", "BRITISH"):
                    if unknown:
                        unknown = _unknown_in(dialect, sorted(unknown))
            except Exception:  # noqa: BLE001 - no Harper: the caller keeps its old behaviour
                return None
            if len(_ENGLISH) > _KNOWN_ELSEWHERE_MAX:
                _ENGLISH.clear()
            for word in todo:
                _ENGLISH[word] = word not in unknown
        return frozenset(w for w in wanted if _ENGLISH.get(w, False))


def _unknown_in(dialect: str, words: Sequence[str]) -> set[str]:
    """Which of ``words`` the ``dialect`` dictionary does not know (``_WORD_LOCK`` held)."""
    linter = _WORD_LINTERS.get(dialect)
    if linter is None:
        import harper

        linter = harper.Linter(dialect=getattr(harper.Dialect, dialect))
        linter.set_lint_config({name: name == "SpellCheck" for name in _default_config()})
        _WORD_LINTERS[dialect] = linter
    starts: list[int] = []
    at = 0
    for word in words:
        starts.append(at)
        at += len(word) + len(SEP)
    unknown = set()
    for lint in lint_one(linter, SEP.join(words)):  # one word a paragraph: no rule reads across them
        k = bisect_right(starts, lint.start) - 1  # any spelling lint inside a word: unknown there
        if k >= 0 and lint.start < starts[k] + len(words[k]):
            unknown.add(words[k])
    return unknown

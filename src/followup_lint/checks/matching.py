"""Existence and required: the Vale-style kinds most rules are made of.

``existence`` flags each occurrence of a phrase or pattern (with a replacement when the rule
gives one); ``required`` flags a draft where none occurs.  Phrases match whole tokens on the
lower-case text or on lemmas (spaCy PhraseMatcher); patterns are regular expressions.

The rule pack holds hundreds of patterns, and running each over every part costs time per
pattern per character (a 900 KB run of "!" once took seconds here).  Each pattern carries
literals one of which every match of it must contain (read from the parsed pattern, see
:func:`gate_literals`); a pattern none of whose literals is in the part is not run.  A substring test
is one fast scan, so most patterns cost almost nothing on a draft that cannot match them, and the
result is exactly what running every pattern gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, PrivateAttr, ValidationInfo, model_validator

from followup_lint import content_model
from followup_lint.checks.anchors import WHERE, anchor_span
from followup_lint.checks.base import (
    AnchorName,
    CheckInput,
    Params,
    PhraseList,
    RawFinding,
    RegexList,
    Scope,
    check_kind,
    rx,
)
from followup_lint.draft import Draft, Part
from followup_lint.greetings import english_greeting_source, greeting_source
from followup_lint.nlp import NLP
from followup_lint.report import Edit, Severity, Suggestion
from followup_lint.spans import SpanSet

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher

    from followup_lint.analysis import Analysis


class MatchParams(Params):
    phrases: PhraseList = []
    patterns: RegexList = []
    match: Literal["lower", "lemma"] = "lower"
    case_sensitive: bool = False
    within: Scope = ["message"]
    # Parts in which the patterns (not the phrases) are not searched: e.g. a reply's "Re:" subject,
    # whose words are the other side's, not the writer's.
    patterns_skip_parts: RegexList = []


def parts(inp: CheckInput, within: Sequence[str]) -> list[Part]:
    """The draft's parts named in ``within``, each once, in text order (worked out once a draft
    for each scope: every rule asks)."""
    return list(inp.analysis.parts(within))


def find(inp: CheckInput, params: MatchParams) -> list[Part]:
    """Non-overlapping matches (longest first) of the phrases and patterns in the chosen parts,
    leaving out anything inside a template placeholder."""
    hits: list[Part] = []
    plan = _plan(inp.analysis.nlp, params)
    compiled, matcher, firsts = plan.compiled, plan.matcher, plan.firsts
    scope = inp.analysis.parts(params.within)
    if compiled and inp.analysis.slices(scope):
        compiled = plan.in_draft(inp.analysis)
    if matcher is None and not compiled:  # nothing of the rule can match this draft
        return hits
    for part in scope:
        if matcher is not None and not firsts.isdisjoint(inp.analysis.doc_words(part)):
            doc = inp.analysis.doc(part)
            for _, s, e in matcher(doc):
                span = doc[s:e]
                start = part.start + span.start_char
                hits.append(Part(start, part.start + span.end_char, span.text))
        skip = any(rx(p, re.IGNORECASE).search(part.text) for p in params.patterns_skip_parts)
        folded = inp.analysis.folded(part) if compiled and not skip else ""
        text = fold_apostrophes(part.text)  # "I’ve" as "I've": one character for one, offsets stay
        for gated in () if skip else compiled:
            if not gated.may_match(text, folded):
                continue
            pattern = gated.pattern
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    hits.append(Part(part.start + m.start(), part.start + m.end(), part.text[m.start() : m.end()]))
    hits = [h for h in hits if not in_placeholder(inp, h)]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Part] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


@dataclass(frozen=True)
class _Plan:
    """What ``find`` works out once per rule: the compiled patterns, the phrase matcher and
    the hashes of the words a phrase can start with (a part holding none of them cannot match
    a phrase: the matcher is skipped), and the patterns' gates gathered by literal.

    ``in_draft`` keeps the patterns that can match somewhere in a draft: those without a gate
    and those one of whose literals is in the whole draft's text (case-folded or as written).
    A literal missing from the draft is missing from each of its parts, so this is one pass
    over the rule's distinct literals a draft instead of one test per pattern and part; the
    patterns kept are then gated part by part as before.
    """

    compiled: tuple[Gated, ...]
    matcher: PhraseMatcher | None
    firsts: frozenset[int]
    ungated: tuple[int, ...]  # indexes into ``compiled`` of the patterns without a gate
    by_folded: dict[str, tuple[int, ...]]  # literal -> the patterns it gates, for folded gates
    by_text: dict[str, tuple[int, ...]]  # the same for gates on the text as written

    def in_draft(self, analysis: Analysis) -> tuple[Gated, ...]:
        """The patterns that may match in ``analysis``'s draft, in their order."""
        if not self.by_folded and not self.by_text:
            return self.compiled
        keep = set(self.ungated)
        if self.by_folded:
            folded = analysis.draft_folded()
            for literal, which in self.by_folded.items():
                if literal in folded:
                    keep.update(which)
        if self.by_text:
            text = fold_apostrophes(analysis.draft.text)
            for literal, which in self.by_text.items():
                if literal in text:
                    keep.update(which)
        if len(keep) == len(self.compiled):
            return self.compiled
        return tuple(self.compiled[i] for i in sorted(keep))


def _plan(nlp: NLP, params: MatchParams) -> _Plan:
    """The rule's plan, worked out once per rule and pipeline (kept with the pipeline, so it
    goes when the pipeline goes)."""
    found = nlp.plans.get(id(params))
    if found is not None and found[0] is params:
        plan: _Plan = found[1]
        return plan
    compiled = compile_all(tuple(params.patterns), 0 if params.case_sensitive else re.IGNORECASE)
    matcher = None
    firsts: frozenset[int] = frozenset()
    if params.phrases:
        attr = "LEMMA" if params.match == "lemma" else "LOWER"
        matcher = nlp.matcher(tuple(params.phrases), attr)
        # the matcher's pattern docs are made so (NLP.matcher): their first token's attribute
        heads = [nlp.doc(p.lower())[0] for p in params.phrases]
        firsts = frozenset(int(t.lemma if attr == "LEMMA" else t.lower) for t in heads)
    by: dict[bool, dict[str, list[int]]] = {True: {}, False: {}}
    for i, gated in enumerate(compiled):
        for literal in gated.literals:
            by[gated.folded].setdefault(literal, []).append(i)
    plan = _Plan(
        compiled,
        matcher,
        firsts,
        tuple(i for i, gated in enumerate(compiled) if not gated.literals),
        {k: tuple(v) for k, v in by[True].items()},
        {k: tuple(v) for k, v in by[False].items()},
    )
    nlp.plans[id(params)] = (params, plan)
    return plan


@dataclass(frozen=True)
class Gated:
    """A compiled pattern and literals one of which every match contains (empty: none known).

    ``folded``: the literals are in lower case and are looked for in the part as
    :func:`fold_case` gives it (the pattern ignores case); otherwise in the part as written.
    """

    pattern: re.Pattern[str]
    literals: tuple[str, ...]
    folded: bool

    def may_match(self, text: str, folded: str) -> bool:
        """False only when no match of the pattern can be in a part with this text."""
        literals = self.literals
        if not literals:
            return True
        haystack = folded if self.folded else text
        if len(literals) == 1:  # most gates: one substring test, no generator
            return literals[0] in haystack
        return any(lit in haystack for lit in literals)


@lru_cache(maxsize=4096)
def compile_all(patterns: tuple[str, ...], flags: int) -> tuple[Gated, ...]:
    """Compiled patterns with their gates, once per rule (the hot path runs them for every draft)."""
    out = []
    for p in patterns:
        compiled = rx(p, flags)
        folded = bool(compiled.flags & re.IGNORECASE)
        literals = gate_literals(compiled)
        out.append(Gated(compiled, tuple(sorted({x.lower() for x in literals} if folded else literals)), folded))
    return tuple(out)


# Characters outside ASCII that ``re`` with IGNORECASE takes for an ASCII letter (Python 3.11-3.13;
# tests/test_matching_gate.py checks the table against every code point).
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_APOSTROPHE = str.maketrans({"\u2019": "'"})
_FOLD_GATES = {**_FOLD_TO_ASCII, **_APOSTROPHE}


def fold_apostrophes(text: str) -> str:
    """``text`` with the typographic apostrophe (’, U+2019) written as ``'``, one character for one
    (offsets stay exact): a rule's pattern written with ``'`` ("I'd", "I've") then hears the curly
    form that word processors and phones type, without spelling out both."""
    return text.translate(_APOSTROPHE) if "\u2019" in text else text


def fold_case(text: str) -> str:
    """``text`` in lower case with the four non-ASCII look-alikes of ASCII letters made ASCII and
    the curly apostrophe made straight (as :func:`find` matches it): an ASCII literal matched
    ignoring case somewhere in the text patterns see is then a substring of the result (lengths may
    change, so this is for gates only, never for offsets)."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_GATES).lower()


_MAX_ALTERNATIVES = 24  # a gate of more literals than this costs more than it saves


def gate_literals(pattern: re.Pattern[str]) -> frozenset[str]:
    """Runs of ASCII characters one of which every match of ``pattern`` contains (the most
    selective such set found), or an empty set when none is known."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an interpreter without these internals: no gate, same results
        return frozenset()
    return _best(list(parsed), c)


def _best(items: list[tuple[Any, Any]], c: Any) -> frozenset[str]:
    """The requirement of ``items`` whose shortest literal is longest (empty: none)."""
    found = _requirements(items, c)
    return max(found, key=lambda req: min(len(x) for x in req), default=frozenset())


def _requirements(items: list[tuple[Any, Any]], c: Any) -> list[frozenset[str]]:
    """Sets of literals of which a match of ``items`` must contain at least one each.

    A run of consecutive ASCII literals is a set of one; zero-width items (word boundaries,
    anchors, look-arounds) do not break a run, anything else that consumes text does; a look-around that must
    match adds its own requirements (a negative one adds none).  Groups
    without flags of their own and repeats of at least once are looked into; alternatives give
    the union of each alternative's best set, when every alternative has one.
    """
    found: list[frozenset[str]] = []
    run: list[str] = []
    possessive = getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)
    for op, av in items:
        if op is c.LITERAL and av < 128:
            run.append(chr(av))
            continue
        if op is c.ASSERT:
            # a look-around that must match holds its literals in the text too ("(?=[^.]{0,160}?salary)"
            # needs "salary" in the part): its requirements are the pattern's, and, zero-width, it
            # does not break a run
            found.extend(_requirements(list(av[1]), c))
            continue
        if op in (c.AT, c.ASSERT_NOT):
            continue
        if run:
            found.append(frozenset(["".join(run)]))
            run = []
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not add_flags and not del_flags:
                found.extend(_requirements(list(sub), c))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, possessive) and av[0] >= 1:
            found.extend(_requirements(list(av[2]), c))
        elif op is c.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                best = _best(list(alternative), c)
                if not best:
                    union = set()
                    break
                union |= best
            if union and len(union) <= _MAX_ALTERNATIVES:
                found.append(frozenset(union))
    if run:
        found.append(frozenset(["".join(run)]))
    return found


def in_placeholder(inp: CheckInput, hit: Part) -> bool:
    return inp.draft.overlaps_placeholder(hit.start, hit.end)


def match_case(replacement: str, original: str) -> str:
    """Give a replacement the capitalisation of the text it replaces."""
    if not replacement:
        return replacement
    if original.isupper() and len(original) > 1:
        return replacement.upper() if len(replacement) > 1 else replacement
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class MatchCitation(Params):
    """Matches that cite ``guidance`` (a subset of the rule's list): those in which one of
    ``patterns`` is found (searched in the matched text, ignoring case)."""

    guidance: list[str] = Field(min_length=1)
    patterns: RegexList = Field(min_length=1)


class ExistenceParams(MatchParams):
    replacements: dict[str, str] = {}  # lower-case matched text -> replacement ("" deletes)
    replacement: str | None = None  # one replacement for every match
    # Patterns (matched whole, ignoring case) for matches whose replacement changes the meaning
    # even in a rule with ``fix_safety = "safe"`` ("cool" -> "interesting"): --fix leaves them.
    unsafe_fixes: RegexList = []
    # Which items a finding cites, read from its match: the items of every entry one of whose
    # patterns the matched text contains; the rule's whole list when none does.
    cite: list[MatchCitation] = []
    # Wordings that contain a match but are not what the rule means ("I'll send it ASAP" is the
    # writer's own promise, not a demand): a match overlapping one of these is not reported.
    not_counting: RegexList = []
    # Lines on which a match is a tip (severity info), not the rule's severity: each pattern is
    # searched in the whole line the match stands on ("Hey Priya," alone on the greeting line is
    # informal but names the reader; "Hey Priya, thanks for today ..." is not such a line).
    tips: RegexList = []
    # Channels on which ``tips`` apply (empty: every channel): "Hey Priya," may open an e-mail to a
    # start-up founder, never a posted letter or card.
    tips_channels: list[str] = []
    # Patterns searched in the draft's text and in the context's company, role and interviewer
    # names: one found, ``tips`` do not apply to the draft (a reader owed the formal register: a
    # managing director, a partner, an investment bank; round 14).
    tips_void: RegexList = []

    def citations(self) -> list[tuple[str, list[str]]]:
        return [(f"params.cite[{i}].guidance", c.guidance) for i, c in enumerate(self.cite)]

    def cited(self, text: str) -> list[str] | None:
        """The items the entries of ``cite`` give a match of ``text``; None when none applies."""
        items = [g for c in self.cite if any(rx(p, re.IGNORECASE).search(text) for p in c.patterns) for g in c.guidance]
        return list(dict.fromkeys(items)) or None


@check_kind("existence", ExistenceParams)
def existence(inp: CheckInput, params: ExistenceParams) -> Iterator[RawFinding]:
    replacements = {k.lower(): v for k, v in params.replacements.items()}
    hits = find(inp, params)
    if hits and params.not_counting:
        contrary = SpanSet((c.start, c.end) for c in find(inp, _derived(params, "not_counting")))
        hits = [h for h in hits if not contrary.overlaps(h.start, h.end)]
    tip_lines: dict[int, bool] = {}  # a line's start -> whether a tip pattern is found in it (once a line)
    tips = params.tips if hits and params.tips and _tips_apply(inp, params) else []
    for hit in hits:
        key = " ".join(hit.text.lower().split())  # a phrase split over a line break ("no\nworries") is the phrase
        fields = {"match": hit.text, "replacement": ""}
        suggestions: list[Suggestion] = []
        new_text = replacements.get(key, params.replacement)
        if new_text is not None:
            new = match_case(new_text, hit.text)
            fields["replacement"] = new
            start, end = hit.start, hit.end
            if not new:  # deleting: take one adjacent space with it
                text = inp.draft.text
                if start > 0 and text[start - 1] == " ":
                    start -= 1
                elif end < len(text) and text[end] == " ":
                    end += 1
            label = f"replace with “{new}”" if new else f"delete “{hit.text}”"
            safe = _replacement_safe(inp.draft.text, hit, new, start, end, params.unsafe_fixes)
            suggestions.append(Suggestion(label=label, edits=[Edit(replacement=new, start=start, end=end)], safe=safe))
        severity = Severity.INFO if tips and _on_tip_line(inp.draft.text, hit, tips, tip_lines) else None
        yield RawFinding(
            hit.start,
            hit.end,
            fields=fields,
            suggestions=suggestions,
            guidance=params.cited(hit.text),
            severity=severity,
        )


def _tips_apply(inp: CheckInput, params: ExistenceParams) -> bool:
    """Whether the rule's ``tips`` may apply to this draft: its channel is one of ``tips_channels``
    (when given) and no ``tips_void`` pattern is found in its text or its context."""
    if params.tips_channels and inp.channel not in params.tips_channels:
        return False
    if not params.tips_void:
        return True
    ctx = inp.context
    hay = "\n".join([inp.draft.text, ctx.company or "", ctx.role or "", *ctx.interviewers])
    return not any(rx(p, re.IGNORECASE).search(hay) for p in params.tips_void)


def _on_tip_line(text: str, hit: Part, tips: list[str], seen: dict[int, bool]) -> bool:
    """Whether one of the ``tips`` patterns is found in the line ``hit`` stands on (without its line
    break); each line is searched once, however many matches it holds."""
    start = text.rfind("\n", 0, hit.start) + 1
    found = seen.get(start)
    if found is None:
        end = text.find("\n", hit.end)
        line = text[start : len(text) if end < 0 else end].rstrip("\r")
        found = seen[start] = any(rx(p, re.IGNORECASE).search(line) for p in tips)
    return found


def _replacement_safe(text: str, hit: Part, new: str, start: int, end: int, unsafe: list[str]) -> bool:
    """Whether a replacement keeps the meaning, as far as the text around it shows.

    Not when the rule lists the match as unsafe; not for an acronym in capitals ("TX") or a
    capitalised word inside a sentence (a name such as "Ty"); not for a deletion that would leave
    punctuation stranded ("Thanks, dude!" -> "Thanks,!").
    """
    if any(rx(p, re.IGNORECASE).fullmatch(hit.text) for p in unsafe):
        return False
    letters = [c for c in hit.text if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return False
    if hit.text[:1].isupper() and not starts_sentence(text, hit.start):
        return False
    return new != "" or deletion_clean(text, start, end)


_LOOK = 200  # characters looked at on each side (bounded, so many hits stay linear)


def starts_sentence(text: str, at: int) -> bool:
    """Whether ``at`` is the first word of a line or of a sentence."""
    before = text[max(0, at - _LOOK) : at].rstrip(" \t\"'“‘(\ufeff")
    return not before or before[-1] in ".!?\n\r:"


def deletion_clean(text: str, start: int, end: int) -> bool:
    """Deleting ``text[start:end]`` leaves well-formed text: no stranded punctuation, and a
    sentence it began still starts with a capital."""
    before = text[max(0, start - _LOOK) : start].rstrip(" \t\ufeff")
    after = text[end : end + _LOOK].lstrip(" \t")
    nxt = after[:1]
    at_start = not before or before[-1] in ".!?\n\r:"
    if nxt and nxt in ",;:.!?" and (at_start or before[-1] in ",;:"):
        return False
    return not (at_start and nxt.isalpha() and nxt.islower())


class RequiredParams(MatchParams):
    anchor: AnchorName = "body"
    slots: list[str] = []  # in a template, a placeholder whose name contains one of these counts
    # Wordings that contain a match but say the opposite ("thanks for nothing", "I did not
    # appreciate"): a match overlapping one of these does not count.
    not_counting: RegexList = []
    # Further places with their own wordings that also satisfy the rule (a sign-off that thanks
    # for something, where the rule's phrases would also take a bare "Thanks,").
    also: list[MatchParams] = []
    # A card or a personal note on paper (nothing above a greeting that ends in a comma, "Dear Ana,"),
    # not a business letter ("Dear Ms. Lopez:" or a date and address block above it): what only a
    # business letter carries (a date line, a formal close) is a tip there.
    tip_on_cards: bool = False
    # Further wordings that satisfy the rule on a card only (a card may greet the reader by the name
    # alone, "Frank,", where a business letter says "Dear Mr. Ito:").
    also_on_cards: list[MatchParams] = []
    # Wordings that do part of the job warmly enough that leaving out the rest is no embarrassment
    # ("It was a pleasure meeting you" with no thanks): where one is found, an error is a warning.
    softened_by: RegexList = []
    # Cues heard by parts rather than as one fixed phrase: a sentence counts where it matches at
    # least one pattern of every group (for a statement of fit, a clause of the writer's own
    # experience AND a link to the reader's role or need, in any order and any wording between).
    # A sentence that also holds a ``not_counting`` wording does not count.
    together: list[RegexList] = []
    # Wordings that open a sentence and carry the one before it on ("It is close to ...", "That is
    # why ..."): the two sentences are also heard together by parts, as one.
    together_carried_by: RegexList = []
    # Further kinds of sentence heard by parts like ``together``, each a list of groups, read at the
    # level of the clause rather than of a listed phrase (round 14: for a look ahead, a form that
    # looks ahead, "will", "hope", "until", "once", AND a word of contact or of the process, "hear",
    # "reply", "decision", "contacted"): a sentence that matches one pattern of every group of any
    # kind counts, under the same guards as ``together``, unless it also holds a ``clauses_unless``
    # wording (a negation, a look back: "I won't hear until ...", "you called me back last week").
    clauses: list[list[RegexList]] = []
    clauses_unless: RegexList = []
    # The guidance items the finding cites for some purposes, when the item the rule enforces is part
    # of another there (no thanks in a rejection reply also falls short of G-REJECTION, "thank them
    # graciously and ask for feedback"); other purposes cite the rule's whole list.
    cites_for_purpose: dict[Literal["thank-you", "status-check", "rejection-reply"], list[str]] = {}
    # Purposes in which a wording counts only in a sentence that also holds one of these: a status
    # check is written to ask for an update, so there only a sentence that asks (a question, a
    # request, a demand) counts, not a look ahead that asks nothing ("I look forward to hearing
    # from you", "You said you would get back to me"), which counts in a thank-you.
    asks_for_purpose: dict[Literal["thank-you", "status-check", "rejection-reply"], RegexList] = {}
    # Further wordings that count only in these purposes, like ``patterns`` otherwise (``not_counting``
    # and ``asks_for_purpose`` apply): in a status check, whose subject is the application's status,
    # a bare "let me know" or "Reply by Friday or consider me withdrawn" asks for the decision; in a
    # thank-you the same words ("let me know if you need anything") look forward to nothing.
    patterns_for_purpose: dict[Literal["thank-you", "status-check", "rejection-reply"], RegexList] = {}
    # Wordings that undo any match in their sentence, wherever it stands ("The role I want is one with
    # more travel than this": interest, but in another role); ``not_counting`` drops only the
    # matches it overlaps.
    not_counting_in_sentence: RegexList = []
    # Wordings that, at the very end of a draft with no sign-off line, are the sign-off itself ("...
    # any news yet? Thanks! Priya", a voicemail's last "Thank you so much."), in these purposes (all
    # when empty): like ``not_counting``, a match they overlap does not count.
    unsigned_sign_off: RegexList = []
    unsigned_sign_off_purposes: list[Literal["thank-you", "status-check", "rejection-reply"]] = []
    # A learned model (``models/<name>.json`` beside the rule, else the built-in one) asked only where
    # no wording matched: the rule is satisfied when the model reads the scope, as a whole, as doing
    # what the rule asks at or above its threshold (``followup_lint.content_model``).
    backstop: str | None = None
    _backstop_path: Path | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _find_backstop(self, info: ValidationInfo) -> RequiredParams:
        if self.backstop:
            from followup_lint.tone_model import find_model

            rule_dir = (info.context or {}).get("rule_dir")
            self._backstop_path = find_model(self.backstop, Path(rule_dir) if rule_dir else None)
        return self

    def citations(self) -> list[tuple[str, list[str]]]:
        return [(f"params.cites_for_purpose.{p}", items) for p, items in self.cites_for_purpose.items()]


@check_kind("required", RequiredParams)
def required(inp: CheckInput, params: RequiredParams) -> Iterator[RawFinding]:
    if _present(inp, params):
        return
    if _slot_fills(inp, params.slots):
        return
    if _heard_by_model(inp, params):
        return
    # on paper only: an e-mail greeting "Hi Ana," with nothing above it is no card
    card = inp.channel == "letter" and is_card(inp.draft)
    if card and any(find(inp, also) for also in params.also_on_cards):
        return
    start, end = anchor_span(inp.draft, params.anchor)
    on_card = params.tip_on_cards and card
    severity = Severity.INFO if on_card else None
    if severity is None and params.softened_by and find(inp, _derived(params, "softened_by")):
        severity = Severity.WARNING
    cited = params.cites_for_purpose.get(inp.purpose)  # type: ignore[call-overload]
    yield RawFinding(
        start, end, fields={"where": WHERE[params.anchor]}, missing=True, severity=severity, guidance=cited
    )


def is_card(draft: Draft) -> bool:
    """Whether a note on paper reads as a card: no line above its greeting, which ends in a comma."""
    if draft.preamble is not None and draft.preamble.text.strip():
        return False
    return draft.salutation is not None and draft.salutation.text.rstrip().endswith(",")


def _present(inp: CheckInput, params: RequiredParams) -> bool:
    """Whether a match counts: one not inside a contrary wording, or one of ``also``."""
    hits = find(inp, params)
    extra = params.patterns_for_purpose.get(inp.purpose)  # type: ignore[call-overload]
    if extra:
        more = derived_params(params, f"patterns_for_purpose.{inp.purpose}", patterns=extra, within=params.within)
        hits = sorted([*hits, *find(inp, more)], key=lambda h: (h.start, -(h.end - h.start)))
    if hits and params.not_counting:
        contrary = SpanSet((c.start, c.end) for c in find(inp, _derived(params, "not_counting")))
        hits = [h for h in hits if not contrary.overlaps(h.start, h.end)]
    if hits and _unsigned_sign_off_applies(inp, params):
        sign_off = SpanSet((c.start, c.end) for c in find(inp, _derived(params, "unsigned_sign_off")))
        hits = [h for h in hits if not sign_off.overlaps(h.start, h.end)]
    asks = params.asks_for_purpose.get(inp.purpose)  # type: ignore[call-overload]
    if hits and asks:
        asking = SpanSet((s.start, s.end) for s in _asking_sentences(inp, params, asks))
        hits = [h for h in hits if asking.overlaps(h.start, h.end)]
    if hits and params.not_counting_in_sentence:
        undone = SpanSet((s.start, s.end) for s in _asking_sentences(inp, params, params.not_counting_in_sentence))
        hits = [h for h in hits if not undone.overlaps(h.start, h.end)]
    if hits:
        return True
    if params.together and _heard_by_parts(inp, params, params.together):
        return True
    if any(_heard_by_parts(inp, params, kind, params.clauses_unless) for kind in params.clauses):
        return True
    return any(find(inp, also) for also in params.also)


def _heard_by_model(inp: CheckInput, params: RequiredParams) -> bool:
    """Whether the rule's learned backstop reads the scope as doing what the rule asks."""
    if params._backstop_path is None:
        return False
    model = content_model.load_content_model(params._backstop_path)
    return model.probability(content_model.features(backstop_text(inp, params))) >= model.threshold


def backstop_text(inp: CheckInput, params: RequiredParams) -> str:
    """The text a rule's learned backstop reads (and is trained on): the scope, less the sentences
    that hold one of the rule's own contrary wordings (``not_counting``, ``not_counting_in_sentence``:
    "I'm still not sure the role is for me", "I'd love to grab a coffee with you some time").  Such a
    sentence says the opposite of what the rule asks, or something else, and its words ("the role",
    "love to") would otherwise count for what it sets aside (round 12)."""
    parts = inp.analysis.parts(params.within)
    contrary = [*params.not_counting, *params.not_counting_in_sentence]
    denied = SpanSet((s.start, s.end) for s in _asking_sentences(inp, params, contrary)) if contrary else None
    if not denied:
        return content_model.scope_text(parts)
    kept = (" ".join(s.text for s in inp.analysis.sentences(p) if not denied.overlaps(s.start, s.end)) for p in parts)
    return "\n\n".join(kept)


def _unsigned_sign_off_applies(inp: CheckInput, params: RequiredParams) -> bool:
    """Whether the draft has no sign-off line, so its last words may be the sign-off itself."""
    purposes = params.unsigned_sign_off_purposes
    return bool(params.unsigned_sign_off) and inp.draft.closing is None and (not purposes or inp.purpose in purposes)


def _heard_by_parts(
    inp: CheckInput, params: RequiredParams, together: list[RegexList], unless: list[str] | None = None
) -> bool:
    """Whether one sentence of the scope matches a pattern of every group of ``together`` (the
    rule's own, or a kind of its ``clauses``), and no ``not_counting`` wording nor one of ``unless``
    (and, where the purpose asks for it, asks).  Each pattern is searched once a sentence: linear
    in the text."""
    groups = [[rx(p, re.IGNORECASE) for p in group] for group in together]
    contrary = [rx(p, re.IGNORECASE) for p in [*params.not_counting, *params.not_counting_in_sentence, *(unless or ())]]
    wanted = params.asks_for_purpose.get(inp.purpose)  # type: ignore[call-overload]
    asks = [rx(p, re.IGNORECASE) for p in wanted or ()]
    carried = [rx(p, re.IGNORECASE) for p in params.together_carried_by]

    def heard(text: str) -> bool:
        return (
            all(any(p.search(text) for p in group) for group in groups)
            and not any(c.search(text) for c in contrary)
            and (not asks or any(a.search(" ".join(text.split())) for a in asks))
        )

    # the sentence before, which a carrying opening joins to this one; across a paragraph break too
    # ("... I helped introduce a 72-hour antibiotic review." then a paragraph "I'd be glad to support the
    # new programme.")
    before = ""
    for part in inp.analysis.parts(params.within):
        if not part.text.strip():
            continue
        for sentence in inp.analysis.sentences(part):
            if in_placeholder(inp, sentence):  # a template's unfilled sentence says nothing yet
                before = ""
                continue
            text = fold_apostrophes(sentence.text)
            if heard(text):
                return True
            if before and any(c.search(text.lstrip()) for c in carried) and heard(before + " " + text):
                return True
            before = text
    return False


def _asking_sentences(inp: CheckInput, params: RequiredParams, asks: list[str]) -> Iterator[Part]:
    """The sentences of the scope that hold one of ``asks`` (a question, a request; or a wording
    that undoes a match, ``not_counting_in_sentence``): each pattern is searched once a sentence,
    so linear in the text."""
    compiled = [rx(p, re.IGNORECASE) for p in asks]
    for part in inp.analysis.parts(params.within):
        if not part.text.strip():
            continue
        for sentence in inp.analysis.sentences(part):
            # (a sentence wrapped over lines reads as one line: "I expect to\nhear back")
            text = " ".join(fold_apostrophes(sentence.text).split())
            if any(p.search(text) for p in compiled):
                yield sentence


_DERIVED: dict[tuple[int, str], tuple[object, MatchParams]] = {}


def derived_params(owner: object, key: str, **fields: Any) -> MatchParams:
    """Match parameters made from part of a rule (``owner``: its params, or an item of them) once,
    under ``key``: a new object for every draft would be validated every time and would add a plan
    to the pipeline's (keyed by the object) for every draft, so a language server or ``lint_many``
    would grow without end.  ``owner`` is kept alive with the result, so its id is never reused."""
    found = _DERIVED.get((id(owner), key))
    if found is None or found[0] is not owner:
        found = _DERIVED[(id(owner), key)] = (owner, MatchParams(**fields))
    return found[1]


def _derived(
    params: RequiredParams | ExistenceParams, key: Literal["not_counting", "softened_by", "unsigned_sign_off"]
) -> MatchParams:
    """A rule's ``not_counting``, ``softened_by`` or ``unsigned_sign_off`` wordings as match parameters."""
    return derived_params(params, key, patterns=getattr(params, key), within=params.within)


def _slot_fills(inp: CheckInput, slots: list[str]) -> bool:
    if not slots:
        return False
    lowered = [s.lower() for s in slots]
    body = inp.draft.body
    for p in inp.draft.placeholders:
        if body.start <= p.start < max(body.end, body.start + 1) or inp.draft.template:
            name = p.text.lower()
            if any(s in name for s in lowered):
                return True
    return False


class PartRequiredParams(Params):
    part: Literal["subject", "salutation", "closing", "signature", "body"]
    # salutation only: a first sentence that names the reader ("hey Maria r u ...", "Adam, I'm ...",
    # "Thanks for today, Ben!") greets them inline, so the greeting is there
    named_opening: bool = False
    # subject only: a draft with no header line at all (no Subject:, To: or From:) may not be an
    # e-mail (a card, a letter, a note pasted without its headers), so a missing subject is a tip
    tip_when_headerless: bool = False


def _names_the_reader_first(inp: CheckInput) -> bool:
    """Whether the body's first sentence names a recipient (To:/Cc: name or an interviewer)."""
    from followup_lint.checks.salutation import fold, name_words, recipients

    if not inp.draft.paragraphs:
        return False
    # (a title's full stop, "Ms. Alvarez, I have ...", ends no sentence)
    first = _FIRST_SENTENCE_END.split(inp.draft.paragraphs[0].text.strip(), maxsplit=1)[0]
    names = [name_words(person) for person in recipients(inp)]
    for run in _ADDRESSED.finditer(first):  # capitalised words set off as a form of address
        said = {fold(w.strip("'’")) for w in (run["name"] or run["name2"] or run["name3"]).split()}
        if any(said <= words for words in names if words):
            return True
    return False


_FIRST_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bMx\.)(?<!\bDr\.)(?<!\bProf\.)\s")

#: A run of capitalised words spoken to: after a word of greeting ("hey Maria r u ..."), at the
#: start of the sentence or after a comma and followed by a comma, "?", "." or the end ("Ana,
#: thank you ...", "Thanks for the chat, Ana."), or before a "!" ("gr8 chat 2day Ben!!"); not a
#: name used in the sentence ("the Initech interview", "Raj told me Ana Lopez leads ..."), which
#: is no greeting (found by a review).
#: (A run starts only where no word character comes before it, and each word is taken whole:
#: linear in the sentence, never retried from inside a word.)
_NAME_RUN = r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,2})"
_ADDRESSED = re.compile(
    rf"(?:(?i:\b(?:{english_greeting_source()}|{greeting_source()})\s+){_NAME_RUN}"
    rf"|(?:^|,\s*)(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?{_NAME_RUN.replace('name', 'name2')}\s*(?=[,!?.]|$)"
    rf"|\b{_NAME_RUN.replace('name', 'name3')}(?=\s*!))"
)


@check_kind("part_required", PartRequiredParams)
def part_required(inp: CheckInput, params: PartRequiredParams) -> Iterator[RawFinding]:
    """The draft has the part at all (a subject line, a greeting, a sign-off...)."""
    found = inp.draft.part(params.part)
    if found and any(p.text.strip() for p in found):
        return
    if params.named_opening and params.part == "salutation" and _names_the_reader_first(inp):
        return
    anchor = {"closing": "signature", "body": "body"}.get(params.part, params.part)
    start, end = anchor_span(inp.draft, anchor)
    headerless = not any(inp.draft.header(key) is not None for key in ("subject", "to", "from", "cc"))
    # ... unless the user said it is an e-mail (--channel email, a Channel: header, the config)
    severity = Severity.INFO if params.tip_when_headerless and headerless and not inp.channel_stated else None
    yield RawFinding(start, end, fields={"where": WHERE[anchor]}, missing=True, severity=severity)

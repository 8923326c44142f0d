"""Stance: token patterns (spaCy ``Matcher``) for hostile, entitled, dismissive or sarcastic wording.

A regular expression over the text sees "you obviously didn't read my CV" and "you didn't read
it, obviously" as unrelated strings; a token pattern states the shape once: *you*, an optional
adverb, a negated auxiliary, a verb of attention.  Patterns are data in the rule's ``[params]``,
written as spaCy Matcher token dicts over ``LOWER``, ``LEMMA``, ``NORM`` (which maps "n't"/"n’t"
to "not" and curly quotes to straight ones) and ``SHAPE``, plus a few token flags.  The default
pipeline has no tagger or parser, so there is no ``POS`` or ``DEP``.

Every pattern is checked when the rule loads: unknown attributes, ``REGEX``/``FUZZY`` and the
unbounded operators ``*`` and ``+`` are refused, so each pattern matches at most a bounded
number of tokens and a draft costs time linear in its length.

``unless`` patterns drop an overlapping match (“if you are too busy to meet, …” is not
sarcasm); ``requires`` keeps a match only when its sentence also holds one of the given words.

Word classes keep the vocabulary out of the patterns: with ``vocabulary = "stance"`` in
``[params]``, a set written as ``{IN = "@reader-side"}`` (or ``NOT_IN``, or an entry ``"@list"`` of
``requires``) is the list ``reader-side.txt`` of that vocabulary, one token per line; a list such
as ``{IN = ["@scorn", "@scorn-lexicon"]}`` is the union of its classes and words.  One class
serves many rules, and a new word added to it reaches every pattern that names it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from followup_lint.checks.base import CheckInput, Params, RawFinding, Scope, check_kind
from followup_lint.checks.matching import parts
from followup_lint.checks.token_gate import Needs, gate_for, pattern_needs
from followup_lint.errors import FollowupLintError
from followup_lint.report import Severity
from followup_lint.spacy_core import Doc, Matcher, Token, Vocab
from followup_lint.spans import SpanSet
from followup_lint.vocabulary import load_vocabulary

# Quote characters a writer uses for scare quotes (straight, curly, guillemets, low-9).
QUOTES = frozenset("\"'“”‘’«»„‚`")


def _open_quote(token: Token) -> bool:
    """A quote mark that opens: at the start or after a space, and touching the next word."""
    if token.text not in QUOTES or token.whitespace_:
        return False
    i = token.i
    return i == 0 or bool(token.doc[i - 1].whitespace_) or token.doc[i - 1].text in "([{–—-"


def _close_quote(token: Token) -> bool:
    """A quote mark that closes: touching the word before it."""
    i = token.i
    return token.text in QUOTES and i > 0 and not token.doc[i - 1].whitespace_


# Token flags patterns may use as {_ = {fl_open_quote = true}}: computed on demand, never stored.
EXTENSIONS = {"fl_open_quote": _open_quote, "fl_close_quote": _close_quote}
for _name, _getter in EXTENSIONS.items():
    if not Token.has_extension(_name):
        Token.set_extension(_name, getter=_getter)

# The words a token with each flag can be (a pattern is skipped on a doc without any).
FLAG_WORDS = {"fl_open_quote": QUOTES, "fl_close_quote": QUOTES}

ATTRS = frozenset(
    {
        "LOWER",
        "LEMMA",
        "NORM",
        "SHAPE",
        "TEXT",
        "LENGTH",
        "IS_ALPHA",
        "IS_ASCII",
        "IS_DIGIT",
        "IS_LOWER",
        "IS_UPPER",
        "IS_TITLE",
        "IS_PUNCT",
        "IS_SPACE",
        "IS_STOP",
        "IS_SENT_START",
        "LIKE_NUM",
        "LIKE_URL",
        "LIKE_EMAIL",
    }
)
_LOWERCASE_ATTRS = ("LOWER", "LEMMA", "NORM")
_SET_OPS = frozenset({"IN", "NOT_IN"})
_BOUNDED_OP = re.compile(r"^\{(\d{1,2})(?:,(\d{1,2}))?\}$")
MAX_REPEAT = 8


def _check_value(attr: str, value: Any) -> None:
    if isinstance(value, dict):
        bad = set(value) - _SET_OPS
        if bad:
            raise ValueError(f"{attr}: only IN and NOT_IN are allowed, not {', '.join(sorted(bad))}")
        for items in value.values():
            if not isinstance(items, list) or not items:
                raise ValueError(f"{attr}: IN / NOT_IN take a non-empty list")
            for item in items:
                _check_value(attr, item)
        return
    if attr in _LOWERCASE_ATTRS and isinstance(value, str) and value != value.lower():
        raise ValueError(f"{attr} value {value!r} must be lower case (tokens are compared in lower case)")


def _check_op(op: Any) -> None:
    if op in ("?", "!"):
        return
    m = _BOUNDED_OP.match(str(op))
    if m and (m.group(2) is None or int(m.group(2)) <= MAX_REPEAT) and int(m.group(1)) <= MAX_REPEAT:
        if m.group(2) is not None and int(m.group(2)) < int(m.group(1)):
            raise ValueError(f"OP {op!r}: the upper bound is below the lower one")
        return
    raise ValueError(
        f"OP {op!r} is not allowed: use ?, ! or a bounded repeat such as {{0,3}} (at most {MAX_REPEAT}); "
        "* and + are unbounded"
    )


def check_token_spec(spec: dict[str, Any]) -> None:
    """Refuse anything that is not a bounded, plain-attribute token spec."""
    for key, value in spec.items():
        if key == "OP":
            _check_op(value)
        elif key == "_":
            if not isinstance(value, dict) or not value:
                raise ValueError("_ takes a table of token flags")
            unknown = set(value) - set(EXTENSIONS)
            if unknown:
                raise ValueError(f"unknown token flag(s) {', '.join(sorted(unknown))}; known: {', '.join(EXTENSIONS)}")
        elif key not in ATTRS:
            raise ValueError(f"unknown token attribute {key!r}; allowed: {', '.join(sorted(ATTRS))}, OP, _")
        else:
            _check_value(key, value)


class TokenPattern(Params):
    """One Matcher pattern and what a match means."""

    tokens: list[dict[str, Any]] = Field(min_length=1, max_length=16)
    requires: list[str] = []  # the sentence must also hold one of these (LOWER, LEMMA or NORM)
    # the sentence must hold none of these (LOWER, LEMMA or NORM): words that settle what the match
    # means the other way ("respect" beside credentials restated in a rejection reply)
    excused_by: list[str] = []
    # words that void the excuse when the sentence also holds one ("I do not understand the choice"
    # is no acceptance): LOWER, LEMMA or NORM, so "n't" counts as "not"
    excuse_void: list[str] = []
    # words anywhere in the part (LOWER, LEMMA or NORM) that settle the match the other way: an offer told earlier
    # in the note ("thrilled to be joining", "you'd like to make me an offer") excuses asking when the written
    # offer will come, in a sentence of its own
    excused_in_part: list[str] = []
    message: str | None = None  # overrides the rule's message; may use {match}
    # lowers the rule's severity for this pattern's matches: an error rule's uncertain shape (a quoted
    # word that may be a scare quote or a label, credentials next to a bare "not") is a warning
    severity: Severity | None = None
    use_unless: bool = True  # False: the rule's ``unless`` patterns do not excuse this one
    # the guidance items a match of this pattern falls short of (a subset of the rule's list);
    # empty: the rule's whole list
    guidance: list[str] = []

    @field_validator("tokens")
    @classmethod
    def _valid_tokens(cls, value: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for i, spec in enumerate(value):
            try:
                check_token_spec(spec)
            except ValueError as exc:
                raise ValueError(f"token {i + 1}: {exc}") from None
        if all(str(spec.get("OP", "")) == "?" or str(spec.get("OP", "")).startswith("{0") for spec in value):
            raise ValueError("a pattern needs at least one token that must match")
        try:
            Matcher(Vocab(), validate=True).add("P", [value])
        except (ValueError, KeyError) as exc:  # spaCy's own schema check
            raise ValueError(f"spaCy rejects the pattern: {exc}") from None
        return value

    @field_validator("requires", "excused_by", "excuse_void")
    @classmethod
    def _lower(cls, value: list[str]) -> list[str]:
        return [v.lower() for v in value]


CLASS_MARK = "@"


def class_terms(name: str, vocabulary: str | None, rule_dir: Path | None) -> list[str]:
    """The tokens of word class ``@name``: a list of the rule's vocabulary, one token per line."""
    if vocabulary is None:
        raise ValueError(f'word class {name!r} needs `vocabulary = "..."` in [params]')
    try:
        terms = load_vocabulary(vocabulary, rule_dir).terms(name[len(CLASS_MARK) :])
    except FollowupLintError as exc:
        raise ValueError(str(exc)) from None
    multi = [t for t in terms if " " in t]
    if multi:
        raise ValueError(f"word class {name!r} holds phrases ({', '.join(multi[:3])}); a class lists single tokens")
    if not terms:
        raise ValueError(f"word class {name!r} is empty")
    return sorted(terms)


def _expand_set(value: Any, expand: Any) -> Any:
    """An ``IN``/``NOT_IN`` value with word classes replaced by their tokens: ``"@name"`` is the
    class, and a list may mix classes and words (``["@scorn", "@scorn-lexicon", "joke"]``), so a
    pattern can take the union of our own list and a borrowed one."""
    if isinstance(value, str) and value.startswith(CLASS_MARK):
        return expand(value)
    if isinstance(value, list) and any(isinstance(v, str) and v.startswith(CLASS_MARK) for v in value):
        merged: list[Any] = []
        for v in value:
            for term in expand(v) if isinstance(v, str) and v.startswith(CLASS_MARK) else [v]:
                if term not in merged:
                    merged.append(term)
        return merged
    return value


def _expand_spec(spec: Any, expand: Any) -> Any:
    """A token dict with every ``{IN = "@class"}`` / ``{NOT_IN = "@class"}`` replaced by its list."""
    if not isinstance(spec, dict):
        return spec
    out: dict[str, Any] = {}
    for attr, value in spec.items():
        if isinstance(value, dict):
            value = {op: _expand_set(v, expand) for op, v in value.items()}
        out[attr] = value
    return out


class StanceParams(Params):
    patterns: list[TokenPattern] = Field(min_length=1)
    unless: list[TokenPattern] = []
    within: Scope = ["message"]
    vocabulary: str | None = None  # where ``@class`` word classes are read from

    @model_validator(mode="before")
    @classmethod
    def _expand_word_classes(cls, data: Any, info: ValidationInfo) -> Any:
        """Replace ``@class`` references by the class's tokens before the patterns are checked."""
        if not isinstance(data, dict):
            return data
        rule_dir = (info.context or {}).get("rule_dir")
        vocabulary = data.get("vocabulary")
        cache: dict[str, list[str]] = {}

        def expand(name: str) -> list[str]:
            if name not in cache:
                cache[name] = class_terms(name, vocabulary, Path(rule_dir) if rule_dir else None)
            return cache[name]

        def expand_pattern(p: Any) -> Any:
            if not isinstance(p, dict):
                return p
            p = dict(p)
            if isinstance(p.get("tokens"), list):
                p["tokens"] = [_expand_spec(t, expand) for t in p["tokens"]]
            if isinstance(p.get("requires"), list):
                req: list[Any] = []
                for w in p["requires"]:
                    req.extend(expand(w) if isinstance(w, str) and w.startswith(CLASS_MARK) else [w])
                p["requires"] = req
            return p

        data = dict(data)
        for key in ("patterns", "unless"):
            if isinstance(data.get(key), list):
                data[key] = [expand_pattern(p) for p in data[key]]
        return data

    @model_validator(mode="after")
    def _unless_cites_nothing(self) -> StanceParams:
        for i, p in enumerate(self.unless):
            if p.guidance:
                raise ValueError(f"unless[{i}] has `guidance`, but an exception never reports a finding")
        return self

    def citations(self) -> list[tuple[str, list[str]]]:
        return [(f"params.patterns[{i}].guidance", p.guidance) for i, p in enumerate(self.patterns) if p.guidance]


class SharedMatcher:
    """The stance patterns of every rule, each compiled once, each run at most once per doc.

    spaCy's Matcher tries every pattern at every token, so one Matcher of all the patterns costs
    in proportion to their number even where none can match.  Here each pattern keeps the words
    it cannot match without (``token_gate.pattern_needs``); a pattern runs only on a doc that
    holds them, and its spans are kept in the doc's ``user_data``, so a pattern shared by two
    rules runs once.  Patterns are keyed by their content: a rule loaded again (a new
    ``Linter``) reuses what is compiled.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.compiled: dict[str, tuple[Matcher, Needs]] = {}
        # id(params) -> (params kept alive, pattern keys, exception keys)
        self.plans: dict[int, tuple[StanceParams, list[str], list[str]]] = {}
        self.cache_key = f"fl_stance_{id(self)}"

    def key(self, tokens: list[dict[str, Any]]) -> str:
        key = json.dumps(tokens, sort_keys=True, ensure_ascii=False)
        if key not in self.compiled:
            matcher = Matcher(self.vocab)
            matcher.add("P", [tokens])
            self.compiled[key] = (matcher, pattern_needs(tokens, self.vocab, FLAG_WORDS))
        return key

    def plan(self, params: StanceParams) -> tuple[list[str], list[str]]:
        found = self.plans.get(id(params))
        if found is None or found[0] is not params:
            found = (params, [self.key(p.tokens) for p in params.patterns], [self.key(p.tokens) for p in params.unless])
            self.plans[id(params)] = found
        return found[1], found[2]

    def spans(self, doc: Doc, words: frozenset[int], key: str) -> list[tuple[int, int]]:
        """The (start, end) token spans where the pattern ``key`` matches ``doc`` (whose word
        hashes are ``words``)."""
        cache: dict[str, list[tuple[int, int]]] = doc.user_data.setdefault(self.cache_key, {})
        found = cache.get(key)
        if found is None:
            matcher, needs = self.compiled[key]
            can_match = all(not need.isdisjoint(words) for need in needs)
            found = [(s, e) for _, s, e in matcher(doc)] if can_match else []
            cache[key] = found
        return found


_SHARED: dict[int, SharedMatcher] = {}  # id(vocab) -> its shared matcher


def shared_matcher(vocab: Vocab) -> SharedMatcher:
    found = _SHARED.get(id(vocab))
    if found is None or found.vocab is not vocab:
        found = _SHARED[id(vocab)] = SharedMatcher(vocab)
    return found


def _sentence_words(doc: Doc) -> tuple[list[int], list[frozenset[str]]]:
    """For each token the index of its sentence, and each sentence's words (lower, lemma, norm);
    computed once per doc."""
    cached: tuple[list[int], list[frozenset[str]]] | None = doc.user_data.get("fl_sentence_words")
    if cached is not None:
        return cached
    sent_of = [0] * len(doc)
    words: list[frozenset[str]] = []
    for n, sent in enumerate(doc.sents):
        bag: set[str] = set()
        for t in sent:
            sent_of[t.i] = n
            bag.update((t.lower_, t.lemma_, t.norm_))
        words.append(frozenset(bag))
    doc.user_data["fl_sentence_words"] = (sent_of, words)
    return sent_of, words


def _part_words(doc: Doc) -> frozenset[str]:
    """Every word of the doc (lower, lemma, norm), from its sentences' words; computed once per doc."""
    cached: frozenset[str] | None = doc.user_data.get("fl_part_words")
    if cached is None:
        cached = frozenset().union(*_sentence_words(doc)[1])
        doc.user_data["fl_part_words"] = cached
    return cached


_NEGATIONS = frozenset({"not", "never", "no", "n't", "hardly"})


def _excused(doc: Doc, s: int, sent_of: list[int], sent_words: list[frozenset[str]], pattern: TokenPattern) -> bool:
    """Whether the sentence of token ``s`` holds a word of ``pattern.excused_by`` and no word of its
    ``excuse_void``; with an ``excuse_void`` list, an excusing word just after a negation ("I do not
    understand the choice") excuses nothing."""
    bag = sent_words[sent_of[s]]
    if not any(w in bag for w in pattern.excused_by):
        return False
    if not pattern.excuse_void:
        return True
    if any(w in bag for w in pattern.excuse_void):
        return False
    cache: dict[tuple[int, int], bool] = doc.user_data.setdefault("fl_excused", {})
    key = (sent_of[s], id(pattern))
    if key not in cache:
        cache[key] = _excuse_not_negated(doc, doc[s].sent, pattern)
    return cache[key]


def _excuse_not_negated(doc: Doc, sent: Any, pattern: TokenPattern) -> bool:
    """Whether a word of ``pattern.excused_by`` stands in ``sent`` with no negation just before it."""
    for t in sent:
        if {t.lower_, t.lemma_, t.norm_} & set(pattern.excused_by):
            before = doc[max(sent.start, t.i - 3) : t.i]
            if not any(b.lower_ in _NEGATIONS or b.norm_ in _NEGATIONS for b in before):
                return True
    return False


def stance_matches(inp: CheckInput, params: StanceParams) -> list[tuple[int, int, str, TokenPattern]]:
    """Non-overlapping matches as (start, end, text, pattern), offsets into the draft."""
    shared = shared_matcher(inp.analysis.nlp.nlp.vocab)
    keys, unless_keys = shared.plan(params)
    hits: list[tuple[int, int, str, TokenPattern]] = []
    gate = gate_for(params, (p.tokens for p in params.patterns), shared.vocab, FLAG_WORDS)
    for part in parts(inp, params.within):
        words = inp.analysis.doc_words(part)
        live = gate.live(words)  # the patterns that can match here (a pattern whose words are
        if not live:  # missing has no match: its matcher is not asked)
            continue
        doc = inp.analysis.doc(part)
        found = [(i, s, e) for i in live for s, e in shared.spans(doc, words, keys[i])]
        if not found:
            continue
        blocked = SpanSet(span for key in unless_keys for span in shared.spans(doc, words, key))
        for i, s, e in found:
            pattern = params.patterns[i]
            if blocked and pattern.use_unless and blocked.overlaps(s, e):
                continue
            if pattern.requires:
                sent_of, sent_words = _sentence_words(doc)
                if not any(w in sent_words[sent_of[s]] for w in pattern.requires):
                    continue
            if pattern.excused_by:
                sent_of, sent_words = _sentence_words(doc)
                if _excused(doc, s, sent_of, sent_words, pattern):
                    continue
            if pattern.excused_in_part and any(w in _part_words(doc) for w in pattern.excused_in_part):
                continue
            span = doc[s:e]
            start = part.start + span.start_char
            hits.append((start, part.start + span.end_char, span.text, pattern))
    hits = [h for h in hits if not inp.draft.overlaps_placeholder(h[0], h[1])]
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str, TokenPattern]] = []
    for h in hits:
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    return out


@check_kind("stance", StanceParams)
def stance(inp: CheckInput, params: StanceParams) -> Iterator[RawFinding]:
    for start, end, text, pattern in stance_matches(inp, params):
        fields = {"match": text}
        message = pattern.message.format(match=text) if pattern.message else None
        yield RawFinding(
            start, end, fields=fields, message=message, guidance=pattern.guidance or None, severity=pattern.severity
        )

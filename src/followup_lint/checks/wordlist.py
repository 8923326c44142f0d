"""Word lists from a vocabulary (swear words, slurs): whole tokens only, names left alone.

Matching is by token, never by substring, so a listed word inside a longer one ("Scunthorpe",
"assessment") is never flagged.  A token matches on its lower-case form or its lemma; a word
masked with asterisks ("f*ck") matches a listed word of the same length whose visible letters
agree.  A capitalised word inside a sentence is taken for a name, as is any name the draft or
its context gives, and skipped.  Terms of an ``exclude`` list are never flagged, and a phrase in
one protects the words in it ("summa cum laude").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, PrivateAttr, ValidationInfo, model_validator

from followup_lint.checks.base import CheckInput, Params, RawFinding, Scope, check_kind
from followup_lint.checks.matching import parts
from followup_lint.checks.token_gate import word_hashes
from followup_lint.spacy_core import Doc, PhraseMatcher, Token, Vocab
from followup_lint.vocabulary import load_vocabulary

MASKS = "*#$@!"  # characters a writer puts for letters: "f*ck", "a$$", "sh!t", "f@ck"
TRAILING = ".,;:!?"  # punctuation the tokenizer may leave on a masked word ("a$$.")
MAX_MASKED = 24  # longer tokens are not masked words (and are not worth a candidate scan)


@dataclass(frozen=True)
class Terms:
    """The resolved word list: single words, phrases, masked-word candidates and protections."""

    words: frozenset[str]
    phrases: tuple[str, ...]
    by_shape: dict[tuple[int, str], tuple[str, ...]]  # (length, first letter) -> words
    allowed: frozenset[str]
    allowed_phrases: tuple[str, ...]
    lowercase_only: frozenset[str]


class WordListParams(Params):
    vocabulary: str
    lists: list[str] = Field(min_length=1)  # list stems whose terms are flagged
    min_rating: int | None = None  # for .tsv lists: keep terms whose value is at least this
    exclude: list[str] = []  # list stems never flagged
    lowercase_only: list[str] = []  # list stems of words that are also names: flagged in lower case only
    within: Scope = ["subject", "message"]
    _terms: Terms | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _resolve(self, info: ValidationInfo) -> WordListParams:
        rule_dir = (info.context or {}).get("rule_dir")
        self._terms = resolve_terms(self, Path(rule_dir) if rule_dir else None)
        return self

    @property
    def terms(self) -> Terms:
        if self._terms is None:  # built without validation (model_construct): resolve now
            self._terms = resolve_terms(self, None)
        return self._terms


def resolve_terms(params: WordListParams, rule_dir: Path | None) -> Terms:
    """Read the vocabulary once, at rule load: a missing vocabulary or list is a load error."""
    vocab = load_vocabulary(params.vocabulary, rule_dir)
    flagged: set[str] = set()
    for stem in params.lists:
        for term, value in vocab.terms(stem).items():
            if params.min_rating is not None and value:
                try:
                    if int(value) < params.min_rating:
                        continue
                except ValueError:
                    raise ValueError(f"list {stem}: rating {value!r} of {term!r} is not a whole number") from None
            flagged.add(term)
    excluded: set[str] = set()
    for stem in params.exclude:
        excluded.update(vocab.terms(stem))
    flagged -= excluded
    lowercase_only: set[str] = set()
    for stem in params.lowercase_only:
        lowercase_only.update(vocab.terms(stem))
    words = frozenset(t for t in flagged if " " not in t)
    by_shape: dict[tuple[int, str], list[str]] = {}
    for w in sorted(words):
        if w[:1].isalpha() and len(w) <= MAX_MASKED:
            by_shape.setdefault((len(w), w[0]), []).append(w)
    return Terms(
        words=words,
        phrases=tuple(sorted(t for t in flagged if " " in t)),
        by_shape={k: tuple(v) for k, v in by_shape.items()},
        allowed=frozenset(t for t in excluded if " " not in t),
        allowed_phrases=tuple(sorted(t for t in excluded if " " in t)),
        lowercase_only=frozenset(lowercase_only),
    )


def _masked_match(lower: str, terms: Terms) -> str | None:
    """The listed word a masked token stands for ("f*ck" -> "fuck", "a$$." -> "ass"), if exactly one
    fits; punctuation after the word is not a mask ("wow!")."""
    lower = lower.rstrip(TRAILING)
    if len(lower) > MAX_MASKED or len(lower) < 3 or not lower[0].isalpha():
        return None
    if not any(c in MASKS for c in lower) or not all(c.isalpha() or c in MASKS for c in lower):
        return None
    if sum(c.isalpha() for c in lower) < 2:
        return None
    fits = [
        w
        for w in terms.by_shape.get((len(lower), lower[0]), ())
        if all(c in MASKS or c == wc for c, wc in zip(lower, w, strict=True))
    ]
    return fits[0] if fits else None


def name_words(inp: CheckInput) -> frozenset[str]:
    """The words of the names the draft and its context give ("Ana Costa" -> ana, costa)."""
    return frozenset(w.lower() for n in inp.names for w in n.replace(",", " ").split())


def _looks_like_name(token: Token) -> bool:
    """A capitalised word that does not start a sentence (or a line), or that a capitalised word
    follows ("Hell's Kitchen", "Dick Hooker"), is taken for a name."""
    if not token.is_title:
        return False
    doc = token.doc
    after = token.i + 1
    if after < len(doc) and doc[after].lower_ in ("'s", "’s"):
        after += 1
    if after < len(doc) and doc[after].is_title and not doc[after].is_sent_start:
        return True
    if token.is_sent_start or token.i == 0:
        return False
    before = doc[token.i - 1]
    return (
        before.text not in ('"', "“", "‘", "'", "(", "-", "–", "—", ":")
        and "\n" not in before.whitespace_ + before.text
    )


HYPHENS = ("-", "‐", "‑")
MAX_PARTS = 6  # a hyphenated token of more parts is not walked further (keeps the walk bounded)


def _hyphen_parts(doc: Doc, s: int, e: int) -> list[Token]:
    """The word parts of the hyphenated token the span doc[s:e] sits in, with no space around a
    hyphen ("Joon-ho" -> Joon, ho); just the span's own tokens when no hyphen joins it to a word."""

    def joined(j: int) -> bool:  # doc[j] is a hyphen glued to words on both sides
        return (
            0 < j < len(doc) - 1
            and doc[j].text in HYPHENS
            and not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and doc[j - 1].is_alpha
            and doc[j + 1].is_alpha
        )

    first, last = s, e - 1
    while first - 1 > 0 and joined(first - 1) and (e - first) < 2 * MAX_PARTS:
        first -= 2
    while last + 1 < len(doc) - 1 and joined(last + 1) and (last - s) < 2 * MAX_PARTS:
        last += 2
    return [t for t in doc[first : last + 1] if t.text not in HYPHENS]


def _inside_hyphenated_name(doc: Doc, s: int, e: int, terms: Terms) -> bool:
    """A match that is part of a hyphenated name ("Joon-ho", "Jae-Ho", "Ho-jin") is no word: the
    hyphenated token counts as a name when one of its parts is capitalised, or the matched word
    is one that is also a name.  Lower-case compounds of ordinary words ("shit-show") still match."""
    whole = _hyphen_parts(doc, s, e)
    if len(whole) == e - s:
        return False
    if any(t.is_title for t in whole):
        return True
    return any(t.lower_ in terms.lowercase_only for t in doc[s:e])


_PHRASES: dict[tuple[int, int], tuple[Terms, PhraseMatcher, PhraseMatcher]] = {}


def _phrase_matchers(
    terms: Terms, vocab: Vocab, tokenizer: Callable[[str], Doc]
) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Matchers of the flagged and the protecting phrases, tokenised the way drafts are."""
    key = (id(terms), id(vocab))
    found = _PHRASES.get(key)
    if found is None or found[0] is not terms:
        flagged = PhraseMatcher(vocab, attr="LOWER")
        allowed = PhraseMatcher(vocab, attr="LOWER")
        if terms.phrases:
            flagged.add("F", [tokenizer(p) for p in terms.phrases])
        if terms.allowed_phrases:
            allowed.add("A", [tokenizer(p) for p in terms.allowed_phrases])
        found = (terms, flagged, allowed)
        _PHRASES[key] = found
    return found[1], found[2]


def word_hits(inp: CheckInput, params: WordListParams) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each flagged word or phrase, offsets into the draft."""
    terms = params.terms
    nlp = inp.analysis.nlp.nlp
    names = name_words(inp)
    for part in parts(inp, params.within):
        doc: Doc = inp.analysis.doc(part)
        flagged_phrases, allowed_phrases = _phrase_matchers(terms, nlp.vocab, nlp.tokenizer)
        protected = [(s, e) for _, s, e in allowed_phrases(doc)] if terms.allowed_phrases else []
        spans: list[tuple[int, int]] = [(s, e) for _, s, e in flagged_phrases(doc)] if terms.phrases else []
        # a token is looked at only for a listed lower case or lemma, or a mask character: a part
        # with none of them cannot give a word hit (exact, see token_gate.py)
        if word_hashes(terms.words).isdisjoint(inp.analysis.doc_words(part)) and not (
            any(m in part.text for m in MASKS)
        ):
            tokens: Doc | tuple[()] = ()
        else:
            tokens = doc
        for token in tokens:
            lower = token.lower_
            if lower in terms.allowed or not (
                lower in terms.words or token.lemma_ in terms.words or any(m in lower for m in MASKS)
            ):
                continue
            if lower in names or _looks_like_name(token):
                continue
            if lower in terms.lowercase_only and not token.text.islower():
                continue
            if lower in terms.words or token.lemma_ in terms.words or _masked_match(lower, terms):
                spans.append((token.i, token.i + 1))
        for s, e in sorted(set(spans)):
            if any(ps <= s and e <= pe for ps, pe in protected):
                continue
            if _inside_hyphenated_name(doc, s, e, terms):
                continue
            span = doc[s:e]
            start = part.start + span.start_char
            if inp.draft.overlaps_placeholder(start, start + len(span.text)):
                continue
            yield start, part.start + span.end_char, span.text


@check_kind("vocabulary", WordListParams)
def vocabulary_words(inp: CheckInput, params: WordListParams) -> Iterator[RawFinding]:
    last_end = -1
    for start, end, text in sorted(word_hits(inp, params)):
        if start < last_end:  # a word inside a flagged phrase
            continue
        last_end = end
        yield RawFinding(start, end, fields={"match": text})

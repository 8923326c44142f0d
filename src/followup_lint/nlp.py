"""The one spaCy pipeline: tokens, sentences and phrase matching, with no model download.

By default a blank English pipeline with a rule-based sentencizer, and lemmas from the
``spacy-lookups-data`` table, so ``thank`` matches "thanked" and "thanks".  When the
configuration names an installed pipeline (a package name or a path), ``spacy.load`` loads
it instead.  Matchers are compiled once per phrase list and cached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy

from followup_lint.errors import FollowupLintError
from followup_lint.spacy_core import Doc, Language, PhraseMatcher, spacy


class NLP:
    """A loaded pipeline plus the lemma table and cached matchers."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model
        if model:
            try:
                self.nlp: Language = spacy.load(model)
            except (OSError, ImportError, ValueError) as exc:
                raise FollowupLintError(
                    f"cannot load the spaCy pipeline {model!r} named in the configuration: {exc}. "
                    "Install it, or remove `spacy_model` to use the built-in blank English pipeline."
                ) from exc
            if (
                not self.nlp.has_pipe("sentencizer")
                and not self.nlp.has_pipe("parser")
                and not self.nlp.has_pipe("senter")
            ):
                self.nlp.add_pipe("sentencizer")
        else:
            self.nlp = spacy.blank("en")
            self.nlp.add_pipe("sentencizer")
        self._lemmas = _lemma_table()
        self._matchers: dict[tuple[str, tuple[str, ...]], PhraseMatcher] = {}
        self._lemma_of: dict[tuple[int, int], int] = {}  # (LOWER, LEMMA) hashes -> lemma hash
        # What a check works out once per rule for this pipeline: id(params) -> (params, plan)
        self.plans: dict[int, tuple[Any, Any]] = {}
        # The blank pipeline's components, called directly (a configured model goes through
        # ``Language.__call__``, which also applies its component settings and error handler).
        self._pipes: list[Any] | None = None if model else [pipe for _name, pipe in self.nlp.pipeline]

    def doc(self, text: str) -> Doc:
        """Tokenise and split ``text`` into sentences; fill lemmas from the lookup table.

        Any text is accepted: it goes through ``tokenizer_safe`` (same length, so every
        character offset of the doc is an offset of ``text``) and, when long, is tokenised in
        pieces cut after a line break and joined back into one doc.
        """
        safe = tokenizer_safe(text)
        if len(safe) <= CHUNK_CHARS and self._pipes is not None:
            doc = self.nlp.make_doc(safe)  # what ``self.nlp(safe)`` does, without its per-call set-up
            for pipe in self._pipes:
                doc = pipe(doc)
        elif len(safe) <= CHUNK_CHARS:
            doc = self.nlp(safe)
        elif self.model is None:  # tokenizer and sentencizer only: linear, no memory cliff
            limit = self.nlp.max_length
            self.nlp.max_length = max(limit, len(safe) + 1)
            try:
                doc = self.nlp(safe)
            finally:
                self.nlp.max_length = limit
        else:  # a configured model may hold far more per character: run it piece by piece
            doc = Doc.from_docs([self.nlp(piece) for piece in _chunks(safe)], ensure_whitespace=False)
        self._fill_lemmas(doc)
        return doc

    def _fill_lemmas(self, doc: Doc) -> None:
        """Lower-case lemmas: the pipeline's own, else the lookup table's, else the word.

        Read and written as arrays of string hashes, each distinct (word, lemma) pair worked
        out once per process (``_lemma_of``), because a Python loop over the tokens costs more
        than the tokenizer (and seconds on a long draft).
        """
        if not len(doc):
            return
        pairs = doc.to_array(["LOWER", "LEMMA"])
        if len(doc) >= _ARRAY_LEMMAS:  # a long draft: each distinct pair once
            distinct, where = numpy.unique(pairs, axis=0, return_inverse=True)
            lemmas = numpy.array([self._lemma_hash(lo, le) for lo, le in distinct.tolist()], dtype=numpy.uint64)
            doc.from_array(["LEMMA"], lemmas[where.reshape(-1)].reshape(-1, 1))
            return
        known = self._lemma_of
        lemma_hash = self._lemma_hash
        out = [known.get(pair) or lemma_hash(*pair) for pair in map(tuple, pairs.tolist())]
        column: Any = numpy.array(out, dtype=numpy.uint64).reshape(-1, 1)
        doc.from_array(["LEMMA"], column)

    def _lemma_hash(self, lower_hash: int, lemma_hash: int) -> int:
        """The hash of the lower-case lemma for a token with these LOWER and LEMMA hashes."""
        strings = self.nlp.vocab.strings
        if lemma_hash:
            lemma = strings[lemma_hash].lower()
        else:
            lower = strings[lower_hash]
            lemma = str(self._lemmas.get(lower, lower)).lower()
        found = int(strings.add(lemma))
        if len(self._lemma_of) >= _LEMMA_MEMO:
            self._lemma_of.clear()
        self._lemma_of[(lower_hash, lemma_hash)] = found
        return found

    def matcher(self, phrases: tuple[str, ...], attr: str = "LOWER") -> PhraseMatcher:
        """A PhraseMatcher over ``phrases`` on ``LOWER`` or ``LEMMA``, built once."""
        key = (attr, phrases)
        found = self._matchers.get(key)
        if found is None:
            found = PhraseMatcher(self.nlp.vocab, attr=attr)
            patterns = [self.doc(p.lower()) for p in phrases]
            found.add("P", patterns)
            self._matchers[key] = found
        return found

    def lemma(self, word: str) -> str:
        lower = word.lower()
        return str(self._lemmas.get(lower, lower)).lower()


#: The longest run without whitespace that reaches spaCy's tokenizer: its prefix and suffix
#: search is quadratic in the length of one run (4,000 "!" took seconds).  A longer run is no
#: word any check looks at, so the tokenizer sees it as neutral filler of the same length
#: ("000...0 000...0"): a few tokens instead of one per character, and no offset moves.
MAX_RUN = 80
#: Texts are tokenised in pieces of at most this many characters (spaCy refuses more than
#: ``nlp.max_length``, 1,000,000 by default, and a configured model may need far more memory).
CHUNK_CHARS = 100_000
_ARRAY_LEMMAS = 2_000  # tokens from which each distinct (word, lemma) pair is looked at once
_LEMMA_MEMO = 200_000  # (word, lemma) pairs remembered per pipeline (a bound on memory)

_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
_UNENCODABLE = re.compile(r"[\ud800-\udfff]")  # lone surrogates: spaCy cannot encode them


_FILLER = "0" * MAX_RUN + " "


def _filler(match: re.Match[str]) -> str:
    length = match.end() - match.start()
    return (_FILLER * (length // len(_FILLER) + 1))[:length]


def tokenizer_safe(text: str) -> str:
    """``text`` with the same length, made safe and linear for spaCy: lone surrogates become
    U+FFFD and every run of more than ``MAX_RUN`` non-blank characters becomes filler."""
    text = _UNENCODABLE.sub("\ufffd", text)
    return _LONG_RUN.sub(_filler, text)


def _chunks(text: str) -> list[str]:
    """Consecutive pieces of ``text`` (joined they are ``text``), each at most ``CHUNK_CHARS``
    long, cut after a line break or else after a blank where there is one."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > CHUNK_CHARS:
        limit = start + CHUNK_CHARS
        cut = text.rfind("\n", start, limit) + 1
        if cut <= start + CHUNK_CHARS // 2:
            cut = max(text.rfind(" ", start, limit) + 1, cut)
        if cut <= start:  # no blank at all (tokenizer_safe leaves none this long): cut anywhere
            cut = limit
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    """spaCy's English lookup lemmas, word -> lemma (case-sensitive: callers look up lower-case
    words).

    The ``spacy-lookups-data`` file read into a plain dict: spaCy's ``Table`` of the same 41,582
    entries (keys hashed, a Bloom filter, found through entry points) took about 13 MB and
    0.15 s, the dict takes about 7 MB and 0.09 s.  Empty when the package is missing: words
    are then their own lemmas.
    """
    try:
        from importlib import import_module

        paths = import_module("spacy_lookups_data").en  # that package's own table of files
        table = spacy.util.load_language_data(paths["lemma_lookup"])
    except (ImportError, AttributeError, KeyError, OSError, ValueError):
        return {}
    if not isinstance(table, dict):
        return {}
    table.update(_LOOKUP_FIXES)
    return table


#: Entries of the lookup table that are wrong in a letter: it reads "does" as the plural of
#: "doe", so a pattern on the lemma "do" missed "Does that still work for you?".
_LOOKUP_FIXES = {"does": "do"}

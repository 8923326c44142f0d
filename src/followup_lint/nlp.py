"""The one spaCy pipeline: tokens, sentences and phrase matching, with no model download.

By default a blank English pipeline with a rule-based sentencizer, and lemmas from the
``spacy-lookups-data`` table, so ``thank`` matches "thanked" and "thanks".  When the
configuration names an installed pipeline (a package name or a path), ``spacy.load`` loads
it instead.  Matchers are compiled once per phrase list and cached.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from followup_lint.errors import FollowupLintError


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

    def doc(self, text: str) -> Doc:
        """Tokenise and split ``text`` into sentences; fill lemmas from the lookup table."""
        doc = self.nlp(text)
        table = self._lemmas
        for token in doc:
            if not token.lemma_:
                lower = token.lower_
                token.lemma_ = str(table.get(lower, lower)).lower()
            else:
                token.lemma_ = token.lemma_.lower()
        return doc

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


@lru_cache(maxsize=1)
def _lemma_table() -> Any:
    """spaCy's English lookup lemmas (case-sensitive: callers look up lower-case words)."""
    try:
        from spacy.lookups import load_lookups

        return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    except (ImportError, ValueError, OSError, KeyError):  # spacy-lookups-data missing: exact words
        return {}

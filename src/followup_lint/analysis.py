"""Per-draft analysis shared by every check: spaCy docs of the draft's parts, computed once."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from followup_lint.draft import Draft, Part
from followup_lint.nlp import NLP
from followup_lint.spacy_core import Doc

if TYPE_CHECKING:
    from followup_lint.language.readability import Readability


MIN_WORDS_FOR_LANGUAGE = 12
MIN_STOPWORD_SHARE = 0.15


@dataclass
class Analysis:
    """Lazily built spaCy docs for the parts of one draft, keyed by the part's span."""

    draft: Draft
    nlp: NLP
    _docs: dict[tuple[int, int], Doc] = field(default_factory=dict)
    _memo: dict[str, Any] = field(default_factory=dict)
    _scopes: dict[tuple[str, ...], tuple[Part, ...]] = field(default_factory=dict)
    _folded: dict[tuple[int, int], str] = field(default_factory=dict)  # by the part's span
    _words: dict[tuple[int, int], frozenset[int]] = field(default_factory=dict)
    _slices: dict[tuple[int, int], bool] = field(default_factory=dict)

    def looks_english(self) -> bool:
        """Whether enough of the words are common English words (English prose runs at 40-55 %
        stop words; other languages far lower).  Too few words to tell counts as English."""
        alpha = stop = 0
        for p in self.draft.paragraphs:  # token attributes as arrays: no Python object per token
            doc = self.doc(p)
            if not len(doc):
                continue
            flags = doc.to_array(["IS_ALPHA", "LOWER"])
            lowers = flags[flags[:, 0] == 1, 1].tolist()
            stops = _stop_hashes(doc.vocab)
            alpha += len(lowers)
            stop += sum(1 for h in lowers if h in stops)
        if alpha < MIN_WORDS_FOR_LANGUAGE:
            return True
        return stop / alpha >= MIN_STOPWORD_SHARE

    def doc(self, part: Part) -> Doc:
        key = (part.start, part.end)
        doc = self._docs.get(key)
        if doc is None:
            doc = self.nlp.doc(part.text)
            self._docs[key] = doc
        return doc

    def parts(self, within: Sequence[str]) -> tuple[Part, ...]:
        """The draft's parts named in ``within`` (subject, body, message ...), each once, in text
        order; once a draft for each scope."""
        key = ("parts", *within)
        found = self._scopes.get(key)
        if found is None:
            seen: dict[tuple[int, int], Part] = {}
            for name in within:
                for p in self.draft.part(name):
                    seen[(p.start, p.end)] = p
            ordered = [seen[k] for k in sorted(seen, key=lambda k: (k[0], -k[1]))]
            # a part inside another chosen one (a postscript, in the message, inside the signature) is read once
            kept: list[Part] = []
            for p in ordered:
                if not kept or p.end > kept[-1].end:
                    kept.append(p)
            found = self._scopes[key] = tuple(kept)
        return found

    def draft_folded(self) -> str:
        """The whole draft's text case-folded for pattern gates, once a draft."""
        found: str | None = self._memo.get("folded")
        if found is None:
            from followup_lint.checks.matching import fold_case

            found = self._memo["folded"] = fold_case(self.draft.text)
        return found

    def slices(self, parts: Sequence[Part]) -> bool:
        """Whether each of ``parts`` holds the draft's own characters at its offsets (so a
        literal missing from the whole draft is missing from the part), checked once a part."""
        for p in parts:
            key = (p.start, p.end)
            found = self._slices.get(key)
            if found is None:
                found = self._slices[key] = self.draft.text[p.start : p.end] == p.text
            if not found:
                return False
        return True

    def folded(self, part: Part) -> str:
        """The part's text case-folded for pattern gates (see checks/matching.py), once a part."""
        key = (part.start, part.end)
        found = self._folded.get(key)
        if found is None:
            from followup_lint.checks.matching import fold_case

            found = self._folded[key] = fold_case(part.text)
        return found

    def doc_words(self, part: Part) -> frozenset[int]:
        """Hashes of the word forms in the part's doc, for token gates (checks/token_gate.py)."""
        key = (part.start, part.end)
        found = self._words.get(key)
        if found is None:
            from followup_lint.checks.token_gate import doc_words

            found = self._words[key] = doc_words(self.doc(part))
        return found

    def sentences(self, part: Part) -> list[Part]:
        """Sentences of a part, as Parts with offsets into the draft's text.

        A line break between two lines that both look complete also ends a sentence, so a
        bullet list or a line without a full stop is not glued to the next one.
        """
        out: list[Part] = []
        for sent in self.doc(part).sents:
            start = part.start + sent.start_char
            text = part.text[sent.start_char : sent.end_char]  # the draft's own characters
            offset = 0
            for piece in text.split("\n"):
                stripped = piece.strip()
                if stripped:
                    lead = len(piece) - len(piece.lstrip())
                    s = start + offset + lead
                    out.append(Part(s, s + len(stripped), stripped))
                offset += len(piece) + 1
        return _join_wrapped(out, self.draft.text)

    def body_readability(self) -> Readability | None:
        """Reading figures of the body (computed once; None when there is no body)."""
        if "readability" not in self._memo:
            from followup_lint.language.readability import readability

            body = "\n\n".join(p.text for p in self.draft.paragraphs)
            self._memo["readability"] = readability(body) if body.strip() else None
        found: Readability | None = self._memo["readability"]
        return found

    def words(self, part: Part) -> int:
        return len(word_spans(part))

    def body_words(self) -> int:
        return sum(self.words(p) for p in self.draft.paragraphs)


_STOP_HASHES: list[frozenset[int]] = []


def _stop_hashes(vocab: Any) -> frozenset[int]:
    """Hashes of spaCy's English stop words (a string's hash is the same in every vocab)."""
    if not _STOP_HASHES:
        from spacy.lang.en.stop_words import STOP_WORDS

        _STOP_HASHES.append(frozenset(vocab.strings.add(w) for w in STOP_WORDS))
    return _STOP_HASHES[0]


_WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['’.-][A-Za-z0-9\u00C0-\u024F]+)*")


def word_spans(part: Part) -> list[tuple[int, int]]:
    """Words of a part as draft offsets: the one definition of a word for counts and limits."""
    return [(part.start + m.start(), part.start + m.end()) for m in _WORD.finditer(part.text)]


def _join_wrapped(lines: list[Part], text: str) -> list[Part]:
    """Re-join hard-wrapped lines: a line that does not end a sentence continues on the next."""
    joined: list[Part] = []
    for line in lines:
        if joined and not joined[-1].text.rstrip().endswith((".", "!", "?", ":", ";")) and line.text[:1].islower():
            prev = joined.pop()
            line = Part(prev.start, line.end, text[prev.start : line.end])
        joined.append(line)
    return joined

"""Text-speak ("lmk", "tmrw", "u", "gr8"): each word flagged with its spelled-out form as the fix.

The words are a vocabulary (``rules/vocabularies/text-speak/``): ``words.tsv`` maps forms that
are text-speak wherever they stand; ``contextual.tsv`` maps forms that are text-speak only next
to certain words ("4" in "thanks 4 the chat", not in "4 years"; "r" in "how r u"), and the rule
gives those neighbours as ``context``.  Case tells a name from a word: a form counts in lower
case, in capitals ("LMK"), or capitalised at the start of a sentence; "U" alone, or a
capitalised form inside a sentence, is left alone.  The spelling rule skips these forms (its
``skip_vocabulary``), so a word is reported once, as tone.  The fix of a ``words.tsv`` form is
safe (``--fix`` applies it); that of a contextual form waits for ``--unsafe-fixes``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pydantic import PrivateAttr, ValidationInfo, field_validator, model_validator

from followup_lint.checks.base import CheckInput, Params, RawFinding, Scope, check_kind
from followup_lint.checks.matching import parts
from followup_lint.checks.token_gate import word_hashes
from followup_lint.checks.wordlist import name_words
from followup_lint.report import Edit, Suggestion
from followup_lint.spacy_core import Token
from followup_lint.vocabulary import load_vocabulary


class Context(Params):
    """Neighbours that make a contextual form text-speak: the word before, or the word after."""

    before: list[str] = []
    after: list[str] = []

    @field_validator("before", "after")
    @classmethod
    def _lower(cls, value: list[str]) -> list[str]:
        return [v.lower() for v in value]


class TextSpeakParams(Params):
    vocabulary: str = "text-speak"
    context: dict[str, Context] = {}  # contextual form -> its neighbours
    lowercase_only: list[str] = []  # forms that in capitals mean something else ("BC", "RN")
    not_in_capitals: list[str] = []  # forms that all in capitals are an acronym ("NGL"), though "Ngl," is text-speak
    unsure: list[str] = []  # forms that stand for more than one word ("ur": your, you're): fix not safe
    within: Scope = ["subject", "message"]
    _words: dict[str, str] = PrivateAttr(default_factory=dict)
    _contextual: dict[str, str] = PrivateAttr(default_factory=dict)
    _form_hashes: frozenset[int] | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _resolve(self, info: ValidationInfo) -> TextSpeakParams:
        rule_dir = (info.context or {}).get("rule_dir")
        vocab = load_vocabulary(self.vocabulary, Path(rule_dir) if rule_dir else None)
        self._words = dict(vocab.terms("words"))
        self._contextual = dict(vocab.terms("contextual"))
        for table in (self._words, self._contextual):
            for term, replacement in table.items():
                if " " in term or not replacement:
                    raise ValueError(f"text-speak form {term!r} must be one word with a replacement")
        missing = sorted(set(self._contextual) - set(self.context))
        extra = sorted(set(self.context) - set(self._contextual))
        if missing:
            raise ValueError(f"contextual form(s) {', '.join(missing)} need a `context` entry")
        if extra:
            raise ValueError(f"`context` names form(s) {', '.join(extra)} that contextual.tsv does not list")
        for term, ctx in self.context.items():
            if not (ctx.before or ctx.after):
                raise ValueError(f"context of {term!r} needs `before` or `after` words")
        return self

    @property
    def words(self) -> dict[str, str]:
        return self._words

    @property
    def contextual(self) -> dict[str, str]:
        return self._contextual

    @property
    def form_hashes(self) -> frozenset[int]:
        """Hashes of every form (both tables), to skip a part that holds none (token_gate.py)."""
        if self._form_hashes is None:
            self._form_hashes = word_hashes(frozenset(self._words) | frozenset(self._contextual))
        return self._form_hashes


def _counts(token: Token) -> bool:
    """Lower case, capitals of two letters or more, or capitalised at the start of a sentence."""
    text = token.text
    if text.islower() or not any(c.isalpha() for c in text):
        return True
    if text.isupper():
        return sum(c.isalpha() for c in text) > 1
    return text[:1].isupper() and text[1:].islower() and (token.is_sent_start or token.i == 0)


def _neighbour(token: Token, step: int) -> frozenset[str]:
    """The word before (step -1) or after (+1), lower-cased and normalised ("'ll" -> "will")."""
    i = token.i + step
    if 0 <= i < len(token.doc):
        other = token.doc[i]
        return frozenset((other.lower_, other.norm_))
    return frozenset()


def _spelled_out(replacement: str, token: Token) -> str:
    if token.is_sent_start or token.i == 0:
        return replacement[:1].upper() + replacement[1:]
    return replacement


@check_kind("text-speak", TextSpeakParams)
def text_speak(inp: CheckInput, params: TextSpeakParams) -> Iterator[RawFinding]:
    names = name_words(inp)
    forms = params.form_hashes
    for part in parts(inp, params.within):
        if forms.isdisjoint(inp.analysis.doc_words(part)):
            continue  # no token's lower case is a form: nothing to look at (exact, see token_gate.py)
        for token in inp.analysis.doc(part):
            lower = token.lower_
            replacement = params.words.get(lower)
            # a contextual form rests on a guess from its neighbours; an unsure one has two readings
            certain = replacement is not None and lower not in params.unsure
            if replacement is None:
                replacement = params.contextual.get(lower)
                if replacement is None:
                    continue
                ctx = params.context[lower]
                if _neighbour(token, -1).isdisjoint(ctx.before) and _neighbour(token, 1).isdisjoint(ctx.after):
                    continue
            if lower in names or not _counts(token):
                continue
            if lower in params.lowercase_only and not token.text.islower():
                continue
            if lower in params.not_in_capitals and token.text.isupper():
                continue
            start = part.start + token.idx
            end = start + len(token.text)
            if inp.draft.overlaps_placeholder(start, end):
                continue
            new = _spelled_out(replacement, token)
            yield RawFinding(
                start,
                end,
                fields={"match": token.text, "replacement": new},
                suggestions=[
                    Suggestion(
                        label=f"replace with “{new}”",
                        edits=[Edit(replacement=new, start=start, end=end)],
                        safe=certain,
                    )
                ],
            )


def text_speak_forms(vocabulary: str = "text-speak", rule_dir: Path | None = None) -> frozenset[str]:
    """Every form the vocabulary lists (the spelling rule leaves these to the text-speak rule)."""
    vocab = load_vocabulary(vocabulary, rule_dir)
    return frozenset(t for table in vocab.lists.values() for t in table)

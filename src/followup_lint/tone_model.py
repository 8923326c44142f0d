"""A learned tone model: a linear score over a sentence's words, word pairs and a few word classes.

Patterns catch the wording they were written from; a writer who is curt, sarcastic or impatient
in other words slips past them.  This model was trained offline (``benchmarks/train_tone_model.py``,
scikit-learn, fixed seeds) on labelled sentences and shipped as plain data: a JSON file mapping
each feature to a weight.  At lint time nothing is learned and nothing but the standard library
runs: a sentence's score is the bias plus the weights of the distinct features it holds, so the
cost is linear in its length, and the words behind the heaviest weights say why it scored high.

The same :func:`features` serves training and linting, so the two can never disagree on what a
feature is.  Tokens are the project's spaCy tokens (``followup_lint.nlp``), whitespace dropped.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from followup_lint.errors import FollowupLintError

FOLDER = "models"
FORMAT = 1  # the model file's ``format``; a file of another format is refused with its path

# Word classes: a class feature generalises over the words of the class, so "ur" and "your",
# "never" and "n't", "sooo" and "reallyyy" share what the model learned about any of them.
READER = frozenset({"you", "your", "yours", "yourself", "yourselves", "u", "ur", "ya", "yall", "y'all"})
NEGATION = frozenset(
    {"not", "n't", "nt", "no", "never", "nothing", "nobody", "none", "nowhere", "neither", "nor", "cannot"}
)
INTENSIFIER = frozenset(
    {
        "so", "sooo", "very", "really", "totally", "absolutely", "seriously", "honestly", "frankly",
        "clearly", "obviously", "even", "actually", "literally", "utterly", "completely", "extremely",
        "surely", "certainly", "simply", "just",
    }
)  # fmt: skip
QUOTE_MARKS = frozenset('"“”«»„')
_HELD = re.compile(r"([a-z])\1\1")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
MAX_QUOTED = 3  # scare quotes hold a word or a short phrase


def normalise(token: str) -> str:
    """The form a feature names: lower case, straight apostrophes, long numbers as ``<num>``.

    A single digit stays itself: "4" for "for" and "2" for "to" are text-speak the model should see.
    """
    lower = token.lower().translate(_APOSTROPHES)
    if len(lower) > 1 and lower.isdigit():
        return "<num>"
    if lower in QUOTE_MARKS:
        return '"'
    return lower


def word_classes(form: str, text: str, lemma: str, lexicon: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The classes of one token: the built-in ones (reader, negation, intensifier, drawn-out,
    shouting) and those the model's ``lexicon`` gives its form or its lemma."""
    found: list[str] = []
    if form in READER:
        found.append("@you")
    if form in NEGATION:
        found.append("@neg")
    if form in INTENSIFIER:
        found.append("@intens")
    if form.isalpha() and _HELD.search(form):
        found.append("@drawn")
    if len(text) >= 4 and text.isalpha() and text.isupper():
        found.append("@caps")
    found.extend(lexicon.get(form, ()))
    if lemma != form:
        found.extend(c for c in lexicon.get(lemma, ()) if c not in found)
    return tuple(found)


@dataclass(frozen=True)
class Feature:
    """A feature of a sentence and the tokens it covers (``first`` to ``last``, inclusive)."""

    name: str
    first: int
    last: int


def features(tokens: Sequence[tuple[str, str]], lexicon: Mapping[str, tuple[str, ...]] | None = None) -> list[Feature]:
    """The features of one sentence's tokens, each a (text, lemma) pair, in token order (a
    feature may occur more than once).

    - ``w:`` a word, ``l:`` its lemma where that differs, ``b:`` two neighbouring words
      (``<s>``/``</s>`` mark the sentence's ends);
    - ``c:`` a word class and ``k:`` a pair of neighbours with one of them replaced by its class;
    - ``c:scare`` one to three words inside quote marks, ``c:!!``/``c:??``/``c:?!`` runs of marks.
    """
    return [Feature(name, first, last) for name, first, last in _walk(tokens, lexicon or {})]


# (text, lemma) -> (form, lemma, classes), per lexicon: most tokens of a draft were seen before.
_TOKENS: dict[int, dict[tuple[str, str], tuple[str, str, tuple[str, ...]]]] = {}
MAX_CACHED_TOKENS = 200_000


def _walk(tokens: Sequence[tuple[str, str]], lex: Mapping[str, tuple[str, ...]]) -> list[tuple[str, int, int]]:
    """(name, first token, last token) of every feature: plain tuples, as scoring runs on every
    sentence of every draft and needs only the names."""
    cache = _TOKENS.setdefault(id(lex), {})
    if len(cache) > MAX_CACHED_TOKENS:  # a bounded memo: a long-running server never grows without end
        cache.clear()
    forms, lemmas, classes = [], [], []
    for token in tokens:
        found = cache.get(token)
        if found is None:
            text, lemma = token
            form = normalise(text)
            lem = lemma.lower().translate(_APOSTROPHES)
            found = cache[token] = (form, lem, word_classes(form, text, lem, lex))
        forms.append(found[0])
        lemmas.append(found[1])
        classes.append(found[2])
    out: list[tuple[str, int, int]] = []
    add = out.append
    n = len(forms)
    for i, form in enumerate(forms):
        add(("w:" + form, i, i))
        if lemmas[i] != form and lemmas[i]:
            add(("l:" + lemmas[i], i, i))
        for cls in classes[i]:
            add(("c:" + cls, i, i))
        if i == 0:
            add(("b:<s> " + form, i, i))
        if i + 1 < n:
            nxt = forms[i + 1]
            add((f"b:{form} {nxt}", i, i + 1))
            for cls in classes[i]:
                add((f"k:{cls} {nxt}", i, i + 1))
            for ncls in classes[i + 1]:
                add((f"k:{form} {ncls}", i, i + 1))
        else:
            add((f"b:{form} </s>", i, i))
        if form == '"':
            for j in range(i + 2, min(n, i + 2 + MAX_QUOTED)):
                if forms[j] == '"':
                    if all(f[:1].isalpha() for f in forms[i + 1 : j]):
                        add(("c:scare", i, j))
                    break
        if form in ("!", "?") and i + 1 < n and forms[i + 1] in ("!", "?"):
            add(("c:" + form + forms[i + 1], i, i + 1))
        elif len(form) > 1 and set(form) <= {"!", "?"}:
            add(("c:" + form[:2], i, i))
    return out


@dataclass(frozen=True)
class Model:
    """Weights by feature name, the bias, and the score at or above which a sentence is reported."""

    weights: dict[str, float]
    bias: float
    threshold: float
    lexicon: dict[str, tuple[str, ...]]  # word -> its classes beyond the built-in ones
    path: Path
    # several sentences of one draft at or above this make the draft hostile (None: not judged)
    draft_threshold: float | None = None

    def total(self, tokens: Sequence[tuple[str, str]]) -> float:
        """The sentence's score: the bias plus the weights of its distinct features."""
        get = self.weights.get
        return self.bias + math.fsum(get(name, 0.0) for name in {f[0] for f in _walk(tokens, self.lexicon)})

    def score(self, tokens: Sequence[tuple[str, str]]) -> tuple[float, list[Feature]]:
        """The sentence's score and its distinct features that carry a weight, heaviest first."""
        seen: dict[str, Feature] = {}
        for feature in features(tokens, self.lexicon):
            if feature.name not in seen and feature.name in self.weights:
                seen[feature.name] = feature
        total = self.bias + sum(self.weights[name] for name in seen)
        ranked = sorted(seen.values(), key=lambda f: (-self.weights[f.name], f.first, f.name))
        return total, ranked

    @staticmethod
    def probability(score: float) -> float:
        """The logistic of a score: the model's estimate that the sentence reads as hostile."""
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))


def model_dirs(rule_dir: Path | None) -> list[Path]:
    """Where models are looked for, first match wins: beside the rule file, then built in."""
    from followup_lint.rulepack import data_dirs

    return data_dirs(FOLDER, rule_dir)


def find_model(name: str, rule_dir: Path | None = None) -> Path:
    """The file of model ``name`` (``models/<name>.json``); a missing one is an error naming it."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise FollowupLintError(f"invalid model name {name!r}: use the name of a file in `{FOLDER}/` without `.json`")
    searched = model_dirs(rule_dir)
    for base in searched:
        path = base / f"{name}.json"
        if path.is_file():
            return path.resolve()
    raise FollowupLintError(f"model `{name}` not found (looked in {', '.join(str(d) for d in searched)})")


def _lexicon(classes: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """word -> its classes, from the file's class -> space-separated words."""
    found: dict[str, list[str]] = {}
    for cls, words in sorted(classes.items()):
        for word in str(words).split():
            found.setdefault(word, []).append(str(cls))
    return {word: tuple(c) for word, c in found.items()}


def read_model_file(path: Path, kind: str, fmt: int) -> dict:
    """A model file's JSON, checked for its ``format``; an unreadable file, or one of another format, is
    an error naming the file (the ``kind`` of model, "tone" or "purpose", says which)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise FollowupLintError(f"cannot read the {kind} model {path}: {exc}") from exc
    found = data.get("format") if isinstance(data, dict) else None
    if found != fmt:
        raise FollowupLintError(f"the {kind} model {path} is malformed: format {found!r}, expected {fmt}")
    return data


@lru_cache(maxsize=8)
def load_model(path: Path) -> Model:
    """Read a model file once a process; a malformed one is an error naming the file."""
    data = read_model_file(path, "tone", FORMAT)
    try:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        bias = float(data["bias"])
        threshold = float(data["threshold"])
        draft_threshold = None if data.get("draft_threshold") is None else float(data["draft_threshold"])
        lexicon = _lexicon(data.get("classes", {}))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FollowupLintError(f"the tone model {path} is malformed: {exc}") from None
    limits = (threshold,) if draft_threshold is None else (threshold, draft_threshold)
    if not all(math.isfinite(w) for w in (*weights.values(), bias, *limits)):
        raise FollowupLintError(f"the tone model {path} holds a weight that is not a finite number")
    return Model(weights, bias, threshold, lexicon, path, draft_threshold)

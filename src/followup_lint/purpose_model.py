"""A learned purpose model: whether a draft's words, read as a whole, thank, ask after a decision or
answer one.

The rules in ``infer.py`` decide a draft's purpose from families of cue wordings and the dates; a
writer who says it in words no family holds ("Ok. Understood. All the best with the new person.")
leaves them with nothing, or with the thanks alone.  This model was trained offline
(``benchmarks/train_purpose_model.py``, scikit-learn, a fixed seed) on the labelled drafts of the
calibration corpus's development split and our blind purpose batches, and is shipped as plain data:
a JSON file of weights per feature and purpose.  At lint time nothing is learned and only the standard
library runs; the cost is linear in the draft's length.  ``infer.py`` asks it only where the rules had
no cue, or only thanks, and follows it only when it is confident (docs/inference.md says why).

The same :func:`features` serves training and linting, so the two can never disagree on a feature.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from followup_lint.errors import FollowupLintError

NAME = "purpose"
FORMAT = 1
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
# Words too common to explain a reading: they weigh in the model but are not quoted as its reasons.
FUNCTION_WORDS = frozenset(
    {
        "a", "about", "after", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can",
        "could", "did", "do", "for", "from", "had", "has", "have", "he", "her", "him", "his", "i", "i'd", "i'll",
        "i'm", "i've", "if", "in", "is", "it", "it's", "its", "me", "my", "of", "on", "or", "our", "she", "so", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "up", "us", "was", "we",
        "were", "what", "when", "which", "who", "will", "with", "would", "you", "you're", "your",
    }
)  # fmt: skip
FRESH_DAYS = 2  # the rules' own bounds (infer.py): a thank-you's days, and a status check's
LATE_DAYS = 8


def features(text: str, days: int | None = None, overdue: int | None = None, earlier: bool = False) -> set[str]:
    """The distinct features of a draft's text and dates: ``w:`` a word, ``b:`` two neighbouring
    words, ``c:`` the time since the interview (within two days, within a week, later), a decision
    date passed, earlier follow-ups."""
    words = WORD.findall(text.lower().translate(_APOSTROPHES))
    found = {"w:" + w for w in words}
    found.update(f"b:{a} {b}" for a, b in pairwise(words))
    if days is not None:
        found.add("c:" + ("days-fresh" if days <= FRESH_DAYS else "days-week" if days < LATE_DAYS else "days-late"))
    if overdue is not None and overdue >= 0:
        found.add("c:decision-date-passed")
    if earlier:
        found.add("c:earlier-follow-ups")
    return found


@dataclass(frozen=True)
class Reading:
    """The model's purpose for a draft, its probability, and the draft's words that weighed most for it."""

    purpose: str
    probability: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class PurposeModel:
    """Weights per feature (one per purpose, in ``purposes`` order), a bias per purpose, and the
    probabilities at or above which ``infer.py`` follows the model."""

    purposes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    no_cue: float  # the rules found no cue at all
    thanks_only: float  # the rules found only thanks
    path: Path

    def probabilities(self, found: Iterable[str]) -> dict[str, float]:
        """Each purpose's probability: a softmax over the bias plus the weights of the features,
        scaled by one over the square root of their number (as in training: each draft's feature
        vector has unit length)."""
        found = set(found)
        scale = 1.0 / math.sqrt(len(found)) if found else 1.0
        rows = [w for w in (self.weights.get(name) for name in found) if w is not None]
        # exact sums, so a set's iteration order (which the hash seed sets) never changes a digit
        logits = [b + scale * math.fsum(w[k] for w in rows) for k, b in enumerate(self.bias)]
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return {p: e / total for p, e in zip(self.purposes, exps, strict=True)}

    def read(self, found: Iterable[str], evidence: int = 3) -> Reading:
        """The likeliest purpose, its probability, and up to ``evidence`` words or word pairs of the
        draft (not only function words) that pulled hardest towards it over the other purposes."""
        found = set(found)
        probs = self.probabilities(found)
        best = max(self.purposes, key=lambda p: (probs[p], p))
        k = self.purposes.index(best)

        def pull(name: str) -> float:
            w = self.weights[name]
            return w[k] - max(v for i, v in enumerate(w) if i != k)

        words = sorted(
            (n for n in found if n[:2] in ("w:", "b:") and n in self.weights and not telling_nothing(n[2:])),
            key=lambda n: (-pull(n), n),
        )
        return Reading(best, probs[best], tuple(n[2:] for n in words[:evidence] if pull(n) > 0))


def telling_nothing(words: str) -> bool:
    """Whether a word or pair is only function words (no reason to show a reader)."""
    return all(w in FUNCTION_WORDS for w in words.split())


def find_purpose_model() -> Path:
    """The built-in model file."""
    from followup_lint.tone_model import find_model

    return find_model(NAME)


@lru_cache(maxsize=4)
def load_purpose_model(path: Path | None = None) -> PurposeModel:
    """Read the model file once a process; a malformed one is an error naming the file."""
    from followup_lint.tone_model import read_model_file

    path = path or find_purpose_model()
    data = read_model_file(path, "purpose", FORMAT)
    try:
        purposes = tuple(str(p) for p in data["purposes"])
        bias = tuple(float(data["bias"][p]) for p in purposes)
        weights = {str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()}
        if any(len(w) != len(purposes) for w in weights.values()):
            raise ValueError("a feature's weights do not match the purposes")
        no_cue, thanks_only = float(data["thresholds"]["no_cue"]), float(data["thresholds"]["thanks_only"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FollowupLintError(f"the purpose model {path} is malformed: {exc}") from None
    numbers = [*bias, no_cue, thanks_only, *(x for w in weights.values() for x in w)]
    if not all(math.isfinite(x) for x in numbers):
        raise FollowupLintError(f"the purpose model {path} holds a weight that is not a finite number")
    return PurposeModel(purposes, bias, weights, no_cue, thanks_only, path)

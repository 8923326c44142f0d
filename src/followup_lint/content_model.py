"""A learned backstop for a content rule: whether a draft's words, read as a whole, already do what the
rule asks (state interest, ask for feedback on a rejection) though none of its wordings matched.

A ``required`` rule hears its item through families of wordings, and each round of blind probes
showed the same thing: a batch written after a fix still held plain statements in words no family
had (docs/inference.md, "Content backstops").  This model was trained offline
(``benchmarks/train_content_model.py``, scikit-learn, a fixed seed) on the calibration corpus's
development split (a draft's label for the rule's guidance item) and on the drafts of the rule's own
tests (the verdict the passing tests assert), and is shipped as plain data: a JSON file of weights per
word and word pair.  The rule asks it only where its wordings found nothing, and is satisfied only
when the model is confident; at lint time only the standard library runs, linear in the draft.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from followup_lint.draft import Part
from followup_lint.errors import FollowupLintError
from followup_lint.purpose_model import features as draft_features
from followup_lint.purpose_model import telling_nothing

FORMAT = 1


def scope_text(parts: Iterable[Part]) -> str:
    """The text the rule reads: its parts (each once, in text order) joined by blank lines."""
    return "\n\n".join(p.text for p in parts)


def features(text: str) -> set[str]:
    """The distinct words (``w:``) and neighbouring word pairs (``b:``) of the text the rule reads; the
    same function serves training and linting."""
    return draft_features(text)


@dataclass(frozen=True)
class ContentModel:
    """A logistic model: the probability that a text does what ``rule`` asks."""

    rule: str
    bias: float
    weights: dict[str, float]
    threshold: float  # the rule is satisfied at or above this probability
    path: Path

    def probability(self, found: Iterable[str]) -> float:
        """The logistic of the bias plus the weights of the features, scaled by one over the square
        root of their number (as in training: each draft's feature vector has unit length)."""
        found = set(found)
        scale = 1.0 / math.sqrt(len(found)) if found else 1.0
        z = self.bias + scale * math.fsum(self.weights.get(f, 0.0) for f in found)  # exact: any set order
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def evidence(self, found: Iterable[str], count: int = 3) -> tuple[str, ...]:
        """Up to ``count`` words or word pairs (not only function words) that pulled hardest towards
        the rule being satisfied."""
        pulls = sorted(
            (
                (-self.weights[f], f[2:])
                for f in set(found)
                if f in self.weights and self.weights[f] > 0 and not telling_nothing(f[2:])
            ),
        )
        return tuple(words for _, words in pulls[:count])


@lru_cache(maxsize=16)
def load_content_model(path: Path) -> ContentModel:
    """Read a model file once a process; a malformed one is an error naming the file."""
    from followup_lint.tone_model import read_model_file

    data = read_model_file(path, "content", FORMAT)
    try:
        rule = str(data["rule"])
        bias = float(data["bias"])
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        threshold = float(data["threshold"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FollowupLintError(f"the content model {path} is malformed: {exc}") from None
    if not all(math.isfinite(x) for x in (bias, threshold, *weights.values())):
        raise FollowupLintError(f"the content model {path} holds a weight that is not a finite number")
    if not 0.5 <= threshold <= 1.0:
        raise FollowupLintError(f"the content model {path} has a threshold {threshold} outside 0.5-1")
    return ContentModel(rule, bias, weights, threshold, path)

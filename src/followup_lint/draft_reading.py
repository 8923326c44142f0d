"""A learned reading of the whole draft for the tone items: a tone warning stands where the draft, read
as a whole, leans the same way; in a draft that reads courteous throughout it is a tip.

Why.  The tone rules read one sentence, or one phrase, at a time.  A phrase that is curt out of
context ("I need to know by Friday", "No worries either way") is often fine inside a warm note, and
career sites publish such notes as good.  On 228 development drafts linted by the code of the day
they joined the corpus (three checkpoints: the rules had not yet been tuned to them), keeping a tone
item's warnings only where this reading gives the item at least ``stands_at`` raised the item's F1
from 0.76 to 0.89 (G-TONE-PATIENT), 0.63 to 0.77 (G-POSITIVE) and 0.66 to 0.69
(G-TONE-PROFESSIONAL); docs/scoring.md, "Read as a whole", has the figures and the rest.

What it is.  For each of ``ITEMS``, a logistic model over the draft's distinct words and word pairs
(the purpose model's ``features``), trained offline on the calibration corpus's development split
(``benchmarks/train_reading_model.py``, scikit-learn, fixed seed; the label: whether the draft was
labelled as falling short of the item) and shipped as plain data, ``rules/models/reading.json``.
At lint time only the standard library runs, once per draft and only when a warning cites one of
the items: linear in the draft.

What it changes.  Only warnings (errors are corroboration's to decide, info tips cost nothing): a
warning that cites one of ``ITEMS`` whose reading is below ``stands_at`` no longer cites it; a warning
left citing nothing is reported as an info tip, its message saying how the draft reads.  The
configuration's ``draft_reading = false`` turns the step off.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from followup_lint.content_model import ContentModel
from followup_lint.errors import FollowupLintError
from followup_lint.purpose_model import features
from followup_lint.report import Finding, Severity

NAME = "reading"
FORMAT = 1
# The items the reading speaks for, and the word a message uses for a draft that meets each.
ITEMS: dict[str, str] = {
    "G-TONE-PATIENT": "patient",
    "G-TONE-PROFESSIONAL": "professional",
    "G-POSITIVE": "positive",
}


@dataclass(frozen=True)
class DraftReading:
    """One model per item, and the probability below which the draft counts as meeting it."""

    models: dict[str, ContentModel]
    stands_at: float
    path: Path

    def read(self, text: str) -> dict[str, float]:
        """Each item's probability that a careful reader would say the draft falls short of it."""
        found = features(text)
        return {item: model.probability(found) for item, model in self.models.items()}


def find_reading_model() -> Path:
    from followup_lint.tone_model import find_model

    return find_model(NAME)


@lru_cache(maxsize=4)
def load_reading_model(path: Path | None = None) -> DraftReading:
    """Read the model file once a process; a malformed one is an error naming the file."""
    from followup_lint.tone_model import read_model_file

    path = path or find_reading_model()
    data = read_model_file(path, "reading", FORMAT)
    try:
        stands_at = float(data["stands_at"])
        models = {
            str(item): ContentModel(
                str(item),
                float(m["bias"]),
                {str(k): float(v) for k, v in m["weights"].items()},
                stands_at,
                path,
            )
            for item, m in data["items"].items()
        }
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FollowupLintError(f"the reading model {path} is malformed: {exc}") from None
    numbers = [stands_at, *(m.bias for m in models.values()), *(w for m in models.values() for w in m.weights.values())]
    if not all(math.isfinite(x) for x in numbers) or not 0 < stands_at < 1:
        raise FollowupLintError(f"the reading model {path} holds a number out of range")
    if set(models) != set(ITEMS):
        raise FollowupLintError(f"the reading model {path} must hold one model per item of {sorted(ITEMS)}")
    return DraftReading(models, stands_at, path)


def read_as_a_whole(findings: Sequence[Finding], text: str, reading: DraftReading | None = None) -> list[Finding]:
    """``findings`` with each warning's tone items that the whole draft does not lean towards set aside
    (module docstring); the draft is read only when some warning cites one of ``ITEMS``."""
    if not any(f.severity is Severity.WARNING and not ITEMS.keys().isdisjoint(f.guidance) for f in findings):
        return list(findings)
    reading = reading or load_reading_model()
    probability = reading.read(text)
    out = []
    for f in findings:
        if f.severity is not Severity.WARNING:
            out.append(f)
            continue
        cleared = [g for g in f.guidance if g in probability and probability[g] < reading.stands_at]
        if not cleared:
            out.append(f)
            continue
        standing = [g for g in f.guidance if g not in cleared]
        if standing:
            out.append(f.model_copy(update={"guidance": standing}))
            continue
        sounds = " and ".join(dict.fromkeys(ITEMS[g] for g in cleared))
        chance = max(probability[g] for g in cleared)
        note = (
            f" A tip, not a warning: read as a whole the draft sounds {sounds} (a learned reading gives "
            f"{chance:.0%} that a careful reader would object), so these words alone are unlikely to put one off."
        )
        out.append(f.model_copy(update={"severity": Severity.INFO, "message": f.message + note}))
    return out

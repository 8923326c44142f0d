"""A learned reading of the whole draft for the tone items: the tone model's warning stands where the
draft, read as a whole, leans the same way; in a draft that reads courteous throughout it is a tip.

Why.  The tone model (FL330) scores one sentence at a time, and a sentence can read pushy or cold
alone ("Could we find ten minutes this week to talk about where your process stands?") that a reader
of the whole note takes as plain and polite; career sites publish such notes as good.  On 307
development drafts linted by the code of the day they joined the corpus (four checkpoints: the rules
had not yet been tuned to them) and read by models trained on the rest of dev, letting FL330's
warnings stand only where this reading gives the item at least ``stands_at`` took the tone items' F1
from 0.76 to 0.85 (G-TONE-PATIENT), 0.63 to 0.70 (G-TONE-PROFESSIONAL) and 0.58 to 0.70
(G-POSITIVE), with no hit lost; docs/scoring.md, "Read as a whole", has the figures and the rest.

What it is.  For each of ``ITEMS``, a logistic model over the draft's distinct words and word pairs
(the purpose model's ``features``), trained offline on the calibration corpus's development split
(``benchmarks/train_reading_model.py``, scikit-learn, fixed seed; the label: whether the draft was
labelled as falling short of the item) and shipped as plain data, ``rules/models/reading.json``.
At lint time only the standard library runs, at most once per run of the check and only when FL330
reports a sentence below its ``sure_at``: linear in the draft.

What it changes.  FL330 asks for the reading (``read_as_a_whole = true`` in its file) for a sentence
it scores below ``sure_at`` (where the tone model is sure, the sentence stands whatever the draft; set
at twice the reporting threshold of the model it was chosen with, rules/FL330-learned-tone.toml): an
item the finding cites whose reading is below ``stands_at`` is no longer cited, and a finding left
citing nothing is an info tip, its message saying how the draft reads.
Why FL330 alone, not the pattern rules: on the 307 drafts above, the warnings the reading set aside
were FL330's (32 false alarms, no hit) and, for the pattern rules, hits (FL301 8, FL310 1, against 2
false alarms); a jab or a plea a pattern names ("Frankly, I've waited long enough", "I hated my last
job") is a fault however warm the note around it, which a reading of the whole draft cannot see.  Two
learned readings, the sentence's and the draft's, must agree.  ``[rules.FL330.params]
read_as_a_whole = false`` in a configuration turns it off.

The other way.  The read-as-a-whole rules (FL213 G-PERSONAL, FL332 G-TONE-PATIENT, FL333
G-POSITIVE; ``checks/whole_draft.py``) flag a draft whose reading for their item is high where no
other rule flagged the item: the pattern rules know only the wordings they list.  The file holds a
model for G-PERSONAL for them; FL330 weighs only the tone items (``TONE_ITEMS``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from followup_lint.content_model import ContentModel
from followup_lint.draft import Draft, parse_draft
from followup_lint.errors import FollowupLintError
from followup_lint.purpose_model import _APOSTROPHES, WORD

NAME = "reading"
FORMAT = 1
# The tone items FL330 weighs its sentences against, and the word a message uses for a draft that
# meets each.
TONE_ITEMS: dict[str, str] = {
    "G-TONE-PATIENT": "patient",
    "G-TONE-PROFESSIONAL": "professional",
    "G-POSITIVE": "positive",
}
# Every item the model file holds a reading for: the tone items, and G-PERSONAL, which only the
# read-as-a-whole rules use (checks/whole_draft.py: a draft that reads one-size-fits-all).
ITEMS: dict[str, str] = {**TONE_ITEMS, "G-PERSONAL": "written for this reader"}


# Words the reading never weighs: the medium a note is sent through says nothing of its tone or of
# whether it was written for this reader, but the corpus's generic LinkedIn connection requests taught
# "linkedin" as one-size-fits-all.  The trainer writes this list into the model file.
UNWEIGHED: tuple[str, ...] = ("email", "inmail", "linkedin", "voicemail")
# "Re:", "Fwd:", "AW:" ... at the start of a subject: a reply's mechanics, not its tone ("Re:" leads
# most rejection replies, sour or gracious).  One prefix at a time, so no quantifier nests.
_REPLY_PREFIX = re.compile(r"\s{0,8}(?:re|fwd?|aw|sv|antw)\s{0,3}(?:\[\d{1,3}\]\s{0,3})?:", re.IGNORECASE)
_MAX_PREFIXES = 20


def _without_reply_prefixes(subject: str) -> str:
    for _ in range(_MAX_PREFIXES):
        found = _REPLY_PREFIX.match(subject)
        if not found:
            break
        subject = subject[found.end() :]
    return subject


def reading_lines(draft: Draft) -> list[str]:
    """What the reading weighs: the subject's words without reply prefixes, then the note itself,
    line by line: no header lines (their field names are layout) and no quoted earlier mail (the
    other side's words are not the writer's tone)."""
    lines = [_without_reply_prefixes(draft.subject.text).strip()] if draft.subject else []
    start, end = draft.content_start, draft.content_end
    for quote in sorted(draft.quoted, key=lambda p: p.start):
        if start < quote.start <= end:
            lines.extend(draft.text[start : quote.start].splitlines())
        start = max(start, min(quote.end, end))
    if start < end:
        lines.extend(draft.text[start:end].splitlines())
    return lines


def line_features(line: str, unweighed: frozenset[str]) -> set[str]:
    """The words (``w:``) and neighbouring pairs (``b:``) of one line; an unweighed word neither
    counts nor joins the words either side of it into a pair."""
    found: set[str] = set()
    previous = None
    for word in WORD.findall(line.lower().translate(_APOSTROPHES).replace("e-mail", "email")):
        if word in unweighed:
            previous = None
            continue
        found.add("w:" + word)
        if previous is not None:
            found.add(f"b:{previous} {word}")
        previous = word
    return found


def lines_features(lines: Iterable[str], unweighed: frozenset[str]) -> set[str]:
    """The features of some lines; a pair never spans two lines, so a greeting or a sign-off does not
    pair with the words before it."""
    found: set[str] = set()
    for line in lines:
        found |= line_features(line, unweighed)
    return found


def reading_features(draft: Draft, unweighed: frozenset[str] = frozenset(UNWEIGHED)) -> set[str]:
    """The features the reading's models weigh for ``draft``, in training and at lint time alike."""
    return lines_features(reading_lines(draft), unweighed)


@dataclass(frozen=True)
class DraftReading:
    """One model per item, the probability below which the draft counts as meeting it, and the words
    the models were trained without."""

    models: dict[str, ContentModel]
    stands_at: float
    path: Path
    unweighed: frozenset[str] = frozenset(UNWEIGHED)

    def read(self, draft: Draft | str) -> dict[str, float]:
        """Each item's probability that a careful reader would say the draft falls short of it (a
        text is parsed as a draft first)."""
        found = reading_features(parse_draft(draft) if isinstance(draft, str) else draft, self.unweighed)
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
    try:
        unweighed = frozenset(str(w) for w in data["unweighed"])
    except (KeyError, TypeError) as exc:
        raise FollowupLintError(f"the reading model {path} is malformed: {exc}") from None
    return DraftReading(models, stands_at, path, unweighed)


def weighed(cited: Sequence[str], probability: Mapping[str, float], stands_at: float) -> tuple[list[str], list[str]]:
    """The cited items that stand (the reading at or above ``stands_at``, or an item it does not speak
    for) and those it sets aside, each in the order cited."""
    cleared = [g for g in cited if g in probability and probability[g] < stands_at]
    return [g for g in cited if g not in cleared], cleared


def tip_message(words: str, cleared: Sequence[str], probability: Mapping[str, float]) -> str:
    """The message of a sentence the reading of the whole draft turned into a tip: what the sentence
    alone may sound like (``words``: those that weighed most), and how the draft reads."""
    qualities = list(dict.fromkeys(TONE_ITEMS[g] for g in cleared))
    sounds = qualities[0] if len(qualities) == 1 else ", ".join(qualities[:-1]) + " and " + qualities[-1]
    chance = max(probability[g] for g in cleared)
    return (
        f"Read alone, this sentence can sound hostile or impatient (the words that weigh most: {words}); "
        f"read as a whole the draft sounds {sounds} (a learned reading gives {chance:.0%} that a careful "
        "reader would object), so it is a tip, not a warning: check how it reads to someone who does not "
        "know you."
    )

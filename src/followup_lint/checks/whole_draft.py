"""A draft that, read as a whole, falls short of one guidance item that no rule named.

Why.  The pattern rules and the tone model read a sentence at a time, and each knows the wordings it
was written for; a note can be impatient, sour or one-size-fits-all in words none of them lists.  The
learned reading of the whole draft (``rules/models/reading.json``, the same one FL330 consults) gives
the chance that a careful reader would say the draft falls short of an item.  Where that chance is
high and no other rule has flagged the item, the draft is flagged once, on the sentence that weighs
most towards the fault.  On 385 development drafts linted by the code of the day they entered the
corpus, read by models trained on the rest of dev, the three rules flagged 12 drafts rightly and none
wrongly (docs/scoring.md, "Read as a whole").

The finding stands only where nothing else at warning or above cites the item (the rule's
``only_where_unflagged``): one flag an item, and the more specific rule's wording wins.  Linear in the
draft: the reading is one pass over its words, and each sentence is weighed once.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from followup_lint.checks.base import CheckInput, Params, RawFinding, Scope, check_kind
from followup_lint.checks.matching import parts
from followup_lint.draft_reading import ITEMS, lines_features, load_reading_model, reading_features


class ReadAsAWholeParams(Params):
    item: str  # the guidance item the reading speaks for; the rule's only `guidance`
    raise_at: float = Field(default=0.9, gt=0.5, lt=1.0)
    within: Scope = ["message"]  # where the sentence that weighs most is looked for
    min_words: int = Field(default=20, ge=1)  # a shorter note (body words) gives the reading too little to go on
    top_words: int = Field(default=3, ge=1, le=10)
    on_templates: bool = True  # false: quiet on a template (its wording is meant for many readers)

    def guidance_problem(self, guidance: list[str]) -> str | None:
        if self.item not in ITEMS:
            return f"`params.item` must be one of the items the reading model speaks for: {', '.join(ITEMS)}"
        if guidance != [self.item]:
            return f"`guidance` must be exactly [{self.item!r}], the item the reading speaks for"
        return None


@check_kind("read-as-a-whole", ReadAsAWholeParams)
def read_as_a_whole(inp: CheckInput, params: ReadAsAWholeParams) -> Iterator[RawFinding]:
    if inp.draft.template and not params.on_templates:
        return
    if inp.analysis.body_words() < params.min_words:
        return
    reading = load_reading_model()
    model = reading.models[params.item]
    chance = model.probability(reading_features(inp.draft, reading.unweighed))
    if chance < params.raise_at:
        return
    heaviest, weight, found = None, 0.0, set()
    for part in parts(inp, params.within):
        for sentence in inp.analysis.sentences(part):
            features = lines_features(sentence.text.splitlines(), reading.unweighed)
            pull = sum(model.weights.get(f, 0.0) for f in features)
            if pull > weight:  # the first of equals: the same input, the same span
                heaviest, weight, found = sentence, pull, features
    if heaviest is None:
        return  # no sentence of the note leans towards the fault: nothing to point at
    words = model.evidence(found, params.top_words)
    yield RawFinding(
        heaviest.start,
        heaviest.end,
        fields={"probability": f"{chance:.0%}", "words": ", ".join(f"‘{w}’" for w in words) or "none in particular"},
    )

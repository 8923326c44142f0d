"""Learned tone: sentences the tone model scores at or above its threshold.

The stance rules name hostile moves one pattern at a time; this check scores every sentence of
the chosen parts with the linear model of ``followup_lint.tone_model`` (shipped as data in
``rules/models/``), so hostile wording that no pattern names is still reported.  The finding
covers the sentence and names the words that weighed most, so the writer sees why.  A rule of
this kind normally ``yields_to`` the specific tone rules: where one of them reports words of
the sentence, the sentence is not reported a second time.

A draft is also judged as a whole: when several of its sentences score above a lower *draft
threshold* (two by default), each of them is reported even though none reaches the sentence
threshold, because a note that is a little sharp in every other sentence reads as hostile.

Which guidance items a finding cites is read from its evidence: the words of the features that
raised the sentence's score.  Each ``[[params.cite]]`` entry pairs a list of guidance items with
words (and ``@class`` word classes of the rule's ``vocabulary``); a finding cites the items of
every entry one of its evidence words (as written or as a lemma) belongs to, and the rule's whole
list when none does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from pydantic import Field, PrivateAttr, ValidationInfo, field_validator, model_validator

from followup_lint.checks.base import CheckInput, Params, RawFinding, RegexList, Scope, check_kind, rx
from followup_lint.checks.matching import fold_apostrophes, parts
from followup_lint.checks.stance import CLASS_MARK, class_terms
from followup_lint.dates import MONTH_NAMES, WEEKDAY_NAMES
from followup_lint.draft_reading import TONE_ITEMS, load_reading_model, tip_message, weighed
from followup_lint.report import Severity
from followup_lint.spacy_core import Token
from followup_lint.tone_model import MAX_QUOTED, QUOTE_MARKS, Feature, Model, find_model, load_model

PUNCTUATION_FEATURES = frozenset({"c:!!", "c:??", "c:?!", "c:!?", "c:scare"})
MAX_IGNORED_WORDS = 6
MAX_QUOTATION = 20  # tokens a quotation may span; past that a quote mark is taken as unmatched


class ToneCitation(Params):
    """Evidence words that make a finding cite ``guidance`` (a subset of the rule's list)."""

    guidance: list[str] = Field(min_length=1)
    words: list[str] = Field(min_length=1)  # single tokens, or "@class" of the rule's vocabulary

    @field_validator("words")
    @classmethod
    def _lower(cls, value: list[str]) -> list[str]:
        for word in value:
            if not word.strip() or " " in word.strip():
                raise ValueError(f"{word!r} is not a single token")
        return [w.strip().lower() if not w.startswith(CLASS_MARK) else w.strip() for w in value]


class LearnedToneParams(Params):
    within: Scope = ["subject", "message"]
    model: str = "tone"  # the file models/<model>.json beside the rule, else the built-in one
    threshold: float | None = None  # a score at or above this is reported; None: the model's own
    # a sentence scoring at or above this backs another rule's error (``error_needs = ["tone-model"]``,
    # corroboration.py) though it is not reported; None: only a reported sentence does
    corroborate_threshold: float | None = None
    # when ``draft_sentences`` sentences score at or above ``draft_threshold`` (None: the model's
    # own; the shipped model has none), each of them is reported
    draft_threshold: float | None = None
    draft_sentences: int = Field(default=2, ge=2)
    top_words: int = Field(default=3, ge=1, le=10)  # how many of the heaviest words the message names
    min_words: int = Field(default=1, ge=1)  # sentences with fewer words are not scored
    vocabulary: str | None = None  # where the ``@class`` words of ``cite`` are read from
    cite: list[ToneCitation] = []  # which items a finding cites, by its evidence words
    # set phrases and trade terms whose words the model misreads out of context ("cold retard",
    # "chase this up"): a phrase of one to six words, each compared with a token's lower-case form
    # and its lemma; the tokens of a phrase found in a sentence are left out of its score
    ignore: list[str] = []
    # a run of at least this many digits said as words ("five-five-five, zero-one-eight-six": a number
    # read out slowly in a voicemail, as it should be) is left out of the score; 0: never
    read_out_numbers: int = Field(default=0, ge=0)
    # a day of the month said in words or digits ("from the interview on the fourth", "Tuesday the 4th",
    # "the fifth of May"), as a voicemail should give the interview's date, is left out of the score:
    # the model weighs "fourth" from counted chasers ("my fourth email"); an ordinal before a noun
    # ("the fourth message") or after no word of date ("for the fourth time") is still scored
    spoken_dates: bool = False
    # someone else's words are not the writer's tone: a clause that reports what the reader or a third
    # party said ("You told me the manager was away until the 20th", "Ms Reyes said the panel would
    # meet again") is left out of the score, from the clause's start to its end (a comma, "and", "but",
    # "so", "which" ...), when its verb's form is listed here, its speaker is not "I" or "we" and it
    # reports at least ``reported_words`` words (not a bare "you said Friday"); the reported words may
    # not hold scare quotes or a count back ("two weeks ago"), which are the writer's; the rest of the
    # sentence ("..., and you never did") is still scored
    reported_speech: list[str] = []
    reported_words: int = Field(default=3, ge=1)
    # a quotation of at least this many words (a motto, a practice's name, the interviewer's phrase:
    # your "people first" culture) is someone else's wording: the sentence is also scored without it and
    # the lower score counts; a single quoted word (a scare quote) always stays; 0: never
    quoted_words: int = Field(default=0, ge=0)
    # sentences the model misreads as a whole, heard by parts: each entry names a kind and holds groups
    # of patterns; a sentence that matches a pattern of every group of any one entry is not reported.
    # The rule's kinds: the writer welcoming a demand of the job ("The job is quite demanding, which is
    # what I'm looking for", ``welcomed``), the writer's own record in the frame the model learned from
    # lectures ("Getting the vans through inspection is just how I ran the bays", ``own_record``), the
    # reader's question recalled to open an answer ("You also asked me how I ...",
    # ``recalled_question``), the writer's candid word on their own answer or slip ("I am not sure I
    # answered clearly", ``own_admission``). Each pattern is searched once a sentence.
    excused: dict[str, list[RegexList]] = {}
    # tone across two sentences: a short thanks, praise or good wish ("Great, thanks.", "Wonderful.",
    # "Hope spring has arrived in Leeds!") right after a sentence the model leans hostile on ("It is now
    # the second week of April.") reads as sarcasm, though neither sentence reaches the threshold alone.
    # When set, a sentence of at most ``after_complaint_words`` words that matches one of
    # ``after_complaint_replies`` (searched in the whole sentence, lower case, spaces squeezed) is
    # reported when the sentence just before it, in the same part, scores at or above this, is not a
    # question, and holds none of ``after_complaint_excused`` (a phone number read out, "no rush": the
    # writer's courtesy, not a complaint); None: never
    # the tone model's sentence and a learned reading of the whole draft must agree (draft_reading.py):
    # where set, a sentence scoring below ``sure_at`` no longer cites an item the reading of the whole
    # draft (rules/models/reading.json) sets aside, and one left citing nothing is an info tip whose
    # message says how the draft reads (whatever the rule's configured severity); at or above
    # ``sure_at`` the model is sure and the sentence stands whatever the draft; the sarcasm read across
    # two sentences (``after_complaint``) is never weighed. Needs the rule to cite exactly the three
    # tone items the reading speaks for
    read_as_a_whole: bool = False
    sure_at: float | None = Field(default=None, gt=0)
    after_complaint: float | None = None
    after_complaint_words: int = Field(default=14, ge=1)
    after_complaint_replies: RegexList = []
    after_complaint_excused: RegexList = []
    _ignore: dict[str, list[tuple[str, ...]]] = PrivateAttr(default_factory=dict)
    _path: Path = PrivateAttr(default=Path())  # the model file, found when the rule loads
    _cite_words: list[tuple[list[str], frozenset[str]]] = PrivateAttr(default_factory=list)

    @field_validator("ignore")
    @classmethod
    def _phrases(cls, value: list[str]) -> list[str]:
        for phrase in value:
            if not 1 <= len(phrase.split()) <= MAX_IGNORED_WORDS:
                raise ValueError(f"{phrase!r} is not a phrase of 1 to {MAX_IGNORED_WORDS} words")
        return [" ".join(phrase.lower().split()) for phrase in value]

    @model_validator(mode="after")
    def _find_model(self, info: ValidationInfo) -> LearnedToneParams:
        rule_dir = (info.context or {}).get("rule_dir")
        folder = Path(rule_dir) if rule_dir else None
        self._path = find_model(self.model, folder)
        self._cite_words = [
            (
                c.guidance,
                frozenset(
                    term
                    for w in c.words
                    for term in (class_terms(w, self.vocabulary, folder) if w.startswith(CLASS_MARK) else [w])
                ),
            )
            for c in self.cite
        ]
        self._ignore = {}
        for phrase in self.ignore:
            words = tuple(phrase.split())
            self._ignore.setdefault(words[0], []).append(words)
        return self

    def kept(self, tokens: list[Token]) -> list[Token]:
        """``tokens`` without those of an ``ignore`` phrase: at most a few phrases are tried at
        each token, each of at most six words, so the cost stays linear in the sentence."""
        if not self._ignore and not self.read_out_numbers and not self.spoken_dates:
            return tokens
        forms = [(t.text.lower(), t.lemma_.lower()) for t in tokens]
        drop = [False] * len(tokens)
        for i, (form, lemma) in enumerate(forms):
            for words in self._ignore.get(form, []) + (self._ignore.get(lemma, []) if lemma != form else []):
                end = i + len(words)
                if end <= len(tokens) and all(w in forms[i + k] for k, w in enumerate(words)):
                    drop[i:end] = [True] * len(words)
        if self.read_out_numbers:
            _drop_read_out_numbers(forms, drop, self.read_out_numbers)
        if self.spoken_dates:
            _drop_spoken_dates(forms, drop)
        return [t for t, d in zip(tokens, drop, strict=True) if not d]

    def unreported(self, tokens: list[Token]) -> list[Token] | None:
        """``tokens`` without the clauses that report someone else's words; None when there are none."""
        if not self.reported_speech:
            return None
        forms = [(t.text.lower(), t.lemma_.lower()) for t in tokens]
        drop = [False] * len(tokens)
        _drop_reported_speech(
            forms, [t.text for t in tokens], drop, frozenset(self.reported_speech), self.reported_words
        )
        if not any(drop):
            return None
        return [t for t, d in zip(tokens, drop, strict=True) if not d]

    def unquoted(self, tokens: list[Token]) -> list[Token] | None:
        """``tokens`` without each quotation of ``quoted_words`` words or more (its marks too); None when
        there is none.  One pass: a quotation ends at the next quote mark or after ``MAX_QUOTATION``
        tokens, so an unmatched mark drops nothing."""
        if not self.quoted_words:
            return None
        drop = [False] * len(tokens)
        opened: int | None = None
        for i, t in enumerate(tokens):
            if t.text not in QUOTE_MARKS:
                if opened is not None and i - opened > MAX_QUOTATION:
                    opened = None
                continue
            if opened is None:
                opened = i
                continue
            if sum(1 for q in tokens[opened + 1 : i] if q.text[:1].isalnum()) >= self.quoted_words:
                drop[opened : i + 1] = [True] * (i + 1 - opened)
            opened = None
        if not any(drop):
            return None
        return [t for t, d in zip(tokens, drop, strict=True) if not d]

    def citations(self) -> list[tuple[str, list[str]]]:
        return [(f"params.cite[{i}].guidance", c.guidance) for i, c in enumerate(self.cite)]

    def guidance_problem(self, guidance: list[str]) -> str | None:
        """The reading of the whole draft speaks for the tone items only: a rule that reads the draft as
        a whole cites exactly those, so a finding that cites the rule's whole list is weighed rightly."""
        if self.read_as_a_whole and sorted(guidance) != sorted(TONE_ITEMS):
            return f"`params.read_as_a_whole` needs the rule's `guidance` to be exactly {', '.join(TONE_ITEMS)}"
        return None

    def cited(self, model: Model, ranked: list[Feature], tokens: list[Token]) -> list[str] | None:
        """The items of every ``cite`` entry that one of the evidence words belongs to: the
        tokens of the features that raised the score; None when no entry matches."""
        if not self._cite_words:
            return None
        evidence: set[str] = set()
        for feature in ranked:
            if model.weights[feature.name] <= 0:
                break
            for t in tokens[feature.first : feature.last + 1]:
                evidence.update((t.text.lower(), t.lemma_.lower()))
        items = [g for guidance, words in self._cite_words if evidence & words for g in guidance]
        return list(dict.fromkeys(items)) or None

    def loaded(self) -> Model:
        return load_model(self._path)


def _heaviest(model: Model, ranked: list[Feature], tokens: list[Token], text: str, limit: int) -> list[str]:
    """The words (as written) of the heaviest positive features, one per stretch of tokens; a
    lone common word ("of", "the") is passed over unless a class of the model made it count, or
    unless nothing else weighs: a sentence reported for "again" alone names "again" rather than an
    empty list.  ``text`` is the part the tokens' offsets point into."""
    return _heaviest_of(model, ranked, tokens, text, limit, skip_common=True) or _heaviest_of(
        model, ranked, tokens, text, limit, skip_common=False
    )


def _heaviest_of(
    model: Model, ranked: list[Feature], tokens: list[Token], text: str, limit: int, skip_common: bool
) -> list[str]:
    chosen: list[tuple[int, int]] = []
    words: list[str] = []
    for feature in ranked:
        if model.weights[feature.name] <= 0 or len(words) >= limit:
            break
        span = (feature.first, feature.last)
        if any(a <= span[1] and span[0] <= b for a, b in chosen):
            continue
        a, b = feature.first, feature.last
        while a < b and tokens[b].is_punct:  # "month ." is shown as "month"
            b -= 1
        while a < b and tokens[a].is_punct:
            a += 1
        first, last = tokens[a], tokens[b]
        written = text[first.idx : last.idx + len(last.text)]
        if not any(ch.isalnum() for ch in written) and feature.name not in PUNCTUATION_FEATURES:
            continue
        if skip_common and first is last and first.is_stop and not feature.name.startswith("c:"):
            continue
        chosen.append(span)
        words.append(written)
    return words


@check_kind("learned-tone", LearnedToneParams)
def learned_tone(inp: CheckInput, params: LearnedToneParams) -> Iterator[RawFinding]:
    model = params.loaded()
    threshold = model.threshold if params.threshold is None else params.threshold
    draft_threshold = model.draft_threshold if params.draft_threshold is None else params.draft_threshold
    scored: list[tuple[float, int, int, list[Token], list[tuple[str, str]], str]] = []
    pairs_after: list[RawFinding] = []
    for part in parts(inp, params.within):
        previous: tuple[float, str] | None = None  # the score and text of the sentence before, in this part
        doc = inp.analysis.doc(part)
        tokens = [t for t in doc if not t.is_space]
        i = 0
        for sentence in inp.analysis.sentences(part):
            start, end = sentence.start - part.start, sentence.end - part.start
            while i < len(tokens) and tokens[i].idx < start:
                i += 1
            j = i
            while j < len(tokens) and tokens[j].idx < end:
                j += 1
            inside = params.kept(tokens[i:j])
            if inp.channel == "call":
                inside = _without_stage_directions(inside)
            i = j
            if params.after_complaint is not None:
                hit = _after_complaint(params, previous, sentence.text)
                if hit is not None:
                    pairs_after.append(RawFinding(sentence.start, sentence.end, message=hit))
                previous = None
            if sum(1 for t in inside if t.is_alpha) < params.min_words:
                continue
            if inp.draft.overlaps_placeholder(sentence.start, sentence.end):
                continue
            if any(_heard(sentence.text, groups) for groups in params.excused.values()):
                continue
            pairs = [(t.text, t.lemma_) for t in inside]
            total = model.total(pairs)
            # someone else's words can lower a sentence's score, never raise it: a report with its own
            # polite frame ("You mentioned that ...") keeps the score of the whole sentence
            rest = params.unreported(inside)
            if rest is not None:
                if sum(1 for t in rest if t.is_alpha) < params.min_words:
                    continue  # nothing but the report: no words of the writer's to judge
                rest_pairs = [(t.text, t.lemma_) for t in rest]
                rest_total = model.total(rest_pairs)
                if rest_total < total:
                    inside, pairs, total = rest, rest_pairs, rest_total
            # then a quoted phrase that no report took is someone else's wording too: it can lower the
            # score, never raise it
            bare = params.unquoted(inside)
            if bare is not None and sum(1 for t in bare if t.is_alpha) >= params.min_words:
                bare_pairs = [(t.text, t.lemma_) for t in bare]
                bare_total = model.total(bare_pairs)
                if bare_total < total:
                    inside, pairs, total = bare, bare_pairs, bare_total
            scored.append((total, sentence.start, sentence.end, inside, pairs, part.text))
            previous = (total, sentence.text)
    cut = threshold
    if (
        draft_threshold is not None
        and draft_threshold < threshold
        and sum(1 for s in scored if s[0] >= draft_threshold) >= params.draft_sentences
    ):
        cut = draft_threshold  # several moderately sharp sentences: the draft reads as hostile
    reported = {(start, end) for total, start, end, *_ in scored if total >= cut}
    for found in pairs_after:
        if (found.start, found.end) not in reported:  # a sentence hostile on its own is reported as such
            yield found
    reading: dict[str, float] | None = None  # the draft's, read once and only when a sentence asks
    for total, start, end, inside, pairs, text in scored:
        if total < cut:
            continue
        score, ranked = model.score(pairs)  # the same score, with the features behind it
        words = _heaviest(model, ranked, inside, text, params.top_words)
        guidance, severity, note = params.cited(model, ranked, inside), None, None
        if params.read_as_a_whole and (params.sure_at is None or score < params.sure_at):
            drafted = load_reading_model()
            if reading is None:
                reading = drafted.read(inp.draft)
            standing, cleared = weighed(guidance or list(TONE_ITEMS), reading, drafted.stands_at)
            if cleared and standing:
                guidance = standing
            elif cleared:
                severity, note = Severity.INFO, tip_message(", ".join(f"‘{w}’" for w in words), cleared, reading)
        yield RawFinding(
            start,
            end,
            guidance=guidance,
            severity=severity,
            message=note,
            fields={
                "words": ", ".join(f"‘{w}’" for w in words),
                "score": f"{score:.2f}",
                "probability": f"{model.probability(score):.0%}",
            },
        )


AFTER_COMPLAINT_MESSAGE = (
    "After “{previous}”, this reads as sarcastic: a pleasantry right after a complaint about the wait or "
    "the decision turns it into a jab."
)
MAX_QUOTED_PREVIOUS = 60  # characters of the sentence before that the message quotes


def _after_complaint(params: LearnedToneParams, previous: tuple[float, str] | None, text: str) -> str | None:
    """The message for ``text`` (a sentence) when it is a short thanks, praise or good wish right after
    a sentence the model leans hostile on (``previous``: its score and text); None otherwise.  Each
    pattern is searched once in a sentence of at most ``after_complaint_words`` words."""
    if previous is None or previous[0] < (params.after_complaint or 0.0):
        return None
    said = " ".join(fold_apostrophes(text).lower().split())
    if not said or said.endswith(",") or len(said.split()) > params.after_complaint_words:
        return None  # a sign-off line ("Thanks,") or a sentence with more to say
    if not any(rx(p).search(said) for p in params.after_complaint_replies):
        return None
    before = " ".join(fold_apostrophes(previous[1]).lower().split())
    if "?" in before or any(rx(p).search(before) for p in params.after_complaint_excused):
        return None
    shown = " ".join(previous[1].split())
    if len(shown) > MAX_QUOTED_PREVIOUS:
        shown = shown[: MAX_QUOTED_PREVIOUS - 1].rstrip() + "…"
    return AFTER_COMPLAINT_MESSAGE.format(previous=shown)


#: A stage direction longer than this, or holding a colon, carries words to be said ("[if she picks up, skip this:
#: I really don't appreciate being ignored for a month.]"): it is scored.
MAX_DIRECTION_WORDS = 6
#: Directions that say how the words are meant ("[sarcastically]", "[sighs]") are the caller's tone: kept.
_MANNER = re.compile(
    r"sarcas|sigh|angr|annoy|irritat|mutter|groan|scoff|snort|eye.?roll|sneer|exasperat|frustrat|shout|snap|curt|cold",
    re.IGNORECASE,
)


def _without_stage_directions(tokens: list[Token]) -> list[Token]:
    """A call script's words without its short bracketed stage directions ("[said quickly, in one breath]",
    "[pause]"): instructions to the caller, not words the reader hears (round 26 blind batch). A direction with a
    colon or more than ``MAX_DIRECTION_WORDS`` words holds words to say, and one of manner ("[sarcastically]")
    says how they are meant: both stay (a review of round 26)."""
    kept: list[Token] = []
    group: list[Token] | None = None
    for t in tokens:
        if group is None:
            if t.text == "[":
                group = [t]
            else:
                kept.append(t)
            continue
        group.append(t)
        if t.text == "]":
            inner = group[1:-1]
            words = sum(1 for w in inner if w.is_alpha)
            if (
                words > MAX_DIRECTION_WORDS
                or any(w.text == ":" for w in inner)
                or any(_MANNER.search(w.text) for w in inner)
            ):
                kept.extend(group)
            group = None
    if group is not None:  # a bracket never closed: nothing to drop
        kept.extend(group)
    return kept


def _heard(text: str, groups: list[list[str]]) -> bool:
    """Whether ``text`` (one sentence) matches a pattern of every group."""
    folded = " ".join(fold_apostrophes(text).split())
    return all(any(rx(p, re.IGNORECASE).search(folded) for p in group) for group in groups)


_DIGIT_WORDS = frozenset({"zero", "oh", "o", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
_DIGIT_JOINERS = frozenset({"-", "‐", ",", "."})


def _drop_read_out_numbers(forms: list[tuple[str, str]], drop: list[bool], least: int) -> None:
    """Mark each run of at least ``least`` digit words (hyphens and commas between them allowed) in ``drop``:
    one pass over the sentence."""
    start, last, digits = None, 0, 0
    for i, (form, _) in enumerate([*forms, ("", "")]):
        if form in _DIGIT_WORDS:
            start = i if start is None else start
            last, digits = i, digits + 1
        elif form in _DIGIT_JOINERS and start is not None:
            continue
        else:
            if start is not None and digits >= least:
                drop[start : last + 1] = [True] * (last + 1 - start)
            start, digits = None, 0


_ORDINAL_DAYS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
     "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
     "twentieth", "thirtieth"}
)  # fmt: skip
_ORDINAL_DIGITS = re.compile(r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)")
_MONTHS = frozenset(MONTH_NAMES) | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_WEEKDAYS = frozenset(WEEKDAY_NAMES)
# what stands before "the <day>" in a date: "on the fourth", "since the 12th", "Tuesday the fourth"
_DATE_LEADS = frozenset({"on", "from", "since", "until", "till", "by", "before", "after", "of"}) | _MONTHS | _WEEKDAYS
# what may follow a date: the sentence's end or a mark, "of May", a clause ("... the fourth, and ...")
_DATE_TAILS = frozenset(
    {"of", "at", "and", "or", "when", "so", "but", "which", "in", "for", "as", "if", "because", "about", "with",
     "to", "then", "is", "was", "would", "will", "i", "we", "you"}
)  # fmt: skip


def _is_ordinal_day(form: str) -> bool:
    return form in _ORDINAL_DAYS or _ORDINAL_DIGITS.fullmatch(form) is not None


def _drop_spoken_dates(forms: list[tuple[str, str]], drop: list[bool]) -> None:
    """Mark each day of the month said as a date in ``drop`` ("on the fourth", "the fifth of May",
    "Tuesday the 4th", "March 4th", "on the twenty-first"): one pass, a few neighbours looked at each."""
    n = len(forms)
    for i, (form, _) in enumerate(forms):
        if not _is_ordinal_day(form):
            continue
        nxt = forms[i + 1][0] if i + 1 < n else ""
        if nxt and nxt[0].isalnum() and nxt not in _DATE_TAILS and nxt not in _MONTHS:
            continue  # "the fourth message", "fourth time"
        start = i
        if start >= 2 and forms[start - 1][0] in {"-", "‐"} and forms[start - 2][0] in {"twenty", "thirty"}:
            start -= 2  # "twenty-first"
        the = _back_over_fillers(forms, start - 1)
        if the >= 0 and forms[the][0] in _MONTHS:  # "March 4th", "March fourth"
            drop[start : i + 1] = [True] * (i + 1 - start)
        elif the >= 1 and forms[the][0] == "the":
            lead = _back_over_fillers(forms, the - 1)
            if lead >= 0 and forms[lead][0] in _DATE_LEADS:  # "on the fourth", "on the, uh, the fourth"
                drop[the : i + 1] = [True] * (i + 1 - the)


_SPOKEN_FILLERS = frozenset({",", "um", "umm", "uh", "uhm", "er", "erm", "the"})


def _back_over_fillers(forms: list[tuple[str, str]], j: int) -> int:
    """The index at or before ``j`` of the first word that is not a spoken filler or a comma (at most four
    skipped; a second "the" of "on the, uh, the fourth" is a filler only when a filler stands after it)."""
    for _ in range(4):
        if (
            j < 0
            or forms[j][0] not in _SPOKEN_FILLERS
            or (forms[j][0] == "the" and (j + 1 >= len(forms) or forms[j + 1][0] not in _SPOKEN_FILLERS))
        ):
            return j
        j -= 1
    return j


_QUOTES = frozenset('"“”«»„')
_CLAUSE_BREAKS = frozenset(
    {",", ";", ":", ".", "!", "?", "—", "–", "(", ")", "and", "but", "so", "yet", "which", "though", "although",
     "because", "while"}
)  # fmt: skip
# a speaker who is the writer ("I said", "as we mentioned"), a denial ("you never said"), or no subject at
# all ("just to tell me", "what you said"): the clause is the writer's own and is scored
_NOT_A_SPEAKER = frozenset(
    {"i", "we", "me", "us", "my", "our", "to", "what", "whatever", "how", "why", "never", "not", "n't", "nobody",
     "no", "just"}
)  # fmt: skip
_HEARERS = frozenset({"me", "us", "him", "her", "them", "everyone", "candidates"})
# how a reported clause opens: "that", "to", a pronoun, a determiner or a name (not "nothing", "no", "Friday")
_CLAUSE_OPENERS = frozenset(
    {"that", "to", "you", "we", "they", "he", "she", "it", "i", "the", "your", "our", "their", "his", "her", "its",
     "there", "this", "these", "those", "a", "an", "my", "someone", "everyone", "things", "decisions", "interviews"}
)  # fmt: skip
# the writer's own words inside a report: a count back to the promise ("you said you'd call two weeks ago")
_WRITERS_WORDS = frozenset({"ago"})
# a relative clause after the report comments on it: the sentence is judged whole
_COMMENTS = frozenset({"which"})
MAX_SPEAKER_WORDS = 5  # "Ms Reyes", "your recruiter", "the coordinator at reception"


def _drop_reported_speech(
    forms: list[tuple[str, str]], texts: list[str], drop: list[bool], verbs: frozenset[str], least: int
) -> None:
    """Mark each clause that reports what someone other than the writer said: its speaker (a few
    words back to the clause's start), the verb, a hearer ("me") and the reported words up to the next
    clause break, or a quotation of more words than scare quotes hold.  Reported words that hold
    quote marks or a count back ("ago"), or that a "which" clause comments on, stay: those are the
    writer's.  One pass: the search resumes
    after each clause it looks at."""
    n = len(forms)
    clause_start = 0
    i = 0
    while i < n:
        form = forms[i][0]
        if form in _CLAUSE_BREAKS:
            clause_start = i + 1
            i += 1
            continue
        # the verb and the speaker's length first: slicing the clause at every token of a long clause
        # with no break was quadratic (160 kB of one clause: 1.7 s, 79x per 10x of input)
        if form not in verbs or not 0 < i - clause_start <= MAX_SPEAKER_WORDS:
            i += 1
            continue
        if any(f in _NOT_A_SPEAKER for f, _ in forms[clause_start:i]):
            i += 1
            continue
        j = i + 1
        if j < n and forms[j][0] in _HEARERS:
            j += 1
        if j >= n:
            break
        opener = forms[j][0]
        if opener in _QUOTES:
            end = j + 1
            while end < n and forms[end][0] not in _QUOTES:
                end += 1
            quoted = [f for f, _ in forms[j + 1 : end] if f[:1].isalnum()]
            end = min(end + 1, n)
            keep = len(quoted) <= MAX_QUOTED or len(quoted) < least
        elif opener in _CLAUSE_OPENERS or texts[j][:1].isupper():
            end = j
            while end < n and forms[end][0] not in _CLAUSE_BREAKS:
                end += 1
            said = [f for f, _ in forms[j:end]]
            keep = sum(1 for f in said if f[:1].isalnum()) < least or any(
                f in _QUOTES or f in _WRITERS_WORDS for f in said
            )
        else:
            i += 1
            continue
        after = end + 1 if end < n and forms[end][0] == "," else end
        if after < n and forms[after][0] in _COMMENTS:
            keep = True  # ", which was a lie": the writer's comment on the report, judged with it
        if not keep:
            drop[clause_start:end] = [True] * (end - clause_start)
        clause_start = i = end

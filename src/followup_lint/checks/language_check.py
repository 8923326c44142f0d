"""Language checks: backend issues of some kinds (spelling, grammar...) and readability."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Literal

from pydantic import PrivateAttr, ValidationInfo, model_validator

from followup_lint.accents import without_accents
from followup_lint.checks.base import CheckInput, Params, RawFinding, RegexList, check_kind, rx
from followup_lint.checks.name_case import written_in_lower_case
from followup_lint.checks.weekday import WEEKDAYS
from followup_lint.dates import MONTH_NAMES, WEEKDAY_NAMES
from followup_lint.draft import NAME_PARTICLES
from followup_lint.greetings import title_source
from followup_lint.language.common_words import undoubled
from followup_lint.language.issues import LanguageIssue
from followup_lint.language.sounds_like import by_sound, meant_word
from followup_lint.report import Edit, Severity, Suggestion


class LanguageParams(Params):
    kinds: list[Literal["spelling", "grammar", "repetition", "punctuation", "capitalization", "style"]]
    max_suggestions: int = 3
    # Spelling only: an unknown word that looks like a name or a technical term (mixed case, digits,
    # an acronym), a spelling that is right in another English dialect, or a word the backend would
    # join or split, is reported at this severity instead of the rule's (None: no softening).
    term_severity: Severity | None = None
    # Spellings of other English dialects the backend's suggestions do not reveal ("programme").
    dialect_words: list[str] = []
    # Words a tone rule owns, so the backend's finding on the same word is dropped: the terms of
    # these vocabularies (text-speak such as "lmk") and, when set, drawn-out words ("sooo").
    skip_vocabulary: list[str] = []
    skip_drawn_out: bool = False
    # The rule that reports names, days and months written in lower case and a note written wholly in lower
    # case (FL409): while it runs, this rule leaves those to it (a lower-case note's capitals, a lower-case
    # day's or month's "unknown word"); switched off, this rule reports them itself.
    case_owner: str | None = None
    skip_masked: bool = False  # pieces of a word masked with asterisks ("f*ck*ng"): FL307 reports it
    skip_backend_rules: list[str] = []  # backend rules another rule covers (Harper's AvoidCurses: FL307)
    # Backend rules whose findings are a matter of taste, reported as info tips (Harper's MergeWords: two
    # words it would join, "cron job", both forms in use)
    tip_backend_rules: list[str] = []
    # Backend rules this rule reports whatever kind the backend gives them (Harper files its ThenThan,
    # "bigger then the old one", as style; it is a grammar slip a reader notices)
    backend_rules: list[str] = []
    # Spelling only: backend rules that guess at an unknown word and so hide the backend's own spelling
    # finding on it (Harper's WrongNegative reads "untill" as "un" + "till").  Where the word is a
    # common word with a letter doubled or two letters swapped ("untill": "until"), it is reported here
    # as that misspelling; otherwise not here (the rule of its kind reports the guess).
    slip_backend_rules: list[str] = []
    # Wordings that are right although a backend flags them, as families: a finding whose words lie
    # inside a match is dropped ("it's Sam" on a call is not "its"; "oh seven seven" reads out a
    # number).  Matched case-sensitively, near the finding only (ALLOW_REACH characters either side).
    allow: RegexList = []
    # Spelling only: vocabularies of the words a follow-up is built from ("job-search"): an unknown word
    # that sounds like one of them and is a few edits from it ("intervue") is a misspelling of it, an
    # error with that word suggested first, whatever the backend suggests.
    domain_vocabulary: list[str] = []
    # A finding inside quotation marks ("answers prety basic", a "no thanks") is reported at this
    # severity (None: as any other): quoted words are someone else's, kept as they were written.
    quoted_severity: Severity | None = None
    # Spelling only: words that, right after a capitalised unknown word at the start of a sentence,
    # show that it names a person ("Noor mentioned", "Sora and I", "Orla, who"): there it is a name,
    # a tip, even when it is one letter from a common word, unless that word is a pronoun that could
    # do the same ("Tehy said" for "They said").
    name_cues: list[str] = []
    # Spelling only: an unknown word of ``common_min_length`` letters or more is an error only as a slip
    # of a common word: one letter added, dropped, changed or two swapped (or letters doubled) from one
    # of the ``common_rank`` most common English words, or two letters dropped or moved from one of the
    # ``far_slip_rank`` most common (followup_lint/language/common_words.py); a word written from two
    # common words ("backlist": back + list) only as a slip of one of the ``far_slip_rank`` most common,
    # a doubled letter or a swap.  A slip of a rarer word ("backlist" / "blacklist", "tontine" /
    # "tonne") is more likely a rare word or a term: a tip.
    # None: no commonness test.
    common_rank: int | None = None
    far_slip_rank: int = 10000
    # Spelling only, with ``common_rank``: a word of a general dictionary (WordNet's lemmas and their
    # forms, followup_lint/language/dictionary_words.py) the backend lacks ("soffit", "gesso",
    # "titrate") is a tip, unless it is one slip (a letter added, dropped, changed, two swapped, a
    # letter doubled) from one of the ``far_slip_rank`` most common words: "calender" for "calendar".
    # A term of a trade listed in followup_lint/language/field-words.txt ("tedding", "stoma") is a tip
    # even then.
    dictionary_words: bool = False
    common_min_length: int = 4
    # Spelling only, with ``common_rank``: an unknown word of at least this many letters and fewer than
    # ``common_min_length`` ("jus", "koi", "bao") is an error only as a typing slip of one of the
    # ``far_slip_rank`` most common words: two letters swapped or a letter doubled ("teh", "adn"), a
    # letter left out of a longer word but not its first ("txt"), a letter added to a word of three
    # letters or more but not in front, or a key struck beside the right one ("tge", "amd").  Any three
    # letters are one slip from some known word; a borrowed or trade word is a tip.  0: off.
    short_min_length: int = 0
    # Spelling only: productive endings ("less", "proof", "wide") that, written onto a known word, make a
    # compound in use ("hatless", "fanless", "teamwide") the backend may split ("hat less"): a tip, unless
    # the whole is one slip of one of the ``far_slip_rank`` most common words, not at its first letter
    # ("beautyful", "wordwide", "carless").
    compound_endings: list[str] = []
    # Spelling only, with ``common_rank``: a letter changed in a slip of a word rarer than the
    # ``far_slip_rank`` most common counts only as a typing or spelling slip: a key beside the right one,
    # a vowel for a vowel, or letters that sound alike (c/s, c/k, s/z, i/y).  A consonant changed for one
    # neither beside it nor sounding like it ("dystocia" / "dystopia", "hobbing" / "robbing") is how
    # terms of a field differ from their rare neighbours, not a slip a writer makes.
    rare_slips_typed: bool = False
    # Spelling only: vocabularies of abbreviations written without their full stop ("req", "etc", "appt"):
    # an unknown word that is one of them is a tip, as a term is, not a misspelling.
    abbreviation_vocabulary: list[str] = []
    # Spelling only: an unknown word of at most this many letters right before a number or an ID ("req
    # 40127", "req. #40127", "req JR-40127") is a label, a tip, unless it is a common word with a letter
    # doubled or two swapped ("teh 2025", "adn 4471").  0: off.
    before_id_letters: int = 0
    # Repetition only: a word said twice that is none of the ``repeated_rank`` most common English words
    # ("boda boda", "pulau pulau") is a borrowed word that doubles itself, not an editing slip (None: any).
    repeated_rank: int | None = None
    _skipped: frozenset[str] = PrivateAttr(default=frozenset())
    _abbreviations: frozenset[str] = PrivateAttr(default=frozenset())
    _domain: dict[str, tuple[str, ...]] = PrivateAttr(default_factory=dict)
    _domain_words: frozenset[str] = PrivateAttr(default=frozenset())

    @model_validator(mode="after")
    def _resolve(self, info: ValidationInfo) -> LanguageParams:
        from followup_lint.vocabulary import load_vocabulary

        rule_dir = (info.context or {}).get("rule_dir")
        terms: set[str] = set()
        for name in self.skip_vocabulary:
            vocab = load_vocabulary(name, Path(rule_dir) if rule_dir else None)
            for table in vocab.lists.values():
                terms.update(table)
        self._skipped = frozenset(terms)
        abbreviations: set[str] = set()
        for name in self.abbreviation_vocabulary:
            vocab = load_vocabulary(name, Path(rule_dir) if rule_dir else None)
            for table in vocab.lists.values():
                abbreviations.update(term.lower() for term in table)
        self._abbreviations = frozenset(abbreviations)
        domain: list[str] = []
        for name in self.domain_vocabulary:
            vocab = load_vocabulary(name, Path(rule_dir) if rule_dir else None)
            domain += [term for table in vocab.lists.values() for term in table]
        self._domain = by_sound(domain)
        self._domain_words = frozenset(domain)
        return self

    @property
    def name_cue_pattern(self) -> re.Pattern[str] | None:
        """The name cues as one pattern matched right after a word: a comma may come first ("Orla, who")."""
        if not self.name_cues:
            return None
        words = "|".join(r"\s+".join(re.escape(w) for w in cue.split()) for cue in self.name_cues)
        # (starting only after a non-space, where a word ends: a run of spaces is not scanned again from each
        # of its positions, which made the pattern quadratic under a search)
        return rx(rf"(?<!\s)(?:\s*,)?\s+(?:{words})\b", re.IGNORECASE)

    def is_domain_word(self, word: str) -> bool:
        """Whether the word is in the domain vocabularies (a suggestion a follow-up likely meant)."""
        return word.lower() in self._domain_words

    def meant_domain_word(self, word: str) -> str | None:
        """The word of the domain vocabularies this unknown word was meant to be, if any."""
        return meant_word(word, self._domain) if self._domain else None

    def is_abbreviation(self, word: str) -> bool:
        """Whether the word is an abbreviation of the abbreviation vocabularies ("req", "etc")."""
        return word.lower() in self._abbreviations

    def owned_elsewhere(self, word: str) -> bool:
        """Whether a tone rule reports this word instead (text-speak, a drawn-out word)."""
        if word.lower() in self._skipped:
            return True
        if self.skip_drawn_out:
            from followup_lint.checks.drawn_out import is_drawn_out

            return is_drawn_out(word)
        return False


# An unknown word shaped like a name or a term: an inner capital (GraphQL), a digit (p95, OAuth2),
# or all capitals (AWS).  Linear: one pass of character classes.
_TERM_SHAPE = re.compile(r"(?<!\w)\w*(?:[a-z][A-Z]|\d)\w*|[A-Z]{2,}s?")
# British/Commonwealth endings and their American forms: colour/color, organise/organize, centre/center,
# analyse/analyze, licence/license, travelled/traveled, catalogue/catalog.
_DIALECT_ENDINGS = (
    ("our", "or"),
    ("ours", "ors"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("isation", "ization"),
    ("ises", "izes"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("tre", "ter"),
    ("tres", "ters"),
    # fibre, calibre, sombre, meagre; person-centred (not any "-re": "ordre" is a slip of "order")
    ("bre", "ber"),
    ("bres", "bers"),
    ("gre", "ger"),
    ("gres", "gers"),
    ("tred", "tered"),
    ("tring", "tering"),
    ("ence", "ense"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ogue", "og"),
    ("ogues", "ogs"),
    ("mme", "m"),
    ("mmes", "ms"),
)
_JOIN_RULES = frozenset({"DisjointPrefixes", "BoundaryError"})
# A word beside an unknown one: ``(word, the backend's suggestions)`` when it is unknown too.
Neighbour = tuple[str, tuple[str, ...]] | str


# Combining forms written onto a word ("biostatistics", "coworker", "preboarding"): a word the backend
# would split after one of them is a compound in use, not a slip ("a lot", "in fact" are split after
# a function word, and stay errors).
_PREFIXES = frozenset(
    {
        "bio",
        "eco",
        "geo",
        "neo",
        "pre",
        "post",
        "sub",
        "non",
        "co",
        "re",
        "un",
        "mis",
        "anti",
        "semi",
        "mid",
        "multi",
        "micro",
        "macro",
        "nano",
        "neuro",
        "cyber",
        "inter",
        "intra",
        "tele",
        "auto",
        "agri",
        "aero",
        "hydro",
        "photo",
        "socio",
        "psycho",
        "info",
        "meta",
        "para",
        "over",
        "under",
        "self",
        "cross",
        "up",
        "out",
        # the combining forms of science, medicine and trade: cryo-EM, perioperative, cardiothoracic
        "cryo",
        "peri",
        "cardio",
        "gastro",
        "immuno",
        "onco",
        "endo",
        "exo",
        "hyper",
        "hypo",
        "trans",
        "ultra",
        "poly",
        "mono",
        "pseudo",
        "proto",
        "quasi",
        "thermo",
        "electro",
        "radio",
        "chemo",
        "pharmaco",
        "patho",
        "physio",
        "osteo",
        "haemo",
        "hemo",
        "angio",
        "derma",
        "dermato",
        "ortho",
        "paleo",
        "palaeo",
        "retro",
        "omni",
        "petro",
        "agro",
        "astro",
        "cyto",
        "epi",
        "hepato",
        "histo",
        "litho",
        "nephro",
        "opto",
        "pneumo",
        "spectro",
        "techno",
        "tri",
        "uni",
        "extra",
        "infra",
        "supra",
    }
)


def _other_prefix(word: str, known: str) -> bool:
    """Whether ``word`` and ``known`` are one stem (five letters or more) with two different combining
    forms before it ("perioperative" and "preoperative", "cardiothoracic" and "thoracic")."""
    return any(
        word.startswith(p)
        and len(word) - len(p) >= 5
        and (
            known == word[len(p) :]
            or any(known.startswith(q) and known[len(q) :] == word[len(p) :] for q in _PREFIXES if q != p)
        )
        for p in _PREFIXES
    )


def _run_together(split: str) -> bool:
    """Whether a split the backend offers ("thank you", "in the", "a lot", "i view") has a function word
    in it and every word of it is an everyday word: common words run together, a slip; "net code",
    "com bi", "comb i" are a compound or no words at all (a lone letter counts only in front, as the
    "a" of "alot" or the "i" of "iview").  A content word of the stop list makes no function word ("air
    side": "airside" is a compound in use), and a rarer word of three letters or more beside a function
    word makes the split a guess at a borrowed word ("if tar": "iftar", "lech on": "lechon"), not two
    words run together (a piece of two letters is no word either way: "sq are" is "sqare" misspelt)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from followup_lint.language.common_words import is_common

    halves = split.lower().split()
    if not all(len(h) <= 2 or h in STOP_WORDS or is_common(h, RUN_TOGETHER_RANK) for h in halves):
        return False
    if len(halves) == 2 and halves[1] in _PARTICLES and halves[0] not in STOP_WORDS:
        return False  # "mix down", "sign up": a verb and its particle make a noun in use ("mixdown")
    return any(
        h in STOP_WORDS and h not in _CONTENT_STOP_WORDS and (len(h) > 1 or k == 0) for k, h in enumerate(halves)
    )


_PARTICLES = frozenset({"up", "down", "out", "off", "in", "over", "through", "on", "back", "away", "around"})


# How common each word of a run-together slip is: the words a writer types without a space between
# ("thankyou", "alot", "ofcourse", "myresume") are everyday ones.
RUN_TOGETHER_RANK = 5000
# Words of spaCy's stop list that are nouns, verbs or adjectives: written onto another word they make
# a compound ("airside", "frontline", "callsheet", "keywork"), not function words run together ("full"
# stays: "usefull", "hopefull" are "-ful" misspelt).
_CONTENT_STOP_WORDS = frozenset(
    {
        "amount", "back", "bottom", "call", "empty", "front", "give", "go", "get", "keep", "made",
        "make", "mine", "move", "name", "part", "put", "say", "see", "serious", "show", "side", "take",
        "top", "used", "using", "whole", "due", "former", "latter",
    }
)  # fmt: skip


def _compound(split: str) -> bool:
    """``inter company``, ``brew house``, ``bio statistics``: two real-looking halves, or a combining
    form and a word, not a typo cut in two (``int rested``, ``a lot``)."""
    halves = split.split()
    if len(halves) != 2:
        return False
    return (
        all(len(h) >= 4 for h in halves)
        or (halves[0].lower() in _PREFIXES and len(halves[1]) >= 4)
        or (halves[0].lower() in _SPLIT_PARTICLES and len(halves[1]) >= 6)
        or (halves[0].lower() == "off" and len(halves[1]) >= 6 and halves[1].lower().endswith(_VERB_FORM_END))
    )


# Short words written onto a longer one in terms of a trade ("nowcasting", "topsoil"); a run-together
# slip ("of course", "in fact", "a lot") starts with none of them.  "off" only before a verb's form
# ("offboarded", "offboarding", "offloaders"): "offcourse" stays a slip of "of course".
_SPLIT_PARTICLES = frozenset({"now", "top"})
_VERB_FORM_END = ("ed", "ing", "er", "ers")


def _other_dialect_forms(word: str) -> set[str]:
    """The word as the other side of the Atlantic spells it: American forms of a British spelling
    ("colour" -> "color") and British forms of an American one ("center" -> "centre"), so neither is
    an error under the other dialect."""
    lower = word.lower()
    # American to British only from five letters on: a short slip is no dialect ("yor" is not "your")
    directions = (True, False) if len(lower) >= 5 else (True,)
    found = set()
    for from_british in directions:
        for brit, us in _DIALECT_ENDINGS:
            have, other = (brit, us) if from_british else (us, brit)
            if lower.endswith(have):
                found.add(lower[: -len(have)] + other)
        # inside the word, before an ending that goes with it: colourful, honourable, organisation's
        # (not "yourself" -> "yorself" nor "course" -> "corse": a dropped letter, no dialect)
        # mould, moult, smoulder and their forms: "moulded" -> "molded"
        have, other = ("oul", "ol") if from_british else ("ol", "oul")
        found.update(lower[:at] + other + lower[at + len(have) :] for at in _mould_places(lower, have))
        for brit, us in (("our", "or"), ("is", "iz")):
            have, other = (brit, us) if from_british else (us, brit)
            for at in _inner_dialect_places(lower, have):
                found.add(lower[:at] + other + lower[at + len(have) :])
    return found


# What may follow "-our"/"-or" and "-is"/"-iz" inside a word that differs between the dialects: the
# endings of colourful, honourable, favourite, labourer, humourless, organisation, realised.
_INNER_ENDINGS = {
    "our": ("ful", "fully", "able", "ably", "ite", "ites", "er", "ers", "ed", "ing", "less", "s", "hood", "ism", "ist"),
    "or": ("ful", "fully", "able", "ably", "ite", "ites", "er", "ers", "ed", "ing", "less", "s", "hood", "ism", "ist"),
    "is": ("e", "ed", "es", "er", "ers", "ing", "ation", "ations", "ational"),
    "iz": ("e", "ed", "es", "er", "ers", "ing", "ation", "ations", "ational"),
}


def _mould_places(word: str, have: str) -> list[int]:
    """Where ``have`` ("oul" or "ol") stands after an m and before a d or t: mould/mold, moult/molt."""
    return [
        at
        for at in range(1, len(word) - len(have))
        if word[at - 1] == "m" and word.startswith(have, at) and word[at + len(have)] in "dt"
    ]


def _inner_dialect_places(word: str, have: str) -> list[int]:
    """Where ``have`` stands after a stem of two letters or more and before one of its dialect
    endings (a possessive "'s" allowed after): the places a dialect spells differently."""
    bare = re.sub(r"['’]s$", "", word)
    return [
        at
        for at in range(2, len(bare) - len(have))
        if bare.startswith(have, at) and bare[at + len(have) :] in _INNER_ENDINGS[have]
    ]


# A title's full stop ("Ms. Okafor") does not end a sentence: the capital after it marks a name.
_TITLE_BEFORE = re.compile(rf"(?<!\w)(?:{title_source('abbreviation')}|St|Sr|Jr)\.$")  # and "St." "Jr."


def _opens_closing(inp: CheckInput, start: int) -> bool:
    """Whether ``start`` is the first letter of the closing ("Sincerly,")."""
    closing = inp.draft.closing
    return closing is not None and start == closing.start + len(inp.draft.text[closing.start : closing.end]) - len(
        inp.draft.text[closing.start : closing.end].lstrip()
    )


def _starts_sentence(inp: CheckInput, start: int) -> bool:
    """Whether ``start`` begins a sentence of the body, or the closing ("Sincerly,"): a capital there
    says nothing about names."""
    if _opens_closing(inp, start):
        return True
    for para in inp.draft.paragraphs:
        if para.start <= start < para.end:
            before = inp.draft.text[max(para.start, start - 80) : start].rstrip()
            if _TITLE_BEFORE.search(before):
                return False
            return not before or before[-1] in ".!?:;\"“”'"
    return False


def soft_spelling(
    word: str,
    rule: str,
    suggestions: tuple[str, ...],
    params: LanguageParams,
    sentence_start: bool = False,
    neighbours: Sequence[Neighbour] | None = None,
    meant: str | None = None,
    other_dialect: bool = False,
    before_hyphen: bool = False,
    name_cue: bool = False,
    name_place: int = 0,
    in_closing: bool = False,
    after_hyphen: bool = False,
    word_before: str = "",
) -> str | None:
    """Why an unknown word is probably not a misspelling of a common word, or None when it is one.

    ``meant`` is the word of the job-search vocabulary it sounds like, if any: then, unless it looks
    like a name or a term, it is a misspelling of that word, however far the backend's suggestions are.
    ``other_dialect``: the backend knows the word under another English dialect.  ``before_hyphen``:
    the word is the first part of a hyphenated compound ("cryo-EM").  ``name_cue``: at the start of a
    sentence, the words after it are what a person does ("mentioned", "and I").  ``name_place``: in a
    note written in lower case, where capitals cannot mark names, the word stands where a name does
    ("spoke to ravi and": 1; "tell tunde", after a word of telling or greeting: 2; ``_name_place``).
    ``in_closing``: the word opens the closing ("Sincerly,"), where no name stands.  ``after_hyphen``:
    the word ends a hyphenated compound ("sous-chefed"), where "-ed" makes a verb of a short noun too.
    ``word_before``: the word right before it in its sentence, if any ("I" in "I hav").
    """
    if _TERM_SHAPE.fullmatch(word):
        return "it looks like a name or a technical term"
    if word[:1].isupper() and word[1:].islower() and len(word) > 1 and not sentence_start and not calendar_slip(word):
        return "it looks like a name"
    if (
        after_hyphen
        and len(word) <= BRAND_END_MAX
        and _name_shaped(word_before, params)
        and not _doubled_or_swapped_common(word.lower(), params.far_slip_rank)
    ):
        return "it ends a hyphenated name (Webster-pak, Opti-flow): a brand or a product"
    if other_dialect:
        return "it is the spelling of another English dialect"
    if params.dictionary_words and _both_dialects_in_dictionary(word):
        return "it and its spelling in the other dialect are both dictionary words (titer, titre)"
    # a curly apostrophe is the straight one ("don’ts" is "don'ts"): the backend suggests straight ones
    lower = word.lower().replace("’", "'")
    if any(ord(c) > 127 and c.isalpha() for c in word):
        return "it is written with accents: a borrowed word or a name"
    if before_hyphen and lower in _PREFIXES:
        return "it is a combining form at the start of a compound"
    if meant is not None:
        return None
    if params.dictionary_words and len(lower) >= params.common_min_length:
        from followup_lint.language.dictionary_words import is_field_word

        if is_field_word(lower):
            return "it is a term of a trade or field, a slip away from a common word: check it"
    if _known_stem_form(lower, suggestions, AFTER_HYPHEN_ED_STEM_MIN if after_hyphen else ED_STEM_MIN):
        return "it is a known word with a regular ending (rostering, offsites, licencing)"
    if params.compound_endings and _ending_compound(lower, params):
        return "it is a known word with a productive ending (hatless, fanless, teamwide): a compound in use"
    if rule in _JOIN_RULES or (rule == "SplitWords" and any(_compound(s) for s in suggestions)):
        if _split_slip(lower, suggestions, params) is not None:
            return None  # "carefull" split as "care full": a slip of "careful", not a compound in use
        return "the backend would join or split this word; both forms are in use"
    if " " in word.strip() and any(s.replace(" ", "").lower() == word.replace(" ", "").lower() for s in suggestions):
        return "the backend would join these words, and both forms are in use"
    if any(" " in s and s.replace(" ", "").lower() == lower and not _run_together(s) for s in suggestions):
        return "it is a name or a compound the backend writes as two words (huggingface, Hugging Face)"
    if rule == "SplitWords":  # common words run together ("thankyou", "inthe") are a slip; others are not
        if any(_run_together(s) for s in suggestions) or (
            len(lower) > params.common_min_length and _split_slip(lower, suggestions, params) is not None
        ):
            return None  # "thankyou", or "sqare" cut as "sq are": a slip of "square" whatever the cut
        return "the backend would split this word, but not into common words run together"
    if lower in {w.lower() for w in params.dialect_words}:
        return "it is the British or Commonwealth spelling"
    known = {s.lower() for s in suggestions}
    if _other_dialect_forms(word) & known:
        return "it is the spelling of another English dialect (British or American)"
    hiss_plural = bool(_HISS_PLURAL.search(lower)) and _hiss_plural_known(lower, known)  # "wishs" for "wishes"
    if not hiss_plural and any(lower in (k + "s", k + "es") or lower == k.replace("'", "") for k in known):
        return "it is a form of a known word"
    if any(lower == stem + suffix for stem in _stems(known) for suffix in _DERIVATIONS):
        return "it is a derived form of a known word"
    if _trade_place(lower, known, params.far_slip_rank):
        return "it names the place of a trade (a roastery, a cidery): a derived form of a known word"
    if _one_who_is(lower, params):
        return "it names the one a verb is done to (supervisee, appraisee): a derived form of a known word"
    if any(lower.startswith(prefix) and lower[len(prefix) :] in known for prefix in _PREFIXES):
        return "it is a known word with a prefix"
    if _prefixed_known_word(lower):
        return "it is a known word with a prefix"
    if any(_other_prefix(lower, k) for k in known):
        return "it is a known word with another combining form (perioperative, preoperative)"
    if before_hyphen is False and lower in NAME_PARTICLES and _between_capitals(neighbours):
        return "it is a particle of a name (van der Berg, de la Cruz)"
    if sentence_start and word[:1].isupper() and word[1:].islower():
        why = _name_at_sentence_start(word, known, in_closing)
        if why is not None:
            return why
        if name_cue and not _slip_of_pronoun(lower):
            return "at the start of a sentence and followed by what a person does (“mentioned”, “and I”): likely a name"
    if name_place and word.islower() and _short_name_not_typo(lower, known, strong=name_place > 1):
        return "in a note written all in lower case, a short word where a name stands (after “tell”, “with”, “and”): likely a name"
    derived = _productive_suffix(lower)
    if not any(_slip_of(lower, k, close=derived) for k in (*known, *_DAY_NAMES)):
        return "no word the checker knows is a slip away from it: a rare or foreign word, or a name"
    if neighbours is not None and _foreign_phrase(lower, neighbours):
        return "it stands in a phrase of another language"
    if params.common_rank is not None and len(lower) >= params.common_min_length:
        return _no_common_slip(lower, known, params, derived)
    if params.common_rank is not None and params.short_min_length and len(lower) >= params.short_min_length:
        return _no_short_slip(lower, known, params, word_before)
    return None


def _both_dialects_in_dictionary(word: str) -> bool:
    """Whether ``word`` and its spelling on the other side of the Atlantic are both words of a general
    dictionary (WordNet): "titer" and "titre", a term either way, though the backend knows neither."""
    from followup_lint.language.dictionary_words import is_dictionary_word

    return is_dictionary_word(word) and any(
        is_dictionary_word(f) for f in _other_dialect_forms(word) if f != word.lower()
    )


# The end of a hyphenated brand is short ("Webster-pak", "Opti-flo", "Medi-tek"); a longer one after a
# name is a word of its own ("Salesforce-certifed", "Leeds-baesd") and judged as one.
BRAND_END_MAX = 4


def _name_shaped(word: str, params: LanguageParams) -> bool:
    """Whether ``word`` is written as a name (a capital, then lower case) and is no common word: the
    first part of a brand such as "Webster-pak", whose second part is then part of that name."""
    from followup_lint.language.common_words import is_common

    return (
        len(word) > 1
        and word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and not is_common(word.lower(), params.common_rank or params.far_slip_rank)
    )


# The common-word list's own look-ups for a short word ("adn": "and", "amd": "and") stop at this rank:
# further down the list holds misspellings and other languages' words ("teh", "une").
SHORT_LIST_RANK = 1000


def _no_short_slip(word: str, known: set[str], params: LanguageParams, word_before: str = "") -> str | None:
    """Why a short unknown word (``LanguageParams.short_min_length``: "jus", "koi") is no typing slip of
    a very common word, or None when it is one ("teh", "adn", "tge").  The backend's suggestions are
    asked first, then the common-word list for a swap, a doubled letter or a neighbouring key, and for a
    function word with a letter left out ("hav": "have", "jus": "just") where such a word stands: after
    a function word that is no determiner ("I hav", "was jus") or opening a sentence, not after a noun,
    an adjective or "the" ("lamb jus", "the jus", "au jus")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from followup_lint.language.common_words import is_common

    if not word.isalpha():
        return None
    if any(_typing_slip(word, k) and is_common(k, params.far_slip_rank) for k in known if k.isalpha()):
        return None
    within = min(params.far_slip_rank, SHORT_LIST_RANK)
    if _doubled_or_swapped_common(word, within) is not None:
        return None
    struck = (word[:i] + c + word[i + 1 :] for i in range(len(word)) for c in _KEY_NEIGHBOURS.get(word[i], ""))
    if any(is_common(w, within) for w in struck):
        return None
    before = word_before.lower()
    if not before or (before in STOP_WORDS and before not in _DETERMINERS):
        completed = (word[:i] + c + word[i:] for i in range(1, len(word) + 1) for c in "abcdefghijklmnopqrstuvwxyz")
        if any(w in STOP_WORDS and is_common(w, within) for w in completed):
            return None
    return "a short word no typing slip of a very common word: a borrowed word, a term or a name"


# Words before a noun: after one, a short word is a noun ("the jus", "our koi"), not a function word.
_DETERMINERS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "their", "his", "her",
        "its", "some", "any", "no", "each", "every", "another",
    }
)  # fmt: skip


def _ending_compound(word: str, params: LanguageParams) -> bool:
    """Whether ``word`` is a known word of three letters or more with a productive ending written on
    ("hatless": hat + less, "teamwide"), and no slip of a very common word but at its first letter
    ("armless" / "harmless" is a compound; "beautyful" / "beautiful" and "carless" / "careless" are
    slips)."""
    from followup_lint.language.common_words import common_slip_of, is_common
    from followup_lint.language.dictionary_words import is_dictionary_word

    if not word.isalpha():
        return False
    for end in params.compound_endings:
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) >= 3:
            if not (is_common(stem, params.common_rank or params.far_slip_rank) or is_dictionary_word(stem)):
                continue
            target = common_slip_of(word, params.far_slip_rank)
            if target is not None and (one_slip(word, target) or undoubled(word) == undoubled(target)):
                return word[1:] == target[1:] or word == target[1:] or word[1:] == target  # at the first letter
            return True
    return False


# QWERTY: the letters around each key, whose striking instead is a typing slip ("tge" for "the").
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _key_neighbours() -> dict[str, str]:
    places = {c: (r, i + 0.5 * r) for r, row in enumerate(_KEY_ROWS) for i, c in enumerate(row)}
    return {
        c: "".join(d for d, (r2, x2) in places.items() if d != c and abs(r2 - r) <= 1 and abs(x2 - x) <= 1)
        for c, (r, x) in places.items()
    }


_KEY_NEIGHBOURS = _key_neighbours()
_VOWELS = frozenset("aeiou")
_SOUND_ALIKE = frozenset(frozenset(p) for p in ("cs", "ck", "sz", "iy", "fv", "gj", "mn"))


def _struck_beside(a: str, b: str) -> bool:
    """Whether letter ``a`` is on a key beside ``b``."""
    return b in _KEY_NEIGHBOURS.get(a, "")


def _typing_slip(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` typed with one slip of the fingers: two letters swapped, a letter
    doubled or undoubled, a letter left out (not the first), a letter added (not in front, and not to a
    word of two letters: "ube" is no slip of "be"), or a key struck beside the right one."""
    if word == known:
        return False
    if _swapped(word, known) or undoubled(word) == undoubled(known):
        return True
    if len(word) + 1 == len(known):
        return any(known[:i] + known[i + 1 :] == word for i in range(1, len(known)))
    if len(word) == len(known) + 1:
        return len(known) >= 3 and any(word[:i] + word[i + 1 :] == known for i in range(1, len(word)))
    if len(word) == len(known):
        diff = [i for i in range(len(word)) if word[i] != known[i]]
        return len(diff) == 1 and _struck_beside(word[diff[0]], known[diff[0]])
    return False


def _changed_like_a_slip(word: str, known: str) -> bool:
    """Whether ``word`` is no one-letter change of ``known``, or its changed letter is one a writer
    slips to: a key beside it, a vowel for a vowel, or a letter that sounds alike ("definate")."""
    if len(word) != len(known):
        return True
    diff = [i for i in range(len(word)) if word[i] != known[i]]
    if len(diff) != 1:
        return True
    a, b = word[diff[0]], known[diff[0]]
    return _struck_beside(a, b) or (a in _VOWELS and b in _VOWELS) or frozenset((a, b)) in _SOUND_ALIKE


def _split_slip(word: str, suggestions: Sequence[str], params: LanguageParams) -> str | None:
    """The common word a word the backend only splits ("carefull": "care full", "greatfull": "great
    full") is a slip of, looked up in the common-word list itself (``common_slip_of``: letters doubled,
    one slip, or two where it sounds the same), or None.  Only where every suggestion is a split and
    the commonness test is on: a compound in use ("backlist", "brewhouse") is a slip of no common word."""
    if params.common_rank is None or not suggestions or not all(" " in s.strip() for s in suggestions):
        return None
    from followup_lint.language.common_words import common_slip_of

    target = common_slip_of(word, params.far_slip_rank)
    if target is None or any(s.replace(" ", "").lower() == target for s in suggestions):
        return None
    if _DOUBLED_BEFORE_ENDING.sub(r"\1", word) == target:
        return None  # "focussing", "focussed": a consonant doubled before an ending, as British English may
    from followup_lint.language.sounds_like import sound_key

    plain_slip = one_slip(word, target) or undoubled(word) == undoubled(target) or _swapped(word, target)
    if not plain_slip and sound_key(word) != sound_key(target):
        return None  # two steps from it and sounding otherwise ("upsell" / "upset"): the split stands
    return target


_DOUBLED_BEFORE_ENDING = re.compile(r"([b-df-hj-np-tv-z])\1(?=(?:ed|ing|ings|er|ers)$)")


def _no_common_slip(word: str, known: set[str], params: LanguageParams, derived: bool) -> str | None:
    """Why ``word`` is no slip of a common word (see ``LanguageParams.common_rank``), or None when it
    is one: a misspelling a reader would notice.  Common words run together ("eachother") are slips."""
    from followup_lint.language.common_words import compound_of_common, is_common

    assert params.common_rank is not None
    if any(" " in k and k.replace(" ", "") == word for k in known):
        return None

    def common(target: str, within: int) -> bool:
        """A common word, words of the job-search vocabulary and days, or a prefixed common word
        ("reschedule" is "re" + "schedule"); each word of a phrase common ("each other")."""
        if target in _DAY_NAMES or params.is_domain_word(target):
            return True
        return all(
            is_common(part, within)
            or any(part.startswith(p) and is_common(part[len(p) :], within) for p in _COMMON_PREFIXES)
            for part in _POSSESSIVE_END.sub("", target).split()
        )

    near = [
        k
        for k in known
        if _slip_of(word, k, close=True)
        and (not params.rare_slips_typed or common(k, params.far_slip_rank) or _changed_like_a_slip(word, k))
    ]
    # one typing slip only: "soffit" is no slip of "soft", though "sofit" would be
    typo = [k for k in near if one_slip(word, k) or undoubled(word) == undoubled(k)]
    # (a dictionary word one letter from a common word by a key no writer slips to is a term: "derate" is no slip
    # of "debate"; round 27 blind batch, an electrical lecturer's good note)
    if params.dictionary_words and not any(
        common(k, params.far_slip_rank) and _changed_like_a_slip(word, k) for k in typo
    ):
        from followup_lint.language.dictionary_words import is_dictionary_word

        if is_dictionary_word(word) or is_dictionary_word(_POSSESSIVE_END.sub("", word)):
            return "it is a dictionary word the checker lacks, likely a term of a trade or a field"
    far = [k for k in known if k not in near and not derived and _slip_of(word, k)]
    if not any(common(k, params.common_rank) for k in near) and not any(common(k, params.far_slip_rank) for k in far):
        if any(_slip_of(word, d) for d in _DAY_NAMES):
            return None
        return "it is no slip of a common word: a rare word or a term"
    # a word written from two common words ("backlist": back + list) is a compound in use, unless it is
    # a slip of a very common word ("homeword") or a doubled letter or a swap ("wellcome")
    halves = compound_of_common(word, params.common_rank)
    if (
        halves is not None
        and not any(common(k, params.far_slip_rank) for k in (*near, *far))
        and not any(undoubled(word) == undoubled(k) or _swapped(word, k) for k in known)
    ):
        return f"it is written from two common words ({halves[0]} + {halves[1]}): a compound in use, not a slip"
    return None


# Prefixes a reader sees through: "reschedule" reads as common as "schedule".
_COMMON_PREFIXES = ("re", "un", "pre", "co", "non", "mis", "over", "under", "out", "self")


def _swapped(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` with two neighbouring letters swapped ("thier")."""
    if len(word) != len(known) or word == known:
        return False
    diff = [i for i in range(len(word)) if word[i] != known[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and word[diff[0]] == known[diff[1]]
        and word[diff[1]] == known[diff[0]]
    )


# Regular endings a dictionary may not list on every word: "roster" -> "rostering", "offsite" ->
# "offsites".  "-ed" only after a long stem (``ED_STEM_MIN``: "prototyped", "timeboxed", "offboarded"),
# never one ending in an irregular verb: its slips are overregularised irregular verbs ("teached",
# "writed", "understanded", "overtaked").  A plural "-s" straight after a hiss ("wishs", "boxs") is no
# regular ending: English writes "-es" there.
_REGULAR_ENDINGS = ("ings", "ing", "ers", "er", "es", "s")
ED_STEM_MIN = 7
AFTER_HYPHEN_ED_STEM_MIN = 4  # the last piece of a compound: "sous-chefed", "hand-balled"
# Prefixes that make a verb of a verb ("reskilled", "misfiled", "overindexed"): before a known word of
# PREFIXED_MIN letters or more, the whole is a derived word, not a slip ("untill", "reknown" and
# "misstake" are too short after the prefix to count).
_VERB_PREFIXES = ("re", "pre", "co", "un", "mis", "de", "dis", "over", "under", "out", "up", "cross")
PREFIXED_MIN = 6
_IRREGULAR_BASES = (
    "take", "make", "give", "come", "write", "ride", "drive", "bite", "hide", "rise", "shake", "wake", "choose",
    "lose", "leave", "freeze", "strike", "slide", "shine", "weave", "stand", "teach", "catch", "think", "bring",
    "seek", "fight", "sell", "tell", "find", "grind", "hold", "build", "send", "spend", "lend", "bend", "keep",
    "sleep", "sweep", "feel", "deal", "mean", "meet", "feed", "lead", "read", "speak", "break", "steal", "swim",
    "sing", "ring", "drink", "begin", "run", "win", "sit", "get", "hit", "cut", "put", "set", "let", "shut",
    "fall", "draw", "grow", "know", "throw", "blow", "fly", "see", "go", "do", "have", "say", "pay", "lay",
    "buy", "wear", "tear", "bear", "swear", "forget", "forgive", "eat", "beat", "light", "spin", "stick",
)  # fmt: skip
_HISS_PLURAL = re.compile(r"(?:s|x|z|sh|tch)s$")


def _c_for_s(word: str, other: str) -> bool:
    """Whether ``other`` is ``word`` with each differing letter a "c" for an "s" or back ("licenced",
    "licensed")."""
    if len(word) != len(other) or word == other:
        return False
    return all({a, b} == {"c", "s"} for a, b in zip(word, other, strict=True) if a != b)


def _prefixed_known_word(word: str) -> bool:
    """Whether ``word`` is a verb prefix and a known word of ``PREFIXED_MIN`` letters or more
    ("reskilled": re + skilled), and no common word with a letter doubled or two swapped."""
    rests = [word[len(p) :] for p in _VERB_PREFIXES if word.startswith(p) and len(word) - len(p) >= PREFIXED_MIN]
    if not rests or not word.isalpha():
        return False
    from followup_lint.language.harper_backend import english_words

    if _doubled_or_swapped_common(word, _AND_NAME_RANK) is not None:  # the common_rank of FL401
        return False
    return bool(english_words(rests))


def _hiss_plural_known(word: str, known: set[str]) -> bool:
    """Whether ``word`` ("wishs", "boxs") is a known word's plural written "-s" for "-es"."""
    plural = word[:-1] + "es"
    if plural in known:
        return True
    from followup_lint.language.harper_backend import english_words

    return bool(english_words([plural]))


def _known_stem_form(word: str, suggestions: Sequence[str], ed_stem_min: int = ED_STEM_MIN) -> bool:
    """Whether ``word`` is a word the dictionary knows (four letters or more) with a regular ending,
    the "e" dropped before a vowel as English drops it ("licence" -> "licencing", not "writeing"),
    and no suggestion is the same word with a letter doubled or undoubled ("begining" for
    "beginning" is the classic slip of this family, and stays one)."""
    if not word.isalpha() or _HISS_PLURAL.search(word):
        return False
    stems = []
    for end in _REGULAR_ENDINGS:
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) >= 4:
            if end[0] in "aeiou" and stem.endswith("e") and not stem.endswith("ee"):
                continue  # "writeing", "makeing": the e should have gone
            stems.append(stem)
            if end[0] in "aeiou":
                stems.append(stem + "e")
    # a suggestion with a "c" of the stem written "s" ("licenced" beside "licensed": the noun's spelling
    # where the verb's is meant) makes it a slip; another letter changed ("chefed" / "chafed") does not
    changed = any(_c_for_s(word, s.lower()) for s in suggestions)
    if word.endswith("ed") and not word.endswith("eed") and not changed:
        for stem in (word[:-2], word[:-1]):  # "offboard" + "ed", "prototype" + "d"
            if len(stem) >= ed_stem_min and not stem.endswith(_IRREGULAR_BASES):
                stems.append(stem)
    if not stems:
        return False
    if any(undoubled(s.lower()) == undoubled(word) for s in suggestions if s.lower() != word):
        return False
    from followup_lint.language.harper_backend import english_words

    known = english_words(stems)
    return bool(known)


def _between_capitals(neighbours: Sequence[Neighbour] | None) -> bool:
    """Whether the words right before and right after are both capitalised ("Van der Berg")."""
    if not neighbours or len(neighbours) != 2:
        return False
    words = [near if isinstance(near, str) else near[0] for near in neighbours]
    return all(w[:1].isupper() for w in words)


_POSSESSIVE_END = re.compile(r"['’]s$", re.IGNORECASE)


def _name_at_sentence_start(word: str, known: set[str], in_closing: bool = False) -> str | None:
    """Why a capitalised unknown word at the start of a sentence is likely a name, or None.

    There the capital says nothing, and names from many languages ("Thuy", "Rohan", "Eilidh",
    "Takumi's") are a letter or two from some English word, as many short strings are.  So the
    evidence of a typo must be stronger than inside a sentence: a possessive is a name's (typos of a
    common word rarely carry one at the start of a sentence); and the word must be a plain typing
    slip of a common word, one the dictionary knows in lower case (not another name: "Xiaoping",
    "Katrina"), with its first letter kept: two letters swapped or a letter doubled or undoubled
    ("Thier", "Recieved", "Realy") at any length, and from six letters on also a letter dropped,
    added or changed inside the word with the last one kept ("Intrested", "Definately")."""
    if _POSSESSIVE_END.search(word):
        return "a capitalised word with a possessive at the start of a sentence: likely a name"
    from followup_lint.language.harper_backend import english_words

    lower = word.lower()
    if any(" " in k and k.replace(" ", "") == lower for k in known):  # common words run together ("Alot")
        return None
    bare = {k for k in known if k.isalpha()}
    common = english_words(bare)
    targets = (bare if common is None else set(common)) | set(_DAY_NAMES)
    if any(
        _plain_slip(lower, k)
        and not _name_like_doubling(lower, k)
        and (in_closing or _common_enough_at_start(lower, k))
        for k in targets
    ):
        return None
    return "at the start of a sentence, a capitalised word no common word is a plain typing slip of: likely a name"


# At the start of a sentence (not the closing's), a capitalised word is a slip only of a common word a
# name is unlikely to shadow: one of the START_SLIP_RANK commonest ("Intrested", "Recieved", "Thier"),
# or, when the word ends as no given name does ("-ly", "-tion", "-ment", "-ing" ...: "Aditionally",
# "Congradulations", "Fortunatly") or is a long word with two letters swapped ("Furthermroe"), any of
# the common words; a day's name always ("Wensday").  Names
# from many languages are a letter from a rarer word ("Helmut": helmet, "Dragan": dragon, "Bastian":
# bastion, "Tunde": tuned; correct9: 9 of 97 names and towns opening a sentence were errors).
START_SLIP_RANK = 2000
START_ANY_RANK = 30000
_NO_NAME_ENDING = re.compile(
    r"(?:ly|tions?|ments?|ness|ings?|ed|ity|ities|ful|ous|ive|ives|ence|ance|ship|able|ible|wise|ally)$"
)


def _common_enough_at_start(word: str, known: str) -> bool:
    """Whether ``known`` is common enough for ``word``, opening a sentence, to be its slip (see above)."""
    from followup_lint.language.common_words import is_common

    if known in _DAY_NAMES or is_common(known, START_SLIP_RANK):
        return True
    long_swap = len(word) >= 7 and _swapped(word, known)  # "Furthermroe": a long name is no swap of a word
    return (long_swap or _NO_NAME_ENDING.search(word) is not None) and is_common(known, START_ANY_RANK)


# At the start of a sentence, a short word that is a common word with a letter doubled is a slip only
# of one of this many commonest words ("Realy", "Aggain", "Untill", "Whille"): given names from many
# languages double a consonant before a last vowel ("Sanne", "Mette", "Kalle", "Wille": sane, mete,
# kale, wile), and a rarer word is more likely such a name (correct9: 5 of 25 such names were errors).
SHORT_DOUBLING_RANK = 500


def _name_like_doubling(word: str, known: str) -> bool:
    """Whether ``word`` (six letters or fewer) is ``known`` with only a letter doubled or undoubled,
    and ``known`` is not among the ``SHORT_DOUBLING_RANK`` commonest words."""
    from followup_lint.language.common_words import is_common

    if len(word) > 6 or _swapped(word, known) or undoubled(word) != undoubled(known):
        return False
    return not is_common(known, SHORT_DOUBLING_RANK)


def _plain_slip(word: str, known: str) -> bool:
    """A typing slip of ``known`` that keeps its first letter (see ``_name_at_sentence_start``)."""
    if not word or not known or word == known:
        return False
    if len(word) == len(known):  # two letters swapped, anywhere ("Hte", "Thier")
        diff = [i for i in range(len(word)) if word[i] != known[i]]
        if (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == known[diff[1]]
            and word[diff[1]] == known[diff[0]]
        ):
            return True
    if word[0] != known[0]:
        return False
    if undoubled(word) == undoubled(known):
        return True
    if len(word) <= 5 or word[-1] != known[-1]:
        return False
    return _slip_of(word, known)


# Words that can stand where a name does, before "mentioned" or "and I": a slip of one of them
# ("Tehy said", "Hte team") is a typo even there.
_SUBJECT_PRONOUNS = frozenset(
    {"they", "he", "she", "we", "you", "it", "this", "that", "these", "those", "there", "who", "one"}
    | {"everyone", "someone", "both", "all", "each", "everybody", "somebody", "nobody", "none"}
)


def _slip_of_pronoun(word: str) -> bool:
    """Whether ``word`` is a typing slip of a word that can stand where a name does."""
    return any(_plain_slip(word, p) for p in _SUBJECT_PRONOUNS)


# A capitalised word with a letter outside ASCII, then one space, just before ``start``: the lower-case
# word after it belongs to a name in another language ("Mlynské nivy", "Náměstí míru", "Avenida São joão").
_ACCENTED_NAME_BEFORE = re.compile(r"(?:^|[\s(\"“])[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]{0,30}[^\x00-\x7f][^\W\d_]{0,30} $")


def _after_accented_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` comes right after a capitalised word written with accents."""
    return _ACCENTED_NAME_BEFORE.search(text[max(0, start - 64) : start]) is not None


# Sentence starts: a paragraph's first letter, or a letter after ".", "!" or "?" and a space.  Only blanks
# within the line are skipped: a letter after a line break is found from that line's own start, so each
# start looks at one line's blanks and a run of line breaks stays linear.
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”)]?\s)[^\S\n]*+([^\W\d_])", re.MULTILINE)
_LOWER_I = re.compile(r"(?<![\w'’])i(?=['’]|\s)")


def lower_case_register(inp: CheckInput) -> bool:
    """Whether the note is written in lower case: most of its sentences (at least two) start with a
    small letter, or it writes the pronoun "i" small.  There capitals cannot mark names ("tell tunde
    i said hi").  One linear pass over the salutation and the body."""
    parts = [p for p in (inp.draft.salutation, *inp.draft.paragraphs) if p is not None]
    small = capital = 0
    for part in parts:
        chunk = inp.draft.text[part.start : part.end]
        for m in _SENTENCE_START.finditer(chunk):
            if m.group(1).islower():
                small += 1
            else:
                capital += 1
        if _LOWER_I.search(chunk):
            return True
    return small >= 2 and small >= capital


# Words right before a name: whom one tells, thanks or greets ("tell tunde", "say hi to femi"): strong
# cues; and words a name often follows but other words do too ("with", "and", "to"): weak cues, a
# name only when what comes after ends the phrase ("spoke to ravi and ...", "with aoife after"); a bare
# "to" is no cue: "keen to lern." is an infinitive's slip.
_STRONG_BEFORE = re.compile(
    r"(?i:\b(?:tell|ask|thank|cc|hi|hey|hello|hiya|love|regards|best|greetings|hugs|wishes|hi to|hello to|thanks to)\s+)$"
)
_WEAK_BEFORE = re.compile(
    r"(?i:\b(?:with|and|from|met|meeting|(?:spoke|speak|speaking|talked|talk|talking|chatted|chatting|introduced|"
    r"me|us|said|say|wave|send|sent|pass|give|gave|mention|mentioned|shout-out|shoutout) to)\s+)$"
)
# (read over at most NAME_REACH characters: the blanks are bounded and possessive, and the word after them
# must follow a blank, so a long run of blanks is never scanned twice)
_ENDS_PHRASE = re.compile(
    r"(?i:\s{0,24}+(?:$|[,.!?;:)]|['’]s\b|(?<=\s)(?:and|i|for|too|about|after|before|at|on|in|yesterday|today|earlier|who|said|says|mentioned|told|was|is|were|are|had|has)\b))"
)
NAME_REACH = 24  # characters looked at either side of a word for the words around a name


def _name_place(text: str, start: int, end: int) -> int:
    """How surely the word at ``[start, end)`` stands where a name does: 2 right after a strong cue
    ("tell", "say hi to"), 1 after a weak one ("with", "and", "to") with the phrase ending right
    after it, else 0.  Bounded windows either side."""
    before = text[max(0, start - NAME_REACH) : start]
    if _STRONG_BEFORE.search(before):
        return 2
    weak = _WEAK_BEFORE.search(before) is not None and _ENDS_PHRASE.match(text[end : end + NAME_REACH]) is not None
    return 1 if weak else 0


def _short_name_not_typo(word: str, known: set[str], strong: bool) -> bool:
    """Whether a lower-case word in a name's place may be a name: six letters or fewer (a slip of a
    long common word is long), not a slip of a function word ("teh", "adn"), and, after a weak cue
    only, not a classic typing slip of a suggestion (two letters swapped, a letter doubled or
    undoubled: "with freind."): after "tell" a name may be a swap of a word ("tunde", "tuned")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if len(word) > 6 or not word.isalpha():
        return False
    if not strong and any(_swapped(word, k) or (undoubled(word) == undoubled(k) and word != k) for k in known):
        return False
    return not any(len(w) > 1 and one_slip(word, w) for w in STOP_WORDS)


# A sign-off of one to four letters alone on its line ("xo", "tc,", "ta"), with at most the writer's name
# on one line after it before the end of the text.  It reads at most 64 characters (see the caller), so
# every run is bounded by that and possessive: the regex audit scans it over 100x whitespace, where three
# adjacent unbounded runs of blanks backtracked for minutes.
_SIGN_OFF_LINE = re.compile(r"[ \t]{0,64}+[,.!]?[ \t]{0,64}+(?:\n[ \t]{0,64}+[^\n]{1,40})?[ \t]{0,64}+\n?\s{0,64}+$")


def _sign_off_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the word is a short sign-off alone on its line near the end of the note."""
    if end - start > 4 or not text[start:end].isalpha():
        return False
    line_start = text.rfind("\n", max(0, start - 8), start) + 1
    if text[line_start:start].strip():
        return False
    tail = text[end : end + 64]
    return len(text) - end <= 64 and _SIGN_OFF_LINE.match(tail) is not None


def _opens_stock_closing(inp: CheckInput, start: int, end: int) -> bool:
    """Whether the word opens the note's closing and is a sign-off the draft parser knows ("xo" in
    "xo Jess", the name on the same line): a misspelt sign-off ("Sincerly,") is none of those."""
    from followup_lint.draft import is_stock_closing

    closing = inp.draft.closing
    if closing is None or not closing.start <= start < closing.end:
        return False
    lead = inp.draft.text[closing.start : start]
    return not lead.strip() and is_stock_closing(inp.draft.text[start:end])


# A capitalised word joined by "and" to a capitalised word that is no common word ("Tunde and Oisín
# were welcoming", "Sora & Priya"): two names, as "and I" marks one; not "Reserach and Development".
_AND_NAME = re.compile(r"(?<!\s)\s{1,3}(?:and|&)\s{1,3}(?P<other>[A-Z\u00c0-\u00de][\w'’-]{1,40})")
_AND_NAME_RANK = 30000  # the common_rank of FL401: a word a reader knows is no name here


def _name_cue(text: str, end: int, cues: re.Pattern[str] | None) -> bool:
    """Whether the words right after ``end`` are one of the name cues (a bounded look ahead)."""
    window = min(len(text), end + 60)
    pair = _AND_NAME.match(text, end, window)
    if pair is not None:
        from followup_lint.language.common_words import is_common

        if not is_common(pair.group("other").lower(), _AND_NAME_RANK):
            return True
    return cues is not None and cues.match(text, end, window) is not None


# A follow-up names the day of the next meeting; the backend may not offer the day a slip was meant
# for ("wensday" -> "weekday"), so a slip of a day's name is a misspelling whatever it suggests.
_DAY_NAMES = tuple(day.lower() for day in WEEKDAYS)


def _meant_day(word: str) -> str | None:
    """The day of the week ``word`` is a slip of ("wensday" -> "Wednesday"), when it is one day's only."""
    days = [d for d in _DAY_NAMES if _slip_of(word.lower(), d)]
    return days[0].capitalize() if len(days) == 1 else None


# Days and months are written with a capital, so a slip of one is capitalised inside a sentence too
# ("on Wendsday", "in Feburary"), where a capital otherwise marks a name.  Only long words and long
# names: a short name is often a letter from a short month or day ("Marc", "Mae", "Sundar"), and a
# name is a letter from "August" ("Augusto").
CALENDAR_SLIP_MIN = 7
_CALENDAR_NAMES = (*_DAY_NAMES, "january", "february", "september", "october", "november", "december")
_CALENDAR_WORDS = frozenset((*WEEKDAY_NAMES, *MONTH_NAMES))


def _calendar_word(word: str) -> bool:
    """Whether ``word`` is a day's or a month's name written wholly in lower case ("friday", "mondays")."""
    return word.islower() and (word in _CALENDAR_WORDS or (word[-1:] == "s" and word[:-1] in _DAY_NAMES))


def calendar_slip(word: str) -> str | None:
    """The day or month ``word`` (seven letters or more, no possessive) is a slip of, when it is one
    name's only ("Wendsday" -> "Wednesday", "Feburary" -> "February"), else None."""
    lower = word.lower()
    if len(lower) < CALENDAR_SLIP_MIN or not lower.isalpha() or lower in _CALENDAR_NAMES:
        return None
    names = [d for d in _CALENDAR_NAMES if _slip_of(lower, d)]
    return names[0].capitalize() if len(names) == 1 else None


def _doubled_or_swapped_common(word: str, within: int, dropped_within: int = 0) -> str | None:
    """The common word (among the ``within`` most common) that ``word`` is with a letter doubled or
    two neighbouring letters swapped ("untill": "until", "unitl": "until"), or, from
    ``DROPPED_LETTER_MIN`` letters on, a word among the ``dropped_within`` most common with one letter
    left out ("dedicted": "dedicated"; a letter changed, "unvented" / "invented", is a word formed, not
    this), if any.  One look-up per letter of the word (26 per place for a dropped letter)."""
    from followup_lint.language.common_words import is_common

    lower = word.lower()
    if not lower.isalpha():
        return None
    undoubled = [lower[:i] + lower[i + 1 :] for i in range(1, len(lower)) if lower[i] == lower[i - 1]]
    swapped = [lower[:i] + lower[i + 1] + lower[i] + lower[i + 2 :] for i in range(len(lower) - 1)]
    found = next((w for w in (*undoubled, *swapped) if w != lower and is_common(w, within)), None)
    if found is not None or not dropped_within or not DROPPED_LETTER_MIN <= len(lower) <= DROPPED_LETTER_MAX:
        return found
    return next(
        (
            w
            for i in range(1, len(lower) + 1)
            for c in "abcdefghijklmnopqrstuvwxyz"
            if is_common(w := lower[:i] + c + lower[i:], dropped_within)
        ),
        None,
    )


# A backend guess hides a word with one letter left out from this length on ("dedicted"); a shorter
# word is a letter from too many others.  The upper bound keeps the look-ups few.
DROPPED_LETTER_MIN = 6
DROPPED_LETTER_MAX = 24


# Productive English endings: a word built with one from a stem the backend does not know
# ("precepting", "onboarder", "preceptorship") is domain vocabulary more often than a slip.
_PRODUCTIVE = ("ing", "ed", "er", "ers", "ship", "ships")


def _productive_suffix(word: str) -> bool:
    """Whether the word ends in a productive English ending after a stem of four letters or more."""
    return any(word.endswith(end) and len(word) - len(end) >= 4 for end in _PRODUCTIVE)


def _slip_of(word: str, known: str, close: bool = False) -> bool:
    """Whether ``word`` is a typing slip of ``known``: one letter added, dropped, changed or two
    swapped, or letters doubled or undoubled ("tommorow", "sucesful").  A rare or foreign word
    ("kaizen" / "kaiser", "sesquipedalian" / nothing) is further from the backend's suggestions.
    ``close``: only those slips, not two letters dropped or moved ("precepting" is no slip of
    "preempting"): for a word built with a productive ending, whose stem is likely a term."""
    known = known.lower()
    if one_slip(word, known):
        return True
    a, b = undoubled(word), undoubled(known)
    return a == b or one_slip(a, b) or (not close and _letters_dropped_or_moved(word, known))


def _letters_dropped_or_moved(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` (five letters or more) with two letters dropped, added or moved
    ("probly", "wensday", "greatful", "reschedual"), or with two swapped and one dropped or added
    ("wendsday").  A foreign or rare word differs by changed letters ("kaizen" / "kaiser"), not by
    letters left out or put in the wrong place, nor by a whole prefix or ending."""
    if min(len(word), len(known)) < 5 or abs(len(word) - len(known)) > 2:
        return False
    short, long_ = sorted((word, known), key=len)
    if long_.startswith(short) or long_.endswith(short):  # a whole prefix or ending: a word formed, no slip
        return False
    if _indel_distance(word, known) <= 2:
        return True
    swapped = (word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
    return any(_indel_distance(s, known) <= 1 for s in swapped)


def _indel_distance(a: str, b: str) -> int:
    """Letters to drop or add to turn ``a`` into ``b`` (no changes): lengths less twice the longest
    common subsequence (both words are short: quadratic in the word, not the text)."""
    row = [0] * (len(b) + 1)
    for ca in a:
        prev = 0
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], prev + 1 if ca == cb else max(row[j], row[j - 1])
    return len(a) + len(b) - 2 * row[-1]


# Function words of the languages English borrows phrases from ("joie de vivre", "mise en place",
# "raison d'être", "fait accompli"): an unknown word beside one, or beside another unknown word no
# common word is a slip away from, belongs to a borrowed phrase, not a typo.
_FOREIGN_PARTICLES = frozenset(
    {
        "de",
        "du",
        "des",
        "en",
        "et",
        "la",
        "le",
        "les",
        "el",
        "los",
        "las",
        "der",
        "die",
        "das",
        "und",
        "di",
        "del",
        "da",
    }
)


def _foreign_phrase(word: str, neighbours: Sequence[Neighbour]) -> bool:
    """Whether the word right before or right after is a foreign particle written in lower case
    ("mise en place"), or an unknown word that is no slip of a known one (given as ``(word, its
    suggestions)``).  A capitalised particle starts a place or a name ("in Los Angeles", "Des
    Moines"), and a particle two words off belongs to another phrase: neither is evidence."""
    for near in neighbours:
        if isinstance(near, str):
            if near in _FOREIGN_PARTICLES:
                return True
        elif near[0].islower() and not any(_slip_of(near[0], k) for k in near[1]):
            return True
    return False


def _one_who_is(word: str, params: LanguageParams) -> bool:
    """Whether the word is a common verb with "-ee" ("supervisee", "appraisees", "assessee": the one
    supervised, appraised, assessed) and no slip of another common word ("commitee" is "committee"
    misspelt, though "commit" is a verb too)."""
    if params.common_rank is None:
        return False
    from followup_lint.language.common_words import common_slip_of, is_common

    bare = word[:-1] if word.endswith("ees") else word
    if not bare.endswith("ee"):
        return False
    stems = {s for s in (bare[:-1], bare[:-2]) if len(s) >= EE_STEM_MIN and is_common(s, params.common_rank)}
    if not stems:
        return False
    meant = common_slip_of(bare, params.far_slip_rank)
    return meant is None or meant in stems


EE_STEM_MIN = 5  # "supervise", "assess", "apprais(e)": a short stem ("fre", "agre") is no verb the reader sees


# Suffixes that make a word the backend may not list from one it does: "fermenter" from "ferment",
# "sustainment" from "sustain(ed)".  A typo of a common word is a slip inside it, not a whole suffix.
_DERIVATIONS = ("er", "ers", "ment", "ments", "ness", "able", "ful", "less")


def _trade_place(word: str, known: set[str], far_slip_rank: int) -> bool:
    """Whether ``word`` is "-ery" written on a known word, the place where a trade is done ("roastery": roaster
    + y; "meadery": mead + ery; "cideries"), and no slip of a word: not of a common one ("bettery": better, "bakery"
    read as battery; round 27 blind batch, a barista trainer's good note drew an error on "roastery"), nor of an
    "-ary" or "-ory" word ("complimentery", "dietery", "visionery"), nor of a word the backend offers one slip away
    ("distilery": distillery; a review of round 27)."""
    if word.endswith("eries"):
        bases = (word[:-3], word[:-5])
        others = (word[:-5] + "aries", word[:-5] + "ories")
    elif word.endswith("ery"):
        bases = (word[:-1], word[:-3])
        others = (word[:-3] + "ary", word[:-3] + "ory")
    else:
        return False
    bases = tuple(b for b in bases if len(b) >= 4 and b.isalpha())
    if not bases:
        return False
    from followup_lint.language.common_words import common_slip_of
    from followup_lint.language.dictionary_words import is_dictionary_word
    from followup_lint.language.harper_backend import english_words

    if common_slip_of(word, far_slip_rank) is not None or english_words(others) or any(map(is_dictionary_word, others)):
        return False
    own = set(bases) | {b + "s" for b in bases}
    if any(k not in own and one_slip(word, k) for k in known):
        return False
    return bool(english_words(bases))


def _stems(words: set[str]) -> set[str]:
    """The suggestions and their bare stems ("sustained" -> "sustain"), letters only, 4 or more long."""
    stems = set()
    for word in words:
        if not word.isalpha():
            continue
        stems.add(word)
        for ending in ("ed", "ing", "es", "s"):
            if word.endswith(ending):
                stems.add(word[: -len(ending)])
    return {s for s in stems if len(s) >= 4}


def _insertion_before_a_name(text: str, start: int, end: int) -> bool:
    """Whether a finding marks the blank before a capitalised word mid-sentence: a word to insert before a name."""
    if text[start:end].strip() or end >= len(text) or not text[end : end + 1].isupper():
        return False
    before = text[max(0, start - 2) : start].rstrip()
    return bool(before) and before[-1] not in ".!?\n"


@check_kind("language", LanguageParams, needs=["language"])
def language(inp: CheckInput, params: LanguageParams) -> Iterator[RawFinding]:
    unknown = _unknown_words(inp)
    spans: list[tuple[int, int]] | None = None
    register: bool | None = None
    foreign: frozenset[tuple[int, int]] | None = None

    def in_foreign_run(start: int, end: int) -> bool:
        """Whether the word stands in a phrase of another language; the runs are found once a draft."""
        nonlocal foreign
        if foreign is None:
            foreign = _foreign_runs(inp.draft.text, unknown)
        return (start, end) in foreign

    lower_note: list[bool] = []

    def lower_case_note() -> bool:
        """Whether the note is written wholly in lower case: FL409 reports that once, so its capitals are
        not reported a word at a time."""
        if not lower_note:
            lower_note.append(written_in_lower_case(inp.draft) is not None)
        return lower_note[0]

    def lower_register() -> bool:
        nonlocal register
        if register is None:
            register = lower_case_register(inp)
        return register

    def quoted() -> list[tuple[int, int]]:
        nonlocal spans
        if spans is None:
            spans = quotations(inp.draft.text)
        return spans

    for issue in inp.language_issues:
        if issue.kind == "grammar" and _insertion_before_a_name(inp.draft.text, issue.start, issue.end):
            continue  # "record more live bands in Studio B": no article goes before a name (round 33's good probes,
            # Harper's MissingDeterminer on the space before "Studio B")
        if issue.rule in params.slip_backend_rules and params.common_rank is not None:
            slipped = _doubled_or_swapped_common(
                inp.draft.text[issue.start : issue.end], params.common_rank, params.far_slip_rank
            )
            if slipped is None:
                continue
            issue = replace(issue, kind="spelling", suggestions=(slipped,), message=f"Did you mean `{slipped}`?")
        elif issue.kind not in params.kinds and issue.rule not in params.backend_rules:
            continue
        owner_runs = params.case_owner is not None and params.case_owner in inp.active
        if owner_runs and issue.kind == "capitalization" and lower_case_note():
            continue
        if owner_runs and issue.kind == "spelling" and _calendar_word(inp.draft.text[issue.start : issue.end]):
            continue  # "friday": a name in lower case, the case owner's finding, not an unknown word
        if issue.rule in params.skip_backend_rules or params.owned_elsewhere(
            inp.draft.text[issue.start : issue.end].strip()
        ):
            continue
        if params.skip_masked and (
            _in_masked_word(inp.draft.text, issue.start, issue.end) or _article_of_masked_word(inp.draft.text, issue)
        ):
            continue
        if params.allow and _allowed(inp.draft.text, issue.start, issue.end, params.allow):
            continue
        if _unit_mark(inp.draft.text, issue.start, issue.end):
            continue
        if issue.kind != "spelling" and (
            _in_address(inp.draft.text, issue.start, issue.end) or _in_handle(inp.draft.text, issue.start, issue.end)
        ):
            continue  # "behance.net/tunde.adeyemi": no sentence ends at the dot of an address
        if issue.kind == "repetition" and _rare_reduplication(inp.draft.text[issue.start : issue.end], params):
            continue
        if _in_greeting_phrase(inp, issue.start, issue.end):
            continue
        found = inp.draft.text[issue.start : issue.end]
        spelling = params.term_severity is not None and issue.kind == "spelling"
        meant = params.meant_domain_word(found) if spelling else None
        why = None
        if spelling and _dotted(inp.draft.text, issue.start, issue.end):
            why = "it is part of a dotted name (Next.js, example.com)"
        elif spelling and _in_address(inp.draft.text, issue.start, issue.end):
            why = "it is part of a web address or a file path (github.com/name/repo, /srv/data)"
        elif spelling and params.is_abbreviation(found):
            why = "it is an abbreviation written without its full stop (req, etc, appt)"
        elif spelling and _before_id(inp.draft.text, issue.start, issue.end, params):
            why = "it stands right before a number or an ID: a label (req 40127, ref. #5521)"
        elif spelling and _slashed_letters(inp.draft.text, issue.start, issue.end):
            why = "it is letters joined by a slash: an abbreviation (c/o, w/o, a/o)"
        elif spelling and _after_digit(inp.draft.text, issue.start):
            why = "it is joined to a number: a piece of a code, a model or a plural of one (I-140s, W-2s, 4x4s)"
        elif spelling and _sign_off_abbreviation(inp.draft.text, issue.start, issue.end):
            why = "it stands alone on a line at the end of the note: a sign-off (xo, tc, ta)"
        elif spelling and _opens_stock_closing(inp, issue.start, issue.end):
            why = "it is the sign-off of the note's closing line (xo Jess): FL143 judges its register"
        elif spelling and in_foreign_run(issue.start, issue.end):
            why = "it stands in a run of three or more unknown words: a phrase of another language (Diolch yn fawr)"
        elif spelling and _reduplicated(inp.draft.text, issue.start, issue.end):
            why = "it is a word said twice with a hyphen (tuk-tuk, mahi-mahi): a borrowed word or a name"
        elif spelling and _after_accented_name(inp.draft.text, issue.start):
            why = "it follows a name written with accents: part of a name in another language (Mlynské nivy)"
        elif spelling and params.dictionary_words and _in_dictionary_compound(inp.draft.text, issue.start, issue.end):
            why = "it is part of a hyphenated word of the dictionary (bain-marie, vol-au-vent)"
        elif (
            spelling
            and meant is None
            and params.dictionary_words
            and _clipped_compound_piece(inp.draft.text, issue.start, issue.end, issue.suggestions)
        ):
            why = "it is a clipped word joined by a hyphen (med-surg, riso-printed)"
        elif spelling:
            why = soft_spelling(
                found,
                issue.rule,
                issue.suggestions,
                params,
                _starts_sentence(inp, issue.start),
                _neighbours(inp.draft.text, issue.start, issue.end, unknown),
                meant,
                issue.other_dialect,
                inp.draft.text[issue.end : issue.end + 1] in ("-", "‐"),
                _name_cue(inp.draft.text, issue.end, params.name_cue_pattern),
                _name_place(inp.draft.text, issue.start, issue.end) if found.islower() and lower_register() else 0,
                _opens_closing(inp, issue.start),
                inp.draft.text[issue.start - 1 : issue.start] in ("-", "‐") if issue.start else False,
                _word_before(inp.draft.text, issue.start),
            )
        confident = confident_fix(issue.kind, issue.source, found, issue.suggestions)
        ordered = list(issue.suggestions)
        if confident is not None:  # the one we are sure of goes first: it is what --fix applies
            ordered.remove(confident)
            ordered.insert(0, confident)
        elif why is None and spelling:  # the word of a follow-up it was meant to be comes first
            first = (
                meant
                or next((s for s in ordered if params.is_domain_word(s)), None)
                or _meant_day(found)
                or _split_slip(found.lower(), issue.suggestions, params)
            )
            if first is not None:
                first = first.capitalize() if found[:1].isupper() else first
                ordered = [first, *(s for s in ordered if s.lower() != first.lower())]
        suggestions = [
            Suggestion(
                label=f"replace with “{s}”" if s else "delete",
                edits=[Edit(replacement=s, start=issue.start, end=issue.end)],
                safe=s == confident,
            )
            for s in ordered[: params.max_suggestions]
        ]
        message, severity = None, None
        if why is not None:
            message = f"Unknown word “{found}” ({why}); check it, or add it to `language.words` if it is right."
            severity = params.term_severity
        elif why is None and spelling and ordered and ordered[0].lower() not in (s.lower() for s in issue.suggestions):
            message = f"Possible misspelling “{found}”: did you mean “{ordered[0]}”?"
        if issue.rule in params.tip_backend_rules:
            severity = Severity.INFO
        if params.quoted_severity is not None and _inside(quoted(), issue.start, issue.end):
            message = (
                f"“{found}” is inside quotation marks ({issue.message.rstrip('.')}); if you quote someone, keep "
                "their words as written, and if the words are yours, check them."
            )
            severity = params.quoted_severity
        yield RawFinding(
            issue.start,
            issue.end,
            fields={"match": found, "detail": issue.message},
            message=message,
            suggestions=suggestions,
            source=issue.source,
            severity=severity,
        )


# A quotation on one line: straight double quotes or curly ones, at most QUOTE_REACH characters
# between them (possessive, so a quote mark left open costs one bounded scan).  A straight mark
# opens only where a word starts (not after a word or digit: the inch mark of `24"`) and closes
# only where one ends, so `24" monitor ... 27"` holds no quotation.
QUOTE_REACH = 300
_QUOTATION = re.compile(
    rf'(?<![\w"])"(?=[^\s"])[^"\n]{{1,{QUOTE_REACH}}}+(?<=\S)"(?![\w"])|“[^“”\n]{{1,{QUOTE_REACH}}}+”'
)
# A quoted name the writer gives a thing ("the "Senior Data Analyst" role"): their own words, so
# a slip in it is theirs, not a quotation of someone else's.
_OWN_NAME = re.compile(
    r" ?(?:role|position|job|post|title|vacancy|opening|team|project|programme|program|course|department)s?\b",
    re.IGNORECASE,
)


# How far a hyphenated word is followed either side of a flagged piece ("vol-au-vent", "aide-memoire").
COMPOUND_REACH = 30


def _in_dictionary_compound(text: str, start: int, end: int) -> bool:
    """Whether the word is a piece of a hyphenated word the general dictionary lists: "bain" and
    "marie" in "bain-marie".  Scans at most ``COMPOUND_REACH`` characters either side."""
    lo, hi = start, end
    while lo > 0 and start - lo < COMPOUND_REACH and (text[lo - 1].isalpha() or text[lo - 1] == "-"):
        lo -= 1
    while hi < len(text) and hi - end < COMPOUND_REACH and (text[hi].isalpha() or text[hi] == "-"):
        hi += 1
    whole = text[lo:hi].strip("-")
    if "-" not in whole:
        return False
    from followup_lint.language.dictionary_words import is_dictionary_word

    return is_dictionary_word(whole)


#: The longest piece of a hyphenated word read as a clipping ("surg", "riso"): longer pieces are
#: whole words, and a slip in one stays a slip ("folow-up", "well-writen").
CLIPPING_MAX = 5
#: A piece one letter short of a word this common is a slip, not a clipping ("cros" for "cross").
CLIPPING_COMMON_RANK = 3000


def _clipped_compound_piece(text: str, start: int, end: int, suggestions: Sequence[str] = ()) -> bool:
    """Whether the word is a short piece of a hyphenated word, joined by the hyphen to other letters,
    that begins some longer dictionary word: a clipping ("med-surg" for medical-surgical,
    "riso-printed" for risograph-printed), not a slip.  A piece that begins no word ("folow-up")
    stays a slip, and so does one a suggestion turns into a hyphenated word of the dictionary
    ("wel-known": "well-known")."""
    word = text[start:end]
    if not (3 <= len(word) <= CLIPPING_MAX and word.isascii() and word.isalpha() and word.islower()):
        return False
    before = start >= 2 and text[start - 1] in "-‐" and text[start - 2].isalpha()
    after = end + 1 < len(text) and text[end] in "-‐" and text[end + 1].isalpha()
    if not (before or after):
        return False
    from followup_lint.language.dictionary_words import is_dictionary_word, starts_longer_word

    lo, hi = start, end
    while lo > 0 and start - lo < COMPOUND_REACH and (text[lo - 1].isalpha() or text[lo - 1] in "-‐"):
        lo -= 1
    while hi < len(text) and hi - end < COMPOUND_REACH and (text[hi].isalpha() or text[hi] in "-‐"):
        hi += 1
    from followup_lint.language.common_words import is_common

    for s in suggestions:
        whole = (text[lo:start] + s + text[end:hi]).strip("-‐").replace("‐", "-")
        if " " not in s and is_dictionary_word(whole):
            return False
        dropped = len(s) == len(word) + 1 and any(s[:i] + s[i + 1 :] == word.lower() for i in range(len(s)))
        if dropped and is_common(s, CLIPPING_COMMON_RANK):
            return False  # "cros-functional", "sel-motivated": a letter dropped from a common word
    return starts_longer_word(word)


def _dotted(text: str, start: int, end: int) -> bool:
    """Whether the word is joined by a full stop to a letter or digit on either side, with no space:
    a piece of a product, file or domain name ("Next.js", "config.yaml", "acme.co")."""
    return (
        (start >= 2 and text[start - 1] == "." and text[start - 2].isalnum())
        or (end + 1 < len(text) and text[end] == "." and text[end + 1].isalnum())
        # the backend may take the full stop into the word ("B." of "B.Tech" opening a sentence)
        or (end - start >= 2 and text[end - 1] == "." and end < len(text) and text[end].isalnum())
    )


# A run of text with no space that is a web address without its scheme ("github.com/arunk/demo",
# "behance.net/mqx") or a file path ("/srv/datapipe", "~/notes/q3"): a domain, then a slash, or a
# slash (or "~/", "./") opening the run and another inside it.  The backend masks addresses that
# start with "https://" only; the names and folders in the rest are no words of English.
_ADDRESS = re.compile(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/|^(?:~|\.{1,2})?/[^/]{1,200}/")
_ADDRESS_REACH = 300


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether the word lies in a web address without "https://" or a file path: the run of text
    around it with no space holds a domain and a slash, or opens with a slash and has another."""
    left, right = _unspaced_around(text, start, end)
    run = text[left:right].lstrip("(\"'“‘<[")
    return "/" in run and _ADDRESS.search(run) is not None


def _unspaced_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the run of text with no space around ``start:end``, at most ``_ADDRESS_REACH``
    characters each side: the address or handle a word may lie in."""
    left = start
    while left > 0 and start - left < _ADDRESS_REACH and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and right - end < _ADDRESS_REACH and not text[right].isspace():
        right += 1
    return left, right


# An e-mail address or a handle: a run of text with no space holding "@" and a letter after it.
_HANDLE = re.compile(r"@[A-Za-z0-9_]")


def _in_handle(text: str, start: int, end: int) -> bool:
    """Whether the words lie in an e-mail address or a social handle ("ade.okonkwo@gmail.com",
    "@tunde.adeyemi"): the run of text around them with no space holds an "@" before a letter."""
    left, right = _unspaced_around(text, start, end)
    return " " not in text[start:end] and _HANDLE.search(text, left, right) is not None


def _rare_reduplication(span: str, params: LanguageParams) -> bool:
    """Whether a repeated word (``span``: "boda boda") is none of the ``repeated_rank`` most common
    words: a borrowed word that doubles itself, not "the the"."""
    if params.repeated_rank is None:
        return False
    from followup_lint.language.common_words import is_common

    words = span.lower().split()
    return bool(words) and all(w.isalpha() and not is_common(w, params.repeated_rank) for w in words)


def _reduplicated(text: str, start: int, end: int) -> bool:
    """Whether the word is half of a word said twice with a hyphen ("tuk-tuk", "mahi-mahi", "bon-bon"):
    the same letters right before or right after it, across one hyphen (no slip doubles a word)."""
    word = text[start:end].lower()
    n = len(word)
    after = text[end : end + 1 + n + 1].lower()
    before = text[max(0, start - n - 2) : start].lower()
    return (after[:1] in ("-", "‐") and after[1 : 1 + n] == word and not after[1 + n : 2 + n].isalpha()) or (
        before[-1:] in ("-", "‐") and before[-1 - n : -1] == word and not before[: -1 - n][-1:].isalpha()
    )


def _after_digit(text: str, start: int) -> bool:
    """Whether the word is glued to a digit before it, with no space: the tail of a code or model
    ("I-140s.", "W-2s", "4x4s"), which the backend cuts off and reads as a word of its own."""
    return start >= 1 and text[start - 1].isdigit()


# A number or an ID right after a word: an optional full stop, "#" or "no.", then three digits or more,
# or letters and a hyphen before two or more ("JR-40127").  A bare year ("frm 2019") is no ID: slips of
# common words before a year are common, labels before one are not.
_ID_AFTER = re.compile(
    r"\.?[ \t]{1,3}(?:(?:no\.?|#)[ \t]?)?(?:(?P<year>(?:19|20)\d\d)(?![\w-])|[A-Z]{1,5}-\d{2,}|#?\d{3,})",
    re.IGNORECASE,
)


def _before_id(text: str, start: int, end: int, params: LanguageParams) -> bool:
    """Whether the word, of at most ``params.before_id_letters`` letters, stands right before a number or an
    ID ("req 40127", "req. #40127", "req JR-40127"): a label of a posting or a form, not a slip, unless
    it is a common word with a letter doubled or two swapped ("teh 2025 plan", "adn 4471")."""
    word = text[start:end]
    if not params.before_id_letters or len(word) > params.before_id_letters or not word.isalpha():
        return False
    found = _ID_AFTER.match(text, end)
    if found is None or (found.group("year") and "#" not in found.group(0)):
        return False
    rank = params.common_rank if params.common_rank is not None else _AND_NAME_RANK
    return _doubled_or_swapped_common(word.lower(), rank) is None


# Letters joined by slashes, one or two on each side ("c/o", "w/o", "a/o", "s/he"): an abbreviation.
_SLASHED = re.compile(r"[A-Za-z]{1,2}(?:/[A-Za-z]{1,2}){1,2}")


def _slashed_letters(text: str, start: int, end: int) -> bool:
    """Whether the word lies in letters joined by slashes with no space ("c/o the office", "a/o"): the
    run of text with no space around it, without the punctuation that may close a sentence or a clause,
    is one or two letters, a slash, and one or two letters (once or twice more)."""
    left, right = _unspaced_around(text, start, end)
    run = text[left:right].strip("()[]{}\"'“”‘’.,;:!?")
    return "/" in run and _SLASHED.fullmatch(run) is not None


def _in_greeting_phrase(inp: CheckInput, start: int, end: int) -> bool:
    """Whether the flagged words lie in the greeting or sign-off words of the greetings vocabulary
    that open the salutation, the closing or a paragraph ("Kia ora", "Ngā mihi", "JazakAllah khair, and
    thank you for your time"; round 26): words of another language in common use in English mail, not slips."""
    from followup_lint.greetings import leading_phrase_end

    for part in (inp.draft.salutation, inp.draft.closing, *inp.draft.paragraphs):
        if part is not None and part.start <= start:
            phrase_end = part.start + leading_phrase_end(inp.draft.text[part.start : part.end])
            if end <= phrase_end:
                return True
    return False


# A short word after a number that is one of this many commonest words with two letters swapped ("teh",
# "adn", "fo") is a slip, not a unit: no unit symbol is such a swap (ms, kg, hrs, psi, mph, pts, min).
UNIT_SLIP_RANK = 100
_UNIT = re.compile(r"[A-Za-zµ]{1,3}")


def _unit_mark(text: str, start: int, end: int) -> bool:
    """Whether the flagged text is a unit right after a number: the inch or second mark of `24"`
    or `5'11"` (a unit, not a quotation left open), or a unit symbol of one to three letters after
    the number and at most one space ("1.8 s", "140 ms", "3 GB"), not a misspelt word."""
    if start == 0:
        return False
    found = text[start:end]
    if found in ('"', "'"):
        return text[start - 1].isdigit()
    found = found[:-1] if found.endswith(".") else found  # "up to 1.5 m.": the sentence's full stop, flagged with it
    if not _UNIT.fullmatch(found) or _doubled_or_swapped_common(found, UNIT_SLIP_RANK) is not None:
        return False  # "3 teh meetings", "2 adn a half": a slip of one of the commonest words, no unit
    before = start - 1 if text[start - 1] in " \u00a0\u202f\u2009" else start
    return before > 0 and text[before - 1].isdigit()


def quotations(text: str) -> list[tuple[int, int]]:
    """The spans of the text's quotations of others' words, inner words only, in order (a name the
    writer puts in quotes before "role", "project" and the like is theirs, so left out)."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTATION.finditer(text) if not _OWN_NAME.match(text, m.end())]


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies within one of ``spans`` (sorted, not overlapping): a bisection."""
    at = bisect_right(spans, start, key=lambda span: span[0]) - 1
    return at >= 0 and spans[at][0] <= start and end <= spans[at][1]


_WORD = re.compile(r"[\w'’]+")
NEIGHBOUR_REACH = 30  # characters searched either side for the neighbouring word


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` in its sentence ("I" in "I hav"), or "" when a sentence or a line
    ends between them or none is in reach."""
    lo = max(0, start - NEIGHBOUR_REACH)
    found = list(_WORD.finditer(text, lo, start))[-1:]
    if not found or re.search(r"[.!?:;\n]", text[found[0].end() : start]):
        return ""
    return found[0].group()


def _unknown_words(inp: CheckInput) -> dict[tuple[int, int], tuple[str, ...]]:
    """Each spelling issue's span and suggestions, built once per draft (a lookup per issue, so
    the whole check stays linear in the number of issues)."""
    return {(i.start, i.end): i.suggestions for i in inp.language_issues if i.kind == "spelling"}


FOREIGN_RUN = 3  # unknown words in a row that make a phrase of another language, not slips


def _foreign_runs(text: str, unknown: dict[tuple[int, int], tuple[str, ...]]) -> frozenset[tuple[int, int]]:
    """The spans of the unknown words that stand in a run of ``FOREIGN_RUN`` or more, parted by single
    spaces only ("Diolch yn fawr", "Selamat pagi semua"), with at most one word in it a slip of one of
    the ``FOREIGN_RUN_SLIP_RANK`` most common words ("fawr": "far"; ``_slip_in_run``): a phrase of another
    language, where a hurried "recieved teh documnets" has two.  Sorted once per call: call it once a draft."""
    runs: list[list[tuple[int, int]]] = []
    for span in sorted(unknown):
        if runs and text[runs[-1][-1][1] : span[0]] == " ":
            runs[-1].append(span)
        else:
            runs.append([span])
    found: set[tuple[int, int]] = set()
    for run in runs:
        if len(run) >= FOREIGN_RUN:
            # a word with accents is a slip only of a very common word ("Go raibh míle maith agat": "míle"
            # is no slip of "mile", "maith" is one of "faith", so one slip; "gratefull fór yóur" has three)
            slips = sum(_slip_in_run(text[a:b]) for a, b in run)
            if slips <= 1:
                found.update(run)
    return frozenset(found)


FOREIGN_RUN_SLIP_RANK = 10000
# an accented word whose plain letters are one of this many most common words was typed with stray accents
# ("fór yóur"), where "míle" (plain "mile", rank about 3,000) is a word of another language
ACCENTED_SLIP_RANK = 500


def _slip_in_run(word: str) -> bool:
    """Whether a word of a run of unknown words is a slip of an English word: one of the most common, with
    a letter wrong; or, written with accents, one of the very most common with its accents taken off."""
    from followup_lint.language.common_words import common_slip_of, is_common

    if word.isascii():
        return common_slip_of(word, FOREIGN_RUN_SLIP_RANK) is not None
    return is_common(without_accents(word).lower(), ACCENTED_SLIP_RANK)


def _neighbours(text: str, start: int, end: int, unknown: dict[tuple[int, int], tuple[str, ...]]) -> list[Neighbour]:
    """The word right before and the word right after ``[start, end)``: each as ``(word,
    suggestions)`` when the backend does not know it either, else as the word (a bounded window, so
    linear in the text)."""
    lo = max(0, start - NEIGHBOUR_REACH)
    before = [(m.start(), m.end()) for m in _WORD.finditer(text, lo, start)][-1:]
    after = [(m.start(), m.end()) for m in _WORD.finditer(text, end, min(len(text), end + NEIGHBOUR_REACH))][:1]
    near: list[Neighbour] = []
    for a, b in (*before, *after):
        word = text[a:b]
        near.append((word, unknown[(a, b)]) if (a, b) in unknown else word)
    return near


_LOWER_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_SPELLING_RULES = ("harper:SpellCheck", "harper:The")  # not SplitWords ("abot" -> "a bot")


def confident_fix(kind: str, source: str | None, found: str, suggestions: Sequence[str]) -> str | None:
    """The one suggestion safe to apply without asking, or None.

    A doubled word ("the the" -> "the"); or a misspelt lower-case word (never a capitalised
    one: names and technical terms are not "corrected") for which exactly one suggestion is a
    single slip away (one letter added, dropped, changed, or two swapped).  "teh" -> "the" is
    applied; "recieve" is not, since "receive" and "relieve" are both one slip away.
    """
    if kind == "repetition":
        words = found.split()
        if len(words) == 2 and words[0].lower() == words[1].lower() and words[0] in suggestions:
            return words[0]
        return None
    if kind != "spelling" or source not in _SPELLING_RULES or not _LOWER_WORD.fullmatch(found):
        return None
    close = [s for s in suggestions if _LOWER_WORD.fullmatch(s) and one_slip(found, s)]
    return close[0] if len(close) == 1 else None


def one_slip(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance exactly 1: one insertion, deletion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


ALLOW_REACH = 40


def _allowed(text: str, start: int, end: int, patterns: Sequence[str]) -> bool:
    """Whether ``[start, end)`` lies inside a match of one of ``patterns`` found within
    ``ALLOW_REACH`` characters of it (a bounded window, so the cost per finding is bounded)."""
    lo = max(0, start - ALLOW_REACH)
    window = text[lo : min(len(text), end + ALLOW_REACH)]
    return any(m.start() + lo <= start and end <= m.end() + lo for p in patterns for m in rx(p).finditer(window))


def _in_masked_word(text: str, start: int, end: int, reach: int = 24) -> bool:
    """Whether ``[start, end)`` lies in a word written with asterisks ("f*ck*ng"); looks at most
    ``reach`` characters either side, so the cost per issue is bounded."""
    left = start
    while left > max(0, start - reach) and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < min(len(text), end + reach) and not text[right].isspace():
        right += 1
    word = text[left:right]
    return "*" in word and any(c.isalpha() for c in word)


def _article_of_masked_word(text: str, issue: LanguageIssue) -> bool:
    """Whether ``issue`` is an article judged by the masked word after it ("a f***ing joke"): the
    backend reads the asterisks, not the word the writer hid, so "a" or "an" cannot be judged."""
    if text[issue.start : issue.end].strip().lower() not in ("a", "an"):
        return False
    after = issue.end
    while after < len(text) and after < issue.end + 3 and text[after].isspace():
        after += 1
    return after < len(text) and _in_masked_word(text, after, after + 1)


class ReadabilityParams(Params):
    measure: Literal["grade", "sentence_words"]
    max: float
    min_words: int = 40  # grade formulas mean little on a few sentences


@check_kind("readability", ReadabilityParams)
def readability_check(inp: CheckInput, params: ReadabilityParams) -> Iterator[RawFinding]:
    from followup_lint.language.readability import long_sentences

    draft = inp.draft
    if not draft.paragraphs:
        return
    if params.measure == "grade":
        result = inp.analysis.body_readability()
        if result is not None and result.words >= params.min_words and result.grade > params.max:
            first, last = draft.paragraphs[0], draft.paragraphs[-1]
            yield RawFinding(
                first.start,
                last.end,
                fields={"value": f"{result.grade:.1f}", "limit": f"{params.max:g}", "formula": result.formula},
            )
        return
    sentences = [(s.start, s.end) for p in draft.paragraphs for s in inp.analysis.sentences(p)]
    for start, end, words in long_sentences(sentences, draft.text, int(params.max)):
        yield RawFinding(start, end, fields={"value": words, "limit": f"{params.max:g}"})

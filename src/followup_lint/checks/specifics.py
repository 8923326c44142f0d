"""Interview specifics: at least one sentence refers to something concrete from the conversation.

A sentence counts as specific when it refers back to the conversation (a cue such as "you
mentioned", "we discussed", "hearing how your team...") and carries enough content words that
are not generic praise or the names of the people and company; or when it names something
concrete (a number, a product, a technology) with enough content around it.  What only dates,
times or counts the meeting ("on October 13", "forty minutes", "four rounds") or names a person
met after a title ("Mr. Osei") is its logistics, not its content, and does not count as concrete;
nor does a sentence about the sender alone, where "you" is only a filler ("just so you know"), or
one about the sender's terms (a price, pay, expenses, a start date) without a cue.
The finding lists the sentences it judged generic, so the writer sees what to replace.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from followup_lint.checks.anchors import WHERE, anchor_span
from followup_lint.checks.base import (
    CheckInput,
    Params,
    RawFinding,
    RegexList,
    check_kind,
)
from followup_lint.checks.matching import compile_all, fold_case
from followup_lint.draft import Part


class SpecificsParams(Params):
    cues: RegexList  # regexes that refer back to the conversation
    generic: RegexList  # regexes of generic praise ("great conversation")
    generic_words: list[str]  # lemmas that carry no specific content
    min_content_words: int = 2
    slots: list[str] = []
    time_words: list[str] = []  # units and names of time: a number or name beside one dates the meeting
    honorifics: list[str] = []  # titles before a person's name ("Mr.", "Dr"): the person met, not a topic
    # thanks for something other than a meeting ("for accepting my connection request"): with no
    # word of a meeting either, the note follows no interview and has no detail to recall
    other_thanks: RegexList = []
    meeting_words: RegexList = []
    # the sender's terms (a price, pay, expenses, a start date): a sentence about them names
    # concrete things, but not from the conversation, so only a cue makes it a detail
    terms: RegexList = []
    # capitalised words that name nothing concrete even mid-sentence ("Dear Hiring Manager, thank
    # you ..." run into one line): a greeting's or a title's words, not a topic of the talk
    ordinary_capitals: list[str] = []


@check_kind("specifics", SpecificsParams)
def specifics(inp: CheckInput, params: SpecificsParams) -> Iterator[RawFinding]:
    draft = inp.draft
    if not draft.paragraphs:
        return  # nothing to judge: the length and gratitude rules speak
    slot_names = [s.lower() for s in params.slots]
    if any(any(s in p.text.lower() for s in slot_names) for p in draft.placeholders):
        return
    if params.other_thanks and _thanks_for_no_meeting(draft.paragraphs, params):
        return
    cues = compile_all(tuple(params.cues), re.IGNORECASE)  # gated: see checks/matching.py
    generic = compile_all(tuple(params.generic), re.IGNORECASE)
    terms = compile_all(tuple(params.terms), re.IGNORECASE)
    generic_words = {w.lower() for w in params.generic_words}
    time_words = {w.lower() for w in params.time_words}
    honorifics = {w.lower().rstrip(".") for w in params.honorifics}
    names = {w.lower() for n in inp.names for w in re.findall(r"[\w'’-]+", n)}
    names |= {w.lower() for w in params.ordinary_capitals}
    # the role's and the employer's own words name the job, nothing said about it ("your explanation of
    # the process, and I'm keen on the Network Technician role"; round 12)
    # ... and each part of a hyphened one too, as the parser splits it ("E-commerce Manager"; round 19)
    names |= {
        part.lower()
        for v in (inp.context.role, inp.context.company)
        if v
        for w in re.findall(r"[\w'’-]+", v)
        for part in {w, *w.split("-")}
        if part
    }
    judged_generic: list[Part] = []
    for paragraph in draft.paragraphs:
        for sentence in inp.analysis.sentences(paragraph):
            if _SIGN_OFF.match(sentence.text):
                continue  # "Kind regards, Tomasz Nowak" inside a one-paragraph note: the sign-off
            if _BRACKETED.fullmatch(sentence.text.strip()):
                continue  # a stage direction ("[Voicemail on Karen's direct line, the number she gave]"): not said
            content, where = _content(inp, sentence, generic_words, names, time_words, honorifics)
            concrete = where >= 0
            folded = fold_case(sentence.text)
            has_cue = any(c.may_match(sentence.text, folded) and c.pattern.search(sentence.text) for c in cues)
            if concrete and any(t.may_match(sentence.text, folded) and t.pattern.search(sentence.text) for t in terms):
                concrete = False  # "Taxi from Piccadilly: £12.00", "lmk on comp + start date"
            if (has_cue and content >= params.min_content_words) or (
                concrete and content >= params.min_content_words + 1 and not _only_about_sender(sentence.text, where)
            ):
                return
            if has_cue or any(g.may_match(sentence.text, folded) and g.pattern.search(sentence.text) for g in generic):
                judged_generic.append(sentence)
    if judged_generic:
        quoted = "; ".join(f"“{_short(s.text)}”" for s in judged_generic[:3])
        first = judged_generic[0]
        yield RawFinding(
            first.start, first.end, fields={"generic": f" (judged generic: {quoted})", "where": "the body"}
        )
    else:
        start, end = anchor_span(draft, "body")
        yield RawFinding(start, end, fields={"generic": "", "where": WHERE["body"]}, missing=True)


def _thanks_for_no_meeting(paragraphs: list[Part], params: SpecificsParams) -> bool:
    """Whether the note thanks for something other than a meeting and never mentions one."""
    text = "\n".join(p.text for p in paragraphs)
    other = any(re.search(r, text, re.IGNORECASE) for r in params.other_thanks)
    return other and not any(re.search(r, text, re.IGNORECASE) for r in params.meeting_words)


def _content(
    inp: CheckInput,
    sentence: Part,
    generic_words: set[str],
    names: set[str],
    time_words: set[str],
    honorifics: set[str],
) -> tuple[int, int]:
    """Content words (not stop words, generic words or names) and where the first concrete token
    starts in the sentence (-1 when none does).

    A number or a name is concrete when it names something from the conversation; one that only
    dates or times the meeting ("on October 13", "forty minutes", "the 12th") or a person met after
    a title ("Mr. Osei") is the meeting's logistics, not its content."""
    doc = inp.analysis.doc(sentence)
    tokens = list(doc)
    titled = _title_words(tokens)
    count = 0
    concrete = -1
    for i, token in enumerate(tokens):
        lower = token.lower_
        start = sentence.start + token.idx
        if inp.draft.overlaps_placeholder(start, start + len(token.text)):
            continue  # a template slot ("[Position Title]") names nothing yet
        if token.like_num and not token.is_punct:
            if not _is_time(tokens, i, time_words) and not _number_as_word(tokens, i) and concrete < 0:
                concrete = token.idx
            continue
        if not token.is_alpha or token.is_stop or lower in names or i in titled:
            continue
        lemma = token.lemma_
        if lemma in generic_words or lower in generic_words:
            continue
        count += 1
        if lower in time_words or lower in honorifics or _after_title(tokens, i, honorifics):
            continue
        if concrete >= 0:
            continue
        if i > 0 and token.text[:1].isupper() and token.text != "I":
            concrete = token.idx
        elif any(c.isupper() for c in token.text[1:]):
            concrete = token.idx  # FastAPI, iOS
    return count, concrete


_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})


def _is_time(tokens: list[Any], i: int, time_words: set[str]) -> bool:
    """A number beside a unit or a name of time ("two weeks", "May 6", "6 May") or an ordinal day
    ("the 12th") dates or times something; it is not a detail of the conversation."""
    text = tokens[i].lower_
    if text[-2:] in _ORDINAL_ENDINGS and text[:-2].isdigit():
        return True  # "the 12th"
    if len(text) == 4 and text.isdigit() and text[:2] in ("19", "20"):
        return True  # a year
    near = [tokens[j].lower_ for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
    # a hyphenated unit ("the 45-minute call", "a 2-hour panel") times the meeting too
    if i + 2 < len(tokens) and tokens[i + 1].text == "-":
        near.append(tokens[i + 2].lower_)
    return any(w in time_words or w.rstrip("s") in time_words for w in near)


# the word a job title stands before ("the Operations Coordinator position"): the title is the role
# applied for, known to the reader, not something said in the interview
_TITLE_NOUNS = frozenset({"position", "role", "job", "post", "opening", "vacancy", "internship", "opportunity"})


def _title_words(tokens: list[Any]) -> set[int]:
    """The indices of the capitalised words of a job title: each run of capitalised words right
    before a word such as "position" or "role" (one pass from the end, linear in the sentence)."""
    out: set[int] = set()
    in_title = False
    for j in range(len(tokens) - 1, -1, -1):
        token = tokens[j]
        if token.text[:1].isupper() and token.is_alpha:
            if in_title:
                out.add(j)
        else:
            in_title = token.lower_ in _TITLE_NOUNS
    return out


# a digit written for a word in text-speak ("thx 4 the chat", "waiting 4 ur reply", "hope 2 hear")
# and "one of" a group are no number of anything
_DIGIT_WORDS = frozenset({"2", "4"})
_AFTER_DIGIT_WORD = frozenset(
    {
        "the",
        "a",
        "an",
        "u",
        "you",
        "ur",
        "your",
        "me",
        "my",
        "us",
        "all",
        "this",
        "that",
        "it",
        "be",
        "c",
        "see",
        "get",
        "hear",
        "meet",
        "ask",
        "say",
        "let",
    }
)


def _number_as_word(tokens: list[Any], i: int) -> bool:
    """A number token that stands for a word: text-speak "4"/"2" before a word, or "one of"."""
    text = tokens[i].lower_
    after = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
    return (text in _DIGIT_WORDS and after in _AFTER_DIGIT_WORD) or (text == "one" and after == "of")


def _after_title(tokens: list[Any], i: int, honorifics: set[str]) -> bool:
    """A capitalised word after a title ("Mr. Osei", "Dr Ana Reyes") names a person met."""
    j = i - 1
    while j >= 0 and tokens[j].text == ".":
        j -= 1
    if j >= 0 and tokens[j].lower_.rstrip(".") in honorifics:
        return True
    # one given name between the title and this word: "Dr Ana Reyes"
    return j >= 1 and tokens[j].text[:1].isupper() and tokens[j - 1].lower_.rstrip(".") in honorifics


# a sign-off formula and a name, run into the body of a one-paragraph note (LinkedIn): the name is
# the writer's, not a detail of the interview
_SIGN_OFF = re.compile(
    r"^\s*+(?i:(?:(?:kind|best|warm|warmest|many|with (?:best|kind|warm))\s+)?"
    r"(?:regards|wishes|thanks|best|sincerely|cheers|thank you|yours(?: sincerely| truly)?))"
    r"(?:\s*+[,!.–—-]\s*+|\s++)[A-Z][\w'’.-]*+(?:\s++[A-Z][\w'’.-]*+){0,2}!?\s*+$"
)
# (in lower case too, as text-speak writes it: "did 3 yrs on the front desk at the marriott so i kno the drill")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|my|My|me|i|i'm|i've|i'd|i'll|im|ive)\b")
# "you" in a filler ("just so you know", "see you") does not turn a sentence toward the reader
# nor does the reader's team as the place the writer's skills would go ("bring my SAP skills to your
# finance team"; sixth blind batch, 2026-12-04)
# nor the reader's people, classes or premises as what the writer would take on or serve ("I could
# take on your Year 11 classes"; not "help your team deliver the Riverside fit-out", where the work
# named is theirs), nor a need of the reader's named in general ("the pace your store
# needs", "what you are looking for"); blind batch of 2026-12-05
_FORMULA_YOU = re.compile(
    r"\b(?:you know|see you"
    r"|(?:to|join|joining) your (?:[\w-]{1,30} )?(?:team|company|organi[sz]ation|firm|business|department)"
    r"|(?:take on|taking on|teach|teaching|serve|serving|look after|looking after)"
    r" your (?:[\w-]{1,30} ){0,3}(?:team|teams|classes|class|pupils|students|patients|residents|clients|customers|guests"
    r"|store|shop|branch|ward|kitchen|site|office|school|clinic|practice|department|crew|staff)"
    r"|(?:the|what|whatever) (?:[\w-]{1,30} )?(?:your (?:[\w-]{1,30} )?(?:team|store|shop|branch|ward|kitchen|site|office"
    r"|school|clinic|practice|department|company|firm|business|organi[sz]ation)|you) (?:needs?|requires?|wants?|demands?"
    r"|(?:are|'re) looking for|(?:are|'re) after)"
    # the writer's own doings toward the reader: a follow or a friend request on a social network, an
    # invitation to the writer's own event ("followed you on Instagram", "sent you a request on
    # Facebook", "you would be very welcome to come along"; round 11 blind batch); not the reader's
    # invitation to the writer ("thank you for inviting me to come along to the load-in")
    r"|(?:followed|follow|following|friended|added|found|messaged|tagged) you (?:on|over on|via)"
    r"|sent you (?:a |my )?(?:friend |follow |connection )?(?:request|invite|invitation)"
    r"|you(?:'d| would| will|'ll) be (?:very |most |more than )?welcome to (?:come|join|drop|pop|swing)"
    r"|you should (?:totally |definitely |really |def )?(?:come|join|drop|pop|swing))\b",
    re.IGNORECASE,
)
# a sentence opened by the writer's own description ("As a certified CSCS card holder, I ...")
# ... or by the writer's years in a trade ("With six years teaching GCSE English, I ...", "After a
# decade in retail, I ..."; blind batch of 2026-12-05)
_SELF_DESCRIPTION = re.compile(
    r"\s{0,5}(?:(?:As|Being) an? |(?:With|After) (?:over |nearly |almost |more than |some |a good )?"
    r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several)"
    r"(?: [\w'’-]{1,30})? (?:years?|decades?|seasons?|summers?)\b)"
)
# the writer with the "I" left out, as in a text, doing something to the reader ("Just sent you a
# friend request on Facebook", "Followed you on Twitter too"; round 11); not "Found the tour of the
# Kettering depot useful", which may recall the visit
_ELIDED_I = re.compile(
    r"\s{0,3}(?:(?:just|also|and|oh and|btw) ){0,2}(?:sent|followed|added|friended|messaged|tagged|found) you\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you've)\b", re.IGNORECASE)
# the reader's people named in general as whom the writer's record would serve ("hit the ground running with
# your patients", "support your pupils well", "do the same for your clients"; round 19 blind probes): only in a
# sentence of what the writer would do, for "the rollout has cut waiting times for your patients" is theirs
_SERVED_YOUR = re.compile(
    r"\b(?:with|for|to|support|supporting|help|helping|benefit|benefiting) your (?:[\w-]{1,30} ){0,2}"
    r"(?:patients|pupils|students|learners|children|clients|customers|residents|guests|members|users"
    r"|community|communities|families|service users)\b",
    re.IGNORECASE,
)
_WRITER_WOULD = re.compile(
    r"\b(?:I(?:'d|’d| would| could| can| will|'ll|’ll)|(?:let|allow|enable|help|helps|lets|allows) me)\b", re.IGNORECASE
)


# where a second clause joins the sentence: a semicolon, or a comma with "and", "but" or "so"
_NEXT_CLAUSE = re.compile(r";|,\s{1,3}(?:and|but|so)\s", re.IGNORECASE)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|sounds?|looks?|seems?|feels?|has|have|had|makes?|made|will|would|could|can|did|does|do"
    r"|went|goes|runs?|ran|needs?|needed|wants?|wanted|plans?|planned)\b",
    re.IGNORECASE,
)


def _only_about_sender(text: str, where: int = -1) -> bool:
    """A sentence about the sender's own record ("I've managed a team of twelve at Pennywise", "At
    Pennywise I led 12 engineers") names concrete things, but nothing from the interview: it is a
    fit sentence, not a specific.  A concrete thing named before the writer comes in, and not
    followed at once by the writer ("The 40% rise in late deliveries is a problem I'd relish"), is
    the firm's, told back: the writer's own words later in the sentence do not make it theirs."""
    toward = _FORMULA_YOU.sub(" ", text)
    if _WRITER_WOULD.search(text):
        toward = _SERVED_YOUR.sub(" ", toward)
    if not (_FIRST_PERSON.search(text) or _ELIDED_I.match(text)) or _SECOND_PERSON.search(toward):
        return False
    if where < 0:
        return True
    before = text[:where]
    # the thing's own words and the next four, in its own clause: a clause joined after it is another
    # statement ("The school rooftop projects in Machakos sound excellent, and my three years ..."; round 28)
    # (only after a clause with its own verb: "Four years at Halfords, so I can fit a tyre" is one statement, and
    # "Sage, Xero, and QuickBooks" one list; a review of round 29)
    clause = _NEXT_CLAUSE.split(text[where:], maxsplit=1)[0]
    if not _FINITE.search(clause):
        clause = text[where:]
    after = " ".join(clause.split()[:5])
    return bool(
        _FIRST_PERSON.search(before)
        or _FIRST_PERSON.search(after)
        or _ELIDED_I.match(text)
        or _SELF_DESCRIPTION.match(text)
    )


# A sentence wholly in square brackets: a call script's stage direction or a note to oneself, which the reader
# never hears or reads (round 26: "[Voicemail on Karen's direct line, the number she gave at the end of the
# interview]" counted as the detail recalled).
_BRACKETED = re.compile(r"\[[^\[\]\n]*+\]")


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

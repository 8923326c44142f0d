"""A rule's page in the shape of Ruff's rule pages: what it does, why it matters, an example, what
to write instead, fix safety, and its options with their defaults.

Everything is derived from the rule file (summary, rationale, examples, params, fix) and the
guidance table, so ``followup-lint explain CODE`` and docs/rules.md (built from the same pages by
``python -m followup_lint.refdocs``) cannot drift apart.  Rationales cite the career-advice
articles the guidance was distilled from by internal file prefix ("seeds 000 and 004"); a reader
cannot look those up, so the page names the guidance items instead and says how many of the
guides agree.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable
from enum import Enum
from typing import Any

from pydantic import BaseModel

from followup_lint.checks.anchors import WHERE as ANCHOR_WORDS
from followup_lint.errors import FollowupLintError
from followup_lint.report import Severity
from followup_lint.rulepack import CHANNELS, PURPOSES, Rule, load_rules
from followup_lint.scoring import CAP_FACTOR, MISSING_WARNING_FACTOR, REPEAT_FACTOR, SEVERITY_FACTOR

WIDTH = 100

# --- why it matters: the guidance and the public sources -------------------------------------

_SEED_CITE = re.compile(r"\b([Ss])eeds? (\d{3}(?:(?:,? and |, |[–-])\d{3})*)")
_SEED_WORD = re.compile(r"\b([Ss])eeds\b")
_NOTES_FILE = re.compile(r"\b(?:GUIDANCE|FIGURES)\.md(?:,\s*|\b)")  # the project's working notes
_COUNT = {1: "one", 2: "two", 3: "three", 4: "four", 5: "all five"}

#: The public sources rationales cite for their numbers, found by name (or by the figure).
PUBLIC_SOURCES: dict[str, str] = {
    "Boomerang": "Boomerang, a 2016 study of reply rates over several million e-mails "
    "(reported by Fast Company and The Atlantic)",
    "CareerBuilder": "CareerBuilder, a 2005 survey of hiring managers (press release)",
    "TopResume": "TopResume's advice on thank-you timing (reported by CNBC, 2017)",
    "Indeed": "Indeed's career-advice pages on following up after an interview",
    "ActiveCampaign": "E-mail client guides such as ActiveCampaign's glossary (how much of a subject inboxes show)",
    "LinkedIn help": "LinkedIn's help pages (connection-note length on free and premium accounts)",
    "proselint": "proselint, the prose linter (its exclamation-mark check)",
    "Just Not Sorry": "Just Not Sorry, a writing-tone browser extension",
    "Lavender": "Lavender's help centre (reading level of sales e-mails)",
    "speech-rate": "Speech-rate studies (roughly 130-160 spoken words a minute)",
    "plain-language": "Plain-language writing guides (average sentence length)",
}


#: Figures a rationale may quote without naming their source.
_FIGURE_CUES: dict[str, tuple[str, ...]] = {"LinkedIn help": ("200-300",)}


def _seed_count(ids: str) -> int:
    numbers = [int(n) for n in re.findall(r"\d{3}", ids)]
    if re.search(r"\d{3}[–-]\d{3}", ids) and len(numbers) == 2:
        return numbers[1] - numbers[0] + 1
    return len(numbers)


def public_rationale(text: str) -> str:
    """``text`` with citations of the seed articles by file prefix replaced by a count of guides,
    and the project's working notes (GUIDANCE.md) left out: the guidance item id stays."""

    def cite(m: re.Match[str]) -> str:
        n = _seed_count(m.group(2))
        words = f"{_COUNT.get(n, str(n))} career guide{'s' if n != 1 else ''}"
        return words[0].upper() + words[1:] if m.group(1) == "S" else words

    text = _NOTES_FILE.sub("", _SEED_CITE.sub(cite, " ".join(text.split())))
    return _SEED_WORD.sub(lambda m: "Guides" if m.group(1) == "S" else "guides", text)


def sources_of(rule: Rule) -> list[str]:
    """The public sources the rule's rationale cites by name, in the table's order."""
    text = " ".join(rule.rationale.split())
    lowered = text.lower()
    return [
        ref
        for name, ref in PUBLIC_SOURCES.items()
        if name.lower() in lowered or any(cue in lowered for cue in _FIGURE_CUES.get(name, ()))
    ]


def _guidance_lines(rule: Rule) -> list[str]:
    from followup_lint.guidance import ITEMS

    summaries = {item.id: item.summary for item in ITEMS}
    lines = [f"- `{gid}`: {summaries.get(gid, '(not in the guidance table)')}" for gid in rule.guidance]
    intro = _fill(
        "Guidance it enforces (docs/guidance.md; each item is distilled from published career-advice "
        "guides on following up after an interview):"
    )
    return [intro, "", *lines]


# --- what it does: one sentence per check kind, filled from the rule's params ----------------

_PARTS = {
    "subject": "the subject line",
    "preamble": "the lines above the greeting",
    "salutation": "the greeting",
    "body": "the body",
    "paragraphs": "the body's paragraphs",
    "closing": "the closing line",
    "signature": "the signature",
    "message": "the message (not any quoted earlier e-mail)",
    "postscript": "any P.S. below the signature",
    "all": "the whole draft",
}


def _and(items: Any) -> str:
    names = [str(i) for i in items]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _where(within: Any) -> str:
    return _and(_PARTS.get(str(w), str(w)) for w in (within or ["message"]))


def _num(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _patterns(p: Any) -> str:
    n_phrases, n_patterns = len(getattr(p, "phrases", []) or []), len(getattr(p, "patterns", []) or [])
    parts = []
    if n_phrases:
        parts.append(f"{n_phrases} phrase{'s' if n_phrases != 1 else ''}")
    if n_patterns:
        parts.append(f"{n_patterns} pattern{'s' if n_patterns != 1 else ''}")
    return " and ".join(parts) or "its phrases and patterns"


def _unless(n: int) -> str:
    if not n:
        return "."
    return f", unless {f'one of {n} softening patterns' if n > 1 else 'a softening pattern'} applies."


def _metric(p: Any) -> str:
    unit = {"seconds": "reading-aloud time in seconds", "characters": "characters"}.get(p.measure, p.measure)
    limits = []
    if p.min is not None:
        limits.append(f"fewer than {_num(p.min)}")
    if p.max is not None:
        limits.append(f"more than {_num(p.max)}")
    extra = f" (at {_num(p.words_per_minute)} words a minute)" if p.measure == "seconds" else ""
    return f"Measures the {unit} of {_where(p.within)}{extra} and flags {' or '.join(limits) or 'nothing'}."


_KIND_TEXT: dict[str, Callable[[Any], str]] = {
    "metric": _metric,
    "readability": lambda p: (
        (
            f"Computes the reading grade of the body (textstat) and flags a grade above {_num(p.max)}"
            if p.measure == "grade"
            else f"Flags each sentence of the body longer than {_num(p.max)} words"
        )
        + f"; bodies under {p.min_words} words are not judged."
    ),
    "existence": lambda p: (
        f"Looks for {_patterns(p)} in {_where(p.within)} and flags each match"
        + (
            f" that is not part of one of {len(p.not_counting)} wordings that do not count"
            if getattr(p, "not_counting", None)
            else ""
        )
        + ("; the fix rewrites it." if getattr(p, "replacement", None) or getattr(p, "replacements", None) else ".")
    ),
    "required": lambda p: (
        f"Looks for {_patterns(p)} in {_where(p.within)}; when none is there it flags the "
        f"draft at {ANCHOR_WORDS.get(p.anchor, p.anchor)}."
        + (
            " In a template, a slot whose name contains "
            + ("one of " if len(p.slots) > 1 else "")
            + _and(f"“{s}”" for s in p.slots)
            + " counts as the content being there."
            if p.slots
            else ""
        )
    ),
    "part_required": lambda p: f"Flags a draft that has no {_PARTS.get(p.part, p.part).removeprefix('the ')}.",
    "subject_specific": lambda p: (
        "Flags a subject that names neither the purpose of the message (thanks, a "
        "follow-up, an update) nor the role or interview; replies and forwards are skipped."
    ),
    "linkedin-length": lambda p: (
        f"On LinkedIn, flags a connection note over {p.premium_max} characters (it cannot be sent) and gives a "
        f"tip on one over {p.request_max} (the limit on free accounts), and flags a message over "
        f"{p.message_max}; cues in the draft tell a connection note from a message."
    ),
    "checklist": lambda p: (
        "Checks that the draft gives each of: "
        + ", ".join(item.name for item in p.items)
        + f"; flags the draft at {ANCHOR_WORDS.get(p.anchor, p.anchor)} naming what is missing."
    ),
    "salutation_name": lambda p: (
        "Compares the name in the greeting with the recipients in the To: header and "
        "the interviewers given as context (a nickname counts as the full name) and flags a greeting that names "
        "someone else."
    ),
    "group_greeting": lambda p: f"Flags a greeting that names {p.min_people} or more people at once.",
    "signature_sender": lambda p: (
        "Compares the full name under the closing with the sender's name in the From: line (or --sender-name) "
        "and flags a signature that shares no name word with it, nor a short form of one."
    ),
    "surname_nickname": lambda p: (
        "Flags a greeting whose one name is the reader's surname cut short with a pet ending ("
        + ", ".join(f"-{e}" for e in p.endings)
        + "), such as “Whitty” for Whitfield, unless it is the given name or a nickname of it."
    ),
    "specifics": lambda p: (
        "Looks in the body for something concrete from the conversation: a cue that refers "
        f"back to it (such as “you mentioned”) or a sentence with at least {p.min_content_words} content words "
        "beyond generic praise. Flags the note when there is none, at its first generic sentence if it has one."
    ),
    "boilerplate": lambda p: (
        f"Flags a body of {p.min_words} words or more that names neither the company nor the role given as "
        "context (a word of either, a shortened form or an acronym of the role counts"
        + ("" if p.role_alone else "; the role counts only when no company is given")
        + "). Needs that context; without it the rule does not run."
    ),
    "placeholder": lambda p: (
        "Flags template slots left unfilled in a finished message: `{{ name }}`, `{name}`, "
        "`[Company Name]`, `<ROLE>`, `XXX`, `TBD` and similar."
    ),
    "employer_name": lambda p: (
        f"Compares each {p.what} named in {_where(p.within)} with the {p.what} given as "
        f"context (`--{p.what}`, a `{p.what.capitalize()}:` header or followup-context.toml) and flags one that "
        "differs. Needs that context; without it the rule does not run."
    ),
    "emoji": lambda p: f"Flags emoji{' and emoticons such as :)' if p.emoticons else ''} in {_where(p.within)}.",
    "shouting": lambda p: (
        f"Flags runs of at least {p.min_words} words written in capitals (at least "
        f"{p.min_letters} letters) in {_where(p.within)}; known acronyms are allowed."
    ),
    "text-speak": lambda p: (
        f"Flags text-speak from the `{p.vocabulary}` word list (u, thx, pls...) in "
        f"{_where(p.within)}; the fix writes the word out."
    ),
    "confusables": lambda p: (
        f"Flags a real word that is a slip for another in the words around it (“interested in the roll”, "
        f"“the next steeps”), from the {len(p.slips)} slips of the `{p.vocabulary}` vocabulary, in "
        f"{_where(p.within)}; the fix puts the word meant."
    ),
    "drawn-out": lambda p: f"Flags words drawn out with repeated letters (“sooo”, “pleeease”) in {_where(p.within)}.",
    "read-as-a-whole": lambda p: (
        f"Reads the whole draft with the learned reading of {p.item} (rules/models/reading.json); at "
        f"{p.raise_at:.0%} or more, and where no other rule flags {p.item}, flags the sentence of "
        f"{_where(p.within)} whose words weigh most towards the fault"
        + ("; a template is left alone." if not p.on_templates else ".")
    ),
    "vocabulary": lambda p: (
        f"Flags words from the `{p.vocabulary}` word list ({', '.join(p.lists)}) in {_where(p.within)}."
    ),
    "stance": lambda p: (
        f"Matches {len(p.patterns)} word-sequence patterns (on lemmas and parts of speech) in "
        f"{_where(p.within)} and flags each match" + _unless(len(p.unless))
    ),
    "name_case": lambda p: (
        "Flags a name the context gives (an interviewer's, the sender's) written in lower case; a name that is "
        "also a common word counts only after the greeting word or on the signature line."
    ),
    "sender_address": lambda p: (
        f"Flags a From: address whose part before the @ contains one of {len(p.words)} "
        f"unprofessional words or matches one of {len(p.patterns)} patterns (not inside the sender's names "
        f"or {len(p.neutral)} neutral words), or, where the sender's full name is known, "
        "carries a phrase of common words instead of any of the names or in front of them; "
        f"also a pet name, sweet talk, decoration or teenage-era word ({len(p.play)} listed) or a nickname of "
        "a modifier and a head word, an address a household shares, or a current employer's work address."
    ),
    "language": lambda p: (
        f"Runs the grammar and spelling backend (Harper; LanguageTool when configured) and "
        f"reports its {_and(p.kinds)} findings, each with the backend's own rule name."
    ),
    "late_thank_you": lambda p: (
        f"Flags a thank-you sent more than {_num(p.max_hours)} hours after the interview "
        "that does not acknowledge the delay. Needs the interview date."
    ),
    "status_too_soon": lambda p: (
        f"Flags a status check sent less than {p.min_days} {p.unit} days after the "
        f"interview, or before {p.days_after_decision} day(s) past a decision date the employer gave. Needs one of "
        "those dates."
    ),
    "follow_up_gap": lambda p: (
        f"Flags a follow-up sent less than {p.min_days} days after the previous one: the dates of "
        "earlier follow-ups when given, else an earlier message the draft mentions with its time "
        "(“my e-mail from Tuesday”)."
    ),
    "follow_up_count": lambda p: (
        f"Flags another follow-up after {p.max_previous} unanswered ones while the series still runs weekly or "
        f"faster (the latest at most {p.within_days} days before). Needs the earlier follow-ups."
    ),
    "weekday_mismatch": lambda p: (
        "Checks words such as “today”, “yesterday” or a weekday name that refer to the "
        "interview against its date and the send date, and flags one that does not fit (needs the interview "
        "date), and a weekday written with a calendar date that falls on another day."
    ),
}


def what_it_does(rule: Rule) -> str:
    """One or two sentences on what the rule's check looks at, from its kind and params."""
    describe = _KIND_TEXT.get(rule.check)
    if describe is None:
        return f"Runs the `{rule.check}` check."
    return describe(rule.params)


# --- options ---------------------------------------------------------------------------------

#: What each parameter means (the name is the key in ``[rules.CODE] params``).
PARAM_HELP: dict[str, str] = {
    "acknowledge": "patterns that count as owning the delay",
    "allow": "what is fine here and never flagged: words in capitals (acronyms) for shouting, or patterns a finding inside them is dropped for",
    "anchor": "where a finding about something missing is placed",
    "apology": "the sentence the fix adds",
    "case_sensitive": "whether matching respects case",
    "mailbox": "neutral words that name only a mailbox (jobs, hello, info), no trade: common words beside them may still be a handle",
    "person_heads": "head words that name a person: beside a trade word in the address, a modifier and one of them name the business, not a nickname",
    "case_owner": "the rule that reports names, days and months in lower case and a wholly lower-case note; while it runs, this rule leaves those to it",
    "context": "surrounding words that make a short form text-speak",
    "read_as_a_whole": "a sentence scoring below `sure_at` no longer cites a tone item the learned reading of the whole draft (rules/models/reading.json) sets aside, and is an info tip when none is left (docs/scoring.md)",
    "sure_at": "a sentence the model scores at or above this stands whatever the reading of the whole draft (none: every reported sentence is weighed)",
    "after_complaint": "a short thanks, praise or good wish right after a sentence the tone model scores at or above this is reported as sarcasm (none: never)",
    "after_complaint_excused": 'patterns that, found in the sentence before, make the thanks after it sincere (a phone number, "no rush")',
    "after_complaint_replies": "patterns of the short thanks, praise or good wish read against the sentence before it",
    "after_complaint_words": "a sentence of more words than this is never read as a pleasantry after a complaint",
    "corroborate_threshold": 'a sentence scoring at or above this backs another rule\'s error (`error_needs = ["tone-model"]`) without being reported (none: only a reported sentence does)',
    "cues": "patterns that refer back to the conversation",
    "error_needs": "rule key: signals that must back an error of this rule, any one of them (tone-model, second-hostile-rule, common-word-slip, same-rule-again, job-title-word); without one the finding is a warning (docs/scoring.md)",
    "hostile": 'rule key: whether a finding of this rule is a hostile move, a signal for another rule\'s `error_needs = ["second-hostile-rule"]`',
    "days_after_decision": "days to wait past a decision date the employer gave",
    "dialect_words": "spellings accepted as another English's, not mistakes",
    "domain_vocabulary": "vocabularies of common follow-up words a word spelt by ear is matched to",
    "emoticons": "whether text emoticons such as :) count",
    "exclude": "word lists whose words are never flagged",
    "frames": "patterns that introduce a role name",
    "agency_words": "words that mark the interviewing company as a recruitment agency (the check is then silent)",
    "agency_last_words": "words that mark the interviewing company as a recruitment agency only as its name's last word, less a tail such as Partners or Ltd (Executive Search, Talent Partners)",
    "loose_title_words": "words of a job title that name no job (rank, level, terms of employment); a title differing from the role only by them is the role",
    "title_synonyms": "groups of words that name one job (a title using one of a group for another is the role)",
    "misspelt_cites": (
        "company only: what a word of the employer's name written one letter off cites (empty: such slips are not"
        " looked for)"
    ),
    "future": "patterns that show a day word refers to the future",
    "generic": "patterns of generic praise",
    "generic_words": "words that carry no specific content",
    "honorifics": "titles before a person's name: the word after one names a person met, not a topic",
    "ignore": "words never flagged",
    "item": "the guidance item the learned reading of the whole draft speaks for (the rule's only guidance item)",
    "raise_at": "the reading's chance that a careful reader would fault the draft on the item, at or above which the draft is flagged",
    "on_templates": "whether a template (its wording meant for many readers) is read too",
    "tips": "lines on which a match is a tip, not the rule's severity (“Hey Priya,” alone on the greeting line)",
    "tips_channels": "channels on which the tips apply (empty: every channel); “Hey Priya,” is never a tip in a letter or card",
    "tips_void": "patterns searched in the draft and its context's company, role and interviewer: one found, the tips do not apply (a managing director, a law firm)",
    "read_out_numbers": "a run of at least this many digits said as words (a phone number read out) is left out of the score (0: never)",
    "reported_speech": "verb forms of a report (said, told ...): a clause reporting what someone other than the writer said may lower a sentence's score, never raise it",
    "reported_words": "a report of fewer words than this (a bare “you said Friday”) is the writer's own and is scored",
    "quoted_words": "a quotation of at least this many words (a motto, the interviewer's phrase) is someone else's "
    "wording: the sentence is also scored without it, and the lower score counts; 0: never",
    "items": "what the draft must give, each with its patterns",
    "kinds": "which kinds of backend findings this rule reports",
    "allow_list": "words that are fine",
    "lists": "word lists whose words are flagged",
    "lowercase_only": "words flagged only when written in lower case",
    "not_in_capitals": 'forms not flagged when written all in capitals (an acronym of a trade: "NGL")',
    "match": "compare `lower` case forms or `lemma`s (dictionary forms)",
    "max": "the most allowed (in the rule's measure)",
    "max_hours": "hours after the interview a thank-you may be sent",
    "max_previous": "earlier follow-ups allowed before another is flagged",
    "within_days": "days since the latest earlier follow-up within which the series still counts as running (weekly or faster)",
    "max_suggestions": "replacement suggestions shown per finding",
    "measure": "what is measured",
    "mentions": "patterns of words that name a day",
    "message_cues": "patterns that mark a full message (not a connection note)",
    "message_max": "most characters in a LinkedIn message",
    "min": "the fewest allowed (in the rule's measure)",
    "min_content_words": "content words a sentence needs to count as specific",
    "min_days": "days that must pass",
    "own_messages": "patterns of words that name the writer's own earlier message (read with a time in the same sentence)",
    "mentioned_message": "the message for a follow-up the draft mentions ({when}, {said}, {limit})",
    "min_letters": "letters a run of capitals needs",
    "min_people": "people named in one greeting that make it a group greeting",
    "with_group": 'patterns (case-insensitive) for one person greeted with a group ("Hi Ana and team"); the named group `group` is reported',
    "min_rating": "lowest offensiveness rating flagged",
    "min_words": "words below which the text is not judged",
    "names_before": "nouns after which one word in capitals names a thing (the EXPLAIN output), not emphasis",
    "model": "the model file `models/<model>.json`, beside the rule or built in",
    "threshold": "the score at or above which a sentence is reported (none: the model's own)",
    "top_words": "how many of the heaviest words the message names",
    "cite": "which guidance items a finding cites, by the words the model weighed (none matched: all the rule's)",
    "cites": "the guidance items a finding cites (empty: all the rule's)",
    "salutation_cites": "the guidance items a finding inside the greeting cites instead (empty: as `cites`)",
    "draft_threshold": "a lower score: when `draft_sentences` sentences reach it, each is reported (none: the model's own)",
    "draft_sentences": "how many sentences over the draft threshold make the whole draft read as hostile",
    "common_rank": "an unknown word is an error only as a one-letter slip of one of this many most common English words (none: any slip)",
    "far_slip_rank": "… or as two letters dropped or moved from one of this many; also how common a slip must be for a compound of two common words (“backlist”) to count",
    "dictionary_words": "a word of a general dictionary (WordNet) the backend lacks (“soffit”, “gesso”) is a tip, unless it is one typing slip from one of the `far_slip_rank` most common words (“calender”)",
    "common_min_length": "shorter unknown words skip the commonness test (almost any short string is a slip of a common word)",
    "short_min_length": "unknown words this long and shorter than `common_min_length` are errors only as a typing slip (a swap, a doubled letter, a letter left out, a key beside) of one of the `far_slip_rank` most common words (0: off)",
    "compound_endings": "productive endings (“less”, “wide”): a known word with one written on (“hatless”) is a compound in use, a tip, unless it is one slip of a very common word (“beautyful”)",
    "rare_slips_typed": "a slip of a word rarer than the `far_slip_rank` most common counts only if its changed letter is a key beside, a vowel for a vowel or a letter that sounds alike (“dystocia” / “dystopia” is no slip)",
    "repeated_rank": "a word said twice that is none of this many most common English words (“boda boda”) is a borrowed word that doubles itself, not a slip (none: any)",
    "name_cues": "words after a capitalised unknown word opening a sentence that show it names a person (“mentioned”, “and I”)",
    "nicknames": "short forms that count as the same name, added to the `names` vocabulary's `nicknames` list",
    "common_display_rank": "a From: display made only of words among this many most common English words (“Office Admin”) names no person and is not compared",
    "closing_words": "words of a closing or a description (“Regards”, “Applicant”): a name line holding one is no name",
    "business_words": "words of a business's name (“Photography”, “Electrics”): a From: display holding one is a sole trader's, not compared",
    "given_names": "first names and their pet forms (“Tommy”, “Ellie”) that are not read as a nickname of a surname",
    "endings": "pet endings that make a nickname of a surname (“Whitty”, “Robbo”)",
    "not_names": "forms of address that are no name (“Lovely Lady”): a greeting of them names nobody",
    "about_before": "words that, before the interviewer's name in the body, speak of them (“I interviewed with Kim”): the note goes to someone else",
    "named_opening": "salutation only: a first sentence that names the reader counts as the greeting",
    "part": "the part that must be there",
    "time_words": "units and names of time: a number or name beside one only dates or times the meeting",
    "other_thanks": "thanks for something other than a meeting (“for accepting my connection request”)",
    "meeting_words": "words of a meeting held: a note of other thanks without one follows no interview",
    "terms": "the sender's terms (a sum of money, pay, expenses, a start date): concrete, but a detail only with a cue",
    "ordinary_capitals": "capitalised words inside a sentence that name nothing particular (titles, days, months)",
    "stock_phrases": "regexes of stock phrases (interchangeable praise of the company, the team or the opportunity; the next steps): a note that names only the role is still a form letter when it has min_stock of them",
    "min_stock": "how many stock phrases make a note that names only the role a form letter",
    "clone_greetings": 'regexes of a greeting of one member of a group by function ("Dear Panel Member,", "Dear Committee Member,"): the same note sent to each member is a form letter whatever it names',
    "stock_alone": 'regexes of stock invitation lines ("I would like to add you to my network", "Let\'s connect"): a note whose every sentence matches one whole is a form note however short',
    "role_alone": "whether a word of the role, with the company known and unnamed, makes a note particular (a job title is shared by every employer hiring for it)",
    "with_subject": "whether the subject line is read with the body for the company, the role and the other particulars",
    "particulars": "regexes of other things particular to this interview or reader (a date in figures, a task or a talk of the interview): any match makes the note no form",
    "stock_needed": "whether a note must be made of stock phrases (at least min_stock) to count as a form note",
    "short_stock": 'regexes of the stock lines of a short thank-you ("Thanks for interviewing me", "I appreciate your time"): a note under min_words is judged when it has min_short_stock of them',
    "min_short_stock": "how many short_stock lines make a short note a form note",
    "merge_stock": "how many stock phrases make a note that names only the company and the role a mail merge (0: off)",
    "agency_signs": 'regexes of what a note says only to an agency recruiter ("putting me forward", "your client"): its other firms are the client',
    "headers": "the header lines read",
    "agency_domains": 'patterns of a recruitment agency\'s mail domain name ("haysrecruitment"): an agency copied beside the employer is no second employer',
    "academic_labels": "domain labels of universities (ac, edu): addresses there are not counted as employers",
    "min_employers": "how many different employers' mail domains among the addressees make a note a circular",
    "recounts": "regexes of signs that the note recounts this interview in its own words (a clock time, a person at the interview described): such a note is no form letter",
    "tip_below": "with fewer than this many items missing the finding is only a tip (0: never), unless a missing item is `essential`",
    "turn_max": "the maximum for the longest turn of a script that has turns (a live call), in place of `max`",
    "essential_when": "checklist item: regexes that, found in the message, make this item's absence a warning rather than a tip (a call script that says it is a message to be answered needs its number)",
    "essential_unless": "checklist item: regexes that cancel `essential_when` (a live call's turns: the listener is on the line)",
    "waived_by": "patterns that make the checklist moot when one is found (a call script answering the reader's own call)",
    "waived_within": "the parts of the draft `waived_by` is searched in",
    "tip_when_headerless": "subject only: a tip, not the rule's severity, on a draft with no header line at all",
    "people_before": "words before a name's comma that make it no address: a person it describes (“my colleague, Sarah,”) or a sign-off (“Best, Femi”)",
    "owned_before": "words for a firm, a school or a client that, after “my”, “our”, “his”, “her” or “their” a few words back, make the name after the comma its name (“at my current company, Ledgerline, I …”), not an address",
    "apposition_after": "words after a name's comma that make it an apposition, not an address (“Sarah, who showed me round”)",
    "also_on_cards": "further places and wordings that satisfy the rule on a card only (a greeting by the name alone)",
    "tip_on_cards": "a tip, not the rule's severity, on a card (nothing above a greeting that ends in a comma)",
    "past": "patterns that show a day word refers to the past",
    "patterns": "regular expressions (or token patterns) that are flagged or looked for",
    "neutral": "words a professional sender address may carry beside the sender's name (careers, design, cpa); never read as a handle",
    "common_name_within": "how common (rank among English words) a name may be and still count in lower case anywhere; a commoner one (Rose, Mark) counts only after the greeting word or on the signature line",
    "min_name_letters": "letters a name word needs before its case is checked",
    "common_within": "how common (rank among English words) a word must be to count as a word of a phrase handle",
    "min_phrase_letters": "letters a run of common words needs before it is read as a phrase handle",
    "play": "pet names, sweet talk, kisses-and-hugs decorations and teenage-era words: a run of letters of the address that is one, or common words with one, is a handle",
    "modifiers": "words that make a nickname in front of a head word (big, lil, hot: bigdog, lilmama)",
    "heads": "words that end a nickname after a modifier (dog, mama, girl); alone they are no handle",
    "shared": "words of an address a household shares (family, household)",
    "personal_domains": "mail and internet providers' domain labels: an address there is never a current employer's work address",
    "word_names": "given names that are also words (grace, hunter) and name suffixes (junior, third): beside the sender's name they are names, not a phrase",
    "places": "places of two words written as one (newyork, capetown): beside the sender's name they are no phrase",
    "affect": "words of liking, loathing, mood or obsession (loves, mad, grumpy, geek): with another common word beside the sender's name they make a handle",
    "current": "patterns that show the note speaks of the sender's current job, so that a firm's domain is read as the current employer's",
    "patterns_skip_parts": "parts (by a pattern on their text) whose words are not the writer's: the patterns skip them",
    "phrases": "phrases that are flagged or looked for",
    "premium_max": "most characters in a connection note from a premium account",
    "purpose_words": "words that say why you are writing",
    "replacement": "the text the fix puts in place of a match",
    "replacements": "per phrase, the text the fix puts in its place",
    "request_cues": "patterns that mark a connection note",
    "request_max": "most characters in a connection note",
    "role_words": "words that name the role or interview",
    "skip": "subjects matching this pattern are not judged",
    "skip_backend_rules": "backend rules not reported",
    "backend_rules": "backend rules reported here whatever kind the backend gives them",
    "slip_backend_rules": "backend rules guessing at an unknown word, reported here when the word is a common word with a letter doubled or two swapped",
    "skip_drawn_out": "leave out words drawn out with repeated letters",
    "quoted_severity": "severity for findings inside quotation marks (someone else's words)",
    "skip_masked": "leave out words masked with symbols",
    "skip_vocabulary": "word lists whose words are not reported",
    "abbreviation_vocabulary": "word lists of abbreviations written without their full stop (req, etc): such a word is a tip, not a misspelling",
    "before_id_letters": "an unknown word of at most this many letters right before a number or an ID (req 40127) is a label, a tip; 0: off",
    "slots": "template slot names that count as the content being there",
    "softened_by": "wordings that do part of the job warmly enough that an error becomes a warning",
    "cites_for_purpose": "the guidance items the finding cites for some purposes (others cite the rule's whole list)",
    "excused": "kinds of sentence the model misreads as a whole, each a list of groups of patterns heard by parts: a sentence that matches one pattern of every group of any kind is not reported (a demand of the job the writer welcomes, the writer's own record, the reader's question recalled, a candid word on one's own answer)",
    "spoken_dates": 'true: a day of the month said as a date ("on the fourth", "Tuesday the 4th", "the fifth of May") is left out of the score (a voicemail gives the interview\'s date); "the fourth message" is still scored',
    "backstop": "a learned model (models/<name>.json) asked only where no wording matched: the rule is satisfied when it reads the scope as doing what the rule asks",
    "not_counting_in_sentence": "wordings that undo every match in their sentence (interest, but in another role)",
    "unsigned_sign_off": "wordings that, as the last words of a draft with no sign-off line, are the sign-off itself (a match they overlap does not count)",
    "unsigned_sign_off_purposes": "the purposes in which unsigned_sign_off applies (every purpose when empty)",
    "patterns_for_purpose": 'further wordings that count only in these purposes (a bare "let me know" asks for the decision in a status check, not in a thank-you)',
    "asks_for_purpose": "purposes in which a wording counts only in a sentence that also asks (a question, a request, a demand), with the wordings that ask",
    "not_counting": "wordings that contain a match but say the opposite (“thanks for nothing”); a match inside one does not count",
    "also": "further places, each with its own wordings, that also count as the content being there",
    "together": "groups of patterns heard by parts: a sentence that matches one pattern of every group counts as the content being there",
    "clauses": "further kinds of sentence heard by parts like together, each a list of groups (a form that looks ahead and a word of contact or of the process): a sentence that matches one pattern of every group of any kind counts",
    "clauses_unless": "wordings that keep a sentence from counting by clauses (a negation, a look back)",
    "together_carried_by": 'openings of a sentence that carry the one before it on ("It is close to", "That is why"): the two are also heard by parts as one',
    "tip_backend_rules": "backend rules reported only as tips (a matter of taste)",
    "term_severity": "severity for words the backend does not know but may be names",
    "unit": "`calendar` or `business` days",
    "unless": "patterns that soften a match so it is not flagged",
    "unsafe_fixes": "patterns whose fix is unsafe",
    "unsure": "short forms flagged only in clearly casual context",
    "vocabulary": "the word list used",
    "what": "`company` or `role`",
    "within": "parts of the draft looked at",
    "words": "words that are flagged or looked for",
    "words_per_minute": "speaking rate used to time a script",
    "max_by_channel": "a channel's own maximum in place of `max` (e.g. `{ letter = 160 }`)",
    "turns": "patterns where one speaker's turn ends or a branch of a script begins: a text with one is measured by its longest turn",
    "repeats_not_counted": "patterns whose match said again (a callback number repeated) does not count, nor the rest of its sentence",
    "not_spoken": "patterns of text that is not said aloud (a stage direction in brackets): its words do not count",
}

_SHOWN_ITEMS = 4


def _toml(value: Any) -> str | None:
    """A default as written in TOML, or None when it is too long to show (a long list, a table)."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _num(value)
    if isinstance(value, (int, str)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{}" if not value else None
    if isinstance(value, (list, tuple)):
        items = [_toml(v) for v in value]
        if all(i is not None for i in items) and len(items) <= _SHOWN_ITEMS and sum(len(str(i)) for i in items) <= 60:
            return "[" + ", ".join(str(i) for i in items) + "]"
        return None
    return None


#: What each signal of ``error_needs`` means, in the words the rule page uses (corroboration.py).
SIGNAL_HELP: dict[str, str] = {
    "tone-model": "the tone model (FL330) reads a sentence of the draft as hostile",
    "second-hostile-rule": "another hostile rule reports other words of the draft",
    "common-word-slip": "the word is a slip of a common word",
    "same-rule-again": "the rule reports a second error on the draft",
    "job-title-word": "the role named holds a word of a job title",
}


def _signals(needs: list[str]) -> str:
    said = [SIGNAL_HELP.get(n, n) for n in needs]
    return (
        said[0]
        if len(said) == 1
        else ", or ".join([", ".join(said[:-1]), said[-1]])
        if len(said) > 2
        else " or ".join(said)
    )


def _shown(value: Any) -> str:
    """The default as the options table shows it: TOML in code, or a count of what is there."""
    if value is None:
        return "not set"
    literal = _toml(value)
    if literal is not None:
        return f"`{literal}`"
    n = len(value) if isinstance(value, (list, tuple, dict)) else 0
    kind = "table" if isinstance(value, dict) else "list"
    return f"a {kind} of {n}"


def options(rule: Rule) -> list[tuple[str, str, str]]:
    """(parameter, default as shown, meaning) for every parameter of the rule's check."""
    params = rule.params
    if not isinstance(params, BaseModel):
        return []
    return [(name, _shown(getattr(params, name)), PARAM_HELP.get(name, "")) for name in type(params).model_fields]


def _options_section(rule: Rule, heading: str) -> list[str]:
    rows = options(rule)
    lines = [f"{heading}# Options", ""]
    if rows:
        lines += ["| parameter | default | meaning |", "|---|---|---|"]
        lines += [f"| `{name}` | {default} | {meaning} |" for name, default, meaning in rows]
        lines += [
            "",
            _fill(
                f"Set them in `.followup-lint.toml` (in pyproject.toml: `[tool.followup-lint.rules.{rule.code}]`); "
                "keys you leave out keep their defaults (docs/configuration.md). A list you give replaces the "
                "default list; the whole default is in the rule's file in the package's `rules/` folder."
            ),
        ]
    else:
        lines.append(
            _fill(
                "The rule has no parameters. Its severity and weight can be set in `.followup-lint.toml` (in "
                f"pyproject.toml: `[tool.followup-lint.rules.{rule.code}]`; see docs/configuration.md):"
            )
        )
    return [*lines, "", *_config(rule)]


def _example_param(rule: Rule) -> str | None:
    """``name = default`` for the settings example: a number if the rule has one, else a word."""
    params = rule.params
    if not isinstance(params, BaseModel):
        return None
    values = {name: getattr(params, name) for name in type(params).model_fields}
    for wanted in (float, int, str):
        for name, value in values.items():
            if isinstance(value, wanted) and not isinstance(value, (bool, Enum)):
                return f"{name} = {_toml(value)}"
    return None


def _config(rule: Rule) -> list[str]:
    """The configuration's ``[rules.CODE]`` table with the rule's defaults (docs/configuration.md)."""
    example = _example_param(rule)
    return [
        "```toml",
        f"[rules.{rule.code}]",
        *([f"params = {{ {example} }}"] if example else []),
        f'severity = "{rule.severity.value}"',
        f"weight = {rule.weight:g}",
        "```",
        "",
    ]


# --- fix safety ----------------------------------------------------------------------------


def fix_kind(rule: Rule) -> str:
    """``safe``, ``unsafe`` or ``none``: whether the rule suggests edits, and whether --fix applies them.

    A rule has a fix when one of its bad examples gives the ``fixed`` text (the example tests make
    sure every example whose finding has a fix says so), when its params carry replacement text,
    or when it reports a grammar backend's findings (which carry the backend's suggestions).
    """
    p = rule.params
    has_fix = (
        any(e.fixed for e in rule.examples)
        or any(getattr(p, k, None) for k in ("replacement", "replacements", "unsafe_fixes", "apology"))
        or rule.check == "language"
    )
    return rule.fix_safety if has_fix else "none"


def _fix_safety(rule: Rule) -> str:
    kind = fix_kind(rule)
    if kind == "safe":
        return (
            "Fix safety: **safe**. `followup-lint check --fix` applies this rule's suggested edits, "
            "except any its check judges unsafe in context (see docs/fixes.md)."
        )
    if kind == "unsafe":
        return (
            "Fix safety: **unsafe**. The edit this rule suggests changes what you wrote, so `--fix` leaves "
            "it; `--unsafe-fixes` applies it (review the result)."
        )
    return "Fix safety: **none**. The rule suggests no edit: only you can write the missing or better words."


# --- what a finding costs ----------------------------------------------------------------------

#: Check kinds whose findings are about something the draft leaves out (``missing``: no thanks, no
#: subject, no detail from the interview): a warning of theirs costs a third (docs/scoring.md).
#: They fire at most once per draft.  A test lints every rule's bad example to keep this in step.
LEAVES_OUT = frozenset({"required", "part_required", "checklist", "boilerplate"})
#: Kinds whose finding is about something left out or about something said, depending on the
#: draft: ``specifics`` points at a generic sentence when there is one, else at the missing detail.
LEAVES_OUT_SOMETIMES = frozenset({"specifics"})
#: Kinds whose error becomes a warning where the finding is less sure: ``employer_name`` warns for
#: a firm the job may only deal with, a role said as a step to come, or a title sharing a word
#: with the role ("Sales Engineer" for "Software Engineer").
WARNS_WHEN_UNSURE = frozenset({"employer_name"})


def _points(value: float) -> str:
    points = round(value, 2)
    return f"{points:g} point{'' if points == 1 else 's'}"


def cost_text(rule: Rule) -> str:
    """What one finding of the rule takes off the score, per severity it can have (docs/scoring.md)."""
    severities = list(dict.fromkeys([rule.severity, *(e.severity for e in rule.severity_when)]))
    if rule.error_needs and Severity.ERROR in severities and Severity.WARNING not in severities:
        severities.append(Severity.WARNING)  # an error no signal backs is a warning (corroboration.py)
    if rule.check in WARNS_WHEN_UNSURE and Severity.WARNING not in severities:
        severities.append(Severity.WARNING)
    third = rule.weight * MISSING_WARNING_FACTOR
    parts = []
    for severity in severities:
        if severity is Severity.INFO:
            parts.append("as a tip, nothing")
            continue
        full = rule.weight * SEVERITY_FACTOR[severity]
        if severity is Severity.ERROR:
            parts.append(f"as an error, {_points(full)} ({SEVERITY_FACTOR[severity]:g} × the weight)")
        elif rule.check in LEAVES_OUT:
            parts.append(
                f"as a warning, {_points(third)} (a third of the weight: it is about something the draft leaves out)"
            )
        elif rule.check in LEAVES_OUT_SOMETIMES:
            parts.append(
                f"as a warning, {_points(full)} when it points at what the draft says and {_points(third)} (a third) "
                "when it is about something the draft leaves out"
            )
        else:
            parts.append(f"as a warning, {_points(full)}")
    text = "A finding of this rule takes off the score " + "; ".join(parts) + "."
    if rule.check not in LEAVES_OUT | LEAVES_OUT_SOMETIMES and any(s is not Severity.INFO for s in severities):
        text += (
            f" Each further finding of it in the same draft costs a quarter of that ({REPEAT_FACTOR:g} ×), "
            f"and the rule never more than {CAP_FACTOR:g} × its costliest finding."
        )
    return text + " See docs/scoring.md."


# --- the page ------------------------------------------------------------------------------


def _scope(rule: Rule) -> str:
    purposes = "all purposes" if len(rule.purposes) == len(PURPOSES) else ", ".join(rule.purposes)
    channels = "all channels" if len(rule.channels) == len(CHANNELS) else ", ".join(rule.channels)
    return f"{purposes}; {channels}"


def _fill(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), WIDTH)


def rule_page(rule: Rule, heading: str = "##") -> str:
    """Markdown for one rule; the CLI prints it and docs/rules.md is made of these."""
    bad = next((e for e in rule.examples if e.bad), None)
    good = next((e for e in rule.examples if e.good), None)
    lines = [
        f"{heading} {rule.code} {rule.name}",
        "",
        f"**{rule.summary}**",
        "",
        (
            f"Severity `{rule.severity_text()}`, weight {rule.weight:g}, category "
            f"`{rule.category}`; applies to {_scope(rule)}."
        ),
        "",
        _fill(cost_text(rule)),
        "",
    ]
    if not rule.default_enabled:
        lines += [
            _fill(
                "Off by default: it runs only when `select` names its code or a prefix of it "
                f'(`select = ["{rule.code}"]` runs just this rule; `select = ["FL"]` runs every rule).'
            ),
            "",
        ]
    lines += [f"{heading}# What it does", "", _fill(what_it_does(rule)), ""]
    if rule.yields_to:
        others = ", ".join(f"`{code}`" for code in rule.yields_to)
        lines += [_fill(f"It stays quiet about words that {others} already reports, which says more about them."), ""]
    if rule.yields_to_as_severe:
        others = ", ".join(f"`{code}`" for code in rule.yields_to_as_severe)
        lines += [
            _fill(
                f"It stays quiet about words that {others} already reports at the same severity or above; "
                "where theirs is only a tip and this rule's finding is stronger, it speaks."
            ),
            "",
        ]
    if rule.fixes_yield_to:
        others = ", ".join(f"`{code}`" for code in rule.fixes_yield_to)
        lines += [
            _fill(f"Where {others} reports the same words, it offers no fix of its own: theirs is the one to take."),
            "",
        ]
    if rule.yields_to_hostile:
        lines += [
            _fill("It stays quiet on a draft that a hostile-tone rule reports as an error: the tone is the fault."),
            "",
        ]
        if rule.yields_to_hostile_up_to is not None:
            lines += [
                _fill(
                    f"It speaks there all the same where the draft runs more than {_num(rule.yields_to_hostile_up_to)} "
                    "times its limit: a rant well past the limit is padded as well as hostile."
                ),
                "",
            ]
    if rule.error_needs:
        lines += [_fill(f"An error only where {_signals(rule.error_needs)}; otherwise the finding is a warning."), ""]
    if rule.requires:
        others = " or ".join(f"`{code}`" for code in rule.requires)
        lines += [_fill(f"It builds on {others}: it speaks only on a draft where that rule reports something too."), ""]
    lines += [f"{heading}# Why it matters", "", _fill(public_rationale(rule.rationale)), ""]
    lines += [*_guidance_lines(rule), ""]
    sources = sources_of(rule)
    if sources:
        lines += ["Sources of the figures:", "", *(f"- {s}" for s in sources), ""]
    if bad is not None and bad.bad:
        lines += [f"{heading}# Example", "", "```text", bad.bad, "```", ""]
    lines += [f"{heading}# Use instead", "", _fill(rule.fix), ""]
    instead = bad.fixed if bad is not None and bad.fixed else (good.good if good is not None else None)
    if instead:
        lines += ["```text", instead, "```", ""]
    lines += [f"{heading}# Fix safety", "", _fill(_fix_safety(rule)), ""]
    lines += _options_section(rule, heading)
    return "\n".join(lines)


def explain(code: str) -> str:
    """The page of a rule or a notice, by code (``FL204``, ``FL906``) or name (``gratitude``)."""
    from followup_lint.notices import NOTICES, notice_page

    wanted = code.strip()
    for rule in load_rules():
        if rule.code == wanted.upper() or rule.name == wanted.lower():
            return rule_page(rule, heading="#")
    for kind in NOTICES.values():
        if kind.code == wanted.upper() or kind.name == wanted.lower():
            return notice_page(kind)
    raise FollowupLintError(f"no rule or notice {code!r}; `followup-lint rules` lists them")

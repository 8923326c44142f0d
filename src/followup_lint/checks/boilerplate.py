"""Boilerplate: a note of some length that is particular to nobody.

A follow-up that names neither the employer nor the role, and (the rule's ``requires``, FL202)
recalls nothing from the interview, could be sent after any interview unchanged: the reader sees a
form letter.  A short note with nothing in it is a different fault (too brief, no detail), so a
floor of words keeps two-line notes to the rules about length and specifics.

The company and the role come from the context (``--company``, ``--role``, headers or
followup-context.toml); with neither known there is nothing to compare, and the rule is quiet.
A word of the company's name or of the role counts wherever it stands in the body, in any case,
and so does a shortened form ("engineering" for "Engineer") or an acronym of the role ("SRE").
A note that names a place, a person or a sum of money the context does not know ("the train from
Leeds: £48.20") is particular to something, whatever it lacks, so it is no form letter either;
nor is one that recounts the interview in its own words (the rule's ``recounts``: "I got there at
9:50", "the man at the end of the table spent the hour on his phone").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup_lint.checks.anchors import WHERE, anchor_span
from followup_lint.checks.base import CheckInput, Params, PhraseList, RawFinding, RegexList, check_kind, context_hint
from followup_lint.checks.matching import compile_all
from followup_lint.checks.personal import company_words, fold_accents, spelled_out

_WORD = re.compile(r"[^\W\d_][\w&]*")
# Words of a role's title that say its rank or kind of contract, not the job ("Senior", "Intern"):
# a note that says only "the senior role" does not name the job.
_RANK_WORDS = frozenset(
    [
        "senior",
        "junior",
        "lead",
        "head",
        "chief",
        "principal",
        "staff",
        "assistant",
        "associate",
        "intern",
        "trainee",
        "graduate",
        "entry",
        "level",
        "i",
        "ii",
        "iii",
        "iv",
        "deputy",
        "acting",
        "interim",
        "temporary",
        "part",
        "time",
        "full",
        "contract",
    ]
)
_STEM = 5  # "engineering" names the "Engineer" role: words compared on their first letters


class BoilerplateParams(Params):
    min_words: int = 25  # shorter notes are the length and specifics rules' business
    # capitalised words that name nothing particular mid-sentence (titles, days, months, "I'm")
    ordinary_capitals: list[str] = []
    # signs that the note recounts this interview in its own words (a clock time, a person at the
    # interview described): such a note is particular, however little else it names
    recounts: RegexList = []
    # whether a word of the role alone makes the note particular when the employer is known and goes
    # unnamed: a job title is shared by every employer hiring for it, so a mail merge that fills in
    # "the Assistant Merchandiser position" and says "your company" could still go to any of them
    role_alone: bool = False
    # ... unless the note is made of stock phrases, at least ``min_stock`` of them: interchangeable
    # praise of "the company", "your team", "the opportunity", self-praise as "a valuable addition",
    # "the next steps"; a note of the writer's own words (a poem, a complaint) that names the role is
    # no mail merge, whatever else is wrong with it
    stock_phrases: RegexList = []
    min_stock: int = 2
    # a note made only of stock invitation lines ("I would like to add you to my professional
    # network.", "Let's connect.") is a form note however short: each sentence must match one of
    # these whole (round 11b blind batch, tests/test_round11_personal11b_stock_invite.py)
    stock_alone: RegexList = []
    # a greeting of one member of a group by function ("Dear Panel Member,", "Dear Committee Member,",
    # "Dear Panellist,"): the same note went to each member unchanged, a form letter whatever it names
    # (round 12)
    clone_greetings: RegexList = []
    # whether the subject line is read with the body: a status check or a rejection reply whose
    # subject names the role ("Transport Planner – update?") is written for this employer (FL211)
    with_subject: bool = False
    # regexes of other things particular to this interview or this reader that a note with no
    # detail rule behind it may name: a date in figures ("on 12 November"), a task or a talk of the
    # interview ("the pipetting exercise", "our chat about"); any match makes the note particular
    particulars: RegexList = []
    # whether a note must be made of stock phrases (at least ``min_stock`` of ``stock_phrases``) to
    # be a form note: a short status check in the writer's own words ("Can you call me back?", a
    # complaint) is curt or rude, which other rules judge, not a form sent to every employer (FL211)
    stock_needed: bool = False
    # a note shorter than ``min_words`` is judged too when it is made of the stock lines of a short
    # thank-you, at least ``min_short_stock`` of them ("Thanks for interviewing me yesterday. I
    # enjoyed our conversation and I appreciate your time."); a short note in the writer's own words
    # or in text-speak is the business of the length, specifics and tone rules (round 13)
    short_stock: RegexList = []
    min_short_stock: int = 2
    # a note that names the company (and the role) but is otherwise made of stock phrases, at least
    # this many of ``stock_phrases`` and ``short_stock`` together, and names nothing else, is a mail
    # merge with the names filled in: it could go to any employer once they are changed; 0 turns
    # the reading off (round 13)
    merge_stock: int = 0


# a capitalised word inside a sentence ("the train from Leeds", "am in Lisbon", "meeting Anil"),
# and a sum of money: a note that names a place, a person or a price not known from the context is
# particular to something, whatever else it lacks
# (title case only: a word in capitals is emphasis, "SO grateful", as often as an acronym)
_MID_CAPITAL = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z][\w'’-]*")
_MONEY = re.compile(r"[£$€¥]\s?\d")
_POSSESSIVE = re.compile(r"['’]s?$")  # "Anil's" is Anil
# a sign-off and the writer's name run into the last line of a one-paragraph note ("... hope to hear
# from you. Best wishes, Tamsin Achterberg"): the name is the writer's, not something particular
_RUN_IN_SIGN_OFF = re.compile(
    r"(?<=[.!?])\s{1,5}(?i:(?:(?:kind|best|warm|warmest|many|with (?:best|kind|warm))\s{1,3})?"
    r"(?:regards|wishes|thanks|best|sincerely|cheers|thank you|yours(?: sincerely| truly)?))"
    r"\s{0,3}[,!.–—-]?\s{0,3}[A-Z][\w'’.-]{0,30}(?:\s{1,3}[A-Z][\w'’.-]{0,30}){0,2}[!.]?\s{0,5}$"
)


def _names_a_particular(body: str, known: frozenset[str], ordinary: frozenset[str]) -> bool:
    """Whether the body names a place, a person or a price beyond the reader, the sender, the firm
    and the role (``known``) and the ``ordinary`` capitalised words."""
    if _MONEY.search(body):
        return True
    for m in _MID_CAPITAL.finditer(body):
        word = _POSSESSIVE.sub("", m.group(0).lower())
        if word not in known and word not in ordinary:
            return True
    return False


def _stems(words: set[str]) -> set[str]:
    return {w[:_STEM] for w in words if len(w) > 2}


def names_any(body: str, name: str, skip: frozenset[str] = frozenset(), besides: str = "") -> bool:
    """Whether ``body`` names ``name``: one of its words (not a ``skip`` word, not a company
    suffix such as "Inc"), on its first letters, or an acronym of it ("SRE"); a word it shares, on
    its first letters, with ``besides`` does not count ("Librarian" names the role, not "Ashdown
    County Libraries")."""
    wanted = _stems(company_words(name) - skip) - (_stems(company_words(besides)) if besides else set())
    if not wanted:
        return False
    said = _stems({fold_accents(w) for w in _WORD.findall(body)})
    if wanted & said or spelled_out(body, name) - skip:
        return True
    # a word of two capitals in the name ("QA Lead", "HR Officer") said as such in the body
    short = {w for w in re.findall(r"\b[A-Z]{2}\b", name) if w.lower() not in skip}
    return any(re.search(rf"\b{w}\b", body) for w in short)


_DASH_SIGNATURE = re.compile(r"[-–—~]{1,2}[ \t]{0,3}[A-Z][\w'’.-]{0,30}(?:[ \t]{1,3}[A-Z][\w'’.-]{0,30}){0,2}")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")


def _only_stock_lines(body: str, patterns: RegexList) -> bool:
    """Whether every sentence of ``body`` is, whole, one of the stock lines ``patterns``."""
    if not patterns:
        return False
    compiled = [r.pattern for r in compile_all(tuple(patterns), re.IGNORECASE)]
    sentences = [s.strip(" \t!.?;,") for s in _SENTENCE_SPLIT.split(body)]
    sentences = [s for s in sentences if s]
    if len(sentences) > 1 and _DASH_SIGNATURE.fullmatch(sentences[-1]):
        sentences.pop()  # "- Jordan Hale" under the line: the writer's name, no sentence (round 13)
    return bool(sentences) and all(any(r.fullmatch(s) for r in compiled) for s in sentences)


@check_kind("boilerplate", BoilerplateParams)
def boilerplate(inp: CheckInput, params: BoilerplateParams) -> Iterator[RawFinding]:
    draft, ctx = inp.draft, inp.context
    if draft.template or not (ctx.company or ctx.role):
        return
    parts = list(draft.paragraphs)
    if not parts and draft.salutation and _only_stock_lines(draft.salutation.text, params.stock_alone):
        # a one-line note the parser reads as a greeting ("Hi, I would like to add you to my network.")
        parts = [draft.salutation]
    if not parts:
        return
    body = "\n".join(p.text for p in parts)
    greeting = draft.salutation.text if draft.salutation else ""
    if greeting and any(r.pattern.search(greeting) for r in compile_all(tuple(params.clone_greetings), re.IGNORECASE)):
        yield RawFinding(
            draft.salutation.start,
            draft.salutation.end,
            message=(
                f"“{greeting.strip()}” greets one member of a group by function: the same note sent to each of "
                "them reads as a form letter; write each interviewer a note of their own, by name."
            ),
        )
        return
    if (
        len(_WORD.findall(body)) < params.min_words
        and not _only_stock_lines(body, params.stock_alone)
        and (
            not params.short_stock
            or sum(len(r.pattern.findall(body)) for r in compile_all(tuple(params.short_stock), re.IGNORECASE))
            < params.min_short_stock
        )
    ):
        return
    # the subject is read for the company, the role and the ``particulars``, not for capitals: a
    # subject is written in title case ("Re: Your Application")
    subject = draft.subject.text if params.with_subject and draft.subject else ""
    named_in = f"{subject}\n{body}" if subject else body
    stock = sum(len(r.pattern.findall(body)) for r in compile_all(tuple(params.stock_phrases), re.IGNORECASE))
    if params.stock_needed and stock < params.min_stock:
        return
    role_alone = params.role_alone or not ctx.company or stock < params.min_stock
    # a mail merge fills in the company's name: with the company unknown or unnamed there is no
    # merge to see, only the reading below
    merged = (
        bool(params.merge_stock)
        and bool(ctx.company)
        and stock + sum(len(r.pattern.findall(body)) for r in compile_all(tuple(params.short_stock), re.IGNORECASE))
        >= params.merge_stock
        and names_any(named_in, ctx.company or "", besides=ctx.role or "")
    )
    if not merged and ctx.company and names_any(named_in, ctx.company, besides="" if role_alone else (ctx.role or "")):
        return
    if not merged and ctx.role and role_alone and names_any(named_in, ctx.role, _RANK_WORDS):
        return
    known = frozenset(w.lower() for n in inp.names for w in re.findall(r"[\w'’-]+", n))
    if merged:  # the names filled in are no particular of the note
        known |= frozenset(w for v in (ctx.company, ctx.role) if v for w in company_words(v))
    signed_off = _RUN_IN_SIGN_OFF.sub("", body)
    lines = signed_off.rstrip().split("\n")
    if len(lines) > 1 and _DASH_SIGNATURE.fullmatch(lines[-1].strip()):
        signed_off = "\n".join(lines[:-1])  # "- Jordan Hale" on the last line: the writer's name
    if _names_a_particular(signed_off, known, frozenset(w.lower() for w in params.ordinary_capitals)):
        return
    if any(r.pattern.search(body) for r in compile_all(tuple(params.recounts), re.IGNORECASE)):
        return
    if any(r.pattern.search(named_in) for r in compile_all(tuple(params.particulars), re.IGNORECASE)):
        return
    named = " or ".join(f"“{v}”" for v in (ctx.company, ctx.role) if v)
    start, end = anchor_span(draft, "body") if draft.paragraphs else (parts[0].start, parts[0].end)
    # a mail merge names the company or the role: say so, rather than that nothing names them
    message = None
    if merged:
        filled = [v for v in (ctx.company, ctx.role) if v and names_any(named_in, v)] or [ctx.company or ""]
        message = (
            f"The body names only {' and '.join(f'“{v}”' for v in filled)} among stock phrases, and nothing "
            "recalls the interview: a mail merge with the names filled in could go to any employer."
        )
    yield RawFinding(start, end, fields={"named": named, "where": WHERE["body"]}, missing=True, message=message)


@context_hint("boilerplate", ("company", "role"))
def _boilerplate_hint(inp: CheckInput, params: BoilerplateParams) -> str | None:
    ctx = inp.context
    return None if (ctx.company or ctx.role) else "pass --company or --role (or a Company: or Role: header)"


class RecipientsParams(Params):
    # mail domains of webmail providers: an address there is a person's, not an employer's
    personal_domains: PhraseList = []
    # the header lines read for the addressees (read together: one firm in To and one in Cc is two)
    headers: PhraseList = ["to", "cc"]
    # how many different employers' domains among the addressees make the note a circular
    min_employers: int = 2
    # a recruitment agency's mail domain ("haysrecruitment", "brightwaterstaffing"): an agency copied
    # beside the employer is no second employer
    agency_domains: RegexList = []
    # domain labels of universities ("ac", "edu"): two universities on a joint post are one posting
    academic_labels: PhraseList = []


_ADDRESS = re.compile(r"[\w.+'’-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,6})")
# endings of a domain that are not the employer's own name ("co.uk", "com.au", "org")
_SECOND_LEVEL = frozenset(["co", "com", "org", "net", "ac", "gov", "edu", "nhs", "sch", "ltd", "plc", "gob", "gc"])
# a shorter name that starts a longer one is the same firm ("initech", "initechgroup")
_MIN_STEM = 4


def _employer_of(domain: str) -> str:
    """The name part of a mail domain: "careers.bramblehardware.co.uk" -> "bramblehardware"."""
    labels = domain.lower().split(".")[:-1]  # the top-level domain off
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return labels[-1] if labels else domain.lower()


def _same_stem(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= _MIN_STEM and (a.startswith(b) or b.startswith(a)))


def _own_stems(company: str | None) -> list[str]:
    """The context company's name as a mail domain may spell it: "Hollis Home" -> "hollishome",
    "hollis"; "Initech" -> "initech"."""
    if not company:
        return []
    kept = company_words(company)
    words = [w for w in re.findall(r"[a-z0-9]+", fold_accents(company)) if w in kept]
    return [s for s in dict.fromkeys(["".join(words), *words[:1]]) if len(s) >= _MIN_STEM]


@check_kind("recipients", RecipientsParams)
def recipients(inp: CheckInput, params: RecipientsParams) -> Iterator[RawFinding]:
    """One e-mail addressed to several employers at once (the To and Cc lines, read together, with
    addresses at two or more firms' domains): each reader sees the others, and that the note was
    not written for them.  Not another employer: a webmail address, the context company's own
    domains and those sharing its stem ("initechgroup.com" for Initech), a recruitment agency's
    domain (``agency_domains``), a university's (``academic_labels``), and two domains of which one
    starts the other ("harlowfoods", "harlowfoodsgroup")."""
    personal = {d.lower() for d in params.personal_domains}
    academic = {a.lower() for a in params.academic_labels}
    agency = compile_all(tuple(params.agency_domains), re.IGNORECASE)
    own = _own_stems(inp.context.company)
    firms: set[str] = set()
    anchor = None
    for name in params.headers:
        header = inp.draft.headers.get(name.lower())
        if header is None:
            continue
        for m in _ADDRESS.finditer(header.value):
            domain = m.group(1).lower()
            firm = _employer_of(domain)
            if domain in personal or firm in personal or academic & set(domain.split(".")[1:]):
                continue
            if any(r.pattern.search(firm) for r in agency):
                continue
            firms.add("\0own" if any(_same_stem(firm, o) for o in own) else firm)
        if anchor is None and _count_firms(firms) >= params.min_employers:
            anchor = header.value_part
    if anchor is not None:
        yield RawFinding(anchor.start, anchor.end, fields={"count": _count_firms(firms)})


def _count_firms(firms: set[str]) -> int:
    """Firms less those another starts ("initechgroup" after "initech"): linear in their number, as a
    name is at most 63 characters."""
    return sum(1 for f in firms if not any(f[:k] in firms for k in range(_MIN_STEM, len(f))))

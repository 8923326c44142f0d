"""Personalisation: leftover template slots, and an employer or role the context contradicts.

``placeholder`` flags every unfilled slot the parser found (``[Company Name]``, ``[link]``,
``{{ name }}``, ``${name}``, ``$TOPIC``, ``<ROLE>``, ``XXX``, ``TBD``, ``TODO``, ``___``) unless the draft is linted as a template.

``employer_name`` looks for the employer or role the writer is applying to, in phrases that point
forward to the job ("the role at X", "join X", "joining the team at X", "X's team", "the X
position"), and compares it with the context's company or role.  Phrases about the writer's own
past ("my role at X", "I worked at X", "in my previous position at X") are skipped, so former
employers named as experience are not flagged; the sign must be in the same clause as the name
(after the nearest comma, semicolon, "and" or "but"), so an earlier "my work ..., and I'm excited
about joining X" does not hide X.  When the context does not give the company (or
role) the check stays silent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import lru_cache, partial
from itertools import pairwise
from typing import Literal

from followup_lint.accents import without_accents
from followup_lint.checks.base import (
    CheckInput,
    Params,
    PhraseList,
    RawFinding,
    RegexList,
    Scope,
    check_kind,
    context_hint,
    rx,
)
from followup_lint.dates import MONTH_NAMES, WEEKDAY_NAMES
from followup_lint.greetings import title_source
from followup_lint.language.common_words import rank as common_rank
from followup_lint.report import Edit, Severity, Suggestion
from followup_lint.vocabulary import load_vocabulary

# A name of up to four capitalised words; a lone "I" (or "I'm", "I’d") after it is the writer
# speaking, never part of the name ("the role at Kaiser I held", "joining Initrode I think").
# A name never starts inside a word, after a hyphen, an apostrophe or a dot: so a frame that opens with a name
# tries each run of capitals once, not at every "Ab" of "Ab-Ab-Ab-...", which was quadratic (review of round 20).
_NAME_START = r"(?<![\w&'’.-])"
_NAME = rf"(?P<name>(?-i:{_NAME_START}[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?(?!I(?![\w&-]|\.\w))[A-Z][\w&'’.-]*){{0,3}}))"


def _name_ending_in(endings: str) -> str:
    """Regex source of a capitalised name of one to four words whose last word is one of ``endings``
    (an alternation), as group ``name``."""
    return rf"(?P<name>(?-i:{_NAME_START}[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){{0,3}}\s+(?:{endings})\b\.?))"


# A name that ends in a word only a firm's name ends in ("Bramblewood Media", "Summit Trail Co."): where a
# frame would take a person's name as readily ("help Priya get ...", "Kristen was hoping to decide")
_FIRM_SUFFIXED = _name_ending_in(
    "Co|Ltd|Inc|LLC|Corp|plc|PLC|Group|Partners|Holdings|Media|Labs|Systems|Solutions|Technologies|Outfitters|Foods"
    "|Logistics|Health|Healthcare|Bank|Capital|Consulting|Studios?|Agency|Energy|Homes|Retail|Insurance|Engineering"
    "|Construction|Pharma|Analytics|Digital|Software|Networks|Services|Industries"
)
# A firm named at the end of a subject, after the interview ("... Planner interview, Harcourt Freight"): its
# last word is one only a business's name ends in, never a department's (round 24)
_SUBJECT_FIRM = _name_ending_in(
    "Co|Ltd|Limited|Inc|LLC|LLP|Corp|plc|PLC|GmbH|Pty|Partners|Holdings|Freight|Haulage|Motors|Builders|Associates"
    "|Architects|Consulting|Technologies|Industries|Outfitters"
)
# A name of two to four capitalised words that does not open like a city's ("New York", "San Jose",
# "St Albans", "North Shields"): a firm, more likely than an office, in "the X team".
_FIRM_NAME = (
    r"(?P<name>(?-i:(?!(?:New|San|Santa|Los|Las|St|Saint|North|South|East|West|Fort|Port|El|La|Le|Palo|Salt|Des|Upper|Lower|Great)\b)"
    rf"{_NAME_START}[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?(?!I(?![\w&-]|\.\w))[A-Z][\w&'’.-]*){{1,3}}))"
)
_COMPANY_FRAMES = [
    rf"\b(?:the|this|your|an?)\s+(?:[\w-]+\s+){{0,3}}?(?:role|position|job|opening|vacancy|opportunity|team|offer|post)\s+(?:at|with)\s+{_NAME}",
    # a capitalised title with no article before it, as subjects put it ("Thank you – Data Analyst
    # role at X")
    rf"(?-i:(?<![\w'’-])(?:[A-Z][\w-]{{1,30}}\s{{1,3}}){{1,4}})(?:role|position|opening|vacancy|post)\s+(?:at|with)\s+{_NAME}",
    rf"\bjoin(?:ing)?\s+(?:you\s+(?:all\s+)?at\s+|the\s+(?:[\w-]+\s+)?team\s+at\s+|your\s+team\s+at\s+)?{_NAME}",
    rf"\b(?:future|career)\s+(?:for\s+(?:myself|me)\s+)?(?:at|with)\s+{_NAME}",
    # the writer pictured there, or of use there: "I can picture myself at X", "an asset to X",
    # "to join the X family"
    rf"\b(?:see|picture|imagine|envision|envisage)\s+myself\s+(?:at|with|joining)\s+{_NAME}",
    rf"\b(?:asset|addition)\s+to\s+{_NAME}",
    # the writer's strengths taken there: "bring my skills to X", "bring this experience to X"
    (
        rf"\bbring(?:ing)?\s+(?:my|this|that|these|those)\s+(?:[\w-]+\s+){{0,3}}?(?:skills?|experience|expertise|background"
        rf"|knowledge|energy|enthusiasm|passion|strengths?|care|commitment|dedication|approach)\s+to\s+"
        # ... or to the people the job serves there: "bring that same care to the patients at X" (round 16)
        rf"(?:(?:the|your)\s+(?:patients|customers|clients|pupils|students|residents|guests|members|families|community)\s+(?:at|of)\s+)?{_NAME}"
    ),
    rf"\bjoin(?:ing)?\s+the\s+{_NAME}\s+family\b",
    # the first days there, or the writer as its staff: "hit the ground running at X", "start at X",
    # "becoming an X employee"
    rf"\bhit(?:ting)?\s+the\s+ground\s+running\s+at\s+{_NAME}",
    rf"\b(?:becom(?:e|ing)|be|being)\s+(?:an?\s+|the\s+newest\s+)(?:proud\s+)?{_NAME}\s+(?:employee|team\s+member|staffer|hire)\b",
    # "work" and "grow" as verbs ("to work at X", "I'd grow with X"), not the noun of one's record ("my
    # hydraulic modelling work at X"; round 16)
    (
        rf"(?:\b(?:to|would|will|could|can|must|might|should|I['’]d|start|begin|and|or)\s+"
        rf"(?:(?:one\s+day|some\s+day|someday|also|eventually|finally|actually|then|soon|\w+ly)\s+)?(?:work|grow)"
        rf"|\bworking|\bgrowing|(?-i:(?:^|(?<=[.!?]\s))Work))\s+(?:at|for)\s+{_NAME}"
    ),
    rf"\b(?:interview(?:ing)?|interviewed)\s+for\s+{_NAME}",
    # a subject that ends on the firm after the interview ("Following up – Transport Planner interview, Harcourt
    # Freight"; round 24): only at the end of the part, so a subject, not a sentence that goes on
    # A name with a firm's last word that no department of an employer takes ("Harcourt Freight", "Acme Ltd"; not
    # "Student Recruitment" or "Passenger Transport", sections of a university or a council; not "Jolene Pratt" the
    # sender, "The Long Field" a film, "Checking In Again"; a review of round 24)
    rf"\binterview\s{{0,3}}(?:,|–|—|-|\||:)\s{{0,3}}{_SUBJECT_FIRM}\s{{0,3}}$",
    # the thanks itself: "the opportunity to interview with X", "the chance to interview at X"
    rf"\b(?:opportunity|chance|invitation)\s+to\s+interview\s+(?:at|with)\s+{_NAME}",
    # posts to come there, as a rejection reply asks: "considered for future openings at X" (round 19)
    rf"\b(?:future|other|upcoming|suitable|similar|later)\s+(?:roles?|openings?|opportunities|vacancies|positions?|posts?)\s+(?:at|with)\s+{_NAME}",
]
# Frames that name a firm the job touches as often as the employer: a partner, client or product the
# team works with ("the analysts' work with Amazon", "contribute to Kubernetes", "Tableau's products"),
# so a different name there is a warning to check, never an error.
_LOOSE_COMPANY_FRAMES = [
    rf"\b(?:contribute|contributing|work|working|grow|growing)\s+(?:with|to)\s+{_NAME}",
    rf"\b(?:contribute|contributing)\s+at\s+{_NAME}",
    # the writer's mark to come, a place offered, the steps ahead: "make a difference at X", "a place
    # at X", "the next steps at X" (also said of a course, a client or a past job: a warning)
    rf"\bmak(?:e|ing)\s+(?:a\s+(?:real\s+|big\s+)?difference|an?\s+(?:real\s+|big\s+)?impact|my\s+mark)\s+at\s+{_NAME}",
    rf"\b(?:a|my)\s+place\s+(?:at|with)\s+{_NAME}",
    rf"\bnext\s+steps?\s+(?:at|with)\s+{_NAME}",
    # the firm as the kind of place the writer wants: "X is exactly the kind of company I want to work for"
    (
        rf"\b{_NAME}\s+is\s+(?:exactly\s+|just\s+|really\s+|truly\s+)?(?:the|a)\s+(?:kind|sort|type)\s+of\s+"
        rf"(?:company|place|firm|team|employer|organi[sz]ation|business|workplace)\s+(?:that\s+)?I\b"
    ),
    # "the X team" said as the staff the writer would join or hears from: "be on the X team", "thanks
    # to the whole X team", "the X hiring team"; a team of a function or a region is skipped (see
    # ``_FUNCTION_WORDS``)
    # (a name of two words or more: one word may be the office's city, "join the Arlington team")
    rf"\b(?:on|onto|join|joining|to|from)\s+the\s+(?:(?:whole|entire|wider|rest\s+of\s+the)\s+)?{_FIRM_NAME}\s+team\b",
    rf"\bthe\s+(?:(?:whole|entire|wider)\s+)?{_NAME}\s+(?:hiring|recruiting|recruitment|interview|interviewing)\s+(?:team|panel|manager)\b",
    # where the interview was held or the job starts: the firm, or a venue, a site, an airport ("the
    # interview at WeWork Paddington", "start at Gatwick"), told apart only by knowing the firm
    rf"\b(?:interview(?:ing)?|interviewed)\s+at\s+{_NAME}",
    rf"\b(?:start|starting|begin|beginning|get\s+started)\s+at\s+{_NAME}",
    # the firm's own people, plans and decision: "Kestrel Freight's drivers", "when Halden Bio's decision is
    # expected" (round 19)
    (
        rf"\b{_NAME}['’]s\s+(?:team|mission|culture|product|products|vision|growth|goals|plans|roadmap|hiring|decision"
        rf"|recruitment|panel|drivers|engineers|nurses|staff|people|customers|clients|patients|members|pupils|residents)\b"
    ),
    # the firm thanked as a whole, its work admired, its team's request met: "everyone at X", "the work of
    # the X", "the sample the X team asked for" (round 19)
    rf"\b(?:everyone|everybody|all)\s+(?:else\s+)?at\s+{_NAME}",
    rf"\bthe\s+work\s+of\s+(?:the\s+)?{_NAME}",
    # the firm the writer would help, and the firm about to decide: "I could help Bramblewood Media get clearer
    # answers", "Kristen mentioned that Summit Trail Co. was hoping to decide" (round 20's blind bad drafts)
    (
        rf"\b(?:help|helping)\s+{_FIRM_SUFFIXED}\s+(?:to\s+)?(?:get|grow|build|reach|improve|deliver|achieve|expand"
        r"|scale|cut|reduce|make|become|develop|meet|hit|win|keep|turn|launch|serve|succeed|tackle|strengthen|moderni[sz]e"
        r"|streamline|boost|increase|raise)\b"
    ),
    (
        rf"\b{_FIRM_SUFFIXED}\s+(?:was|is|were|are|would\s+be|will\s+be|had\s+been|has\s+been)\s+(?:hoping|planning|aiming"
        r"|looking|expecting)\s+to\s+(?:make\s+(?:a|its|the|their)\s+(?:final\s+)?decision|decide|finali[sz]e|fill|hire|appoint)\b"
        # (a decision on something else is a client's: "Harbour Foods was hoping to make a decision on the
        # rebrand pitch", in an agency's note)
        r"(?!\s+(?:on|about)\s+(?!(?:my|the|your|this|that)\s+(?:application|candidacy|role|position|post|job|vacancy|shortlist"
        r"|hire|hiring|appointment)\b))"
    ),
    rf"\bthe\s+{_NAME}\s+team\s+(?:asked|requested|wanted|needed)\b",
    # a team named by its firm or by its function ("part of the Initrode team", "part of the Platform team")
    rf"\b(?:becom(?:e|ing)|be|being)\s+(?:a\s+)?part\s+of\s+the\s+{_NAME}\s+(?:team|family)\b",
]
# A firm the job deals with, not the job's employer: a partner, client, customer, supplier,
# carrier or rival named beside it ("your partnership with Maersk", "clients such as Acme",
# "Amazon as a partner").  Said just before or after the name it settles the matter; elsewhere in
# the sentence it makes the finding a warning.
_DEALINGS = (
    r"partner(?:s|ship|ships|ed|ing)?|clients?|customers?|accounts?|vendors?|suppliers?|carriers?"
    r"|resellers?|sponsors?|competitors?|rivals?|acquisition|acquired|integrations?"
)
_DEALING_WORD = re.compile(rf"\b(?:{_DEALINGS})\b", re.IGNORECASE)
# the little words between such a word and the name: "partnership with X", "clients such as X",
# "X, your largest client", "X as a partner", "X is a long-time customer"
_DEALING_GLUE = (
    r"with|such|as|like|including|incl\.|is|was|are|were|a|an|the|our|your|their|its|one|of|key|main|major|big|biggest|large"
    r"|largest|new|newest|long-time|longtime|strategic|retail|logistics|delivery|shipping|technology|tech|data|cloud"
)
_DEALING_BEFORE = re.compile(
    rf"\b(?:{_DEALINGS})(?:['’]s)?(?:,?\s(?:{_DEALING_GLUE})){{0,3}},?\s$",
    re.IGNORECASE,
)
_DEALING_AFTER = re.compile(
    rf"^(?:['’]s)?(?:,?\s(?:{_DEALING_GLUE})){{0,4}},?\s(?:{_DEALINGS})\b",
    re.IGNORECASE,
)
_DEALING_REACH = 40
# Said just after a name in a loose frame, the post a person holds ("working with Joanne as our new lead", "work
# with Sam as my line manager"): a colleague, not a firm (round 31's good blind drafts).
# (a review of round 31: only a post a person holds over the writer or beside them, with no word after it of a firm's
# part in a job, "Globex as the lead contractor", "Serco as the interim lead on the contract")
_A_PERSON_S_POST = re.compile(
    r"\s{1,3}as\s(?:our|my)\s(?:new\s|next\s|acting\s|interim\s)?(?:(?:line|team|ward|shift|section|site|store|unit)\s)?"
    r"(?:lead|manager|supervisor|colleague|boss|mentor|coordinator|co-ordinator|deputy)\b"
    r"(?![\s-]{1,3}(?:contractor|firm|company|organi[sz]ation|agency|supplier|vendor|client|provider|partner|on|for)\b)",
    re.IGNORECASE,
)
# Said just after a name in a loose frame, what the job would do for or with that firm: a client's or
# a partner's project ("work with Marsh Homes on the tenant dashboards", "contribute to Brockley
# Pharma's cold-chain rollout") or one the reader brought up ("... that your team runs", "... you
# mentioned"): a firm the job deals with, not the employer (round 12 blind batch).
_WORKED_ON = re.compile(
    # (the words between are the thing's, not a phrase that ends in it: "Orbis's mission of safer warehouses"
    # is the firm's mission, "Orbis's drivers across the depots" its drivers; round 19)
    r"(?:['’]s\s{1,3}(?:(?!(?:of|for|to|about|in|on|with|across|at|from|into|towards?|around)\s)[\w-]{1,30}\s{1,3}){0,3}?"
    r"(?:rollout|roll-out|project|projects|programme|program|migration"
    r"|launch|account|contract|sites?|build|refit|campaign|upgrade|expansion|tender|bid|integration|system|platform"
    r"|app|dashboards?|stores?|depots?|warehouses?|fleet|estate|portfolio|range|audit|pilot|data|network|trial)\b"
    r"|\s{1,3}on\s{1,3}(?:the|their|its|a|an|this|that|those|these|your)\b"
    r"|[^.;!?]{0,40}?\b(?:you\s{1,3}(?:mentioned|described|outlined|brought\s{1,3}up|talked\s{1,3}about|spoke\s{1,3}about|explained)"
    r"|your\s{1,3}(?:[\w-]{1,30}\s{1,3})?team\s{1,3}(?:is|are|was|were|has|runs|supports|serves|handles|looks\s{1,3}after)))",
    re.IGNORECASE,
)
# A name in a loose frame followed by a word in lower case that goes on the thing, not the firm
# ("contributing to Moodle plugins", "work with Power BI again", "work with Xero daily"): a product or
# a tool (round 12 batch B); the little words that go on a sentence after a firm's name do not count,
# nor the words for a firm's own work and people ("contribute to Globex projects", "Globex clients"),
# which name the firm itself.
_ATTRIBUTIVE = re.compile(
    r"\s{1,3}(?-i:(?!(?:projects?|work|clients?|customers?|staff|people|teams?|colleagues|mission|culture|"
    r"goals?|values|growth|success|future|offices?|business|vision|community|employees|patients)\b)"
    r"(?!(?:and|or|in|at|as|on|for|to|with|from|by|the|a|an|is|are|was|were|will|would|where|which|who|"
    r"that|because|since|when|if|so|but|this|these|those|next|team|family|group|one|day|soon|someday|some|very|"
    r"much|more|too|and|its|their|my|our|your|after|before|over|under|into|through|while|once|now|here|there|"
    r"someday|eventually|long|full|part|itself|myself|yourself|ourselves|is|has|have|had|can|could|should|may|"
    r"might|must|shall|do|does|did|not|I)\b)[a-z][a-z-]{1,30})\b"
)
# A team, a project or a unit named by its own name ("join Team Kestrel", "Project Atlas", "Squad
# Seven"), not a firm (round 12 batch C).
_A_UNIT = re.compile(r"(?:Team|Project|Squad|Crew|Unit|Wing|Cohort|Programme|Program|Operation)\s", re.IGNORECASE)
# Sure frames that may name no firm: "join you at X" (often the site or the office: "join you at
# Chester"), and "work for X" where X is two plain words as a person's name is ("work for Sophie
# Brandt"): there an error would be a guess, so a warning (round 12 batch C).
_MAYBE_NOT_A_FIRM = re.compile(
    r"\bjoin(?:ing)?\s+(?P<site>you\s+(?:all\s+)?at\s)|\b(?:work|working)\s+for\s", re.IGNORECASE
)
_LOOKS_LIKE_A_PERSON = re.compile(r"(?-i:[A-Z][a-z]{1,20}\s[A-Z][a-z'’-]{1,25})")
# A name followed by a number or a slash is a class, a unit or a product, not a firm ("work with
# Year 8", "Ward 7", "SAP S/4HANA").
_NUMBERED = re.compile(r"\s{0,2}(?:/|\d)")
# Frames that can only mean the writer's own next employer ("join X", "a future with X", "work for
# X"): a client named elsewhere in the sentence does not soften them.
_SURE_FRAME = re.compile(
    r"join|future|career|work\s+for|working\s+for|see|picture|imagine|envision|envisage|asset|hit|becom", re.IGNORECASE
)
# A role said as a step to come or someone else's ("the Lead Analyst role I could grow into", "the
# Analytics Manager position I'd report to", "the Team Lead role you mentioned"): a warning to check,
# never an error.
_ROLE_ELSEWHERE = re.compile(
    r"\b(?:grow(?:ing|n)?\s+into|progress(?:ion|ing)?|promot(?:ed|ion|ions)|career\s+path|ladder|eventually|one\s+day"
    r"|someday|later\s+on|in\s+(?:a|two|three|\d+)\s+(?:year|years)|report(?:s|ing)?\s+to|you\s+(?:also\s+)?mentioned"
    r"|also\s+(?:hiring|open|recruiting)|backfill|vacated|held\s+by|colleague|manager\s+I)\b",
    re.IGNORECASE,
)
# Signs that the role named is someone else's job beside the one applied for: the post the writer
# would report into, work alongside or share a rota with ("the Workshop Controller post is the one
# I'd report into", "share the rota with the Clinical Support Worker role"; round 12): no slip, so
# quiet, where a step to come ("the Lead role I could grow into") is still a warning to check.
_ROLE_OTHERS = re.compile(
    r"\b(?:report(?:s|ing|ed)?\s+(?:in)?to|line[\s-]+manag\w*|alongside|share[sd]?|sharing|works?\s+with"
    r"|working\s+with|next\s+to|sits?\s+(?:above|below|beside|under)|cover(?:s|ing)?\s+for|you\s+(?:also\s+)?mentioned"
    r"|also\s+(?:hiring|open|recruiting)|backfill|vacated|held\s+by|colleague|manager\s+I"
    # the reader's own title ("Your Ward Manager role must keep you busy", "the Head of Nursing post you
    # hold"), another post advertised or applied for after a rejection (round 12 batch B)
    r"|you\s+(?:now\s+|currently\s+)?(?:hold|held|have\s+held|took\s+on|stepped\s+into|moved\s+into)|(?:keeps?|kept|must\s+keep)\s+you"
    r"|advertis\w*|(?:have|has|I['’]ve|since|also|now|just)\s+(?:since\s+|also\s+|now\s+|just\s+)?applied\s+for)\b",
    re.IGNORECASE,
)
_ROLE_FRAMES = [
    rf"\b(?:the|this|your)\s+{_NAME}\s+(?:role|position|opening|job|vacancy|post)\b",
]
# "at the X job", "on the X job" with no word of a job title in X: a site or a client's contract, not a
# post ("the switchboard upgrade at the Parramatta job": round 17, a good voicemail was warned);
# "do well at the Payroll Officer job" still names a post.
# ... and "for the X job" (round 24: "the staircase you have on the go for the Harrogate job")
_AT_A_SITE = re.compile(r"\b(?:at|on|for)\s{1,3}$", re.IGNORECASE)
# A title written in lower case ("the senior buyer role", "I'd make a good practice manager for your
# team"): read only when its last word is a head word of a job title (vocabulary ``job-search``,
# ``titles``), compared by that word alone, and a warning at most (an adjective may sit before it).
_LOWER = r"(?P<name>(?-i:(?:[a-z][a-z-]{1,20}\s{1,3}){0,2}[a-z]{2,20}))"
_LOWER_ROLE_FRAMES = [
    rf"\b(?:the|this)\s{{1,3}}{_LOWER}\s{{1,3}}(?:role|position|opening|job|vacancy|post)\b",
    (
        rf"\b(?:I['’]d|I\s{{1,3}}would|I\s{{1,3}}could|I\s{{1,3}}will)\s{{1,3}}(?:make|be)\s{{1,3}}(?:a|an)\s{{1,3}}"
        rf"(?:(?:good|great|strong|valuable|reliable|excellent)\s{{1,3}})?{_LOWER}"
        rf"(?=\s{{1,3}}(?:for\s{{1,3}}(?:you|your|the)|at\s|here\b|on\s{{1,3}}(?:your|the)\s{{1,3}}team|in\s{{1,3}}your))"
    ),
]
# Signs that a sentence talks about the writer's own past or present job, not the one applied for.
_PAST = re.compile(
    r"\b(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:role|position|job|team|time|work|years?|employer|company|internship)\b"
    r"|\b(?:previous|former|prior|last|past|current|present|another|other|competing|similar|separate)\b"
    r"|\bI\s+(?:\w+ly\s+)?(?:worked|work|was|spent|led|built|did|managed|joined|helped|ran|launched|served|delivered|created|designed|used)\b"
    # where the writer's record began: "I began my career at X", "I started out at X", "I trained at
    # X" (round 13)
    r"|\bI\s+(?:\w+ly\s+)?(?:began|started|trained|qualified|interned|apprenticed)\b"
    # the writer's present job: "I currently lead a team at X", "I run the night shift at X"
    r"|\bI\s+(?:\w+ly\s+)?(?:lead|run|manage|head|oversee|coordinate|supervise)\b"
    r"|\bI(?:['’]ve|\s+have)\s+(?:\w+ly\s+)?been\s+(?:working|employed|based|contracting)\b"
    r"|\bI(?:['’]m|\s+am)\s+(?:\w+ly\s+|still\s+|now\s+)?(?:working|employed|based|contracting)\b"
    # someone else joining: "my partner is joining X", "she's joining X", "my friend joined X"
    r"|\b(?:he|she|they|partner|wife|husband|spouse|friend|brother|sister|son|daughter|colleague|mother|father)"
    r"(?:['’]s|\s{1,3}+(?:is|was|has|had|will\s{1,3}+be|just))?\s{1,3}+join(?:ing|ed|s)?\b"
    r"|\b(?:while|when)\s+(?:I|at)\b"
    # a job the writer has been offered, has taken or has turned down elsewhere: "I have since been
    # offered a role at X", "I've accepted a post at X" (a status check or a rejection reply; round 12)
    r"|\b(?:been|was|were|I['’]ve|I\s+have|I\s+had|I['’]d|I)\s+(?:\w+ly\s+|since\s+|now\s+|just\s+|also\s+)?"
    r"(?:offered|accepted|taken\s+up|turned\s+down|declined|signed\s+with)\b"
    # a participle of the writer's record: "Having held the Lab Technician position at X, I ..."
    r"|\bhaving\s+(?:\w+ly\s+)?(?:held|had|worked|spent|served|led|done|been|left|run)\b"
    # the reader's or a colleague's own past, not the job applied for: "you started your career at
    # X", "her years at X", "he worked at X before"
    r"|\b(?:your|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:career|years|days|stint|tenure)\b"
    # the reader's own work for a client ("Your work for Tesco's Daventry hub"), and another interview
    # the writer has elsewhere ("I have a second interview at Hallam Haulage"; round 13 batch C)
    # ... but not what the writer would bring or add to it: "bring that to your work with X", "contribute
    # to your work with X", "support your work with X" is the writer joining, a slip if X is another firm
    r"|(?<!\bto\s)(?<!\binto\s)(?<!\bsupport\s)(?<!\bsupporting\s)(?<!\bjoin\s)(?<!\bjoining\s)"
    r"\b(?:your|his|her|their)\s+(?:[\w-]+\s+)?(?:work|contracts?|projects?)\s+(?:for|with)\b"
    r"|\b(?:have|has|had|got|attending|attended)\s+(?:a|an|another|my)\s+(?:[\w-]+\s+){0,2}interviews?\s+(?:at|with)\b"
    r"|\b(?:you|he|she|they)\s+(?:\w+ly\s+)?(?:worked|started|began|spent|were|was|used\s+to|came|moved|joined|left)\b"
    # joining said as a time already past: "before joining X", "since joining X", "my first month
    # after joining X"; and time spent at a firm: "after a decade working at X", "years of work at X"
    r"|\b(?:before|since|after|upon|until|prior\s+to)\s+(?:\w+ly\s+)?joining\b"
    r"|\b(?:years?|decades?|months?|stint|spell|summers?)\s+(?:of\s+)?(?:working|work)\s+(?:at|for|with)\b"
    # ... or doing a named kind of work there, counted and said without "I" as a list of results says it ("- Five
    # years managing a 30-person team at X"; round 25, a good thank-you's bullet); not years to come ("the coming
    # years building the team at X", "Years managing stores have prepared me for the role at X")
    r"|(?:^\W{0,3}|\b(?:my|after|with|over|from|including|spent)\s+)(?:\d+|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|fifteen|twenty|several|many)\s+(?:years?|decades?|months?|seasons?)\s+(?:managing"
    r"|running|leading|supervising|teaching|coaching|nursing|building|selling|serving|designing|engineering|driving"
    r"|cooking|training|operating|overseeing)\b"
    # experience gained somewhere: "three years of post-qualifying experience in a team at X" (not
    # "bring my ten years of experience to X", which is the job to come; probe round 16)
    r"|\b(?:years?|decades?|months?)\s+of\s+(?:[\w-]+\s+){0,5}(?:experience|practice|work)\s+(?:in|at|with|on|for)\b",
    re.IGNORECASE,
)
# What the writer learned or did somewhere ("bring what I learned on the analytics team at X"):
# read only beside frames that may name another firm ("the team at X"), never beside "join X".
_OWN_EXPERIENCE = re.compile(
    r"\bI\s{1,3}+(?:learned|learnt|gained|developed|trained|studied|interned|volunteered|picked\s{1,3}+up|handled"
    r"|owned|supported|oversaw|taught|grew|held|hold|had|left)\b"
    # time served there before this move, the name inside that phrase: "After three years in the homelessness team at
    # X, I know ..." (round 33; a review of round 33: "After ten years in retail I am very interested in the role at X"
    # names the job applied for, and a sure frame after it, "... I'm excited to join X", the next employer)
    r"|\bafter\s{1,3}+(?:\w{1,20}+\s{1,3}+){0,2}(?:years?|months?|seasons?|summers?|decades?)\s{1,3}+(?:in|at|with|on)"
    r"(?:\s{1,3}+(?!(?:I|I['’]m|am|was|very|interested|excited|keen)\b)[\w'’-]{1,30}+){0,5}\s*+$",
    re.IGNORECASE,
)
# Signs just after a firm's name that the joining is over: "joining X in 2021", "X three years ago",
# "X straight out of university", "X as a graduate".
_PAST_AFTER = re.compile(
    r"(?:['’]s\s{1,3}+(?:[\w-]{1,30}+\s{1,3}+){0,2}?(?:team|site|office|offices|lab|labs|plant|campus|stand|booth))?,?\s{1,3}+"
    r"(?:(?:back\s{1,3}+)?in\s{1,3}+(?P<year>(?:19|20)\d\d)\b|since\s{1,3}+(?:(?:19|20)\d\d\b|last\s)|(?:\w{1,12}+)\s{1,3}+(?:years?|months?)\s{1,3}+ago\b"
    r"|(?:straight|right|fresh)\s{1,3}+(?:out\s{1,3}+of|from|after)\b|out\s{1,3}+of\s{1,3}+(?:university|college|school)\b"
    r"|(?:right\s{1,3}+)?after\s{1,3}+(?:university|college|school|graduating|my\s{1,3}+degree)\b"
    r"|as\s{1,3}+an?\s{1,3}+(?P<start>graduate|grad|intern|apprentice|trainee|junior|new\s{1,3}+grad)\b"
    # a relative clause that makes the job the writer's own past one: "the role at X I held for
    # three years", "the job at X that I left"
    r"|(?:that\s{1,3}+|which\s{1,3}+)?I\s{1,3}+(?:(?:currently|now|still)\s{1,3}+)?(?:held|hold|have\s{1,3}+held|had|left|did|took"
    r"|started|worked|spent|joined|led|ran|loved|am\s{1,3}+in|was\s{1,3}+in|am\s{1,3}+leaving"
    r"|turned\s{1,3}+down|declined|passed\s{1,3}+on|was\s{1,3}+offered)\b"
    r"|(?:that\s{1,3}+|which\s{1,3}+)?I['’](?:ve\s{1,3}+held|m\s{1,3}+(?:in|leaving))\b"
    # the job as the writer's schooling: "the job at X taught me reconciliation", "X gave me ..."
    r"|(?:\w+ly\s{1,3}+)?(?:taught|gave|showed|trained|prepared|helped|grounded)\s{1,3}+me\b"
    # an earlier time: "I interviewed at X last month", "an offer from X earlier this year"
    r"|last\s{1,3}+(?:week|month|year|spring|summer|autumn|fall|winter)\b|earlier\s{1,3}+this\s{1,3}+(?:year|month)\b"
    # someone's time there before the next move: "the pricing team at X before coming to Y"
    r"|before\s{1,3}+(?:coming|moving|joining|switching|heading)\b)",
    re.IGNORECASE,
)
# Where a clause starts: the past-work signs above count only in the match's own clause, so
# "my SQL work fits well, and I'm excited about joining X" still checks X.
_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|but)\b", re.IGNORECASE)
# A job someone comes from, leaves or holds is theirs already, not the one applied for: "how you
# grew from the Support Engineer role", "since I left the job at X", "I hold the Analyst post"
# (not "to hold the X position", which is the job to come).
_HELD_BEFORE = re.compile(
    r"\b(?:from|left|leaving|quit|quitting|outgrew|outgrown|held|occupied|(?:I|currently|now|still)\s{1,3}hold(?:ing)?)\s{1,3}$",
    re.IGNORECASE,
)
# A role frame followed by another firm's name ("the Junior Accountant job at Ross & Co"): a job at
# another employer, which FL208 judges by the firm; the title itself is the writer's record.
# ... or a job at someone's own firm ("the supervisor position at my current firm").
_SOMEONES_FIRM = re.compile(r"\s{1,3}(?:at|with|in)\s{1,3}(?:my|our|his|her|their)\b", re.IGNORECASE)
_AT_FIRM = re.compile(rf"\s{{1,3}}(?:at|with)\s{{1,3}}{_NAME}")
_NOT_EMPLOYERS = {
    "i",
    "you",
    "the",
    "this",
    "your",
    "our",
    "my",
    "a",
    "an",
    *WEEKDAY_NAMES,
    *MONTH_NAMES,
    "linkedin",
    # the employer's own offices, not another firm ("the role at Head Office", "picture myself at HQ")
    "head office",
    "hq",
    "headquarters",
    "main office",
    "central office",
}
# Words naming a function, a region or a shift, not a firm: "join Procurement", "the Payments
# team", "on the EMEA team", "the Customer Success team" (a name made only of them is no firm).
_FUNCTION_WORDS = frozenset(
    [
        "payments",
        "finance",
        "procurement",
        "operations",
        "ops",
        "marketing",
        "sales",
        "engineering",
        "product",
        "design",
        "data",
        "platform",
        "legal",
        "compliance",
        "hr",
        "it",
        "support",
        "customer",
        "research",
        "analytics",
        "risk",
        "treasury",
        "audit",
        "tax",
        "payroll",
        "facilities",
        "logistics",
        "infrastructure",
        "security",
        "growth",
        "brand",
        "content",
        "editorial",
        "creative",
        "digital",
        "web",
        "mobile",
        "ios",
        "android",
        "backend",
        "frontend",
        "qa",
        "devops",
        "sre",
        "emea",
        "apac",
        "latam",
        "uk",
        "us",
        "eu",
        "americas",
        "europe",
        "asia",
        "global",
        "regional",
        "national",
        "local",
        "night",
        "day",
        "weekend",
        "morning",
        "evening",
        "north",
        "south",
        "east",
        "west",
        "central",
        "core",
        "commercial",
        "retail",
        "wholesale",
        "clinical",
        "nursing",
        "admissions",
        "outreach",
        "fundraising",
        "events",
        "communications",
        "comms",
        "people",
        "talent",
        "recruitment",
        "recruiting",
        "hiring",
        "accounts",
        "billing",
        "claims",
        "underwriting",
        "trading",
        "science",
        "lab",
        "warehouse",
        "dispatch",
        "kitchen",
        "service",
        "services",
        "ward",
        "icu",
        "partnerships",
        "success",
        "onboarding",
        "pricing",
        "planning",
        "supply",
        "purchasing",
        "buying",
        "merchandising",
        "insights",
        "development",
        "business",
        "strategy",
        "quality",
        "assurance",
        "delivery",
        "field",
        "technical",
        "technology",
        "innovation",
        "management",
        "leadership",
        "executive",
        "office",
        "admin",
        "administration",
        "enablement",
        "experience",
        "relations",
        "affairs",
        "public",
        "policy",
        "governance",
        "reporting",
        "intelligence",
        "engagement",
        "community",
        "social",
        "media",
        "project",
        "projects",
        "program",
        "programme",
        "programs",
        "programmes",
        "user",
        "ux",
        "ui",
        "cloud",
        "network",
        "systems",
        "solutions",
        "service",
        "desk",
        "chain",
        "client",
        "customers",
    ]
)
# A body that runs sites under it (a trust, a district, a council, a group): a name ending in a word for
# a site ("Wyecliffe Hospital" of a hospitals trust, "Cedar Ridge Elementary" of a school district) is
# where the job is, not another employer.
_UMBRELLA_WORDS = frozenset(
    [
        "trust",
        "trusts",
        "district",
        "council",
        "authority",
        "board",
        "group",
        "schools",
        "federation",
        "partnership",
        "holdings",
        "county",
        "nhs",
        "diocese",
        "network",
        "system",
        "health",
        "services",
        "university",
    ]
)
_SITE_WORDS = frozenset(
    [
        "hospital",
        "infirmary",
        "clinic",
        "centre",
        "center",
        "school",
        "elementary",
        "primary",
        "academy",
        "college",
        "library",
        "museum",
        "branch",
        "store",
        "hotel",
        "surgery",
        "campus",
        "depot",
        "ward",
        "unit",
        "site",
        "lodge",
        "inn",
        "restaurant",
        "cafe",
        "practice",
        "home",
        "gallery",
    ]
)
# The note ties a name to the employer: "Ledgerly, your invoicing app", "Ashdown Foods, the Calder
# Group's snack business", "X, part of the Calder Group", "X (a Calder Group company)".
_TIE_AFTER = re.compile(
    r"\s{0,3}(?:,|\(|–|—|-)\s{0,3}(?:(?P<own>your|its|their)\b|(?:the|a|an|part\s{1,3}of|within|owned\s{1,3}by|one\s{1,3}of"
    r"|a\s{1,3}member\s{1,3}of|a\s{1,3}division\s{1,3}of|a\s{1,3}subsidiary\s{1,3}of)\b)(?P<rest>[^.;!?\n]{0,60})",
    re.IGNORECASE,
)
_SUFFIXES = {
    "inc",
    "inc.",
    "llc",
    "ltd",
    "ltd.",
    "corp",
    "corp.",
    "co",
    "co.",
    "gmbh",
    "plc",
    "ag",
    "sa",
    "the",
    "group",
    "company",
    "corporation",
    "limited",
    "team",
}


# Letters that no Unicode decomposition takes to a plain one ("Øresund" typed "Oresund").
_PLAIN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "þ": "th", "ı": "i"})


def fold_accents(text: str) -> str:
    """``text`` in lower case with its accents dropped, as people type a name ("Fjällräven" is
    "fjallraven", "Société" is "societe")."""
    return without_accents(text.lower().translate(_PLAIN_LETTERS))


def company_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9&]+", fold_accents(name)) if w not in _SUFFIXES}


def _same(found: str, known: str) -> bool:
    """Whether ``found`` names the firm ``known``: an abbreviation of it, a part of its name, or a
    name that shares a word with it that is more than a word of the trade ("Sunveld" or "Sunveld
    Solar" for Sunveld Energy, "Pembertons" for Pemberton Retail Group; but "Glenmoor Bakeries" is
    not "Hartley & Finch Bakeries": round 12)."""
    if abbreviates(found, known) or abbreviates(known, found):
        return True
    a, b = company_words(found) | spelled_out(found, known), company_words(known) | spelled_out(known, found)
    if not a or not b:
        return False
    if a <= b or b <= a:
        return True
    a, b = {_singular(w) for w in a}, {_singular(w) for w in b}
    return bool((a & b) - _trade_words())


def _singular(word: str) -> str:
    """A word of a firm's name without a plural or possessive "s" ("Pembertons", "Sainsburys")."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=1)
def _trade_words() -> frozenset[str]:
    """Words of a firm's name that say its trade or kind ("bakery", "water", "partner"): sharing one
    alone makes two names no more the same firm (vocabulary ``firm-names``, ``trade-words.txt``)."""
    return frozenset(load_vocabulary("firm-names").terms("trade-words"))


_MIXED_ABBREVIATION = re.compile(r"(?=(?:[a-z]{0,5}[A-Z]){2})[A-Z][A-Za-z&]{1,5}")
_NAME_PART = re.compile(r"[A-Z][a-z]*|[a-z]+|[0-9]+")


def _in_order(a: str, b: str) -> bool:
    """Whether the letters of ``a`` occur in ``b`` in the same order."""
    rest = iter(b)
    return all(c in rest for c in a)


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is an abbreviation of ``long`` ("PwC" of "PricewaterhouseCoopers", "BofA" of
    "Bank of America", "GSK" of "GlaxoSmithKline", "CWM" of "Cellworks Manufacturing"): two or more
    capitals, the first the name's first initial, its capitals among the initials of the name's words
    (or capitalised parts of words) in order, or those initials all among its capitals; and every
    letter of ``short`` found in ``long`` in order."""
    short = short.strip().replace(".", "")  # "K.E." is "KE"
    if not _MIXED_ABBREVIATION.fullmatch(short) or len(long) <= len(short):
        return False
    parts = [p for w in re.findall(r"[A-Za-z0-9]+", long) for p in _NAME_PART.findall(w)]
    parts = [p for p in parts if p.lower() not in _SUFFIXES and p.lower() not in _CONNECTORS] or parts
    initials = "".join(p[0].upper() for p in parts)
    capitals = "".join(c for c in short if c.isupper())
    if initials[:1] != capitals[:1] or not (_in_order(capitals, initials) or _in_order(initials, capitals)):
        return False
    letters = iter(long.lower())
    return all(c in letters for c in short.lower() if c.isalpha())


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_NAME_WORD = re.compile(r"[A-Za-z]+")
_CONNECTORS = {"of", "and", "for", "the", "in"}


def spelled_out(name: str, other: str) -> set[str]:
    """The words of ``other`` that an acronym in ``name`` stands for: "SRE" in "the SRE role"
    is "Site Reliability Engineer", "QA" in "QA Lead" is the "Quality Assurance" of "Quality
    Assurance Analyst" (its letters the initials of two or more words in a row of ``other``,
    small connecting words such as "of" counted or skipped)."""
    found: set[str] = set()
    acronyms = set(_ACRONYM.findall(name))
    if not acronyms:
        return found
    words = _NAME_WORD.findall(other)
    for keep_connectors in (True, False):
        run = [w for w in words if keep_connectors or w.lower() not in _CONNECTORS]
        initials = "".join(w[0].upper() for w in run)
        for acronym in acronyms:
            at = initials.find(acronym)
            while at >= 0:
                found.update(w.lower() for w in run[at : at + len(acronym)])
                at = initials.find(acronym, at + 1)
    return found - _SUFFIXES


class PlaceholderParams(Params):
    # What a slot cites when it stands in the greeting ("Dear [Interviewer Name],"): the greeting then names no
    # reader either. Elsewhere a slot cites ``cites``; both empty means the rule's whole list.
    cites: list[str] = []
    salutation_cites: list[str] = []

    def citations(self) -> list[tuple[str, list[str]]]:
        return [
            (name, items)
            for name, items in (("params.cites", self.cites), ("params.salutation_cites", self.salutation_cites))
            if items
        ]


@check_kind("placeholder", PlaceholderParams)
def placeholder(inp: CheckInput, params: PlaceholderParams) -> Iterator[RawFinding]:
    if inp.draft.template:
        return
    greeting = inp.draft.salutation
    for p in inp.draft.placeholders:
        in_greeting = greeting is not None and greeting.start <= p.start and p.end <= greeting.end
        cites = (params.salutation_cites if in_greeting else params.cites) or None
        yield RawFinding(p.start, p.end, guidance=cites, fields={"match": p.text})


class EmployerParams(Params):
    what: Literal["company", "role"] = "company"
    within: Scope = ["subject", "body"]
    frames: RegexList = []  # extra regexes with a (?P<name>...) group
    # Words that mark the context's company as a recruitment agency ("Talbot Recruitment"): a note
    # to an agency recruiter names the agency's client as the employer, which is no copy-paste slip.
    agency_words: PhraseList = []
    # Words that mark an agency only as the name's last word, less a tail such as "Partners"
    # ("Northgate Talent Partners", "Lindqvist Executive Search"; not "Bing Search Labs")
    agency_last_words: PhraseList = []
    # Regexes of what a note says only to an agency's recruiter ("thanks for putting me forward",
    # "setting up the interview with", "your client"): the names in it are the client's, like a note
    # to a company named as an agency (round 13)
    agency_signs: RegexList = []
    # Role only: words of a title that name no job ("Senior", "Remote", "Contract", "II"), and
    # groups of words that name one job ("Engineer", "Developer"); see ``role_match``.
    loose_title_words: PhraseList = []
    title_synonyms: list[PhraseList] = []
    # Company only: a word of the employer's own name written one letter off ("the Harbourfront Laurentine" for
    # Harbourfront Laurentide Hotel) is its name misspelt, a slip of spelling as well as of care; these are the
    # guidance items such a finding cites (empty: the check looks for none)
    misspelt_cites: list[str] = []


@check_kind("employer_name", EmployerParams)
def employer_name(inp: CheckInput, params: EmployerParams) -> Iterator[RawFinding]:
    known = inp.context.company if params.what == "company" else inp.context.role
    if not known:
        return
    others = list(_other_employer(inp, known, params))
    yield from others
    if params.what == "company" and params.misspelt_cites:
        # (a word already named as another employer is one finding, not two)
        for found in _misspelt_employer(inp, known, params.misspelt_cites):
            if not any(f.start < found.end and found.start < f.end for f in others):
                yield found


def _other_employer(inp: CheckInput, known: str, params: EmployerParams) -> Iterator[RawFinding]:
    """Another employer, or another role, named where the note speaks of the job applied for."""
    if params.what == "company" and _an_agency(known, params.agency_words, params.agency_last_words):
        return
    if params.what == "company" and params.agency_signs:
        said = "\n".join(p.text for p in inp.draft.paragraphs)
        if any(rx(p, re.IGNORECASE).search(said) for p in params.agency_signs):
            return
    frames = _COMPANY_FRAMES if params.what == "company" else _ROLE_FRAMES
    loose_frames = _LOOSE_COMPANY_FRAMES if params.what == "company" else []
    compiled = [(rx(f, re.IGNORECASE), False) for f in [*frames, *params.frames]]
    compiled += [(rx(f, re.IGNORECASE), True) for f in loose_frames]
    lower_frames = [rx(f, re.IGNORECASE) for f in _LOWER_ROLE_FRAMES] if params.what == "role" else []
    compiled += [(f, True) for f in lower_frames]
    titles = load_vocabulary("job-search").terms("titles") if params.what == "role" else {}
    people = {w.lower() for n in inp.names for w in n.split()} - company_words(known)
    if inp.context.company:
        people -= company_words(inp.context.company)
    if inp.context.role:
        people -= company_words(inp.context.role)
    loose_words = {w.lower() for w in params.loose_title_words}
    synonyms = [{w.lower() for w in group} for group in params.title_synonyms]
    seen: set[int] = set()
    places: dict[str, bool] = {}  # name -> whether the draft treats it as a place (one scan per name)
    sites: dict[str, bool] = {}  # name -> whether the draft names it as one of the reader's sites
    full_places: dict[str, bool] = {}  # name -> whether the draft names a place whose full name starts with it
    full_sites: dict[str, bool] = {}  # name -> whether the draft names a site whose full name starts with it
    for part in [p for name in params.within for p in inp.draft.part(name)]:
        sentences = inp.analysis.sentences(part) if part is not inp.draft.subject else [part]
        for sentence in sentences:
            elsewhere: bool | None = None  # a later role said in the sentence: read once
            dealings: list[tuple[int, int]] | None = None  # the words of dealings in the sentence: read once
            others: bool | None = None  # a sign of someone else's job in the sentence: read once
            for pattern, loose in compiled:
                for m in pattern.finditer(sentence.text):
                    name = _trim(m.group("name"))
                    start = sentence.start + m.start("name")
                    if not name or start in seen or name.lower() in _NOT_EMPLOYERS:
                        continue
                    before = sentence.text[max(0, m.start("name") - 6) : m.start("name")]
                    if _PERSON_TITLE.match(name) or _PERSON_TITLE.search(before + " "):
                        continue  # "my interview with Mr. Osei": a person, not an employer
                    if params.what == "company" and company_words(known) & company_words(
                        " ".join(_CAPITALISED.findall(sentence.text, m.start(), m.start("name")))
                    ):
                        continue  # "the Kestrel team at Leeds Arena": the employer named, then its site
                    clause = _clause_before(sentence.text, m.start("name"))
                    if loose and params.what == "company" and _employer_in_clause(sentence.text, m.start(), known):
                        continue  # "help Harrow & Finch deepen that work with Crisis": the employer's partner (round 20)
                    if _PAST.search(clause):
                        continue
                    if _OWN_EXPERIENCE.search(clause) and not _SURE_FRAME.match(sentence.text, m.start()):
                        continue
                    if _past_after(sentence.text, m.start("name") + len(name), inp):
                        continue  # "joining X in 2019", "X straight out of university": the writer's past
                    near = False
                    if params.what == "role":
                        if (
                            m.group(0).lower().endswith("job")
                            and _AT_A_SITE.search(sentence.text[max(0, m.start() - 8) : m.start()])
                            and not any(w.lower() in titles for w in name.split())
                        ):
                            continue  # "at the Parramatta job": a site
                        if _HELD_BEFORE.search(sentence.text, max(0, m.start() - 20), m.start()):
                            continue  # "grew from the Support Engineer role": a job already someone's
                        if (
                            _past_after(sentence.text, m.end(), inp)
                            or _another_firm(sentence.text, m.end(), inp.context.company, people)
                            or _SOMEONES_FIRM.match(sentence.text, m.end(), m.end() + 40)
                        ):
                            continue  # "the Support Analyst role I hold now", "the job at Ross & Co", "... at my firm"
                        if pattern in lower_frames:
                            head = name.split()[-1]
                            if head not in titles:
                                continue  # "the exciting role", "the data role": no title said
                            role = set(_title_words(known)) - loose_words
                            match = "same" if _covered(head, role, synonyms) else "other"
                        else:
                            match = role_match(name, known, loose_words, synonyms, inp.context.company)
                        if match == "same":
                            continue  # "the Analytics role" or "Sr. Data Eng" for "Senior Data Analyst"
                        near = match == "near"
                    elif _same(name, known):
                        continue
                    if company_words(name) <= people:
                        continue
                    if params.what == "company" and inp.context.role and _same(name, inp.context.role):
                        continue
                    if params.what == "role" and inp.context.company and _names_company(name, inp.context.company):
                        continue  # "the Northwind interview": the employer, not a role
                    if params.what == "company" and _a_place_cached(places, inp.draft.text, name, known):
                        continue  # "the interview at Stansted" when the note drives "from Stansted"
                    if params.what == "company" and _SHOWN_ROUND.search(
                        sentence.text, max(0, m.start("name") - 120), m.start("name")
                    ):
                        continue  # "walking me round the mill job at Shipley": a site, this mention only
                    if (
                        params.what == "company"
                        and not _POSSESSIVE_IN.search(name)
                        and _SITE_AFTER.match(sentence.text, m.start("name") + len(name))
                    ):
                        continue  # "the role at Kingmoor signal box": a site (not "Genvista's Babraham site": a firm's)
                    if (
                        params.what == "company"
                        and (len(name.split()) > 1 or _AT_A_PLACE.search(before))
                        and _looked_up(full_places, name, partial(_in_a_place_s_name, inp.draft.text, name))
                    ):
                        continue  # "the Blue Gum team" beside "Blue Gum Ranges National Park", "the role at Gatwick"
                    if params.what == "role" and _site_cached(sites, inp.draft.text, name):
                        continue  # "The Eastside position" after "the Eastside branch": where the role is
                    if _NUMBERED.match(sentence.text, m.start("name") + len(name)):
                        continue  # "work with Year 8", "SAP S/4HANA", "Ward 7": a class, a product, a unit
                    if params.what == "company" and _A_UNIT.match(name):
                        continue  # "join Team Kestrel", "Project Atlas": a team or a project by its name
                    if params.what == "company" and _a_function(name):
                        continue  # "join Procurement", "the Customer Success team": a function, not a firm
                    name_at = m.start("name")
                    site = (
                        params.what == "company"
                        and len(name.split()) == 1
                        and _looked_up(full_sites, name, partial(_in_a_site_s_name, inp.draft.text, name))
                    )
                    severity = Severity.WARNING if loose or near or site else None
                    if params.what == "company":
                        before_name = sentence.text[max(0, name_at - _DEALING_REACH) : name_at]
                        after_name = sentence.text[name_at + len(name) : name_at + len(name) + _DEALING_REACH]
                        if _DEALING_BEFORE.search(before_name) or _DEALING_AFTER.search(after_name):
                            continue  # "your partnership with Maersk", "Amazon as a partner"
                        if loose and _A_PERSON_S_POST.match(after_name):
                            continue  # "working with Joanne as our new lead": a person (round 31)
                        # (a word the frame reads itself, "the Globex hiring team", is no product's)
                        attributive = m.end("name") == m.end() and _ATTRIBUTIVE.match(after_name)
                        if loose and (_WORKED_ON.match(after_name) or attributive):
                            continue  # "work with Marsh Homes on the dashboards", "contribute to X's rollout"
                        if severity is None and _MAYBE_NOT_A_FIRM.match(sentence.text, m.start()):
                            # "join you at Chester" (a site), "work for Sophie Brandt" (a person): a
                            # warning to check, never an error (round 12 batch C)
                            frame = _MAYBE_NOT_A_FIRM.match(sentence.text, m.start())
                            trade = any(_singular(w) in _trade_words() or w in _SUFFIXES for w in name.lower().split())
                            one_word = len(name.split()) == 1
                            if (
                                frame
                                and not trade
                                and (
                                    (frame.group("site") and one_word)
                                    or (not frame.group("site") and _LOOKS_LIKE_A_PERSON.fullmatch(name))
                                )
                            ):
                                severity = Severity.WARNING
                        if not _SURE_FRAME.match(sentence.text, m.start()):
                            # (the name's own words aside: "Fenwick Partners" is no partnership)
                            if dealings is None:
                                dealings = [d.span() for d in _DEALING_WORD.finditer(sentence.text)][:8]
                            if any(not name_at <= a < name_at + len(name) for a, _ in dealings):
                                severity = Severity.WARNING
                    else:
                        if others is None:
                            others = _ROLE_OTHERS.search(sentence.text) is not None
                        if others:
                            continue  # "the post I'd report into", "the rota with the X role": someone else's job
                        if elsewhere is None:
                            elsewhere = _ROLE_ELSEWHERE.search(sentence.text) is not None
                        if elsewhere:
                            if pattern in lower_frames:
                                continue  # a title in lower case said as a step to come or someone else's: too weak to flag
                            severity = Severity.WARNING
                    seen.add(start)
                    end = start + len(name)
                    yield RawFinding(
                        start,
                        end,
                        severity=severity,
                        guidance=["G-PERSONAL"],
                        fields={"match": name, "known": known, "what": params.what},
                        suggestions=[
                            Suggestion(
                                label=f"replace with “{known}”", edits=[Edit(replacement=known, start=start, end=end)]
                            )
                        ],
                    )


MISSPELT_EMPLOYER_MIN = 6  # shorter words of a name are too near other names to call one a misspelling
# A capitalised word of the note (a possessive's "'s" apart): bounded, one pass over each part.
_CAPITAL_WORD = re.compile(r"\b[A-Z][a-zA-Z]{4,40}+\b(?!['’-]\w\w)")


# The word next to another: a blank, or a blank with "&" or "and" (bounded, read on a short window).
_NEXT_WORD = re.compile(r"[ \t]{1,3}(?:(?:&|and)[ \t]{1,3})?([^\W\d_]{1,40})")
_WORD_BEFORE = re.compile(r"([^\W\d_]{1,40})(?:[ \t]{1,3}(?:&|and))?[ \t]{1,3}\Z")


def _beside_name_word(text: str, start: int, end: int, words: set[str]) -> bool:
    """Whether the word at ``[start, end)`` stands next to one of ``words`` (the employer's other name words)."""
    after = _NEXT_WORD.match(text, end, min(len(text), end + 50))
    before = _WORD_BEFORE.search(text, max(0, start - 50), start)
    return any(m is not None and fold_accents(m.group(1)) in words for m in (after, before))


def _misspelt_employer(inp: CheckInput, known: str, cites: list[str]) -> Iterator[RawFinding]:
    """Each word of the note one letter off a word of the employer's name that no dictionary knows, written beside
    another word of that name ("the Harbourfront Laurentine" for Harbourfront Laurentide Hotel; round 27 blind
    batch): the employer's name misspelt. Only beside the name's other words: a person, a town or a firm one letter
    from a word of the name ("Milton Keynes" for Hilton Garden Inn, "McDonald's" for Mott MacDonald, "Brendan from
    the stores team" for Brennan & Sons; a review of round 27) is named right. A word of the name that is an English
    word ("Summit") is left to the spelling rule, and so is any word that is itself English, a name of the people
    in the note, another word of the name, or the name run together ("ODonnell" for O'Donnell)."""
    from followup_lint.checks.language_check import one_slip
    from followup_lint.language.harper_backend import english_words

    # the name's own words as written (for the fix), by their plain lower-case form
    own = {fold_accents(w): w for w in re.findall(r"[^\W\d_]+", known) if len(w) >= MISSPELT_EMPLOYER_MIN}
    own = {plain: w for plain, w in own.items() if not english_words([plain])}
    if not own:
        return
    words = set(re.findall(r"[a-z]+", fold_accents(known)))
    squashed = re.sub(r"[^a-z]", "", fold_accents(known))
    taken = set(words)
    taken |= {w for n in inp.names for w in re.findall(r"[a-z]+", fold_accents(n))}
    if inp.context.role:
        taken |= set(re.findall(r"[a-z]+", fold_accents(inp.context.role)))
    for part in [p for name in ("subject", "body") for p in inp.draft.part(name)]:
        for m in _CAPITAL_WORD.finditer(inp.draft.text, part.start, part.end):
            word = m.group(0)
            lower = fold_accents(word)
            if lower in taken:
                continue
            # (not the name with a letter more or less at its end: "the Laurentides", a region the firm is named for,
            # or "the Gaeltacht" beside Údarás na Gaeltachta, the name's own word in another case)
            meant = next(
                (
                    own[p]
                    for p in sorted(own)
                    if one_slip(lower, p) and not (lower.startswith(p) or p.startswith(lower))
                ),
                None,
            )
            if meant is None or lower in squashed or english_words([lower]):
                continue
            if not _beside_name_word(inp.draft.text, m.start(), m.end(), words - {meant.lower(), fold_accents(meant)}):
                continue
            yield RawFinding(
                m.start(),
                m.end(),
                guidance=cites,
                fields={"match": word, "known": known, "what": "company"},
                message=f"“{word}” looks like the employer's name misspelt: the interview was with {known}.",
                suggestions=[
                    Suggestion(
                        label=f"replace with “{meant}”", edits=[Edit(replacement=meant, start=m.start(), end=m.end())]
                    )
                ],
            )


# Capitalised words (a name's) in a frame before the name it ends on ("the Kestrel team at X").
_CAPITALISED = re.compile(r"\b[A-Z][\w&'’-]{0,40}")


def _past_after(text: str, at: int, inp: CheckInput) -> bool:
    """Whether the words from ``at`` make what precedes the writer's past ("X in 2019", "the role I
    hold now", "the job at X taught me"); a year still to come is no past, nor "as a graduate" that
    goes on to name the role applied for ("join X as a graduate surveyor" for Graduate Surveyor)."""
    past = _PAST_AFTER.match(text, at, at + 60)
    if past is None:
        return False
    if past.group("start") and inp.context.role:
        role = company_words(inp.context.role) - _STARTER_WORDS
        if role & set(re.findall(r"[a-z0-9&]+", text[past.end() : past.end() + 40].lower())):
            return False
    return not past.group("year") or int(past.group("year")) <= _this_year(inp)


# The words of "as a graduate" (a start already made, or the role's own rank).
_STARTER_WORDS = {"graduate", "grad", "intern", "apprentice", "trainee", "junior", "new"}


def _names_company(name: str, company: str) -> bool:
    """Whether ``name`` is the employer's name (or its abbreviation), not a title that shares a word
    with it ("the Northwind interview", but not "the Legal Secretary position" at Greyfriars Legal)."""
    words = company_words(name)
    return abbreviates(name, company) or (bool(words) and words <= company_words(company))


def _this_year(inp: CheckInput) -> int:
    """The year the note is sent in: a year after it is still to come ("join X in 2027")."""
    sent = inp.context.sent_at
    return sent.year if sent else date.today().year


def _stem_match(a: str, b: str) -> bool:
    """Two words of one stem: "analyst" and "analytics", "nurse" and "nursing", "copywriter" and
    "copywriting" (a shared start of four letters or more, at least seven tenths of the shorter)."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 4 and n >= 0.7 * min(len(a), len(b))


_TITLE_WORD = re.compile(r"[A-Za-z0-9&]+(?:[-‐][A-Za-z0-9&]+)*")


def _title_words(title: str) -> list[str]:
    """The words of a title in lower case, a hyphenated word joined ("Front-End" is "frontend")."""
    return [re.sub(r"[-‐]", "", w).lower() for w in _TITLE_WORD.findall(title)]


def _one_slip(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` typed with one slip: a letter dropped or doubled in, or two
    letters side by side swapped ("Manger" for Manager, "Supervsior" for Supervisor).  Only for
    words of seven letters or more with the first letter kept, and never a letter changed for
    another: "Trainee" is not "Trainer", nor "Waiter" "Writer" (round 11: a slip of one letter in
    the role is a typo, G-CORRECT, not the wrong role)."""
    if len(known) < 7 or not word or word[0] != known[0] or abs(len(word) - len(known)) > 1:
        return False
    if len(word) == len(known):
        diff = [i for i, (a, b) in enumerate(zip(word, known, strict=True)) if a != b]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == known[diff[1]]
            and word[diff[1]] == known[diff[0]]
        )
    short, long_ = (word, known) if len(word) < len(known) else (known, word)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_)))


def _covered(word: str, known: set[str], synonyms: list[set[str]]) -> bool:
    """Whether a word of a title said names a word of the known title: the same word, one of the
    same stem ("Analytics" for Analyst), a shortening ("Eng" for Engineer), the word with one slip
    of typing ("Manger" for Manager), or a synonym given."""
    for k in known:
        if word == k or _stem_match(word, k) or (len(word) >= 3 and k.startswith(word)) or _one_slip(word, k):
            return True
    return any(word in group and not group.isdisjoint(known) for group in synonyms)


def role_match(
    found: str, known: str, loose: set[str], synonyms: list[set[str]], company: str | None = None
) -> Literal["same", "near", "other"]:
    """How a title said compares with the known role.  "same" when every word of it that names a
    job names a word of the role ("Analyst" or "Sr. Data Eng" for "Senior Data Engineer", "ML
    Engineer" for "Machine Learning Engineer", "SRE" for "Site Reliability Engineer"); words of rank
    or terms ("Senior", "Remote", "Contract") and the employer's name are left aside.  "near" when
    some words match and others do not ("Sales Engineer" for "Software Engineer", "Nurse
    Practitioner" for "Registered Nurse"): another title sharing a word.  "other" when none match."""
    if abbreviates(found, known) or abbreviates(known, found):
        return "same"
    said = _title_words(found)
    skip = loose | (company_words(company) if company else set())
    words = [w for w in said if w not in skip and w not in _CONNECTORS]
    if not words:
        return "same"
    role = set(_title_words(known)) | company_words(known) | spelled_out(known, found)
    role -= loose
    acronyms = {a.lower() for a in _ACRONYM.findall(found) if spelled_out(a, known)}
    # two words that the role writes as one ("Front End" for "Frontend")
    glued = {part for a, b in pairwise(said) if a + b in role for part in (a, b)}
    hits = sum(1 for w in words if w in acronyms or w in glued or _covered(w, role, synonyms))
    if hits == len(words):
        return "same"
    return "near" if hits else "other"


def _another_firm(text: str, at: int, company: str | None, people: set[str]) -> bool:
    """Whether a role frame ending at ``at`` goes on to name a firm other than the employer ("the
    Junior Accountant job at Ross & Co"); a person ("with Ms. Okafor") is no firm."""
    m = _AT_FIRM.match(text, at, at + 80)
    if not m or not company:
        return False
    name = _trim(m.group("name"))
    if name.lower() in _NOT_EMPLOYERS or _PERSON_TITLE.match(name) or company_words(name) <= people:
        return False
    return not _same(name, company)


# words a firm's name may end with after the word that says what it does ("Northgate Talent Partners")
_NAME_TAIL = frozenset(
    {
        "partners",
        "group",
        "services",
        "solutions",
        "agency",
        "consultancy",
        "consultants",
        "associates",
        "ltd",
        "limited",
        "inc",
        "llc",
        "llp",
        "plc",
        "co",
        "company",
        "international",
        "uk",
        "usa",
        "global",
    }
)


def _an_agency(company: str, agency_words: list[str], agency_last_words: list[str] = ()) -> bool:  # type: ignore[assignment]
    """Whether ``company`` is named as a recruitment agency: one of its words is an agency word, or
    its last word (less a tail such as "Partners" or "Ltd") is one of the words that name an agency
    only there ("Lindqvist Executive Search", not "Bing Search Labs")."""
    found = [w.lower() for w in re.findall(r"[\w'’&-]+", company)]
    words = set(found)
    if any(w.lower() in words for w in agency_words):
        return True
    while found and found[-1].strip(".") in _NAME_TAIL:
        found.pop()
    return bool(found) and found[-1] in {w.lower() for w in agency_last_words}


# A personal title names a person: "the interview with Mr. Osei" is not about another employer.
_PERSON_TITLE = re.compile(rf"(?:^|\s)(?:{title_source()})\.?\s+(?=\S|$)", re.IGNORECASE)


# A place, not an employer: a name ending in a word for a place ("Stansted Airport", "Canary
# Wharf Station"), or one the draft itself treats as a place elsewhere: after a word of travel or
# dwelling and "from / in / near ..." ("the drive from Stansted", "based in Harlow", "20 minutes
# from Leeds"), after "near / outside / via", or before a word for a place ("Stansted airport").
_PLACE_WORDS = (
    "airport|station|town|city|village|area|road|street|lane|avenue|park|estate|port|harbour|harbor|"
    "terminal|junction|square|docks|wharf|services|county|district|borough|"
    # a building or a part of one, where the job is ("picture myself at Quayside House"; round 12)
    "house|building|tower|campus|court|yard|quay|plaza|hall|ward|wing|block|floor"
)
# ... but a name that ends in "Services" is far more often a firm ("Lumen Lab Services", "Lexwell Language Services";
# round 35's blind bad drafts) than a motorway's services, which the draft's own words still mark as a place
_PLACE_NAME_END = re.compile(rf"\s(?:{_PLACE_WORDS.replace('|services|', '|')})$", re.IGNORECASE)
# A site named after a name: written in lower case right after the mention ("the Trainee Signaller role at Kingmoor
# signal box"; round 28), never the end of a firm's own name, which is capitalised ("Acme Works" may be a firm); so
# only that mention is a place ("the Royal Mail sorting office" does not make "joining Royal Mail" one: a review of
# round 28)
_SITE_WORDS_AFTER = (
    "signal box|box|depot|yard|plant|works|site|branch|office|store|station|warehouse|hub|terminal|facility|base|"
    "clinic|mine|quarry|farm|substation|reservoir|sorting office|control room|distribution cent(?:re|er)"
)
_SITE_AFTER = re.compile(rf"[ \t]{{1,3}}(?:{_SITE_WORDS_AFTER})\b")
_POSSESSIVE_IN = re.compile(r"['’]s\b")
# A mention said as where ("the ramp agent role at Gatwick" beside "Gatwick Airport"; a review of round 30)
_AT_A_PLACE = re.compile(r"\b(?:at|in|near|from)[ \t]{1,3}\Z", re.IGNORECASE)
# A mention said as where the writer was shown round a job or a site ("walking me round the mill job at Shipley": a
# scaffolder's contract site; round 35's good probes): that mention only, so "joining Shipley" elsewhere is still read
_SHOWN_ROUND = re.compile(
    r"\b(?:round|around|over)[ \t]{1,3}the[ \t]{1,3}(?:[\w-]{1,30}[ \t]{1,3}){0,2}?(?:job|site|works|project)[ \t]{1,3}"
    r"(?:at|in)[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_TRAVEL = (
    r"(?:drive|drove|driving|journey|trip|commute|commuting|train|flight|flew|walk|walked|ride|bus|ferry"
    r"|travel(?:l?ed|l?ing)?|came|come|coming|moved|moving|relocat(?:e|ed|ing)|miles|minutes|mins|hours?|km"
    r"|based|live|lives|living|located|situated|route|way|down|up|back|home)"
)


def _a_place(text: str, name: str) -> bool:
    """Whether ``name`` is a place: by its last word, or by how the draft uses it elsewhere (one
    scan of the text per name found, and names found are few)."""
    if _PLACE_NAME_END.search(name):
        return True
    quoted = re.escape(name)
    cue = re.compile(
        rf"(?i:\b{_TRAVEL}\s+(?:\w+\s+)??(?:from|in|near|outside|around|via|past|through)|\b(?:near|outside|via))"
        rf"\s+{quoted}\b(?!['’]s|\s+[A-Z])"
        rf"|\b{quoted}\s+(?:{_PLACE_WORDS})\b"
        # ... or a town of an address block, a line of its own before a state, a postcode or a zip
        # ("York, PA 17402", "Harlow CM20 2DB", "Pretoria 0002": round 13)
        rf"|(?m:^[ \t]{{0,8}}(?:[\w'’.-]{{1,30}}[ \t]{{1,3}}){{0,3}}{quoted},?[ \t]{{1,3}}"
        rf"(?:[A-Z]{{2,3}}[ \t]{{1,3}}\d{{4,5}}|[A-Z]{{1,2}}\d[A-Z\d]?[ \t]{{0,2}}\d[A-Z]{{2}}|\d{{4,5}})"
        rf"(?:-\d{{4}})?[ \t]{{0,8}}$)"
    )
    return cue.search(text) is not None


def _in_a_place_s_name(text: str, name: str) -> bool:
    """Whether the note names a place whose full name starts with ``name``, in capitals, with a place word
    after it ("Blue Gum Ranges National Park"; round 28).  A site word is no such sign: a firm's own sites are
    named so ("the Royal Mail Eastfield Delivery Office", "the Arriva Bus Depot"; a review of round 29).  One
    scan of the text per name, as ``_a_place``."""
    quoted = re.escape(name)
    cue = re.compile(rf"\b{quoted}(?:[ \t]{{1,3}}[A-Z][\w'’-]{{1,30}}){{0,3}}[ \t]{{1,3}}(?i:{_PLACE_WORDS})\b")
    return cue.search(text) is not None


def _in_a_site_s_name(text: str, name: str) -> bool:
    """Whether the note names a site whose full name starts with ``name`` and a word in capitals ("the Eastfield
    Delivery Office"; round 29): the name may be the site's place ("the post at Eastfield"), or a firm whose site
    it is ("the Arriva Bus Depot"), so it only softens the finding (a review of round 29)."""
    quoted = re.escape(name)
    cue = re.compile(
        rf"\b{quoted}(?:[ \t]{{1,3}}[A-Z][\w'’-]{{1,30}}){{1,3}}[ \t]{{1,3}}(?i:{_SITE_WORDS_AFTER}|centre|center|home)\b"
    )
    return cue.search(text) is not None


#: How far back a clause is read: the signs of past work sit a few words before the name, and a
#: bound keeps a sentence of thousands of frames ("join X, join Y, ...") linear, not quadratic.
_CLAUSE_WINDOW = 240
#: How many different names one draft may have looked up as places (each lookup scans the draft):
#: a real note names a few; a crafted one with thousands would make the scans quadratic.
_MAX_PLACE_LOOKUPS = 32


def _looked_up(cache: dict[str, bool], name: str, lookup: Callable[[], bool]) -> bool:
    """``lookup()`` once per name and draft, for at most ``_MAX_PLACE_LOOKUPS`` names (beyond them, False)."""
    if name not in cache:
        if len(cache) >= _MAX_PLACE_LOOKUPS:
            return False
        cache[name] = lookup()
    return cache[name]


def _a_place_cached(places: dict[str, bool], text: str, name: str, known: str = "") -> bool:
    """``_a_place`` (or ``_tied``), looked up once per name and draft."""
    return _looked_up(places, name, lambda: _a_place(text, name) or (bool(known) and _tied(text, name, known)))


def _site_cached(sites: dict[str, bool], text: str, name: str) -> bool:
    """Whether the note names ``name`` as one of the reader's sites and ``name`` is no common word (a field
    such as "the Pharmacy site" or "the Nursing unit" names work, not a place: a review of round 22); looked
    up once per name and draft."""
    uncommon = not any(common_rank(w) is not None for w in name.lower().split())
    return _looked_up(sites, name, lambda: uncommon and _named_as_site(text, name))


# The reader's own governing bodies, named alone ("the Chapter's decision", "members of Chapter", "the Board", "the
# Trustees"; round 26 blind batch: a cathedral's chapter read as another employer). With another word they name a
# body of their own ("Digital Chambers", "the Design Council"), which may be another employer (a review of round 26).
_GOVERNING_BODIES = frozenset(
    [
        "chapter",
        "board",
        "trustees",
        "governors",
        "council",
        "senate",
        "synod",
        "vestry",
        "faculty",
        "committee",
        "panel",
    ]
)


def _a_function(name: str) -> bool:
    """Whether every word of ``name`` names a function or a region ("Procurement", "Customer
    Success", "EMEA Sales"), or it is one of the reader's governing bodies alone ("Chapter", "the Board")."""
    words = re.findall(r"[a-z&]+", name.lower())
    if words and words[0] == "the":
        words = words[1:]
    if len(words) == 1 and words[0] in _GOVERNING_BODIES:
        return True
    return bool(words) and all(w in _FUNCTION_WORDS for w in words)


_SITE_ALTERNATION = "|".join(sorted(_SITE_WORDS))


def _named_as_site(text: str, name: str) -> bool:
    """Whether the note names ``name`` as one of the reader's sites ("the Branch Librarian position at the
    Eastwood branch ... bring that experience to Eastwood": round 18; "the Eastside branch ... The Eastside
    position appeals to me": round 22); one scan of the text."""
    site = rf"\b(?:the|your|our)\s{{1,3}}{re.escape(name)}\s{{1,3}}(?:{_SITE_ALTERNATION})\b"
    return re.search(site, text, re.IGNORECASE) is not None


def _tied(text: str, name: str, known: str) -> bool:
    """Whether the note ties ``name`` to the employer ``known``: a site of an umbrella body
    ("Wyecliffe Hospital" of a hospitals trust), or an apposition that makes it the reader's own
    ("Ledgerly, your invoicing app") or part of the employer ("Ashdown Foods, the Calder Group's snack
    business"); one scan of the text per name, as ``_a_place``."""
    words = name.lower().split()
    if words and words[-1] in _SITE_WORDS and company_words(known) & _UMBRELLA_WORDS:
        return True
    known_words = company_words(known)
    if _named_as_site(text, name):
        return True
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        tie = _TIE_AFTER.match(text, m.end())
        if tie and (tie.group("own") or known_words & company_words(tie.group("rest"))):
            return True
    # the employer said to belong to the name, or the name to own it ("Brasserie Lumen belongs to
    # Halcyon Dining", "X is part of the Y group", "Y, which owns X"; round 12 batch B)
    owner = re.compile(
        rf"{re.escape(known)}(?:['’]s)?\s{{1,3}}(?:now\s{{1,3}}|also\s{{1,3}})?(?:belongs\s{{1,3}}to|is\s{{1,3}}(?:now\s{{1,3}})?"
        rf"(?:part\s{{1,3}}of|owned\s{{1,3}}by|run\s{{1,3}}by|a\s{{1,3}}(?:[\w-]{{1,30}}\s{{1,3}})?(?:brand|subsidiary|division)\s{{1,3}}of)"
        rf"|sits\s{{1,3}}(?:within|under))\s{{1,3}}(?:the\s{{1,3}})?{re.escape(name)}\b"
        rf"|{re.escape(name)}(?:['’]s)?,?\s{{1,3}}(?:which\s{{1,3}}|who\s{{1,3}})?(?:owns|runs|bought|acquired)\s{{1,3}}{re.escape(known)}",
        re.IGNORECASE,
    )
    return owner.search(text) is not None


def _employer_in_clause(text: str, end: int, known: str) -> bool:
    """Whether the employer is named, every distinctive word of its name, in capitals in the clause before
    ``end`` ("help Harrow & Finch deepen that work with Crisis"); a word it shares with a city, a surname or
    a sentence's first word ("A big thank you" for Pret A Manger, "Ms Gunn" for Hartley Gunn) is not enough."""
    wanted = company_words(known) - {"&"} - _trade_words()
    if not wanted:
        return False
    named = company_words(" ".join(_CAPITALISED.findall(_clause_before(text, end))))
    return wanted <= named


def _clause_before(text: str, end: int) -> str:
    """The text of ``text[:end]`` after the nearest comma, semicolon, "and" or "but", read at
    most ``_CLAUSE_WINDOW`` characters back."""
    start = window = max(0, end - _CLAUSE_WINDOW)
    for m in _CLAUSE_BREAK.finditer(text, window, end):
        start = m.end()
    return text[start:end]


def _trim(name: str) -> str:
    """The name without trailing punctuation or a possessive ("Monday's kickoff")."""
    return re.sub(r"['’]s$", "", name.rstrip(".'’-&").strip())


@context_hint("employer_name", ("company", "role"))
def _employer_hint(inp: CheckInput, params: EmployerParams) -> str | None:
    if params.what == "company":
        return None if inp.context.company else "pass --company (or a Company: header)"
    return None if inp.context.role else "pass --role (or a Role: header)"

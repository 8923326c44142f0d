"""A Draft: one follow-up message split into the parts the guidance talks about.

Parsing happens once, here; checks only read the result.  Every part is a ``Part`` with
code-point offsets into ``Draft.text``, so a finding can always point at the exact place.
Quoted earlier messages are located so that checks can leave them alone.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from followup_lint.greetings import opening_source, sign_off_source, title_source
from followup_lint.spans import SourceMap

# Header lines a plain-text draft may start with.  Context keys (company, role, ...) are
# accepted too so that a draft can carry its own context; see context.py.
HEADER_NAMES = {
    "subject",
    "to",
    "cc",
    "bcc",
    "from",
    "date",
    "reply-to",
    "in-reply-to",
    "purpose",
    "channel",
    "company",
    "role",
    "interviewer",
    "interviewers",
    "interview-date",
    "decision-date",
    "previous-follow-ups",
}
# Linear by construction (see tests/test_regex_audit.py): the value is runs of blanks each
# followed by a non-blank, so trailing blanks are left out without backtracking over them.
_HEADER = re.compile(r"^([A-Za-z][A-Za-z-]*+)[ \t]*+:[ \t]*+((?:[ \t]*+[^ \t])*+)[ \t]*$")
BOM = "\ufeff"
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")

_GREETING = re.compile("^" + opening_source(), re.IGNORECASE)  # the greetings vocabulary
# a greeting of a few words ended by a full stop ("Hello Mr. Adebayo. As my two emails ..."): the
# stop after a title is not the end, a longer run is a sentence, not a greeting, and so is a run
# with a word that is neither a name (capitalised), a title nor a word of address ("Hello team I
# am writing.", "Hi Sam thanks so much.")
_TITLE = title_source("abbreviation")  # "Mr", "Dr", "Rev": the greetings vocabulary
_GREETING_STOP = re.compile(
    rf"^\S+(?:\s+(?:(?:{_TITLE})\.|(?!(?:{_TITLE})\.)(?:[A-Z][^\s.?!,]*+"
    r"|(?:team|all|everyone|there|folks|sir|madam|hiring|manager|recruiter|de|da|di|van|von|der|del|la|le|bin|al)"
    r"(?=[\s.])))){1,4}(\.)(?=\s)"
)


# A greeting that addresses a group or a person with "To" ("To the team at Pine & Co.,", "To the
# hiring team at Brightwave:", "To the Brightwave recruiting team,", "To Ms. Li,", "To Ana and the team,", "To everyone
# at Bright Path,"): a short line of its
# own ended by a comma or colon, naming whom it is to; "To the team I would bring ..." is a sentence.
_ADDRESSED_TO = re.compile(
    r"^To[ \t]++(?:(?:the|our|all|every)[ \t]++[^\n?!]{0,50}?\b(?i:team|teams|committee|panel|manager|managers"
    r"|department|staff|recruiter|recruiters|recruiting|hiring|people|crew|board|partners|colleagues|folks|everyone)\b"
    rf"|(?:{_TITLE})\.?[ \t]++[A-Z]|[A-Z][\w'’-]*+[ \t]++(?:and|&)[ \t]++|(?i:everyone|everybody)\b)[^\n?!]{{0,50}}?[,:]\Z"
)
# "Ana -" or "Ana —" alone on the first line greets the reader, as "Ana," does
# (the white space is taken once, possessively: "\s*" then "[ \t]++" backtracked over a long run of spaces,
# quadratic; a dash needs a space or tab just before it, as "[ \t]++" required)
_NAME_GREETING = re.compile(r"(?<![\w.'-])[A-Z][\w.'-]*+(?: [A-Z][\w.'-]*+){0,3}\s*+(?:,|(?<=[ \t])[-–—])")


def _addressed_to(line: str) -> bool:
    """Whether the whole line is a greeting opened by "To" (see ``_ADDRESSED_TO``)."""
    return len(line) <= 70 and bool(_ADDRESSED_TO.match(line)) and not _ends_a_sentence_inside(line)


def _greeting_end(line: str) -> int | None:
    """Where a greeting that shares its line with the body ends: at the first comma, colon or "!"
    within 60 characters, else at the full stop after a greeting of a few words."""
    cut = re.search(r"[,:!]", line)
    stop = _GREETING_STOP.match(line)
    if stop and (cut is None or stop.start(1) < cut.start()):
        return stop.end(1)
    return cut.end() if cut and cut.start() <= 60 else None


_CLOSINGS = (
    "best",
    "best regards",
    "best wishes",
    "kind regards",
    "kindest regards",
    "warm regards",
    "warmest regards",
    "regards",
    "many thanks",
    "thanks",
    "thank you",
    "thanks again",
    "thank you again",
    "thanks so much",
    "thank you so much",
    "with thanks",
    "with gratitude",
    "with appreciation",
    "gratefully",
    "sincerely",
    "sincerely yours",
    "yours sincerely",
    "yours truly",
    "yours faithfully",
    # "Yours," alone: a letter's sign-off (the corpus counts it as one), here too when a blank line
    # is left under it for the signature, where a free closing must sit right above the name
    "yours",
    "respectfully",
    "respectfully yours",
    "cheers",
    "all the best",
    "warmly",
    "warm wishes",
    "cordially",
    "take care",
    "talk soon",
    "looking forward",
    "with best regards",
    "best,",
    "thx",
    "ttyl",
    "later",
    "xoxo",
    "xo",  # "xo Jess", "xo,\nJess": a card's sign-off (too casual for FL143, but a sign-off)
    # a card's affectionate sign-offs ("Lots of love,\nJess x"): too casual for a follow-up, but sign-offs
    "love",
    "lots of love",
    "much love",
    "all my love",
    "love always",
    "warm thanks",  # "With warm thanks, Grace Mwangi"
    "warmest thanks",
    "heartfelt thanks",
    "thanks a lot",
    # Indian and South Asian English's everyday sign-off (round 17: "Thanks and regards," above
    # "Pooja Venkatraman, ACA" was read as no closing and no signature)
    "thanks and regards",
    "thanks & regards",
    "thanks and best regards",
    "thanks and kind regards",
    "thanks & best regards",
    "regards and thanks",
)
_CLOSING = re.compile(
    r"^(?P<closing>(?i:(?:with\s++)?(?:"  # "With warm regards," as well as "Warm regards,"
    + "|".join(re.escape(c.rstrip(",")) for c in sorted(_CLOSINGS, key=len, reverse=True))
    + "|"
    + sign_off_source()  # "Ngā mihi", "Shalom": the greetings vocabulary
    + r")))\s*+(?P<punct>[,.!]*+)\s*+(?:[-–—]\s*+)?(?P<name>(?:[A-Z][\w.'-]*+(?:\s++[A-Z][\w.'-]*+){0,3})?)\s*$"
)
_STOCK_CLOSINGS = frozenset(c.rstrip(",") for c in _CLOSINGS)


def is_stock_closing(words: str) -> bool:
    """Whether ``words`` are one of the sign-offs the parser knows ("best regards", "xo", "cheers"),
    in any case: a sign-off the spelling backend may lack is no misspelling ("xo Jess")."""
    return " ".join(words.lower().split()) in _STOCK_CLOSINGS


# Capital letters of the Latin alphabets, accented ones included: names begin with "Ó", "Ś" or "Ž" too.
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and len(c.lower()) == 1)
# A closing in the writer's own words: a short capitalised phrase ending in a comma (at most eight
# words, and a comma only before an "and" that joins a second sign-off: "Diolch yn fawr, and kind
# regards,"; "Thank you again for your time, Sarah," speaks to someone, and FL134 reads it), directly above the name.
_FREE_CLOSING = re.compile(rf"^[{_UPPER}][\w'’-]*+(?: [\w'’-]++){{0,7}}(?:, and(?: [\w'’-]++){{1,4}})?,\Z")
# ... or a sign-off in two languages joined by a slash, one side a stock closing ("Diolch yn fawr / With many
# thanks,"; round 32); a slash line of other words ("Mobile / WhatsApp,") is none (a review of round 32)
_TWO_SIDES = re.compile(rf"^(?P<one>[{_UPPER}][\w'’ -]{{0,40}}?) ?/ ?(?P<two>[{_UPPER}][\w'’ -]{{0,40}}?),\Z")


def _free_closing(line: str) -> bool:
    """Whether ``line`` is a sign-off in the writer's own words (see ``_FREE_CLOSING`` and ``_TWO_SIDES``)."""
    if _FREE_CLOSING.fullmatch(line):
        return True
    sides = _TWO_SIDES.fullmatch(line)
    return sides is not None and any(_CLOSING.fullmatch(sides[k].strip() + ",") for k in ("one", "two"))


# Lower-case particles of family names from many languages: "van der Berg", "de la Cruz", "bin Rashid",
# "dos Santos", "ter Horst", "al Amin".  Between two capitalised words they belong to a name.
NAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "ter", "ten", "de", "da", "di", "del", "della", "dos", "das", "du", "le", "la"}
    | {"bin", "binti", "binte", "bint", "ibn", "al", "el", "ap", "af", "zu", "y"}
)
_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + ")"
# A signature's name: up to four capitalised words, a one-letter particle among them ("Cormac Ó Dónaill"), and up
# to two lower-case particles before each ("Nur Aisyah binte Rahmat", "Pieter van der Berg"; round 27 blind
# batch: "Thank you and best regards," above a name with "binte" was read as no closing and no signature).
_NAME_LINE = re.compile(rf"(?<![\w.'-])[{_UPPER}][\w.'-]++(?: (?:{_PARTICLE} ){{0,2}}[{_UPPER}][\w.'-]*+){{0,3}}")
_QUOTE_INTRO = re.compile(
    # Gmail's and Outlook's forwarded-message rules and Apple Mail's "Begin forwarded message:" open the
    # forwarded mail too (round 18: the rule line was left as the note's last line, and its signature lost)
    r"^\s*+(?:On\s.{3,200}?\bwrote:|-{2,}+\s*+(?:Original|Forwarded) message\s*+-{2,}|Begin forwarded message:"
    r"|_{8,}+\s*$|From:\s.*<[^<>@]+@[^<>]+>)",
    re.IGNORECASE,
)
# Outlook quotes the earlier message under a header block whose "From:" may carry a name alone
# ("From: Martin Okoye" then "Sent: Thursday, 21 May 2026 10:32"): a From: line with a Sent: or Date:
# line right under it starts the quote.
_QUOTE_FROM = re.compile(r"^\s*+From:[ \t]++\S", re.IGNORECASE)
_QUOTE_SENT = re.compile(r"^\s*+(?:Sent|Date):[ \t]++\S", re.IGNORECASE)
_QUOTE_TO = re.compile(r"^\s*+(?:To|Subject|Cc):[ \t]", re.IGNORECASE)
_SIGNATURE_DELIMITER = re.compile(r"^--\s?$")


def _outlook_block(lines: list[tuple[int, int, str]], k: int) -> bool:
    """Whether line ``k`` opens an Outlook header block: "From:", then "Sent:" or "Date:", then a "To:",
    "Cc:" or "Subject:" line within the next three ("From: Manchester Piccadilly", "Date: 12 June" in
    travel details is no quote)."""
    if not (_QUOTE_FROM.match(lines[k][2]) and k + 1 < len(lines) and _QUOTE_SENT.match(lines[k + 1][2])):
        return False
    return any(_QUOTE_TO.match(line[2]) for line in lines[k + 2 : k + 5])


# Placeholder styles left in templates: {{ x }}, {x}, ${x}, $X, [Company Name], [specific topic],
# <ROLE>, <insert company here>, %(x)s, %X%, (company name), COMPANY NAME, XXX, TBD, TODO, ___.  A lower-case [bracket] or <bracket>
# counts only when it holds a slot word ("[link]", "[specific topic]", "<company name>"), so "[sic]",
# "[1]" or an HTML tag such as "<br>" do not; "$100" and "US$" do not match.
_SLOT_WORDS = (
    "name|company|role|position|title|job|date|day|time|topic|subject|link|url|specific|details?|"
    "project|skills?|example|insert|interviewer|manager|recipient|team|department|location|phone|email|"
    "number|reason|something|relevant|their|achievements?|accomplishments?|needs?|goals?|challenges?|"
    "discussed|mentioned|qualifications?|strengths?|results?|industry|field"
)
# Words that make a longer lower-case bracket a slot: a template's "mentioned", "discussed", "specific"
_LONG_SLOT_WORDS = "mentioned|discussed|specific|insert|relevant|name|names"
# The imperatives a template uses to tell its user what to write in a slot.
_INSTRUCTION = (
    "insert|add|mention|include|enter|describe|reference|fill in|paste|specify|personali[sz]e|replace|"
    "explain|highlight|list|note down"
)
# In round brackets fewer: an aside may open with a noun ("(highlight of my week)", "(reference attached)").
_ROUND_INSTRUCTION = "insert|add|mention|include|enter|describe|fill in|paste|specify|personali[sz]e"
# Nearly every branch starts with a literal character, so the regex engine skips most positions
# in one fast scan; the slot names in capitals start with a look-behind and are tried at each
# position, but every branch is bounded: linear (measured 2026-12-04: 900 KB of "!" in 0.4 s, of
# "[[" or "<<" in 7 s, as before this round's merge tags).
PLACEHOLDER = re.compile(
    r"\{\{-?[^\S\n]{0,20}+[^{}\n]{1,60}?\s{0,20}-?\}\}"  # {{ name }}
    r"|\{%-?[^{}\n]{1,80}?-?%\}"  # {% if %} tags
    r"|\{[A-Za-z_][\w.]{0,40}\}"  # {name}
    r"|\$\{[A-Za-z_][\w.]{0,40}\}"  # ${name}
    r"|\$(?<![\w$]\$)[A-Za-z_][A-Za-z0-9_]{1,40}\b"  # $TOPIC
    r"|%\([A-Za-z_]\w{0,40}\)[sd]"  # %(name)s
    # a word may hold ' / - itself, so only a blank or _ separates words: one way to split, linear
    # (not a call script's stage direction: "[Voicemail]", "[Pause]", "[If no answer]", "[After the beep]"; round 24;
    # "[Voicemail on Tom Nguyen's mobile]": round 28)
    r"|\[(?!(?i:voicemail(?: (?:script|message|version))?(?: (?:on|to|for|left (?:on|for|with)|at|via)\b[^\]\n]{1,60})?|pause|beat|beep|wait|tone|breathe|smile|smiling|answerphone|no answer|live call"
    r"|on voicemail|end of (?:call|message)|hang up|hangs up|rings?|ringing"
    r"|(?:if|after the (?:beep|tone)|leave (?:a )?message)\b[^\]\n]{0,60})\])"
    r"(?:[A-Z][A-Za-z'/-]*+|(?:your|the|insert|name|company|role|position|date)(?:[/-][A-Za-z'/-]*+)?)"
    r"(?:[ _][A-Za-z'/-]++){0,4}+\](?!\()"  # [Company Name], [your name]
    rf"|\[(?=[a-z'/-])(?=[^\[\]\n]{{0,60}}\b(?:{_SLOT_WORDS})\b)[a-z'/-]++(?:[ _][A-Za-z'/-]++){{0,4}}+\](?!\()"  # [specific topic]
    # ... and a longer one, up to eight words, only when it reads as a template's: "[the client project Mr Osei
    # mentioned]" (round 35), not an aside such as "[updated last week with the bridge project photos]"
    rf"|\[(?=[a-z'/-])(?=[^\[\]\n]{{0,80}}\b(?:{_LONG_SLOT_WORDS})\b)[a-z'/-]++(?:[ _][A-Za-z'/-]++){{5,7}}+\](?!\()"
    r"|<(?:[A-Z][A-Z_ ]{1,30}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})>"  # <ROLE>, <Role>, <Hiring Manager>
    rf"|<(?=[a-z'/-])(?=[^<>\n]{{0,60}}\b(?:{_SLOT_WORDS})\b)[a-z'/-]++(?:[ _][A-Za-z'/-]++){{0,4}}+>"  # <insert company here>
    r"|X(?<!\wX)X{2,}\b|T(?<!\wT)(?:BD|K|ODO)\b"  # XXX, TBD, TK, TODO
    r"|_(?<!\w_)_{2,}(?!\w)"  # ___ (a line of underscores alone is a separator, skipped below)
    # a slot in round brackets holds only a slot's name ("(company name)", "(insert role)"), so an
    # aside that mentions a project or a name "(the project I mentioned)" is prose
    r"|\((?i:insert [A-Za-z' -]{1,40}|(?:company|role|position|job|interviewer|hiring manager|recipient|your|their)"
    r"(?: name| title)|(?:name|date|title))\)"
    # an instruction to the writer in brackets, of any length ("[Insert a detail from the conversation
    # here.]", "(mention a topic you discussed)", "(specific project they mentioned)"): bracketed prose
    # rarely opens with an imperative of writing, nor a round aside with "specific" before a slot's noun
    rf"|\[(?i:{_INSTRUCTION})\b[^\[\]\n]{{0,150}}\]"
    rf"|\((?i:{_ROUND_INSTRUCTION})\s[^()\n]{{1,100}}\)"
    # a note to self left in, asking itself ("(say something about the churn dashboard at Brightwater??)"; round 28):
    # not an aside ("(talk about a baptism of fire!)") nor a cue in a call script ("(Remember to say it slowly.)")
    r"|\((?i:say something|talk about|remember to|don't forget to|do not forget to|note to self)\b[^()\n?]{1,100}\?+\)"
    r"|\((?i:specific|relevant|particular)\s(?=[^()\n]{0,60}\b(?i:topic|project|detail|details|skill|skills|example"
    r"|point|achievement|thing|name|company|role|challenge|goal|experience|fact|initiative|accomplishment)\b)[^()\n]{1,80}\)"
    r"|%[A-Za-z_][A-Za-z0-9_]{1,40}%"  # %COMPANY%
    # other merge-tag styles: #COMPANY#, *|FNAME|* (mailing tools), [[name]], <<Company>>
    r"|#[A-Z][A-Z0-9_]{1,40}#"
    r"|\*\|[A-Z][A-Z0-9_:]{0,40}\|\*"
    r"|\[\[[A-Za-z_][\w .'-]{0,40}\]\]"
    r"|<<[A-Za-z_][\w .'-]{0,40}>>"
    # a slot's name in capitals ("COMPANY NAME", "ROLE TITLE"), not shouting in general
    r"|(?<![A-Za-z])(?:COMPANY|ROLE|POSITION|JOB|INTERVIEWER|MANAGER|RECIPIENT|YOUR)[ _](?:NAME|TITLE)\b"
    # an instruction in capitals ("INSERT ROLE", "ENTER COMPANY", "ADD NAME HERE"), or a slot's name
    # with "HERE" ("NAME HERE"); "the INSERT statements" is no slot
    r"|(?<![A-Za-z])(?:INSERT|ENTER|ADD)[ _][A-Z]{2,}+(?:[ _][A-Z]{2,}+){0,3}\b"
    r"|(?<![A-Za-z])(?:COMPANY|ROLE|POSITION|JOB|NAME|TITLE|DATE|TOPIC)[ _]HERE\b",
)
_RULE_LINE = re.compile(r"^[ \t]*[_\-=]+[ \t]*$")
# An address just before a bracket ("https://example.com/deck.pdf [PDF]"): the bracket labels it.
_AFTER_URL = re.compile(r"(?:https?://|www\.)[^\s\[\]]{1,300}+[ \t]{0,3}+\Z")


@dataclass(frozen=True)
class Part:
    """A span ``[start, end)`` of the draft text, with that text."""

    start: int
    end: int
    text: str

    def __bool__(self) -> bool:
        return self.end > self.start


@dataclass(frozen=True)
class Header:
    name: str  # lower-case
    value: str
    line: Part  # the whole header line
    value_part: Part


READER_KEYS = frozenset({"reader", "reader-warning", "content-type", "template-variables"})


@dataclass
class Reading:
    """What the reader found while turning the file into text (kept apart from front matter)."""

    reader: str | None = None  # the reader's name: txt, md, html, eml, jinja
    warnings: list[str] = field(default_factory=list)  # where it had to guess; notices FL910
    content_type: str | None = None  # the MIME type of the part read (e-mail)
    template_variables: list[str] = field(default_factory=list)  # a Jinja template's variables


@dataclass
class Draft:
    """One parsed follow-up draft."""

    text: str
    path: str | None = None
    label: str | None = None
    source_map: SourceMap | None = None
    headers: dict[str, Header] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)  # front matter (header-like keys), lower-case
    subject: Part | None = None
    salutation: Part | None = None
    paragraphs: list[Part] = field(default_factory=list)
    closing: Part | None = None
    signature: Part | None = None
    quoted: list[Part] = field(default_factory=list)
    preamble: Part | None = None  # a letter's address block and date line, before the greeting
    content_start: int = 0  # first offset after the header block
    content_end: int = 0  # where quoted earlier messages begin (or the end)
    placeholders: list[Part] = field(default_factory=list)
    template: bool = False
    reading: Reading = field(default_factory=Reading)

    def __post_init__(self) -> None:
        if self.source_map is None:
            self.source_map = SourceMap.identity(self.text)
        self.add_meta({})

    def add_meta(self, meta: dict[str, str]) -> None:
        """Add keys a reader found: its own notes go to ``reading``, the rest to ``meta``."""
        merged = {**self.meta, **meta}
        self.meta = {k: v for k, v in merged.items() if k not in READER_KEYS}
        if "reader" in merged:
            self.reading.reader = merged["reader"]
        if merged.get("reader-warning"):
            self.reading.warnings.append(merged["reader-warning"])  # the reader joined several with "; "
        if "content-type" in merged:
            self.reading.content_type = merged["content-type"]
        if merged.get("template-variables"):
            self.reading.template_variables = [v.strip() for v in merged["template-variables"].split(",") if v.strip()]

    # --- convenient views -------------------------------------------------------------
    @property
    def body(self) -> Part:
        """From the first to the last body paragraph (an empty Part where the body belongs)."""
        if not self.paragraphs:
            at = self.body_anchor
            return Part(at, at, "")
        start, end = self.paragraphs[0].start, self.paragraphs[-1].end
        return Part(start, end, self.text[start:end])

    @property
    def body_anchor(self) -> int:
        """Where the body starts, or would start if it were written."""
        if self.paragraphs:
            return self.paragraphs[0].start
        if self.salutation:
            return _next_line_start(self.text, self.salutation.end)
        return _skip_blank(self.text, self.content_start)

    @property
    def signature_anchor(self) -> int:
        """Where a closing and signature belong: after the body."""
        if self.closing:
            return self.closing.start
        if self.signature:
            return self.signature.start
        return self.body.end if self.paragraphs else self.body_anchor

    def overlaps_placeholder(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a template slot.  The slots are sorted and do not
        overlap, so the last one starting before ``end`` decides: a bisection, not a scan per
        question (a draft of thousands of slots and findings stays linear)."""
        slots = self.placeholders
        i = bisect.bisect_left(slots, end, key=lambda p: p.start)
        return i > 0 and slots[i - 1].end > start

    def header(self, name: str) -> str | None:
        h = self.headers.get(name.lower())
        if h is not None:
            return h.value
        return self.meta.get(name.lower())

    @property
    def postscripts(self) -> list[Part]:
        """Postscripts below the signature: a paragraph of the signature block that opens with "P.S.", from the
        marker to the end of its sentence's last line (a wrapped line goes on; a line that ends a sentence ends it,
        so a footer after it is no part of it). The hostile-tone rules read them (part ``postscript``; round 26:
        "P.S. ... a short text when you are running forty minutes late would have been appreciated" went unread);
        the rest of the signature is the writer's details, not words to the reader."""
        sig = self.signature
        if sig is None or "S" not in sig.text:
            return []
        found = []
        text = sig.text
        for m in _POSTSCRIPT_START.finditer(text):
            at = before = m.start()
            while before > 0 and text[before - 1] in " \t":
                before -= 1
            if text[max(before - 2, 0) : before] != "\n\n":
                continue  # not a paragraph of its own: "P. S. Raghavan" on the name line is initials
            line_end = text.find("\n", at)
            end = len(text) if line_end < 0 else line_end
            if _INITIALS_NAME.fullmatch(text[m.end() : end].strip()):
                continue  # "P.S. Krishnamurthy" alone on a line: a name with its initials
            line_start = at
            # a wrapped sentence goes on to the next line; a line that ends a sentence, or a blank line, ends it
            while end < len(text) and not text[line_start:end].rstrip().endswith((".", "!", "?", ")")):
                nxt = text.find("\n", end + 1)
                nxt = len(text) if nxt < 0 else nxt
                following = text[end + 1 : nxt].strip()
                if not following or _FOOTER_START.match(following):
                    break  # a blank line, or a footer's heading in capitals ("DISCLAIMER", "CONFIDENTIALITY NOTICE")
                line_start, end = end + 1, nxt
            body = text[at:end].rstrip()
            found.append(Part(sig.start + at, sig.start + at + len(body), body))
        return found

    def part(self, name: str) -> list[Part]:
        """Parts by name: subject, salutation, body, paragraphs, closing, signature, all."""
        single = {
            "subject": self.subject,
            "preamble": self.preamble,
            "salutation": self.salutation,
            "closing": self.closing,
            "signature": self.signature,
        }
        if name in single:
            p = single[name]
            return [p] if p else []
        if name in ("body", "paragraphs"):
            return list(self.paragraphs)
        if name == "message":  # salutation + body + closing: what the reader reads as the note
            return [p for p in (self.salutation, *self.paragraphs, self.closing) if p]
        if name == "postscript":  # a P.S. below the signature (read by the hostile-tone rules)
            return self.postscripts
        if name == "all":
            return [
                p
                for p in (self.subject, self.preamble, self.salutation, *self.paragraphs, self.closing, self.signature)
                if p
            ]
        raise ValueError(f"unknown draft part {name!r}")


def _next_line_start(text: str, offset: int) -> int:
    m = re.compile(r"\r\n|\r|\n").search(text, offset)
    return m.end() if m else len(text)


def _skip_blank(text: str, offset: int) -> int:
    m = re.compile(r"[ \t\r\n]*").match(text, offset)
    at = m.end() if m else offset
    return at if at < len(text) else min(offset, len(text))


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end-without-break, line text) for every line."""
    out: list[tuple[int, int, str]] = []
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        raw = m.group(0)
        content = raw.rstrip("\r\n")
        out.append((m.start(), m.start() + len(content), content))
    return out


def _part(text: str, start: int, end: int) -> Part:
    """A Part with surrounding whitespace trimmed off."""
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    s, e = start + lead, end - trail
    if e < s:
        e = s
    return Part(s, e, text[s:e])


#: A sentence ending inside a line: "?" or a full stop followed by more text; a title's full stop
#: ("Ms.", from the titles vocabulary) is matched first, so it ends nothing.
_INLINE_SENTENCE_END = re.compile(rf"\b(?:{title_source('abbreviation')})\.|([.?])\s+\S")


def _ends_a_sentence_inside(line: str) -> bool:
    return any(m.group(1) for m in _INLINE_SENTENCE_END.finditer(line))


def parse_draft(
    text: str,
    *,
    path: str | None = None,
    label: str | None = None,
    source_map: SourceMap | None = None,
    meta: dict[str, str] | None = None,
    template: bool = False,
    parse_headers: bool = True,
) -> Draft:
    """Split ``text`` into headers, salutation, body paragraphs, closing, signature and quotes."""
    draft = Draft(text=text, path=path, label=label, source_map=source_map, meta=dict(meta or {}), template=template)
    lines = _lines(text)
    if lines and text.startswith(BOM):  # a byte-order mark is no content, but offsets count it
        start, end, content = lines[0]
        lines[0] = (start + 1, end, content[1:])
    i = 0
    # leading blank lines
    while i < len(lines) and not lines[i][2].strip():
        i += 1
    if parse_headers:
        j = i
        while j < len(lines):
            m = _HEADER.match(lines[j][2])
            if not m or m.group(1).lower() not in HEADER_NAMES:
                break
            start, end, _ = lines[j]
            name = m.group(1).lower()
            vstart = start + m.start(2)
            vend = start + m.end(2)
            draft.headers.setdefault(
                name, Header(name, m.group(2), Part(start, end, text[start:end]), Part(vstart, vend, text[vstart:vend]))
            )
            j += 1
        if j > i:
            i = j
    if "subject" in draft.headers:
        draft.subject = draft.headers["subject"].value_part
    draft.content_start = lines[i][0] if i < len(lines) else len(text)

    # quoted earlier messages: an intro line to the end, and any '>' lines
    content_end = len(text)
    for k in range(i, len(lines)):
        if _QUOTE_INTRO.match(lines[k][2]) or _outlook_block(lines, k):
            content_end = lines[k][0]
            draft.quoted.append(Part(lines[k][0], len(text), text[lines[k][0] :]))
            break
    draft.content_end = content_end
    body_lines: list[tuple[int, int, str]] = []
    for start, end, content in lines[i:]:
        if start >= content_end:
            break
        if content.lstrip().startswith(">"):
            draft.quoted.append(Part(start, end, content))
            body_lines.append((start, end, ""))  # a quote separates paragraphs
            continue
        body_lines.append((start, end, content))
    draft.quoted.sort(key=lambda p: p.start)

    nonblank = [k for k, ln in enumerate(body_lines) if ln[2].strip()]
    if not nonblank:
        _find_placeholders(draft)
        return draft
    first = nonblank[0]
    first = _after_letterhead(body_lines, nonblank, draft, text)
    body_from = first
    # salutation: a greeting line, or "Name," alone on the first line
    fs, fe, fc = body_lines[first]
    stripped = fc.strip()
    lead = len(fc) - len(fc.lstrip())
    if _GREETING.match(stripped):
        # a title's full stop ("Good afternoon, Ms. Adebayo,") ends no sentence
        if len(stripped) <= 60 and not _ends_a_sentence_inside(stripped):
            draft.salutation = _part(text, fs, fe)
            body_from = first + 1
        else:
            greeting_end = _greeting_end(stripped)
            if greeting_end is not None:
                draft.salutation = _part(text, fs + lead, fs + lead + greeting_end)
                body_from = first  # the rest of the line is body
    elif _NAME_GREETING.fullmatch(stripped) or _addressed_to(stripped):
        draft.salutation = _part(text, fs, fe)
        body_from = first + 1

    # closing and signature, searched upwards through the last few non-blank lines; a "-- "
    # delimiter starts a signature, and a closing may still stand above it
    sig_from: int | None = None
    last_line_end = body_lines[nonblank[-1]][1]
    tail = [k for k in nonblank if k >= body_from][-8:]
    for k in reversed(tail):
        s, e, c = body_lines[k]
        if _SIGNATURE_DELIMITER.match(c) and sig_from is None:
            below = [n for n in nonblank if n > k]
            if below:
                draft.signature = _part(text, body_lines[below[0]][0], last_line_end)
            sig_from = k
            continue
        plain = _plain_spaces(c)  # "Best\u00a0wishes," pasted from a web page is a closing too
        m = _CLOSING.match(plain.strip()) if len(plain.strip()) <= 60 else None  # a closing is short: cap first
        if m:
            cl = len(c) - len(c.lstrip())
            if m.group("name").strip():
                draft.closing = _part(text, s + cl, s + cl + m.end("punct"))
                draft.signature = _part(text, s + cl + m.start("name"), last_line_end)
            else:
                draft.closing = _part(text, s, e)
                after = [n for n in nonblank if n > k]
                if after:
                    draft.signature = _part(text, body_lines[after[0]][0], last_line_end)
            sig_from = k
            break
    if sig_from is None:
        sig_from = _guess_signature(body_lines, nonblank, body_from, draft, text)

    # body paragraphs between salutation and closing/signature
    end_idx = sig_from if sig_from is not None else len(body_lines)
    para: list[tuple[int, int, str]] = []
    start_offset = draft.salutation.end if (draft.salutation and body_from == first) else None
    for k in range(body_from, end_idx):
        s, e, c = body_lines[k]
        if start_offset is not None and k == first:
            s = start_offset
            c = text[s:e]
        if c.strip():
            para.append((s, e, c))
        elif para:
            draft.paragraphs.append(_part(text, para[0][0], para[-1][1]))
            para = []
    if para:
        draft.paragraphs.append(_part(text, para[0][0], para[-1][1]))
    draft.paragraphs = [p for p in draft.paragraphs if p]
    _find_placeholders(draft)
    return draft


# Lines a letter's heading may run to before the greeting: the sender's address with phone and e-mail
# (up to 7), the date, the reader's name, title, firm and address (up to 8), a reference line. Twelve was
# too few for a full British letter (round 17: four of ten letters lost their greeting); past twelve,
# every line above must read as an address, a date or a reference, not a sentence (a review of round 17:
# a body of short lines above a paragraph opening "Hi-vis, boots ..." was taken for a heading).
LETTERHEAD_MAX_LINES = 20
LETTERHEAD_LOOSE_LINES = 12


def _after_letterhead(body_lines: list[tuple[int, int, str]], nonblank: list[int], draft: Draft, text: str) -> int:
    """A printed letter opens with address and date lines before its greeting: when the first
    line is no greeting but one follows within a few short lines, those lines are the preamble."""
    first = nonblank[0]
    opening = body_lines[first][2].strip()
    if _GREETING.match(opening) or _addressed_to(opening) or _NAME_GREETING.fullmatch(opening):
        return first  # "Aroha," or "Ms. Okafor," alone on the first line greets the reader
    for i, k in enumerate(nonblank[1 : LETTERHEAD_MAX_LINES + 1], start=1):
        line = body_lines[k][2].strip()
        greets = (_GREETING.match(line) and len(line) <= 60) or _addressed_to(line)
        if greets and not body_lines[k - 1][2].strip():
            before = [n for n in nonblank if n < k]
            strict = i > LETTERHEAD_LOOSE_LINES
            if all(
                _letterhead_line(body_lines[n][2].strip()) and (not strict or _address_like(body_lines[n][2].strip()))
                for n in before
            ):
                draft.preamble = _part(text, body_lines[first][0], body_lines[before[-1]][1])
                return k
            return first
    return first


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# a word with a full stop after it, read from the word's start ("Ph.D." whole); possessive, so linear
_STOPPED_WORD = re.compile(r"(?<!\S)([^\s.]++(?:\.[^\s.]++)*+)\.(?=\s|$)")
_SHORT_FORM = re.compile(r"[A-Z][\w.'-]{0,4}")  # "Co", "Capt", "S.A", "Ltd", "St", "Ph.D"


def _address_like(line: str) -> bool:
    """Whether a heading line reads as an address, a date, a phone or a reference rather than a
    sentence: no "!" or "?", and a full stop only after a short form with a capital ("Co. Louth",
    "Capt. Kallergis", "Kallisti Maritime S.A."), never after a word in lower case ("notice.")."""
    if "!" in line or "?" in line:
        return False
    return all(_SHORT_FORM.fullmatch(m.group(1)) for m in _STOPPED_WORD.finditer(line))


# A line wholly in brackets above the greeting describes the paper, not the note ("[yellow construction paper,
# edges cut with pinking shears, written in purple marker; gold star stickers round the border]"): heading, at
# any length a description runs to (round 12, channel12: such a card lost its greeting to the body)
_DESCRIBED = re.compile(r"\[[^\[\]\n]{1,400}\]|\([^()\n]{1,400}\)")


def _letterhead_line(line: str) -> bool:
    """A line of a letter's heading: short, a longer line of details that is no sentence (an
    address, phone and e-mail joined by separators: "19 Orchard Row, Tiverton · 07700 900 771"), or a
    line wholly in brackets that describes the paper."""
    if len(line) <= 60:
        return True
    if len(line) <= 400 and _DESCRIBED.fullmatch(line):
        return True
    if len(line) > 120:
        return False
    return not _SENTENCE_END.search(line.replace("Mr.", "Mr").replace("Ms.", "Ms").replace("Dr.", "Dr"))


_POSTSCRIPT = re.compile(r"(?i)p\.?\s?s\.?(?=[\s:,-])")
# a postscript's first line in a signature block: "P.S. ...", "PS: ...", "P. S. ...", or a bare "PS" before the
# words a postscript opens with ("PS I attached ..."); not a firm's initials ("PS Marine Ltd")
# what follows the marker when the line is a name with its initials ("P.S. Krishnamurthy", "P. S. Raghavan Iyer")
_FOOTER_START = re.compile(r"[A-Z]{4,}\b")
_INITIALS_NAME = re.compile(r"[A-Z][a-z'’-]{1,30}(?: [A-Z][a-z'’-]{1,30}){0,2}")
_POSTSCRIPT_START = re.compile(
    r"^[ \t]*+(?:P\.[ \t]?S\.?(?!\w)|P\.P\.S\.?|PS\.|PS[ \t]*+[:–-]|PS(?= (?:I|I'm|I've|I'd|Thanks|Thank|Just|Also|Sorry|Hope|Please|It|My|Your|You|We|Great|Looking|One|And|By)\b))",
    re.MULTILINE,
)


# No-break and other fixed-width spaces, as text pasted from a web page or a word processor carries them:
# read as plain spaces where a line's shape is matched (one character for one, so offsets hold).
_FIXED_SPACES = str.maketrans(
    dict.fromkeys("\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a", " ")
)


def _plain_spaces(line: str) -> str:
    """The line with fixed-width spaces as plain ones, the same length (see ``_FIXED_SPACES``)."""
    return line.translate(_FIXED_SPACES)


def _guess_signature(
    body_lines: list[tuple[int, int, str]], nonblank: list[int], body_from: int, draft: Draft, text: str
) -> int | None:
    """Without a closing line: a last block of 1-4 short lines that starts with a name."""
    if len(nonblank) < 2:
        return None
    last = nonblank[-1]
    k = last
    while k - 1 >= body_from and body_lines[k - 1][2].strip():
        k -= 1
    if _POSTSCRIPT.match(body_lines[k][2].strip()):
        # a postscript below the signature ("P.S. I attached ..."): the sign-off is the block above
        # it, and the signature runs to the end, as it does below a stock closing
        above = [n for n in nonblank if body_from <= n < k]
        if not above:
            return None
        last = above[-1]
        k = last
        while k - 1 >= body_from and body_lines[k - 1][2].strip():
            k -= 1
    block = [body_lines[n] for n in range(k, last + 1)]
    if k <= body_from or len(block) > 4:
        return None
    first_line = _plain_spaces(block[0][2]).strip()
    if any(len(b[2].strip()) > 60 for b in block):
        return None
    if len(block) >= 2 and _free_closing(first_line) and _NAME_LINE.fullmatch(_plain_spaces(block[1][2]).strip()):
        # a sign-off of one's own words ("Thank you for your time,") above the name is a closing
        s, _, c = block[0]
        lead = len(c) - len(c.lstrip())
        draft.closing = _part(text, s + lead, s + lead + len(first_line))
        draft.signature = _part(text, block[1][0], body_lines[nonblank[-1]][1])
        return k
    slipped = _SLIPPED_CLOSING.fullmatch(first_line)
    if slipped and _slip_of_closing_word(slipped["word"]):
        # "Sincerly Jess": a sign-off slipped by a letter, then the name on the same line, is a closing
        # (FL401 judges its spelling), not a signature of two names
        s, _, c = block[0]
        lead = len(c) - len(c.lstrip())
        draft.closing = _part(text, s + lead, s + lead + slipped.end("punct"))
        draft.signature = _part(text, s + lead + slipped.start("name"), body_lines[nonblank[-1]][1])
        return k
    if not _NAME_LINE.fullmatch(first_line):
        return None
    draft.signature = _part(text, block[0][0], body_lines[nonblank[-1]][1])
    # a sign-off of one's own words standing alone a blank line above the name ("Many thanks again for
    # your help,", blank, "Daniel Kowalczyk"), as stock closings may: the closing
    above = [n for n in nonblank if body_from <= n < k]
    if above and above[-1] == k - 2 and (above[-1] - 1 < body_from or not body_lines[above[-1] - 1][2].strip()):
        s, _, c = body_lines[above[-1]]
        line = _plain_spaces(c).strip()
        if len(line) <= 60 and _free_closing(line):
            lead = len(c) - len(c.lstrip())
            draft.closing = _part(text, s + lead, s + lead + len(line))
            return above[-1]
    return k


# A one-word sign-off and a name on one line ("Sincerly Jess", "Regads, Jess Tan"): bounded repeats.
_SLIPPED_CLOSING = re.compile(
    r"(?P<word>[A-Z][a-z]{5,13})(?P<punct>[,.]?) (?P<name>[A-Z][\w.'-]{0,30}(?: [A-Z][\w.'-]{0,30}){0,2})"
)
# Long one-word sign-offs only: a short one is a letter from a name ("Best" / "Bert").
_ONE_WORD_CLOSINGS = ("sincerely", "regards", "respectfully", "cordially", "faithfully", "gratefully")


def _slip_of_closing_word(word: str) -> bool:
    """Whether ``word`` is one typing slip from a long one-word sign-off ("Sincerly", "Regrads")."""
    from followup_lint.checks.language_check import one_slip

    lower = word.lower()
    return any(one_slip(lower, closing) for closing in _ONE_WORD_CLOSINGS)


def _find_placeholders(draft: Draft) -> None:
    """Unfilled template slots in the subject, salutation, body, closing and signature."""
    for part in draft.part("all"):
        for m in PLACEHOLDER.finditer(draft.text, part.start, part.end):
            if m.group(0).startswith("_") and _RULE_LINE.match(_line_at(draft.text, m.start())):
                continue
            if m.group(0).startswith("[") and _AFTER_URL.search(
                draft.text, max(part.start, m.start() - 300), m.start()
            ):
                continue  # "https://lee.dev/work [link]": a label for the address just given, not a slot
            draft.placeholders.append(Part(m.start(), m.end(), m.group(0)))
    draft.placeholders.sort(key=lambda p: p.start)


def _line_at(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]

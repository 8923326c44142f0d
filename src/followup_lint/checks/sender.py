"""The sender's address: a jokey or suggestive ``From:`` address undercuts a professional note.

Only the local part (before the ``@``) is judged, in three ways:

- against words (matched anywhere in it, so "partyboy87" hits "party") and regular expressions
  (numbers like 69 or 420 standing alone, digits written for letters inside a word, "xX" decorations,
  "4ever" slogans).  A listed word inside one of the sender's own names or inside a ``neutral`` word
  a professional address carries ("careers", "studio") does not count, so "angela" is not "angel",
  "glover" not "lover" and "studio" not "stud";
- where the sender's full name is known (the ``From:`` display name, the signature's name line or the
  context's sender name): an address that carries none of the sender's names (nor a name's first
  three letters, as nicknames keep them: "kate" for Katherine) but a phrase of common words
  ("sunshinegirl", "magpies4life_gaz") is a handle, not a name;
- a phrase of common words run in front of the sender's name ("livelaughlatisha") is a slogan,
  where a single other word before a surname may be a first name the signature does not use;
- with or without a known name, a run of letters outside the sender's names that is a pet name, sweet
  talk, a decoration or a teenage-era word ("sweetpea", "xoxo", "gurl"), or common words with one, or a
  modifier before a head word ("bigdog", "lilmama"), is a handle;
- an address a household shares ("thornefamily", "thebakers", "raj.and.meena") is not the sender's own;
- and a firm's domain (no mail provider's, not the interviewing firm's, none of the sender's names) that
  the signature names or whose note speaks of the sender's current job is the current employer's.

Without a ``From:`` header there is nothing to judge and the check stays silent.  Each local part
is short, and every step is a bounded scan of it (word look-ups over at most ``_MAX_WORD`` letters
per position), so the check is linear in the header.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from email.utils import getaddresses
from itertools import pairwise

from followup_lint.accents import without_accents
from followup_lint.checks.base import (
    CheckInput,
    Params,
    RawFinding,
    RegexList,
    check_kind,
    rx,
)
from followup_lint.checks.salutation import NicknameParams
from followup_lint.greetings import title_source
from followup_lint.language.common_words import rank
from followup_lint.vocabulary import job_title_words

_TITLE = re.compile(rf"^(?:{title_source()})\.?$", re.IGNORECASE)
_MAX_WORD = 14  # longest common word tried when a run of letters is cut into words
_MAX_LOCAL = 128
# a run of letters shaped like the name of a trade or field, which a professional address may carry
_FIELD_SHAPED = re.compile(
    r"(?:ing|ery|ry|ics|ology|ment|services|solutions|group)$"
)  # an address's local part is at most 64 characters; a longer one is cut
_PIECES = re.compile(r"[a-z]+")
# endings of English place names and surnames (Kingston, Ashford, Bradley, Oldham, Whitby, Mansfield)
_PLACE_ENDINGS = frozenset(
    {"ton", "ford", "ley", "ham", "by", "field", "worth", "bury", "wick", "stead", "borough", "shire"}
)
_NAME_SPLIT = re.compile(r"[\s._\-’'(),]+")
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
# a word of a name line: capitalised ("Núñez", "O'Shea", "T.J.") or a lower-case particle
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w.'’-]{0,30}|van|von|der|den|de|del|della|da|di|du|la|le|bin|ibn|al|el|ní|ni|nic|mac|ap)$"
)


class SenderParams(Params):
    words: list[str] = []
    patterns: RegexList = []
    neutral: list[str] = []
    common_within: int = 20000
    min_phrase_letters: int = 6
    play: list[str] = []
    modifiers: list[str] = []
    heads: list[str] = []
    shared: list[str] = []
    personal_domains: list[str] = []
    current: RegexList = []
    word_names: list[str] = []
    places: list[str] = []
    affect: list[str] = []
    mailbox: list[str] = []
    person_heads: list[str] = []


def _fold(text: str) -> str:
    return without_accents(text).casefold()


def _name_words(line: str) -> list[str]:
    """The words of a name line ("Teresa Kowalski, RN" -> teresa, kowalski), or none when the line
    is not a name (digits, an address, lower-case words that are not particles)."""
    line = line.split(",", 1)[0].strip()
    if not line or any(c.isdigit() for c in line) or "@" in line:
        return []
    raw = line.split()
    if len(raw) > 5 or not all(_NAME_WORD.match(w) for w in raw):
        return []
    out: list[str] = []
    for w in _NAME_SPLIT.split(line):
        if not w or _TITLE.match(w):
            continue
        for form in {_fold(w), _fold(w.translate(_GERMAN))}:
            letters = re.sub(r"[^a-z]", "", form)
            if len(letters) > 1 and letters not in out:
                out.append(letters)
    return out


def _sender_names(inp: CheckInput, display: str) -> tuple[list[str], bool]:
    """The sender's name words from every source, and whether one source gives a full name."""
    lines = [display, inp.context.sender_name or ""]
    if inp.draft.signature:
        lines.append(inp.draft.signature.text.strip().split("\n", 1)[0])
    words: list[str] = []
    full = False
    for line in lines:
        found = _name_words(line)
        # a full name: two words of two letters or more (the German spelling of one word is one word)
        full = full or (len({w[:2] for w in found}) > 1 and len(line.split()) > 1)
        words += [w for w in found if w not in words]
    return words, full


def _common(word: str, within: int) -> bool:
    r = rank(word)
    if r is None:
        return False
    if len(word) == 1:
        return word in ("a", "i")
    return r <= (300 if len(word) == 2 else within)


def _phrase(run: str, within: int) -> list[str] | None:
    """``run`` cut into two or more common words ("sunshinegirl" -> sunshine, girl), preferring
    fewer words; None when it cannot be, or when the run is no word of its own and its last piece is an
    ending of English place names and surnames ("kingston" is no "kings" + "ton", "ashford" no "ash" +
    "ford").  Bounded: at most ``_MAX_WORD`` look-ups per letter."""
    found = _fewest_words(run, lambda word: _common(word, within), shortest=1)
    if found is None:
        found = _joined_by_n(run, within)
    if found is not None and found[-1] in _PLACE_ENDINGS and rank(run) is None:
        return None
    return found if found is not None and len(found) > 1 else None


def _joined_by_n(run: str, within: int) -> list[str] | None:
    """``run`` as two common words of four letters or more joined by an "n" for "and" ("pintsnpies",
    "rocknroll"), or None ("dunning" is no "dun" + "ing").  One look-up pair per "n" of the run."""
    for i, letter in enumerate(run):
        left, right = run[:i], run[i + 1 :]
        if letter == "n" and len(left) >= 4 and len(right) >= 4 and _common(left, within) and _common(right, within):
            return [left, "n", right]
    return None


def _names_trade(local: str, neutral: list[str], params: SenderParams) -> bool:
    """Whether a run of the address is a trade or a field: a neutral word that is no mailbox word ("studio",
    "coach"), or a job title's head word."""
    titles = job_title_words()
    mailbox = frozenset(params.mailbox)
    return any(
        (p in neutral and p not in mailbox) or p in titles or (p.endswith("s") and p[:-1] in titles)
        for p in _PIECES.findall(local)
    )


def _fewest_words(run: str, is_word: Callable[[str], bool], shortest: int) -> list[str] | None:
    """``run`` cut into the fewest pieces of at least ``shortest`` letters that are each a word by
    ``is_word``; None when it cannot be.  Bounded: at most ``_MAX_WORD`` look-ups per letter."""
    n = len(run)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        head = best[i]
        if head is None:
            continue
        for j in range(min(n, i + _MAX_WORD), i + shortest - 1, -1):
            there = best[j]
            word = run[i:j]
            if (there is None or len(head) + 1 < len(there)) and is_word(word):
                best[j] = [*head, word]
    return best[n]


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where each of ``words`` occurs in ``text`` (a local part, at most ``_MAX_LOCAL`` long)."""
    out = []
    for w in words:
        at = text.find(w) if w else -1
        while at >= 0:
            out.append((at, at + len(w)))
            at = text.find(w, at + 1)
    return out


def _listed(text: str, words: list[str], inside: list[tuple[int, int]]) -> str | None:
    """The first of ``words`` found in ``text`` other than inside a span of ``inside`` (a name or a
    neutral word: "angel" in "angela", "stud" in "studio")."""
    for word in words:
        for start, end in _spans(text, [word.lower()]):
            if not any(a <= start and end <= b for a, b in inside):
                return word
    return None


def _pieces(text: str, neutral: list[str]) -> list[str]:
    """The runs of letters of ``text`` that are not a neutral word on their own."""
    return [p for p in _PIECES.findall(text) if p not in neutral]


def _work_phrase(words: list[str], neutral: list[str], but: frozenset[str] = frozenset()) -> bool:
    """Whether a phrase names work, not a pastime ("dataanalyst", "frontenddev"): one of its words
    is a job title's head word (the job-search vocabulary, less ``but``) or a neutral word."""
    titles = job_title_words() - but
    return any(w in titles or w in neutral or (w.endswith("s") and w[:-1] in titles) for w in words)


def _play_phrase(piece: str, neutral: list[str], params: SenderParams) -> list[str] | None:
    """``piece`` cut into common words that name no work, or None."""
    words = _phrase(piece, params.common_within)
    return words if words and not _work_phrase(words, neutral) else None


def _handle(local: str, names: list[str], neutral: list[str], params: SenderParams) -> str | None:
    """A phrase of common words where the sender's names are not ("sunshinegirl"), in an address that
    names no trade ("dance.studio.lady" names a business)."""
    if any(n in local for n in names) or any(n[:3] in local for n in names if len(n) > 2):
        return None
    if _names_trade(local, neutral, params):
        return None
    pieces = _pieces(local, neutral)
    single = [p for p in pieces if len(p) > 3 and _common(p, params.common_within)]
    if len(single) > 1 and not _work_phrase(single, neutral):
        return local
    for p in pieces:
        if len(p) >= params.min_phrase_letters and _play_phrase(p, neutral, params):
            return p
    return None


def _slogan_before(local: str, names: list[str], neutral: list[str], params: SenderParams) -> str | None:
    """A phrase of common words in front of the sender's first name or surname ("livelaughlatisha")."""
    hits = [(local.find(n), n) for n in names if len(n) > 2 and n in local]
    if not hits or _names_trade(local, neutral, params):
        return None
    at, name = min(hits)
    prefix = local[:at]
    pieces = _pieces(prefix, neutral)
    # "margaret.hale" signed Peggy Hale: one word and a separator before the surname may be a first name,
    # unless it is plainly a phrase ("sunnydays.", "neverbackdown_"): words of four letters or more, each
    # among the commoner half of the common words (so that "rose" + "mary" or "chris" + "top" + "her",
    # a given name cut into words, stays a name)
    if names and name == names[-1] and len(pieces) == 1 and not prefix[-1:].isalpha():
        words = _play_phrase(pieces[0], neutral, params) or []
        plain = [w for w in words if len(w) > 3 and _common(w, params.common_within // 2)]
        if len(words) < 2 or len(plain) < len(words):
            return None
    letters = "".join(pieces)
    if len(letters) < params.min_phrase_letters:
        return None
    if (
        len(pieces) > 1
        and all(_common(p, params.common_within) for p in pieces if len(p) > 1)
        and not _work_phrase(pieces, neutral)
    ):
        return local[:at]
    return local[:at] if any(_play_phrase(p, neutral, params) for p in pieces) else None


def _name_piece(piece: str, names: list[str]) -> bool:
    """Whether a run of letters is one of the sender's names or a nickname of one: cut from its front
    ("kev" for Kevin, "matt" for Matthew) or a short run that begins as it does ("joe" for Joseph)."""
    if piece in names:
        return True
    # a short run that begins as one of the names does is read as a nickname of it ("joe" for Joseph), and
    # a run that begins with one as its full form ("christopher" signed Chris)
    return len(piece) > 2 and any(
        (len(n) > len(piece) and n.startswith(piece))
        or (len(piece) < 6 and n[:2] == piece[:2])
        or (len(n) > 2 and piece.startswith(n))
        for n in names
    )


def _phrase_beside(local: str, names: list[str], neutral: list[str], params: SenderParams) -> str | None:
    """Two or more common words beside the sender's name, naming no work, one of them a word of liking,
    loathing, mood or obsession standing on its own ("jen.loves.horses", "rugby.mad.rhys"): a hobby, a
    taste or a boast, not a name.  Every other run of
    letters must be cut into common words, so an unknown word (a middle or maiden name, a place
    spelled as one word) leaves the address alone, as do given names that are words ("grace") and
    places of two words ("newyork")."""
    pieces = _PIECES.findall(local)
    if not any(_name_piece(p, names) for p in pieces):
        return None
    content: list[str] = []
    for run in pieces:
        if run in neutral or _name_piece(run, names) or run in params.places or len(run) < 2:
            continue
        if _FIELD_SHAPED.search(run):  # a trade or a field: "welding", "bookkeeping", "joinery", "services"
            continue
        # a word in its own right stays one word ("carpentry" is not "carp" + "entry")
        words = [run] if rank(run) is not None or (run.endswith("s") and rank(run[:-1]) is not None) else None
        words = words or _fewest_words(run, lambda word: _common(word, params.common_within), shortest=1)
        if words is None:
            return None
        content += [w for w in words if len(w) > 2 and (rank(w) or 0) > 120 and w not in params.word_names]
    if len(content) < 2 or sum(map(len, content)) < params.min_phrase_letters:
        return None
    # words of liking, mood or a boast make it a handle; two plain nouns may name a business ("tractor.parts").
    # The word must stand as a run of its own: cut out of a longer run it may be part of a name
    # ("amy.loveday.price": Loveday is a surname)
    if not any(p in params.affect or (p.endswith("s") and p[:-1] in params.affect) for p in pieces):
        return None
    if _work_phrase(content, neutral, but=frozenset({"head"})):  # "potterhead" names no head of anything
        return None
    return "".join(w for w in content)


def _masked(local: str, spans: list[tuple[int, int]]) -> str:
    """``local`` with the characters inside ``spans`` (the sender's names, neutral words) blanked."""
    chars = list(local)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _cut(run: str, params: SenderParams, extra: frozenset[str]) -> list[str] | None:
    """``run`` cut into words that are each common or one of ``extra``, preferring fewer words (one word
    allowed); words of two letters or fewer are not accepted, so that "dogan" is not "dog" + "an"."""
    return _fewest_words(run, lambda word: word in extra or _common(word, params.common_within), shortest=3)


def _pet_handle(masked: str, params: SenderParams, trade: bool = False) -> str | None:
    """A run of letters (outside the sender's names) that is a pet name, sweet talk, a decoration or a
    teenage-era word, or common words with one of them ("sweetpea", "lilmama", "skaterboi"), or a
    nickname of a modifier and a head ("bigdog", "hotmama"), or names a shared household ("family")."""
    play = frozenset(params.play) | frozenset(params.shared)
    pairs = frozenset(params.modifiers) | frozenset(params.heads)
    # the words of the whole address in order, a run that cannot be cut standing as one word: a modifier
    # and a head one word apart across separators make a handle too ("sweet.jasmine.gal", "rave.girl")
    sequence: list[str] = []
    for run in _PIECES.findall(masked):
        if run in play:
            return run
        words = _cut(run, params, play | pairs)
        if not words:
            sequence.append(run)
            continue
        if any(w in play for w in words):
            return run
        if any(a in params.modifiers and b in params.heads for a, b in pairwise(words)):
            return run
        sequence += words
    # beside a trade word a person head names whom the business serves or who runs it ("hockey.kid.coach")
    heads = frozenset(params.heads) - frozenset(params.person_heads) if trade else frozenset(params.heads)
    for i, word in enumerate(sequence):
        if word in params.modifiers and any(b in heads for b in sequence[i + 1 : i + 3]):
            return "".join(sequence[i : i + 3])
    return None


def _household(local: str, names: list[str], inside: list[tuple[int, int]]) -> str | None:
    """An address two people share: "the" before the sender's surname and a plural ("thebakers"), or
    two given names joined by "and" where one is the sender's ("raj.and.meena"), the "and" not inside
    a name ("alexander.andersen")."""
    for n in names:
        if len(n) > 2 and re.search(rf"(?:^|[^a-z])the[._-]?{re.escape(n)}e?s(?![a-z])", local):
            return local
    at = local.find("and")
    while at >= 0:
        if not any(a <= at and at + 3 <= b for a, b in inside):
            left = re.search(r"([a-z]{2,20})[._-]?$", local[max(0, at - 21) : at])
            right = re.match(r"[._-]?([a-z]{2,20})", local[at + 3 : at + 24])
            sides = [m.group(1) for m in (left, right) if m]
            if len(sides) == 2 and any(side in names for side in sides):
                return local
        at = local.find("and", at + 1)
    return None


def _current_employer(domain: str, names: list[str], inp: CheckInput, params: SenderParams) -> str | None:
    """A work address at the sender's current employer: a domain that is no mail provider's, no school's,
    carries none of the sender's names and is not the interviewing firm's, where the signature names the
    firm the domain spells or the note speaks of the sender's current job."""
    labels = [lab for lab in _fold(domain).split(".") if lab]
    if len(labels) < 2 or any(lab in params.personal_domains for lab in labels):
        return None
    if any(lab in ("edu", "ac", "sch", "k12") for lab in labels):
        return None
    stem = re.sub(r"[^a-z]", "", max(labels[:-1], key=len))
    if len(stem) < 4 or any(n in stem for n in names if len(n) > 2):
        return None
    company = re.sub(r"[^a-z]", "", _fold(inp.context.company or ""))
    if company and (stem in company or company in stem or stem[:5] == company[:5]):
        return None
    signature = inp.draft.signature.text if inp.draft.signature else ""
    lines = signature.strip().split("\n")[1:6]
    if any(len(stem) >= 5 and stem[:8] in re.sub(r"[^a-z]", "", _fold(line)) for line in lines):
        return domain
    body = "\n".join(part.text for part in inp.draft.paragraphs)
    if any(rx(p, re.IGNORECASE).search(body) for p in params.current):
        return domain
    return None


@check_kind("sender_address", SenderParams)
def sender_address(inp: CheckInput, params: SenderParams) -> Iterator[RawFinding]:
    header = inp.draft.headers.get("from")
    if header is None:
        return
    neutral = sorted({_fold(w) for w in params.neutral})
    for display, addr in getaddresses([header.value]):
        if "@" not in addr:
            continue
        local, domain = addr.split("@", 1)
        local = local[:_MAX_LOCAL]
        lowered = _fold(local)
        names, full = _sender_names(inp, display)
        inside = _spans(lowered, [n for n in names if len(n) > 2] + neutral)
        hit = _listed(lowered, params.words, inside)
        if hit is None:
            m = next((m for p in params.patterns if (m := rx(p, re.IGNORECASE).search(local))), None)
            hit = m.group(0) if m else None
        if hit is None and full and not any(n in _fold(domain) for n in names if len(n) > 2):
            hit = (
                _handle(lowered, names, neutral, params)
                or _slogan_before(lowered, names, neutral, params)
                or _phrase_beside(lowered, names, neutral, params)
            )
        if hit is None:
            # a neutral word is set aside only as a run of its own here: "pr" in "prosecco" is no neutral word
            whole = [(m.start(), m.end()) for m in _PIECES.finditer(lowered) if m.group(0) in neutral]
            named = _spans(lowered, [n for n in names if len(n) > 2])
            trade = _names_trade(lowered, neutral, params)
            hit = _pet_handle(_masked(lowered, named + whole), params, trade) or _household(lowered, names, inside)
        message = None
        if hit is None:
            hit = _current_employer(domain, names, inp, params)
            # built on the sender's name, so the rule's advice ("an address built on your name") misfits
            message = None if hit is None else _WORK_ADDRESS.format(match=addr)
        if hit is None:
            continue
        at = header.value.find(addr)
        start = header.value_part.start + max(at, 0)
        end = start + len(addr) if at >= 0 else header.value_part.end
        yield RawFinding(start, end, fields={"match": addr, "why": hit}, message=message)


_WORK_ADDRESS = (
    "The sender address “{match}” is a work address at your current employer; send from a personal "
    "address of your own (a work mailbox is your employer's to read, and the note is not their business)."
)


# --- the name under the note -------------------------------------------------------------------------------
# A note signed with a name that is not the sender's ("From: Benjamin Goh" over "Warm regards, Marcus Lee";
# round 25) was copied from someone else's note or sent from someone else's account: the reader cannot tell
# whose application it is. Only full names are compared (two name words each), and a name word the two share,
# or one that shortens the other ("Ben" for Benjamin), makes them the same person.


class SignatureSenderParams(NicknameParams):
    # ranks of the most common English words: a From: display made only of such words ("Office Admin",
    # "Home Mail") names no person, so nothing is compared
    common_display_rank: int = 3000
    # words of a closing or a description written in title case on the name line ("Many Thanks And Kind
    # Regards", "Applicant For Senior Analyst"): such a line is no name
    closing_words: list[str] = []
    # words of a business's name in the From: display ("Kowhai Photography", "Bright Spark Electrics"): a sole
    # trader's address, signed by its owner
    business_words: list[str] = []


def _same_person(a: list[str], b: list[str], nicknames: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether two names share a word: the same, one shortening the other ("Ben", "Benjamin"), a nickname of the
    other in the ``names`` vocabulary ("Kate" for Catherine, whose surname may have changed with marriage: round
    25), spelt alike ("Mohamed", "Mohammed"), sounding alike, or run together ("Alfarsi" for Al-Farsi)."""
    from followup_lint.language.common_words import undoubled
    from followup_lint.language.sounds_like import sound_key

    table = nicknames or {}

    def forms(words: list[str]) -> set[str]:
        found = {*words, *(undoubled(w) for w in words), "".join(words), *("".join(p) for p in pairwise(words))}
        for w in words:
            found |= table.get(w, frozenset())  # "kate" -> katherine, catherine
        return found | {short for short, fulls in table.items() if fulls & found}  # "catherine" -> kate, katie

    fa, fb = forms(a), forms(b)
    if fa & fb:
        return True
    if any(min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)) for x in a for y in b):
        return True
    return any(len(x) >= 4 and len(y) >= 4 and sound_key(x) == sound_key(y) for x in a for y in b)


@check_kind("signature_sender", SignatureSenderParams)
def signature_sender(inp: CheckInput, params: SignatureSenderParams) -> Iterator[RawFinding]:
    signature = inp.draft.signature
    if signature is None:
        return
    stripped = signature.text.lstrip()
    line = stripped.split("\n", 1)[0].rstrip()
    signed = _name_words(line)
    closing = {_fold(w) for w in params.closing_words}
    if len(signed) < 2 or any(w in closing for w in signed):
        return
    business = {_fold(w) for w in params.business_words}
    header = inp.draft.headers.get("from")
    senders = [inp.context.sender_name or ""]
    if header is not None:
        senders += [display for display, _ in getaddresses([header.value])]
    for sender in senders:
        words = _name_words(sender)
        if len(words) < 2 or any(w in business for w in words):
            continue
        if all((rank(w) or params.common_display_rank + 1) <= params.common_display_rank for w in words):
            continue
        if _same_person(signed, words, params.nickname_table):
            continue
        start = signature.start + (len(signature.text) - len(stripped))
        yield RawFinding(start, start + len(line), fields={"match": line, "sender": sender.strip()})
        return

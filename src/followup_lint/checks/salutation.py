"""The greeting: does it name the person the note goes to, and only one person?

The names in the greeting are compared with the recipients the draft itself names (display
names, or the local part of the address, in ``To:`` and ``Cc:``) and the context's interviewers.
A greeting name matches a recipient when one of its words is one of the recipient's name words
("Dear Ms. Lopez" matches "Ana Lopez").  Words are compared without accents or case ("Nunez"
matches "Núñez"), and the ``names`` vocabulary's ``nicknames`` list (shared by the three rules that
compare names, so they agree) maps a short form to the full names it stands for ("Bill" for
"William"), in both directions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from email.utils import getaddresses
from pathlib import Path

from pydantic import PrivateAttr, ValidationInfo, model_validator

from followup_lint.accents import without_accents
from followup_lint.checks.base import CheckInput, Params, RawFinding, check_kind, context_hint, rx
from followup_lint.draft import Part
from followup_lint.greetings import opening_source, title_source
from followup_lint.language.common_words import rank, undoubled
from followup_lint.report import Edit, Severity, Suggestion
from followup_lint.vocabulary import load_vocabulary

# "Dear", "Hi", "Respected" (Indian and older British English: "Respected Sir,"), "Kia ora": the
# greetings vocabulary, as the draft parser reads it
_GREETING_WORD = re.compile(r"^\s*" + opening_source() + r"[\s,]*", re.IGNORECASE)
_TITLE = re.compile(rf"^(?:{title_source()})\.?$", re.IGNORECASE)
# Words that make the whole greeting a generic address ("To Whom It May Concern", "Dear Hiring
# Manager Who Surely Has A Lot On"): its other capitalised words are not a person's name.
_GENERIC = {
    "all",
    "everyone",
    "everybody",
    "team",
    "folks",
    "panel",
    "committee",
    "hiring",
    "manager",
    "managers",
    "recruiter",
    "recruiting",
    "recruitment",
    "talent",
    "whom",
    "concern",
    "colleagues",
}
# Words for a group: what follows one is the group's firm or department ("Team Acme"), not a person.
_GROUPS = frozenset({"all", "everyone", "everybody", "team", "folks", "panel", "committee", "colleagues"})
# Words of a greeting that are never a name: the generic ones, and filler ("there", "the", "to").
_NOT_NAMES = _GENERIC | {"there", "friends", "sir", "madam", "it", "may", "the", "again", "y'all", "to"}


#: A surname's particles, written in lower case inside a name ("Mr van Wyk", "Ms de la Cruz", "Dr bin Salleh").
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "binti",
        "ibn",
        "al",
        "el",
        "dos",
        "das",
        "ter",
        "ten",
    }
)

#: Words that show the capitalised words after a role are a phrase, not a name.
_NOT_A_NAME_AFTER_A_ROLE = frozenset(
    {"who", "whom", "that", "which", "of", "for", "at", "in", "on", "a", "an", "the", "and", "has", "is"}
)

#: A relative word makes the greeting a description of the reader, not a name, whatever stands before
#: it ("Dear Partner Whose Watch Costs More Than My Car,"; round 11): FL130's business, no wrong name.
_RELATIVE = frozenset({"who", "whose", "whom", "which"})


def greeted_names(salutation: Part | None) -> list[Part]:
    """The names the greeting addresses, each as a Part ("Ana", "Ms. Lopez")."""
    if salutation is None:
        return []
    text = salutation.text
    m = _GREETING_WORD.match(text)
    offset = m.end() if m else 0
    rest = text[offset:]
    out: list[Part] = []
    for piece in re.finditer(r"[^,&/:;!]+", rest):
        for sub in re.finditer(r"(?<!\S)\S++(?:\s++(?!and\s)\S++)*+", piece.group(0)):
            text_ = sub.group(0)
            if text_.lower().startswith("and "):
                text_ = text_[4:]
            words = text_.split()
            # a role before the name ("Hiring Manager Maria Diaz") leaves the name to be checked
            role = group = False
            while len(words) > 1 and words[0].lower().strip(".'") in _GENERIC:
                group = group or words[0].lower().strip(".'") in _GROUPS
                text_ = text_[len(words[0]) :].lstrip()
                words, role = words[1:], True
            if group:
                continue  # "Dear Team Acme", "Hello Panel Initech": a group named by its firm, no person
            if role and (len(words) > 3 or any(w.lower() in _NOT_A_NAME_AFTER_A_ROLE for w in words)):
                continue  # "Dear Hiring Manager Who Has A Lot On": a phrase, not a name
            if any(w.lower() in _RELATIVE for w in words):
                continue  # "Dear Partner Whose Watch Costs More", "Dear Director Who Cancelled": a description
            real = [w for w in words if not _TITLE.match(w) and w.lower().strip(".'") not in _NOT_NAMES]
            if any(w.lower().strip(".'") in _GENERIC for w in words):
                continue
            # a surname's particle stands in lower case between capitals ("Mr van Wyk", "Ms de la Cruz")
            if not real or not all(
                w[:1].isupper() or (0 < i < len(words) - 1 and w in _PARTICLES) for i, w in enumerate(words)
            ):
                continue
            s = salutation.start + offset + piece.start() + sub.end() - len(text_)
            out.append(Part(s, s + len(text_), text_))
    return out


def fold(word: str) -> str:
    """A word without accents, case-folded: "Núñez" -> "nunez"."""
    return without_accents(word).casefold()


def name_words(name: str) -> set[str]:
    return {
        fold(w.strip(".'’")) for w in re.split(r"[\s._-]+", name) if len(w.strip(".'’")) > 1 and not _TITLE.match(w)
    }


_NAME_PIECE = re.compile(r"[\s._'’-]+")


def joined_forms(name: str) -> set[str]:
    """A name's pieces without accents, apostrophes or hyphens, alone and run together two to four
    at a time, as people type particles and initials ("Ó Néill" is "oneill", "Mac Giolla" is
    "macgiolla", "R. J." is "rj", "Al-Rashid" is "alrashid", "van der Berg" is "vanderberg")."""
    pieces = [fold(p) for p in _NAME_PIECE.split(name) if p and not _TITLE.match(p)][:8]
    return {"".join(pieces[i : i + n]) for n in range(2, 5) for i in range(len(pieces) - n + 1)}


def squashed(name: str) -> set[str]:
    """A greeted name's words, and the whole of it, without accents, apostrophes or hyphens."""
    pieces = [fold(p) for p in name.split() if not _TITLE.match(p)][:8]
    words = {re.sub(r"[\W_]", "", p) for p in pieces}
    return {w for w in (*words, re.sub(r"[\W_]", "", "".join(pieces))) if len(w) > 1}


def recipients(inp: CheckInput) -> list[str]:
    """People the note is addressed to: To:/Cc: names (or address local parts) and interviewers."""
    people: list[str] = []
    for key in ("to", "cc"):
        value = inp.draft.header(key)
        if not value:
            continue
        for display, addr in getaddresses([value]):
            display = display.strip().strip('"')
            if display:
                people.append(display)
            elif addr and "@" not in addr:  # "To: Ana Lopez" in a plain draft: a name, not an address
                people.append(addr)
            elif "@" in addr:
                local = addr.split("@", 1)[0]
                if re.fullmatch(r"(?<![A-Za-z])[A-Za-z]++[._-][A-Za-z]+", local):
                    people.append(" ".join(p.capitalize() for p in re.split(r"[._-]", local)))
    people.extend(inp.context.interviewers)
    own = {
        fold(w)
        for text in (inp.context.sender_name or "", inp.draft.signature.text if inp.draft.signature else "")
        for w in text.split()
    }
    # the writer's own earlier message, quoted in a chaser, is no one the note goes to
    people.extend(a for a in _quoted_authors(inp) if not {fold(w) for w in a.split()} & own)
    return people


# The author of the earlier message a reply quotes ("On Thu, 9 Jul 2026 at 13:48, Ben Castellano
# <ben@…> wrote:", Outlook's "From: Martin Okoye"): a reply goes to the one who wrote it.
_WROTE = re.compile(
    r"^[ \t]*+On\s[^\n]{3,200}?,[ \t]*+(?P<name>[^,<>\n]{2,60}?)[ \t]*+<[^<>@\n]{1,64}@[^<>\n]{1,255}>[ \t]*+wrote:"
)
_QUOTED_FROM = re.compile(r"^[ \t]*+From:[ \t]*+(?P<name>[^<>\n@]{2,60}?)[ \t]*+(?:<[^<>\n]{1,320}>)?[ \t]*+$")


def _quoted_authors(inp: CheckInput) -> list[str]:
    """The names of the people whose earlier messages the draft quotes, from the quote's first line."""
    found = []
    for part in inp.draft.quoted:
        head = part.text.split("\n", 1)[0]
        m = _WROTE.match(head) or _QUOTED_FROM.match(head)
        if m and any(c.isalpha() for c in m.group("name")):
            found.append(m.group("name").strip().strip('"'))
    return found


class NicknameParams(Params):
    """The short forms of given names, from one shared vocabulary (``names``, list ``nicknames``) so
    that the greeting, the body and the surname-nickname rules agree on who "Bill" is."""

    vocabulary: str = "names"
    nicknames: dict[str, list[str]] = {}  # more short forms, added to the vocabulary's: short form -> full names
    _table: dict[str, frozenset[str]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _resolve(self, info: ValidationInfo) -> NicknameParams:
        rule_dir = (info.context or {}).get("rule_dir")
        listed = load_vocabulary(self.vocabulary, Path(rule_dir) if rule_dir else None).terms("nicknames")
        table: dict[str, set[str]] = {}
        pairs = [(k, value.split(",")) for k, value in listed.items()] + list(self.nicknames.items())
        for short, fulls in pairs:
            names = {fold(v.strip()) for v in fulls if v.strip()}
            if not names:
                raise ValueError(f"nickname {short!r} names no full name")
            table.setdefault(fold(short), set()).update(names)
        self._table = {k: frozenset(v) for k, v in table.items()}
        return self

    @property
    def nickname_table(self) -> dict[str, frozenset[str]]:
        """Folded short form -> the folded full names it stands for."""
        return self._table


class SalutationNameParams(NicknameParams):
    # forms of address that are not names ("Hello Lovely Lady", "Hi Friend"): a greeting made of
    # them names nobody, which is the generic-greeting rule's business, not a wrong name
    not_names: list[str] = []
    # words that, just before a recipient's name in the body, speak about that person rather than
    # to them ("I interviewed with Kim", "I'll let Kim know"): the note goes to someone else on purpose
    about_before: list[str] = []


def _variants(words: set[str], table: dict[str, frozenset[str]]) -> set[str]:
    """The words plus the full names their nicknames stand for, and the nicknames of full names."""
    out = set(words)
    for w in words:
        out |= table.get(w, set())
    out |= {nick for nick, fulls in table.items() if fulls & out}  # "Katie" -> "Katherine" -> "Kate"
    return out


def _shortens(words: set[str], known: set[str]) -> bool:
    """Whether a word is a short form of a known name: its first three letters or more, with or
    without a pet ending ("Kat", "Kath" for Katherine, "Max" for Maximilian, "Sami" for Samuel,
    "Dani" for Daniel).  "Dana" or "Christine" are other names, not short forms."""
    for w in words:
        # (a name of the same length with one letter changed is misspelt, not a pet form: "Kowalsky" for
        # Kowalski; round 22 blind probes)
        known = {k for k in known if not _one_letter_changed(w, k)}
        pet = w.endswith(("ie", "y", "i"))
        base = w[:-2] if w.endswith("ie") else w[:-1] if pet else w
        base = base if len(base) >= 3 else w
        if len(base) >= 3 and any(len(k) > len(base) and k.startswith(base) for k in known):
            return True
        # a pet form cut from the middle of the name or spelt with its letters doubled ("Becky" for
        # Rebecca, "Mandy" for Amanda, "Tash" for Natasha, "Ollie" for Oliver, "Danny" for Daniel;
        # round 12): compared with doubled letters and c/k alike, a part of four letters or more,
        # or of three with a pet ending, inside the name ("Dan" is no short form of Jordan)
        if len(base) >= 3:
            short = _plain(base)
            for k in (_plain(k) for k in known):
                if len(k) <= len(short):
                    continue
                if len(short) >= 2 and k.startswith(short) and pet:
                    return True
                if short in k[1:] and (len(short) >= 4 or (pet and len(short) >= 3)):
                    return True
                # the name's middle, little left either side ("Liv" for Olivia), or a clipped form
                # whose letters run through the name in order from its first two ("Gabe" for Gabriel;
                # round 12 batch B)
                if short in k[1:] and len(k) - len(short) <= 3:
                    return True
                # (a clip drops two letters or more: one letter short is a misspelling, "Venkatraman" for
                # Venkataraman, "Laksmi" for Lakshmi; round 21 blind probes)
                if len(w) >= 4 and w[:2] == k[:2] and len(k) - len(w) >= 2 and _in_order(w, k):
                    return True
    return False


def _one_letter_changed(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` have the same length and differ in one letter."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _in_order(short: str, name: str) -> bool:
    """Whether the letters of ``short`` occur in ``name`` in the same order."""
    rest = iter(name)
    return all(c in rest for c in short)


MISSPELT_MIN = 4  # shorter names are too near each other to call one a misspelling ("Ann", "Jan")


def _misspelt_name(greeted: set[str], known: set[str]) -> bool:
    """Whether a greeted name word is a known one misspelt: it sounds the same ("Shivaun" for Siobhan,
    "Sara" for Sarah), is the same once doubled letters are written once ("Castelano"), or, on a name of
    five letters or more, has one letter added or dropped ("Kowalcyk", "MacAlister"); "Jane" for Jake,
    "Jonno" for Jonathan or "Sarah" for James is another name."""
    from followup_lint.language.sounds_like import sound_key

    def added_or_dropped(a: str, b: str) -> bool:
        short, long_ = sorted((a, b), key=len)
        return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))

    return any(
        len(g) >= MISSPELT_MIN
        and len(k) >= MISSPELT_MIN
        and (
            sound_key(g) == sound_key(k)
            or undoubled(g) == undoubled(k)
            or (min(len(g), len(k)) >= 5 and added_or_dropped(undoubled(g), undoubled(k)))
        )
        for g in greeted
        for k in known
    )


def _plain(word: str) -> str:
    """``word`` with "ck" and "c" as "k" and doubled letters single, as pet forms respell a name."""
    return undoubled(word.replace("ck", "k").replace("c", "k"))


@check_kind("salutation_name", SalutationNameParams)
def salutation_name(inp: CheckInput, params: SalutationNameParams) -> Iterator[RawFinding]:
    people = recipients(inp)
    if not people:
        return
    known = set().union(*(name_words(p) for p in people))
    joined = set().union(*(joined_forms(p) for p in people))
    not_names = {fold(w) for w in params.not_names}
    greeted_all = [g for g in greeted_names(inp.draft.salutation) if not name_words(g.text) <= not_names]
    if greeted_all and _spoken_about(inp, _addressees(inp, people), params.about_before):
        return
    # a greeting that names a recipient beside others ("Dear Ms. Novak, Mr. Brandt and Ms. Aydin,")
    # addresses the panel, whose other members the context need not list: that is a group greeting
    # (FL133's tip, G-SALUTATION), not a copy-paste slip
    if len(greeted_all) > 1 and any(_variants(name_words(g.text), params.nickname_table) & known for g in greeted_all):
        return
    slipped = False
    for greeted in greeted_all:
        words = name_words(greeted.text)
        if words and _variants(words, params.nickname_table) & known:
            # one word right and another a known word misspelt ("Mrs. Adebayo-Philips" to Folasade
            # Adebayo-Phillips; round 28) is still the reader's name misspelt
            unmatched = {w for w in words if not _variants({w}, params.nickname_table) & known}
            if not (unmatched and _misspelt_name(unmatched, known)):
                continue
        elif not words or _shortens(words, known):
            continue
        if squashed(greeted.text) & (joined | known):
            continue  # "O'Neill" for Ó Néill, "MacGiolla" for Mac Giolla, "RJ" for R. J. Patel
        target = people[0]
        parts = target.split()
        titled = any(_TITLE.match(w) for w in greeted.text.split())
        new = parts[-1] if titled else parts[0]
        title = next((w for w in greeted.text.split() if _TITLE.match(w)), "")
        replacement = f"{title} {new}".strip()
        slipped = True
        misspelt = _misspelt_name(words, known)
        yield RawFinding(
            greeted.start,
            greeted.end,
            fields={"match": greeted.text, "recipients": ", ".join(dict.fromkeys(people))},
            # the reader's own name spelt wrong is also a slip of spelling (G-CORRECT); another name is not
            guidance=["G-PERSONAL", "G-CORRECT"] if misspelt else ["G-PERSONAL"],
            message=(
                f"The greeting says “{greeted.text}”, but the note goes to {', '.join(dict.fromkeys(people))}: "
                "check the spelling of the name."
                if misspelt
                else None
            ),
            suggestions=[
                Suggestion(
                    label=f"replace with “{replacement}”",
                    edits=[Edit(replacement=replacement, start=greeted.start, end=greeted.end)],
                )
            ],
        )
    if not slipped and (wrong_title := _wrong_title(inp, people)) is not None:
        yield wrong_title


# Titles that say the reader is a man or a woman: "Dear Mr. Dube" to Ms. Zanele Dube, or "hi sir" to
# Ms. Beatrice Nwankwo, greets the right person with the wrong title (round 13). "Dear Sir or Madam"
# and "Sir/Madam" name no one.
_MASCULINE = frozenset(["mr", "mister", "sir"])
_FEMININE = frozenset(["ms", "mrs", "miss", "madam", "madame", "ma'am", "ma’am", "maam"])
_TITLE_WORD = re.compile(
    r"(?<![\w'’])(mr|mister|sir|ms|mrs|miss|madam|madame|ma['’]am|maam)(?![\w'’])\.?", re.IGNORECASE
)
_EITHER = re.compile(r"\b(?:sir|madam)\s{0,3}(?:or|/|and)\s{0,3}(?:madam|sir)\b", re.IGNORECASE)


def _gender(title: str) -> str | None:
    t = title.lower().rstrip(".")
    return "m" if t in _MASCULINE else "f" if t in _FEMININE else None


def _wrong_title(inp: CheckInput, people: list[str]) -> RawFinding | None:
    """A greeting whose title says the other sex than every titled recipient the context gives
    ("Dear Mr. Dube" for Ms. Zanele Dube, "hi sir" for Ms. Beatrice Nwankwo): the right reader with
    the wrong title, a warning. Recipients given without a title are not judged."""
    s = inp.draft.salutation
    if s is None or _EITHER.search(s.text):
        return None
    said = [(m, _gender(m.group(1))) for m in _TITLE_WORD.finditer(s.text)]
    said = [(m, g) for m, g in said if g]
    if not said:
        return None
    given = set()
    for person in people:
        first = person.split()[0] if person.split() else ""
        g = _gender(first)
        if g is None:
            return None  # a recipient whose title is not known: nothing to compare
        given.add(g)
    if len(given) != 1:
        return None
    right = next(iter(given))
    if any(g == right for _, g in said):
        return None  # "Dear Mr. and Mrs. Dube" to Mrs. Zanele Dube: her title is there
    m = said[0][0]
    # the recipient's own title in place of the wrong one ("Mr." -> "Mrs."); a bare "sir" or "madam"
    # with no name after it takes the title and the surname ("hello sir" -> "hello Ms. Nwankwo")
    person = people[0].split()
    named_after = re.match(r"\s{1,3}[A-Z]", s.text[m.end() :]) is not None
    replacement = person[0] if named_after or len(person) < 2 else f"{person[0]} {person[-1]}"
    start, end = s.start + m.start(), s.start + m.end()
    return RawFinding(
        start,
        end,
        fields={"match": m.group(0), "recipients": ", ".join(dict.fromkeys(people))},
        message=f"The greeting says “{m.group(0)}”, but the note goes to {', '.join(dict.fromkeys(people))}: the right reader with the wrong title.",
        suggestions=[
            Suggestion(
                label=f"replace with “{replacement}”", edits=[Edit(replacement=replacement, start=start, end=end)]
            )
        ],
        severity=Severity.WARNING,
    )


class SurnameNicknameParams(NicknameParams):
    # pet endings that make a nickname of a surname ("Whitty" for Whitfield, "Robbo" for Robertson,
    # "Smithy" for Smith); a clipped surname with none of them ("Whit") is not judged
    endings: list[str] = ["y", "ie", "o", "za", "zza"]
    # given names and their pet forms in their own right ("Tommy", "Paddy", "Sandy", "Ellie"): a greeting with one
    # greets someone by a first name, the reader's (a nickname of "Thomas") or another's (FL132's wrong name)
    given_names: list[str] = []


@check_kind("surname_nickname", SurnameNicknameParams)
def surname_nickname(inp: CheckInput, params: SurnameNicknameParams) -> Iterator[RawFinding]:
    """A greeting that calls the reader by a pet form of their surname ("Hi Whitty," to Gary
    Whitfield; round 24): the right person, but in the register of a team-mate or a drinking friend.
    The given name, a title with the surname, or a nickname of the given name ("Gaz") are not this."""
    greeted = greeted_names(inp.draft.salutation)
    if len(greeted) != 1 or any(_TITLE.match(w) for w in greeted[0].text.split()):
        return
    words = name_words(greeted[0].text)
    if len(words) != 1:
        return
    (word,) = words
    endings = tuple(sorted((fold(e) for e in params.endings), key=len, reverse=True))
    people = []
    for person in recipients(inp):
        parts = [p for p in (fold(w.strip(".'’")) for w in person.split() if not _TITLE.match(w)) if len(p) > 1]
        if len(parts) >= 2:  # with one name word, given name and surname cannot be told apart
            people.append((person, set(parts[:-1]), parts[-1]))
    if word in {fold(n) for n in params.given_names} or word in params.nickname_table:
        return
    forms = _variants({word}, params.nickname_table)
    if any(forms & given or word == surname or _shortens({word}, given) for _, given, surname in people):
        return  # the given name, a form of it, or the bare surname: not a nickname of the surname
    stem = next((word[: -len(e)] for e in endings if word.endswith(e)), "")
    for person, _given, surname in people:
        if len(stem) >= 3 and _plain(surname).startswith(_plain(stem)):
            first = next(w for w in person.split() if not _TITLE.match(w))
            yield RawFinding(
                greeted[0].start,
                greeted[0].end,
                fields={"match": greeted[0].text, "name": person},
                suggestions=[
                    Suggestion(
                        label=f"replace with “{first}”",
                        edits=[Edit(replacement=first, start=greeted[0].start, end=greeted[0].end)],
                    )
                ],
            )
            return


def _addressees(inp: CheckInput, people: list[str]) -> list[str]:
    """The people the note would go to if the greeting were a slip: the ``To:`` names when the
    draft has them, else every interviewer. Naming one panelist in a panel note ("you and Kim")
    says nothing about who the note is for; only speaking of all of these does."""
    context = set(inp.context.interviewers)
    header = [p for p in people if p not in context]
    to = [p for p in header if any(name_words(p) & name_words(h) for h in _to_names(inp))]
    return to or header or list(inp.context.interviewers)


def _to_names(inp: CheckInput) -> list[str]:
    value = inp.draft.header("to")
    if not value:
        return []
    out = [display.strip().strip('"') or addr for display, addr in getaddresses([value])]
    return [o for o in out if o]


def _spoken_about(inp: CheckInput, people: list[str], about_before: list[str]) -> bool:
    """Whether the body names every one of ``people`` in the third person, after one of
    ``about_before`` ("I interviewed with Kim Norris", "I'll let Kim know") or in the possessive
    ("I didn't get Mr. Haddad's e-mail address"): a note that speaks of
    the people it would go to that way is written to someone else, so its greeting is no
    copy-paste slip."""
    if not about_before or not people:
        return False
    before = "|".join(re.escape(w) for w in sorted(about_before, key=len, reverse=True))
    texts = [p.text for p in inp.draft.paragraphs]
    for person in people:
        words = sorted({w for w in re.findall(r"[^\W\d_][\w'’-]*", person) if len(w) > 1 and not _TITLE.match(w)})
        if not words:
            return False
        named = "|".join(re.escape(w) for w in words)
        # the name keeps its capital ("let Will know", not "I will"); the word before it may be any case
        pattern = re.compile(rf"\b(?:{before})\s+(?-i:(?:(?:{title_source()})\.?\s+)?(?:{named}))\b", re.IGNORECASE)
        # ... or in the possessive, which is the third person too ("I didn't get Mr. Haddad's address")
        possessive = re.compile(rf"(?<![\w'’-])(?-i:(?:{named}))['’]s\b")
        if not any(pattern.search(t) or possessive.search(t) for t in texts):
            return False
    return True


@context_hint("salutation_name", ("interviewers",))
def _name_hint(inp: CheckInput, params: SalutationNameParams) -> str | None:
    if recipients(inp) or not greeted_names(inp.draft.salutation):
        return None
    return "pass --interviewer NAME (or a To: header with the recipient's name)"


# a greeting whose one reader is named by a title alone, before a group ("Respected Sir and panel members")
_MADAM_FIRST = re.compile(
    r"^\s{0,4}(?:(?:dear|respected|hello|hi|good\s(?:morning|afternoon|evening))\s{1,3})?(?:sir|madam|ma['’]am)\s{1,3}(?:and|&)\s",
    re.IGNORECASE,
)


class GroupParams(Params):
    min_people: int = 2
    # a person greeted together with a group ("Dear Ms. Vandermeer and members of the hiring committee",
    # "Hi Ana and team"): patterns (case-insensitive) on the greeting line; the match names the group
    with_group: list[str] = []


@check_kind("group_greeting", GroupParams)
def group_greeting(inp: CheckInput, params: GroupParams) -> Iterator[RawFinding]:
    names = greeted_names(inp.draft.salutation)
    s = inp.draft.salutation
    if len(names) >= params.min_people and s is not None:
        yield RawFinding(s.start, s.end, fields={"count": len(names), "names": ", ".join(n.text for n in names)})
        return
    group = next((m for p in params.with_group if (m := rx(p, re.IGNORECASE).search(s.text))), None) if s else None
    if s is not None and group is not None and not names and _MADAM_FIRST.match(s.text):
        # "Respected Sir and panel members", "Good morning Madam and all": one reader by title, and a group
        names = [Part(s.start, s.start + group.start(), s.text[: group.start()].strip())]
    if names and s is not None and group is not None:
        who = [*(n.text for n in names), group.group("group")]
        yield RawFinding(s.start, s.end, fields={"count": "several", "names": ", ".join(who)})
        return
    to = inp.draft.header("to")
    if to:
        addresses = [a for _, a in getaddresses([to]) if "@" in a]
        if len(addresses) >= params.min_people:
            h = inp.draft.headers["to"]
            yield RawFinding(
                h.value_part.start, h.value_part.end, fields={"count": len(addresses), "names": ", ".join(addresses)}
            )


# --- a name the body addresses ------------------------------------------------------------------------
# A copied note keeps the last reader's first name where the body speaks to them ("I enjoyed our
# conversation, Sarah, and ..."; "Thanks again, Sarah."; "Thank you again, Mr. Hughes,"): a capitalised
# word, or a title and a surname, set off by commas (or a comma and a dash: ", Tom – it's exactly ...", round 31)
# after a word in lower case, or closing a sentence after a comma.  A list ("Anna, Tom, and Raj") has a name
# before the comma or one after "and"; an apposition ("your colleague, Sarah, who ...") has a word of
# a person before it or a relative word after it: neither is spoken to.
_VOCATIVE = re.compile(
    r"(?<=[a-z]),[ \t]++(?-i:(?:(?P<title>Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?[ \t]++)?(?P<name>[A-Z][a-z'’]+))"
    r"(?=[ \t]*+(?:[,.!?]|[–—](?=[ \t])|$))(?![ \t]*+,[ \t]++(?:and|or)[ \t]++(?!I\b)[A-Z])",
    re.MULTILINE,
)
# A first name opening a sentence of the body and spoken to ("Greg, I especially enjoyed ...",
# "Priya, thank you for ..."): read only before the writer or the reader ("I", "thank", "your" ...),
# and only for a word that is no common English word (not "Honestly," "Overall," "Mark,"), nor one after a title's
# dot, which ends no sentence ("meet Dr. Wambui, your farm vet": round 31).
_OPENING_VOCATIVE = re.compile(
    r"(?:^|(?<=[.!?])(?<!Mr\.)(?<!Mrs\.)(?<!Ms\.)(?<!Mx\.)(?<!Dr\.)(?<!Prof\.)(?<!Rev\.)[ \t]{1,3}+)"
    r"(?-i:(?P<name>[A-Z][a-z'’]{1,30}+)),[ \t]{1,3}+"
    r"(?=(?i:i|i['’](?:m|ve|d|ll)|thank|thanks|you|your|it\s+was|many|please|really|just)\b)",
    re.MULTILINE,
)
_COMMON_RANK = 10000  # a word among the most common English words opens a sentence as an adverb, not a name
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z'’]+(?![\w'’-])")
_NEAR = 60  # characters looked at beside a name
_WORD_AFTER = re.compile(r"^[ \t]*+,[ \t]++([\w'’-]+)")
# A name set off by a comma and a dash is spoken to only when the reader's words come before it and the writer or the
# reader after ("your question about heritage consent, Tom – it's exactly the tension I ..."); a dash after a name
# more often opens an apposition ("a big firm, Deloitte – where I built", "the best nurse I know, Margaret – she";
# a review of round 31)
_DASH_AFTER = re.compile(r"^[ \t]*+[–—]")
_DASH_SPOKEN = re.compile(
    r"^[ \t]*+[–—][ \t]++(?:it['’]s|it is|that['’]s|that is|I|I['’](?:m|ve|d|ll)|you|you['’](?:re|ve|ll|d)|thank)\b"
)
_READER_BEFORE = re.compile(r"\byour?\b", re.IGNORECASE)
# ... or when the sentence is thanks and the name ("Thanks again, Graham – it was great to learn ..."; a review of
# round 32)
_THANKS_ALONE = re.compile(
    r"^\s*+(?:many |huge |big )?thank(?:s|\s++you)(?:\s++(?:again|so\s++much|very\s++much|once\s++more))?\s*+$",
    re.IGNORECASE,
)
# A capitalised title before the comma is no list's name only after the reader's question or point on it ("your
# question on Seeing the Big Picture, Graham, and ..."; round 32): "your Team Leader, Hope, and two officers" and "the
# Grand Hall, Grace, and the archive" are a person described and a list (a review of round 32).
_ASKED_ON = re.compile(
    r"\byour\s++(?:question|point|questions|answer|comment|remark|example)\s++(?:on|about|around)\b", re.IGNORECASE
)
_TITLE_OPENERS = frozenset({"the", "a", "an", "your", "our", "their", "its", "my"})  # words before such a title


_OWNERS = frozenset({"my", "our", "his", "her", "their"})
# the reader's own words recalled just before the name ("As you said, Karen, the role needs ..."): the name
# is spoken to, whatever follows it (round 19: "the" after it had read as an apposition)
_SPOKEN_TO = re.compile(
    r"\byou\s(?:(?:also|just|rightly)\s)?(?:said|mentioned|explained|suggested|noted|put\sit|pointed\sout)$"
)
# ... and the clause goes on with its subject after the firm's name ("..., Ledgerline, I closed"); a
# name followed by "and" or the end of the sentence is spoken to ("about my app, Sarah, and ...")
_CLAUSE_SUBJECTS = frozenset({"i", "we", "he", "she", "they", "it", "my", "our", "the"})


class VocativeNameParams(SalutationNameParams):
    # words before the comma that make the name no address: a person it describes ("my colleague,
    # Sarah,") or a sign-off above the sender's name ("Best, Femi")
    people_before: list[str] = []
    # words after the name's comma that make it an apposition ("Sarah, who showed me round")
    apposition_after: list[str] = []
    # words for a firm, a school or a client that, after the writer's own "my", "our" or "their" a few
    # words back, make the name that follows its name: "At my current company, Ledgerline, I ..."
    owned_before: list[str] = []


# A postscript below the signature ("P.S. Thanks again for the tour, Leila!"): the reader reads it as the note's
# last words, so a name it speaks to is checked like one in the body (round 24).
_POSTSCRIPT_LINE = re.compile(r"^[ \t]*+P\.?[ \t]?S\.?(?![\w])[^\n]*+", re.MULTILINE)


def _titled_phrase(before: list[str], said_before: str) -> bool:
    """Whether the words before a comma end in a title of common words in capitals that the reader asked about ("your
    question on Seeing the Big Picture, Graham, and ...": a competency's name, not a list of people; round 32)."""
    if not _ASKED_ON.search(said_before):
        return False
    last, prior = before[-1].strip("'’-"), before[-2].strip("'’-") if len(before) > 1 else ""
    if not (prior[:1].isupper() and last.isalpha() and prior.isalpha()):
        return False
    if len(before) < 3 or before[-3].lower() not in _TITLE_OPENERS:
        return False  # "I met Mark Green, Tom, and the team": a person's name of common words
    ranks = [rank(w.lower()) for w in (prior, last)]
    return all(r is not None and r <= _COMMON_RANK for r in ranks)


def _sentence_before(text: str, end: int) -> str:
    """The words of ``text`` from the start of the sentence holding ``end`` up to it (at most twice ``_NEAR`` back)."""
    window = text[max(0, end - 2 * _NEAR) : end]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
    return window[cut + 1 :]


def _postscripts(signature: Part | None) -> list[Part]:
    """The lines of ``signature`` that open with "P.S." or "PS", as parts of the draft."""
    if not signature:
        return []
    return [
        Part(signature.start + m.start(), signature.start + m.end(), m.group(0))
        for m in _POSTSCRIPT_LINE.finditer(signature.text)
    ]


def _without(part: Part, lines: list[Part]) -> str:
    """``part``'s text less ``lines`` (parts inside it): the sender's names, not those of a postscript."""
    kept, at = [], part.start
    for line in lines:  # in text order: one pass, linear in the part (a review of round 24)
        if part.start <= line.start and line.end <= part.end and line.start >= at:
            kept.append(part.text[at - part.start : line.start - part.start])
            at = line.end
    kept.append(part.text[at - part.start :])
    return "".join(kept)


# A body paragraph that opens with a greeting line of its own ("Dear Mr Lim,"), as the copy meant for another panel
# member pasted under the first one (round 27 blind batch).
_GREETING_LINE = re.compile(r"(?i:dear|hi|hello|hey)\b[^\n]{1,60}[,:]?[ \t]*+(?=\n|\Z)")


def _second_greeting(inp: CheckInput, known: set[str], params: VocativeNameParams) -> Iterator[RawFinding]:
    """Names greeted by a greeting line inside the body that belong to none of the people the note goes to and that
    the body has not named before it (a note passed on, or an earlier note resent, says whose it is first)."""
    if inp.draft.salutation is None:
        return  # the draft's first greeting is then no greeting the parser found: FL131 speaks
    said: set[str] = set()  # the body's words before each paragraph: a note passed on names its reader first
    for part in inp.draft.paragraphs:
        m = _GREETING_LINE.match(part.text)
        if m is not None and m.group(0).rstrip().endswith((",", ":")):
            yield from _greeted_strangers(inp, Part(part.start, part.start + m.end(), m.group(0)), known, said, params)
        said.update(fold(w) for w in re.findall(r"[^\W\d_]+", part.text))


def _greeted_strangers(
    inp: CheckInput, line: Part, known: set[str], said: set[str], params: VocativeNameParams
) -> Iterator[RawFinding]:
    """A finding for each name of a greeting line inside the body that is no recipient's and was not named before."""
    for greeted in greeted_names(line):
        words = name_words(greeted.text)
        if not words or words & known or _variants(words, params.nickname_table) & known:
            continue
        if words & said:
            continue  # "Would you mind passing this on to Priya? / Hi Priya,": a note meant to be passed on
        if _shortens(words, known):
            continue
        people = ", ".join(dict.fromkeys(recipients(inp)))
        yield RawFinding(
            greeted.start,
            greeted.end,
            fields={"match": greeted.text, "recipients": people},
            message=(
                f"A second greeting, to “{greeted.text}”, stands in the body, but the note goes to "
                f"{people or 'someone else'}: a copy meant for another reader pasted in?"
            ),
        )


@check_kind("vocative_name", VocativeNameParams)
def vocative_name(inp: CheckInput, params: VocativeNameParams) -> Iterator[RawFinding]:
    """A first name the body speaks to that belongs to none of the people the note goes to."""
    people = recipients(inp) + [g.text for g in greeted_names(inp.draft.salutation)]
    # only where a first name of the reader is known: "Dear Mr. Whitaker" alone leaves his first name open
    first_known = any(len(name_words(p)) > 1 for p in inp.context.interviewers) or any(
        not any(_TITLE.match(w) for w in g.text.split()) for g in greeted_names(inp.draft.salutation)
    )
    # and a titled surname only where a surname is: a full name, or a greeting with a title
    surname_known = any(len(name_words(p)) > 1 for p in people) or any(
        any(_TITLE.match(w) for w in g.text.split()) for g in greeted_names(inp.draft.salutation)
    )
    if not people:
        return
    known = _variants(set().union(*(name_words(p) for p in people)), params.nickname_table)
    postscripts = _postscripts(inp.draft.signature)
    own = [inp.context.sender_name or ""] + [
        _without(p, postscripts) for p in (inp.draft.signature, inp.draft.closing) if p
    ]
    known |= set().union(*(name_words(t) for t in own)) | {fold(w) for w in params.not_names}
    for word in (inp.context.company or "", inp.context.role or ""):
        known |= name_words(word)
    people_before = {fold(w) for w in params.people_before}
    owned_before = {fold(w) for w in params.owned_before}
    after = {fold(w) for w in params.apposition_after}
    texts = list(inp.draft.paragraphs) + postscripts
    yield from _second_greeting(inp, known, params)
    # how often each capitalised word occurs in the body, counted once (linear in the body)
    counts = Counter(w for p in texts for w in _CAPITALISED.findall(p.text))
    for part in texts:
        text = part.text
        for m in _OPENING_VOCATIVE.finditer(text):
            name = m.group("name")
            if not first_known or fold(name) in known or _shortens({fold(name)}, known) or counts[name] > 1:
                continue
            common = rank(name.lower())
            if name.lower().endswith("ly") or (common is not None and common <= _COMMON_RANK):
                continue  # "Honestly, I ...", "Overall, it was ...": an adverb opening the sentence
            yield RawFinding(
                part.start + m.start("name"),
                part.start + m.end("name"),
                fields={"match": name, "recipients": ", ".join(dict.fromkeys(recipients(inp) or people))},
            )
        for m in _VOCATIVE.finditer(text):
            name = m.group("name")
            if fold(name) in known or _TITLE.match(name) or _shortens({fold(name)}, known):
                continue
            # a surname after a title ("Thank you again, Mr. Hughes,") is checked against the known
            # surnames; a bare first name only where the reader's first name is known
            if not (surname_known if m.group("title") else first_known):
                continue
            tail = text[m.end() : m.end() + _NEAR]  # bounded windows: many names stay linear
            # the last word of an unsigned message is its sender's name ("... stay in touch. Best, Femi")
            if inp.draft.signature is None and part is texts[-1] and not text[m.end() :].strip(" \t.!"):
                continue
            before = text[max(0, m.start() - _NEAR) : m.start()].split()
            said_before = _sentence_before(text, m.start())
            if (
                _DASH_AFTER.match(tail)
                and not _THANKS_ALONE.match(said_before)
                and not (_DASH_SPOKEN.match(tail) and _READER_BEFORE.search(said_before))
            ):
                continue
            nxt = _WORD_AFTER.match(tail)
            # a capitalised word before the comma makes a list or a place ("met Sam, Priyanka, Luis")
            if before and (
                (before[-1][:1].isupper() and not _titled_phrase(before, said_before))
                or fold(before[-1].strip("'’-")) in people_before
            ):
                continue
            if (
                before
                and fold(before[-1]) in owned_before
                and _OWNERS & {fold(w) for w in before[-4:-1]}
                and nxt
                and fold(nxt.group(1)) in _CLAUSE_SUBJECTS
            ):
                continue  # "At my current company, Ledgerline, I ...": the firm's name, not someone spoken to
            if nxt and fold(nxt.group(1)) in after and not _SPOKEN_TO.search(" ".join(before[-4:])):
                continue
            # a name the note also speaks of elsewhere is someone it means to mention, not a leftover
            if counts[name] > 1:
                continue
            start = part.start + m.start("title" if m.group("title") else "name")
            yield RawFinding(
                start,
                part.start + m.end("name"),
                fields={
                    "match": text[m.start("title" if m.group("title") else "name") : m.end("name")],
                    "recipients": ", ".join(dict.fromkeys(recipients(inp) or people)),
                },
            )

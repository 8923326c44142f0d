"""Words of address, read from the built-in ``greetings`` vocabulary (data, not code): English
greetings with their register ("Dear" formal, "Hi" informal), greetings and sign-offs from other
languages in common use in English mail ("Kia ora", "Namaste", "Ngā mihi"), and the titles written
before a name ("Ms", "Rev", "Professor").

One list serves every reader of a greeting: the draft parser, the greeting rules, channel inference
(an informal greeting is no printed letter's) and the language rules (a title's full stop ends no
sentence; the words of a recognised greeting or sign-off are no misspellings), so a word added to
the vocabulary is known everywhere at once.  Marks on letters are optional in a draft ("Nga mihi"
for "Ngā mihi"), and words may be joined by spaces or a hyphen.
"""

from __future__ import annotations

import re
from functools import lru_cache

from followup_lint.accents import without_accents


def _bare(text: str) -> str:
    """The text without combining marks ("ngā" -> "nga")."""
    return without_accents(text, "NFD")


def _phrase_source(phrase: str) -> str:
    """A regex source for one phrase: each letter with or without its mark, words joined by
    whitespace or a hyphen (bounded: one run of separators between two words); the last letter of a
    one-word greeting may be drawn out."""
    words = re.split(r"[\s-]+", phrase.strip())
    out = []
    for word in words:
        letters = []
        for c in word:
            bare = _bare(c)
            letters.append(f"[{re.escape(c)}{re.escape(bare)}]" if bare != c else re.escape(c))
        if len(words) == 1 and word.isalpha():
            # a one-word greeting drawn out ("Hii", "Heyyy", "Hellooo") is the same greeting, not a name
            # (FL306 says it is drawn out); bounded, so a run of letters stays linear
            letters[-1] += "{1,8}"
        out.append("".join(letters))
    return r"[\s-]++".join(out)


@lru_cache(maxsize=1)
def _lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from followup_lint.vocabulary import load_vocabulary

    vocab = load_vocabulary("greetings")
    return tuple(vocab.terms("greetings")), tuple(vocab.terms("sign-offs"))


@lru_cache(maxsize=1)
def _english() -> tuple[tuple[str, frozenset[str]], ...]:
    """The English greetings: (phrase, its marks: "formal" or "informal", maybe "before-name")."""
    from followup_lint.vocabulary import load_vocabulary

    terms = load_vocabulary("greetings").terms("english-greetings")
    return tuple((phrase, frozenset(marks.split())) for phrase, marks in terms.items())


@lru_cache(maxsize=1)
def _titles() -> tuple[tuple[str, str], ...]:
    """The titles: (title, "abbreviation", "dotted" or "word")."""
    from followup_lint.vocabulary import load_vocabulary

    return tuple(load_vocabulary("greetings").terms("titles").items())


def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(_phrase_source(p) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def greeting_source() -> str:
    """Regex source matching one greeting of the vocabulary (to be compiled case-insensitively)."""
    return _alternation(_lists()[0])


@lru_cache(maxsize=1)
def sign_off_source() -> str:
    """Regex source matching one sign-off of the vocabulary (to be compiled case-insensitively)."""
    return _alternation(_lists()[1])


@lru_cache(maxsize=4)
def english_greeting_source(register: str | None = None) -> str:
    """Regex source matching one English greeting word or phrase of the vocabulary, of
    ``register`` ("formal" or "informal") or of either (compile case-insensitively)."""
    return _alternation(tuple(p for p, marks in _english() if register is None or register in marks))


@lru_cache(maxsize=1)
def opening_source() -> str:
    """Regex source for the greeting that opens a note, at the position it is tried (compile
    case-insensitively): an English greeting or one from the vocabulary's other languages, the
    words that greet only before a name ("Morning", "Respected") only when a capital follows."""
    free = tuple(p for p, marks in _english() if "before-name" not in marks)
    bound = tuple(p for p, marks in _english() if "before-name" in marks)
    return rf"(?:{_alternation(free)}|{greeting_source()}|(?:{_alternation(bound)})(?=[ \t]++(?-i:[A-Z])))(?![\w])"


@lru_cache(maxsize=4)
def title_source(form: str | None = None) -> str:
    """Regex source matching one title, capitalised as before a name ("Mr", "Professor"), of
    ``form`` ("abbreviation", written with or without a full stop, or "word") or of either.  A
    "dotted" title is an abbreviation only with its full stop ("Eng.", "Barr.": Eng and Barr are
    surnames too), so its source looks ahead for the stop, which the caller's pattern takes."""
    wanted = {form, "dotted"} if form == "abbreviation" else {form}
    titles = sorted(
        ((t, f) for t, f in _titles() if form is None or f in wanted), key=lambda tf: len(tf[0]), reverse=True
    )
    return "|".join(re.escape(t[:1].upper() + t[1:]) + (r"(?=\.)" if f == "dotted" else "") for t, f in titles)


@lru_cache(maxsize=1)
def _leading() -> re.Pattern[str]:
    return re.compile(rf"(?:{greeting_source()}|{sign_off_source()})(?![\w])", re.IGNORECASE)


def leading_phrase_end(text: str) -> int:
    """How many characters of ``text`` (a salutation or a closing) a greeting or sign-off of the
    vocabulary takes at its start; 0 if it does not open with one."""
    lead = len(text) - len(text.lstrip())
    m = _leading().match(text, lead)
    return m.end() if m else 0

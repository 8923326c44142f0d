"""The guidance items followup_lint enforces, in the project's own words.

Every rule names the items it enforces (``guidance = ["G-..."]``).  Each lintable item here must
be enforced by at least one rule, and rules may only cite items listed here; the tests check both,
and docs/guidance.md is generated from this table and the rule pack (see docs_gen.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    id: str
    summary: str  # what the guidance asks, in our words
    seeds: tuple[str, ...]  # seed articles (file-name prefixes) that give it
    lintable: bool = True
    note: str = ""  # why it is not lintable, or who enforces it
    external: bool = False  # lintable, but enforced by the language backends, not by rules/ here


ITEMS: tuple[Item, ...] = (
    Item(
        "G-TIMING-THANKS",
        "Send the thank-you within a day or two of the interview; a later note should own the delay.",
        ("000", "001", "002", "003"),
    ),
    Item(
        "G-TIMING-STATUS",
        "Give it about a week before asking for news, and never ask before a decision date the employer named.",
        ("000", "001", "003", "004"),
    ),
    Item(
        "G-FREQUENCY",
        "Do not pile up follow-ups: a second check only after another week of silence, and few in all.",
        ("000", "001", "002", "004"),
    ),
    Item(
        "G-SUBJECT",
        "Give an e-mail a clear subject that says why you write and for which role, date or name.",
        ("000", "003", "004"),
    ),
    Item(
        "G-CONCISE",
        "Keep it short: a few points, no padding; LinkedIn notes and calls have hard limits.",
        ("000", "003", "004"),
    ),
    Item(
        "G-GRATITUDE",
        "Thank the reader for their time and the chance to interview.",
        ("000", "001", "002", "003", "004"),
    ),
    Item("G-INTEREST", "Say again that you want the role and like the company.", ("000", "001", "002", "004")),
    Item("G-FIT", "Remind the reader, briefly, why your experience suits the role.", ("000", "002", "004")),
    Item(
        "G-SPECIFICS",
        "Mention something concrete from the conversation, to show you listened.",
        ("001", "002", "003", "004"),
    ),
    Item(
        "G-NEXT-STEPS",
        "Ask about next steps and timing; in a status check, ask politely for an update.",
        ("000", "003", "004"),
    ),
    Item(
        "G-SALUTATION",
        "Greet each interviewer by name, with the right name; one personal note each beats a group note.",
        ("001", "003"),
    ),
    Item("G-CLOSING", "End with a professional closing line, your name and a way to reach you.", ("003",)),
    Item("G-TONE-PROFESSIONAL", "Stay polite and professional: no slang, text-speak or emoji.", ("000", "001", "004")),
    Item(
        "G-TONE-PATIENT",
        "Never sound desperate, impatient, demanding or passive-aggressive, however long the wait.",
        ("000", "004"),
    ),
    Item(
        "G-POSITIVE",
        "Keep a positive tone: no running yourself down, no complaints about the process or employers.",
        ("000", "002"),
    ),
    Item(
        "G-CORRECT",
        "Write cleanly, without typos or grammar slips.",
        ("000",),
        note="enforced by the grammar and spelling backends (FL4xx)",
        external=True,
    ),
    Item("G-SENDER", "Send from a professional address, not a nickname or joke.", ("000",)),
    Item(
        "G-PERSONAL",
        "Write for this reader: no form letter that could go to any employer, no leftover template slots, no names from another application.",
        ("001",),
    ),
    Item(
        "G-CLARIFY", "Optionally add to an answer that fell short in the interview (a tip, never required).", ("001",)
    ),
    Item(
        "G-REJECTION",
        "Answer a rejection graciously: thank them, accept it, and ask for feedback; asking to be kept in "
        "mind for future roles is welcome but does not replace the request for feedback.",
        ("002", "004"),
    ),
    Item(
        "G-CHANNEL",
        "Fit the channel: LinkedIn notes are short with no subject, call scripts are brief and complete, "
        "letters are formal and dated.",
        ("000", "001", "002", "004"),
    ),
    Item(
        "G-KEEP-SEARCHING",
        "Keep applying and networking while you wait, and learn from each interview.",
        ("002", "003", "004"),
        lintable=False,
        note="about what you do, not about the draft",
    ),
)

BY_ID = {item.id: item for item in ITEMS}

"""Boilerplate: a note of some length that is particular to nobody.

A follow-up that names neither the employer nor the role, and (the rule's ``requires``, FL202)
recalls nothing from the interview, could be sent after any interview unchanged: the reader sees a
form letter.  A short note with nothing in it is a different fault (too brief, no detail), so a
floor of words keeps two-line notes to the rules about length and specifics.

The company and the role come from the context (``--company``, ``--role``, headers or
followup-context.toml); with neither known there is nothing to compare, and the rule is quiet.
A word of the company's name or of the role counts wherever it stands in the body, in any case,
and so does a shortened form ("engineering" for "Engineer") or an acronym of the role ("SRE").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup_lint.checks.anchors import WHERE, anchor_span
from followup_lint.checks.base import CheckInput, Params, RawFinding, check_kind, context_hint
from followup_lint.checks.personal import company_words, spelled_out

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


def _stems(words: set[str]) -> set[str]:
    return {w[:_STEM] for w in words if len(w) > 2}


def names_any(body: str, name: str, skip: frozenset[str] = frozenset()) -> bool:
    """Whether ``body`` names ``name``: one of its words (not a ``skip`` word, not a company
    suffix such as "Inc"), on its first letters, or an acronym of it ("SRE")."""
    wanted = _stems(company_words(name) - skip)
    if not wanted:
        return False
    said = _stems({w.lower() for w in _WORD.findall(body)})
    return bool(wanted & said) or bool(spelled_out(body, name) - skip)


@check_kind("boilerplate", BoilerplateParams)
def boilerplate(inp: CheckInput, params: BoilerplateParams) -> Iterator[RawFinding]:
    draft, ctx = inp.draft, inp.context
    if draft.template or not draft.paragraphs or not (ctx.company or ctx.role):
        return
    body = "\n".join(p.text for p in draft.paragraphs)
    if len(_WORD.findall(body)) < params.min_words:
        return
    if ctx.company and names_any(body, ctx.company):
        return
    if ctx.role and names_any(body, ctx.role, _RANK_WORDS):
        return
    named = " or ".join(f"“{v}”" for v in (ctx.company, ctx.role) if v)
    start, end = anchor_span(draft, "body")
    yield RawFinding(start, end, fields={"named": named, "where": WHERE["body"]}, missing=True)


@context_hint("boilerplate", ("company", "role"))
def _boilerplate_hint(inp: CheckInput, params: BoilerplateParams) -> str | None:
    ctx = inp.context
    return None if (ctx.company or ctx.role) else "pass --company or --role (or a Company: or Role: header)"

"""Metamorphic test of purpose and channel inference on the dev split: does the guess survive a change
of surface that keeps the draft's meaning?

    python benchmarks/infer_robustness.py                 # table of flips per perturbation kind
    python benchmarks/infer_robustness.py --list          # ... and every flip, with the cue it came from
    python benchmarks/infer_robustness.py --kind lower --kind crlf --list

Each dev draft (tests/corpus/calibration/dev/*.txt, purpose and channel from its .toml) is linted as
benchmarks/calibrate.py lints it (its context given, purpose and channel left to infer), then again
after each perturbation that keeps what the draft is: the subject line dropped, the greeting changed
or dropped, the sign-off changed or dropped, the names of people, firm and role swapped for others
(plain ones, and ones that are also cue words: "Hope Post" at "Connect Health"), paragraphs joined or
hard-wrapped at 72 columns, CRLF line ends, "Re: " added to or taken from the subject, a "Sent from my
phone" footer (e-mail and LinkedIn drafts), everything lower-cased, British and American spelling,
typographic apostrophes and quotes, no-break spaces, two spaces after a full stop, contractions
expanded ("it's" -> "it is") or made, the greeting run into the first line, the sign-off and the name
on one line.  A
perturbation that does not apply to a draft (no subject to drop, no British word to change) is not
counted.  A change of the inferred purpose or channel is a *flip*, unless the perturbation removed or
rewrote the very words the original guess came from (the subject of a draft whose only purpose cue
is its subject; the "Dear X:" ... "Sincerely" of a formal letter when the greeting changes): that is
counted as *cue removed*, not as brittleness.  Only the inference of the library matters here, so
the linter runs one cheap rule (the purpose and channel are worked out before any rule runs).
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from calibrate import Sample, fold_of, load_corpus

from followup_lint.draft import Draft, parse_draft

# A perturbation: (new text, new context) or None when it does not apply to the draft.
Perturbed = tuple[str, dict[str, Any]] | None


@dataclass(frozen=True)
class Kind:
    name: str
    apply: Callable[[Sample, Draft], Perturbed]
    removes: bool = False  # may remove or rewrite words a guess came from ("cue removed" then, not a flip)
    axes: tuple[str, ...] = ("purpose", "channel")


def _cut(text: str, start: int, end: int) -> str:
    """``text`` without [start, end) and the blank line that followed it."""
    rest = text[end:]
    stripped = rest.lstrip(" \t")
    if stripped.startswith("\n"):
        rest = stripped[1:]
        if rest.startswith("\n"):
            rest = rest[1:]
    return text[:start] + rest


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text))


# --- the perturbations ------------------------------------------------------------------------------
def drop_subject(s: Sample, d: Draft) -> Perturbed:
    head = d.headers.get("subject")
    if head is None:
        return None
    a, b = _line_bounds(s.text, head.line.start, head.line.end)
    text = s.text[:a] + s.text[b:]
    return (text.lstrip("\n") if a == 0 else text), s.context


def toggle_re(s: Sample, d: Draft) -> Perturbed:
    if d.subject is None or not d.subject.text.strip():
        return None
    sub = d.subject.text
    m = re.match(r"(?i)\s*(?:re|aw|sv):\s*", sub)
    new = sub[m.end() :] if m else "Re: " + sub
    return s.text[: d.subject.start] + new + s.text[d.subject.end :], s.context


_GREETING_WORD = re.compile(r"(?i)^(dear|hi|hello|hey|hiya|good (?:morning|afternoon|evening))\b")


def _greeting(swap: Callable[[str], str]) -> Callable[[Sample, Draft], Perturbed]:
    def apply(s: Sample, d: Draft) -> Perturbed:
        if d.salutation is None:
            return None
        sal = d.salutation.text
        lead = len(sal) - len(sal.lstrip())
        m = _GREETING_WORD.match(sal.lstrip())
        if not m:
            return None
        new = swap(m.group(1).lower())
        if new.lower() == m.group(1).lower():
            return None
        rest = sal.lstrip()[m.end() :]
        if new == "Dear" and rest.rstrip().endswith((",", ":")) is False and rest.strip():
            rest = rest.rstrip() + ","  # "Hi Sam" -> "Dear Sam,"
        start = d.salutation.start + lead
        return s.text[:start] + new + rest + s.text[d.salutation.end :], s.context

    return apply


def drop_greeting(s: Sample, d: Draft) -> Perturbed:
    if d.salutation is None:
        return None
    a, b = _line_bounds(s.text, d.salutation.start, d.salutation.end)
    if s.text[d.salutation.end : b].strip():  # the body goes on on the greeting's line: keep it
        return s.text[: d.salutation.start] + s.text[d.salutation.end :].lstrip(" ,"), s.context
    return _cut(s.text, a, b - 1 if s.text[b - 1 : b] == "\n" else b), s.context


_CLOSINGS = {"best regards,": "Kind regards,"}


def change_signoff(s: Sample, d: Draft) -> Perturbed:
    if d.closing is None:
        return None
    old = d.closing.text.strip()
    new = _CLOSINGS.get(old.lower(), "Best regards,")
    return s.text[: d.closing.start] + new + s.text[d.closing.end :], s.context


def drop_signoff(s: Sample, d: Draft) -> Perturbed:
    if d.closing is None:
        return None
    a, b = _line_bounds(s.text, d.closing.start, d.closing.end)
    if s.text[d.closing.end : b].strip():  # "Thanks, Sam" on one line: keep the name
        return s.text[: d.closing.start] + s.text[d.closing.end :].lstrip(" ,"), s.context
    return s.text[:a] + s.text[b:], s.context


_PERSON = re.compile(r"^([A-Z][a-z'-]+)(?: [A-Z]\.)? ([A-Z][a-z'-]+(?:-[A-Z][a-z'-]+)?)$")


def _names(plain: bool) -> Callable[[Sample, Draft], Perturbed]:
    """Swap the interviewer, firm, role and writer for others (``plain``) or for ones that are cue words."""
    reader, firm, role, writer = (
        ("Morgan Reyes", "Calloway Systems", "Operations Analyst", "Jordan Ellis")
        if plain
        else ("Hope Post", "Connect Health", "Decision Scientist", "Joy Bye")
    )

    def apply(s: Sample, d: Draft) -> Perturbed:
        ctx = dict(s.context)
        pairs: list[tuple[str, str, bool]] = []  # old, new, whole words case-insensitively
        people = ctx.get("interviewers")
        people = [people] if isinstance(people, str) else list(people or [])
        if people:
            ctx["interviewers"] = (
                [reader, *people[1:]] if not isinstance(s.context.get("interviewers"), str) else reader
            )
        for old in people[:1]:
            pairs.append((old, reader, False))
            m = _PERSON.match(old.strip())
            if m:
                pairs += [(m.group(1), reader.split()[0], False), (m.group(2), reader.split()[1], False)]
        if ctx.get("company"):
            pairs.append((ctx["company"], firm, True))
            ctx["company"] = firm
        if ctx.get("role"):
            pairs.append((ctx["role"], role, True))
            ctx["role"] = role
        sender = ctx.get("sender_name")
        if not sender and d.signature is not None:
            first = d.signature.text.strip().splitlines()[0].strip() if d.signature.text.strip() else ""
            sender = first if _PERSON.match(first) else None
        if sender:
            if ctx.get("sender_name"):
                ctx["sender_name"] = writer
            pairs.append((sender, writer, False))
            m = _PERSON.match(sender.strip())
            if m:
                pairs += [(m.group(1), writer.split()[0], False), (m.group(2), writer.split()[1], False)]
        text = s.text
        for old, new, fold in sorted(pairs, key=lambda p: -len(p[0])):  # full names before their parts
            if old.strip():
                text = re.sub(rf"(?<![\w-]){re.escape(old.strip())}(?![\w-])", new, text, flags=re.I if fold else 0)
        return (text, ctx) if text != s.text else None

    return apply


def _body_span(d: Draft) -> tuple[int, int] | None:
    if not d.paragraphs:
        return None
    return d.paragraphs[0].start, d.paragraphs[-1].end


def join_paragraphs(s: Sample, d: Draft) -> Perturbed:
    if len(d.paragraphs) < 2:
        return None
    a, b = d.paragraphs[0].start, d.paragraphs[-1].end
    joined = " ".join(" ".join(p.text.split()) for p in d.paragraphs)
    return s.text[:a] + joined + s.text[b:], s.context


def wrap72(s: Sample, d: Draft) -> Perturbed:
    if not d.paragraphs or all(len(line) <= 72 for p in d.paragraphs for line in p.text.splitlines()):
        return None
    out, at = [], 0
    for p in d.paragraphs:
        out.append(s.text[at : p.start])
        out.append(textwrap.fill(" ".join(p.text.split()), 72, break_long_words=False, break_on_hyphens=False))
        at = p.end
    out.append(s.text[at:])
    return "".join(out), s.context


def crlf(s: Sample, d: Draft) -> Perturbed:
    return s.text.replace("\r\n", "\n").replace("\n", "\r\n"), s.context


def footer(s: Sample, d: Draft) -> Perturbed:
    if s.channel not in ("email", "linkedin"):  # a letter or a call has no such footer
        return None
    return s.text.rstrip("\n") + "\n\nSent from my phone\n", s.context


def lower(s: Sample, d: Draft) -> Perturbed:
    return (s.text.lower(), s.context) if s.text.lower() != s.text else None


# British <-> American spellings of words follow-up notes use.
_SPELLINGS = [
    ("apologise", "apologize"),
    ("organisation", "organization"),
    ("organise", "organize"),
    ("realise", "realize"),
    ("recognise", "recognize"),
    ("prioritise", "prioritize"),
    ("emphasise", "emphasize"),
    ("specialise", "specialize"),
    ("analyse", "analyze"),
    ("behaviour", "behavior"),
    ("colour", "color"),
    ("favour", "favor"),
    ("honour", "honor"),
    ("labour", "labor"),
    ("endeavour", "endeavor"),
    ("candour", "candor"),
    ("centre", "center"),
    ("travelled", "traveled"),
    ("travelling", "traveling"),
    ("cancelled", "canceled"),
    ("enquire", "inquire"),
    ("enquiry", "inquiry"),
    ("judgement", "judgment"),
    ("practise", "practice"),
    ("programme", "program"),
    ("cheque", "check"),
    ("licence", "license"),
    ("defence", "defense"),
    ("catalogue", "catalog"),
    ("e-mail", "email"),
]


def _spelling(to_british: bool) -> Callable[[Sample, Draft], Perturbed]:
    pairs = [(us, uk) if to_british else (uk, us) for uk, us in _SPELLINGS]

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        lowered = word.lower()
        for old, new in pairs:
            if lowered.startswith(old):
                out = new + lowered[len(old) :]
                return out.capitalize() if word[0].isupper() else out
        return word

    words = "|".join(re.escape(old) for old, _ in pairs)
    find = re.compile(rf"(?i)\b(?:{words})\w*")

    def apply(s: Sample, d: Draft) -> Perturbed:
        text = find.sub(swap, s.text)
        return (text, s.context) if text != s.text else None

    return apply


def curly(s: Sample, d: Draft) -> Perturbed:
    """Typographic apostrophes and quotes, as a word processor or a phone types them."""
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", s.text)
    text = re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text)
    return (text, s.context) if text != s.text else None


def nbsp(s: Sample, d: Draft) -> Perturbed:
    """No-break spaces after each word of the body, as text pasted from a web page carries them."""
    a, b = d.content_start, len(s.text)
    return s.text[:a] + s.text[a:b].replace(" ", "\u00a0") + s.text[b:], s.context


def double_space(s: Sample, d: Draft) -> Perturbed:
    """Two spaces after each full stop, question or exclamation mark inside a line."""
    text = re.sub(r"(?<=[.!?]) (?=\S)", "  ", s.text)
    return (text, s.context) if text != s.text else None


_CONTRACTIONS = [
    ("I'm", "I am"),
    ("I've", "I have"),
    ("I'd", "I would"),
    ("I'll", "I will"),
    ("you're", "you are"),
    ("you've", "you have"),
    ("it's", "it is"),
    ("that's", "that is"),
    ("don't", "do not"),
    ("didn't", "did not"),
    ("doesn't", "does not"),
    ("haven't", "have not"),
    ("hasn't", "has not"),
    ("hadn't", "had not"),
    ("wasn't", "was not"),
    ("weren't", "were not"),
    ("isn't", "is not"),
    ("aren't", "are not"),
    ("won't", "will not"),
    ("wouldn't", "would not"),
    ("couldn't", "could not"),
    ("can't", "cannot"),
]


def _contractions(expand: bool) -> Callable[[Sample, Draft], Perturbed]:
    pairs = [(short, long) if expand else (long, short) for short, long in _CONTRACTIONS]
    table = {old.lower(): new for old, new in pairs}
    find = re.compile(r"(?i)\b(?:" + "|".join(re.escape(old) for old, _ in pairs) + r")\b")

    def swap(m: re.Match[str]) -> str:
        new = table[m.group(0).lower()]
        return new[0].upper() + new[1:] if m.group(0)[0].isupper() else new

    def apply(s: Sample, d: Draft) -> Perturbed:
        a = d.content_start  # the body only: a header keeps its words
        text = s.text[:a] + find.sub(swap, s.text[a:])
        return (text, s.context) if text != s.text else None

    return apply


def greeting_inline(s: Sample, d: Draft) -> Perturbed:
    """The greeting on the first line of the body ("Hi Sam, thank you for ..."), as chat messages run."""
    if d.salutation is None or not d.paragraphs or d.paragraphs[0].start < d.salutation.end:
        return None
    gap = s.text[d.salutation.end : d.paragraphs[0].start]
    if gap.strip():
        return None
    sal = d.salutation.text.rstrip()
    sal = sal if sal.endswith((",", ":")) else sal + ","
    return s.text[: d.salutation.start] + sal + " " + s.text[d.paragraphs[0].start :], s.context


def signoff_inline(s: Sample, d: Draft) -> Perturbed:
    """The sign-off and the name on one line ("Best, Sam")."""
    if d.closing is None or d.signature is None or "\n" not in s.text[d.closing.end : d.signature.start]:
        return None
    name = d.signature.text.splitlines()[0].strip()
    rest = d.signature.text[len(d.signature.text.splitlines()[0]) :]
    return s.text[: d.closing.end] + " " + name + rest + s.text[d.signature.end :], s.context


KINDS = [
    Kind("drop-subject", drop_subject, removes=True),
    Kind("re-toggle", toggle_re, removes=True),
    Kind("greeting-dear-hi", _greeting(lambda w: "Hi" if w == "dear" else "Dear"), removes=True),
    Kind("greeting-hello", _greeting(lambda w: "Hello"), removes=True),
    Kind("greeting-drop", drop_greeting, removes=True),
    Kind("signoff-change", change_signoff, removes=True),
    Kind("signoff-drop", drop_signoff, removes=True),
    Kind("names-plain", _names(True)),
    Kind("names-cue-words", _names(False)),
    Kind("join-paragraphs", join_paragraphs),
    Kind("wrap-72", wrap72),
    Kind("crlf", crlf),
    Kind("footer-phone", footer),
    Kind("lower", lower),
    Kind("spelling-uk", _spelling(True)),
    Kind("spelling-us", _spelling(False)),
    Kind("curly-quotes", curly),
    Kind("nbsp", nbsp),
    Kind("double-space", double_space),
    Kind("contractions-expand", _contractions(True)),
    Kind("contractions-contract", _contractions(False)),
    Kind("greeting-inline", greeting_inline),
    Kind("signoff-inline", signoff_inline),
]


# --- running ----------------------------------------------------------------------------------------
_QUOTED = re.compile(r"“([^”]*)”")


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def cue_removed(cue: str, before: str, after: str, kind: str, axis: str, truth: str) -> bool:
    """Whether the perturbation took away (or rewrote) the words the original guess came from."""
    if kind == "drop-subject" and re.search(r"(?i)\bsubject\b|\(Re:\)|a reply", cue):
        return True
    if kind == "drop-subject" and axis == "channel" and truth == "email":  # even an empty Subject: line marks an e-mail
        return True
    if kind == "re-toggle" and re.search(r"\(Re:\)|“re:|a reply", cue, re.I):
        return True
    if kind.startswith("greeting") and re.search(r"greeting", cue):
        return True
    after_n = _norm(after)
    return any(_norm(q) not in after_n for q in _QUOTED.findall(cue) if _norm(q) in _norm(before))


@dataclass
class Tally:
    applied: int = 0
    flips: dict[str, int] = field(default_factory=lambda: {"purpose": 0, "channel": 0})
    removed: dict[str, int] = field(default_factory=lambda: {"purpose": 0, "channel": 0})


@dataclass(frozen=True)
class Flip:
    kind: str
    slug: str
    axis: str
    truth: str
    got: str
    cue: str
    was: str  # the cue of the unperturbed guess


def run(samples: list[Sample], kinds: list[Kind]) -> tuple[dict[str, Tally], list[Flip], dict[str, int]]:
    """Tallies per kind, the flips, and the accuracy of the unperturbed drafts."""
    from followup_lint import Config, Linter

    linter = Linter(Config(select=["FL101"]))  # inference runs before any rule: one cheap rule is enough

    def infer(text: str, ctx: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
        report = linter.lint(text, context=ctx or None)
        return {"purpose": report.purpose, "channel": report.channel}, dict(report.inferred)

    tallies = {k.name: Tally() for k in kinds}
    flips: list[Flip] = []
    right = {"purpose": 0, "channel": 0, "drafts": 0}
    for s in samples:
        truth = {"purpose": s.purpose, "channel": s.channel}
        base, cues = infer(s.text, s.context)
        right["drafts"] += 1
        for axis in ("purpose", "channel"):
            right[axis] += base[axis] == truth[axis]
        draft = parse_draft(s.text)
        for kind in kinds:
            done = kind.apply(s, draft)
            if done is None:
                continue
            text, ctx = done
            tally = tallies[kind.name]
            tally.applied += 1
            got, new_cues = infer(text, ctx)
            for axis in kind.axes:
                if got[axis] == base[axis] or base[axis] != truth[axis]:
                    continue
                cue = cues.get(axis, "")
                if kind.removes and cue_removed(cue, s.text, text, kind.name, axis, truth[axis]):
                    tally.removed[axis] += 1
                    continue
                tally.flips[axis] += 1
                flips.append(Flip(kind.name, s.slug, axis, truth[axis], got[axis], new_cues.get(axis, ""), cue))
    return tallies, flips, right


def table(tallies: dict[str, Tally], right: dict[str, int]) -> Iterator[str]:
    n = right["drafts"]
    yield f"unperturbed: purpose {right['purpose']}/{n}, channel {right['channel']}/{n} right"
    yield ""
    yield "| perturbation | drafts | purpose flips | channel flips | cue removed (purpose/channel) |"
    yield "|---|---:|---:|---:|---:|"
    total = Tally()
    for name, t in tallies.items():
        yield f"| {name} | {t.applied} | {t.flips['purpose']} | {t.flips['channel']} | {t.removed['purpose']}/{t.removed['channel']} |"
        total.applied += t.applied
        for axis in ("purpose", "channel"):
            total.flips[axis] += t.flips[axis]
            total.removed[axis] += t.removed[axis]
    yield (
        f"| all | {total.applied} | {total.flips['purpose']} | {total.flips['channel']} "
        f"| {total.removed['purpose']}/{total.removed['channel']} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--kind", action="append", choices=[k.name for k in KINDS], help="only these perturbations")
    parser.add_argument("--list", action="store_true", help="list every flip with the cue the new guess came from")
    parser.add_argument("--folds", type=int, default=1, help="deal dev into N folds (as calibrate.py)")
    parser.add_argument("--fold", type=int, action="append", default=[], help="only these folds")
    args = parser.parse_args(argv)
    samples = [s for s in load_corpus(splits=("dev",)) if not args.fold or fold_of(s.slug, args.folds) in args.fold]
    kinds = [k for k in KINDS if not args.kind or k.name in args.kind]
    tallies, flips, right = run(samples, kinds)
    print("\n".join(table(tallies, right)))
    if args.list and flips:
        print()
        for f in sorted(flips, key=lambda f: (f.kind, f.axis, f.slug)):
            print(f"{f.kind:17} {f.axis:8} {f.slug}: {f.truth} -> {f.got} ({f.cue}; was {f.was})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

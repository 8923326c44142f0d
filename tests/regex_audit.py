"""Find every regular expression the linter runs and pump it with adversarial strings.

Python's ``re`` backtracks: nested or adjacent unbounded quantifiers turn a few hundred bytes
into minutes.  This module gathers every pattern (module globals, literal ``re.*`` calls in the
source, and everything compiled while the rule pack lints its own examples) and measures how the
time of ``finditer`` grows from 1x to 10x input.  Linear patterns grow about 10x; quadratic
ones about 100x.  Growth is judged by the ratio of the best of several runs, so a loaded
machine slows both sizes alike and the verdict stays the same.

Used by tests/test_regex_audit.py and benchmarks/growth.py.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import followup_lint

ROOT = Path(__file__).resolve().parents[1]
# The package as imported: the source tree in a checkout, site-packages when the sdist's tests run
# against the installed wheel (the release job removes src/).
SRC = Path(followup_lint.__file__).resolve().parent

# Characters that drive most backtracking: word and non-word, case, space, line breaks, the
# punctuation our patterns name, an accented letter, an emoji, a zero-width space.
ALPHABET = [*list("aA0 \n\t!?-_.,'\"<>@[]{}()%$/:&;=#*+|~^`\\xX"), "é", "😀", "\u200b", "’", "\u00a0"]

SMALL = 100  # units at 1x
LINEAR_RATIO = 10.0
FAIL_RATIO = 40.0  # linear grows ~10x, quadratic ~100x; between the two with room for noise


@dataclass(frozen=True)
class Pattern:
    source: str
    flags: int
    origin: str

    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.source, self.flags)


def _walk(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if depth > 3:
        return
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _walk(v, depth + 1)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _walk(v, depth + 1)
    elif isinstance(value, type) and value.__module__.startswith("followup_lint"):
        for v in vars(value).values():
            yield from _walk(v, depth + 1)


def module_patterns() -> list[Pattern]:
    """Compiled patterns held by any module of the package (globals and class attributes)."""
    import followup_lint

    found: list[Pattern] = []
    names = [followup_lint.__name__] + [
        m.name for m in pkgutil.walk_packages(followup_lint.__path__, followup_lint.__name__ + ".")
    ]
    for name in names:
        if name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(name)
        except ImportError:  # an optional extra (LanguageTool) is not installed
            continue
        for attr, value in vars(module).items():
            for p in _walk(value):
                found.append(Pattern(p.pattern, p.flags & ~re.UNICODE, f"{name}.{attr}"))
    return found


_RE_FUNCS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


def _flags(node: ast.expr | None) -> int:
    if node is None:
        return 0
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
        return int(getattr(re, node.attr))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _flags(node.left) | _flags(node.right)
    return 0


def literal_patterns() -> list[Pattern]:
    """String literals passed straight to ``re.*`` anywhere in the source (inline patterns)."""
    found: list[Pattern] = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            func = node.func
            if not (isinstance(func.value, ast.Name) and func.value.id == "re" and func.attr in _RE_FUNCS):
                continue
            if not node.args or not isinstance(node.args[0], ast.Constant) or not isinstance(node.args[0].value, str):
                continue
            flag_node = next((k.value for k in node.keywords if k.arg == "flags"), None)
            if flag_node is None:
                index = 1 if func.attr == "compile" else {"sub": 3, "subn": 3, "split": 3}.get(func.attr, 2)
                flag_node = node.args[index] if len(node.args) > index else None
            found.append(
                Pattern(
                    node.args[0].value,
                    _flags(flag_node),
                    f"src/followup_lint/{path.relative_to(SRC).as_posix()}:{node.lineno}",
                )
            )
    return found


def _called_from_project() -> bool:
    """Whether the nearest caller outside ``re`` is this project (not a library it uses)."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.endswith(("re/__init__.py", "functools.py")):
        frame = frame.f_back  # type: ignore[assignment]
    return frame is not None and frame.f_code.co_filename.startswith(str(SRC))


def runtime_patterns() -> list[Pattern]:
    """Everything compiled while every rule's examples are linted (rule-pack and config patterns)."""
    from followup_lint import Linter
    from followup_lint.rulepack import load_rules

    seen: list[Pattern] = []
    original = re._compile  # type: ignore[attr-defined]

    def recording(pattern: object, flags: object) -> object:
        if isinstance(pattern, str) and _called_from_project():
            seen.append(Pattern(pattern, int(flags) & ~re.UNICODE, "runtime"))  # type: ignore[call-overload]
        return original(pattern, flags)

    linter = Linter()
    re._compile = recording  # type: ignore[attr-defined]
    try:
        for rule in load_rules([]):
            for example in rule.examples:
                for text in (example.bad, example.good):
                    if text:
                        linter.lint(text, purpose=example.purpose, channel=example.channel)
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return seen


def rule_patterns() -> list[Pattern]:
    """Every string of a rule's params whose key says it is a pattern, as the checks compile it."""
    from followup_lint.rulepack import load_rules

    keys = {
        "patterns",
        "skip",
        "purpose_words",
        "role_words",
        "frames",
        "cues",
        "generic",
        "acknowledge",
        "not_counting_in_sentence",
    }
    # keys whose patterns are nested: groups heard by parts, or lists by purpose
    nested = {"together", "asks_for_purpose", "patterns_for_purpose"}
    found: list[Pattern] = []
    for rule in load_rules([]):
        params = rule.params.model_dump()
        flags = 0 if params.get("case_sensitive") else re.IGNORECASE
        for key in keys & params.keys():
            values = params[key]
            for value in [values] if isinstance(values, str) else values or []:
                if isinstance(value, str):  # some kinds hold tables here, not patterns
                    found.append(Pattern(value, flags, f"{rule.code}.{key}"))
        for key in nested & params.keys():
            values = params[key]
            groups = values.values() if isinstance(values, dict) else values or []
            found += [Pattern(v, flags, f"{rule.code}.{key}") for group in groups for v in group if isinstance(v, str)]
        # kinds of groups heard by parts: a table of named lists of groups (FL330's ``excused``)
        kinds = params.get("excused") or {}
        found += [
            Pattern(v, flags, f"{rule.code}.excused.{kind}")
            for kind, groups in kinds.items()
            for group in groups
            for v in group
            if isinstance(v, str)
        ]
    return found


def all_patterns() -> list[Pattern]:
    unique: dict[tuple[str, int], Pattern] = {}
    for p in [*module_patterns(), *literal_patterns(), *rule_patterns(), *runtime_patterns()]:
        unique.setdefault((p.source, p.flags), p)
    return list(unique.values())


def _words(source: str) -> list[str]:
    """Literal words in a pattern: a prefix that lets the engine reach deeper states."""
    words = set(re.findall(r"(?<![\\])\b[A-Za-z][A-Za-z-]{2,}", source))
    return sorted(words, key=lambda w: (-len(w), w))[:4]


def _literals(source: str) -> list[str]:
    """Runs of punctuation the pattern spells out (``<!--``, ``{{``, ``-->``): units that open
    or close what the pattern looks for."""
    runs = set(re.findall(r"[^\w\s()\[\]|*+?^$.]{2,}", source.replace("\\", "")))
    return sorted(runs, key=lambda r: (-len(r), r))[:6]


def pumps(pattern: Pattern) -> Iterator[tuple[str, str, str]]:
    """(prefix, unit, suffix): the string is prefix + unit * n + suffix."""
    literal = sorted({c for c in pattern.source if not c.isalnum() and c in ALPHABET} | set("aA -"))
    for c in ALPHABET:
        yield "", c, ""
        yield "", c, "\x00"
        yield "", c, "\n\x00"  # neither ``.`` nor ``$`` gets past it
    for a in literal:
        for b in literal:
            if a != b:
                yield "", a + b, "\x00"
    for lit in _literals(pattern.source):
        for tail in ("", "\n", " a\n"):
            yield "", lit + tail, "\x00"
    for word in _words(pattern.source):
        for sep in (": ", " "):
            for c in ("a", "A", " ", "<@", "!", "-", "A "):
                yield word + sep, c, "\x00"
                yield word + sep + "a", c, "\n\x00"


def _time(compiled: re.Pattern[str], text: str) -> float:
    """CPU time of this thread for one scan: time the scheduler gives other jobs does not count."""
    start = time.thread_time()
    for _ in compiled.finditer(text):
        pass
    return time.thread_time() - start


def growth(compiled: re.Pattern[str], prefix: str, unit: str, suffix: str, n: int = SMALL, repeat: int = 1) -> float:
    """Best-of-``repeat`` time at 10n over best time at n (about 10 for a linear pattern)."""
    small = prefix + unit * n + suffix
    large = prefix + unit * (10 * n) + suffix
    t1 = min(_time(compiled, small) for _ in range(repeat))
    t10 = min(_time(compiled, large) for _ in range(repeat))
    # a floor of a microsecond: below it the clock, not the pattern, decides the ratio
    return max(t10, 1e-6) / max(t1, 1e-6)


@dataclass(frozen=True)
class Verdict:
    pattern: Pattern
    prefix: str
    unit: str
    suffix: str
    ratio: float

    def __str__(self) -> str:
        return (
            f"{self.pattern.origin}: {self.pattern.source[:90]!r} grows {self.ratio:.0f}x for 10x input "
            f"({self.prefix!r} + {self.unit!r}*n + {self.suffix!r})"
        )


def audit(patterns: Iterable[Pattern]) -> list[Verdict]:
    """Patterns that grow super-linearly on some pump: screened once, confirmed best of five, then again
    on four times the input (timing noise does not repeat there; a square does)."""
    bad: list[Verdict] = []
    for pattern in patterns:
        compiled = pattern.compiled()
        for prefix, unit, suffix in pumps(pattern):
            if growth(compiled, prefix, unit, suffix) < FAIL_RATIO / 2:
                continue
            ratio = growth(compiled, prefix, unit, suffix, repeat=5)
            if ratio >= FAIL_RATIO:
                # confirmed once more on four times the input: a pattern that is really super-linear grows
                # as much again there, while a burst of load on a busy machine (a 14 us run timed at 47x
                # while the test suite ran beside it) does not repeat on a run ten times as long
                ratio = min(ratio, growth(compiled, prefix, unit, suffix, n=4 * SMALL, repeat=3))
            if ratio >= FAIL_RATIO:
                bad.append(Verdict(pattern, prefix, unit, suffix, ratio))
                break
    return bad


if __name__ == "__main__":  # python tests/regex_audit.py: list the offenders
    import sys

    pats = all_patterns()
    print(f"{len(pats)} patterns", file=sys.stderr)
    for verdict in audit(pats):
        print(verdict, flush=True)

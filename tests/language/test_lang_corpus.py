"""Harper on realistic follow-up drafts with no real mistakes: false alarms must be rare.

Each corpus file starts with ``Names: a; b; c`` (the people, companies and technologies the
draft mentions, as the linter would know them from the draft's context) and optionally
``Dialect: uk``, then the draft itself.
"""

from __future__ import annotations

from pathlib import Path

from followup_lint.draft import parse_draft
from followup_lint.language.harper_backend import HarperBackend
from followup_lint.language.issues import LanguageIssue

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.txt"))


def load(path: Path) -> tuple[str, list[str], str]:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    while text.split("\n", 1)[0].split(":", 1)[0] in ("Names", "Dialect"):
        line, text = text.split("\n", 1)
        key, value = line.split(":", 1)
        meta[key] = value.strip()
    names = [n.strip() for n in meta["Names"].split(";") if n.strip()]
    return text, names, meta.get("Dialect", "us")


def test_corpus_is_big_enough() -> None:
    assert len(CORPUS) >= 30


def test_at_most_one_false_alarm_per_ten_drafts(
    harper_us: HarperBackend, harper_uk: HarperBackend
) -> None:
    backends = {"us": harper_us, "uk": harper_uk}
    false_alarms: list[tuple[str, str, LanguageIssue]] = []
    for path in CORPUS:
        text, names, dialect = load(path)
        draft = parse_draft(text)
        assert draft.paragraphs, path.name
        regions = [(p.start, p.end) for p in draft.part("message")]
        for issue in backends[dialect].check(draft.text, regions, names):
            false_alarms.append((path.name, draft.text[issue.start : issue.end], issue))
    assert len(false_alarms) * 10 <= len(CORPUS), "\n".join(
        f"{name}: {word!r} {i.rule}: {i.message}" for name, word, i in false_alarms
    )


def test_the_names_are_what_keeps_the_corpus_clean(harper_us: HarperBackend) -> None:
    unnamed = 0
    for path in CORPUS:
        text, _, dialect = load(path)
        if dialect != "us":
            continue
        draft = parse_draft(text)
        unnamed += len(
            harper_us.check(draft.text, [(p.start, p.end) for p in draft.part("message")])
        )
    assert unnamed >= len(CORPUS) // 2  # Harper flags the names when it is not told them

"""Vocabularies: word lists that rules read as data, kept apart from the rules themselves.

Like Vale's vocabularies, a vocabulary is a folder, ``vocabularies/<name>/`` beside the rule
files (the built-in pack's is ``rules/vocabularies/``).  The rule loader reads only the
``*.toml`` files at the top of a rule folder, so nothing here is ever taken for a rule.

A vocabulary holds lists, one file each, named by the file's stem:

- ``<list>.txt``: one term per line (a word or a phrase), compared in lower case;
- ``<list>.tsv``: a term, a tab, then a value (e.g. a rating or a replacement).

Blank lines and lines starting with ``#`` are comments.  A rule names a vocabulary in its
``[params]``; a vocabulary beside the rule's own file wins over the built-in one of the same
name, so a user's rule folder can ship its own lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from followup_lint.errors import FollowupLintError

FOLDER = "vocabularies"


@dataclass(frozen=True)
class Vocabulary:
    """The lists of one vocabulary folder: stem -> {term: value} (value "" for a .txt list)."""

    name: str
    folder: Path
    lists: dict[str, dict[str, str]]

    def terms(self, stem: str) -> dict[str, str]:
        found = self.lists.get(stem)
        if found is None:
            raise FollowupLintError(
                f"vocabulary `{self.name}` ({self.folder}) has no list `{stem}`; "
                f"it has: {', '.join(sorted(self.lists)) or 'none'}"
            )
        return found


def vocabulary_dirs(rule_dir: Path | None) -> list[Path]:
    """Where vocabularies are looked for, first match wins: beside the rule file, then built in."""
    from followup_lint.rulepack import data_dirs

    return data_dirs(FOLDER, rule_dir)


def load_vocabulary(name: str, rule_dir: Path | None = None) -> Vocabulary:
    """The vocabulary ``name`` for a rule in ``rule_dir``; a missing one is an error naming it."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise FollowupLintError(f"invalid vocabulary name {name!r}: use the name of a folder in `{FOLDER}/`")
    searched = vocabulary_dirs(rule_dir)
    for base in searched:
        folder = base / name
        if folder.is_dir():
            return _read_folder(str(folder.resolve()))
    raise FollowupLintError(f"vocabulary `{name}` not found (looked in {', '.join(str(d) for d in searched)})")


@lru_cache(maxsize=64)
def _read_folder(folder: str) -> Vocabulary:
    path = Path(folder)
    lists: dict[str, dict[str, str]] = {}
    for file in sorted(path.iterdir()):
        if file.suffix not in (".txt", ".tsv") or not file.is_file():
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise FollowupLintError(f"cannot read vocabulary list {file}: {exc}") from exc
        lists[file.stem] = _parse(text, file)
    return Vocabulary(path.name, path, lists)


def _parse(text: str, file: Path) -> dict[str, str]:
    terms: dict[str, str] = {}
    tsv = file.suffix == ".tsv"
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if tsv:
            term, sep, value = raw.partition("\t")
            if not sep:
                raise FollowupLintError(f"vocabulary list {file}, line {number}: expected a term, a tab and a value")
            term, value = term.strip(), value.strip()
        else:
            term, value = line, ""
        terms[" ".join(term.lower().split())] = value
    return terms


@lru_cache(maxsize=1)
def job_title_words() -> frozenset[str]:
    """The head words of job titles (the built-in job-search vocabulary's titles), resolved once a
    process: a word that names work, not a pastime or a person."""
    return frozenset(load_vocabulary("job-search").terms("titles"))

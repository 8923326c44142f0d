"""Generated reference docs: the rule reference (from rules/) and the JSON output schema.

Run ``python -m followup_lint.refdocs`` after changing a rule or the report models; a test
fails while docs/ is stale.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from followup_lint.context import context_table
from followup_lint.explain import rule_page
from followup_lint.notices import NOTICES, notice_page
from followup_lint.rulepack import load_rules


def rules_md() -> str:
    rules = load_rules()
    lines = [
        "# Rule reference",
        "",
        "<!-- Generated from rules/ by `python -m followup_lint.refdocs`; do not edit by hand. -->",
        "",
        "Codes by family: FL1xx structure, FL2xx content, FL3xx tone, FL4xx language, FL5xx timing",
        "and context, FL9xx notices about input and configuration. `followup-lint explain CODE`",
        "prints one page: what the rule does, why it matters (the guidance items and the public",
        "sources of its figures), an example, what to write instead, fix safety, and its options with",
        "their defaults. Rules marked *(off by default)* run only when `select` names them.",
        "A rule's weight is what a warning of it costs; an error costs 1.5 × the weight, a warning about",
        "something the draft leaves out a third of it, a tip nothing ([scoring](scoring.md)).",
        "",
        "| code | name | severity | weight | summary |",
        "|---|---|---|---|---|",
    ]
    for r in rules:
        off = "" if r.default_enabled else " *(off by default)*"
        lines.append(
            f"| [{r.code}](#{r.code.lower()}-{r.name}) | {r.name} | {r.severity_text()} | {r.weight:g} | {r.summary}{off} |"
        )
    lines.append("")
    for r in rules:
        lines.append(rule_page(r, heading="##"))
    lines += ["## Notices", "", "Notices cost no points; `ignore` silences the ignorable ones.", ""]
    lines += [f"- [{k.code}](#{k.code.lower()}-{k.name}) {k.name}: {k.summary}" for k in NOTICES.values()]
    lines.append("")
    for kind in NOTICES.values():
        lines.append(notice_page(kind, heading="##"))
    return "\n".join(lines).rstrip() + "\n"


def context_md() -> str:
    return "\n".join(
        [
            "# Context fields",
            "",
            "<!-- Generated from followup_lint.context by `python -m followup_lint.refdocs`; do not edit by hand. -->",
            "",
            "What a draft cannot say itself. Highest first: the API's `context=` or the CLI flag, a header",
            "line or front-matter key in the draft, the nearest `followup-context.toml` (its keys are the",
            "field names or header names, dashes or underscores), the configuration's `[context]`. A value",
            "the draft gives that cannot be read is dropped alone, with notice FL903 naming it. Dates are",
            "ISO dates (`2026-03-02`) or date-times; years outside 1970-2200 are refused.",
            "",
            context_table().rstrip(),
            "",
        ]
    )


def json_schema_text() -> str:
    from followup_lint.formats.json_format import json_schema

    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"


def targets(root: Path) -> dict[Path, str]:
    return {
        root / "docs" / "rules.md": rules_md(),
        root / "docs" / "json-schema.json": json_schema_text(),
        root / "docs" / "context.md": context_md(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m followup_lint.refdocs",
        description="Write the generated reference docs (docs/rules.md and the others) under ROOT.",
    )
    parser.add_argument(
        "root", nargs="?", type=Path, default=None, help="the project folder (default: the current one)"
    )
    root = parser.parse_args(argv).root or Path.cwd()
    for path, text in targets(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""spaCy is imported without its command line, and the command line is still there on demand."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

DRAFT = "Subject: Thank you\n\nHi Ana,\n\nThank you for the interview on Tuesday.\n\nBest,\nLee\n"


def _run(code: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter (nothing imported yet); it prints one JSON object."""
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True, timeout=300
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_linting_imports_no_spacy_command_line() -> None:
    found = _run(
        f"""
        import json, sys
        import followup_lint
        report = followup_lint.Linter().lint({DRAFT!r})
        heavy = sorted(m for m in ("spacy.cli", "typer", "weasel", "httpx", "requests") if m in sys.modules)
        print(json.dumps({{"heavy": heavy, "findings": len(report.findings), "spacy": "spacy" in sys.modules}}))
        """
    )
    assert found["spacy"] is True
    assert found["heavy"] == []


def test_spacy_command_line_still_works_for_a_host_application() -> None:
    found = _run(
        """
        import json, sys
        import followup_lint.nlp  # imports spaCy the light way
        import spacy
        light = "spacy.cli" not in sys.modules
        cli = spacy.cli  # the real package, imported on first use
        from spacy.cli import download  # noqa: F401
        info = spacy.info(silent=True)
        print(json.dumps({"light": light, "cli": cli.__name__, "has_download": hasattr(cli, "download"),
                          "version": info.get("spacy_version"), "real": sys.modules["spacy.cli"] is cli}))
        """
    )
    assert found["light"] is True
    assert found["cli"] == "spacy.cli"
    assert found["has_download"] is True and found["real"] is True
    assert found["version"]


def test_a_host_that_imported_spacy_first_keeps_it_untouched() -> None:
    found = _run(
        """
        import json, sys
        import spacy
        before = spacy.cli
        import followup_lint.nlp
        print(json.dumps({"same": spacy.cli is before and sys.modules["spacy.cli"] is before,
                          "getattr": "__getattr__" in vars(spacy)}))
        """
    )
    assert found == {"same": True, "getattr": False}


def test_lemma_table_is_spacys_english_lookup() -> None:
    from followup_lint.nlp import NLP, _lemma_table

    table = _lemma_table()
    assert len(table) > 40_000
    assert table["thanked"] == "thank"
    nlp = NLP()
    assert [t.lemma_ for t in nlp.doc("I thanked them for meetings")] == ["i", "thank", "them", "for", "meeting"]

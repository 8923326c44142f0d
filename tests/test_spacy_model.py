"""A configured spaCy pipeline (name or path) is loaded with spacy.load; a bad one is a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from followup_lint import Config, FollowupLintError, Linter


def test_configured_pipeline_from_a_path(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "Initech"}])  # type: ignore[attr-defined]
    nlp.to_disk(tmp_path / "tiny")
    linter = Linter(Config(spacy_model=str(tmp_path / "tiny")))
    assert linter.nlp.nlp.has_pipe("entity_ruler")
    report = linter.lint("Hey Ana,\n\nThank you for the chat about Initech.\n\nBest,\nLee")
    assert "FL302" in {f.code for f in report.findings}


def test_pipeline_without_sentences_gets_a_sentencizer(tmp_path: Path) -> None:
    spacy.blank("en").to_disk(tmp_path / "bare")
    linter = Linter(Config(spacy_model=str(tmp_path / "bare")))
    assert linter.nlp.nlp.has_pipe("sentencizer")


def test_missing_pipeline_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FollowupLintError, match="spacy_model"):
        Linter(Config(spacy_model=str(tmp_path / "nowhere")))

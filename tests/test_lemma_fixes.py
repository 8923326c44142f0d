"""Lemmas a pattern relies on: the lookup table's wrong entries are corrected."""

from __future__ import annotations

from spacy.matcher import Matcher

from followup_lint import Linter


def test_does_is_a_form_of_do_not_of_doe(linter: Linter) -> None:
    doc = linter.nlp.doc("Does Thursday still work? She does.")
    assert [t.lemma_ for t in doc if t.lower_ == "does"] == ["do", "do"]
    assert linter.nlp.lemma("Does") == "do"


def test_a_pattern_on_the_lemma_do_finds_does(linter: Linter) -> None:
    matcher = Matcher(linter.nlp.nlp.vocab)
    matcher.add("DO", [[{"LEMMA": "do"}, {"LOWER": "not"}]])
    doc = linter.nlp.doc("Nobody there does not know the answer.")
    assert [doc[s:e].text for _, s, e in matcher(doc)] == ["does not"]

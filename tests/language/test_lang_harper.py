"""Harper for real: harper-py runs in-process, offline."""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading
from collections.abc import Callable

import pytest

from followup_lint.language.harper_backend import DEFAULT_DISABLED, HarperBackend, harper_rule_names

DRAFT = (
    "Hi Dana,\n"
    "\n"
    "I was glad to recieve the schedule. I enjoyed meeting there team and seeing the the "
    "alerting rules.\n"
    "\n"
    "Best,\n"
    "Sam\n"
)


def body_region(text: str) -> list[tuple[int, int]]:
    start = text.index("I was")
    return [(start, text.index("\n\nBest"))]


def test_typo_wrong_word_and_repetition_with_suggestions_at_the_right_offsets(
    harper_us: HarperBackend,
) -> None:
    issues = harper_us.check(DRAFT, body_region(DRAFT))
    found = {DRAFT[i.start : i.end]: i for i in issues}
    assert set(found) == {"recieve", "there", "the the"}, issues
    assert found["recieve"].kind == "spelling" and "receive" in found["recieve"].suggestions
    assert found["there"].kind == "grammar" and found["there"].suggestions == ("their",)
    assert found["the the"].kind == "repetition" and found["the the"].suggestions == ("the",)
    assert all(i.backend == "harper" for i in issues)
    assert found["recieve"].rule == "SpellCheck"
    assert found["recieve"].start == DRAFT.index("recieve")


def test_only_the_regions_are_linted(harper_us: HarperBackend) -> None:
    text = "Subject: recieve\n\nAll good here.\n\n> quoted recieve text\n"
    assert harper_us.check(text, [(text.index("All"), text.index("here.") + 5)]) == []
    assert [text[i.start : i.end] for i in harper_us.check(text, [(0, 16)])] == ["recieve"]


def test_offsets_map_back_through_several_regions_and_code_points(harper_us: HarperBackend) -> None:
    text = "Hi 👋🏽 Ana,\n\nThanks 🙏 for the chat.\n\nI hope to recieve news.\n\n-- \nLee"
    regions = [
        (text.index("Thanks"), text.index("chat.") + 5),
        (text.index("I hope"), text.index("news.") + 5),
    ]
    issues = harper_us.check(text, regions)
    assert [(text[i.start : i.end], i.rule) for i in issues] == [("recieve", "SpellCheck")]


NAMES_TEXT = (
    "I enjoyed meeting Priya Okafor and the Acme team. Initech's move to Kubernetes and FastAPI "
    "sounds exciting, and I would love to help Initech with it."
)


def test_names_are_not_typos_when_given(harper_us: HarperBackend) -> None:
    names = ["Priya Okafor", "Initech", "FastAPI", "Acme", "Kubernetes"]
    assert harper_us.check(NAMES_TEXT, [(0, len(NAMES_TEXT))], names=names) == []
    # without the names Harper does flag them: the names list is what makes the difference
    flagged = {NAMES_TEXT[i.start : i.end] for i in harper_us.check(NAMES_TEXT, [(0, len(NAMES_TEXT))])}
    assert {"Priya", "Okafor", "Initech's", "FastAPI"} <= flagged


def test_names_are_case_insensitive_and_possessive_aware(harper_us: HarperBackend) -> None:
    text = "Thank you, Okafor's team, and FASTAPI fans."
    assert harper_us.check(text, None, names=["okafor", "FastAPI"]) == []


def test_names_do_not_hide_real_typos(harper_us: HarperBackend) -> None:
    text = "Priya said we would recieve the offer."
    issues = harper_us.check(text, None, names=["Priya"])
    assert [text[i.start : i.end] for i in issues] == ["recieve"]


def test_user_words_are_imported() -> None:
    backend = HarperBackend(words=["Initech", "Okafor"])
    text = "Initech's lead, Dr. Okafor, was kind."
    assert backend.check(text) == []


def test_sign_off_name_sam_is_not_capitalised_when_a_name(harper_us: HarperBackend) -> None:
    text = "Thanks again for your time.\n\nBest,\nSam"
    assert [i.rule for i in harper_us.check(text)] == ["OrthographicConsistency"]  # Harper's "SAM"
    assert harper_us.check(text, names=["Sam"]) == []


def test_region_starting_mid_line_is_not_a_sentence_start(harper_us: HarperBackend) -> None:
    text = "Hi Ana, thanks for meeting me on Tuesday.\n"
    start = text.index("thanks")
    assert harper_us.check(text, [(start, len(text) - 1)]) == []


def test_style_preferences_are_off_by_default_and_can_be_enabled(harper_us: HarperBackend) -> None:
    text = "We talked about hiring, onboarding and mentoring."
    assert "OxfordComma" in DEFAULT_DISABLED
    assert harper_us.check(text) == []
    picky = HarperBackend(enabled_rules=["OxfordComma"])
    assert [i.rule for i in picky.check(text)] == ["OxfordComma"]


def test_disabled_rules_switch_rules_off_and_accept_the_harper_prefix() -> None:
    backend = HarperBackend(disabled_rules=["harper:SpellCheck", "repeatedwords"])
    assert backend.check("I will recieve the the call.") == []
    assert "SpellCheck" in backend.disabled_rules and "RepeatedWords" in backend.disabled_rules


def test_uk_dialect_accepts_colour(harper_us: HarperBackend, harper_uk: HarperBackend) -> None:
    text = "The colour of the new office was lovely."
    assert harper_uk.check(text) == []
    assert [text[i.start : i.end] for i in harper_us.check(text)] == ["colour"]


@pytest.mark.parametrize("dialect", ["us", "UK", "british", "Canadian", "australian", "indian", "en-GB"])
def test_known_dialects(dialect: str) -> None:
    HarperBackend(dialect)


def test_unknown_dialect_raises_with_the_allowed_values() -> None:
    with pytest.raises(ValueError, match=r"unknown dialect 'klingon'.*us, uk, canadian, australian, indian"):
        HarperBackend("klingon")


def test_unknown_rule_name_raises_with_allowed_values() -> None:
    with pytest.raises(ValueError, match=r"unknown Harper rule name.*'NoSuchRule'.*allowed values"):
        HarperBackend(disabled_rules=["SpellCheck", "NoSuchRule"])
    with pytest.raises(ValueError, match="'Oxford'"):
        HarperBackend(enabled_rules=["Oxford"])
    assert "SpellCheck" in harper_rule_names() and len(harper_rule_names()) > 100


def test_the_linter_is_built_lazily_and_once() -> None:
    backend = HarperBackend()
    assert not backend.loaded and backend._config is None  # construction costs nothing
    backend.check("Fine.")
    linter = backend._linter
    backend.check("Also fine.")
    assert backend._linter is linter


def test_pickling_keeps_configuration_and_rebuilds_lazily(harper_us: HarperBackend) -> None:
    backend = HarperBackend("uk", disabled_rules=["RepeatedWords"], words=["Okafor"])
    backend.check("Warm up.")
    clone = pickle.loads(pickle.dumps(backend))
    assert not clone.loaded
    assert clone.dialect == "BRITISH" and clone.words == ("Okafor",)
    assert clone.check("Okafor liked the colour of the the wall.") == []


def test_deterministic(harper_us: HarperBackend) -> None:
    assert harper_us.check(DRAFT, body_region(DRAFT)) == HarperBackend().check(DRAFT, body_region(DRAFT))


def _in_threads(work: Callable[[], object], n: int = 3) -> tuple[list[object], list[BaseException]]:
    """Run ``work`` in ``n`` threads at once: what each returned, and what any raised."""
    results: list[object] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(work())
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, errors


def test_one_backend_per_thread() -> None:
    results, errors = _in_threads(lambda: [i.rule for i in HarperBackend().check("I will recieve it.")])
    assert not errors and results == [["SpellCheck"]] * 3


def test_a_shared_backend_is_serialised_not_broken(harper_us: HarperBackend) -> None:
    def work() -> None:
        for _ in range(20):
            harper_us.check(DRAFT, body_region(DRAFT))

    _, errors = _in_threads(work)
    assert not errors


def test_importing_the_package_loads_no_backend_library() -> None:
    code = (
        "import sys, followup_lint.language, followup_lint.language.harper_backend, "
        "followup_lint.language.languagetool_backend, followup_lint.language.readability; "
        "print(sorted(m for m in ('harper', 'language_tool_python', 'textstat', 'nltk') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

"""The client's settings: unwrapped, normalised, validated in one line."""

from __future__ import annotations

from datetime import date

import pytest

from followup_lint.server.settings import DEFAULT_RULE_URL, Settings, parse_settings, rule_url


@pytest.mark.parametrize(
    "raw",
    [
        {"followupLint": {"ignore": "fl302,FL1", "context": {"interviewDate": "2026-03-02", "company": "Initech"}}},
        {
            "followup-lint": {
                "ignore": ["FL302", "fl1"],
                "context": {"interview-date": "2026-03-02", "company": "Initech"},
            }
        },
        {"ignore": ["FL302", "FL1"], "context": {"interview_date": "2026-03-02", "company": "Initech"}},
    ],
)
def test_every_shape_a_client_sends_means_the_same(raw: object) -> None:
    settings = parse_settings(raw)
    assert settings.ignore == ["FL302", "FL1"]
    assert settings.context.interview_date == date(2026, 3, 2)
    assert settings.context.company == "Initech"


def test_no_settings_are_the_defaults() -> None:
    assert parse_settings(None) == Settings()
    assert parse_settings({}).debounce_ms == 300


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"purpose": "love-letter"}, "purpose"),
        ({"debounceMs": -1}, "debounce_ms"),
        ({"context": {"interviewDate": "last tuesday"}}, "context.interview_date"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_key(raw: object, key: str) -> None:
    with pytest.raises(ValueError, match=rf"`{key}[`.]") as info:
        parse_settings(raw)
    assert "\n" not in str(info.value)


def test_rule_links_point_at_the_rule_reference_heading() -> None:
    assert rule_url(DEFAULT_RULE_URL, "FL302", "casual-greeting").endswith("docs/rules.md#fl302-casual-greeting")
    assert rule_url("file:///docs/{code}.html", "FL302", "x") == "file:///docs/FL302.html"

"""JSON output and its schema."""

from __future__ import annotations

import json

import jsonschema
from format_samples import PRIVATE, SUMMARIES

from followup_lint.formats import json_format
from followup_lint.report import Report


def test_shape_and_round_trip(all_results):
    doc = json.loads(json_format.write(all_results))
    assert list(doc) == ["schema_version", "tool", "files"]
    assert doc["schema_version"] == "1.0"
    assert doc["tool"]["name"] == "followup-lint"
    assert [f["path"] for f in doc["files"]] == [
        "drafts/lee.txt",
        "templates.md",
        "templates.md",
        "ok.txt",
        "missing, 100%: draft.txt",
    ]
    for entry, result in zip(doc["files"], all_results, strict=False):
        assert list(entry) == ["path", "report", "error"]
        if result.report is None:
            assert entry["report"] is None and entry["error"]
        else:
            assert entry["error"] is None
            assert Report.model_validate(entry["report"]) == result.report


def test_unicode_is_written_as_is(all_results):
    out = json_format.write(all_results)
    assert "\u201cHey guys,\u201d" in out and "\\u201c" not in out


def test_validates_against_its_own_schema(all_results):
    schema = json_format.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for excerpts in (True, False):
        jsonschema.Draft202012Validator(schema).validate(json.loads(json_format.write(all_results, excerpts=excerpts)))
    assert schema["properties"]["schema_version"]["const"] == "1.0"
    assert schema["required"] == ["schema_version", "tool", "files"]
    assert "findings" in schema["$defs"]["Report"]["required"]


def test_schema_rejects_a_wrong_document(all_results):
    schema = json_format.json_schema()
    doc = json.loads(json_format.write(all_results))
    del doc["files"][0]["report"]["findings"][0]["line"]
    try:
        jsonschema.Draft202012Validator(schema).validate(doc)
    except jsonschema.ValidationError:
        return
    raise AssertionError("schema accepted a finding without a line")


def test_no_excerpts_redacts_but_stays_valid(all_results):
    out = json_format.write(all_results, excerpts=False, summaries=SUMMARIES)
    for word in PRIVATE:
        assert word not in out, word
    doc = json.loads(out)
    report = Report.model_validate(doc["files"][0]["report"])
    assert all(not f.suggestions for f in report.findings)
    gratitude = next(f for f in report.findings if f.code == "FL204")
    assert gratitude.message == SUMMARIES["FL204"]
    assert (gratitude.line, gratitude.column) == (4, 1)


def test_deterministic(make_results):
    assert json_format.write(make_results()) == json_format.write(make_results())

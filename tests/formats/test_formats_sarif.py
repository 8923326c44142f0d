"""SARIF output: schema-valid, right positions, fixes, fingerprints, and no draft text without excerpts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from format_samples import DRAFT, PRIVATE, SUMMARIES, TEMPLATES

from followup_lint.formats import sarif
from followup_lint.formats.base import SourceLines

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def validate(doc: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(doc)


@pytest.mark.parametrize("excerpts", [True, False])
def test_validates_against_the_official_schema(all_results, excerpts):
    doc = json.loads(sarif.write(all_results, excerpts=excerpts))
    validate(doc)
    assert doc["version"] == "2.1.0"
    assert len(doc["runs"]) == 1


def test_schema_catches_a_broken_log(all_results):
    doc = json.loads(sarif.write(all_results))
    doc["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validate(doc)


def test_driver_lists_the_rules_that_fired(all_results):
    run = json.loads(sarif.write(all_results, summaries=SUMMARIES))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["FL020", "FL101", "FL204", "FL310", "FL330", "FL331", "FL340"]
    by_id = {r["id"]: r for r in rules}
    assert by_id["FL204"]["defaultConfiguration"]["level"] == "error"
    assert by_id["FL020"]["defaultConfiguration"]["level"] == "note"
    assert by_id["FL101"]["shortDescription"]["text"] == SUMMARIES["FL101"]
    assert by_id["FL101"]["properties"]["tags"] == ["G-FL101", "tone"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "followup-lint" and driver["informationUri"].startswith("https://")
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_regions_match_the_source(all_results):
    run = json.loads(sarif.write(all_results))["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    emoji = next(r for r in results if r["ruleId"] == "FL020")
    region = emoji["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (1, 30, 1, 31)
    assert region["snippet"]["text"] == "\U0001f64f"
    hey = next(r for r in results if r["ruleId"] == "FL101")
    region = hey["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, 1, 10)
    assert region["snippet"]["text"] == "Hey guys,"
    # a missing part: an empty region at the place it belongs, no snippet
    missing = next(r for r in results if r["ruleId"] == "FL204")
    region = missing["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (4, 1, 4, 1)
    assert "snippet" not in region
    assert missing["properties"]["missing"] is True
    # a draft sliced out of a multi-draft file lands on the file's lines
    name = next(r for r in results if r["ruleId"] == "FL330")
    loc = name["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "templates.md"
    assert loc["region"]["startLine"] == 6
    assert loc["region"]["snippet"]["text"] == "Zephyrine"
    assert name["properties"]["draft"] == "first"
    # every snippet is exactly the file's text at the region
    for path, text in (("drafts/lee.txt", DRAFT), ("templates.md", TEMPLATES)):
        lines = SourceLines(text)
        for r in results:
            loc = r["locations"][0]["physicalLocation"]
            if loc["artifactLocation"]["uri"] != path or "snippet" not in loc["region"]:
                continue
            g = loc["region"]
            assert lines.slice(g["startLine"], g["startColumn"], g["endLine"], g["endColumn"]) == g["snippet"]["text"]


def test_fixes_from_suggestions(all_results):
    results = json.loads(sarif.write(all_results))["runs"][0]["results"]
    hey = next(r for r in results if r["ruleId"] == "FL101")
    (fix,) = hey["fixes"]
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "drafts/lee.txt"
    (rep,) = change["replacements"]
    assert rep["deletedRegion"] == {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 10}
    assert rep["insertedContent"]["text"] == "Dear Ms Lee,"
    # an insertion, and an edit away from the finding's span placed through the source map
    missing = next(r for r in results if r["ruleId"] == "FL204")
    insert, elsewhere = missing["fixes"]
    assert insert["artifactChanges"][0]["replacements"][0]["deletedRegion"] == {
        "startLine": 4,
        "startColumn": 1,
        "endLine": 4,
        "endColumn": 1,
    }
    assert elsewhere["artifactChanges"][0]["replacements"][0]["deletedRegion"] == {
        "startLine": 2,
        "startColumn": 9,
        "endLine": 2,
        "endColumn": 10,
    }
    # multi-draft: the edit offset is into the draft, the region into the file
    name = next(r for r in results if r["ruleId"] == "FL330")
    region = name["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]
    assert (region["startLine"], region["startColumn"]) == (6, 31)


def test_edits_that_cannot_be_placed_are_left_out(draft_result):
    from dataclasses import replace

    no_map = replace(draft_result, source_map=None)
    results = json.loads(sarif.write([no_map]))["runs"][0]["results"]
    missing = next(r for r in results if r["ruleId"] == "FL204")
    # the insertion at the finding's own span stays; the edit elsewhere needs the map
    assert [f["description"]["text"] for f in missing["fixes"]] == ["Open with a thank-you"]


def test_file_errors_and_notices_become_notifications(all_results):
    invocation = json.loads(sarif.write(all_results))["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    levels = [
        (n["level"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
        for n in invocation["toolExecutionNotifications"]
    ]
    assert ("error", "missing,%20100%25%3A%20draft.txt") in levels
    assert ("note", "drafts/lee.txt") in levels


def test_successful_run(draft_result):
    invocation = json.loads(sarif.write([draft_result]))["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is True


def test_fingerprints_are_stable_and_distinct(make_results):
    first = json.loads(sarif.write(make_results()))["runs"][0]["results"]
    prints = [r["partialFingerprints"]["followupLint/v1"] for r in first]
    assert len(set(prints)) == len(prints)
    again = json.loads(sarif.write(make_results()))["runs"][0]["results"]
    assert prints == [r["partialFingerprints"]["followupLint/v1"] for r in again]


def test_fingerprint_survives_lines_moving(draft_result):
    from dataclasses import replace

    from followup_lint.report import Report

    before = json.loads(sarif.write([draft_result]))["runs"][0]["results"]
    shifted_text = "\n\n" + DRAFT
    report: Report = draft_result.report
    moved = report.model_copy(
        update={
            "findings": [f.model_copy(update={"line": f.line + 2, "end_line": f.end_line + 2}) for f in report.findings]
        }
    )
    after = json.loads(sarif.write([replace(draft_result, report=moved, source_text=shifted_text, source_map=None)]))[
        "runs"
    ][0]["results"]
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]


def test_no_excerpts_leaves_out_draft_text(all_results):
    out = sarif.write(all_results, excerpts=False, summaries=SUMMARIES)
    for word in PRIVATE:
        assert word not in out, word
    doc = json.loads(out)
    for r in doc["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]
        assert "snippet" not in loc["region"] and "contextRegion" not in loc
        assert "fixes" not in r
    messages = {r["ruleId"]: r["message"]["text"] for r in doc["runs"][0]["results"]}
    assert messages["FL204"] == SUMMARIES["FL204"]


def test_deterministic(make_results):
    assert sarif.write(make_results()) == sarif.write(make_results())


def test_absolute_and_windows_like_paths(tmp_path, monkeypatch, draft_result):
    from dataclasses import replace

    monkeypatch.chdir(tmp_path)
    inside = replace(draft_result, path=str(tmp_path / "sub" / "a b.txt"))
    outside = replace(draft_result, path="/elsewhere/x.txt")
    stdin = replace(draft_result, path="-")
    doc = json.loads(sarif.write([inside, outside, stdin]))
    validate(doc)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in doc["runs"][0]["results"]]
    assert "sub/a%20b.txt" in uris
    assert "file:///elsewhere/x.txt" in uris
    assert "%3Cstdin%3E" in uris

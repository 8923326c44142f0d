"""JUnit XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from format_samples import PRIVATE, SUMMARIES

from followup_lint.formats import junit
from followup_lint.formats.base import FileResult
from followup_lint.report import Report


def test_parses_and_counts(all_results):
    root = ET.fromstring(junit.write(all_results).encode("utf-8"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [
        "drafts/lee.txt",
        "templates.md [first]",
        "templates.md [second]",
        "ok.txt",
        "missing, 100%: draft.txt",
    ]
    lee = suites[0]
    # FL310 fired twice: one testcase, one failure listing both
    assert [c.get("name") for c in lee.findall("testcase")] == [
        "FL020 subject-emoji",
        "FL101 salutation-tone",
        "FL204 gratitude",
        "FL310 pushy",
    ]
    # FL020 is an info tip: a passing test case that still shows the tip
    assert lee.get("tests") == "4" and lee.get("failures") == "3"
    tip = lee.findall("testcase")[0]
    assert tip.find("failure") is None and tip.findtext("system-out")
    pushy = lee.findall("testcase")[3].find("failure")
    assert pushy.get("type") == "warning"
    assert "drafts/lee.txt:5:1: " in pushy.text and "drafts/lee.txt:5:30: " in pushy.text
    assert lee.find("properties/property[@name='score']").get("value") == "71.5"
    # the clean draft: one passing testcase
    ok = suites[3]
    (case,) = ok.findall("testcase")
    assert list(case) == [] and ok.get("failures") == "0"
    # the file error
    err = suites[4]
    assert err.get("errors") == "1"
    assert err.find("testcase/error").get("message") == "cannot read: No such file or directory"
    # totals
    assert root.get("tests") == str(sum(int(s.get("tests")) for s in suites))
    assert root.get("failures") == "5" and root.get("errors") == "1"  # the two info tips pass
    assert len(root.findall(".//failure")) == 5


def test_illegal_xml_characters_are_replaced(draft_result):
    report: Report = draft_result.report
    f = report.findings[0].model_copy(update={"message": "bad \x00\x1b[31m char \udcff"})
    r = FileResult(path="x.txt", report=report.model_copy(update={"findings": [f]}), source_text="line\x0c one\n")
    out = junit.write([r])
    ET.fromstring(out.encode("utf-8"))
    assert "\x00" not in out and "\x1b" not in out


def test_no_excerpts_leaves_out_draft_text(all_results):
    out = junit.write(all_results, excerpts=False, summaries=SUMMARIES)
    for word in PRIVATE:
        assert word not in out, word
    ET.fromstring(out.encode("utf-8"))


def test_deterministic(make_results):
    assert junit.write(make_results()) == junit.write(make_results())

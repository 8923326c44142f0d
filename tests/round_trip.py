"""Any report, whatever ``str`` it quotes, comes out of every output format valid and reads back."""

from __future__ import annotations

import json
from xml.etree import ElementTree

from followup_lint.formats import FORMATS, FileResult, write
from followup_lint.report import Report


def assert_every_format_round_trips(report: Report, text: str, path: str) -> None:
    """Every output format writes ``report`` as valid UTF-8 that its reader parses back, and the
    JSON comes back as the same findings at the same places."""
    dumped = Report.model_validate_json(report.model_dump_json())
    assert [(f.code, f.start, f.end, f.line, f.column) for f in dumped.findings] == [
        (f.code, f.start, f.end, f.line, f.column) for f in report.findings
    ]
    results = [FileResult(path=path, report=report, source_text=text)]
    for name in FORMATS:
        out = write(name, results)
        out.encode("utf-8")  # no lone surrogate survives into the output
        if name == "json":
            back = Report.model_validate(json.loads(out)["files"][0]["report"])
            assert [(f.code, f.start, f.end) for f in back.findings] == [
                (f.code, f.start, f.end) for f in report.findings
            ]
        elif name == "sarif":
            (run,) = json.loads(out)["runs"]
            assert len(run["results"]) >= len(report.findings)
        elif name == "junit":
            ElementTree.fromstring(out.encode("utf-8"))
        elif name == "github":
            # one workflow command a line (the runner splits at line feeds), none broken by the draft
            assert all(line.startswith("::") and "\r" not in line for line in out.split("\n") if line)

"""GitHub Actions workflow commands."""

from __future__ import annotations

from format_samples import PRIVATE, SUMMARIES

from followup_lint.formats import github


def test_escaping_matches_the_actions_toolkit():
    assert github.escape_data("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b"
    assert github.escape_property("a:b,c%\nd") == "a%3Ab%2Cc%25%0Ad"
    # '%' is escaped first, so an already-escaped sequence is not mistaken for one
    assert github.escape_data("%0A") == "%250A"


def test_one_command_per_finding(all_results):
    lines = github.write(all_results).splitlines()
    # 5 + 1 + 2 findings, 1 notice, 1 file error; nothing for the clean file
    assert len(lines) == 10
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert lines[0] == (
        "::notice file=drafts/lee.txt,line=1,col=30,endLine=1,endColumn=30,"
        "title=FL020 subject-emoji::Leave emoji out of the subject line."
    )
    assert lines[1].startswith(
        "::warning file=drafts/lee.txt,line=2,col=1,endLine=2,endColumn=9,title=FL101 salutation-tone::"
    )
    assert lines[2].startswith("::error file=drafts/lee.txt,line=4,col=1,endLine=4,endColumn=1,title=FL204 gratitude::")


def test_message_escaping_in_output(all_results):
    out = github.write(all_results)
    pushy = next(line for line in out.splitlines() if "Pushy question" in line)
    # data: % escaped, ':' and ',' kept
    assert "(50%25 of readers, a:b,c)." in pushy
    # multi-line spans carry lines only
    social = next(line for line in out.splitlines() if "Social pressure" in line)
    assert "line=5,endLine=6,title=" in social and "col=" not in social
    # suggestions are extra lines of the message, escaped as %0A
    hey = next(line for line in out.splitlines() if "FL101" in line)
    assert hey.endswith("interviewer.%0ASuggestion: Replace with \u201cDear Ms Lee,\u201d")
    # file errors: properties escaped (',' ':' '%')
    err = next(line for line in out.splitlines() if "cannot read" in line)
    assert (
        err == "::error file=missing%2C 100%25%3A draft.txt,title=followup-lint::cannot read: No such file or directory"
    )


def test_no_line_breaks_leak_into_commands(draft_result):
    report = draft_result.report
    f = report.findings[0].model_copy(update={"message": "a\n::error::injected\rb"})
    r = draft_result.__class__(path="x.txt", report=report.model_copy(update={"findings": [f], "notices": []}))
    out = github.write([r])
    assert out.count("\n") == 1 and "%0A::error::injected%0Db" in out


def test_multi_draft_labels(all_results):
    out = github.write(all_results)
    assert "title=FL330 name-check::[first] " in out
    assert "title=FL331 name-check::[second] " in out


def test_no_excerpts_leaves_out_draft_text(all_results):
    out = github.write(all_results, excerpts=False, summaries=SUMMARIES)
    for word in PRIVATE:
        assert word not in out, word
    assert "Suggestion:" not in out
    assert f"::{SUMMARIES['FL204']}" in out
    assert "::salutation tone" not in out  # FL101 has a summary
    assert "::pushy (tone rule FL310)" in out  # fallback: rule name and category


def test_stdin_has_no_file_property(draft_result):
    from dataclasses import replace

    out = github.write([replace(draft_result, path="-")])
    assert "file=" not in out


def test_deterministic(make_results):
    assert github.write(make_results()) == github.write(make_results())

"""Autofix: which suggestions are safe, how edits are chosen and applied, and what a file keeps."""

from __future__ import annotations

import base64
import email
import email.policy
import itertools
import os
import quopri
import random
import re
from pathlib import Path

import pytest
from finding_factory import make_finding
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import followup_lint
from followup_lint import Config, Linter
from followup_lint.checks.language_check import confident_fix, one_slip
from followup_lint.draft import Draft, parse_draft
from followup_lint.errors import FollowupLintError
from followup_lint.fixes import (
    Candidate,
    FileEdit,
    apply_edits,
    choose,
    fix_of,
    fix_source,
    write_atomic,
)
from followup_lint.report import Finding, Report

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

HEAD = "Subject: Thank you – Data Analyst interview\n\n"


def _suggestions(linter: Linter, text: str, code: str) -> list[tuple[str, bool]]:
    report = linter.lint(text)
    return [(text[f.start : f.end], s.safe) for f in report.findings if f.code == code for s in f.suggestions[:1]]


# --- safe or unsafe ----------------------------------------------------------------------
def test_form_only_edits_are_safe(linter: Linter) -> None:
    text = HEAD + "Hey Ana!!\n\nThx for the chat today :) I am gonna send the the notes.\n\nBest,\nLee"
    assert _suggestions(linter, text, "FL302") == [("Hey", True), ("gonna", True)]
    assert _suggestions(linter, text, "FL305") == [("Thx", True)]  # text-speak spelled out
    assert _suggestions(linter, text, "FL303") == [("!!", True)]
    assert _suggestions(linter, text, "FL301") == [(":)", True)]
    assert _suggestions(linter, text, "FL403") == [("the the", True)]


def test_other_words_capitals_and_stranding_deletions_are_unsafe(linter: Linter) -> None:
    text = HEAD + "Hi Ana,\n\nThank you, the team was cool. I met Ty from the TX office?! Thanks, lol!\n\nBest,\nLee"
    found = dict(_suggestions(linter, text, "FL302"))
    assert found["cool"] is False  # a different word, not the same one spelt out
    # a capitalised word inside a sentence may be a name, capitals an acronym: not text-speak at all
    assert "Ty" not in found and "TX" not in found
    assert [w for w, _ in _suggestions(linter, text, "FL305")] == []
    assert found["lol"] is False  # deleting it would leave "Thanks,!"
    assert _suggestions(linter, text, "FL303") == [("?!", False)]  # "?!" -> "!" drops the question


def test_rewritten_sentences_and_words_from_context_are_unsafe(linter: Linter) -> None:
    demanding = HEAD + "Hi Ana,\n\nThank you for meeting me. Please send the offer ASAP.\n\nBest,\nLee"
    assert _suggestions(linter, demanding, "FL311") == [("ASAP", False)]
    late = linter.lint(
        HEAD + "Hi Ana,\n\nThank you for meeting me on Monday about the role.\n\nBest,\nLee",
        context={"interview_date": "2026-03-02", "sent_at": "2026-03-09T10:00"},
    )
    inserted = [s for f in late.findings if f.code == "FL501" for s in f.suggestions]
    assert inserted and not any(s.safe for s in inserted)


def test_spelling_fix_is_safe_only_when_confident(linter: Linter) -> None:
    text = HEAD + "Hi Ana,\n\nThank you for teh time. I look forward to recieve your reply.\n\nBest,\nLee"
    assert dict(_suggestions(linter, text, "FL401")) == {"teh": True, "recieve": False}


def test_confident_fix() -> None:
    assert confident_fix("spelling", "harper:SpellCheck", "teh", ("the",)) == "the"
    assert confident_fix("spelling", "harper:SpellCheck", "recieve", ("receive", "relieve")) is None
    assert confident_fix("spelling", "harper:SpellCheck", "Kubernets", ("Kubernetes",)) is None  # capitalised
    assert confident_fix("spelling", "harper:SplitWords", "abot", ("a bot",)) is None
    assert confident_fix("spelling", "harper:SpellCheck", "recieve", ("receive", "recipe")) == "receive"
    assert confident_fix("repetition", "harper:RepeatedWords", "the the", ("the",)) == "the"
    assert confident_fix("repetition", "harper:RepeatedWords", "had had", ("had",)) == "had"
    assert confident_fix("grammar", "harper:X", "there", ("their",)) is None


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("teh", "the", True),
        ("recieve", "receive", True),
        ("discused", "discussed", True),
        ("form", "from", True),
        ("cat", "dog", False),
        ("abc", "abc", False),
        ("ab", "abcd", False),
        ("thier", "their", True),
        ("abcd", "badc", False),
    ],
)
def test_one_slip(a: str, b: str, expected: bool) -> None:
    assert one_slip(a, b) is expected
    assert one_slip(b, a) is expected


def test_a_rule_that_does_not_vouch_for_its_fixes_makes_them_unsafe(tmp_path: Path) -> None:
    rule = (EXAMPLES.parent / "rules" / "FL303-exclamations.toml").read_text(encoding="utf-8")
    rule = rule.replace('code = "FL303"', 'code = "XX303"').replace('fix_safety = "safe"\n', "")
    (tmp_path / "XX303.toml").write_text(rule, encoding="utf-8")
    text = HEAD + "Hi Ana,\n\nThank you so much!!\n\nBest,\nLee"
    report = Linter(Config(rule_paths=[str(tmp_path)])).lint(text)
    safety = {f.code: f.suggestions[0].safe for f in report.findings if f.code in ("FL303", "XX303")}
    assert safety == {"FL303": True, "XX303": False}


def test_explain_says_whether_a_fix_is_safe() -> None:
    from followup_lint.explain import explain

    assert "Fix safety: **safe**" in explain("FL302")
    assert "Fix safety: **unsafe**" in explain("FL311")


def test_json_carries_safety(linter: Linter) -> None:
    report = linter.lint(HEAD + "Hey Ana,\n\nThank you.\n\nBest,\nLee")
    data = report.model_dump(mode="json")
    assert data["findings"][0]["suggestions"][0]["safe"] is True


# --- the text API --------------------------------------------------------------------------
def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text)


def test_fix_the_weak_thank_you() -> None:
    original = (EXAMPLES / "thank-you-weak.txt").read_text(encoding="utf-8")
    result = followup_lint.fix(original)
    fixed = result.text
    assert fixed.startswith("Hello Ana")
    assert ":)" not in fixed and "!!" not in fixed
    assert "gonna" not in fixed and "going to keep" in fixed
    # every other word as written
    expected = [{"Hey": "Hello", "gonna": "going"}.get(w, w) for w in _words(original)]
    expected.insert(expected.index("going") + 1, "to")
    assert _words(fixed) == expected
    assert {f.code for f in result.applied} == {"FL301", "FL302", "FL303"}
    assert not any(f.code in ("FL301", "FL302", "FL303") for f in result.remaining)
    assert result.report.findings  # the content findings remain: there is no safe fix for them
    again = followup_lint.fix(fixed)
    assert not again.changed and again.applied == []


def test_unsafe_fixes_apply_the_rest() -> None:
    text = HEAD + "Hi Ana,\n\nThank you, the team was cool. Please reply ASAP?!\n\nBest,\nLee"
    safe = followup_lint.fix(text)
    assert not safe.changed
    unsafe = followup_lint.fix(text, unsafe=True)
    assert "interesting" in unsafe.text and "when you have a moment" in unsafe.text.lower()
    assert "?!" not in unsafe.text


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
@pytest.mark.parametrize("unsafe", [False, True])
def test_a_second_fix_changes_nothing(example: Path, unsafe: bool) -> None:
    first = followup_lint.fix(example.read_text(encoding="utf-8"), unsafe=unsafe)
    second = followup_lint.fix(first.text, unsafe=unsafe)
    assert second.text == first.text
    assert not any(fix_of(f, unsafe=unsafe) for f in second.remaining) or second.withheld


def test_fix_keeps_a_bom_in_text() -> None:
    result = followup_lint.fix("\ufeffHey Ana,\n\nThank you.\n\nBest,\nLee")
    assert result.text.startswith("\ufeffHello Ana")


def test_fix_rejects_non_text() -> None:
    with pytest.raises(FollowupLintError):
        followup_lint.fix(b"Hey")  # type: ignore[arg-type]


def test_template_slots_are_never_edited() -> None:
    result = followup_lint.fix("Hey {{ name }}!!\n\nThank you :)\n\nBest,\nLee", template=True)
    assert result.text == "Hello {{ name }}!\n\nThank you\n\nBest,\nLee"


# --- choosing edits: order independence, no corruption -----------------------------------
def _finding(code: str, start: int, end: int) -> Finding:
    return make_finding(code, start, end, message=code)


_edit = st.builds(
    lambda s, n, r: FileEdit(s, s + n, r),
    st.integers(0, 30),
    st.integers(0, 4),
    st.sampled_from(["", "a", "XY", "!"]),
)
_candidate = st.builds(
    lambda edits, code: Candidate(tuple(sorted(set(edits))), 0, tuple(sorted(set(edits))), _finding(code, 0, 0)),
    st.lists(_edit, min_size=1, max_size=2),
    st.sampled_from(["FL1", "FL2", "FL3"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_candidate, max_size=8), st.randoms())
def test_chosen_edits_do_not_depend_on_order_and_never_overlap(cands: list[Candidate], rnd: random.Random) -> None:
    text = "abcdefghijklmnopqrstuvwxyz0123456789"
    shuffled = list(cands)
    rnd.shuffle(shuffled)
    chosen, again = choose(cands), choose(shuffled)
    assert [c.edits for c in chosen] == [c.edits for c in again]
    edits = sorted(e for c in chosen for e in c.edits)
    for a, b in itertools.pairwise(edits):
        assert not a.conflicts(b)
    assert apply_edits(text, edits) == apply_edits(text, list(reversed(edits)))


def test_overlapping_fixes_settle_over_passes() -> None:
    # "!!" and a deletion that takes the space before it overlap; both end up applied
    result = followup_lint.fix(HEAD + "Hi Ana,\n\nThank you :)!!\n\nBest,\nLee")
    assert "Thank you!\n" in result.text or "Thank you\n" in result.text
    assert ":)" not in result.text and "!!" not in result.text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms())
def test_fix_result_does_not_depend_on_the_order_of_findings(rnd: random.Random) -> None:
    linter = _shared_linter()
    text = HEAD + "Hey Ana!!\n\nThx for the the chat :) today, gonna send teh notes!!\n\nBest,\nLee"

    def read(t: str) -> list[Draft]:
        return [parse_draft(t)]

    def lint_shuffled(drafts: list[Draft]) -> list[Report]:
        reports = [linter.lint_draft(d) for d in drafts]
        out = []
        for r in reports:
            findings = list(r.findings)
            rnd.shuffle(findings)
            out.append(r.model_copy(update={"findings": findings}))
        return out

    plain = fix_source(text, read, lambda ds: [linter.lint_draft(d) for d in ds])
    shuffled = fix_source(text, read, lint_shuffled)
    assert shuffled.text == plain.text
    assert "teh" not in plain.text and "the the" not in plain.text and "Thanks for" in plain.text


_LINTER: list[Linter] = []


def _shared_linter() -> Linter:
    if not _LINTER:
        _LINTER.append(Linter())
    return _LINTER[0]


# --- files ---------------------------------------------------------------------------------
def _fix_file(path: Path, **kwargs: object) -> followup_lint.FixResult:
    return followup_lint.fix_file(path, **kwargs)  # type: ignore[arg-type]


def test_file_keeps_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(b"\xef\xbb\xbfHey Ana!!\r\n\r\nThank you for the chat :) today.\r\n\r\nBest,\r\nLee\r\n")
    result = _fix_file(path)
    assert result.changed
    assert path.read_bytes() == b"\xef\xbb\xbfHello Ana!\r\n\r\nThank you for the chat today.\r\n\r\nBest,\r\nLee\r\n"


def test_file_keeps_utf16(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes("Hey Ana!!\r\n\r\nThank you, café.\r\n\r\nBest,\r\nLee\r\n".encode("utf-16"))
    _fix_file(path)
    data = path.read_bytes()
    assert data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff")
    assert data.decode("utf-16") == "Hello Ana!\r\n\r\nThank you, café.\r\n\r\nBest,\r\nLee\r\n"


def test_a_second_file_fix_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "thank-you-weak.txt"
    path.write_bytes((EXAMPLES / "thank-you-weak.txt").read_bytes())
    assert _fix_file(path).changed
    fixed = path.read_bytes()
    assert not _fix_file(path).changed
    assert path.read_bytes() == fixed


def _qp_message(body: str) -> bytes:
    qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    return (
        "From: Lee <lee@example.com>\nTo: Ana <ana@initech.com>\nSubject: Thank you\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp
    ).encode("ascii")


def _body(data: bytes) -> str:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return str(msg.get_content())  # type: ignore[attr-defined]


def test_quoted_printable_mail_is_fixed_and_still_decodes(tmp_path: Path) -> None:
    body = (
        "Hey Ana!!\n\nThank you for the conversation about the data platform today :) I enjoyed the"
        " café tour and the talk about pipelines.\n\nBest regards,\nLee\n"
    )
    path = tmp_path / "m.eml"
    path.write_bytes(_qp_message(body))
    result = _fix_file(path)
    assert result.changed
    data = path.read_bytes()
    expected = body.replace("Hey Ana!!", "Hello Ana!").replace(" :)", "")
    assert _body(data) == expected
    assert all(len(line) <= 76 for line in data.decode("ascii").splitlines())


def test_quoted_printable_line_is_never_made_too_long(tmp_path: Path) -> None:
    line = "Thank you so much, I am gonna prepare the notes and send them along this wee"  # 76 chars
    assert len(line) == 76
    path = tmp_path / "m.eml"
    original = _qp_message(f"Hi Ana,\n\n{line}\n\nBest regards,\nLee\n")
    path.write_bytes(original)
    result = _fix_file(path)
    assert not result.changed and path.read_bytes() == original
    assert any("longer than 76" in w.reason for w in result.withheld)


def test_base64_mail_is_not_touched(tmp_path: Path) -> None:
    body = base64.encodebytes(b"Hey Ana!!\n\nThank you :)\n\nBest regards,\nLee\n").decode("ascii")
    original = (
        "From: Lee <lee@example.com>\nSubject: Thank you\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + body
    ).encode("ascii")
    path = tmp_path / "m.eml"
    path.write_bytes(original)
    result = _fix_file(path)
    assert not result.changed and path.read_bytes() == original
    assert {w.finding.code for w in result.withheld} >= {"FL301", "FL302", "FL303"}


def test_html_entities_are_not_edited_but_text_is(tmp_path: Path) -> None:
    path = tmp_path / "d.html"
    path.write_text(
        "<html><body><p>Hey Ana!!</p><p>Thank you for the chat &#128578; today.</p><p>Best,<br>Lee</p></body></html>\n",
        encoding="utf-8",
    )
    result = _fix_file(path)
    text = path.read_text(encoding="utf-8")
    assert "<p>Hello Ana!</p>" in text and "&#128578;" in text
    assert any(w.finding.code == "FL301" for w in result.withheld)


def test_jinja_syntax_and_front_matter_are_never_edited(tmp_path: Path) -> None:
    j2 = tmp_path / "t.j2"
    j2.write_text("Hey {{ name }}!!\n\n{% if x %}Thank you :) for the chat{% endif %}\n\nBest,\nLee\n")
    _fix_file(j2)
    assert j2.read_text() == "Hello {{ name }}!\n\n{% if x %}Thank you for the chat{% endif %}\n\nBest,\nLee\n"
    md = tmp_path / "d.md"
    md.write_text("---\nsubject: Thanks!! for the chat\ncompany: Initech\n---\nHey Ana!!\n\nThank you.\n\nBest,\nLee\n")
    result = _fix_file(md)
    text = md.read_text()
    assert text.startswith("---\nsubject: Thanks!! for the chat\ncompany: Initech\n---\nHello Ana!\n")
    assert any("front matter" in w.reason for w in result.withheld)


def test_suppressed_findings_are_not_fixed(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("<!-- followup-lint: disable=FL302 -->\nHey Ana!!\n\nThank you.\n\nBest,\nLee\n")
    _fix_file(path)
    assert "\nHey Ana!\n" in path.read_text()


def test_diff_only_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("Hey Ana,\n\nThank you.\n\nBest,\nLee\n")
    result = _fix_file(path, write=False)
    assert path.read_text() == "Hey Ana,\n\nThank you.\n\nBest,\nLee\n"
    assert "-Hey Ana,\n+Hello Ana,\n" in result.diff()


def test_never_writes_over_a_file_changed_since_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("Hey Ana,\n\nThank you.\n\nBest,\nLee\n")
    original = path.read_bytes()
    path.write_text("edited meanwhile\n")
    with pytest.raises(FollowupLintError, match="changed since it was read"):
        write_atomic(path, b"Hello Ana,\n", original)
    assert path.read_text() == "edited meanwhile\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.txt"]  # no temporary file left


def test_write_is_atomic_and_keeps_mode_and_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "d.txt"
    target.write_text("Hey Ana,\n\nThank you.\n\nBest,\nLee\n")
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(os.path.dirname(src))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    _fix_file(link)
    assert seen == [str(tmp_path)]  # the temporary file sat in the same folder, then was renamed
    assert link.is_symlink() and target.read_text().startswith("Hello Ana,")
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.txt", "link.txt"]


def test_fix_file_honours_the_configuration_file(tmp_path: Path) -> None:
    (tmp_path / ".followup-lint.toml").write_text('ignore = ["FL302"]\n')
    path = tmp_path / "d.txt"
    path.write_text("Hey Ana!!\n\nThank you.\n\nBest,\nLee\n")
    result = followup_lint.fix_file(path, write=False)
    assert result.data == b"Hey Ana!\n\nThank you.\n\nBest,\nLee\n"  # FL302 is ignored there


def test_fix_paths_is_check_fix(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Hey Ana!!\n\nThank you.\n\nBest,\nLee\n")
    run = followup_lint.fix_paths([tmp_path], write=False)
    first = run.results[0]
    assert first.fix is not None and sorted(first.fix.applied) == ["FL302", "FL303"]
    assert "+Hello Ana!\n" in first.fix.diff
    assert a.read_text().startswith("Hey Ana!!")  # write=False: nothing written
    assert not any(f.code in ("FL302", "FL303") for r in run.reports for f in r.findings)

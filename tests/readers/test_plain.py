from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from followup_lint.errors import FollowupLintError
from followup_lint.readers import read_path


def test_plain_text_parts_and_positions(fixture_path, locate, verbatim):
    (d,) = read_path(fixture_path("thank_you.txt"))
    assert d.subject is not None and d.subject.text == "Thank you for today's interview"
    assert d.headers["to"].value == "Dana Reyes <dana@example.com>"
    assert d.salutation is not None and d.salutation.text == "Hi Dana,"
    assert d.closing is not None and d.closing.text == "Best regards,"
    assert d.signature is not None and d.signature.text == "Alex Kim"
    assert locate(d, "pipeline") == (7, 29)
    assert verbatim(d, "pipeline")
    assert d.template is False
    assert d.reading.reader == "txt"


def test_bom_is_dropped_and_crlf_kept(tmp_path: Path, locate):
    p = tmp_path / "crlf.txt"
    p.write_bytes(codecs.BOM_UTF8 + b"Subject: Hello\r\n\r\nHi Dana,\r\n\r\nThank you for the caf\xc3\xa9 chat.\r\n")
    (d,) = read_path(p)
    assert d.text.startswith("Subject: Hello\r\n")
    assert "\r\n" in d.text
    assert d.subject is not None and d.subject.text == "Hello"
    assert locate(d, "Hello") == (1, 10)  # the BOM takes no column
    assert locate(d, "chat") == (5, 24)  # code points: "café" is 4 columns
    assert p.read_bytes().startswith(codecs.BOM_UTF8)  # never modified


def test_unknown_extension_reads_as_plain_text(tmp_path: Path):
    p = tmp_path / "draft.note"
    p.write_text("Hi Dana,\n\nThank you for the interview on Thursday and the office tour.\n\nBest,\nAlex\n")
    (d,) = read_path(p)
    assert d.reading.reader == "txt"
    assert d.closing is not None and d.closing.text == "Best,"


def test_forced_reader_and_template_mode(tmp_path: Path):
    p = tmp_path / "x.txt"
    p.write_text("Hi {{ name }},\n\nThanks for meeting with me about the {{ role }} role on Thursday.\n")
    (d,) = read_path(p)
    assert d.template is False
    (d,) = read_path(p, template=True)
    assert d.template is True
    (d,) = read_path(p, reader="jinja")
    assert d.template is True and d.reading.template_variables == ["name", "role"]


def test_stdin_data_with_reader(fixture_path):
    data = fixture_path("plain.eml").read_bytes()
    (d,) = read_path(Path("-"), data=data, reader="eml")
    assert d.path == "<stdin>"
    assert d.subject is not None and d.subject.text == "Thank you for today's interview"


def test_stdin_name_picks_the_reader(fixture_path):
    data = fixture_path("templates.md").read_bytes()
    drafts = read_path(Path("templates.md"), data=data)
    assert len(drafts) == 3


def test_unknown_reader_name():
    with pytest.raises(FollowupLintError, match="unknown reader 'docx'"):
        read_path(Path("-"), data=b"Hi", reader="docx")

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint.errors import FollowupLintError
from followup_lint.readers import read_path


def test_plain_eml_headers_body_and_quote(fixture_path, locate, verbatim):
    (d,) = read_path(fixture_path("plain.eml"))
    assert d.text.startswith(
        "Subject: Thank you for today's interview\nFrom: Alex Kim <alex@example.com>\n"
        "To: Dana Reyes <dana@example.com>\nDate: Thu, 02 May 2024 17:00:00 +0000\n\nHi Dana,"
    )
    assert d.subject is not None and d.subject.text == "Thank you for today's interview"
    assert d.meta["message-id"] == "<1@example.com>"
    assert d.salutation is not None and d.salutation.text == "Hi Dana,"
    assert d.closing is not None and d.closing.text == "Best,"
    assert d.signature is not None and d.signature.text == "Alex"
    assert len(d.quoted) == 1 and d.quoted[0].text.startswith("On Thu, May 2, 2024")
    # headers and the (8bit, single part) body map character by character
    assert locate(d, "today's") == (3, 24)
    assert verbatim(d, "today's")
    assert locate(d, "Dana Reyes", 0) == (2, 5)
    assert locate(d, "chat") == (11, 24)  # after "café": columns count code points
    assert verbatim(d, "chat")
    assert d.reading.warnings == [] and "reader-warning" not in d.meta


def test_multipart_alternative_prefers_text_plain(fixture_path, locate, verbatim):
    (d,) = read_path(fixture_path("alternative.eml"))
    assert "plain text version" in d.text
    assert "HTML" not in d.text
    assert d.reading.content_type == "text/plain"
    assert d.meta["in-reply-to"] == "<0@example.com>"
    assert "In-Reply-To" not in d.text
    # RFC 2047 subject decoded; it maps to its header line
    assert d.subject is not None and d.subject.text == "Thank you \u2014 Data Engineer"
    assert d.source_map.position(d.subject.start) == (3, 10)
    # the 7bit text/plain part maps word by word
    assert locate(d, "version") == (15, 30)
    assert verbatim(d, "version")


def test_html_only_eml(fixture_path, locate, verbatim):
    (d,) = read_path(fixture_path("html_only.eml"))
    assert "<div>" not in d.text
    assert d.reading.content_type == "text/html"
    assert d.salutation is not None and d.salutation.text == "Hi Dana,"
    assert d.closing is not None and d.closing.text == "Best,"
    assert d.signature is not None and d.signature.text == "Alex"
    assert len(d.paragraphs) == 1 and d.paragraphs[0].text.startswith("Thank you for the interview")
    line, _col = locate(d, "Thursday")
    assert line == 7 and verbatim(d, "Thursday")


def test_quoted_printable_body(fixture_path, locate, verbatim):
    (d,) = read_path(fixture_path("qp.eml"))
    assert "café visit and the long = conversation about the Data Engineer role" in d.text
    assert "=3D" not in d.text and "=\n" not in d.text
    assert d.paragraphs and d.closing is not None
    # quoted-printable maps character by character: literal text by copying, an escaped
    # character to its =XX sequence, text after a soft line break on the next raw line
    assert locate(d, "conversation") == (10, 52)
    assert verbatim(d, "conversation")
    assert locate(d, "\u00e9") == (10, 22)  # =C3=A9
    assert locate(d, "= conversation") == (10, 48)  # =3D
    assert locate(d, "ata Engineer") == (11, 1)
    assert verbatim(d, "Engineer")
    assert locate(d, "Best") == (13, 1)
    assert locate(d, "Subject") == (3, 1)


def test_base64_body_in_multipart_mixed(fixture_path, locate):
    (d,) = read_path(fixture_path("base64.eml"))
    assert "Thank you for the base64 welcome on Thursday" in d.text
    assert "JVBER" not in d.text  # the attachment is not read
    assert d.closing is not None and d.closing.text == "Best,"
    assert locate(d, "welcome") == (11, 1)  # the first line of the base64 part's body


def test_latin1_body_labelled_utf8(fixture_path):
    (d,) = read_path(fixture_path("latin1_as_utf8.eml"))
    assert "caf\u00e9 chat" in d.text
    assert "\ufffd" not in d.text
    warning = "; ".join(d.reading.warnings)
    assert "charset=utf-8" in warning and "0xe9" in warning and "windows-1252" in warning


def test_unknown_charset(fixture_path, locate, verbatim):
    (d,) = read_path(fixture_path("unknown_charset.eml"))
    assert "x-klingon" in "; ".join(d.reading.warnings)
    assert d.salutation is not None and d.salutation.text == "Hi Dana,"
    assert verbatim(d, "Thursday")


def test_broken_mime_is_a_clear_error(fixture_path):
    with pytest.raises(FollowupLintError) as exc:
        read_path(fixture_path("broken_mime.eml"))
    assert str(exc.value).startswith(str(fixture_path("broken_mime.eml")))
    assert 'boundary "NOPE" never appears' in exc.value.problem


def test_truncated_multipart_reads_with_a_warning(tmp_path: Path):
    p = tmp_path / "cut.eml"
    p.write_bytes(
        b"Subject: Hi\nContent-Type: multipart/alternative; boundary=B\n\n--B\n"
        b"Content-Type: text/plain\n\nHi Dana,\n\nThank you for the interview on Thursday and the tour.\n"
    )
    (d,) = read_path(p)
    assert "Thank you for the interview" in d.text
    assert "closing boundary is missing" in "; ".join(d.reading.warnings)


def test_no_text_part(tmp_path: Path):
    p = tmp_path / "pdf.eml"
    p.write_bytes(b"Subject: CV\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n")
    with pytest.raises(FollowupLintError, match="no text/plain or text/html part"):
        read_path(p)


def test_headerless_eml_reads_as_plain_text(tmp_path: Path):
    p = tmp_path / "x.eml"
    p.write_bytes(b"Hi Dana,\n\nThank you for the interview on Thursday and the office tour.\n")
    (d,) = read_path(p)
    assert d.salutation is not None and d.salutation.text == "Hi Dana,"
    assert "no e-mail headers" in "; ".join(d.reading.warnings)


def test_crlf_eml(tmp_path: Path, locate, verbatim):
    p = tmp_path / "crlf.eml"
    p.write_bytes(
        b"From: Alex <a@example.com>\r\nSubject: Thanks again\r\nContent-Type: text/plain\r\n\r\n"
        b"Hi Dana,\r\n\r\nThank you for the interview on Thursday and the office tour.\r\n"
    )
    (d,) = read_path(p)
    assert d.subject is not None and d.subject.text == "Thanks again"
    assert locate(d, "again") == (2, 17)
    assert locate(d, "office") == (7, 49)
    assert verbatim(d, "office")


_QP_LATER_TYPO = (
    b"From: Alex <a@example.com>\n"
    b"Subject: Thanks\n"
    b"MIME-Version: 1.0\n"
    b'Content-Type: text/plain; charset="utf-8"\n'
    b"Content-Transfer-Encoding: quoted-printable\n"
    b"\n"
    b"Hi Dana,\n"  # line 7
    b"\n"
    b"Thank you for the interview on Thursday and for showing me the data platfo=\n"  # line 9
    b"rm. I=E2=80=99m sure I recieved a clear picture of the team.\n"  # line 10
    b"\n"
    b"Best,\n"
    b"Alex\n"
)


@pytest.mark.parametrize("newline", [b"\n", b"\r\n"], ids=["lf", "crlf"])
def test_quoted_printable_maps_later_lines(tmp_path: Path, locate, verbatim, newline: bytes):
    p = tmp_path / "qp2.eml"
    p.write_bytes(_QP_LATER_TYPO.replace(b"\n", newline))
    (d,) = read_path(p)
    assert "data platform. I\u2019m sure I recieved a clear picture" in d.text
    assert d.reading.warnings == [] and "reader-warning" not in d.meta
    # the typo is on the 10th line of the file, after a soft line break and an escape
    assert locate(d, "recieved") == (10, 24)
    assert verbatim(d, "recieved")
    assert locate(d, "\u2019") == (10, 6)  # the =E2=80=99 sequence
    assert locate(d, "rm.") == (10, 1)  # the text after the soft line break
    assert locate(d, "platfo") == (9, 69)
    assert locate(d, "Best") == (12, 1)
    assert locate(d, "Hi Dana") == (7, 1)
    assert d.closing is not None and d.closing.text == "Best,"
    sm = d.source_map
    for seg in sm.segments:  # every non-empty segment is still an exact copy of the file
        assert d.text[seg.start : seg.end] == sm.file_text[seg.file_start : seg.file_start + seg.end - seg.start]


def test_quoted_printable_html_part_maps_lines(tmp_path: Path, locate, verbatim):
    p = tmp_path / "qphtml.eml"
    p.write_bytes(
        b"Subject: Thanks\nContent-Type: text/html; charset=utf-8\n"
        b"Content-Transfer-Encoding: quoted-printable\n\n"
        b"<p>Hi Dana,</p>\n"
        b'<p style=3D"x">Thank you for the interview on Thursday and the caf=C3=A9 tour.=\n'
        b" I recieved a warm welcome.</p>\n"
    )
    (d,) = read_path(p)
    assert "caf\u00e9 tour. I recieved" in d.text
    assert locate(d, "recieved") == (7, 4)
    assert verbatim(d, "recieved")
    assert locate(d, "\u00e9") == (6, 67)


def test_unmappable_quoted_printable_falls_back_to_the_first_body_line(tmp_path: Path, locate):
    # raw 8-bit Latin-1 bytes in a QP body: the file text (read as UTF-8) does not hold the
    # decoded characters, so the body maps to its first line as before, without crashing
    p = tmp_path / "qp8bit.eml"
    p.write_bytes(
        b"Subject: Thanks\nContent-Type: text/plain; charset=iso-8859-1\n"
        b"Content-Transfer-Encoding: quoted-printable\n\n"
        b"Hi Dana,\n\nThank you for the caf\xe9 visit on Thursday =3D a good day.\n"
    )
    (d,) = read_path(p)
    assert "caf\u00e9 visit on Thursday = a good day" in d.text
    assert locate(d, "Thursday") == (5, 1)


@pytest.mark.parametrize("charset", ["rot13", "zlib", "base64", "hex", "unicode_escape", "undefined"])
@pytest.mark.parametrize("cte", ["7bit", "quoted-printable"])
def test_a_charset_that_is_not_for_text_falls_back_with_a_warning(tmp_path: Path, locate, charset: str, cte: str):
    # rot13, zlib and friends are Python codecs but not character sets: reading goes on with the
    # documented fallback (UTF-8, then Windows-1252) instead of failing on the label
    p = tmp_path / "odd.eml"
    p.write_bytes(
        f"Subject: Thanks\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n".encode()
        + b"Hi Dana,\n\nThank you for the interview. My notes live in C:\\new\\plans on Thursday.\n\nBest,\nLee\n"
    )
    (d,) = read_path(p)
    assert "Thank you for the interview. My notes live in C:\\new\\plans on Thursday." in d.text
    assert d.reading.warnings == [f"charset {charset!r} is not a character set for text; decoded as utf-8"]
    assert locate(d, "Thursday") == (7, 63)


def test_a_charset_that_is_not_for_text_is_a_notice_in_the_report(tmp_path: Path):
    from followup_lint import Linter

    p = tmp_path / "rot13.eml"
    p.write_bytes(
        b"Subject: Thank you - Data Analyst interview\nContent-Type: text/plain; charset=rot13\n\n"
        b"Hi Dana,\n\nThank you for meeting me.\n\nBest,\nLee\n"
    )
    [report] = Linter().lint_file(p)
    [warned] = [n for n in report.notices if n.code == "FL910"]
    assert warned.message == "charset 'rot13' is not a character set for text; decoded as utf-8"

"""E-mail drafts (.eml): RFC 5322 / MIME, read with the stdlib ``email`` package.

The draft text is rebuilt as

    Subject: <decoded subject>
    From: ...
    To: ...
    Cc: ...
    Date: ...
    <blank line>
    <decoded body>

so that ``parse_draft`` finds the headers as it does in a plain-text draft.  In-Reply-To,
Message-ID and the headers above also go into ``meta`` (decoded).  The body is the
text/plain part of the message (a multipart/alternative prefers it), else the text/html part
turned into visible text by the HTML reader.  Charsets, quoted-printable and base64 are
decoded.  A wrong, unknown or non-text charset label (``rot13``, ``zlib``) does not stop
reading: the body is decoded with a fallback (UTF-8, then Windows-1252) and
``meta["reader-warning"]`` says what happened.
A multipart message whose boundary never appears, or one without any text part, cannot be
read sensibly and raises ``FollowupLintError``.

Mapping back to the file:
* a header line that is written on one line and not encoded is copied verbatim, so a finding
  in the subject lands on its exact column; an encoded (``=?utf-8?q?...?=``) or folded value
  maps to where the value starts in the file;
* the body maps character by character when it is stored as is in the file (7bit/8bit, not
  transfer-encoded), whether the message is a single part or the part sits in a multipart;
  the charset of a single-part body is honoured (its lines and columns are counted in the
  decoded text, as an editor shows them);
* a quoted-printable body (text/plain, or text/html through the HTML reader's segments) maps
  line by line and character by character: the encoded lines are decoded again with an
  origin per byte, so literal text maps by copying, a soft line break (``=`` at a line end)
  continues on the next file line, and a character written as ``=XX`` escapes (one or more
  bytes) maps to the ``=`` of its first escape; this is only used when the re-decoded text
  equals the stdlib's decoded body (same charset, bytes where we expect them);
* otherwise (base64, a quoted-printable body that cannot be mapped that way, or an 8bit part
  in a charset other than UTF-8 inside a multipart) every body offset maps to the first line
  of that part's body in the file, because decoded text has no character-level
  correspondence to the encoded lines.
Earlier messages quoted in the body ("On ... wrote:", ``>`` lines) are left to
``parse_draft``, which marks them as quoted.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import email.errors
import email.policy
import re
from email.message import EmailMessage, Message
from email.parser import BytesParser

from followup_lint.draft import Draft, parse_draft
from followup_lint.errors import FollowupLintError
from followup_lint.readers._base import TextBuilder, add_warning, check_bytes, decode_text, meta_key
from followup_lint.readers.html import html_to_text
from followup_lint.readers.plain import draft_from_text, resolve_template
from followup_lint.spans import Segment

TEXT_HEADERS = ("Subject", "From", "To", "Cc", "Date")
META_HEADERS = (*TEXT_HEADERS, "In-Reply-To", "References", "Message-ID", "Reply-To")
_PLAIN_ENCODINGS = ("", "7bit", "8bit", "binary")
_FALLBACKS = ("utf-8", "windows-1252")
_RAW_HEADER = re.compile(r"^([!-9;-~]+)[ \t]*:[ \t]*(.*)$")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")


def read(data: bytes, *, path: str, template: bool | None = None) -> list[Draft]:
    check_bytes(data, path)
    try:
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
    except Exception as exc:  # noqa: BLE001 - the parser is lenient; this is a last resort
        raise FollowupLintError(f"broken MIME: {exc}", path) from None
    if not list(msg.keys()):
        # No header block at all: this is a plain-text draft saved with an .eml name.
        text = decode_text(data, path)
        meta: dict[str, str] = {}
        add_warning(meta, "no e-mail headers found; read as plain text")
        return [draft_from_text(text, path=path, template=template, reader="eml", meta=meta)]
    return [_read_message(msg, data, path, template)]


def _read_message(msg: EmailMessage, data: bytes, path: str, template: bool | None) -> Draft:
    meta: dict[str, str] = {"reader": "eml"}
    body_start = _body_start(data)
    head_text = data[:body_start].decode("utf-8", "replace")
    raw_headers = _raw_headers(head_text)

    part = _body_part(msg, path, meta)
    cte = str(part.get("content-transfer-encoding", "") or "").strip().lower()
    raw = _raw_payload(part, cte)
    payload = part.get_payload(decode=True)
    body, warning = decode_charset(payload if isinstance(payload, bytes) else b"", part.get_content_charset())
    if warning:
        add_warning(meta, warning)
    _note_defects(msg, meta)
    meta["content-type"] = part.get_content_type()

    # --- the file text and where the body sits in it --------------------------------------
    single = part is msg
    qp_map: _BodyMap | None = None
    if single and cte in _PLAIN_ENCODINGS and data[body_start:] == raw:
        file_text = head_text + body  # the body's lines and columns as decoded
        verbatim_at: int | None = len(head_text)
        anchor = len(head_text)
    else:
        rest = data[body_start:].decode("utf-8", "replace")
        file_text = head_text + rest
        loc = _locate(msg, part, data, body_start)
        anchor = len(head_text) + len(data[body_start:loc].decode("utf-8", "replace"))
        verbatim_at = None
        if cte in _PLAIN_ENCODINGS and raw and file_text[anchor : anchor + len(body)] == body:
            verbatim_at = anchor
        elif cte == "quoted-printable":
            qp_map = _map_quoted_printable(
                data, body_start, loc, raw, body, part.get_content_charset(), file_text, len(head_text)
            )

    # --- the draft text -------------------------------------------------------------------
    builder = TextBuilder()
    newline = "\r\n" if "\r\n" in head_text else "\n"
    wrote_headers = False
    for name in META_HEADERS:
        value = _header(msg, name, raw_headers)
        if value is None:
            continue
        meta[meta_key(name)] = value
        if name in TEXT_HEADERS:
            _header_line(builder, name, value, raw_headers.get(name.lower()), newline)
            wrote_headers = True
    if wrote_headers:
        builder.synthetic(newline, max(0, len(head_text) - len(newline)))
    if part.get_content_type() == "text/html":
        extracted = html_to_text(body)
        if not extracted.text.strip():
            raise FollowupLintError("the e-mail's HTML body has no visible text", path)
        if verbatim_at is not None:
            builder.extend(extracted.text, extracted.segments, verbatim_at)
        elif qp_map is not None:
            builder.extend(extracted.text, _compose(extracted.segments, qp_map))
        else:
            builder.synthetic(extracted.text, anchor)
    elif verbatim_at is not None:
        builder.verbatim(body, verbatim_at)
    elif qp_map is not None:
        _emit_mapped(builder, body, qp_map)
    else:
        builder.synthetic(body, anchor)  # decoded text: every offset -> the part's first line
    if not body.strip():
        add_warning(meta, "the e-mail body is empty")
    return parse_draft(
        builder.text,
        path=path,
        source_map=builder.source_map(file_text),
        meta=meta,
        template=resolve_template(template, meta, False),
        parse_headers=wrote_headers,
    )


# --- MIME structure -----------------------------------------------------------------------
def _body_part(msg: EmailMessage, path: str, meta: dict[str, str]) -> EmailMessage:
    """The part whose text is the draft: text/plain preferred, else text/html."""
    if msg.get_content_maintype() == "multipart" and not msg.is_multipart():
        boundary = msg.get_boundary()
        if boundary is None:
            raise FollowupLintError(f"broken MIME: {msg.get_content_type()} without a boundary parameter", path)
        raise FollowupLintError(
            f'broken MIME: the {msg.get_content_type()} boundary "{boundary}" never appears in the message',
            path,
        )
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
    except Exception as exc:  # noqa: BLE001 - get_body trips over some broken structures
        raise FollowupLintError(f"broken MIME: {exc}", path) from None
    if part is None:
        # text parts marked as attachments, or a body nested where get_body does not look
        leaves = [p for p in msg.walk() if not p.is_multipart()]
        for kind in ("text/plain", "text/html"):
            found = [p for p in leaves if p.get_content_type() == kind]
            if found:
                part = found[0]
                add_warning(meta, f"no inline text body; read the first {kind} part")
                break
    if part is None:
        raise FollowupLintError(
            f"no text/plain or text/html part to read (the message is {msg.get_content_type()})",
            path,
        )
    if not isinstance(part, EmailMessage):  # pragma: no cover - policy.default gives EmailMessage
        raise FollowupLintError("broken MIME: unexpected part type", path)
    return part


def _raw_payload(part: Message, cte: str) -> bytes:
    """The part's body bytes as stored in the file (still transfer-encoded)."""
    if cte in _PLAIN_ENCODINGS:
        got = part.get_payload(decode=True)
        return got if isinstance(got, bytes) else b""
    payload = part.get_payload()
    if isinstance(payload, str):
        return payload.encode("utf-8", "surrogateescape")
    return b""


def _locate(msg: EmailMessage, target: Message, data: bytes, body_start: int) -> int:
    """Byte offset of the first line of ``target``'s body in the file (best effort)."""
    cursor = body_start
    for leaf in msg.walk():
        if leaf.is_multipart():
            continue
        cte = str(leaf.get("content-transfer-encoding", "") or "").strip().lower()
        raw = _raw_payload(leaf, cte).lstrip(b"\r\n")
        probe = raw[:200]
        at = data.find(probe, cursor) if probe else -1
        if leaf is target:
            return at if at >= 0 else body_start
        if at >= 0:
            cursor = at + len(raw)
    return body_start


# --- quoted-printable: decoded offsets -> file offsets -----------------------------------
class _BodyMap:
    """Where each character of a decoded body sits in the file text.

    ``offsets[i]`` is the file offset of body character ``i`` (for an ``=XX`` escape, of its
    ``=``); ``literal[i]`` says the character is copied from the file there (not an escape).
    ``end`` is the file offset just after the encoded body.
    """

    def __init__(self, offsets: list[int], literal: list[bool], end: int) -> None:
        self.offsets = offsets
        self.literal = literal
        self.end = end

    def at(self, i: int) -> int:
        return self.offsets[i] if i < len(self.offsets) else self.end


_HEX = frozenset(b"0123456789abcdefABCDEF")


def _map_quoted_printable(
    data: bytes,
    body_start: int,
    loc: int,
    raw: bytes,
    body: str,
    charset: str | None,
    file_text: str,
    head_len: int,
) -> _BodyMap | None:
    """Map a quoted-printable body character by character, or ``None`` when that is not robust.

    The encoded bytes are decoded again here, keeping for every decoded byte the offset of the
    file bytes it came from, then turned into characters with the charset that reproduces the
    stdlib's decoded ``body``.  Any disagreement (the raw bytes are not where we think, another
    decoder would be needed, a charset whose characters do not align with bytes) gives ``None``.
    """
    try:
        lead = len(raw) - len(raw.lstrip(b"\r\n"))
        start = loc - lead
        if not raw or start < body_start or data[start : start + len(raw)] != raw:
            return None
        # byte offset in raw -> code-point offset in file_text
        cp_start = head_len + len(data[body_start:start].decode("utf-8", "replace"))
        if raw.isascii():
            raw_text = raw.decode("ascii")
            cp = list(range(cp_start, cp_start + len(raw) + 1))
        else:
            raw_text = raw.decode("utf-8")  # UnicodeDecodeError -> None below
            cp = []
            for n, ch in enumerate(raw_text):
                cp.extend([cp_start + n] * len(ch.encode("utf-8")))
            cp.append(cp_start + len(raw_text))
        if file_text[cp_start : cp_start + len(raw_text)] != raw_text:
            return None
        # quoted-printable decoding as binascii.a2b_qp does it, with an origin per byte
        out = bytearray()
        origin: list[int] = []  # raw offset of each decoded byte
        escaped: list[bool] = []
        i, n = 0, len(raw)
        while i < n:
            b = raw[i]
            if b == 0x3D:  # "="
                if raw[i + 1 : i + 3] == b"\r\n":
                    i += 3
                    continue
                if raw[i + 1 : i + 2] == b"\n":
                    i += 2
                    continue
                if i + 2 < n and raw[i + 1] in _HEX and raw[i + 2] in _HEX:
                    out.append(int(raw[i + 1 : i + 3], 16))
                    origin.append(i)
                    escaped.append(True)
                    i += 3
                    continue
            out.append(b)
            origin.append(i)
            escaped.append(False)
            i += 1
        for label in _decode_labels(charset):
            mapped = _decode_with_origins(bytes(out), origin, escaped, label)
            if mapped is None:
                continue
            text, starts, from_escape = mapped
            if text.startswith("\ufeff"):
                text, starts, from_escape = text[1:], starts[1:], from_escape[1:]
            if text != body:
                continue
            offsets = [cp[o] for o in starts]
            literal = [
                not e and file_text[f : f + 1] == ch for e, f, ch in zip(from_escape, offsets, text, strict=True)
            ]
            return _BodyMap(offsets, literal, cp[len(raw)])
    except Exception:  # noqa: BLE001 - mapping is best effort; the caller falls back
        return None
    return None


def _decode_labels(charset: str | None) -> list[str]:
    """The charsets ``decode_charset`` may have used, in its order."""
    label = (charset or "us-ascii").strip().lower()
    return [*([label] if text_charset(label) else []), *_FALLBACKS, "latin-1"]


def _decode_with_origins(
    data: bytes, origin: list[int], escaped: list[bool], label: str
) -> tuple[str, list[int], list[bool]] | None:
    """Decode byte by byte; each character gets the origin of its first byte."""
    try:
        decoder = codecs.getincrementaldecoder(label)("strict")
    except LookupError:
        return None
    chars: list[str] = []
    starts: list[int] = []
    from_escape: list[bool] = []
    pending = 0  # index in ``data`` of the first byte not yet turned into characters
    try:
        for k in range(len(data)):
            got = decoder.decode(data[k : k + 1])
            for ch in got:
                chars.append(ch)
                starts.append(origin[pending])
                from_escape.append(any(escaped[pending : k + 1]))
            if got:
                pending = k + 1
        tail = decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    if tail:
        return None
    return "".join(chars), starts, from_escape


def _emit_mapped(builder: TextBuilder, body: str, bmap: _BodyMap) -> None:
    """Append ``body``: literal runs verbatim, each escaped character at its ``=XX``."""
    builder.extend(body, _compose([Segment(0, len(body), 0)], bmap))


def _compose(segments: list[Segment], bmap: _BodyMap) -> list[Segment]:
    """Segments into a decoded body -> segments into the file, through ``bmap``."""
    out: list[Segment] = []
    for seg in segments:
        if seg.end == seg.start:
            out.append(Segment(seg.start, seg.start, bmap.at(seg.file_start)))
            continue
        k = seg.start
        while k < seg.end:
            b = seg.file_start + (k - seg.start)
            if b >= len(bmap.offsets):  # pragma: no cover - segments stay inside the body
                out.append(Segment(k, k, bmap.end))
                break
            if not bmap.literal[b]:
                out.append(Segment(k, k, bmap.offsets[b]))
                out.append(Segment(k + 1, k + 1, bmap.offsets[b]))
                k += 1
                continue
            run = k + 1
            while (
                run < seg.end
                and seg.file_start + (run - seg.start) < len(bmap.offsets)
                and bmap.literal[seg.file_start + (run - seg.start)]
                and bmap.offsets[seg.file_start + (run - seg.start)] == bmap.offsets[b] + (run - k)
            ):
                run += 1
            out.append(Segment(k, run, bmap.offsets[b]))
            k = run
    return out


def _note_defects(msg: EmailMessage, meta: dict[str, str]) -> None:
    seen: set[str] = set()
    for part in msg.walk():
        for defect in part.defects:
            if isinstance(defect, email.errors.MissingHeaderBodySeparatorDefect):
                note = "a header line is malformed; the rest was read as body"
            elif isinstance(defect, email.errors.CloseBoundaryNotFoundDefect):
                note = "broken MIME: the closing boundary is missing (the message may be cut off)"
            elif isinstance(
                defect,
                (
                    email.errors.InvalidBase64PaddingDefect,
                    email.errors.InvalidBase64CharactersDefect,
                    email.errors.InvalidBase64LengthDefect,
                ),
            ):
                note = "the base64 body is damaged; read what could be decoded"
            elif isinstance(defect, email.errors.UndecodableBytesDefect):
                note = "a header holds undecodable bytes"
            else:
                note = f"MIME problem: {type(defect).__name__}"
            if note not in seen:
                seen.add(note)
                add_warning(meta, note)


# Codecs that turn bytes into text but are not character sets: a body labelled with one is
# treated like an unknown charset (``unicode_escape`` would turn "C:\\new" into a line break).
_NOT_CHARSETS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined"})


def text_charset(label: str) -> bool:
    """Whether ``label`` names a character set Python decodes to text; False for unknown labels
    and for codecs such as ``rot13``, ``zlib`` or ``base64`` that are not text encodings."""
    try:
        name = codecs.lookup(label).name
        b"a".decode(label)  # LookupError for a codec that is not a text encoding
    except UnicodeDecodeError:
        pass  # a real charset that rejects this byte (UTF-16: an odd length)
    except (LookupError, UnicodeError):
        return False
    return name.replace("_", "-") not in _NOT_CHARSETS


def decode_charset(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Decode a body; on a wrong, unknown or non-text charset fall back and say so."""
    label = (charset or "us-ascii").strip().lower()
    warning = None
    if not text_charset(label):
        try:
            codecs.lookup(label)
        except LookupError:
            warning = f"unknown charset {charset!r}"
        else:
            warning = f"charset {charset!r} is not a character set for text"
    else:
        try:
            return _strip_bom(data.decode(label)), None
        except UnicodeDecodeError as exc:
            warning = (
                f"body labelled charset={label} is not valid {label}"
                f" (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            )
    for fallback in _FALLBACKS:
        try:
            return _strip_bom(data.decode(fallback)), f"{warning}; decoded as {fallback}"
        except UnicodeDecodeError:
            continue
    return _strip_bom(data.decode("latin-1")), f"{warning}; decoded as latin-1"


def _strip_bom(text: str) -> str:
    return text.removeprefix("\ufeff")


# --- headers ------------------------------------------------------------------------------
class _RawHeader:
    def __init__(
        self,
        line_start: int,
        line_end: int,
        value_start: int,
        value: str,
        folded: bool,
        prefix: str,
    ) -> None:
        self.prefix = prefix  # the line up to its value, e.g. "Subject: "
        self.line_start = line_start
        self.line_end = line_end
        self.value_start = value_start
        self.value = value
        self.folded = folded


def _body_start(data: bytes) -> int:
    """Byte offset just after the blank line that ends the header block."""
    pos = 0
    for line in data.splitlines(keepends=True):
        pos += len(line)
        if not line.strip(b"\r\n"):
            return pos
    return len(data)


def _raw_headers(head: str) -> dict[str, _RawHeader]:
    """The first occurrence of each header in the file, with its offsets (in ``head``)."""
    out: dict[str, _RawHeader] = {}
    last: str | None = None
    for m in _LINE.finditer(head):
        line = m.group(0)
        if not line:
            break
        content = line.rstrip("\r\n")
        if not content.strip():
            break
        if content[:1] in (" ", "\t"):
            if last is not None and out.get(last) is not None:
                out[last].folded = True
            continue
        if m.start() == 0 and content.startswith("From "):
            continue  # mbox separator line
        hm = _RAW_HEADER.match(content)
        if not hm:
            last = None
            continue
        name = hm.group(1).lower()
        last = name if name not in out else None
        if last is not None:
            out[name] = _RawHeader(
                m.start(),
                m.start() + len(content),
                m.start() + hm.start(2),
                hm.group(2),
                False,
                content[: hm.start(2)],
            )
    return out


#: Longer header values skip the email package's structured parser, whose cost grows with the
#: square of a value's length (10,000 encoded words took seconds); they are decoded word by word.
MAX_PARSED_HEADER = 2_000


_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,64})\?([bBqQ])\?([^?\s]*+)\?=")


def decode_words(value: str) -> str:
    """RFC 2047 encoded words (``=?utf-8?q?caf=C3=A9?=``) decoded in one linear pass; blanks
    between two encoded words are dropped, as the RFC says.  (The email package's own
    ``decode_header`` pops from the front of a list and is quadratic.)"""
    out: list[str] = []
    at = 0
    after_word = False
    for m in _ENCODED_WORD.finditer(value):
        between = value[at : m.start()]
        if not (after_word and not between.strip()):
            out.append(between)
        out.append(_decode_word(m))
        at = m.end()
        after_word = True
    out.append(value[at:])
    return "".join(out)


def _decode_word(m: re.Match[str]) -> str:
    charset, kind, payload = m.group(1).partition("*")[0], m.group(2).lower(), m.group(3)
    try:
        if kind == "b":
            raw = base64.b64decode(payload + "=" * (-len(payload) % 4))
        else:
            raw = binascii.a2b_qp(payload.encode("ascii", "replace"), header=True)
        return raw.decode(charset, "replace")
    except (LookupError, ValueError, binascii.Error):
        return m.group(0)


def _header(msg: EmailMessage, name: str, raw: dict[str, _RawHeader]) -> str | None:
    try:
        source = next((v for k, v in msg.raw_items() if k.lower() == name.lower()), None)
        if source is None:
            return None
        text = decode_words(source) if len(source) > MAX_PARSED_HEADER else str(msg.get(name))
    except Exception:  # noqa: BLE001 - a malformed header: fall back to the raw text
        rh = raw.get(name.lower())
        if rh is None:
            return None
        text = rh.value
    return " ".join(line.strip(" \t") for line in re.split(r"\r\n|\r|\n", text)).strip()  # unfold, linear


def _header_line(builder: TextBuilder, name: str, value: str, raw: _RawHeader | None, newline: str) -> None:
    if raw is None:  # pragma: no cover - the parser found a header our scan did not
        builder.synthetic(f"{name}: {value}", 0)
        builder.synthetic(newline, 0)
        return
    if not raw.folded and raw.value.rstrip() == value:
        prefix = f"{name}: "
        if raw.prefix == prefix:
            builder.verbatim(prefix + value, raw.line_start)
        else:
            builder.synthetic(prefix, raw.value_start)
            builder.verbatim(value, raw.value_start)
    else:
        builder.synthetic(f"{name}: ", raw.value_start)
        builder.synthetic(value, raw.value_start)
    builder.synthetic(newline, raw.line_end)

"""LanguageTool server mode against a fake server on 127.0.0.1, and local mode without the extra.

The fake server answers like LanguageTool's HTTP API v2: ``GET /v2/languages`` and
``POST /v2/check`` (form data), with matches whose offsets count UTF-16 code units.
"""

from __future__ import annotations

import json
import pickle
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from followup_lint.language.languagetool_backend import (
    LanguageToolLocal,
    LanguageToolServer,
    LanguageToolUnavailable,
    kind_of_category,
    utf16_to_codepoints,
)

# word -> (rule id, category id, issueType, replacements)
RULES = {
    "recieve": (
        "MORFOLOGIK_RULE_EN_US",
        "TYPOS",
        "misspelling",
        ["receive", "relieve", "recipe", "reprieve", "receiver", "receives"],
    ),
    "there": ("THERE_THEIR", "CONFUSED_WORDS", "grammar", ["their"]),
    "Initech": ("MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", ["Infotech"]),
    "i am": ("I_LOWERCASE", "CASING", "typographical", ["I am"]),
}


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def lt_reply(text: str) -> dict[str, Any]:
    matches = []
    for word, (rule, category, issue_type, values) in RULES.items():
        at = text.find(word)
        while at >= 0:
            matches.append(
                {
                    "message": f"Possible problem: {word}",
                    "shortMessage": "",
                    "replacements": [{"value": v} for v in values],
                    "offset": utf16_len(text[:at]),
                    "length": utf16_len(word),
                    "context": {
                        "text": text[max(0, at - 20) : at + 20],
                        "offset": min(at, 20),
                        "length": len(word),
                    },
                    "sentence": text,
                    "type": {"typeName": "Other"},
                    "rule": {
                        "id": rule,
                        "description": f"{rule} description",
                        "issueType": issue_type,
                        "category": {"id": category, "name": category.title()},
                    },
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                }
            )
            at = text.find(word, at + 1)
    return {
        "software": {
            "name": "LanguageTool",
            "version": "6.5",
            "buildDate": "2024-09-27 11:47:02 +0000",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": "English (US)",
            "code": "en-US",
            "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99},
        },
        "matches": matches,
    }


class FakeLanguageTool(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.mode = "ok"
        self.forms: list[dict[str, list[str]]] = []
        self.release = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: FakeLanguageTool

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/v2/languages":
            languages = [
                {"name": "English (US)", "code": "en", "longCode": "en-US"},
                {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
            ]
            self._send(200, json.dumps(languages).encode())
        else:
            self._send(404, b"not found", "text/plain")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
        self.server.forms.append(form)
        mode = self.server.mode
        if self.path != "/v2/check":
            self._send(404, b"not found", "text/plain")
        elif mode == "stall":
            self.server.release.wait(10)  # far longer than the client's timeout
        elif mode == "500":
            self._send(
                500, b"Error: Internal Server Error: java.lang.OutOfMemoryError", "text/plain"
            )
        elif mode == "malformed":
            self._send(200, b'{"software": {"name": "LanguageTool"}, "matches": [')
        elif mode == "shape":
            self._send(200, json.dumps({"software": {}, "results": []}).encode())
        elif mode == "bad-match":
            self._send(
                200, json.dumps({"matches": [{"offset": "3", "length": 2, "rule": {}}]}).encode()
            )
        else:
            self._send(200, json.dumps(lt_reply(form["text"][0])).encode())


@pytest.fixture
def fake_lt() -> Iterator[FakeLanguageTool]:
    server = FakeLanguageTool()
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()


def test_check_maps_matches_to_issues_across_emoji(fake_lt: FakeLanguageTool) -> None:
    text = "Hi Ana 👋🏽,\n\nThanks 🙏🏻 for the chat! I hope to recieve there notes.\n\nBest,\nLee"
    start = text.index("Thanks")
    lt = LanguageToolServer(
        fake_lt.url,
        timeout=2.0,
        disabled_rules=["WHITESPACE_RULE"],
        enabled_categories=["TYPOS", "GRAMMAR"],
    )
    issues = lt.check(text, [(start, text.index("notes.") + 6)])
    assert [(text[i.start : i.end], i.rule, i.kind) for i in issues] == [
        ("recieve", "MORFOLOGIK_RULE_EN_US", "spelling"),
        ("there", "THERE_THEIR", "style"),  # CONFUSED_WORDS is neither TYPOS nor GRAMMAR...
    ]
    assert issues[0].suggestions == (
        "receive",
        "relieve",
        "recipe",
        "reprieve",
        "receiver",
    )  # at most 5
    assert issues[0].backend == "languagetool" and issues[0].message == "Possible problem: recieve"
    form = fake_lt.forms[-1]
    assert form["language"] == ["en-US"]
    assert form["disabledRules"] == ["WHITESPACE_RULE"]
    assert form["enabledCategories"] == ["TYPOS,GRAMMAR"]
    assert "enabledRules" not in form
    assert form["text"] == [text[start : text.index("notes.") + 6]]  # only the region is sent


def test_several_regions_in_one_request_and_names(fake_lt: FakeLanguageTool) -> None:
    text = "Subject: recieve\n\nI met Initech 😀 folks.\n\n> quoted recieve\n\ni am glad to recieve it."
    regions = [(text.index("I met"), text.index("folks.") + 6), (text.index("i am"), len(text))]
    lt = LanguageToolServer(fake_lt.url + "/v2/", timeout=2.0)
    issues = lt.check(text, regions, names=["Initech"])
    assert [(text[i.start : i.end], i.kind) for i in issues] == [
        ("i am", "capitalization"),
        ("recieve", "spelling"),
    ]
    assert issues[1].start == text.rindex("recieve")
    assert len(fake_lt.forms) == 1


def test_languages(fake_lt: FakeLanguageTool) -> None:
    assert LanguageToolServer(fake_lt.url).languages() == ["en-US", "de-DE"]


def test_stalled_server_times_out_quickly(fake_lt: FakeLanguageTool) -> None:
    fake_lt.mode = "stall"
    lt = LanguageToolServer(fake_lt.url, timeout=0.5)
    began = time.monotonic()
    with pytest.raises(LanguageToolUnavailable, match=r"did not answer within 0\.5 s") as info:
        lt.check("I will recieve it.")
    assert time.monotonic() - began < 5
    assert fake_lt.url in info.value.reason


def test_connection_refused() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    with pytest.raises(LanguageToolUnavailable) as info:
        LanguageToolServer(url, timeout=1).check("Hello there.")
    assert info.value.reason == f"LanguageTool server at {url} refused the connection"


def test_http_500(fake_lt: FakeLanguageTool) -> None:
    fake_lt.mode = "500"
    with pytest.raises(LanguageToolUnavailable, match=r"answered HTTP 500 .*OutOfMemoryError"):
        LanguageToolServer(fake_lt.url, timeout=2).check("Hello there.")


def test_malformed_json(fake_lt: FakeLanguageTool) -> None:
    fake_lt.mode = "malformed"
    with pytest.raises(LanguageToolUnavailable, match=r"sent a reply that is not JSON"):
        LanguageToolServer(fake_lt.url, timeout=2).check("Hello there.")


@pytest.mark.parametrize("mode", ["shape", "bad-match"])
def test_wrong_shape(fake_lt: FakeLanguageTool, mode: str) -> None:
    fake_lt.mode = mode
    with pytest.raises(LanguageToolUnavailable, match=r"sent an unexpected reply"):
        LanguageToolServer(fake_lt.url, timeout=2).check("Hello there.")


def test_empty_regions_send_nothing(fake_lt: FakeLanguageTool) -> None:
    assert LanguageToolServer(fake_lt.url).check("Hi,\n\n", [(3, 5)]) == []
    assert fake_lt.forms == []


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        LanguageToolServer("ftp://example.org")
    with pytest.raises(ValueError):
        LanguageToolServer("http://127.0.0.1:8081", timeout=0)


def test_server_client_pickles(fake_lt: FakeLanguageTool) -> None:
    clone = pickle.loads(pickle.dumps(LanguageToolServer(fake_lt.url, timeout=2)))
    assert [i.rule for i in clone.check("I recieve.")] == ["MORFOLOGIK_RULE_EN_US"]


def test_utf16_conversion() -> None:
    assert utf16_to_codepoints("plain ascii") is None
    assert utf16_to_codepoints("café") is None
    table = utf16_to_codepoints("a😀b")
    assert table == [0, 1, 1, 2, 3]


@pytest.mark.parametrize(
    ("category", "issue_type", "kind"),
    [
        ("TYPOS", "misspelling", "spelling"),
        ("GRAMMAR", "grammar", "grammar"),
        ("PUNCTUATION", "typographical", "punctuation"),
        ("CASING", "typographical", "capitalization"),
        ("STYLE", "style", "style"),
        ("MISC", "duplication", "repetition"),
        ("REDUNDANCY", "style", "style"),
    ],
)
def test_category_kinds(category: str, issue_type: str, kind: str) -> None:
    assert kind_of_category(category, issue_type) == kind


def test_local_mode_without_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "language_tool_python", None)  # makes the import fail
    local = LanguageToolLocal()
    with pytest.raises(LanguageToolUnavailable, match=r"pip install followup-lint\[languagetool\]"):
        local.check("Hello there.")
    with pytest.raises(LanguageToolUnavailable):  # the failure is remembered, not retried
        local.start()


def test_local_mode_start_failure_and_slow_start(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    class Broken:
        def __init__(self, language: str) -> None:
            raise ConnectionError("download failed: network unreachable")

    monkeypatch.setitem(
        sys.modules, "language_tool_python", types.SimpleNamespace(LanguageTool=Broken)
    )
    with pytest.raises(
        LanguageToolUnavailable, match="could not start a local LanguageTool.*download failed"
    ):
        LanguageToolLocal().start()

    closed = threading.Event()

    class Slow:
        def __init__(self, language: str) -> None:
            time.sleep(0.5)

        def close(self) -> None:
            closed.set()

    monkeypatch.setitem(
        sys.modules, "language_tool_python", types.SimpleNamespace(LanguageTool=Slow)
    )
    with pytest.raises(LanguageToolUnavailable, match=r"did not start within 0\.1 s"):
        LanguageToolLocal(start_timeout=0.1).start()
    assert closed.wait(3)  # the late tool is closed, not leaked


def test_local_mode_talks_to_the_started_server(
    monkeypatch: pytest.MonkeyPatch, fake_lt: FakeLanguageTool
) -> None:
    import types

    class Tool:
        url = fake_lt.url + "/v2/"
        closed = False

        def __init__(self, language: str) -> None:
            assert language == "en-GB"

        def close(self) -> None:
            Tool.closed = True

    monkeypatch.setitem(
        sys.modules, "language_tool_python", types.SimpleNamespace(LanguageTool=Tool)
    )
    with LanguageToolLocal("en-GB", timeout=2) as local:
        assert [i.rule for i in local.check("I recieve.")] == ["MORFOLOGIK_RULE_EN_US"]
        assert not pickle.loads(pickle.dumps(local))._server  # config only
    assert Tool.closed


def test_module_import_does_not_import_the_gpl_package() -> None:
    code = "import sys, followup_lint.language.languagetool_backend; print('language_tool_python' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

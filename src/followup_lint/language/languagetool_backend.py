"""LanguageTool, optional: a LanguageTool HTTP server, or a local one started for us.

Licensing
    ``language_tool_python`` is GPL-3.0-only.  followup_lint is MIT, so that package is never a
    required dependency and is never imported when this module is imported: only
    ``LanguageToolLocal.start`` imports it, and only when the user installed the
    ``followup-lint[languagetool]`` extra.  Server mode needs no extra package at all: it
    speaks LanguageTool's HTTP API (``POST /v2/check``) with ``urllib.request``.

Time
    ``language_tool_python``'s own client waits 300 s per request and retries; a stalled server
    would stall the linter for minutes.  Every request here has one overall deadline of
    ``timeout`` seconds, covering the host name look-up, the connection, the headers and the
    body (a server that trickles its headers one byte at a time is cut off too), and there are
    no retries.  A server that failed once is not called again by the same client: each later
    check fails at once with the first reason, so a dead server costs one timeout per run, not
    one per draft.

Failures
    Anything that goes wrong (connection refused, timeout, an HTTP error, a reply that is not
    JSON or not shaped like LanguageTool's, the extra or Java missing) raises
    ``LanguageToolUnavailable`` with a plain reason; the caller turns it into a report notice.

Offsets
    LanguageTool counts offsets in UTF-16 code units; they are converted to Python code points,
    so an emoji before a match does not shift the issue.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Sequence
from typing import Any, Self, cast

from followup_lint.language._names import accepted_words, all_accepted
from followup_lint.language._regions import Joined
from followup_lint.language.issues import LanguageIssue, sort_key

__all__ = [
    "INSTALL_HINT",
    "LanguageToolLocal",
    "LanguageToolServer",
    "LanguageToolUnavailable",
    "kind_of_category",
    "utf16_to_codepoints",
]

INSTALL_HINT = "pip install followup-lint[languagetool]"
MAX_SUGGESTIONS = 5
_CATEGORY_KINDS = {
    "TYPOS": "spelling",
    "GRAMMAR": "grammar",
    "PUNCTUATION": "punctuation",
    "CASING": "capitalization",
}
_MAX_REPLY = 16 * 1024 * 1024


class LanguageToolUnavailable(Exception):
    """LanguageTool could not be used; ``reason`` says why, in words a user understands."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def kind_of_category(category_id: str, issue_type: str = "") -> str:
    """Our group for a LanguageTool rule category (and its issueType, for the rest)."""
    kind = _CATEGORY_KINDS.get(category_id.upper())
    if kind:
        return kind
    if issue_type == "duplication":
        return "repetition"
    if issue_type == "misspelling":
        return "spelling"
    return "style"


def utf16_to_codepoints(text: str) -> list[int] | None:
    """Table from UTF-16 offset to code-point offset for ``text``; None when they agree."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return None
    table: list[int] = []
    for i, ch in enumerate(text):
        table.append(i)
        if ord(ch) >= 0x10000:
            table.append(i)  # the low surrogate: inside the same code point
    table.append(len(text))
    return table


def _join(values: Iterable[str]) -> str:
    return ",".join(v.strip() for v in values if v.strip())


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class LanguageToolServer:
    """Checks text with a LanguageTool HTTP server (``/v2/check``), with a bounded timeout.

    ``url`` is the server's address, e.g. ``http://127.0.0.1:8081`` (``/v2/`` is added when
    missing).  Rule and category ids are LanguageTool's (``MORFOLOGIK_RULE_EN_US``, ``TYPOS``).
    Safe to share between threads and to pickle.
    """

    backend = "languagetool"

    def __init__(
        self,
        url: str,
        language: str = "en-US",
        timeout: float = 5.0,
        enabled_rules: Iterable[str] = (),
        disabled_rules: Iterable[str] = (),
        enabled_categories: Iterable[str] = (),
        disabled_categories: Iterable[str] = (),
    ) -> None:
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError(f"LanguageTool server URL must be http:// or https://, got {url!r}")
        if timeout <= 0:
            raise ValueError(f"timeout must be positive, got {timeout!r}")
        base = url if url.endswith("/") else url + "/"
        if not base.rstrip("/").endswith("/v2"):
            base = urllib.parse.urljoin(base, "v2/")
        self.url = url
        self.api = base
        self.language = language
        self.timeout = float(timeout)
        self.enabled_rules = tuple(enabled_rules)
        self.disabled_rules = tuple(disabled_rules)
        self.enabled_categories = tuple(enabled_categories)
        self.disabled_categories = tuple(disabled_categories)
        self._no_proxy = _is_loopback(parsed.hostname)
        self._failed: LanguageToolUnavailable | None = None  # the first failure, repeated after

    def __repr__(self) -> str:
        return f"LanguageToolServer({self.url!r}, language={self.language!r}, timeout={self.timeout})"

    # --- HTTP ---------------------------------------------------------------------------------
    def _opener(self) -> urllib.request.OpenerDirector:
        if self._no_proxy:  # a local server: never send its traffic through a proxy
            return urllib.request.build_opener(urllib.request.ProxyHandler({}))
        return urllib.request.build_opener()

    def _request(self, endpoint: str, form: dict[str, str] | None = None) -> Any:
        """The server's JSON reply, within one overall deadline; a failure sticks."""
        if self._failed is not None:
            raise self._failed
        outcome: list[Any] = []

        def run() -> None:
            try:
                outcome.append(self._request_once(endpoint, form))
            except BaseException as e:  # noqa: BLE001 - handed to the waiting caller
                outcome.append(e)

        worker = threading.Thread(target=run, name="languagetool-request", daemon=True)
        worker.start()
        worker.join(self.timeout + 0.05)  # DNS and a trickling server obey this, not the socket
        if not outcome:
            self._failed = LanguageToolUnavailable(
                f"LanguageTool server at {self.url} did not answer within {self.timeout:g} s"
            )
            raise self._failed
        result = outcome[0]
        if isinstance(result, LanguageToolUnavailable):
            self._failed = result
            raise result
        if isinstance(result, BaseException):
            raise result
        return result

    def _request_once(self, endpoint: str, form: dict[str, str] | None = None) -> Any:
        url = urllib.parse.urljoin(self.api, endpoint)
        where = f"LanguageTool server at {self.url}"
        data = urllib.parse.urlencode(form).encode("utf-8") if form is not None else None
        request = urllib.request.Request(url, data=data, headers={"Accept": "application/json"})
        deadline = time.monotonic() + self.timeout
        try:
            with self._opener().open(request, timeout=self.timeout) as response:
                chunks: list[bytes] = []
                size = 0
                while True:
                    if time.monotonic() > deadline:
                        raise TimeoutError
                    chunk = response.read(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > _MAX_REPLY:
                        raise LanguageToolUnavailable(f"{where} sent a reply larger than 16 MB")
                body = b"".join(chunks)
        except LanguageToolUnavailable:
            raise
        except urllib.error.HTTPError as e:
            detail = ""
            with contextlib.suppress(Exception):  # the status is the news, the body a bonus
                detail = e.read(300).decode("utf-8", "replace").strip()
            e.close()
            reason = f"{where} answered HTTP {e.code} {e.reason}"
            raise LanguageToolUnavailable(reason + (f": {detail[:200]}" if detail else "")) from e
        except urllib.error.URLError as e:
            raise LanguageToolUnavailable(self._describe(e.reason, where)) from e
        except TimeoutError as e:
            raise LanguageToolUnavailable(f"{where} did not answer within {self.timeout:g} s") from e
        except OSError as e:  # reset while reading, etc.
            raise LanguageToolUnavailable(self._describe(e, where)) from e
        except Exception as e:  # http.client.HTTPException and kin: a broken reply
            raise LanguageToolUnavailable(f"{where} sent a broken HTTP reply ({type(e).__name__}: {e})") from e
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            start = body[:60].decode("utf-8", "replace")
            raise LanguageToolUnavailable(
                f"{where} sent a reply that is not JSON ({e.__class__.__name__}: {e}; it starts {start!r})"
            ) from e

    def _describe(self, reason: object, where: str) -> str:
        if isinstance(reason, ConnectionRefusedError):
            return f"{where} refused the connection"
        if isinstance(reason, TimeoutError):
            return f"{where} did not answer within {self.timeout:g} s"
        if isinstance(reason, socket.gaierror):
            return f"{where} could not be found (unknown host name)"
        if isinstance(reason, ConnectionResetError):
            return f"{where} closed the connection before answering"
        return f"{where} could not be reached: {reason}"

    # --- API -------------------------------------------------------------------------------------
    def languages(self) -> list[str]:
        """The language codes the server supports (``GET /v2/languages``)."""
        data = self._request("languages")
        if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
            raise LanguageToolUnavailable(
                f"LanguageTool server at {self.url} sent an unexpected reply to /v2/languages "
                "(expected a list of languages)"
            )
        return [str(d.get("longCode") or d.get("code")) for d in data if d.get("longCode") or d.get("code")]

    def check_raw(self, text: str) -> list[dict[str, Any]]:
        """LanguageTool's matches for ``text``, as the server sent them (offsets in UTF-16)."""
        form = {"text": text, "language": self.language}
        for key, values in (
            ("enabledRules", self.enabled_rules),
            ("disabledRules", self.disabled_rules),
            ("enabledCategories", self.enabled_categories),
            ("disabledCategories", self.disabled_categories),
        ):
            joined = _join(values)
            if joined:
                form[key] = joined
        data = self._request("check", form)
        where = f"LanguageTool server at {self.url} sent an unexpected reply"
        if not isinstance(data, dict) or not isinstance(data.get("matches"), list):
            raise LanguageToolUnavailable(f"{where} (no list of matches)")
        matches = data["matches"]
        for m in matches:
            if not (
                isinstance(m, dict)
                and isinstance(m.get("offset"), int)
                and isinstance(m.get("length"), int)
                and m["offset"] >= 0
                and m["length"] >= 0
                and isinstance(m.get("rule"), dict)
                and isinstance(m["rule"].get("id"), str)
            ):
                raise LanguageToolUnavailable(f"{where} (a match without offset, length or rule id)")
        return cast(list[dict[str, Any]], matches)

    def check(
        self,
        text: str,
        regions: Sequence[tuple[int, int]] | None = None,
        names: Iterable[str] = (),
    ) -> list[LanguageIssue]:
        """Issues in the given regions of ``text`` (all of it when None), in code points.

        The regions are joined with blank lines and sent in one request.  Spelling issues on
        ``names`` are dropped.  Sorted by (start, end, rule).
        """
        if regions is None:
            regions = [(0, len(text))]
        joined = Joined.build(text, regions)
        if not joined.text.strip():
            return []
        matches = self.check_raw(joined.text)
        return self._issues(text, joined, matches, accepted_words(names))

    def _issues(
        self, text: str, joined: Joined, matches: list[dict[str, Any]], accepted: set[str]
    ) -> list[LanguageIssue]:
        table = utf16_to_codepoints(joined.text)
        limit = len(table) - 1 if table else len(joined.text)
        issues: list[LanguageIssue] = []
        for m in matches:
            u_start, u_end = m["offset"], m["offset"] + m["length"]
            if u_end > limit:
                continue  # points past the text we sent: ignore rather than guess
            start, end = (table[u_start], table[u_end]) if table else (u_start, u_end)
            mapped = joined.to_original(start, end)
            if mapped is None:
                continue
            start, end, _ = mapped
            rule = m["rule"]
            category = rule.get("category") if isinstance(rule.get("category"), dict) else {}
            kind = kind_of_category(str(category.get("id", "")), str(rule.get("issueType", "")))
            if kind == "spelling" and all_accepted(text[start:end], accepted):
                continue
            replacements: list[Any] = m["replacements"] if isinstance(m.get("replacements"), list) else []
            suggestions = tuple(
                dict.fromkeys(
                    r["value"] for r in replacements if isinstance(r, dict) and isinstance(r.get("value"), str)
                )
            )[:MAX_SUGGESTIONS]
            message = m.get("message") if isinstance(m.get("message"), str) else rule.get("description", "")
            issues.append(
                LanguageIssue(
                    start=start,
                    end=end,
                    message=str(message),
                    backend=self.backend,
                    rule=rule["id"],
                    kind=kind,
                    suggestions=suggestions,
                )
            )
        issues = list(dict.fromkeys(issues))
        issues.sort(key=sort_key)
        return issues


class LanguageToolLocal:
    """A LanguageTool started on this machine by ``language_tool_python`` (optional extra).

    ``start()`` (called by the first ``check``) imports ``language_tool_python`` and starts its
    Java server, waiting at most ``start_timeout`` seconds; checks then go through
    ``LanguageToolServer`` with the bounded ``timeout``.  Missing extra, missing Java, a failed
    download or a slow start all raise ``LanguageToolUnavailable``.  Call ``close()`` (or use
    ``with``) to stop the Java process.  Pickling keeps the configuration only.
    """

    backend = "languagetool"

    def __init__(
        self,
        language: str = "en-US",
        timeout: float = 5.0,
        start_timeout: float = 60.0,
        enabled_rules: Iterable[str] = (),
        disabled_rules: Iterable[str] = (),
        enabled_categories: Iterable[str] = (),
        disabled_categories: Iterable[str] = (),
    ) -> None:
        self.language = language
        self.timeout = timeout
        self.start_timeout = start_timeout
        self.enabled_rules = tuple(enabled_rules)
        self.disabled_rules = tuple(disabled_rules)
        self.enabled_categories = tuple(enabled_categories)
        self.disabled_categories = tuple(disabled_categories)
        self._tool: Any = None
        self._server: LanguageToolServer | None = None
        self._failed: LanguageToolUnavailable | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.update(_tool=None, _server=None, _failed=None)
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> LanguageToolServer:
        """Start (once) and return the server client; raises LanguageToolUnavailable."""
        with self._lock:
            if self._server is not None:
                return self._server
            if self._failed is not None:  # do not retry a slow failure on every draft
                raise self._failed
            try:
                self._server = self._start()
            except LanguageToolUnavailable as e:
                self._failed = e
                raise
            return self._server

    def _start(self) -> LanguageToolServer:
        try:
            import language_tool_python  # GPL-3.0: optional extra, imported only here
        except ImportError as e:
            raise LanguageToolUnavailable(
                f"LanguageTool support is not installed ({e}); install it with `{INSTALL_HINT}` "
                "(it also needs Java 17 or later)"
            ) from e

        result: dict[str, Any] = {}
        handover = threading.Lock()
        abandoned = False

        def build() -> None:
            try:
                tool = language_tool_python.LanguageTool(self.language)
            except BaseException as e:  # noqa: BLE001 - reported to the caller below
                with handover:
                    result["error"] = e
                return
            with handover:
                if not abandoned:
                    result["tool"] = tool
                    return
            _close_quietly(tool)  # the caller gave up waiting: do not leak the Java process

        worker = threading.Thread(target=build, name="languagetool-start", daemon=True)
        worker.start()
        worker.join(self.start_timeout)
        with handover:
            if not result:
                abandoned = True
                raise LanguageToolUnavailable(f"local LanguageTool did not start within {self.start_timeout:g} s")
        if "error" in result:
            error = result["error"]
            raise LanguageToolUnavailable(
                f"could not start a local LanguageTool ({type(error).__name__}: {error}); it needs"
                " Java 17+ and a one-time download of LanguageTool (about 260 MB), or use a"
                " LanguageTool server instead"
            ) from error
        self._tool = result["tool"]
        return LanguageToolServer(
            str(self._tool.url),
            language=self.language,
            timeout=self.timeout,
            enabled_rules=self.enabled_rules,
            disabled_rules=self.disabled_rules,
            enabled_categories=self.enabled_categories,
            disabled_categories=self.disabled_categories,
        )

    def check(
        self,
        text: str,
        regions: Sequence[tuple[int, int]] | None = None,
        names: Iterable[str] = (),
    ) -> list[LanguageIssue]:
        return self.start().check(text, regions, names)

    def close(self) -> None:
        with self._lock:
            tool, self._tool, self._server = self._tool, None, None
        if tool is not None:
            _close_quietly(tool)


def _close_quietly(tool: Any) -> None:
    with contextlib.suppress(Exception):  # shutting down: nothing useful to report
        tool.close()

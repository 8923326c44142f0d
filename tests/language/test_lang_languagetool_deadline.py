"""The LanguageTool client's one overall deadline, and a failed server not called again (issue 16).

A server on the loopback interface that accepts and then trickles its reply one byte at a time
never lets a socket timeout fire; only an overall deadline stops the wait.  No test asserts a
time: a client without the deadline hangs here until pytest-timeout fails the test.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from followup_lint.language.languagetool_backend import LanguageToolServer, LanguageToolUnavailable

pytestmark = pytest.mark.timeout(120)


class TricklingServer:
    """Accepts connections on 127.0.0.1 and sends ``HTTP/1.1 200 OK`` a byte every 0.2 s, forever
    (until closed); counts the connections it was asked for."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.connections = 0
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        with conn:
            for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 10_000:
                if self.stop.is_set():
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return
                time.sleep(0.2)

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def trickling() -> Iterator[TricklingServer]:
    server = TricklingServer()
    yield server
    server.close()


def test_a_server_trickling_its_headers_is_cut_off_by_the_deadline(trickling: TricklingServer) -> None:
    client = LanguageToolServer(trickling.url, timeout=1.0)
    with pytest.raises(LanguageToolUnavailable, match="did not answer within 1 s"):
        client.check("Thank you for the interview.")


def test_a_failed_server_is_not_called_again_in_the_same_run(trickling: TricklingServer) -> None:
    client = LanguageToolServer(trickling.url, timeout=0.5)
    with pytest.raises(LanguageToolUnavailable) as first:
        client.check("Thank you for the interview.")
    for _ in range(5):
        with pytest.raises(LanguageToolUnavailable) as again:
            client.check("Thank you again.")
        assert again.value.reason == first.value.reason
    assert trickling.connections == 1


def test_a_refused_connection_is_remembered_too() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    client = LanguageToolServer(f"http://127.0.0.1:{port}", timeout=2.0)
    with pytest.raises(LanguageToolUnavailable, match="refused"):
        client.check("Thank you.")
    with pytest.raises(LanguageToolUnavailable, match="refused"):
        client.check("Thank you.")

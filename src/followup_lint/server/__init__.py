"""``followup-lint server``: a language server (LSP over standard input and output) for editors.

Diagnostics as you type for plain-text, Markdown, e-mail and Jinja drafts, quick fixes from the
findings' suggestions, and the rule's page on hover.  pygls and lsprotocol are imported only
when the server starts, so the rest of followup_lint never pays for them.  docs/editors.md
says how to set it up in Neovim, VS Code, Helix and Emacs.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn


def serve() -> NoReturn:
    """Run the server on standard input and output until the client says ``exit``, then exit the
    process: 0 after a proper ``shutdown`` then ``exit``, 1 when the client went away without one.

    The process ends with ``os._exit`` so that it does not wait for a lint still running on the
    worker thread (seconds, while spaCy and Harper load): its result would be thrown away, and
    the server writes no files, so nothing is lost.
    """
    from followup_lint.server.app import build_server

    server = build_server()
    stdin = sys.stdin.buffer
    # The protocol gets its own copy of standard output, and descriptor 1 points at standard error from here on:
    # a stray print(), or a native library's (Harper prints debugging lines below Python), would corrupt the stream
    sys.stdout.flush()
    stdout = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    server.start_io(stdin, stdout)
    code = 0 if getattr(server.protocol, "_shutdown", False) else 1
    sys.stderr.flush()
    os._exit(code)

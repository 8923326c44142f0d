"""pygls and lsprotocol load only for `followup-lint server`: `import followup_lint` and `check` never pay for them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
{action}
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("pygls", "lsprotocol", "cattrs") or m.startswith("followup_lint.server"))
print("LOADED:" + ",".join(loaded))
"""


def _loaded(action: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(action=action)], capture_output=True, text=True, check=True, timeout=300
    )
    return out.stdout.rpartition("LOADED:")[2].strip()


def test_importing_the_library_does_not_import_the_server() -> None:
    assert _loaded("import followup_lint, followup_lint.cli") == ""


def test_the_check_command_does_not_import_the_server() -> None:
    draft = Path(__file__).parents[2] / "examples" / "thank-you-weak.txt"
    action = (
        "from followup_lint.cli import main\n"
        f"code = main(['check', '--exit-zero', '--format', 'json', {str(draft)!r}])\n"
        "assert code == 0, code"
    )
    assert _loaded(action) == ""


def test_the_probe_would_see_the_server_if_it_were_imported() -> None:
    assert "pygls" in _loaded("import followup_lint.server.app")

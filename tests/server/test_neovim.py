"""A headless Neovim attaches to `followup-lint server` and receives our diagnostics, as docs/editors.md says.

Needs Debian's `neovim` package (.ci/run installs it when missing); skipped where there is none.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lsp_helpers import EMOJI_DRAFT, EMOJI_LINE, GONNA_COLUMN

NVIM = shutil.which("nvim")

# vim.lsp.start (0.8+) where there is one, else start_client + buf_attach_client (0.7, Debian 12).
INIT = """
local out, python = {out!r}, {python!r}
local buf = vim.api.nvim_get_current_buf()
local config = {{
  name = "followup-lint",
  cmd = {{ python, "-m", "followup_lint", "server" }},
  root_dir = vim.fn.getcwd(),
  init_options = {{ debounceMs = 0 }},
}}
if vim.lsp.start then
  vim.lsp.start(config)
else
  local id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buf, id)
end
local function ours()
  local found = {{}}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {{}}
    table.insert(found, {{ lnum = d.lnum, col = d.col, end_col = d.end_col,
      code = d.code or lsp.code, source = d.source or lsp.source, message = d.message }})
  end
  return found
end
vim.wait(120000, function() return #ours() > 0 end, 100)
local file = io.open(out, "w")
file:write(vim.fn.json_encode(ours()))
file:close()
vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.wait(5000, function() return #vim.lsp.get_active_clients() == 0 end, 100)
vim.cmd("qall!")
"""


@pytest.mark.skipif(NVIM is None, reason="no nvim here (Debian's neovim package)")
def test_neovim_attaches_and_shows_our_diagnostics(tmp_path: Path) -> None:
    assert NVIM is not None
    draft = tmp_path / "thanks.txt"
    draft.write_text(EMOJI_DRAFT, encoding="utf-8")
    out = tmp_path / "diagnostics.json"
    init = tmp_path / "init.lua"
    init.write_text(INIT.format(out=str(out), python=sys.executable), encoding="utf-8")
    proc = subprocess.run(
        [NVIM, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", f"luafile {init}", str(draft)],
        cwd=tmp_path,
        timeout=240,
        check=False,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    assert out.exists(), f"Neovim wrote nothing: {proc.stderr.decode(errors='replace')[-2000:]}"
    found = json.loads(out.read_text(encoding="utf-8"))
    assert found, "Neovim received no diagnostics"
    assert all(d["source"] == "followup-lint" for d in found)
    gonna = [d for d in found if d["code"] == "FL302" and d["lnum"] == EMOJI_LINE]
    assert gonna, found
    # Neovim converts our UTF-16 columns back to its byte columns: "gonna" starts at byte 24
    assert gonna[0]["col"] == GONNA_COLUMN["utf-8"]
    assert gonna[0]["end_col"] == GONNA_COLUMN["utf-8"] + len("gonna")

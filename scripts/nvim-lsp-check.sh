#!/usr/bin/env bash
# Neovim's built-in LSP client against nflint lsp: opens broken specs (a body, a template with
# placeholders and a suppression, a template with an Addon node, a JSON body mapped by
# .nflint.yaml) in headless Neovim, waits for the diagnostics nflint lsp publishes, prints them
# as file:line:col rule message, and compares them with nflint lint --format json on the same
# files. Exits non-zero on any difference. Not part of .ci/run: it installs Debian's neovim.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v nvim >/dev/null; then
	sudo=""
	if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq neovim >/dev/null
fi
nvim --version | head -1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/nflint" ./cmd/nflint
mkdir "$work/specs"
cp examples/broken-combined.yaml lsp/testdata/combined.yaml lsp/testdata/args-template.yaml \
	lsp/testdata/addon-template.yaml lsp/testdata/job.json "$work/specs/"
printf 'kinds:\n  "job.json": manual-job\n' >"$work/specs/.nflint.yaml"

cat >"$work/check.lua" <<'LUA'
-- Starts nflint lsp for every spec, waits for each file's publishDiagnostics, writes them out.
local dir, nflint, out = vim.env.SPECS, vim.env.NFLINT, vim.env.OUT
local files = vim.split(vim.env.FILES, " ")
local received = {}
local config = {
  name = "nflint", cmd = { nflint, "lsp" }, root_dir = dir,
  handlers = {
    ["textDocument/publishDiagnostics"] = function(err, result, ctx, cfg)
      received[vim.uri_to_fname(result.uri)] = true
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, cfg)
    end,
  },
}
local client
for _, f in ipairs(files) do
  vim.cmd("edit " .. vim.fn.fnameescape(dir .. "/" .. f))
  local buf = vim.api.nvim_get_current_buf()
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = buf })
  else -- Neovim before 0.8
    client = client or vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, client)
  end
end
local ok = vim.wait(30000, function()
  for _, f in ipairs(files) do
    if not received[dir .. "/" .. f] then return false end
  end
  return true
end, 50)
local lines = {}
if not ok then table.insert(lines, "TIMEOUT waiting for diagnostics") end
for _, buf in ipairs(vim.api.nvim_list_bufs()) do
  local name = vim.api.nvim_buf_get_name(buf)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
    local msg = d.message:gsub("\n", " / ")
    table.insert(lines, string.format("%s:%d:%d %s %s", vim.fn.fnamemodify(name, ":t"), d.lnum + 1, d.col + 1, code, msg))
  end
end
table.sort(lines)
local fh = io.open(out, "w")
fh:write(table.concat(lines, "\n") .. "\n")
fh:close()
vim.cmd("qa!")
LUA

files="broken-combined.yaml combined.yaml args-template.yaml addon-template.yaml job.json"
SPECS="$work/specs" NFLINT="$work/nflint" OUT="$work/nvim.txt" FILES="$files" \
	timeout 120 nvim --headless -n -u NONE -i NONE -c "luafile $work/check.lua" >/dev/null 2>&1 </dev/null || true

(cd "$work/specs" && "$work/nflint" lint --format json --quiet $files || true) >"$work/cli.json"
python3 - "$work/cli.json" >"$work/cli.txt" <<'PY'
import json, os, sys
lines = []
for d in json.load(open(sys.argv[1]))["diagnostics"]:
    msg = d["message"] + (" / " + d["suggestion"] if d.get("suggestion") else "")
    lines.append("%s:%d:%d %s %s" % (os.path.basename(d["file"]), d["line"], d["column"], d["rule"], msg))
print("\n".join(sorted(lines)))
PY

echo "== diagnostics Neovim received from nflint lsp"
cat "$work/nvim.txt"
if diff -u "$work/cli.txt" "$work/nvim.txt" >"$work/diff.txt"; then
	echo "== equal to nflint lint --format json: $(wc -l <"$work/cli.txt") findings in ${files// /, }"
else
	echo "== DIFFERENT from nflint lint --format json (--- lint, +++ Neovim):"
	cat "$work/diff.txt"
	exit 1
fi

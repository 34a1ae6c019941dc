#!/usr/bin/env bash
# Acceptance check for .pre-commit-hooks.yaml: in a throwaway git repository configured as the
# README's "pre-commit" section shows (the default hooks, no `files` override, beside a
# package.json), `pre-commit run --all-files` must fail on a broken spec and pass once it is
# fixed, with both hooks and with the README's `repo: local` example:
#   nflint-system  the nflint binary on PATH (built here from this checkout)
#   local          the README's `repo: local` hook (language: system, entry: nflint lint), which
#                  needs no release: the nflint on PATH, as `go install ./cmd/nflint` puts it
#   nflint         built by pre-commit itself with Go (offline: GOPROXY=off, the local module
#                  cache) — skipped with NFLINT_PRECOMMIT_SYSTEM_ONLY=1
# The hooks come from this repository at HEAD, so commit .pre-commit-hooks.yaml first.
# Needs pre-commit (Debian: apt-get install pre-commit) and git. Not part of `go test` or .ci/run.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
command -v pre-commit >/dev/null || { echo "precommit-check: pre-commit is not installed (apt-get install pre-commit)" >&2; exit 2; }
rev=$(git -C "$root" rev-parse HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/bin/nflint" "$root/cmd/nflint"
export PATH="$work/bin:$PATH"
export PRE_COMMIT_HOME="$work/pre-commit-cache"
# The golang hook builds nflint from a clone: no network, only the module cache on this machine.
export GOPROXY=off GOFLAGS=-mod=mod GOMODCACHE="$(go env GOMODCACHE)"

repo="$work/repo"
mkdir -p "$repo/deploy"
cd "$repo"
git init -q
git config user.email check@example.com
git config user.name check

cat > deploy/api.yaml <<'SPEC'
name: checkout-api
billing:
  deploymentPlan: nf-compute-20
deployment:
  instances: two
  docker:
    configType: customCommand
vcsData:
  projectUrl: https://github.com/acme/checkout-api
  projectType: github
  projectBranch: main
buildSettings:
  dockerfile:
    dockerFilePath: /Dockerfile
    dockerWorkDir: /
SPEC
# A JSON file that is not a spec: the hooks pass it to nflint, which skips it.
echo '{"name": "web-shop", "private": true}' > package.json

fail=0
config() { # hook-id: the README's configuration for that hook
  if [ "$1" = local ]; then
    cat <<'CONFIG'
repos:
  - repo: local
    hooks:
      - id: nflint
        name: nflint
        entry: nflint lint
        language: system
        files: \.(json|ya?ml)$
CONFIG
  else
    cat <<CONFIG
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: $1
CONFIG
  fi
}

check() { # hook-id, or local
  local hook=$1
  config "$hook" > .pre-commit-config.yaml
  git add -A && git commit -qm "$hook: broken spec" --no-verify
  echo "== $hook: broken spec, want failure"
  if pre-commit run --all-files --hook-stage commit --color never; then
    echo "precommit-check: FAIL: $hook passed a broken spec" >&2
    fail=1
  fi
  sed -i 's/instances: two/instances: 2/; s/configType: customCommand/configType: default/' deploy/api.yaml
  git add -A && git commit -qm "$hook: fixed spec" --no-verify
  echo "== $hook: fixed spec, want success"
  if ! pre-commit run --all-files --hook-stage commit --color never; then
    echo "precommit-check: FAIL: $hook failed a clean spec" >&2
    fail=1
  fi
  git checkout -q HEAD~1 -- deploy/api.yaml
}

check nflint-system
check local
if [ "${NFLINT_PRECOMMIT_SYSTEM_ONLY:-}" != 1 ]; then
  check nflint
fi
[ "$fail" = 0 ] && echo "precommit-check: ok"
exit "$fail"

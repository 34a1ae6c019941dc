#!/usr/bin/env bash
# Runs nflint over a directory of real spec files (default: ../shared/corpus) and prints a
# summary: files, documents, findings per rule, unrecognised files, crashes and hangs.
# Not part of go test: the corpus lives outside the project and is never copied into it.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpus}
shift || true
bin=$(mktemp -d)/nflint
go build -o "$bin" ./cmd/nflint
go run ./scripts/corpus -nflint "$bin" "$@" "$dir"

#!/usr/bin/env bash
# Refreshes schema/reference, the inputs scripts/refgen reads, from ../shared: the body
# sections of the reference pages the generator uses (each with its Source line), the
# js-client types it names and the client's licence, and the seed facts (written by
# scripts/seedgen/seed2cue.py from the seed pages). Then regenerates schema/*.gen.cue and the
# generated tables of schema/README.md. Read the diff before committing it.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${1:-../shared}
python3 scripts/seedgen/seed2cue.py "$shared/seeds" "$shared/reference/northflank-js-client-types.d.ts" \
	--facts schema/reference/seed-facts.json
go run ./scripts/refgen -vendor "$shared/reference"

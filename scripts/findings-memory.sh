#!/usr/bin/env bash
# findings-memory.sh measures nflint's peak memory on runs with many findings: FILES files of
# FINDINGS findings each (unknown fields), in text and JSON output, for each count in FILES.
# Memory that stays flat as files grow shows the output is streamed, not held to the end.
#
#   scripts/findings-memory.sh                      # FILES="1000 4000" FINDINGS=500
#   FILES="1000 10000" scripts/findings-memory.sh
#   NFLINT=/tmp/old/nflint scripts/findings-memory.sh   # measure another build
#
# Needs /usr/bin/time (Debian: apt-get install time). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${FILES:-"1000 4000"}
FINDINGS=${FINDINGS:-500}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "findings-memory.sh: $TIME is missing (apt-get install -y time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
NFLINT=${NFLINT:-}
if [ -z "$NFLINT" ]; then
	go build -o "$work/nflint" ./cmd/nflint
	NFLINT=$work/nflint
fi

# One spec: a valid combined service plus FINDINGS keys the API does not define.
{
	printf 'name: api\nbilling: {deploymentPlan: nf-compute-20}\ndeployment: {instances: 1}\n'
	printf 'buildSettings: {dockerfile: {dockerFilePath: /Dockerfile, dockerWorkDir: /}}\n'
	printf 'vcsData: {projectUrl: "https://github.com/acme/api", projectType: github, projectBranch: main}\n'
	for i in $(seq 1 "$FINDINGS"); do printf 'unknownKey%d: 1\n' "$i"; done
} >"$work/spec.yaml"

max=0
for n in $FILES; do max=$((n > max ? n : max)); done
mkdir -p "$work/specs"
for i in $(seq 1 "$max"); do ln "$work/spec.yaml" "$work/specs/$(printf 'spec-%05d.yaml' "$i")"; done

echo "| files | findings | format | wall (s) | peak RSS (MB) | output (MB) |"
echo "|---:|---:|---|---:|---:|---:|"
for n in $FILES; do
	dir="$work/run-$n"
	mkdir -p "$dir"
	for i in $(seq 1 "$n"); do f=$(printf 'spec-%05d.yaml' "$i"); ln "$work/specs/$f" "$dir/$f"; done
	for format in text json; do
		$TIME -f '%e %M' -o "$work/time" "$NFLINT" lint --kind combined-service --format "$format" "$dir" >"$work/out" 2>/dev/null || true
		read -r wall rss < <(tail -n 1 "$work/time")
		size=$(stat -c %s "$work/out")
		printf '| %d | %d | %s | %s | %d | %d |\n' "$n" "$((n * FINDINGS))" "$format" "$wall" "$((rss / 1024))" "$((size >> 20))"
	done
	rm -rf "$dir"
done

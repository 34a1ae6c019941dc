#!/usr/bin/env bash
# bench.sh measures nflint over generated corpora of 1, 100, 1,000 and 10,000 spec files of
# several kinds (JSON and YAML, templates), all valid, all broken, and mixed (seven valid files
# in ten), and runs `cue vet` with the same definitions and ajv with Northflank's own JSON
# Schemas on the same files in the same run, for comparison. It prints a Markdown table: wall
# time (median of RUNS runs), CPU time, files per second, peak RSS, and the ratios of cue vet
# and ajv to nflint.
#
#   scripts/bench.sh                 # RUNS=5, RUNS_LARGE=1, SIZES="1 100 1000 10000", CORPORA="valid broken mixed"
#   RUNS=1 SIZES="1 100" CORPORA=mixed scripts/bench.sh
#   KEEP=/tmp/corpora SIZES=10000 scripts/bench.sh   # only write the corpora, to profile on them
#
# RUNS_LARGE is the number of runs for corpora of 10,000 files or more. CUE_MAX (default 1000)
# is the largest corpus cue vet is run on: it needs a process per broken file, and 10,000
# broken files take it many minutes a run; beyond CUE_MAX its columns show "-".
#
# Needs /usr/bin/time (Debian: apt-get install time) and cue v0.17.1, the version go.mod pins
# (go install cuelang.org/go/cmd/cue@v0.17.1); CUE=path overrides where cue is found.
#
# cue vet stops at the first file that fails, so to get a verdict on every file it is run the
# way a user would have to: the valid files of each kind in batches (xargs), every broken file
# in its own invocation, two processes at a time (xargs -P 2, as nflint uses two workers on two
# cores). Peak RSS for cue is the largest single cue process.
#
# ajv (scripts/ajv-bench/validate.js, one node process over the directory) validates the
# combined-service, deployment-service and manual-job files against the JSON Schemas of
# Northflank's CLI 0.9.12 and only parses the templates, which the CLI has no schema for: it
# checks less than nflint does. Needs node and npm (AJV=0 leaves it out).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
RUNS_LARGE=${RUNS_LARGE:-1}
SIZES=${SIZES:-"1 100 1000 10000"}
CORPORA=${CORPORA:-"valid broken mixed"}
CUE_MAX=${CUE_MAX:-1000}
CUE=${CUE:-$(command -v cue || echo "$(go env GOPATH)/bin/cue")}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench.sh: $TIME is missing (apt-get install -y time)" >&2; exit 2; }
[ -x "$CUE" ] || { echo "bench.sh: cue is missing (go install cuelang.org/go/cmd/cue@v0.17.1)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/nflint" ./cmd/nflint

# ajv 8 with the JSON Schemas of Northflank's own CLI, the route a user has without nflint
# (scripts/ajv-bench; AJV=0 leaves it out). Installed once with npm ci, pinned by its lock file.
AJV=${AJV:-1}
if [ "$AJV" = 1 ]; then
	command -v node > /dev/null || { echo "bench.sh: node is missing (AJV=0 leaves ajv out)" >&2; exit 2; }
	ajvdir="$HOME/.cache/nflint-tools/ajv-bench"
	mkdir -p "$ajvdir"
	cp scripts/ajv-bench/package.json scripts/ajv-bench/package-lock.json scripts/ajv-bench/validate.js "$ajvdir/"
	[ -d "$ajvdir/node_modules/ajv" ] || (cd "$ajvdir" && npm ci --no-audit --no-fund --ignore-scripts > /dev/null)
fi

# defs.cue: schema/*.cue joined into one package file with one import block, plus a
# definition for whole templates (nflint checks template nodes itself; cue needs it spelt out).
awk '
/^package / { next }
/^import \(/ { inblock = 1; next }
inblock && /^\)/ { inblock = 0; next }
inblock { gsub(/[ \t]/, ""); if ($0 != "") imports[$0] = 1; next }
/^import "/ { imports[$2] = 1; next }
{ body = body $0 "\n" }
END {
	print "package defs\n"
	print "import ("
	for (i in imports) print "\t" i
	print ")\n"
	printf "%s", body
}' schema/*.cue > "$work/defs.cue"
cat >> "$work/defs.cue" <<'EOF'

#VetTemplate: {
	apiVersion!: string
	name?:       string
	description?: string
	arguments?: {...}
	spec!: #VetWorkflow
}
#VetWorkflow: {kind!: "Workflow", spec!: {type?: string, steps!: [...#VetNode]}}
#VetNode: {kind!: "CombinedService", ref?: string, spec!: #CombinedService} |
	{kind!: "DeploymentService", ref?: string, spec!: #DeploymentService} |
	{kind!: "ManualJob", ref?: string, spec!: #ManualJob} |
	#VetWorkflow |
	{kind!: !="CombinedService" & !="DeploymentService" & !="ManualJob" & !="Workflow", ...}
EOF

# The base specs. @N@ becomes the file number. Names: KIND-VARIANT-N.EXT, KIND one of
# cs (combined service), ds (deployment service), mj (manual job), tpl (template).
base="$work/base"
mkdir -p "$base"
cat > "$base/cs-valid.yaml" < lint/testdata/bench/minimal.yaml
sed 's/^name: checkout-api$/name: checkout-api-@N@/' lint/testdata/bench/full.yaml > "$base/cs-valid-full.yaml"
cat > "$base/cs-valid.json" <<'EOF'
{
  "name": "web-@N@",
  "billing": {"deploymentPlan": "nf-compute-10"},
  "deployment": {"instances": 1},
  "vcsData": {"projectUrl": "https://github.com/acme/web", "projectType": "github", "projectBranch": "main"},
  "buildSettings": {"buildpack": {"builder": "HEROKU_24"}}
}
EOF
cat > "$base/ds-valid.json" <<'EOF'
{
  "name": "worker-@N@",
  "billing": {"deploymentPlan": "nf-compute-20"},
  "deployment": {"instances": 2, "external": {"imagePath": "nginx:latest"}},
  "ports": [{"name": "http", "internalPort": 80, "public": true, "protocol": "HTTP"}],
  "runtimeEnvironment": {"MODE": "worker"}
}
EOF
cat > "$base/mj-valid.yaml" <<'EOF'
name: migrate-@N@
billing:
  deploymentPlan: nf-compute-20
  buildPlan: nf-compute-200-8
backoffLimit: 0
runOnSourceChange: never
activeDeadlineSeconds: 600
EOF
cat > "$base/tpl-valid.json" <<'EOF'
{
  "apiVersion": "v1.2",
  "name": "shop-@N@",
  "spec": {
    "kind": "Workflow",
    "spec": {
      "type": "sequential",
      "steps": [
        {"kind": "CombinedService", "ref": "api",
         "spec": {"name": "shop-api", "billing": {"deploymentPlan": "nf-compute-20"},
                  "deployment": {"instances": 1, "docker": {"configType": "default"}},
                  "vcsData": {"projectUrl": "https://github.com/acme/shop", "projectType": "github", "projectBranch": "main"},
                  "buildSettings": {"dockerfile": {"dockerFilePath": "/Dockerfile", "dockerWorkDir": "/"}}}},
        {"kind": "ManualJob", "ref": "migrate",
         "spec": {"name": "shop-migrate", "billing": {"deploymentPlan": "nf-compute-20"}, "backoffLimit": 1}}
      ]
    }
  }
}
EOF
cat > "$base/cs-broken.yaml" <<'EOF'
name: checkout-@N@
billing:
  deploymentPlan: nf-compute-20
deployment:
  instances: two
  docker:
    configType: customCommand
ports:
  - name: http
    internalPort: 8080
    protocol: HTTPS
buildSettings:
  dockerfile:
    dockerfilePath: /Dockerfile
    dockerWorkDir: /
EOF
cat > "$base/ds-broken.json" <<'EOF'
{
  "name": "worker-@N@",
  "billing": {"deploymentPlan": "nf-compute-20"},
  "deployment": {"instances": 2, "external": {"imagePath": "nginx:latest"}},
  "ports": [{"name": "http", "internalPort": 70000, "protocol": "HTTP"}]
}
EOF
cat > "$base/cs-syntax.yaml" <<'EOF'
name: broken-@N@
billing:
  deploymentPlan: [nf-compute-20
deployment:
  instances: 1
EOF
# The cycles the corpora repeat. mixed: ten files, seven valid, three broken (one of them not
# even YAML); valid: its seven valid files; broken: its three broken ones.
declare -A cycles=(
	[mixed]="cs-valid.yaml cs-valid-full.yaml ds-valid.json mj-valid.yaml tpl-valid.json cs-broken.yaml ds-broken.json cs-valid.json mj-valid.yaml cs-syntax.yaml"
	[valid]="cs-valid.yaml cs-valid-full.yaml ds-valid.json mj-valid.yaml tpl-valid.json cs-valid.json mj-valid.yaml"
	[broken]="cs-broken.yaml ds-broken.json cs-syntax.yaml"
)

declare -A content
for f in ${cycles[mixed]}; do content[$f]=$(<"$base/$f"); done

# corpus N DIR CORPUS writes N files of the CORPUS cycle into DIR.
corpus() {
	local n=$1 dir=$2 i f kind variant ext
	local -a cycle
	read -ra cycle <<< "${cycles[$3]}"
	mkdir -p "$dir"
	for ((i = 0; i < n; i++)); do
		f=${cycle[i % ${#cycle[@]}]}
		kind=${f%%-*}
		variant=${f#*-}
		variant=${variant%%[-.]*}
		ext=${f##*.}
		printf '%s\n' "${content[$f]//@N@/$i}" > "$dir/$kind-$variant-$i.$ext"
	done
}

# KEEP=DIR: write the corpora to DIR/CORPUS-N and stop.
if [ -n "${KEEP:-}" ]; then
	for kind in $CORPORA; do
		for n in $SIZES; do corpus "$n" "$KEEP/$kind-$n" "$kind"; done
	done
	echo "corpora written to $KEEP: $(ls "$KEEP" | tr '\n' ' ')"
	exit 0
fi

# measure CMD... runs a command under /usr/bin/time -v and prints "wall-seconds peak-RSS-KB
# CPU-seconds" (user + system, children included).
measure() {
	"$TIME" -v "$@" > /dev/null 2> "$work/time.out" || true
	awk -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
		/Maximum resident set size/ { kb = $2 }
		/User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
		END { printf "%.3f %d %.2f\n", s, kb, cpu }' "$work/time.out"
}

# cuevet DIR: a verdict on every file of DIR with cue vet, as described at the top.
cuevet() {
	local dir=$1
	(
		cd "$dir"
		for pair in "cs:#CombinedService" "ds:#DeploymentService" "mj:#ManualJob" "tpl:#VetTemplate"; do
			local kind=${pair%%:*} def=${pair#*:}
			ls | grep "^$kind-valid-" | xargs -r -P 2 -n 500 "$CUE" vet -d "$def" "$work/defs.cue" || true
			ls | grep -E "^$kind-(broken|syntax)-" | xargs -r -P 2 -n 1 "$CUE" vet -d "$def" "$work/defs.cue" || true
		done
	) 2> /dev/null
}
export -f cuevet
export work CUE

# median of the values on standard input.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "| corpus | files | runs | nflint wall (s) | nflint CPU (s) | nflint files/s | nflint peak RSS (MB) | cue vet wall (s) | cue vet CPU (s) | cue vet peak RSS (MB) | cue vet / nflint (wall) | ajv wall (s) | ajv CPU (s) | ajv peak RSS (MB) | ajv / nflint (wall) | ajv / nflint (CPU) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for kind in $CORPORA; do
	for n in $SIZES; do
		dir="$work/corpus-$kind-$n"
		corpus "$n" "$dir" "$kind"
		# a valid corpus that is not clean would measure the broken path under the valid name
		if [ "$kind" = valid ] && ! "$work/nflint" lint --quiet --fail-on info "$dir" > /dev/null 2>&1; then
			echo "bench.sh: the valid corpus has findings:" >&2
			"$work/nflint" lint --fail-on info "$dir" | head -20 >&2
			exit 1
		fi
		: > "$work/nf" && : > "$work/cv" && : > "$work/av"
		runs=$RUNS
		((n < 10000)) || runs=$RUNS_LARGE
		for ((r = 0; r < runs; r++)); do
			measure "$work/nflint" lint "$dir" >> "$work/nf"
			if ((n <= CUE_MAX)); then measure bash -c "cuevet $dir" >> "$work/cv"; else echo "-1 0 0" >> "$work/cv"; fi
			if [ "$AJV" = 1 ]; then measure node "$ajvdir/validate.js" "$dir" >> "$work/av"; else echo "-1 0 0" >> "$work/av"; fi
		done
		avw=$(cut -d' ' -f1 "$work/av" | median)
		avc=$(cut -d' ' -f3 "$work/av" | median)
		avm=$(cut -d' ' -f2 "$work/av" | sort -n | tail -1)
		nfw=$(cut -d' ' -f1 "$work/nf" | median)
		nfc=$(cut -d' ' -f3 "$work/nf" | median)
		nfm=$(cut -d' ' -f2 "$work/nf" | sort -n | tail -1)
		cvw=$(cut -d' ' -f1 "$work/cv" | median)
		cvc=$(cut -d' ' -f3 "$work/cv" | median)
		cvm=$(cut -d' ' -f2 "$work/cv" | sort -n | tail -1)
		awk -v k="$kind" -v n="$n" -v r="$runs" -v a="$nfw" -v ac="$nfc" -v b="$nfm" -v c="$cvw" -v cc="$cvc" -v d="$cvm" \
			-v e="$avw" -v ec="$avc" -v f="$avm" '
		# other: the wall, CPU and RSS columns of cue vet or ajv and the ratio to nflint; dashes when not run
		function other(w, cpu, kb, s) {
			if (w < 0) return "| - | - | - | - "
			return sprintf("| %.3f | %.2f | %.0f | %.2f× ", w, cpu, kb / 1024, w / (a > 0 ? a : 0.001))
		}
		BEGIN {
			printf "| %s | %d | %d | %.3f | %.2f | %.0f | %.0f ", k, n, r, a, ac, n / (a > 0 ? a : 0.001), b / 1024
			printf "%s", other(c, cc, d)
			printf "%s", other(e, ec, f)
			if (e < 0) print "| - |"; else printf "| %.2f× |\n", ec / (ac > 0 ? ac : 0.01)
		}'
		rm -rf "$dir"
	done
done
echo
# One file, cold: what a pre-commit hook or an editor's save pays. Median of 15 runs, in ms
# (date's nanoseconds; /usr/bin/time counts only to 10 ms).
# cold CMD... runs the command 15 times and prints the median wall time.
cold() {
	local i t0 t1
	for ((i = 0; i < 15; i++)); do
		t0=$(date +%s%N)
		"$@" > /dev/null 2>&1 || true
		t1=$(date +%s%N)
		echo $(((t1 - t0) / 1000))
	done | median | awk '{ printf "%.1f", $1 / 1000 }'
}
echo "one file, cold (median of 15 runs): a minimal combined service $(cold "$work/nflint" lint --quiet lint/testdata/bench/minimal.yaml) ms;" \
	"a valid template with nodes of 16 kinds $(cold "$work/nflint" lint --quiet lint/testdata/bench/template-16-kinds.json) ms"
if [ "$AJV" = 1 ]; then
	mkdir -p "$work/one" && cp lint/testdata/bench/minimal.yaml "$work/one/cs-valid-0.yaml"
	echo "ajv, the same minimal combined service, cold (median of 15 runs): $(cold node "$ajvdir/validate.js" "$work/one") ms"
fi
echo "nflint: $(git describe --always --dirty 2>/dev/null || echo unknown); $("$CUE" version | head -1); median wall and CPU, highest peak RSS over the runs"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"

#!/usr/bin/env bash
# Portable JSON Schemas: every schema `nflint schema --kind K` exports (each kind it lists,
# and template) must compile
#   - with ajv 8 in its default strict mode (unknown keywords and formats are errors) with
#     the u flag on every pattern (ajv's default unicodeRegExp), ajv-formats supplying the
#     draft-07 formats, as a schema user would set it up;
#   - with Python's jsonschema: Draft7Validator.check_schema, every $ref resolving, every
#     pattern compiling with Python's re;
# every pattern, as exported, must match in ECMAScript (u flag) exactly the probes Go's
# original matches (the probes of `go test ./export -run TestDefinitionPatterns`); and
# yaml-language-server, the editors' validator, must load the combined-service schema, find
# nothing in examples/api-combined.yaml and the type, enum and pattern mistakes of
# examples/broken-combined.yaml.
#
# ajv, ajv-formats and yaml-language-server are installed with npm at pinned versions into a temporary directory
# (nothing global). Python's jsonschema is Debian's python3-jsonschema, run with
# /usr/bin/python3 and installed with apt-get when missing: this project's machines reach
# Debian's packages but not PyPI. Python's re reads `$` as "end, or before a final newline",
# where ECMAScript and Go read "end": the Python check compiles patterns, it does not replay
# the probes.
#
# Usage: scripts/schema-check.sh      (about 20 s once npm's cache and Go's build cache are warm)
set -euo pipefail

AJV_VERSION=8.20.0
AJV_FORMATS_VERSION=3.0.1
YAML_LANGUAGE_SERVER_VERSION=1.25.0
PYTHON=/usr/bin/python3

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in go node npm; do
  command -v "$tool" >/dev/null || { echo "schema-check: $tool is not installed" >&2; exit 2; }
done
if ! "$PYTHON" -c 'import jsonschema' 2>/dev/null; then
  echo "== installing python3-jsonschema (Debian)"
  command -v apt-get >/dev/null || { echo "schema-check: no apt-get to install python3-jsonschema with" >&2; exit 2; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq python3-jsonschema >/dev/null
fi

echo "== npm install ajv@$AJV_VERSION ajv-formats@$AJV_FORMATS_VERSION yaml-language-server@$YAML_LANGUAGE_SERVER_VERSION"
mkdir -p "$work/npm"
(cd "$work/npm" && echo '{"private": true}' >package.json &&
  npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
    "ajv@$AJV_VERSION" "ajv-formats@$AJV_FORMATS_VERSION" \
    "yaml-language-server@$YAML_LANGUAGE_SERVER_VERSION" >/dev/null)

echo "== nflint schema --kind K, for every kind"
cd "$root"
go build -o "$work/nflint" ./cmd/nflint
# The kinds are those nflint names when --kind is missing, plus template.
kinds=$({ "$work/nflint" schema 2>&1 || true; } | sed -n 's/.*use one of //p' | tr -d ' ' | tr ',' ' ')
[ -n "$kinds" ] || { echo "schema-check: could not read the kinds from \"nflint schema\"" >&2; exit 2; }
mkdir -p "$work/schemas"
for k in $kinds template; do
  "$work/nflint" schema --kind "$k" --output "$work/schemas/$k.json"
done

echo "== probes of every pattern (go test ./export)"
go test ./export -run '^TestDefinitionPatterns$' -count=1 -args -probes-out "$work/probes.json" >/dev/null

cat >"$work/npm/check.cjs" <<'JS'
// Compiles each schema with a new Ajv in its default (strict) mode and replays the probes.
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv");
const addFormats = require("ajv-formats");
const [dir, probesFile] = process.argv.slice(2);
let failed = 0;
for (const f of fs.readdirSync(dir).sort()) {
  const notes = [];
  const logger = {log() {}, warn: (...m) => notes.push(m.join(" ")), error: (...m) => notes.push(m.join(" "))};
  const ajv = new Ajv({logger});
  addFormats(ajv);
  if (ajv.opts.strictSchema !== true || ajv.opts.unicodeRegExp !== true) throw new Error("ajv is not in its default strict, unicode mode");
  try {
    ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
    console.log(`ajv    ok   ${f}` + (notes.length ? ` (${notes.length} notes: ${notes[0]})` : ""));
  } catch (e) {
    failed++;
    console.log(`ajv    FAIL ${f}: ${e.message}`);
  }
}
let probes = 0, wrong = 0;
for (const p of JSON.parse(fs.readFileSync(probesFile, "utf8"))) {
  const re = new RegExp(p.ecma, "u");
  for (const [list, want] of [[p.match || [], true], [p.notMatch || [], false]]) {
    for (const s of list) {
      probes++;
      if (re.test(s) !== want) {
        if (wrong++ < 10) console.log(`probe  FAIL ${JSON.stringify(p.ecma)} on ${JSON.stringify(s)}: Go's ${JSON.stringify(p.go)} says ${want}`);
      }
    }
  }
}
console.log(`probes ${wrong ? "FAIL" : "ok  "} ${probes} probes, ${wrong} where ECMAScript and Go disagree`);
process.exit(failed || wrong ? 1 : 0);
JS

cat >"$work/npm/yls.cjs" <<'JS'
// Validates a YAML file with yaml-language-server against a schema; prints one line per
// diagnostic: "LINE: MESSAGE".
const fs = require("fs");
const {getLanguageService} = require("yaml-language-server");
const {TextDocument} = require("vscode-languageserver-textdocument");
const [schemaFile, yamlFile] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
const ls = getLanguageService({
  schemaRequestService: async () => JSON.stringify(schema),
  workspaceContext: {resolveRelativePath: (p, r) => new URL(p, r).toString()},
});
ls.configure({validate: true, schemas: [{uri: "file:///schema.json", fileMatch: ["*.yaml"], schema}]});
const doc = TextDocument.create("file:///spec.yaml", "yaml", 1, fs.readFileSync(yamlFile, "utf8"));
ls.doValidation(doc, false).then((ds) => ds.forEach((d) => console.log(`${d.range.start.line + 1}: ${d.message}`)));
JS

cat >"$work/check.py" <<'PY'
"""Checks each schema with Python's jsonschema (draft-07) and compiles its patterns with re."""
import json, os, re, sys
import importlib.metadata
from jsonschema import Draft7Validator

def walk(node, at):
    if isinstance(node, dict):
        for key, value in node.items():
            yield at, key, value
            yield from walk(value, at + "/" + key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{at}/{i}")

def resolve(doc, ref):
    node = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node

failed = 0
directory = sys.argv[1]
version = importlib.metadata.version("jsonschema")
for name in sorted(os.listdir(directory)):
    with open(os.path.join(directory, name)) as f:
        doc = json.load(f)
    problems = []
    try:
        Draft7Validator.check_schema(doc)
    except Exception as e:
        problems.append(f"check_schema: {e}".splitlines()[0])
    for at, key, value in walk(doc, "#"):
        if key == "pattern" and isinstance(value, str) and not at.endswith("/properties"):
            try:
                re.compile(value)
            except re.error as e:
                problems.append(f"{at}: pattern {value!r}: {e}")
        if key == "$ref":
            try:
                resolve(doc, value)
            except (KeyError, IndexError, TypeError):
                problems.append(f"{at}: $ref {value!r} does not resolve")
    list(Draft7Validator(doc).iter_errors({}))  # builds the validator and evaluates it once
    if problems:
        failed += 1
        print(f"python FAIL {name}: " + "; ".join(problems[:5]))
    else:
        print(f"python ok   {name} (jsonschema {version})")
sys.exit(1 if failed else 0)
PY

echo "== ajv $AJV_VERSION (strict, unicodeRegExp) and python3 jsonschema"
fail=0
NODE_PATH="$work/npm/node_modules" node "$work/npm/check.cjs" "$work/schemas" "$work/probes.json" || fail=1
"$PYTHON" "$work/check.py" "$work/schemas" || fail=1

echo "== yaml-language-server $YAML_LANGUAGE_SERVER_VERSION"
yls() { NODE_PATH="$work/npm/node_modules" node "$work/npm/yls.cjs" "$work/schemas/combined-service.json" "$1"; }
out=$(yls examples/api-combined.yaml)
if [ -n "$out" ]; then
  echo "yls    FAIL examples/api-combined.yaml is clean for nflint, not for yaml-language-server:"
  echo "$out"
  fail=1
else
  echo "yls    ok   examples/api-combined.yaml: no diagnostics"
fi
out=$(yls examples/broken-combined.yaml)
missing=
for want in 'Incorrect type' 'Value is not accepted' 'does not match the pattern'; do
  grep -q "$want" <<<"$out" || missing="$missing \"$want\""
done
if [ -n "$missing" ]; then
  echo "yls    FAIL examples/broken-combined.yaml: no diagnostic saying$missing; it said:"
  echo "$out"
  fail=1
else
  echo "yls    ok   examples/broken-combined.yaml: $(wc -l <<<"$out") diagnostics, type, enum and pattern among them"
fi
[ "$fail" = 0 ] && echo "schema-check: ok ($(ls "$work/schemas" | wc -l) schemas)"
exit "$fail"

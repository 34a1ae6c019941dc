#!/usr/bin/env bash
# Acceptance check for discovery in an application's repository (issue 14): a throwaway git
# repository holding what an application's does -- package.json, package-lock.json,
# tsconfig.json with comments, .vscode/settings.json, a CI workflow, docker-compose.yml,
# Kubernetes manifests, a .gitignore'd dist/, nflint's and pre-commit's configuration -- and
# Northflank specs: a northflank.json template and two request bodies. Every file is written
# here. Then:
#   1. `nflint lint .` exits 1 with findings in the Northflank files only, and the summary
#      counts the skipped files;
#   2. `pre-commit run --all-files` with the default hooks of .pre-commit-hooks.yaml (no
#      `files` override) fails on the broken northflank.json and passes once it is fixed, with
#      the other files untouched, for both hooks:
#        nflint-system  the nflint binary on PATH (built here from this checkout)
#        nflint         built by pre-commit with Go (offline: GOPROXY=off, the local module
#                       cache) -- skipped with NFLINT_PRECOMMIT_SYSTEM_ONLY=1
# The hooks come from this repository at HEAD, so commit .pre-commit-hooks.yaml first. Needs
# git, and pre-commit (installed from Debian when missing). Not part of `go test` or .ci/run.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v pre-commit >/dev/null; then
  echo "app-repo-check: installing pre-commit from Debian" >&2
  apt-get install -y pre-commit >/dev/null || { apt-get update >/dev/null && apt-get install -y pre-commit >/dev/null; }
fi
rev=$(git -C "$root" rev-parse HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/bin/nflint" "$root/cmd/nflint"
export PATH="$work/bin:$PATH"
export PRE_COMMIT_HOME="$work/pre-commit-cache"
export GOPROXY=off GOFLAGS=-mod=mod GOMODCACHE="$(go env GOMODCACHE)"

repo="$work/shop"
mkdir -p "$repo"
cd "$repo"
git init -q
git config user.email check@example.com
git config user.name check
mkdir -p .github/workflows .vscode k8s requests dist src

cat > package.json <<'EOF'
{
  "name": "shop",
  "version": "1.4.0",
  "description": "The shop's web front end",
  "private": true,
  "type": "module",
  "scripts": {"build": "tsc -p .", "test": "node --test"},
  "dependencies": {"express": "^4.19.2"},
  "devDependencies": {"typescript": "^5.6.0"}
}
EOF
cat > package-lock.json <<'EOF'
{
  "name": "shop",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {"name": "shop", "version": "1.4.0", "dependencies": {"express": "^4.19.2"}},
    "node_modules/express": {"version": "4.19.2", "license": "MIT"}
  }
}
EOF
cat > tsconfig.json <<'EOF'
{
  // The server build; the editor reads the same file.
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext", /* Node's own resolution */
    "strict": true,
    "outDir": "dist",
  },
  "include": ["src"],
}
EOF
cat > .vscode/settings.json <<'EOF'
{
  "editor.formatOnSave": true, // keep diffs small
  "yaml.schemas": {".schemas/combined-service.json": "requests/*.yaml"},
}
EOF
cat > .github/workflows/ci.yml <<'EOF'
name: ci
on: [push, pull_request]
permissions: {contents: read}
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
EOF
cat > docker-compose.yml <<'EOF'
services:
  web:
    build: .
    ports: ["8080:8080"]
    environment: {DATABASE_URL: "postgres://shop@db/shop"}
    depends_on: [db]
  db:
    image: postgres:16
    volumes: [data:/var/lib/postgresql/data]
volumes:
  data: {}
EOF
cat > k8s/web.yaml <<'EOF'
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, labels: {app: web}}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: shop:1.4.0
          ports: [{containerPort: 8080}]
          livenessProbe: {httpGet: {path: /health, port: 8080}, initialDelaySeconds: 5}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
EOF
cat > k8s/config.yaml <<'EOF'
apiVersion: v1
kind: ConfigMap
metadata: {name: web}
data: {LOG_LEVEL: info}
EOF
echo 'export const port = 8080;' > src/index.ts
printf 'node_modules/\ndist/\n' > .gitignore
echo '{"broken": ' > dist/stale.json # ignored: never read
# nflint tells a body's kind from its fields; the body of a create and of a replace of the same
# resource have the same fields, so a repository names the kinds of its requests.
cat > .nflint.yaml <<'EOF'
rules:
  deprecated: warning
kinds:
  "requests/web.yaml": combined-service
  "requests/migrate.json": manual-job
EOF

# The Northflank specs: a template whose one node has a wrong type, and two request bodies.
cat > northflank.json <<'EOF'
{
  "apiVersion": "v1.2",
  "spec": {
    "kind": "Workflow",
    "spec": {
      "type": "sequential",
      "steps": [{"kind": "CombinedService", "spec": {
        "name": "web",
        "billing": {"deploymentPlan": "nf-compute-20"},
        "deployment": {"instances": "two"},
        "vcsData": {"projectUrl": "https://github.com/acme/shop", "projectType": "github", "projectBranch": "main"},
        "buildSettings": {"dockerfile": {"buildEngine": "kaniko", "dockerFilePath": "/Dockerfile", "dockerWorkDir": "/"}},
        "ports": [{"name": "http", "internalPort": 8080, "public": true, "protocol": "HTTP"}]
      }}]
    }
  }
}
EOF
cat > requests/web.yaml <<'EOF'
name: web
billing: {deploymentPlan: nf-compute-20}
deployment: {instances: 1}
vcsData: {projectUrl: https://github.com/acme/shop, projectType: github, projectBranch: main}
buildSettings: {dockerfile: {buildEngine: kaniko, dockerFilePath: /Dockerfile, dockerWorkDir: /}}
ports:
  - {name: http, internalPort: 8080, public: true, protocol: HTTP}
EOF
cat > requests/migrate.json <<'EOF'
{
  "name": "migrate",
  "description": "Runs the database migrations before a release",
  "billing": {"deploymentPlan": "nf-compute-10"},
  "backoffLimit": 0,
  "activeDeadlineSeconds": 600,
  "deployment": {"external": {"imagePath": "ghcr.io/acme/shop-migrate:1.4.0"}}
}
EOF

fail=0
bad() { echo "app-repo-check: FAIL: $*" >&2; fail=1; }

echo "== nflint lint ."
set +e
nflint lint --color never . >"$work/out" 2>"$work/err"
code=$?
set -e
cat "$work/out" "$work/err"
[ "$code" = 1 ] || bad "nflint lint . exited $code, want 1"
files=$(grep -oE '^[^ :]+:[0-9]+:[0-9]+: ' "$work/out" | cut -d: -f1 | sort -u | tr '\n' ' ')
[ "$files" = "northflank.json " ] || bad "findings in $files, want northflank.json only"
grep -qE '^3 files, 3 documents: 1 error, 0 warnings; 8 files skipped: not Northflank specs; --verbose lists them$' "$work/err" ||
  bad "summary: $(tail -1 "$work/err")"

# Everything is committed as a developer would; the hooks then see every tracked file.
others=(package.json package-lock.json tsconfig.json .vscode/settings.json .github/workflows/ci.yml
  docker-compose.yml k8s/web.yaml k8s/config.yaml)
before=$(sha256sum "${others[@]}")

check() { # hook-id
  local hook=$1
  cat > .pre-commit-config.yaml <<CONFIG
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: $hook
CONFIG
  sed -i 's/"instances": 1 }/"instances": "two"}/; s/"instances": 1}/"instances": "two"}/' northflank.json
  git add -A && git commit -qm "$hook: broken template" --no-verify
  echo "== $hook: broken northflank.json, want failure"
  if pre-commit run --all-files --hook-stage commit --color never; then
    bad "$hook passed a broken northflank.json"
  fi
  sed -i 's/"instances": "two"}/"instances": 1}/' northflank.json
  git add -A && git commit -qm "$hook: fixed template" --no-verify
  echo "== $hook: fixed northflank.json, want success"
  if ! pre-commit run --all-files --hook-stage commit --color never; then
    bad "$hook failed once northflank.json was fixed"
  fi
}

check nflint-system
if [ "${NFLINT_PRECOMMIT_SYSTEM_ONLY:-}" != 1 ]; then
  check nflint
fi
[ "$(sha256sum "${others[@]}")" = "$before" ] || bad "the hooks changed files that are not Northflank specs"
[ "$fail" = 0 ] && echo "app-repo-check: ok"
exit "$fail"

#!/usr/bin/env bash
# Release check for .goreleaser.yaml, in a temporary clone of HEAD (commit the config first;
# uncommitted changes are not part of a release):
#   1. `goreleaser check` validates the configuration;
#   2. `goreleaser release --snapshot --clean --skip=publish` builds, archives and checksums
#      as a release would, publishing nothing;
#   3. the six binaries (linux, darwin, windows × amd64, arm64) exist, each built without cgo
#      for its platform; checksums.txt matches the archives; the binary for this machine runs
#      and `nflint version` names HEAD.
# GoReleaser is installed with `go install` at the pinned version below into
# $NFLINT_TOOLS (default ~/.cache/nflint-tools) and reused from there.
# Not part of .ci/run: on 2 cores, building GoReleaser takes about 4 minutes and the six
# cross-compiled builds about 6 more the first time (a second run with a warm Go build cache:
# about 1 minute).
set -euo pipefail

GORELEASER_VERSION=v2.15.1 # v2.18 and later need a newer Go than this project's machines have

root=$(cd "$(dirname "$0")/.." && pwd)
tools="${NFLINT_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/nflint-tools}/goreleaser-$GORELEASER_VERSION"
goreleaser="$tools/goreleaser"
if [ ! -x "$goreleaser" ]; then
  echo "== installing goreleaser $GORELEASER_VERSION into $tools"
  GOBIN="$tools" go install "github.com/goreleaser/goreleaser/v2@$GORELEASER_VERSION"
fi
"$goreleaser" --version | grep -q "GitVersion:.*${GORELEASER_VERSION#v}" ||
  { echo "release-check: $goreleaser is not $GORELEASER_VERSION" >&2; exit 2; }

if [ -n "$(git -C "$root" status --porcelain --untracked-files=no)" ]; then
  echo "release-check: note: uncommitted changes are not checked; this checks HEAD"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$root" "$work/nflint"
cd "$work/nflint"
rev=$(git rev-parse HEAD)

echo "== goreleaser check"
"$goreleaser" check

echo "== goreleaser release --snapshot --clean --skip=publish (at ${rev:0:12})"
start=$SECONDS
"$goreleaser" release --snapshot --clean --skip=publish >"$work/release.log" 2>&1 ||
  { cat "$work/release.log"; echo "release-check: FAIL: the snapshot release failed" >&2; exit 1; }
echo "snapshot release took $((SECONDS - start)) s"

fail=0
failed() { echo "release-check: FAIL: $*" >&2; fail=1; }
host="$(go env GOHOSTOS)_$(go env GOHOSTARCH)"
for os in linux darwin windows; do
  for arch in amd64 arm64; do
    ext=; [ "$os" = windows ] && ext=.exe
    bins=(dist/nflint_"${os}_${arch}"_*/nflint"$ext")
    bin=${bins[0]}
    if [ ! -f "$bin" ]; then
      failed "no binary for $os/$arch in dist/"
      continue
    fi
    info=$(go version -m "$bin")
    for want in CGO_ENABLED=0 "GOOS=$os" "GOARCH=$arch" "vcs.revision=$rev"; do
      grep -q "build[[:space:]]*$want\$" <<<"$info" || failed "$bin: not built with $want"
    done
    echo "ok $bin ($(du -h "$bin" | cut -f1))"
    [ "${os}_$arch" = "$host" ] && hostbin=$bin
  done
done

(cd dist && sha256sum --quiet -c checksums.txt) || failed "checksums.txt does not match the archives"
[ "$(wc -l <dist/checksums.txt)" = 6 ] || failed "checksums.txt lists $(wc -l <dist/checksums.txt) archives, want 6"

if [ -n "${hostbin:-}" ]; then
  out=$("$hostbin" version)
  echo "$hostbin version:"
  sed 's/^/  /' <<<"$out"
  grep -q "^nflint v.*-SNAPSHOT-${rev:0:7}\$" <<<"$out" || failed "nflint version does not name the snapshot of ${rev:0:7}"
  grep -q "^commit $rev (" <<<"$out" || failed "nflint version does not name commit $rev"
else
  failed "no binary for this machine ($host) to run"
fi

[ "$fail" = 0 ] && echo "release-check: ok"
exit "$fail"

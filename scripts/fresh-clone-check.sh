#!/usr/bin/env bash
# README's two commands on a fresh machine, as nearly as one machine can pretend to be one:
# a clone of this repository's HEAD in a temporary folder with no ../shared beside it, an empty
# Maven repository (-Dmaven.repo.local, so every dependency and plugin is downloaded), an empty
# cache and user folder (no chorale data anywhere), and no BACHPROP_* variables. Then:
#   1. ./bachprop --help     (the first run builds: it must print progress, then the help)
#   2. ./bachprop chapters   (a command that needs no display)
#   3. mvn verify            (every test; those needing the real corpus skip, with a reason)
# and it checks that the tests that skipped are exactly the ones tagged "corpus".
#
# Usage: scripts/fresh-clone-check.sh [--keep]     (--keep leaves the temporary folder)
# Cost: a full dependency download, build and test run (see .ci/run for the time measured).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
keep=0
[ "${1:-}" = --keep ] && keep=1
tmp="$(mktemp -d "${TMPDIR:-/tmp}/bachprop-fresh.XXXXXX")"
cleanup() { if [ "$keep" = 1 ]; then echo "fresh-clone-check: left $tmp"; else rm -rf "$tmp"; fi; }
trap cleanup EXIT
say() { echo "fresh-clone-check: $*"; }
started=$SECONDS

if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
  say "note: uncommitted changes in $repo are not part of the check (it clones HEAD)"
fi
git clone -q --no-hardlinks "$repo" "$tmp/bachprop"
[ ! -e "$tmp/shared" ] || { say "unexpected $tmp/shared"; exit 1; }

# A clean environment: no data, no state, an empty Maven repository for every mvn call (the
# launcher's too, through MAVEN_OPTS).
unset BACHPROP_DATA BACHPROP_USER_DIR BACHPROP_JAVA_OPTS BACHPROP_REQUIRE_CORPUS
export XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/share"
export MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.repo.local=$tmp/m2"
cd "$tmp/bachprop"

say "1/3 ./bachprop --help (first run: builds from an empty Maven repository)"
./bachprop --help >"$tmp/help.out" 2>"$tmp/help.err" || { cat "$tmp/help.err"; say "FAILED: ./bachprop --help"; exit 1; }
cat "$tmp/help.err"
grep -q "building with Maven" "$tmp/help.err" || { say "FAILED: the first build printed no progress"; exit 1; }
grep -qi "usage" "$tmp/help.out" || { say "FAILED: no help text"; exit 1; }
say "  first build and help: $((SECONDS - started)) s so far"

say "2/3 ./bachprop chapters"
./bachprop chapters >"$tmp/chapters.out" || { say "FAILED: ./bachprop chapters"; exit 1; }
[ "$(grep -c . "$tmp/chapters.out")" -ge 10 ] || { cat "$tmp/chapters.out"; say "FAILED: fewer than 10 chapters listed"; exit 1; }

say "3/3 mvn verify (log: $tmp/verify.log)"
t0=$SECONDS
if ! mvn -B -Dmaven.repo.local="$tmp/m2" verify >"$tmp/verify.log" 2>&1; then
  grep -E "Tests run:|FAIL|ERROR" "$tmp/verify.log" | tail -40
  keep=1
  say "FAILED: mvn verify on the fresh clone"
  exit 1
fi
grep -E "^\[(INFO|WARNING)\] Tests run: [0-9]+, Failures" "$tmp/verify.log" | tail -1
say "  mvn verify: $((SECONDS - t0)) s"

# Every skipped test must be one that needs the real corpus (its reason says so).
skips="$(cat target/surefire-reports/TEST-*.xml | grep "<skipped" || true)"
other="$(printf '%s\n' "$skips" | grep -v "needs the real corpus" | grep . || true)"
if [ -n "$other" ]; then
  printf '%s\n' "$other" | cut -c1-300
  say "FAILED: tests skipped for another reason than the missing corpus"
  exit 1
fi
n_skipped="$(printf '%s\n' "$skips" | grep -c . || true)"
say "ok in $((SECONDS - started)) s ($n_skipped tests skipped, each because it needs the real corpus, absent here)"

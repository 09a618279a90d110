#!/usr/bin/env bash
# Checks the launcher's stderr filter with a stand-in `java` on the PATH: the incubator warning
# is dropped, every other byte of stderr (a NUL byte included) passes through unchanged, stdout
# is untouched, and the exit code is the JVM's. Builds first (a real run of ./bachprop --help).
# Then the window's class-data archive (docs/performance.md): the window maps the one `mvn package`
# wrote, with its class path, while no class is newer than the jar; else the one in the cache
# folder, which a run writes under another name and keeps only when the JVM ended well;
# BACHPROP_CDS=0 turns both off.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
restore=()
cleanup() {
  # a class file touched below gets its modification time back
  [ ${#restore[@]} = 0 ] || touch -r "${restore[0]}" "${restore[1]}"
  rm -rf "$tmp"
}
trap cleanup EXIT

"$repo/bachprop" --help >/dev/null

mkdir "$tmp/bin"
cat >"$tmp/bin/java" <<'FAKE'
#!/usr/bin/env bash
printf 'WARNING: Using incubator modules: jdk.incubator.vector\n' >&2
printf 'bad byte \000 in a message\n' >&2
printf 'second line\n' >&2
printf 'to stdout\n'
exit 3
FAKE
chmod +x "$tmp/bin/java"

set +e
PATH="$tmp/bin:$PATH" "$repo/bachprop" anything >"$tmp/out" 2>"$tmp/err"
code=$?
set -e
printf 'bad byte \000 in a message\nsecond line\n' >"$tmp/want-err"
fail=0
[ "$code" = 3 ] || { echo "launcher-check: exit code $code, expected 3" >&2; fail=1; }
cmp -s "$tmp/err" "$tmp/want-err" || { echo "launcher-check: stderr changed:" >&2; od -c "$tmp/err" >&2; fail=1; }
[ "$(cat "$tmp/out")" = "to stdout" ] || { echo "launcher-check: stdout changed" >&2; fail=1; }
[ "$fail" = 0 ] && echo "launcher-check: ok (warning dropped, NUL byte passed through, exit code 3 kept)"

# The class-data archive. A stand-in java writes its arguments to a file; one ending with exit code
# $FAKE_EXIT; given -XX:ArchiveClassesAtExit=F it writes F first (a partial archive, as a killed JVM).
cat >"$tmp/bin/java" <<'FAKE'
#!/usr/bin/env bash
printf '%s\n' "$@" >"$FAKE_ARGS"
for a in "$@"; do
  case "$a" in -XX:ArchiveClassesAtExit=*) printf 'partial' >"${a#*=}" ;; esac
done
exit "${FAKE_EXIT:-0}"
FAKE
chmod +x "$tmp/bin/java"
window() { # window ARGS_FILE [VAR=VALUE...]: the launcher's java command line for the window
  local out="$1"
  shift
  env "$@" PATH="$tmp/bin:$PATH" FAKE_ARGS="$out" XDG_CACHE_HOME="$tmp/cache" DISPLAY=:0 \
    "$repo/bachprop" window >/dev/null 2>&1 || true
}
cds_fail() { echo "launcher-check: $*" >&2; fail=1; }
built="$repo/target/cds/window.jsa"
if [ -f "$built" ] && [ -f "$repo/target/cds/window.classpath" ]; then
  window "$tmp/args1"
  grep -qx -- "-XX:SharedArchiveFile=$built" "$tmp/args1" || cds_fail "the window did not map the archive mvn package wrote"
  grep -qxF -- "$(cat "$repo/target/cds/window.classpath")" "$tmp/args1" || cds_fail "the window ran with another class path than the archive's"
  # From here on a class is newer than the jar: the jar's code is stale, the built archive must not be used.
  class="$(find "$repo/target/classes" -name '*.class' -print -quit)"
  touch -r "$class" "$tmp/class-time"
  restore=("$tmp/class-time" "$class")
  touch "$class"
else
  echo "launcher-check: no target/cds/window.jsa (no mvn package yet): the built archive is not checked"
fi
window "$tmp/args2" FAKE_EXIT=137
! grep -q -- "-XX:SharedArchiveFile=$built" "$tmp/args2" || cds_fail "the window mapped the built archive although a class is newer than its jar"
grep -q -- "-XX:ArchiveClassesAtExit=$tmp/cache/bachprop/cds/" "$tmp/args2" || cds_fail "with a stale jar the window wrote no archive of its own"
[ -z "$(find "$tmp/cache" -name 'window.jsa*')" ] || cds_fail "a killed JVM's partial archive was kept"
window "$tmp/args3"
cache_jsa="$(find "$tmp/cache" -name window.jsa)"
[ -n "$cache_jsa" ] || cds_fail "a run that ended well left no archive in the cache"
window "$tmp/args4"
grep -qx -- "-XX:SharedArchiveFile=$cache_jsa" "$tmp/args4" || cds_fail "the next run did not map the cache's archive"
if [ ${#restore[@]} = 2 ]; then
  touch -r "${restore[0]}" "${restore[1]}"
  restore=()
fi
window "$tmp/args5" BACHPROP_CDS=0
! grep -q -- "-XX:SharedArchiveFile\\|-XX:ArchiveClassesAtExit" "$tmp/args5" || cds_fail "BACHPROP_CDS=0 still used an archive"
[ "$fail" = 0 ] && echo "launcher-check: ok (the window maps the built archive only while it fits; a partial one is never kept; BACHPROP_CDS=0 turns it off)"
exit "$fail"

#!/usr/bin/env bash
# Checks the launcher's stderr filter with a stand-in `java` on the PATH: the incubator warning
# is dropped, every other byte of stderr (a NUL byte included) passes through unchanged, stdout
# is untouched, and the exit code is the JVM's. Builds first (a real run of ./bachprop --help).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

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
exit "$fail"

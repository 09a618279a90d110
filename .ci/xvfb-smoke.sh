#!/usr/bin/env bash
# Real-window smoke test: under Xvfb, start ./bachprop (the companion window, chapter 5), wait for
# its window, take a screenshot with xwd, check it is not blank, then close the app.
# Needs apt packages xvfb xauth libgtk-3-0 x11-apps (xwd); x11-utils (xwininfo) is optional.
# Writes target/xvfb-smoke.png. Exit 0: the window opened and drew something; 1 otherwise.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
out="$here/target/xvfb-smoke.png"
mkdir -p target
for tool in xvfb-run xwd; do
  command -v "$tool" >/dev/null || { echo "xvfb-smoke: '$tool' is missing (apt-get install xvfb xauth x11-apps libgtk-3-0)" >&2; exit 1; }
done
# Build first, so the timeout below measures the app, not Maven.
./bachprop --help >/dev/null

user_dir="$(mktemp -d)"           # a fresh user: never the real settings or edits
trap 'rm -rf "$user_dir"' EXIT
export BACHPROP_USER_DIR="$user_dir"

xvfb-run -a -s "-screen 0 1600x1000x24" bash -s "$out" <<'INNER'
set -u
out="$1"
./bachprop window --chapter 5 >target/xvfb-smoke.log 2>&1 &
app=$!
# The launcher runs java as its child (its stderr goes through a filter): signal the children
# too. /proc instead of pkill, which minimal images lack.
children() { for st in /proc/[0-9]*/status; do awk -v p="$1" '/^PPid:/ && $2 == p {split(FILENAME, f, "/"); print f[3]}' "$st" 2>/dev/null; done; }
stop_app() { kill "-$1" $(children "$app") "$app" 2>/dev/null; }
# Wait until the screen shows something (the window, drawn): poll screenshots for up to 90 s.
shown=0
for _ in $(seq 1 45); do
  if ! kill -0 "$app" 2>/dev/null; then
    echo "xvfb-smoke: the app exited early:" >&2; cat target/xvfb-smoke.log >&2; exit 1
  fi
  xwd -root -silent >target/xvfb-smoke.xwd 2>/dev/null
  if java -cp target/classes bachprop.app.ScreenshotCheck target/xvfb-smoke.xwd "$out" >/dev/null 2>&1; then
    shown=1; break
  fi
  sleep 2
done
if [ "$shown" != 1 ]; then echo "xvfb-smoke: the screen stayed blank for 90 s" >&2; cat target/xvfb-smoke.log >&2; stop_app TERM; exit 1; fi
if command -v xwininfo >/dev/null && ! xwininfo -root -tree 2>/dev/null | grep -q "Bachprop"; then
  echo "xvfb-smoke: something was drawn but there is no window titled Bachprop" >&2
fi
sleep 5   # formulas are drawn off the UI thread; give them time on a loaded machine
xwd -root -silent >target/xvfb-smoke.xwd
status=0
java -cp target/classes bachprop.app.ScreenshotCheck target/xvfb-smoke.xwd "$out" || status=1
stop_app TERM
for _ in $(seq 1 20); do kill -0 "$app" 2>/dev/null || break; sleep 0.25; done
stop_app KILL || true
exit $status
INNER
echo "xvfb-smoke: screenshot in $out"

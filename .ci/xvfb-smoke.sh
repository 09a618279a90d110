#!/usr/bin/env bash
# Real-window smoke test: under Xvfb, start ./bachprop (the companion window, chapter 5), wait for
# its window, take a screenshot with xwd, check it is not blank, then close the app.
# Needs apt packages xvfb xauth libgtk-3-0 x11-apps (xwd) and x11-utils (xwininfo, optional).
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
shown=0
for _ in $(seq 1 120); do
  if ! kill -0 "$app" 2>/dev/null; then
    echo "xvfb-smoke: the app exited early:" >&2; cat target/xvfb-smoke.log >&2; exit 1
  fi
  if command -v xwininfo >/dev/null; then
    if xwininfo -root -tree 2>/dev/null | grep -q "Bachprop"; then shown=1; break; fi
  elif [ "$_" -ge 20 ]; then shown=1; break
  fi
  sleep 0.5
done
if [ "$shown" != 1 ]; then echo "xvfb-smoke: no Bachprop window after 60 s" >&2; kill "$app"; exit 1; fi
sleep 6   # formulas are drawn off the UI thread; give them time on a loaded machine
xwd -root -silent >target/xvfb-smoke.xwd
status=0
java -cp target/classes bachprop.app.ScreenshotCheck target/xvfb-smoke.xwd "$out" || status=1
kill "$app" 2>/dev/null
for _ in $(seq 1 20); do kill -0 "$app" 2>/dev/null || break; sleep 0.25; done
kill -9 "$app" 2>/dev/null || true
exit $status
INNER
echo "xvfb-smoke: screenshot in $out"

#!/usr/bin/env bash
# Writes the outputs that a restructuring must leave unchanged into OUTDIR, using the launcher of
# the checkout ROOT: trace (text and JSON) of Mazur's network, the default one and three random
# ones; every visualiser's PNG and JSON at two steps; `read N` for every chapter; and, where the
# chorale data is found, `chorale evaluate --json` of every shipped model.
# usage: scripts/behaviour-snapshot.sh ROOT OUTDIR
set -uo pipefail
root="$(cd "$1" && pwd)"; out="$2"
mkdir -p "$out"; out="$(cd "$out" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The data beside this checkout (as CI lays it out), unless BACHPROP_DATA says otherwise.
if [ -z "${BACHPROP_DATA:-}" ] && [ -d "$here/../../shared/data" ]; then
  export BACHPROP_DATA="$(cd "$here/../../shared/data" && pwd)"
fi
bp() { "$root/bachprop" "$@"; }
run() { # name, command...: stdout to name.out, stderr to name.err, exit code to name.rc
  local name="$1"; shift
  (cd "$out" && "$@" >"$out/$name.out" 2>"$out/$name.err"; echo $? >"$out/$name.rc")
  # the launcher's build line and the JVM's incubator warning are not behaviour
  sed -i '/^bachprop: building/d; /^bachprop: /{/ built in \| download\|Compiling\|first use/d}; /^WARNING: Using incubator modules/d' "$out/$name.err"
  # wall-clock timings such as "(3.7 s)" are not behaviour
  sed -i -E 's/\([0-9]+(\.[0-9]+)? s\)/(… s)/g' "$out/$name.out"
}
bp --help >/dev/null 2>&1 || true   # build once, outside the timings

nets=(mazur default)
for f in "$here"/behaviour-nets/*.json; do nets+=("$f"); done
for net in "${nets[@]}"; do
  n="$(basename "$net" .json)"
  run "trace-$n" bp trace --net "$net"
  run "trace-$n-json" bp trace --net "$net" --json
done

visualisers="$(bp render --help 2>&1 | sed -n 's/^visualisers: //p' | tr -d ',')"
[ -n "$visualisers" ] || visualisers="$(cat "$here/behaviour-visualisers.txt")"
for v in $visualisers; do
  for step in 0 3; do
    run "render-$v-$step" bp render "$v" --step "$step" --out "render-$v-$step.png" --size 960x600
  done
done
run "render-delta-flow-12-projector" bp render delta-flow --step 12 --theme projector --out "render-delta-flow-12-projector.png"

for n in 1 2 3 4 5 6 7 8 9 10; do
  run "read-$n" bp read "$n"
done

if bp data path >/dev/null 2>&1; then
  for model in mlp ngram rnn lstm; do
    run "evaluate-$model" bp chorale evaluate --model "$model" --json
  done
fi
echo "snapshot: $(ls "$out" | wc -l) files in $out"

#!/usr/bin/env bash
# Compares what this checkout prints and draws with what BASE (a commit; default: the one in
# scripts/behaviour-base) printed and drew: see behaviour-snapshot.sh for the list. Every file
# that differs must be listed, with its reason, in scripts/behaviour-changes.txt (a glob, a tab,
# the reason); an unlisted difference fails (exit 1).
# usage: scripts/compare-behaviour.sh [BASE]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
base="${1:-$(grep -v '^#' "$here/behaviour-base" | head -1)}"
if ! git -C "$root" cat-file -e "$base^{commit}" 2>/dev/null; then
  git -C "$root" fetch -q --unshallow 2>/dev/null || true
fi
if ! git -C "$root" cat-file -e "$base^{commit}" 2>/dev/null; then
  # A shallow clone without a reachable origin cannot build the base: say so rather than fail.
  echo "compare: the base commit $base is not in this clone (a shallow clone?); comparison not run"
  exit 0
fi
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add -q --detach "$work/base" "$base"
echo "compare: snapshot of $base"
bash "$here/behaviour-snapshot.sh" "$work/base" "$work/before" | tail -1
echo "compare: snapshot of this checkout"
bash "$here/behaviour-snapshot.sh" "$root" "$work/after" | tail -1

allowed() { # file -> reason, or nothing
  local f="$1" glob reason
  while IFS=$'\t' read -r glob reason; do
    [[ -z "$glob" || "$glob" == \#* ]] && continue
    # shellcheck disable=SC2053
    if [[ "$f" == $glob ]]; then echo "$reason"; return; fi
  done <"$here/behaviour-changes.txt"
}
same=0; listed=0; unlisted=0
for f in $( (cd "$work/before" && ls; cd "$work/after" && ls) | sort -u); do
  if cmp -s "$work/before/$f" "$work/after/$f"; then
    same=$((same + 1)); continue
  fi
  reason="$(allowed "$f")"
  if [ -n "$reason" ]; then
    listed=$((listed + 1)); echo "differs (listed): $f — $reason"
  else
    unlisted=$((unlisted + 1)); echo "DIFFERS: $f"
    if [[ "$f" != *.png ]]; then
      diff <(cat "$work/before/$f" 2>/dev/null) <(cat "$work/after/$f" 2>/dev/null) | head -20 || true
    fi
  fi
done
echo "compare: $same identical, $listed differ as listed, $unlisted differ unlisted"
[ "$unlisted" -eq 0 ]

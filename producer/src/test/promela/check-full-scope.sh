#!/usr/bin/env bash
# Checks fanin.pml exhaustively at a scope too large for CI's FanInModelCheckIT (issue 21; numbers in
# docs/benchmarks.md, "Fan-in model check (Spin)"). Same compilation as the IT: safety (assertions, invalid end
# states), -DCOLLAPSE (lossless), no bitstate, no hash compaction. Usage:
#   producer/src/test/promela/check-full-scope.sh            the scope below
#   producer/src/test/promela/check-full-scope.sh -DNRENDER=1  ...any -D given replaces the default of that name
# Needs spin and cc; about 4-8 GB of memory (MEMLIM_MB, default 12000) and minutes of one CPU.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${WORK_DIR:-$here/../../../target/spin/full-scope}"
declare -A scope=([ORDERS]=1 [NRENDER]=2 [MAX_CRASH]=2 [MAX_DUPS]=2 [MAX_DUP]=2 [MAX_FAIL]=0)
for arg in "$@"; do
  [[ "$arg" =~ ^-D([A-Z_]+)=([0-9]+)$ ]] || { echo "usage: $0 [-DNAME=number ...]" >&2; exit 2; }
  scope[${BASH_REMATCH[1]}]=${BASH_REMATCH[2]}
done
defines=(-DSTRICT_ONCE)
for k in "${!scope[@]}"; do defines+=("-D$k=${scope[$k]}"); done
rm -rf "$work" && mkdir -p "$work" && cp "$here/fanin.pml" "$work/" && cd "$work"
echo "scope: ${defines[*]}"
spin "${defines[@]}" -a fanin.pml
cc -O2 -w -DCOLLAPSE -DMEMLIM="${MEMLIM_MB:-12000}" -DSAFETY -DNOCLAIM -o pan pan.c
start=$(date +%s)
./pan -m1000000 -w28 | tee pan.out
echo "pan: $(( $(date +%s) - start )) s wall"
grep -q "errors: 0" pan.out && ! grep -qE "Search not completed|out of memory|max search depth too small" pan.out

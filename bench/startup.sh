#!/usr/bin/env bash
# Start-up of the stitch command as a whole process against the libvips CLI on the same page (hyperfine): the JVM as
# it comes, the launch flags of bench/stitch-aot.sh without and with the AOT cache, and `vips arrayjoin` +
# `vipsthumbnail`. Same four generated 2000×1500 JPEGs as bench/run.sh, every tool may use every core. Prints a
# markdown table and hyperfine's own output; the numbers go to docs/benchmarks.md ("Start-up").
#
# Needs: JDK 25 (or $JAVA), apt: libturbojpeg0 libvips-tools hyperfine, and a built worker:
#   ./satpage mvn -pl imagery-worker -am package -DskipTests
# Usage: bench/startup.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=20
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
JAVA="${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}"
[[ -x "$JAVA" ]] || { echo "no JDK 25 found; set JAVA=/path/to/java" >&2; exit 1; }
for tool in vips vipsthumbnail hyperfine; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install libvips-tools hyperfine)" >&2; exit 1; }
done
# A jar, not target/classes: an AOT cache holds classes from jars only.
JAR="$(ls imagery-worker/target/imagery-worker-*.jar 2>/dev/null | grep -v -- '-tests' | head -1)"
[[ -n "$JAR" && -d imagery-worker/target/lib ]] \
  || { echo "build first: ./satpage mvn -pl imagery-worker -am package -DskipTests" >&2; exit 1; }
CP="$JAR:imagery-worker/target/lib/*"
# shellcheck source=bench/stitch-aot.sh
. bench/stitch-aot.sh

OUT="$(mktemp -d /tmp/satpage-startup.XXXXXX)"
IMG="$OUT/images"
"$JAVA" bench/GenerateImages.java "$IMG" >/dev/null
T="$IMG/tile0.jpg $IMG/tile1.jpg $IMG/tile2.jpg $IMG/tile3.jpg"
CORES="$(nproc)"
PAGE="--grid 2x2 --threads $CORES --out $OUT/j.jpg --preview $OUT/j-p.jpg $T"
# The training run stitches the same kind of page (another file name, so nothing is cached by the OS for it alone).
stitch_train_aot "$JAVA" "$CP" "$OUT/stitch.aot" --grid 2x2 --threads "$CORES" --out "$OUT/t.jpg" \
  --preview "$OUT/t-p.jpg" $T

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
# -N: no shell between hyperfine and the command; vips' two commands need one, and pay for it.
hyperfine -N --style basic --warmup 3 --runs "$RUNS" --export-json "$OUT/startup.json" \
  -n "stitch, plain JVM" "$JAVA --enable-native-access=ALL-UNNAMED -cp $CP $STITCH_MAIN $PAGE" \
  -n "stitch, launch flags" "$JAVA $STITCH_JVM_FLAGS -cp $CP $STITCH_MAIN $PAGE" \
  -n "stitch, launch flags + AOT cache" "$JAVA $STITCH_JVM_FLAGS -XX:AOTCache=$OUT/stitch.aot -cp $CP $STITCH_MAIN $PAGE" \
  -n "libvips CLI" "sh -c 'vips arrayjoin \"$T\" $OUT/v.jpg[Q=90] --across 2 && vipsthumbnail $OUT/v.jpg -s 1000 -o $OUT/v-p.jpg[Q=85]'" \
  | tee "$OUT/hyperfine.txt"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "$(date -u +%Y-%m-%d) UTC; $("$JAVA" -version 2>&1 | head -1); $(vips --version); $CORES cores;" \
  "load average $LOAD_BEFORE before, $LOAD_AFTER after; $RUNS runs after 3 warm-ups; AOT cache $(( $(stat -c %s "$OUT/stitch.aot") >> 20 )) MB."
echo
python3 - "$OUT/startup.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
vips = next(r for r in results if r["command"] == "libvips CLI")
print("| command | median ms | mean ± σ ms | user + sys CPU ms | median / libvips |")
print("|---|---|---|---|---|")
for r in results:
    print(f"| {r['command']} | {r['median'] * 1000:.0f} | {r['mean'] * 1000:.0f} ± {r['stddev'] * 1000:.0f} "
          f"| {(r['user'] + r['system']) * 1000:.0f} | {r['median'] / vips['median']:.2f} |")
PY
echo "work files in $OUT"

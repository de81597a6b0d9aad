# Sourced by the bench scripts: how the stitch command is launched for one page in a whole process, and its AOT cache.
#
# JDK 25's AOT cache holds the classes a training run loaded, already parsed and linked, and the method profiles it
# gathered (JEP 483 https://openjdk.org/jeps/483, JEP 515 https://openjdk.org/jeps/515); -XX:AOTCacheOutput=FILE
# writes it in one step when the training run exits (JEP 514 https://openjdk.org/jeps/514), -XX:AOTCache=FILE maps it
# at start. A run uses the cache only with the JDK release, OS and architecture that wrote it and a consistent class
# path (JEP 483), so it is made here, next to the runs that use it, never shipped.
#
# The other flags suit a one-shot process: C1 only (C2 would compile nothing useful before exit), the serial
# collector (no GC threads to start; a page collects at most once), and no hsperfdata file (-XX:-UsePerfData: nothing
# attaches to a process that lives under a second).
STITCH_JVM_FLAGS="--enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
STITCH_MAIN=dev.satpage.imagery.cli.StitchCommand

# stitch_train_aot JAVA CLASSPATH CACHE STITCH_ARGS...: one stitch of a sample page writes the AOT cache CACHE.
stitch_train_aot() {
  local java="$1" cp="$2" cache="$3"
  shift 3
  rm -f "$cache"
  # shellcheck disable=SC2086 # the flags are words
  "$java" $STITCH_JVM_FLAGS -XX:AOTCacheOutput="$cache" -cp "$cp" "$STITCH_MAIN" "$@" >"$cache.log" 2>&1
  [[ -s "$cache" ]] || { echo "the training run wrote no AOT cache $cache (see $cache.log)" >&2; return 1; }
}

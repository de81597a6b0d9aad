#!/usr/bin/env bash
# The imagery Lambda's cold start under the AWS Lambda runtime interface client, with and without a JDK AOT cache:
# builds the zip (as LambdaZipIT runs it), then runs imagery-worker's LambdaInitBenchmark, which starts each variant
# RUNS times against devstack's Runtime API stand-in and prints a markdown table (init = JVM start → first /next poll;
# first page = the first invocation, a 4000×3000 page from the simulator). See docs/benchmarks.md.
#
# Usage: bench/lambda-init.sh [RUNS] (default 5). Set SKIP_BUILD=1 to reuse the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./satpage mvn -q -pl imagery-worker -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
JAVA="${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}"
[[ -x "$JAVA" ]] || { echo "no JDK 25 found; set JAVA=/path/to/java" >&2; exit 1; }
cd imagery-worker
# The function JVMs are started with this same java: an AOT cache only works with the JDK build that wrote it.
exec "$JAVA" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.satpage.imagery.app.lambda.LambdaInitBenchmark "$RUNS"

#!/usr/bin/env bash
# Starts only the embedded PostgreSQL of a national data set, to look at it with
# psql -h localhost -p 55432 -U postgres danvan; Ctrl-C (or kill) stops it cleanly.
# Usage: bench/national-data-psql.sh [--data-dir=target/national-data] [--port=55432]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q --batch-mode process-test-classes dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  vn.danvan.benchmarks.NationalDataServer "$@"

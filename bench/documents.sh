#!/usr/bin/env bash
# Time to compose and to issue the review report of a province with 200 communes that have handed in (issue 6).
# Usage: bench/documents.sh [--communes=200] [--runs=10]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q --batch-mode process-test-classes dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  vn.danvan.benchmarks.DocumentsBenchmark "$@" | tee target/documents-benchmark.txt

#!/usr/bin/env bash
# Throughput of report submissions (issue 4): every commune's 6-month report through the service layer with N threads,
# a sample through the HTTP API, and the data a form needs. The official unit lists ship with the project.
# Usage: bench/reporting.sh [--threads=4,8] [--http-sample=500] [--durable] [--trace=N]
# (BENCH_JAVA_OPTS, e.g. a JFR recording, is passed to the JVM; --trace=N logs every SQL statement of N submissions)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q --batch-mode process-test-classes dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt
java ${BENCH_JAVA_OPTS:-} -Xmx2g -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  vn.danvan.benchmarks.ReportingBenchmark "$@" | tee target/reporting-benchmark.txt

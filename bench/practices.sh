#!/usr/bin/env bash
# Measurements of issue 21 (docs/practices.md, "Measured"): with 50,000 models and exemplary persons and 200,000
# commendation recipients over the real national tree, the computed figures of a provincial report and the first page
# of a province's model list. Generates its data set on first run (the official tree, then the records in SQL).
# Usage: bench/practices.sh [--data-dir=target/practices-data] [--models=50000] [--recipients=200000] [--runs=200]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q --batch-mode process-test-classes dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  vn.danvan.benchmarks.PracticesBenchmark "$@" 2>&1 | tee target/practices-benchmark.txt

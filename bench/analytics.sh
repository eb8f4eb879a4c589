#!/usr/bin/env bash
# Measurements of issue 5 on a national data set built by bench/national-data.sh (see docs/analytics-benchmarks.md):
# submission to visible at the centre, dashboards of any unit, consistency check, full rebuild against plain
# PostgreSQL aggregations of the same values, peak heap during the rebuild. Hands in up to 400 draft or returned
# reports of the data set (they stay handed in).
# Usage: bench/analytics.sh [--data-dir=target/national-data] [--submissions=200] [--burst=200] [--threads=4]
#                           [--dashboards=400] [--skip-rebuild] [--skip-check] [--skip-join] [--one-period] [--seed=20251]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q --batch-mode process-test-classes dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  vn.danvan.benchmarks.AnalyticsBenchmark "$@" 2>&1 | tee target/analytics-benchmark.txt

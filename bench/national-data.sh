#!/usr/bin/env bash
# The synthetic national data set of issue 5 (see docs/analytics-benchmarks.md): the real tree of today (34 provinces,
# 3,321 communes of the official lists shipped in src/main/resources/reference-data) with ~30,000 reporting units, 150 indicators, 20 periods, ~100 million values, in a
# persistent data directory, ready for bench/analytics.sh.
# Usage: bench/national-data.sh [--data-dir=target/national-data] [--scale=1.0] [--periods=20] [--indicators=150]
#                               [--skip-rebuild]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q --batch-mode process-test-classes dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  vn.danvan.benchmarks.NationalDataGenerator "$@" 2>&1 | tee target/national-data.txt

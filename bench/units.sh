#!/usr/bin/env bash
# Benchmarks of the organisation tree on the real administrative units (JMH). The lists ship with the project (src/main/resources/reference-data).
# Usage: bench/units.sh [JMH options, e.g. -wi 1 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q --batch-mode process-test-classes dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  org.openjdk.jmh.Main UnitsBenchmark -rf text -rff target/units-benchmark.txt "$@"

#!/usr/bin/env bash
# Speed of the directive recogniser (JMH) on a generated corpus built from the sentences of the recogniser tests (src/test/resources/directives/reports). No database needed.
# Usage: bench/directives.sh [JMH options, e.g. -wi 1 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q --batch-mode process-test-classes dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  org.openjdk.jmh.Main DirectivesBenchmark -rf text -rff target/directives-benchmark.txt "$@"

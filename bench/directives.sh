#!/usr/bin/env bash
# Speed of the directive recogniser (JMH) on a generated corpus built from ../shared/seeds. No database needed.
# Usage: bench/directives.sh [JMH options, e.g. -wi 1 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q --batch-mode test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  org.openjdk.jmh.Main DirectivesBenchmark -rf text -rff target/directives-benchmark.txt "$@"

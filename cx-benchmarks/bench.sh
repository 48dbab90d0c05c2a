#!/usr/bin/env bash
# Runs the SharedCX benchmark suite side by side in one run and prints every figure of docs/PERFORMANCE.md.
#   bash cx-benchmarks/bench.sh           full run (about 15 minutes on 2 cores, about 4 GB of disk for the stream)
#   bash cx-benchmarks/bench.sh --quick   quick run (about 6 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
[ "${1:-}" = "--quick" ] && quick=true

# cx-cli too: its package makes cx.jar and the class-data archive cx.jsa the start-up figures time.
mvn -B -q -DskipTests -Pbench package -pl cx-benchmarks,cx-cli -am
jar=cx-benchmarks/target/benchmarks.jar

# The two-thread figure is a ratio of two close scores: it gets its own run with more forks and
# iterations (JMH's 99.9% interval over 3 iterations uses t = 31.6, over 10 t = 4.8), beside the one-thread
# score it is divided by.
if $quick; then
  jmh=(-f 1 -wi 5 -w 3s -i 5 -r 3s)
  scaling=(-f 2 -wi 4 -w 3s -i 5 -r 2s)
  startup_runs=5
  window_sizes=(10000 100000)
  stream_journeys=100000
else
  jmh=(-f 2 -wi 3 -w 5s -i 5 -r 5s)
  scaling=(-f 3 -wi 3 -w 5s -i 8 -r 5s)
  startup_runs=9
  window_sizes=(100000 1000000)
  stream_journeys=1000000
fi

echo "== machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"

echo "== start-up: bare JVM, first assessment and cx assess, without and with a class-data archive (separate processes)"
java -cp "$jar" io.sharedcx.benchmarks.StartupTimer "$startup_runs" \
  cx-cli/target/cx.jar cx-cli/src/main/archive/training-portfolio.json

echo "== journeys per second (JMH, one run): engine, engine on the reference's standards, naive, reference"
java -jar "$jar" "${jmh[@]}" 'ThroughputBenchmark\.(engine|engineSeedStandards|naive|reference)$' \
  -rf json -rff cx-benchmarks/target/jmh-throughput.json

echo "== two threads on one engine against one thread (JMH, one run)"
java -jar "$jar" "${scaling[@]}" 'ThroughputBenchmark\.(engine|engineTwoThreads)$' \
  -rf json -rff cx-benchmarks/target/jmh-scaling.json

echo "== window standards and scorecards: scaling"
java -Xms12g -Xmx12g -cp "$jar" io.sharedcx.benchmarks.WindowScaling "${window_sizes[@]}"

echo "== streaming ${stream_journeys} journeys from a JSON file with -Xmx256m, then the same journeys from memory"
rm -f "cx-benchmarks/target/stream-${stream_journeys}.json"
java -Xmx256m -cp "$jar" io.sharedcx.benchmarks.StreamingRun "$stream_journeys" \
  "cx-benchmarks/target/stream-${stream_journeys}.json"

echo "== rule authoring: cx check and cx test of a ~50-line custom DRL against cx assess (separate processes)"
mvn -B -q -DskipTests package -pl cx-cli -am
if $quick; then authoring_runs=3; else authoring_runs=5; fi
java -cp "$jar" io.sharedcx.benchmarks.AuthoringTimer cx-cli/target/cx.jar "$authoring_runs"

if $quick; then flink_journeys=2000; flink_rounds=1; else flink_journeys=10000; flink_rounds=2; fi
echo "== Flink job: events per second at parallelism 1 and 2 against the batch engine (${flink_journeys} journeys)"
mvn -B -q -DskipTests -pl cx-flink -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/cx-flink/target/bench-classpath.txt"
java -Xmx4g -cp "cx-flink/target/test-classes:cx-flink/target/classes:$(cat cx-flink/target/bench-classpath.txt)" \
  io.sharedcx.flink.StreamThroughput "$flink_journeys" "$flink_rounds"

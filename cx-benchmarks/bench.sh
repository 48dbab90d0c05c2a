#!/usr/bin/env bash
# Runs the SharedCX benchmark suite side by side in one run and prints every figure of docs/PERFORMANCE.md.
#   bash cx-benchmarks/bench.sh           full run (about 55 minutes on 2 cores, about 4 GB of disk for the stream)
#   bash cx-benchmarks/bench.sh --quick   quick run (5 min 43 s, 6 min 9 s, 5 min 37 s, 5 min 40 s and 5 min 45 s measured on 2 cores with the jars built; building adds 1 to 3)
# The jars are built only when a source or pom.xml is newer than them (--rebuild builds them anyway).
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
rebuild=false
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --rebuild) rebuild=true ;;
    *) echo "unknown option: $arg (--quick, --rebuild)" >&2; exit 2 ;;
  esac
done

# True when every given file exists and no source, resource or pom.xml of the project is newer.
built() {
  local file
  for file in "$@"; do
    [ -e "$file" ] || return 1
    if $rebuild || [ -n "$(find pom.xml cx-*/pom.xml cx-*/src -newer "$file" -type f -print -quit)" ]; then
      return 1
    fi
  done
}

# Each figure's section says how long it took, so the run's minutes can be told apart.
section_start=
section() {
  if [ -n "$section_start" ]; then echo "   ($((SECONDS - section_start)) s)"; fi
  section_start=$SECONDS
  echo "== $*"
}

jar=cx-benchmarks/target/benchmarks.jar
# cx-cli too: its package makes cx.jar and the class-data archive cx.jsa the start-up and authoring
# figures time.
if built "$jar" cx-cli/target/cx.jar cx-cli/target/cx.jsa; then
  echo "== benchmarks.jar, cx.jar and cx.jsa are newer than every source: not rebuilt"
else
  section "build: benchmarks.jar, cx.jar and cx.jsa"
  # Clean: the rule model's generated classes get new names on each build, and the old ones stay in
  # target/ and the jars (2.5 times the rule classes after two builds), which cost the engine about
  # 3 % of CPU per journey (docs/PERFORMANCE.md, "Comparing builds").
  mvn -B -q -DskipTests -Pbench clean package -pl cx-benchmarks,cx-cli -am
fi

# The two-thread figure is a ratio of two close scores: it gets its own run with more iterations (JMH's
# 99.9% interval over 3 iterations uses t = 31.6, over 10 t = 4.8), its forks taken in turn with those of
# the one-thread score it is divided by.
# The engine on one thread needs about 10 to 15 s of warm-up before its iterations stop rising
# (thousands of generated rule classes to compile); the naive embedding and the reference level off
# sooner. On two threads, in two cold runs, its iterations rose for about 60 s: both cores run the
# benchmark, and the compiler starts its C2 work later (docs/PERFORMANCE.md, "Two threads: warm-up, and
# two processes"). The full run's scaling run warms up that long; the quick run's does not, so its
# two-thread figure may be low.
if $quick; then
  throughput_rounds=1
  jmh=(-wi 6 -w 2s -i 5 -r 2s)
  throughput_more=
  scaling_rounds=2
  scaling=(-wi 4 -w 3s -i 5 -r 2s)
  threads_more=
  startup_runs=5
  window_sizes=(10000 100000)
  stream_journeys=30000
else
  throughput_rounds=2
  jmh=(-wi 3 -w 5s -i 5 -r 5s)
  # The full run adds the engine limited to the reference's standards with only(...), and journeys one
  # at a time as a stream assesses them: one-journey portfolios against an assessor.
  throughput_more='ThroughputBenchmark\.(engineSeedStandards|oneJourneyPortfolios|assessorOneByOne)$'
  scaling_rounds=2
  scaling=(-wi 6 -w 10s -i 8 -r 5s)
  # Four threads, and the reference on one and two: how far plain Java scales on this machine.
  threads_more='ThroughputBenchmark\.(engineFourThreads|reference|referenceTwoThreads)$'
  startup_runs=9
  window_sizes=(100000 1000000)
  stream_journeys=1000000
fi

section "machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

# The full run: with a JDK 24 or newer at hand (CX_AOT_JAVA, else the newest under /usr/lib/jvm), start-up
# is also timed on it with its ahead-of-time cache, against its own bare start (about 25 s more). Every
# other figure is the JDK's that runs this script.
aot_java=${CX_AOT_JAVA:-}
if $quick; then
  aot_java=
elif [ -z "$aot_java" ]; then
  aot_major=0
  for release in /usr/lib/jvm/*/release; do
    [ -f "$release" ] || continue
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    if [ -n "$major" ] && [ "$major" -ge 24 ] && [ "$major" -gt "$aot_major" ] && [ -x "${release%/release}/bin/java" ]; then
      aot_java=${release%/release}/bin/java
      aot_major=$major
    fi
  done
fi

section "start-up: bare JVM, first assessment and cx assess, without and with a class-data archive (separate processes)${aot_java:+; and on $aot_java with its AOT cache}"
java ${aot_java:+"-Dcx.startup.aotJava=$aot_java"} -cp "$jar" io.sharedcx.benchmarks.StartupTimer "$startup_runs" \
  cx-cli/target/cx.jar cx-cli/src/main/archive/training-portfolio.json

section "journeys per second (JMH, their forks taken in turn): engine, naive, reference (full run: and the engine on the reference's standards, and journeys one at a time; then naive and reference against the engine taken in turn)"
# The engine, the naive embedding and the reference as one JMH fork each per round, taken in turn (the
# order reversed every other round): JMH alone runs all forks of one benchmark before the next, and a
# slow stretch of the host can then fall on one side of a ratio only (InterleavedForks).
java -cp "$jar" io.sharedcx.benchmarks.InterleavedForks "$throughput_rounds" cx-benchmarks/target/jmh-throughput.json \
  engine naive reference -- "${jmh[@]}"
if [ -n "$throughput_more" ]; then
  java -jar "$jar" -f "$throughput_rounds" "${jmh[@]}" "$throughput_more" -rf json -rff cx-benchmarks/target/jmh-throughput-more.json
fi
if ! $quick; then
  # The naive embedding and the reference against the engine taken in turn in one JVM, each with its own
  # class loader: CPU per journey of the assessing thread, with the median's interval (JarComparison).
  # Each pairing runs both ways: on JDK 17 the order has moved the ratio by 2 to 22 %, the side built
  # second cheaper, so the two orders bracket the ratio (docs/PERFORMANCE-HISTORY.md, "The full run of
  # 2026-12-05, evening" and "at 16:05").
  java -cp "$jar" io.sharedcx.benchmarks.JarComparison "$jar#naive" "$jar" 60
  java -cp "$jar" io.sharedcx.benchmarks.JarComparison "$jar" "$jar#naive" 60
  java -cp "$jar" io.sharedcx.benchmarks.JarComparison "$jar#reference" "$jar" 60
  java -cp "$jar" io.sharedcx.benchmarks.JarComparison "$jar" "$jar#reference" 60
fi

if ! $quick; then
  section "what each journey standard costs per journey: the engine without it against the engine with it, taken in turn (only(...) on both)"
  # 21 rounds per standard, about a minute and a half. The control row, the same standards built again,
  # shows the harness's own error.
  java -cp "$jar" io.sharedcx.benchmarks.StandardCost 21
fi

section "threads on one engine against one thread (JMH, their forks taken in turn): 1 and 2 (full run: and 4, on $(nproc) cores, the reference on 1 and 2, and both taken in turn)"
# One thread and two as one JMH fork each per round, taken in turn, as above.
java -cp "$jar" io.sharedcx.benchmarks.InterleavedForks "$scaling_rounds" cx-benchmarks/target/jmh-scaling.json \
  engine engineTwoThreads -- "${scaling[@]}"
if [ -n "$threads_more" ]; then
  java -jar "$jar" -f "$scaling_rounds" "${scaling[@]}" "$threads_more" -rf json -rff cx-benchmarks/target/jmh-scaling-more.json
fi
if ! $quick; then
  # The same ratio taken in turn, 1 s slices of one thread, two, two and one, round after round: host
  # load that comes and goes falls on both alike (see ThreadScaling and HostContention). 60 rounds, the
  # last 40 counted, about 3 minutes more than 36: with 24 counted the median's 95 % interval was 0.09x
  # wide.
  java -cp "$jar" io.sharedcx.benchmarks.ThreadScaling 60
fi

section "window standards and scorecards: scaling"
java -Xms12g -Xmx12g -cp "$jar" io.sharedcx.benchmarks.WindowScaling "${window_sizes[@]}"

section "streaming ${stream_journeys} journeys from a JSON file with -Xmx256m, then the same journeys from memory"
# The file is written by the generator in the jar: kept while it is newer than the jar.
stream_file="cx-benchmarks/target/stream-${stream_journeys}.json"
[ "$stream_file" -nt "$jar" ] || rm -f "$stream_file"
java -Xmx256m -cp "$jar" io.sharedcx.benchmarks.StreamingRun "$stream_journeys" "$stream_file"

section "rule authoring: cx check and cx test of a ~50-line custom DRL against cx assess (separate processes)"
if $quick; then authoring_runs=3; else authoring_runs=5; fi
java -cp "$jar" io.sharedcx.benchmarks.AuthoringTimer cx-cli/target/cx.jar "$authoring_runs"

if $quick; then flink_journeys=1000; flink_rounds=1; else flink_journeys=10000; flink_rounds=1; fi
section "Flink job: events per second at parallelism 1 and 2 against the batch engine (${flink_journeys} journeys)"
if ! built cx-flink/target/bench-classpath.txt \
  cx-flink/target/test-classes/io/sharedcx/flink/StreamThroughput.class; then
  mvn -B -q -DskipTests -pl cx-flink -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/cx-flink/target/bench-classpath.txt"
fi
java -Xmx4g -cp "cx-flink/target/test-classes:cx-flink/target/classes:$(cat cx-flink/target/bench-classpath.txt)" \
  io.sharedcx.flink.StreamThroughput "$flink_journeys" "$flink_rounds"
section "done in $((SECONDS / 60)) min $((SECONDS % 60)) s; load average now $(cut -d' ' -f1-3 /proc/loadavg)"

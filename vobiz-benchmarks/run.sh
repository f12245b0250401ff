#!/usr/bin/env bash
# Runs every benchmark in a short configuration (about 8 minutes on 2 cores) and writes vobiz-benchmarks/RESULTS.md.
# Each SDK figure is measured beside its baseline in the same run; the report gives their ratios.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

echo "== building the benchmarks and the CLI (tests skipped)" >&2
./mvnw -q -B -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true -pl vobiz-benchmarks,vobiz-cli -am package >&2

jar="$here/target/benchmarks.jar"
json="$here/target/results.json"
# Short but honest: one fork per benchmark, 3 warm-up iterations of 2 s (the Netty path needs seconds of calls before
# the JIT has compiled it) and 4 measured iterations of 1 s. -prof gc gives B/op.
# A large young generation: at the default heap, a 15-30 ms young pause every ~0.35 s (256 calls in flight allocate
# hundreds of MB per second, the in-JVM fake server included) lands in whichever side is running and swamps a 5 % gap.
heap=(-Xms4g -Xmx4g -Xmn3g)
jmh_opts=(-f 1 -wi 3 -w 2s -i 4 -r 1s -jvmArgsAppend "${heap[*]}" -prof gc -rf json -rff "$json")
java -jar "$jar" "${jmh_opts[@]}" 'DecodeBenchmark|SequentialCallBenchmark|AsyncThroughputBenchmark|FakeServerBenchmark' >&2

echo "== cold start: a fresh JVM running 'vobiz account' on the embedded fake" >&2
cli_jar="$root/vobiz-cli/target/vobiz-cli.jar"   # the runnable (shaded) jar that ./vobiz runs
runs=5 total=0
for i in $(seq 1 $runs); do
  start=$(date +%s%N)
  env -u VOBIZ_AUTH_ID -u VOBIZ_AUTH_TOKEN java -jar "$cli_jar" account >/dev/null 2>&1
  end=$(date +%s%N)
  total=$(( total + (end - start) / 1000000 ))
done
cold=$(( total / runs ))

machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
java -cp "$jar" ai.vobiz.benchmarks.ResultsReport "$json" "$here/RESULTS.md" "$cold" "$machine" >/dev/null

echo "== paired measurements (SDK and baseline blocks alternating on the same stack)" >&2
java "${heap[@]}" -cp "$jar" ai.vobiz.benchmarks.PairedComparison "$here/RESULTS.md" >/dev/null
echo "wrote $here/RESULTS.md" >&2

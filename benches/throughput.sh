#!/usr/bin/env bash
# End-to-end figures of `newsgraph build`, as the README reports them:
#   - MB/s on one core and on all cores, and peak memory (GNU time), on the
#     6.4 MB State of the Union corpus and on a 1 GB corpus made by repeating
#     it with new ids (written under $BENCH_DIR, default /tmp/newsgraph-bench,
#     never in the repository);
#   - process start-up: a one-sentence article, mean of 50 runs;
#   - linear time: instructions (valgrind) to extract 1 MB and 10 MB of
#     sentence-free text, per MB.
# Then the in-process figures: `cargo bench --bench throughput`.
#   benches/throughput.sh [--no-1g] [--no-valgrind]
set -euo pipefail
cd "$(dirname "$0")/.."
big=1
valgrind=1
for arg in "$@"; do
  case "$arg" in
    --no-1g) big=0 ;;
    --no-valgrind) valgrind=0 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
target=${CARGO_TARGET_DIR:-target}
bench_dir=${BENCH_DIR:-/tmp/newsgraph-bench}
mkdir -p "$bench_dir"
sotu=../shared/corpus/sotu-1900-2026.jsonl
[ -f "$sotu" ] || { echo "$sotu not found" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

cargo build --release --quiet
bin=$target/release/newsgraph
cores=$(nproc)
echo "machine: $cores cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# One build: wall seconds, user seconds, peak RSS, and MB/s of input.
run() {
  local label=$1 jobs=$2 input=$3
  local bytes stats
  bytes=$(stat -c %s "$input")
  stats=$( { /usr/bin/time -f "%e %U %M" "$bin" build --quiet --jobs "$jobs" "$input" -o /dev/null; } 2>&1 | tail -1)
  read -r wall user rss <<<"$stats"
  awk -v l="$label" -v j="$jobs" -v b="$bytes" -v w="$wall" -v u="$user" -v r="$rss" 'BEGIN {
    printf "%-24s --jobs %-2s %8.1f MB in %7.2f s wall (%7.2f s user): %6.1f MB/s, peak %5.0f MB\n",
      l, j, b / 1e6, w, u, b / 1e6 / w, r / 1024 }'
}

echo "== newsgraph build, end to end (reading, extraction, graph, JSON)"
run "sotu (6.4 MB)" 1 "$sotu"
run "sotu (6.4 MB)" "$cores" "$sotu"
if [ "$big" = 1 ]; then
  corpus=$bench_dir/corpus-1g.jsonl
  if [ ! -f "$corpus" ]; then
    echo "writing $corpus (the corpus repeated with new ids)"
    python3 - "$sotu" "$corpus" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding='utf-8').read().splitlines()
size, copy = 0, 0
with open(sys.argv[2], 'w', encoding='utf-8') as out:
    while size < 1_000_000_000:
        for line in lines:
            record = json.loads(line)
            record['id'] = f"{record['id']}@{copy}"
            text = json.dumps(record, ensure_ascii=False) + '\n'
            out.write(text)
            size += len(text.encode('utf-8'))
        copy += 1
PY
  fi
  run "1 GB corpus" 1 "$corpus"
  run "1 GB corpus" "$cores" "$corpus"
fi

echo "== start-up: build of a one-sentence article, mean of 50 runs"
echo "The United States imposed sanctions on Iran." > "$bench_dir/one.txt"
start=$(date +%s%N)
for _ in $(seq 50); do "$bin" build --quiet "$bench_dir/one.txt" -o /dev/null; done
end=$(date +%s%N)
awk -v ns=$((end - start)) 'BEGIN { printf "start-up: %.1f ms per run\n", ns / 50 / 1e6 }'

cargo bench --bench throughput --no-run --quiet 2>/dev/null || true
bench=$(ls -t "$target"/release/deps/throughput-* 2>/dev/null | grep -v '\.d$' | head -1)
if [ "$valgrind" = 1 ] && command -v valgrind >/dev/null && [ -n "$bench" ]; then
  echo "== linear time: instructions to extract sentence-free text (valgrind, deterministic)"
  # A quadratic extractor would run for hours under valgrind: give up
  # after 20 minutes, which is itself the answer.
  instructions() {
    timeout 1200 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
      "$bench" extract-only "$1" 2>&1 | awk '/I *refs:/ { gsub(",", "", $NF); print $NF }'
  }
  base=$(instructions 0)
  one=$(instructions 1)
  ten=$(instructions 10)
  if [ -z "$one" ] || [ -z "$ten" ]; then
    echo "  NOT linear: 1 MB ${one:-did not finish in 20 min}, 10 MB ${ten:-did not finish in 20 min}"
  else
  awk -v b="$base" -v o="$one" -v t="$ten" 'BEGIN {
    p1 = (o - b) / 1; p10 = (t - b) / 10
    printf "  1 MB: %.3g instructions/MB; 10 MB: %.3g instructions/MB; ratio %.2f (%s)\n",
      p1, p10, p10 / p1, (p10 / p1 < 1.5 ? "linear" : "NOT linear") }'
  fi
fi

echo "== in process: cargo bench --bench throughput"
cargo bench --bench throughput --quiet 2>/dev/null

#!/usr/bin/env bash
# notulint against typos on the same 10,000 generated documents, side by side in one run,
# plus notulint's 10k/1k time ratio and peak memory. Targets and results: docs/performance.md.
#
#   bench/vs-typos.sh [RUNS]       RUNS alternating rounds (default 5); medians are reported
#
# Environment:
#   NOTULINT   the binary to measure (default: build target/release/notulint)
#   TYPOS      the typos binary (default: `typos` on PATH, else typos-cli 1.52.0 from PyPI
#              installed into target/bench-vs-typos/venv)
#   CORPUS10K, CORPUS1K   folders of documents (default: generated under target/bench-vs-typos
#              by ../shared/tools/gencorpus.py with --seed 1)
#
# Both tools read the whole folder with their default settings and both cores; the generator's
# manifest `labels.json` is not a document and is left out for typos (notulint reads no JSON).
# Each round runs notulint, then typos, on the 10k folder, so a change in the machine's load
# hits both alike; the ratio of the medians is what counts on a shared machine. Wall time and
# peak RSS come from wait4().
set -euo pipefail
RUNS=${1:-5}
ROOT=$(git rev-parse --show-toplevel)
SHARED=${SHARED:-$ROOT/../shared}
WORK=$ROOT/target/bench-vs-typos
mkdir -p "$WORK"

if [ -z "${NOTULINT:-}" ]; then
    (cd "$ROOT" && cargo build --release --quiet)
    NOTULINT=${CARGO_TARGET_DIR:-$ROOT/target}/release/notulint
fi
if [ -z "${TYPOS:-}" ]; then
    if command -v typos >/dev/null; then
        TYPOS=$(command -v typos)
    else
        [ -x "$WORK/venv/bin/typos" ] || {
            python3 -m venv "$WORK/venv" && "$WORK/venv/bin/pip" install -q typos==1.52.0
        }
        TYPOS=$WORK/venv/bin/typos
    fi
fi
for n in 1k 10k; do
    var=CORPUS${n^^}
    if [ -z "${!var:-}" ]; then
        dir=$WORK/corpus-$n
        if [ ! -d "$dir" ]; then
            docs=${n%k}000
            python3 "$SHARED/tools/gencorpus.py" "$dir" --docs "$docs" --seed 1 >/dev/null
        fi
        printf -v "$var" '%s' "$dir"
    fi
done
echo "notulint: $NOTULINT"
echo "typos:    $("$TYPOS" --version) ($TYPOS)"
echo "corpora:  $CORPUS10K ($(find "$CORPUS10K" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l) documents)," \
    "$CORPUS1K ($(find "$CORPUS1K" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l) documents)"
echo "machine:  $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$NOTULINT" "$TYPOS" "$CORPUS10K" "$CORPUS1K" "$RUNS" <<'PY'
import os, statistics, subprocess, sys, time
notulint, typos, big, small, runs = sys.argv[1:6]
runs = int(runs)

def nl(d):
    return [notulint, "check", "--no-config", "--format", "concise", d]

def ty(d):
    return [typos, "--format", "brief", "--exclude", "labels.json", d]

def run(argv):
    """Wall seconds, CPU seconds (user + system) and peak RSS in MB of one run."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        p = subprocess.Popen(argv, stdout=null, stderr=null)
        _, _, usage = os.wait4(p.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024

cmds = {"notulint 10k": nl(big), "typos 10k": ty(big), "notulint 1k": nl(small)}
for argv in cmds.values():  # warm the page cache
    run(argv)
res = {k: [] for k in cmds}
for i in range(runs):
    for k, argv in cmds.items():
        res[k].append(run(argv))
    print(f"round {i + 1}: " + ", ".join(f"{k} {res[k][-1][0]:.2f} s" for k in cmds), flush=True)

med = {k: statistics.median(w for w, _, _ in v) for k, v in res.items()}
cpu = {k: statistics.median(c for _, c, _ in v) for k, v in res.items()}
peak = {k: max(m for _, _, m in v) for k, v in res.items()}
print(f"\n{runs} alternating rounds, medians:")
print(f"  {'command':<13} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}")
for k in cmds:
    print(f"  {k:<13} {med[k]:8.2f} {cpu[k]:8.2f} {peak[k]:8.1f}")
print(f"\nnotulint/typos (10k, wall):  {med['notulint 10k'] / med['typos 10k']:.2f}   (target <= 0.7)")
print(f"notulint/typos (10k, cpu):   {cpu['notulint 10k'] / cpu['typos 10k']:.2f}")
print(f"notulint 10k/1k (wall):      {med['notulint 10k'] / med['notulint 1k']:.2f}   (target <= 11)")
print(f"notulint peak RSS (10k):     {peak['notulint 10k']:.1f} MB   (target <= 100)")
PY

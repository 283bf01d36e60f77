#!/usr/bin/env bash
# Whole-corpus speed and memory of notulint against typos and ripgrep on the same files,
# plus hostile large inputs. Results and method: docs/performance.md.
#
#   bench/compare.sh [RUNS]          RUNS alternating rounds per corpus (default 10)
#
# Writes corpora and hostile inputs under target/bench-compare/ and the raw numbers to
# target/bench-compare/results.json. Installs ripgrep, hyperfine, GNU time (Debian) and
# typos (PyPI) when they are missing.
set -euo pipefail
RUNS=${1:-10}
ROOT=$(git rev-parse --show-toplevel)
SHARED=${SHARED:-$ROOT/../shared}
WORK=$ROOT/target/bench-compare
mkdir -p "$WORK"
cd "$ROOT"

# --- tools ------------------------------------------------------------------
missing=()
command -v rg >/dev/null || missing+=(ripgrep)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v typos >/dev/null || pip install -q typos
echo "rg:        $(rg --version | head -1)"
echo "typos:     $(typos --version)"
echo "hyperfine: $(hyperfine --version)"

# --- notulint, release --------------------------------------------------------
cargo build --release --quiet
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
NOTULINT=$TARGET/release/notulint
echo "notulint:  $("$NOTULINT" --version 2>/dev/null || echo built) ($NOTULINT)"

# --- corpora ----------------------------------------------------------------
for n in 1000 10000; do
    dir=$WORK/corpus-$n
    if [ ! -f "$WORK/labels-$n/labels.json" ]; then
        rm -rf "$dir"
        python3 "$SHARED/tools/gencorpus.py" "$dir" --docs "$n" --seed 7 >/dev/null
        # labels.json is the manifest, not a document: move it out of the way of typos and rg.
        mkdir -p "$WORK/labels-$n" && mv -f "$dir/labels.json" "$WORK/labels-$n/"
    fi
    echo "corpus-$n: $(find "$dir" -name '*.txt' | wc -l) files, $(du -sh "$dir" | cut -f1)"
done

# --- alternating timing with peak memory -------------------------------------------
# Each round runs the three tools once each, in turn, on the same corpus, so that drift in the
# machine's load affects all three alike. Wall time and peak RSS come from wait4().
python3 - "$NOTULINT" "$WORK" "$RUNS" <<'PY'
import json, os, statistics, subprocess, sys, time
notulint, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])

def cmds(d):
    return {
        "notulint": [notulint, "check", "--format", "json", "--no-config", d],
        "typos": ["typos", d],
        # A case-insensitive search for the words every document holds, printing each hit.
        "rg": ["rg", "-n", "-i", "aanwezig|afwezig|besluit|voorzitter", d],
    }

def run(argv):
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        p = subprocess.Popen(argv, stdout=null, stderr=null)
        _, status, usage = os.wait4(p.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)

results = {}
for n in (1000, 10000):
    d = os.path.join(work, f"corpus-{n}")
    c = cmds(d)
    for argv in c.values():  # warm the page cache
        run(argv)
    times = {k: [] for k in c}
    mem = {k: [] for k in c}
    codes = {}
    for _ in range(runs):
        for k, argv in c.items():
            t, m, code = run(argv)
            times[k].append(t)
            mem[k].append(m)
            codes[k] = code
    res = {k: {"median_s": statistics.median(times[k]), "min_s": min(times[k]),
               "max_s": max(times[k]), "peak_mb": max(mem[k]), "exit": codes[k]} for k in c}
    results[n] = res
    print(f"\n{n} documents, {runs} alternating rounds:")
    print(f"  {'tool':<9} {'median s':>9} {'min s':>8} {'max s':>8} {'peak MB':>8} exit")
    for k, r in res.items():
        print(f"  {k:<9} {r['median_s']:9.3f} {r['min_s']:8.3f} {r['max_s']:8.3f} {r['peak_mb']:8.1f} {r['exit']:>4}")
    nl = res["notulint"]["median_s"]
    print(f"  notulint/typos = {nl / res['typos']['median_s']:.2f}   notulint/rg = {nl / res['rg']['median_s']:.2f}")
big, small = results[10000], results[1000]
print(f"\n10k/1k time ratio: notulint {big['notulint']['median_s'] / small['notulint']['median_s']:.2f}, "
      f"typos {big['typos']['median_s'] / small['typos']['median_s']:.2f}, "
      f"rg {big['rg']['median_s'] / small['rg']['median_s']:.2f}")
json.dump(results, open(os.path.join(work, "results.json"), "w"), indent=2)
PY

# --- hyperfine, as a cross-check (it runs each command's rounds in a block, not alternating) ---
hyperfine -N --warmup 1 --runs "$RUNS" --ignore-failure --style basic \
    --export-json "$WORK/hyperfine-10000.json" \
    -n notulint "$NOTULINT check --format json --no-config $WORK/corpus-10000" \
    -n typos "typos $WORK/corpus-10000" \
    -n rg "rg -n -i aanwezig|afwezig|besluit|voorzitter $WORK/corpus-10000" 2>&1 \
    | grep -E '^(Benchmark|  Time|  Range)|±' || true

# --- peak memory with GNU time on the 10k corpus ---------------------------------
echo
echo "GNU time -v, 10,000 documents:"
/usr/bin/time -v "$NOTULINT" check --format json --no-config "$WORK/corpus-10000" >/dev/null 2>"$WORK/time-10000.txt" || true
grep -E 'Elapsed|Maximum resident' "$WORK/time-10000.txt" | sed 's/^\s*/  /'

# --- hostile inputs --------------------------------------------------------------
H=$WORK/hostile
mkdir -p "$H"
python3 - "$H" <<'PY'
import os, sys
h = sys.argv[1]
def write(name, text):
    path = os.path.join(h, name)
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
words = "Dhr. Kok geeft aan dat <p>Aanwezig G.J. Kok, vastgesteld. "
write("one-line-50mb.txt", words * (50_000_000 // len(words)))
write("million-lines.txt", "".join(("a\n", "1.\n", "Dhr.\r\n", "\n")[i % 4] for i in range(1_000_000)))
names = [f"{chr(65 + i % 26)}.{chr(65 + i // 26 % 26)}. Naam{i}" for i in range(100_000)]
write("attendance-100k.txt", "Datum\t9 juli 2018\nVoorzitter\t" + names[0] + "\nAanwezig\t" + ", ".join(names)
      + "\nAfwezig\t" + ", ".join(names[:5000]) + "\n\nNR\tOnderwerp\nA\t<p>Opening</p>\n")
write("attendance-100k-lines.txt", "Datum: 9 juli 2018\nVoorzitter: " + names[0] + "\nAanwezig:\n" + "\n".join(names)
      + "\n\n1. Opening\nDhr. Naam7 opent de vergadering.\n")
write("p-tags-1m.txt", "NR\tOnderwerp\nA\t" + "<p>" * 1_000_000 + "\n")
write("p-paragraphs-200k.txt", "NR\tOnderwerp\nA\t" + "<p>Dhr. Kok zegt</p> " * 200_000 + "\n")
PY
echo
echo "Hostile inputs (GNU time -v; limit 300 s each):"
printf '  %-28s %8s %10s %9s %6s %s\n' file MB "wall" "peak MB" exit findings
for f in "$H"/*.txt; do
    size=$(du -m "$f" | cut -f1)
    code=0
    timeout 300 /usr/bin/time -v "$NOTULINT" check --format json --no-config "$f" \
        >"$WORK/out.json" 2>"$WORK/time.txt" || code=$?
    wall=$(grep 'Elapsed' "$WORK/time.txt" | awk '{print $NF}')
    peak=$(grep 'Maximum resident' "$WORK/time.txt" | awk '{printf "%.1f", $NF/1024}')
    count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["diagnostics"]))' "$WORK/out.json" 2>/dev/null || echo "-")
    printf '  %-28s %8s %10s %9s %6s %s\n' "$(basename "$f")" "$size" "${wall:-timeout}" "${peak:--}" "$code" "$count"
done

#!/bin/sh
# Runs the reproductions of issue 12 on the inputs of bench/hostile.py and prints one
# Markdown table row each: input, format, exit code, wall time, peak memory, output size.
#
# Usage: bench/hostile.sh [NOTULINT] [DIR] [LIMIT_S]
#   NOTULINT  the binary (default target/release/notulint)
#   DIR       where bench/hostile.py writes the inputs (default target/hostile)
#   LIMIT_S   a run is killed after this many seconds (default 60)
set -u
BIN=$(realpath "${1:-target/release/notulint}")
DIR=${2:-target/hostile}
LIMIT=${3:-60}
[ -d "$DIR" ] || python3 "$(dirname "$0")/hostile.py" "$DIR"
cd "$DIR" || exit 2
OUT=$(mktemp)
TIMES=$(mktemp)
trap 'rm -f "$OUT" "$TIMES"' EXIT

row() {
    what=$1
    shift
    timeout -s KILL "$LIMIT" /usr/bin/time -f "%e %M %x" -o "$TIMES" "$@" >"$OUT" 2>/dev/null
    if [ "$?" -eq 137 ]; then
        printf '| %s | killed at %s s | | | |\n' "$what" "$LIMIT"
        return
    fi
    tail -n 1 "$TIMES" | {
        read -r wall kb code
        printf '| %s | %s | %s s | %s MB | %s |\n' \
            "$what" "$code" "$wall" "$((kb / 1024))" "$(wc -c <"$OUT" | tr -d ' ') B"
    }
}

echo "| input and format | exit | wall | peak | stdout |"
echo "| --- | ---: | ---: | ---: | ---: |"
row "tabs.txt, human" "$BIN" check --no-config --format human tabs.txt
row "row72k.txt, human" "$BIN" check --no-config --format human row72k.txt
(cd badconfig && row "bad config past column 65,535, human" "$BIN" check --format human a.txt)
row "dup30k.txt, human" "$BIN" check --no-config --format human dup30k.txt
row "million.txt, concise" "$BIN" check --no-config million.txt
row "million.txt, human" "$BIN" check --no-config --format human million.txt
row "rows20k.txt, concise" "$BIN" check --no-config rows20k.txt
row "rows20k.txt, human" "$BIN" check --no-config --format human rows20k.txt
row "rows100k.txt, human" "$BIN" check --no-config --format human rows100k.txt
row "jansen100k.txt, concise" "$BIN" check --no-config jansen100k.txt
row "jansen100k.txt, human" "$BIN" check --no-config --format human jansen100k.txt
row "speakers20k.txt, concise" "$BIN" check --no-config speakers20k.txt
row "speakers20k.txt, human" "$BIN" check --no-config --format human speakers20k.txt
row "longname.txt, concise" "$BIN" check --no-config longname.txt
row "longname.txt, human" "$BIN" check --no-config --format human longname.txt
(cd roster && row "roster of 10,000 × 500 documents, concise" "$BIN" check docs)
row "unicode.txt, concise" "$BIN" check --no-config unicode.txt
row "links/x.txt -> /etc/passwd, concise" "$BIN" check --no-config links

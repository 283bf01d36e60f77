#!/bin/sh
# Regenerates src/nl/data/nl-words.fst from Debian's wdutch package (the OpenTaal word list).
# Usage: tools/wordlist/build-wordlist.sh [OUTPUT]   (default: src/nl/data/nl-words.fst)
# Needs apt-get (any Debian or Ubuntu), dpkg-deb and cargo. Check nl-words.LICENSE
# against the package's copyright file when the package version changes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/src/nl/data/nl-words.fst}
case $out in /*) ;; *) out=$PWD/$out ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work" # apt-get download runs as user _apt where it can
cd "$work"
apt-get download wdutch
dpkg-deb -x wdutch_*.deb pkg
echo "wdutch version: $(dpkg-deb -f wdutch_*.deb Version)"
cargo run --quiet --release --manifest-path "$here/Cargo.toml" \
    --target-dir "${CARGO_TARGET_DIR:-$root/target/wordlist}" -- pkg/usr/share/dict/dutch "$out"
ls -l "$out"

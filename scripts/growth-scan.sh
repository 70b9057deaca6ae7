#!/usr/bin/env bash
# Growth scan: does any public function do a look-up that scans its input
# inside a loop over it? Each case of scripts/growth-scan (a public
# function on an input grown along one axis: departments, sequences,
# phases, steps, rules, scope ids, rows, …) runs at n and at 8 n under
# callgrind, which counts the instructions of that call alone. Counts do
# not depend on the caches or on other work on the machine, so the ratio
# is the function's own growth: about 8 for linear work, about 10 for
# n log n, far more for a scan in a loop. Not part of CI (it needs
# valgrind and takes about an hour on 2 cores); see TESTING.md,
# "Growth scan".
#
#   scripts/growth-scan.sh                  # every case
#   scripts/growth-scan.sh derive handbook  # the cases whose name contains a word
#   LIMIT=10.5 scripts/growth-scan.sh       # the ratio above which a case fails (11.5)
#
# Prints one line per case and exits 1 if any ratio is above the limit.
# The callgrind files stay in target/growth-scan/ for callgrind_annotate.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind > /dev/null; then
    echo "growth-scan needs valgrind (apt install valgrind)" >&2
    exit 2
fi

limit="${LIMIT:-11.5}"
out="target/growth-scan"
mkdir -p "$out"
CARGO_TARGET_DIR="$PWD/target/growth-scan/build" \
    cargo build --release --quiet --manifest-path scripts/growth-scan/Cargo.toml
bin="target/growth-scan/build/release/growth-scan"

# The instructions of one run of `case` at size `n`.
count() {
    local file="$out/$1.$2.cg"
    valgrind --tool=callgrind --toggle-collect='growth_scan::measured*' \
        --callgrind-out-file="$file" "$bin" "$1" "$2" > /dev/null 2> "$out/$1.$2.log"
    grep -E '^(summary|totals):' "$file" | head -1 | awk '{print $2}'
}

failed=0
while read -r case n; do
    if [ $# -gt 0 ]; then
        wanted=0
        for word in "$@"; do
            [[ "$case" == *"$word"* ]] && wanted=1
        done
        [ "$wanted" = 1 ] || continue
    fi
    small=$(count "$case" "$n")
    large=$(count "$case" $((n * 8)))
    verdict=$(awk -v a="$small" -v b="$large" -v l="$limit" \
        'BEGIN { r = b / a; printf "%6.2f %s", r, (r > l ? "TOO FAST A GROWTH" : "ok") }')
    printf '%-32s n %6d -> %7d  instructions %13d -> %14d  ratio %s\n' \
        "$case" "$n" $((n * 8)) "$small" "$large" "$verdict"
    [[ "$verdict" == *ok ]] || failed=1
done < <("$bin" --list)
exit "$failed"

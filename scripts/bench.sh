#!/usr/bin/env bash
# Runs the full benchmarks (not part of CI, which only builds them) and prints
# the median of every benchmark from criterion's estimates, in milliseconds.
#
#   scripts/bench.sh              # everything
#   scripts/bench.sh derive       # one bench file: derive, derive_paired, load, practice or growth
#
# `growth` (benches/growth.rs) and `derive_paired` (benches/derive_paired.rs)
# are not criterion: they time two sizes (and, for derivation, a bare loop
# beside it) in alternation and print their own tables.
#
# Run it on a quiet machine: medians are robust, not immune, to other load.
set -euo pipefail
cd "$(dirname "$0")/.."

benches=("$@")
if [ ${#benches[@]} -eq 0 ]; then
    benches=(derive derive_paired load practice growth)
fi
for bench in "${benches[@]}"; do
    if [ "$bench" = growth ] || [ "$bench" = derive_paired ]; then
        cargo bench --bench "$bench"
    else
        cargo bench --bench "$bench" -- --warm-up-time 2 --measurement-time 8
    fi
done

python3 - << 'PY'
import json, pathlib
root = pathlib.Path("target/criterion")
print(f"{'benchmark':<58} {'median':>12}")
for estimates in sorted(root.glob("**/new/estimates.json")):
    name = str(estimates.parent.parent.relative_to(root))
    median = json.loads(estimates.read_text())["median"]["point_estimate"] / 1e6
    print(f"{name:<58} {median:>9.3f} ms")
PY

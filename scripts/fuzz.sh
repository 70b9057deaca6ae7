#!/usr/bin/env bash
# Runs every fuzz target for a while (default 10 minutes each) with cargo-fuzz
# on the nightly toolchain. Not part of CI: CI only replays fuzz/regressions/
# (`cargo test --test integration documents::fuzz_regressions`) and builds the targets.
#
#   scripts/fuzz.sh            # every target, 600 s each
#   scripts/fuzz.sh 60 builders  # one target, 60 s
#
# A crash leaves its input in fuzz/artifacts/<target>/. Fix the bug, then copy
# the input to fuzz/regressions/<target>/ so `cargo test` replays it for ever.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(model_json model_toml rules_json rules_toml audit_json feedback_json builders)
fi

if ! command -v cargo-fuzz > /dev/null; then
    cargo install cargo-fuzz --locked
fi

for target in "${targets[@]}"; do
    if ! grep -q "name = \"$target\"" fuzz/Cargo.toml; then
        echo "skipping $target: no such target"
        continue
    fi
    corpus="fuzz/corpus/$target"
    mkdir -p "$corpus"
    cp -n fuzz/regressions/"$target"/* "$corpus"/ 2> /dev/null || true
    echo "==> fuzzing $target for ${seconds}s"
    cargo +nightly fuzz run "$target" "$corpus" -- -max_total_time="$seconds" -rss_limit_mb=4096 2>&1 \
        | tee "fuzz/$target.log" | grep -E "^(#[0-9]+ *DONE|==[0-9]+==|SUMMARY|Done)" || true
    tail -n 3 "fuzz/$target.log"
done

#!/usr/bin/env bash
# Mutation testing with cargo-mutants: which changes to the library do the
# tests fail to notice? Not part of CI (it rebuilds the crate once per mutant).
#
#   scripts/mutants.sh                 # the whole crate
#   scripts/mutants.sh src/rules       # one folder
#
# Results land in mutants.out/ (caught.txt, missed.txt, timeout.txt, unviable.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-mutants > /dev/null; then
    cargo install cargo-mutants --locked
fi

args=()
for dir in "$@"; do
    args+=(--file "$dir/**/*.rs" --file "$dir/*.rs")
done
# Doc tests are slow to build per mutant; the unit and integration tests are the judges.
cargo mutants --no-shuffle --gitignore true --test-tool cargo --jobs 2 "${args[@]}" -- --all-features --lib --tests
